"""Read one YAML record into plain Python data plus the line and column of every value.

Refuses the YAML features that surprise editors: duplicate keys, anchors and
aliases, tags, tabs, byte-order marks, non-UTF-8 bytes, control characters,
several documents, deep nesting, files over 1 MB, and anything but a mapping at
the top. One pass over libyaml's events both refuses anchors, tags and depth and
builds the data: an alias is refused at its own event, before anything refers to
it, so a crafted alias bomb costs no more than its own bytes.
Dates stay strings here; the model parses them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.problems import Problem

MAX_BYTES = 1_000_000
MAX_DEPTH = 20  # a force record nests 6 levels deep
Pos = tuple[int, int]
Loc = tuple[Any, ...]

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"


class _Parser(yaml.CSafeLoader):
    """libyaml's parser with the safe constructor; timestamps left as strings."""


_Parser.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Loaded:
    """A record's data, with where each value and each key stands in the file."""

    path: str
    data: Any = None
    values: dict[Loc, Pos] = field(default_factory=dict)
    keys: dict[Loc, Pos] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def pos(self, loc: Loc, key: bool = False) -> Pos:
        """Where `loc` stands, or its nearest enclosing value that does."""
        table = self.keys if key else self.values
        while loc not in table and loc:
            loc, table = loc[:-1], self.values
        return table.get(loc, (1, 1))

    def problem(self, loc: Loc, message: str, key: bool = False) -> Problem:
        line, col = self.pos(loc, key)
        return Problem(self.path, line, col, dotted(loc), message)


def dotted(loc: Loc) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")


def load_file(file: Path, shown_as: str) -> Loaded:
    out = Loaded(shown_as)
    size = file.stat().st_size
    if size > MAX_BYTES:  # refused before reading a byte
        out.problems.append(Problem(shown_as, 1, 1, "", f"the file is {size:,} bytes; a record must be under {MAX_BYTES:,} bytes"))
        return out
    text = _decode(file.read_bytes(), out)
    if text is None:
        return out
    if not text.strip():
        out.problems.append(Problem(shown_as, 1, 1, "", "the file is empty; a record is a set of `key: value` lines"))
        return out
    for number, line in enumerate(text.splitlines(), start=1):
        if "\t" in line:
            col = line.index("\t") + 1
            out.problems.append(Problem(shown_as, number, col, "", "tab character; indent and separate with spaces only"))
    if out.problems:
        return out
    _parse(text, out)
    return out


def _decode(raw: bytes, out: Loaded) -> str | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        out.problems.append(Problem(out.path, 1, 1, "", "the file starts with a byte-order mark; save it as UTF-8 without BOM"))
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        out.problems.append(Problem(out.path, line, col, "", f"byte 0x{raw[err.start]:02x} is not UTF-8; save the file as UTF-8"))
        return None


def _parse(text: str, out: Loaded) -> None:
    """One pass over libyaml's events: refuse the hazards and build the data with its positions."""
    parser = _Parser(text)
    build = _Builder(parser, out.path)
    try:
        node = build.stream()
    except _Refused as refused:
        out.problems.append(refused.problem)
        return
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        out.problems.append(Problem(out.path, line, col, "", f"YAML syntax: {err.problem or err.context or 'is not valid YAML'}"))
        return
    except yaml.reader.ReaderError as err:
        line, col = _line_col(text, err.position)
        out.problems.append(Problem(out.path, line, col, "", f"character U+{err.character:04X} is not allowed in a record; delete it"))
        return
    finally:
        parser.dispose()
    if build.second_document:
        line, col = build.second_document
        out.problems.append(Problem(out.path, line, col, "", "YAML syntax: more than one document (`---`); a record is one document"))
    elif node is None:
        out.problems.append(Problem(out.path, 1, 1, "", "the file has only comments; a record is a set of `key: value` lines"))
    elif not isinstance(node, dict):
        line, col = node
        out.problems.append(Problem(out.path, line, col, "", "the top level must be a set of `key: value` lines, not a list or a single value"))
    else:
        out.data, out.values, out.keys, out.problems = node, build.values, build.keys, build.problems


