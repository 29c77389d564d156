"""The tuned parts of load and validate give exactly what their straightforward versions give.

`load_events.Reader` (fewer calls per event, the resolver only where a pattern could match) against the
reader it was tuned from (tests/reference/reader.py): the same data, value and key positions, problems,
on every real record, every fixture, synthetic benchmark records and generated YAML. `walk.values` (a
plan per model class) against a generic walk over every field of every model.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from generator import build, load, walk
from tests.conftest import ROOT
from tests.reference import reader as reference
from tests.test_properties import WORDS, structures

sys.path.insert(0, str(ROOT / "scripts"))
from bench_records import write_content  # noqa: E402

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REAL = sorted((ROOT / "content").rglob("*.yml")) + sorted((ROOT / "tests/fixtures").rglob("*.yml"))


@contextlib.contextmanager
def reference_reader():
    tuned = load.Reader
    load.Reader = reference.Reader
    try:
        yield
    finally:
        load.Reader = tuned


def outcome(loaded: load.Loaded) -> tuple[str, ...]:
    """Everything the loader gives, as text: repr tells True from 1 from 1.0, and NaN equals itself."""
    return repr(loaded.data), repr(loaded.values), repr(loaded.keys), repr(loaded.problems)


def assert_same(path: Path) -> None:
    tuned = load.load_file(path, "content/forces/kent.yml")
    with reference_reader():
        straightforward = load.load_file(path, "content/forces/kent.yml")
    assert outcome(tuned) == outcome(straightforward)


@pytest.mark.parametrize("path", REAL, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_real_record_and_fixture_loads_as_before(path):
    assert_same(path)


def test_synthetic_benchmark_records_load_as_before(tmp_path):
    repo = write_content(tmp_path / "repo", 5)
    for path in sorted((repo / "content").rglob("*.yml")):
        assert_same(path)


def assert_same_text(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kent.yml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        assert_same(path)


@pytest.mark.parametrize("text", [
    "a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!binary AAAA\n", "a: " + "[" * 21 + "]" * 21 + "\n",
    "a: " + "[" * 20 + "]" * 20 + "\n", "? [1]\n: 2\nb: 3\n", "1: a\n'1': b\n1.5: c\ntrue: d\nnull: e\n",
    "a: 1\n---\nb: &x 2\n", "a: [1, 2\n", "a: 0o9\nb: 1e999\nc: .nan\nd: 0x1F\ne: ~\nf: ''\n",
    "a:\n  - b: 1\n    b: 2\n  - [c, {d: e, d: f}]\n", "a: \"x\x07y\"\n", "- 1\n", "# only a comment\n",
])
def test_hazards_and_problems_load_as_before(text):
    assert_same_text(text)


# Pieces of YAML, many of them hazards or mistakes, joined into arbitrary documents.
PIECES = ["a", "b", "- ", ": ", "\n", "  ", "[", "]", "{", "}", ", ", "&x ", "*x", "!!str ", "! ", "---\n", "...\n",
          "? ", "'q'", '"d"', "1", "1.5", "true", "null", "~", "2017-10-02", "0o7", "#c", "|\n  t\n", ">\n  t\n"]


@SETTINGS
@given(pieces=st.lists(st.sampled_from(PIECES + WORDS), max_size=40))
def test_yaml_made_of_pieces_loads_as_before(pieces):
    assert_same_text("".join(pieces))


@SETTINGS
@given(data=st.dictionaries(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12)), structures, max_size=6))
def test_generated_mappings_load_as_before(data):
    assert_same_text(yaml.safe_dump(data, allow_unicode=True))


@SETTINGS
@given(text=st.text(max_size=200))
def test_arbitrary_text_loads_as_before(text):
    assert_same_text(text)


def generic(obj: object, wanted, loc=()):
    """Every value of a wanted field, or every date, anywhere inside a model: every field of every model."""
    if wanted is walk.is_date and isinstance(obj, dt.date):
        yield loc, obj
    elif isinstance(obj, BaseModel):
        for key in type(obj).model_fields:
            value = getattr(obj, key)
            if wanted is walk.is_source and key == "source" and value is not None:
                yield (*loc, key), value
            yield from generic(value, wanted, (*loc, key))
    elif isinstance(obj, (list, tuple)):
        for i, value in enumerate(obj):
            yield from generic(value, wanted, (*loc, i))


@pytest.mark.parametrize("wanted", [walk.is_date, walk.is_source])
@pytest.mark.parametrize("synthetic", [False, True])
def test_the_planned_walk_finds_what_a_generic_walk_finds(tmp_path, wanted, synthetic):
    root = write_content(tmp_path / "repo", 5) if synthetic else ROOT
    content, result = build.check(root)
    assert content is not None, result.problems
    records = [*content.assessments, content.force_list, content.systems, *content.forces]
    found = 0
    for record in records:
        planned = list(walk.values(record, wanted))
        assert planned == list(generic(record, wanted))
        found += len(planned)
    assert found > len(records)
