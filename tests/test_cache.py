"""What the generator keeps between builds (cache.py) is what it would make afresh, and is made again when
the code it comes from changes."""
from generator import cache, export, schema


def test_kept_schemas_are_the_schemas_generated_now(tmp_path, monkeypatch):
    # This test's own folder: the shared per-user one may hold what another run or checkout kept.
    monkeypatch.setattr(cache, "_folder", lambda: tmp_path)
    assert schema.json_schemas() == schema._json_schemas()
    assert schema.json_schemas() == schema._json_schemas()  # the second time from the folder
    assert export.dataset_schema() == export._dataset_schema()
    assert len(list(tmp_path.glob("apsp-*.json"))) == 2


def test_a_change_to_the_source_makes_it_again(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "HERE", tmp_path)
    monkeypatch.setattr(cache, "_folder", lambda: tmp_path)
    source = tmp_path / "model.py"
    made = []

    def make():
        made.append(source.read_text())
        return {"x": source.read_bytes()}

    source.write_text("one")
    assert cache.kept("test", ("model.py",), make) == {"x": b"one"}
    assert cache.kept("test", ("model.py",), make) == {"x": b"one"}
    source.write_text("two")
    assert cache.kept("test", ("model.py",), make) == {"x": b"two"}
    assert made == ["one", "two"]


def test_without_a_usable_folder_it_is_simply_made(tmp_path, monkeypatch):
    monkeypatch.setattr(cache, "_folder", lambda: tmp_path / "missing")
    assert cache.kept("test", ("model.py",), lambda: {"x": b"made"}) == {"x": b"made"}
    monkeypatch.setattr(cache, "_folder", lambda: None)
    assert cache.kept("test", ("model.py",), lambda: {"x": b"made"}) == {"x": b"made"}
