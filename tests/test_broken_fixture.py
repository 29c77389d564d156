"""Deliberately broken files (tests/fixtures/zz-broken-*.yml) and the complete output `check` must print for each.

Beside each fixture, `<name>.messages.txt` holds that output as plain text: one message a line, then the summary.
To change what a fixture must produce, edit that file; the diff then shows each message that changed.

`zz-` is reserved for fixtures: no police force's identifier starts with it. A broken record is checked next to
the real national files, alone, so its list does not change when other forces' records change; a broken national
file (NATIONAL) takes the real one's place beside every real record.
"""

import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, TODAY

FIXTURES = Path(__file__).parent / "fixtures"
# A broken national file, and the file it replaces; a `.csv` beside it (zz-broken-areas.csv) replaces ONS's lookup.
NATIONAL = {"zz-broken-tiles": "content/national/tiles.yml", "zz-broken-areas": "content/national/areas.yml"}
LOOKUP = "content/national/areas.csv"
BROKEN = sorted(p.stem for p in FIXTURES.glob("zz-broken-*.yml"))


def expected_output(name: str) -> str:
    """What `check` prints for the fixture `name`: its messages file, as written."""
    return (FIXTURES / f"{name}.messages.txt").read_text()


def content_with(tmp_path: Path, name: str) -> Path:
    """The content `check` reads: the real national files and documents with the broken record, or the real
    content with the broken national file in its place."""
    if name in NATIONAL:
        shutil.copytree(ROOT / "content", tmp_path / "content")
        shutil.copy(FIXTURES / f"{name}.yml", tmp_path / NATIONAL[name])
        if (FIXTURES / f"{name}.csv").exists():
            shutil.copy(FIXTURES / f"{name}.csv", tmp_path / LOOKUP)
        return tmp_path
    for folder in ("national", "documents"):
        shutil.copytree(ROOT / "content" / folder, tmp_path / "content" / folder)
    (tmp_path / "content/forces").mkdir()
    shutil.copy(FIXTURES / f"{name}.yml", tmp_path / "content/forces")
    return tmp_path


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_file_gets_exactly_these_messages(tmp_path, name, capsys, monkeypatch):
    from generator import cli

    root = content_with(tmp_path, name)
    monkeypatch.setattr(cli, "today", lambda: TODAY)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert cli.main(["--root", str(root), "check"]) == 1
    assert capsys.readouterr().out == expected_output(name)


def test_every_fixture_has_its_messages_and_every_messages_file_its_fixture():
    assert {"zz-broken-example", "zz-broken-documents", *NATIONAL} <= set(BROKEN)
    messages = sorted(p.name.removesuffix(".messages.txt") for p in FIXTURES.glob("*.messages.txt"))
    assert messages == BROKEN


def test_fixture_identifiers_cannot_collide_with_a_real_force():
    listed = yaml.safe_load((ROOT / "content/national/forces.yml").read_text())["forces"]
    assert len(listed) == 43 and not any(f["id"].startswith("zz-") for f in listed)
    assert not any(p.stem.startswith("zz-") for p in (ROOT / "content/forces").glob("*.yml"))
