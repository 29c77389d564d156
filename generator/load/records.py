"""Read every record under content/ into plain Python data plus the line and column of every value.

Refuses the YAML features that surprise editors: duplicate keys, anchors and aliases, tags, tabs,
byte-order marks, non-UTF-8 bytes, control characters, several documents, deep nesting, files over
1 MB, and anything but a mapping at the top. The checks on the file as a whole are here; the events
of the YAML are read and checked one by one in yaml_reader.py. Dates stay strings; the model parses them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.load.documents import Text, read_text
from generator.load.files import MAX_BYTES, not_utf8
from generator.load.lookup import Lookup, load_lookup
from generator.load.yaml_reader import Loc, Parser, Pos, Reader, Refused, dotted
from generator.problems import Problem, display_path

__all__ = ["Inputs", "Loaded", "Loc", "Pos", "dotted", "load_all", "load_file"]


@dataclass
class Loaded:
    """A record's data, with where each value and each key stands in the file."""

    path: str
    data: Any = None
    values: dict[Loc, Pos] = field(default_factory=dict)
    keys: dict[Loc, Pos] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    missing: bool = False  # no such file: nothing was read
    read: bytes = field(default=b"", repr=False, compare=False)  # the file's bytes, as read
    # What the check worked out from this reading alone (its model, its quotations), kept with it: `make serve` uses a
    # reading again while the file's bytes are unchanged (load_all's `earlier`), and so what was worked out from it.
    kept: dict = field(default_factory=dict, repr=False, compare=False)
    lines: tuple[str, ...] = ()  # the file's lines as read, to point at words inside a value

    def at_words(self, loc: Loc, words: str) -> Pos:
        """Where `words` stand inside the value at `loc`, when they are on its first line as written; else where the
        value starts (a phrase quoted inside a longer text, so that an editor's cursor lands on it)."""
        line, col = self.pos(loc)
        written = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        found = written.find(words, col - 1)
        return (line, found + 1) if found >= 0 else (line, col)

    def pos(self, loc: Loc, key: bool = False) -> Pos:
        """Where `loc` stands, or its nearest enclosing value that does."""
        table = self.keys if key else self.values
        while loc not in table and loc:
            loc, table = loc[:-1], self.values
        return table.get(loc, (1, 1))

    def problem(self, loc: Loc, message: str, key: bool = False) -> Problem:
        line, col = self.pos(loc, key)
        return Problem(self.path, line, col, dotted(loc), message)


@dataclass
class Inputs:
    """Every record under root/content, loaded, before validation."""

    root: Path
    assessments: list[Loaded]
    force_list: Loaded
    systems: Loaded
    forces: list[Loaded]
    tiles: Loaded  # content/national/tiles.yml, the tile map's layout
    areas: Loaded  # content/national/areas.yml, where the lookup beside it comes from and each area's force
    lookup: Lookup  # content/national/areas.csv, ONS's lookup of council areas to police force areas
    documents: list[Loaded] = field(default_factory=list)  # the metadata of each held document
    texts: dict[str, Text] = field(
        default_factory=dict
    )  # the text beside each, by the file name's stem (load/documents.py)

    def records(self) -> list[Loaded]:
        return [*self.assessments, self.force_list, self.systems, *self.forces, self.tiles, self.areas, *self.documents]

    def files(self) -> list[str]:
        """Every file read under content/, as an editor sees its path: each record, and each held document's text."""
        lookup = [] if self.lookup.missing else [self.lookup.path]
        return sorted(
            [r.path for r in self.records() if not r.missing] + lookup + [t.path for t in self.texts.values()]
        )


