"""Reading ONS's lookup (content/national/areas.csv): its byte-order mark is allowed, each cell knows its line and
column, and a malformed file gets one message per problem, at its place."""

from pathlib import Path

import pytest

from generator.load.lookup import load_lookup
from tests.conftest import ROOT

HEADER = "LAD23CD,LAD23NM,CSP23CD,CSP23NM,PFA23CD,PFA23NM,ObjectId\n"
BRISTOL = 'E06000023,"Bristol, City of",E22000002,"Bristol, City of",E23000036,Avon and Somerset,23\n'


def lookup(tmp_path: Path, data: str | bytes):
    folder = tmp_path / "content/national"
    folder.mkdir(parents=True)
    (folder / "areas.csv").write_bytes(data if isinstance(data, bytes) else data.encode())
    return load_lookup(tmp_path)


def test_the_real_lookup_reads_whole():
    read = load_lookup(ROOT)
    assert read.problems == [] and len(read.rows) == 332
    assert len({r["LAD23CD"] for r in read.rows}) == 318 and len({r["PFA23CD"] for r in read.rows}) == 43


def test_a_byte_order_mark_is_allowed_and_cells_know_where_they_are(tmp_path):
    read = lookup(tmp_path, b"\xef\xbb\xbf" + (HEADER + "\n" + BRISTOL).encode())
    assert read.problems == []
    assert read.rows == [
        {"LAD23CD": "E06000023", "LAD23NM": "Bristol, City of", "PFA23CD": "E23000036", "PFA23NM": "Avon and Somerset"}
    ]
    # line 3 (a blank line is skipped, not counted away); a quoted cell's column is where its text starts
    assert read.cells[0] == {"LAD23CD": (3, 1), "LAD23NM": (3, 12), "PFA23CD": (3, 59), "PFA23NM": (3, 69)}


@pytest.mark.parametrize(
    "data, expected",
    [
        (
            "LAD23CD,LAD23NM,PFA23NM\n",
            "content/national/areas.csv:1:1: the first line names no column PFA23CD; the lookup's first line names its "
            "columns, as ONS writes them: LAD23CD, LAD23NM, PFA23CD, PFA23NM among others",
        ),
        (
            HEADER + "E06000023,Bristol, City of,E22000002,Bristol,E23000036,Avon and Somerset,23\n",
            "content/national/areas.csv:2:1: 8 cells where the first line names 7 columns; a name with a comma is in "
            'double quotes ("Bristol, City of")',
        ),
        (
            HEADER + "E06000023,,E22000002,x,E23000036,Avon and Somerset,23\n",
            "content/national/areas.csv:2:11: LAD23NM: is empty; fill in the cell as ONS gives it",
        ),
        (
            HEADER.encode() + b"E06000023,Caf\xe9",
            "content/national/areas.csv:2:14: byte 0xe9 is not UTF-8; save the file as UTF-8",
        ),
    ],
)
def test_a_malformed_lookup_is_refused_at_its_place(tmp_path, data, expected):
    assert [str(p) for p in lookup(tmp_path, data).problems] == [expected]


def test_a_missing_lookup_is_one_problem(tmp_path):
    (tmp_path / "content/national").mkdir(parents=True)
    assert [str(p) for p in load_lookup(tmp_path).problems] == [
        "content/national/areas.csv:1:1: this file is missing; restore it from the repository"
    ]
