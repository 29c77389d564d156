"""Read the ONS lookup of council areas to police force areas (content/national/areas.csv), keeping where each
cell stands.

The file is ONS's CSV, unchanged: it starts with a byte-order mark, which is allowed here (and only here), and
a district spanning several community safety partnerships is on several rows. Only four of its columns are
read (CODE, NAME, AREA, AREA_NAME); the others are left as ONS gives them. The checks between its rows and
content/national/areas.yml are in check/areas.py.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from generator.load.files import MAX_BYTES, not_utf8
from generator.load.yaml_reader import Pos
from generator.problems import Problem, display_path

FILE = ("content", "national", "areas.csv")
# ONS's column names in its December 2023 lookup: district code and name, police force area code and name.
CODE, NAME, AREA, AREA_NAME = "LAD23CD", "LAD23NM", "PFA23CD", "PFA23NM"
COLUMNS = (CODE, NAME, AREA, AREA_NAME)


@dataclass
class Lookup:
    """The lookup's rows, each as column -> text, with where each cell starts in the file."""

    path: str
    rows: list[dict[str, str]] = field(default_factory=list)
    cells: list[dict[str, Pos]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    missing: bool = False  # no such file: nothing was read

    def problem(self, row: int, column: str, message: str) -> Problem:
        line, col = self.cells[row][column]
        return Problem(self.path, line, col, column, message)


def load_lookup(root: Path) -> Lookup:
    file = root.joinpath(*FILE)
    out = Lookup(display_path(file, root))
    if not file.is_file():
        out.problems.append(Problem(out.path, 1, 1, "", "this file is missing; restore it from the repository"))
        out.missing = True
        return out
    raw = file.read_bytes()
    if len(raw) > MAX_BYTES:
        out.problems.append(
            Problem(out.path, 1, 1, "", f"the file is {len(raw):,} bytes; the lookup must be under {MAX_BYTES:,} bytes")
        )
        return out
    problem = not_utf8(raw, out.path)
    if problem:
        out.problems.append(problem)
        return out
    _read(raw.decode("utf-8-sig").splitlines(), out)
    return out


def _read(lines: list[str], out: Lookup) -> None:
    reader = csv.reader(lines)
    header = next(reader, [])
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        out.problems.append(
            Problem(
                out.path,
                1,
                1,
                "",
                f"the first line names no column {', '.join(missing)}; the lookup's first line names its columns, "
                f"as ONS writes them: {', '.join(COLUMNS)} among others",
            )
        )
        return
    where = {c: header.index(c) for c in COLUMNS}
    start = reader.line_num + 1
    for cells in reader:
        line, start = start, reader.line_num + 1
        if not cells:  # a blank line
            continue
        if len(cells) != len(header):
            out.problems.append(
                Problem(
                    out.path,
                    line,
                    1,
                    "",
                    f"{len(cells)} cells where the first line names {len(header)} columns; a name with a comma is in "
                    'double quotes ("Bristol, City of")',
                )
            )
            continue
        positions = _columns(lines[line - 1], cells)
        row = {c: cells[i].strip() for c, i in where.items()}
        out.rows.append(row)
        out.cells.append({c: (line, positions[i]) for c, i in where.items()})
        for c in COLUMNS:
            if not row[c]:
                out.problems.append(out.problem(len(out.rows) - 1, c, "is empty; fill in the cell as ONS gives it"))


def _columns(text: str, cells: list[str]) -> list[int]:
    """Where each cell's text starts on its line (1-based), found left to right."""
    found, cursor = [], 0
    for n, cell in enumerate(cells):
        if cell:
            at = max(text.find(cell, cursor), cursor)  # a cell with doubled quotes ("") is not found as read
        else:  # an empty cell: just after the comma that ends the cell before it
            at = text.find(",", cursor) + 1 if n else 0
        found.append(at + 1)
        cursor = at + len(cell)
    return found
