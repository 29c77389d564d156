"""What an editor sees: every problem in every file in one run, a summary last, exit 1; annotations under Actions."""

import os
import shutil
import subprocess
import sys

from generator import cli
from tests.conftest import ROOT, TODAY


def run_check(root, monkeypatch, capsys, actions=False):
    monkeypatch.setattr(cli, "today", lambda: TODAY)
    if actions:
        monkeypatch.setenv("GITHUB_ACTIONS", "true")
    else:
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    status = cli.main(["--root", str(root), "check"])
    return status, capsys.readouterr().out.splitlines()


def break_two_files(root):
    """Two problems in one force record, one in another file."""
    wy, leics = root / "content/forces/west-yorkshire.yml", root / "content/forces/leicestershire.yml"
    wy.write_text(
        wy.read_text().replace("country: England", "country: Englnd", 1).replace("last_updated:", "last_update:", 1)
    )
    leics.write_text(leics.read_text() + "\tcolour: red\n")


def test_all_problems_in_all_files_then_a_summary_and_exit_1(copy_repo, monkeypatch, capsys):
    break_two_files(copy_repo)
    status, lines = run_check(copy_repo, monkeypatch, capsys)
    assert status == 1
    assert lines[-1] == "4 errors in 2 files"
    assert [line.split(":")[0] for line in lines[:-1]] == ["content/forces/leicestershire.yml"] + [
        "content/forces/west-yorkshire.yml"
    ] * 3
    assert lines[0].endswith("tab character; indent and separate with spaces only")
    assert (
        lines[1] == "content/forces/west-yorkshire.yml:2:1: last_updated: is missing; add a `last_updated:` line here"
    )
    assert lines[2].startswith(
        "content/forces/west-yorkshire.yml:4:10: country: 'Englnd' is not allowed; must be one of: England, Wales"
    )
    assert lines[3].startswith(
        "content/forces/west-yorkshire.yml:5:1: last_update: unknown field (did you mean `last_updated`?)"
    )


def test_under_github_actions_each_problem_is_also_an_annotation(copy_repo, monkeypatch, capsys):
    break_two_files(copy_repo)
    status, lines = run_check(copy_repo, monkeypatch, capsys, actions=True)
    assert status == 1 and lines[-1] == "4 errors in 2 files"
    plain, annotations = lines[:4], lines[4:-1]
    assert annotations == [
        "::error file=content/forces/leicestershire.yml,line="
        + plain[0].split(":")[1]
        + ",col=1::tab character; indent and separate with spaces only",
        "::error file=content/forces/west-yorkshire.yml,line=2,col=1::last_updated: is missing; add a `last_updated:` "
        "line here",
        "::error file=content/forces/west-yorkshire.yml,line=4,col=10::" + plain[2].split(": ", 1)[1],
        "::error file=content/forces/west-yorkshire.yml,line=5,col=1::" + plain[3].split(": ", 1)[1],
    ]


def test_no_annotations_outside_github_actions(copy_repo, monkeypatch, capsys):
    break_two_files(copy_repo)
    _, lines = run_check(copy_repo, monkeypatch, capsys)
    assert not any(line.startswith("::") for line in lines)


def test_annotations_escape_what_would_end_the_command():
    from generator.problems import Problem

    p = Problem("content/forces/a,b:c.yml", 3, 4, "name", "100% wrong\nsecond line")
    assert p.annotation() == "::error file=content/forces/a%2Cb%3Ac.yml,line=3,col=4::name: 100%25 wrong\\nsecond line"


def files_under(root) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in (root / "content").rglob("*") if p.is_file())


def test_the_real_records_pass_and_the_summary_counts_every_file_under_content(monkeypatch, capsys):
    """Records, held documents' metadata and their texts: every file the check read, counted from what it loaded."""
    status, lines = run_check(ROOT, monkeypatch, capsys)
    on_disk = files_under(ROOT)
    assert any(f.endswith(".txt") for f in on_disk)
    assert (status, lines[-1]) == (0, f"ok: {len(on_disk)} files checked, no errors")


def test_a_missing_file_is_not_counted_as_read(copy_repo):
    from generator.load.records import load_all

    (copy_repo / "content/national/tiles.yml").unlink()
    assert load_all(copy_repo).files() == files_under(copy_repo)


def test_a_failed_build_writes_nothing(copy_repo, monkeypatch, capsys):
    docs = copy_repo / "docs"
    monkeypatch.setattr(cli, "today", lambda: TODAY)
    assert cli.main(["--root", str(copy_repo), "build", "--out", str(docs)]) == 0
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    break_two_files(copy_repo)
    (copy_repo / "content/forces/warwickshire.yml").write_text("name: [\n")
    assert cli.main(["--root", str(copy_repo), "build", "--out", str(docs)]) == 1
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before
    assert capsys.readouterr().out.splitlines()[-1] == "5 errors in 3 files"


def test_a_failed_make_site_leaves_the_previous_site_untouched(tmp_path):
    """Through the Makefile: build once, then break a record, then break the engine's config; site/ stays as it was."""
    for part in ("content", "templates", "static", "overrides", "generator", "schema"):
        if (ROOT / part).exists():
            shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in (
        "Makefile",
        "mkdocs.yml",
        "requirements.txt",
        "requirements-dev.txt",
        "requirements-zensical.txt",
        "CHANGELOG-data.md",
    ):
        shutil.copy2(ROOT / name, tmp_path / name)
    bin_dir = os.path.dirname(sys.executable)
    stamp = tmp_path / "stamp"
    stamp.touch()  # newer than the copied requirements: make installs nothing
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1796342400"}  # 2026-12-04
    env.pop("GITHUB_ACTIONS", None)

    def make_site():
        return subprocess.run(
            ["make", "--no-print-directory", "site", f"BIN={bin_dir}", f"STAMP={stamp}"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )

    def snapshot():
        return {p.relative_to(tmp_path): p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}

    first = make_site()
    assert first.returncode == 0, first.stdout + first.stderr
    built = snapshot()
    assert any(p.name == "index.html" for p in built)

    record = tmp_path / "content/forces/warwickshire.yml"
    record.write_text(record.read_text().replace("outcome: plan-commenced", "outcome: excellent"))
    failed = make_site()
    assert failed.returncode != 0 and "1 error in 1 file" in failed.stdout
    assert snapshot() == built

    record.write_text(record.read_text().replace("outcome: excellent", "outcome: plan-commenced"))
    (tmp_path / "mkdocs.yml").write_text((tmp_path / "mkdocs.yml").read_text() + "\nnot_a_setting_mkdocs_knows: true\n")
    failed = make_site()
    assert failed.returncode != 0
    assert snapshot() == built