def load_all(root: Path, earlier: Inputs | None = None) -> Inputs:
    """Every record under root/content. With `earlier`, an earlier load of the same folder (`make serve` loads on
    every save), a file whose bytes have not changed since is not read again: its earlier reading is used."""
    national, forces = root / "content" / "national", root / "content" / "forces"
    documents = sorted((root / "content" / "documents").glob("*.yml"))
    texts = {p.stem: text for p in documents if (text := read_text(root, p.stem)) is not None}
    before = {loaded.path: loaded for loaded in earlier.records()} if earlier else {}

    def load(path: Path) -> Loaded:
        return _load(path, root, before)

    return Inputs(
        root,
        [load(p) for p in sorted(national.glob("assessment-*.yml"))],
        load(national / "forces.yml"),
        load(national / "systems.yml"),
        [load(p) for p in sorted(forces.glob("*.yml"))],
        load(national / "tiles.yml"),
        load(national / "areas.yml"),
        load_lookup(root),
        [load(p) for p in documents],
        texts,
    )


def _load(path: Path, root: Path, before: dict[str, Loaded]) -> Loaded:
    shown = display_path(path, root)
    if not path.is_file():
        return Loaded(
            shown,
            problems=[Problem(shown, 1, 1, "", "this file is missing; restore it from the repository")],
            missing=True,
        )
    return load_file(path, shown, before.get(shown))


def load_file(file: Path, shown_as: str, earlier: Loaded | None = None) -> Loaded:
    """A record read, checked and parsed; or `earlier`, the same file read before, if its bytes are the same."""
    out = Loaded(shown_as)
    size = file.stat().st_size
    if size > MAX_BYTES:  # refused before reading a byte
        out.problems.append(
            Problem(shown_as, 1, 1, "", f"the file is {size:,} bytes; a record must be under {MAX_BYTES:,} bytes")
        )
        return out
    out.read = file.read_bytes()
    if earlier is not None and earlier.read and earlier.read == out.read:
        return earlier
    text = _decode(out.read, out)
    if text is None:
        return out
    if not text or text.isspace():
        out.problems.append(Problem(shown_as, 1, 1, "", "the file is empty; a record is a set of `key: value` lines"))
        return out
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            out.problems.append(
                Problem(
                    shown_as, number, line.index("\t") + 1, "", "tab character; indent and separate with spaces only"
                )
            )
    if out.problems:
        return out
    out.lines = tuple(text.splitlines())
    _parse(text, out)
    return out


def _decode(raw: bytes, out: Loaded) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        out.problems.append(
            Problem(out.path, 1, 1, "", "the file starts with a byte-order mark; save it as UTF-8 without BOM")
        )
        return None
    problem = not_utf8(raw, out.path)
    if problem:
        out.problems.append(problem)
        return None
    return raw.decode("utf-8")


def _parse(text: str, out: Loaded) -> None:
    """Read the YAML (yaml_reader.Reader): refuse the hazards, build the data with positions."""
    parser = Parser(text)
    reader = Reader(parser, out.path)
    try:
        node = reader.stream()
    except Refused as refused:
        out.problems.append(refused.problem)
        return
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        out.problems.append(
            Problem(out.path, line, col, "", f"YAML syntax: {err.problem or err.context or 'is not valid YAML'}")
        )
        return
    except yaml.reader.ReaderError as err:
        line, col = _line_col(text, err.position)
        out.problems.append(
            Problem(out.path, line, col, "", f"character U+{err.character:04X} is not allowed in a record; delete it")
        )
        return
    finally:
        parser.dispose()
    if reader.second_document:
        line, col = reader.second_document
        out.problems.append(
            Problem(out.path, line, col, "", "YAML syntax: more than one document (`---`); a record is one document")
        )
    elif node is None:
        out.problems.append(
            Problem(out.path, 1, 1, "", "the file has only comments; a record is a set of `key: value` lines")
        )
    elif not isinstance(node, dict):
        line, col = node
        out.problems.append(
            Problem(
                out.path,
                line,
                col,
                "",
                "the top level must be a set of `key: value` lines, not a list or a single value",
            )
        )
    else:
        out.data, out.values, out.keys, out.problems = node, reader.values, reader.keys, reader.problems


def _line_col(text: str, index: int) -> Pos:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1
