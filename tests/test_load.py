from pathlib import Path

import pytest

from generator.load import load_file


def load(tmp_path: Path, text: str | bytes):
    f = tmp_path / "kent.yml"
    f.write_bytes(text if isinstance(text, bytes) else text.encode())
    return load_file(f, "content/forces/kent.yml")


def messages(tmp_path, text):
    return [str(p) for p in load(tmp_path, text).problems]


def test_values_carry_their_line_and_column(tmp_path):
    loaded = load(tmp_path, "id: kent\nrounds:\n  - assessment: a\n    findings:\n      - area: x\n")
    assert loaded.data == {"id": "kent", "rounds": [{"assessment": "a", "findings": [{"area": "x"}]}]}
    assert loaded.pos(("rounds", 0, "findings", 0, "area")) == (5, 15)
    assert loaded.pos(("rounds", 0, "assessment")) == (3, 17)
    assert loaded.pos(("rounds", 0, "missing")) == (3, 5)  # falls back to the enclosing value


def test_dates_stay_text_for_the_model_to_parse(tmp_path):
    assert load(tmp_path, "date: 2017-10-02\n").data == {"date": "2017-10-02"}


@pytest.mark.parametrize("text, expected", [
    ("a: 1\na: 2\n", "content/forces/kent.yml:2:1: a: duplicate key; `a` is already set on line 1: keep one"),
    ("a: &x 1\nb: *x\n", "content/forces/kent.yml:1:4: anchors and aliases (`&name`, `*name`) are not allowed; write the value out in full"),
    ("- 1\n", "content/forces/kent.yml:1:1: the top level must be a set of `key: value` lines, not a list or a single value"),
    ("", "content/forces/kent.yml:1:1: the file is empty; a record is a set of `key: value` lines"),
    ("a: 1\n---\nb: 2\n", "content/forces/kent.yml:2:1: YAML syntax: more than one document (`---`); a record is one document"),
    ("a:\n\tb: 1\n", "content/forces/kent.yml:2:1: tab character; indent and separate with spaces only"),
    (b"\xef\xbb\xbfa: 1\n", "content/forces/kent.yml:1:1: the file starts with a byte-order mark; save it as UTF-8 without BOM"),
    (b"a: caf\xe9\n", "content/forces/kent.yml:1:7: byte 0xe9 is not UTF-8; save the file as UTF-8"),
])
def test_hazards_are_refused_with_their_position(tmp_path, text, expected):
    assert messages(tmp_path, text) == [expected]


def test_syntax_errors_get_the_parsers_line_not_a_traceback(tmp_path):
    [problem] = load(tmp_path, "a: [1\n").problems
    assert (problem.line, problem.column) == (2, 1)
    assert problem.message.startswith("YAML syntax:")