class _Refused(Exception):
    """An anchor, alias, tag or over-deep nesting: the one problem reported for the file."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class _Builder:
    """Reads every event of the stream once. Each event is checked for the hazards as it is read, to the
    end of the stream (so a hazard anywhere wins over any other problem, as no node is built before it is
    checked); the first document is built into data, with the line and column of every value and key."""

    def __init__(self, parser: _Parser, path: str):
        self.parser, self.path, self.depth = parser, path, 0
        self.values: dict[Loc, Pos] = {}
        self.keys: dict[Loc, Pos] = {}
        self.problems: list[Problem] = []
        self.second_document: Pos | None = None

    def event(self) -> yaml.Event:
        event = self.parser.get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent or kind is yaml.AliasEvent or kind in _START:
            self._check(event, kind)
        elif kind in _END:
            self.depth -= 1
        return event

    def _check(self, event: yaml.Event, kind: type) -> None:
        mark = event.start_mark
        at = (self.path, mark.line + 1, mark.column + 1, "")
        if kind is yaml.AliasEvent or event.anchor:
            raise _Refused(Problem(*at, "anchors and aliases (`&name`, `*name`) are not allowed; write the value out in full"))
        if event.tag:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(Problem(*at, f"tags like `{tag}` are not allowed; write the value as plain text"))
        if kind in _START:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _Refused(Problem(*at, f"nested more than {MAX_DEPTH} levels deep; a record is never this deep: check the brackets and indentation"))

    def stream(self) -> Any:
        """The first document's top level: data if it is a mapping, else its position; None if there is none."""
        self.event()  # stream start
        top = None
        event = self.event()
        if type(event) is yaml.DocumentStartEvent:
            first = self.event()
            if type(first) is yaml.MappingStartEvent:
                top = self.node(first, ())
            else:
                top = (first.start_mark.line + 1, first.start_mark.column + 1)
                self.skip(first)
            self.event()  # document end
            event = self.event()
        while type(event) is not yaml.StreamEndEvent:  # more documents: still checked for hazards
            if type(event) is yaml.DocumentStartEvent and self.second_document is None:
                self.second_document = (event.start_mark.line + 1, event.start_mark.column + 1)
            event = self.event()
        return top

    def skip(self, event: yaml.Event) -> None:
        """Read past a node that is not built (a bad or duplicate key's value), checking it all the same."""
        depth = 1 if type(event) in _START else 0
        while depth:
            kind = type(self.event())
            depth += 1 if kind in _START else -1 if kind in _END else 0

    def node(self, event: yaml.Event, loc: Loc) -> Any:
        mark = event.start_mark
        self.values[loc] = (mark.line + 1, mark.column + 1)
        kind = type(event)
        if kind is yaml.MappingStartEvent:
            return self.mapping(loc)
        if kind is yaml.SequenceStartEvent:
            items = []
            event = self.event()
            while type(event) is not yaml.SequenceEndEvent:
                items.append(self.node(event, (*loc, len(items))))
                event = self.event()
            return items
        return self.scalar(event, loc)

    def mapping(self, loc: Loc) -> dict:
        result: dict[Any, Any] = {}
        event = self.event()
        while type(event) is not yaml.MappingEndEvent:
            mark = event.start_mark
            at = (mark.line + 1, mark.column + 1)
            key = self.scalar(event, loc) if type(event) is yaml.ScalarEvent else self.skip(event)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                self.problems.append(Problem(self.path, *at, dotted(loc), "a key must be a plain word"))
                self.skip(self.event())
            elif (*loc, key) in self.keys:
                key_loc = (*loc, key)
                self.problems.append(Problem(self.path, *at, dotted(key_loc), f"duplicate key; `{key}` is already set on line {self.keys[key_loc][0]}: keep one"))
                self.skip(self.event())
            else:
                key_loc = (*loc, key)
                self.keys[key_loc] = at
                result[key] = self.node(self.event(), key_loc)
            event = self.event()
        return result

    def scalar(self, event: yaml.ScalarEvent, loc: Loc) -> Any:
        tag = self.parser.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR:  # text, the common case: exactly what the constructor would return, sooner
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return self.parser.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            mark = event.start_mark
            self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, dotted(loc), "cannot read this value; put it in double quotes"))
            return None


def _line_col(text: str, index: int) -> Pos:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1
