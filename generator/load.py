"""Read one YAML record into plain Python data plus the line and column of every value.

Refuses the YAML features that surprise editors: duplicate keys, anchors and
aliases, tags, tabs, byte-order marks, non-UTF-8 bytes, control characters,
several documents, deep nesting, files over 1 MB, and anything but a mapping at
the top. Anchors, tags and depth are refused while streaming parser events, before
anything is built, so a crafted alias bomb costs no more than its own bytes.
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
    parser = _Parser(text)
    try:
        refused = _refuse(parser, out.path)
        if refused:
            out.problems.append(refused)
            return
        parser.dispose()
        parser = _Parser(text)
        node = parser.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = str(err.problem or err.context or "is not valid YAML")
        if "expected a single document" in str(err):
            what = "more than one document (`---`); a record is one document"
        out.problems.append(Problem(out.path, line, col, "", f"YAML syntax: {what}"))
        return
    except yaml.reader.ReaderError as err:
        line, col = _line_col(text, err.position)
        out.problems.append(Problem(out.path, line, col, "", f"character U+{err.character:04X} is not allowed in a record; delete it"))
        return
    finally:
        parser.dispose()
    if node is None:
        out.problems.append(Problem(out.path, 1, 1, "", "the file has only comments; a record is a set of `key: value` lines"))
        return
    if not isinstance(node, yaml.MappingNode):
        out.problems.append(Problem(out.path, node.start_mark.line + 1, node.start_mark.column + 1, "", "the top level must be a set of `key: value` lines, not a list or a single value"))
        return
    out.data = _build(node, (), out, _Parser(""))


def _refuse(parser: _Parser, path: str) -> Problem | None:
    """Stream the parser's events; the first anchor, alias, tag or over-deep nesting is a problem."""
    depth = 0
    while parser.check_event():
        event = parser.get_event()
        mark = event.start_mark
        at = (path, mark.line + 1, mark.column + 1, "")
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return Problem(*at, "anchors and aliases (`&name`, `*name`) are not allowed; write the value out in full")
        if getattr(event, "tag", None):
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            return Problem(*at, f"tags like `{tag}` are not allowed; write the value as plain text")
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                return Problem(*at, f"nested more than {MAX_DEPTH} levels deep; a record is never this deep: check the brackets and indentation")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return None


def _line_col(text: str, index: int) -> Pos:
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def _build(node: yaml.Node, loc: Loc, out: Loaded, constructor: _Parser) -> Any:
    out.values[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, loc, out, constructor) if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                out.problems.append(Problem(out.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1, dotted(loc), "a key must be a plain word"))
                continue
            key_loc = (*loc, key)
            if key in result:
                first = out.keys[key_loc]
                out.problems.append(Problem(out.path, key_node.start_mark.line + 1, key_node.start_mark.column + 1, dotted(key_loc), f"duplicate key; `{key}` is already set on line {first[0]}: keep one"))
                continue
            out.keys[key_loc] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _build(value_node, key_loc, out, constructor)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, (*loc, i), out, constructor) for i, item in enumerate(node.value)]
    return _scalar(node, loc, out, constructor)


def _scalar(node: yaml.Node, loc: Loc, out: Loaded, constructor: _Parser) -> Any:
    if node.tag == _STR:  # text, the common case: exactly what the constructor would return, sooner
        return node.value
    try:
        return constructor.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as err:
        out.problems.append(Problem(out.path, node.start_mark.line + 1, node.start_mark.column + 1, dotted(loc), "cannot read this value; put it in double quotes"))
        return None
