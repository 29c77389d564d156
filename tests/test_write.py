import os

from generator.write import write_tree


def test_only_changed_files_are_written_and_stale_ones_removed(tmp_path):
    out = tmp_path / "docs"
    assert write_tree({"a.md": b"1", "x/b.md": b"2", "x/c.md": b"3"}, out) == (["a.md", "x/b.md", "x/c.md"], [])
    os.utime(out / "a.md", (1, 1))
    written, removed = write_tree({"a.md": b"1", "x/b.md": b"changed"}, out)
    assert written == ["x/b.md"] and removed == ["x/c.md"]
    assert (out / "a.md").stat().st_mtime == 1  # untouched
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["a.md", "x", "x/b.md"]


def test_empty_folders_left_by_stale_pages_are_removed(tmp_path):
    out = tmp_path / "docs"
    write_tree({"forces/kent.md": b"k"}, out)
    write_tree({"index.md": b"i"}, out)
    assert not (out / "forces").exists()
