"""Property tests: whatever an editor's file holds, `check` never raises, ends with a summary line, exits 0 or 1."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cli
from generator.load.records import load_file
from tests.conftest import ROOT

SUMMARY = re.compile(r"^(\d+ errors? in \d+ files?|ok: \d+ files checked, no errors)$")
PROBLEM = re.compile(r"^[^:\n]+:\d+:\d+: .+$")
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Real field names and values make it likelier that a structure gets past the first checks.
WORDS = [
    "id",
    "name",
    "country",
    "last_updated",
    "sources",
    "rounds",
    "assessment",
    "findings",
    "area",
    "outcome",
    "basis",
    "summary",
    "source",
    "actions",
    "title",
    "status",
    "kent",
    "England",
    "2017-10-02",
    "letter",
    "assessment-2017",
    "it-monitoring",
    "plan-commenced",
    "reading",
    "in-place",
    "kind",
    "publisher",
    "url",
]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.sampled_from(WORDS), st.text(max_size=30)
)
keys = st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12))
structures = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)),
    max_leaves=25,
)


@contextlib.contextmanager
def scratch_repo():
    """The real national files and one force record slot, in a fresh folder (Hypothesis runs many examples)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shutil.copytree(ROOT / "content/national", root / "content/national")
        shutil.copytree(ROOT / "content/documents", root / "content/documents")
        (root / "content/forces").mkdir()
        yield root


def run_check(root: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli.main(["--root", str(root), "check"])
    return status, out.getvalue().splitlines()


def assert_well_formed(status: int, lines: list[str]) -> None:
    assert status in (0, 1)
    assert lines and SUMMARY.match(lines[-1]), lines[-1:]
    assert (status == 0) == lines[-1].startswith("ok:")
    for line in lines[:-1]:
        assert PROBLEM.match(line), line


@SETTINGS
@given(text=st.text(max_size=400))
def test_arbitrary_text_as_a_record(text):
    with scratch_repo() as root:
        (root / "content/forces/kent.yml").write_text(text, encoding="utf-8", errors="surrogatepass")
        assert_well_formed(*run_check(root))


@SETTINGS
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_as_a_record(data):
    with scratch_repo() as root:
        (root / "content/forces/kent.yml").write_bytes(data)
        assert_well_formed(*run_check(root))


@SETTINGS
@given(data=structures)
def test_arbitrary_yaml_structures_as_a_record(data):
    with scratch_repo() as root:
        (root / "content/forces/kent.yml").write_text(yaml.safe_dump(data, allow_unicode=True))
        status, lines = run_check(root)
        assert_well_formed(status, lines)
        assert status == 1  # nothing random is a valid force record


@SETTINGS
@given(data=st.dictionaries(keys, structures, max_size=6))
def test_arbitrary_mappings_never_break_the_loader(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kent.yml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True))
        loaded = load_file(path, "content/forces/kent.yml")
        assert loaded.problems or isinstance(loaded.data, dict)
        for problem in loaded.problems:
            assert problem.line >= 1 and problem.column >= 1


def valid_record() -> dict:
    """The real Warwickshire record as plain data, dates kept as text (as the loader keeps them)."""
    return load_file(ROOT / "content/forces/warwickshire.yml", "warwickshire.yml").data


def paths(data, here=()):
    yield here
    if isinstance(data, dict):
        for k, v in data.items():
            yield from paths(v, (*here, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from paths(v, (*here, i))


@SETTINGS
@given(st.data())
def test_a_real_record_with_one_value_replaced(data):
    """Mutations of a valid record: one value anywhere becomes something arbitrary."""
    record = valid_record()
    target = data.draw(st.sampled_from([p for p in paths(record) if p]))
    replacement = data.draw(structures)
    parent = record
    for part in target[:-1]:
        parent = parent[part]
    parent[target[-1]] = replacement
    with scratch_repo() as root:
        (root / "content/forces/warwickshire.yml").write_text(
            yaml.safe_dump(record, allow_unicode=True, sort_keys=False)
        )
        assert_well_formed(*run_check(root))
