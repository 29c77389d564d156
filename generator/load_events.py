"""The YAML reader behind `load`: libyaml's events, read once, checked for hazards and built into data.

Each event is checked as it is read, to the end of the stream: the first anchor or alias, tag or
nesting deeper than MAX_DEPTH raises `Refused` with its position, before anything refers to it (an alias
bomb costs no more than its own bytes). The first document is built into plain data with the line and
column of every value and key; bad and duplicate keys become problems, in document order.
"""
from __future__ import annotations

from typing import Any

import yaml

from generator.problems import Problem

MAX_DEPTH = 20  # a force record nests 6 levels deep
Pos = tuple[int, int]
Loc = tuple[Any, ...]

_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"


class Parser(yaml.CSafeLoader):
    """libyaml's parser with the safe constructor; timestamps left as strings."""


Parser.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def dotted(loc: Loc) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")


class Refused(Exception):
    """An anchor, alias, tag or over-deep nesting: the one problem reported for the file."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_MAP, _SEQ, _MAP_END, _SEQ_END = yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.MappingEndEvent, yaml.SequenceEndEvent
_START = (_MAP, _SEQ)
_END = (_MAP_END, _SEQ_END)
# The first characters for which the resolver has a pattern to try (null, bool, int, float, merge, value): any
# other plain scalar, and every quoted one, is text. Checked here, it spares a Python call per scalar.
_RESOLVABLE = frozenset(Parser.yaml_implicit_resolvers)
assert None not in _RESOLVABLE and not Parser.yaml_path_resolvers  # else every scalar needs the resolver
# Plain scalars the resolver found to be text, short ones only: which a plain scalar is depends on its value alone,
# and keys such as `title` or `outcome` recur in every record (each starts with a letter the resolver checks).
_TEXT: set[str] = set()
_TEXT_LONGEST = 80


class Reader:
    """Reads every event of the stream once. Each event is checked for the hazards as it is read, to the
    end of the stream (so a hazard anywhere wins over any other problem, as no node is built before it is
    checked); the first document is built into data, with the line and column of every value and key.

    Tuned (a scalar value is read in its mapping's or list's loop; the resolver only runs where one of its
    patterns could match): tests/test_load_equivalence.py checks it against the plain reader it came from."""

    def __init__(self, parser: Parser, path: str):
        self.parser, self.path, self.depth = parser, path, 0
        self.get_event = parser.get_event
        self.values: dict[Loc, Pos] = {}
        self.keys: dict[Loc, Pos] = {}
        self.problems: list[Problem] = []
        self.second_document: Pos | None = None

    def event(self) -> yaml.Event:
        event = self.get_event()
        self._check(event, type(event))
        return event

    def _check(self, event: yaml.Event, kind: type) -> None:
        """The hazards of one event just read, and the depth it leaves. The loops of `node` and `mapping` check a
        scalar themselves (most events), and call this for the others."""
        if kind is _SCALAR:
            if event.anchor or event.tag:
                self._refuse(event, kind)
        elif kind is _MAP or kind is _SEQ:
            self.depth += 1
            if event.anchor or event.tag or self.depth > MAX_DEPTH:
                self._refuse(event, kind)
        elif kind is _MAP_END or kind is _SEQ_END:
            self.depth -= 1
        elif kind is _ALIAS:
            self._refuse(event, kind)

    def _refuse(self, event: yaml.Event, kind: type) -> None:
        """The first hazard in the stream: an anchor or alias, a tag, or a collection nested too deep."""
        mark = event.start_mark
        at = (self.path, mark.line + 1, mark.column + 1, "")
        if kind is _ALIAS or event.anchor:
            raise Refused(Problem(*at, "anchors and aliases (`&name`, `*name`) are not allowed; write the value out in full"))
        if event.tag:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise Refused(Problem(*at, f"tags like `{tag}` are not allowed; write the value as plain text"))
        raise Refused(Problem(*at, f"nested more than {MAX_DEPTH} levels deep; a record is never this deep: check the brackets and indentation"))

    def stream(self) -> Any:
        """The first document's top level: data if it is a mapping, else its position; None if there is none."""
        self.event()  # stream start
        top = None
        event = self.event()
        if type(event) is yaml.DocumentStartEvent:
            first = self.event()
            if type(first) is _MAP:
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
        if kind is _SCALAR:
            return self.scalar(event, loc)
        if kind is _MAP:
            return self.mapping(loc)
        items: list[Any] = []
        values, get_event, check = self.values, self.get_event, self._check
        event = get_event()
        while (kind := type(event)) is not _SEQ_END:
            item_loc = (*loc, len(items))
            if kind is _SCALAR:  # as `event` and `node` do, without a call per item
                if event.anchor or event.tag:
                    self._refuse(event, kind)
                mark = event.start_mark
                values[item_loc] = (mark.line + 1, mark.column + 1)
                value = event.value
                # Text (as `scalar` finds first) without a call; the rest through `scalar`.
                items.append(value if not event.implicit[0] or value[:1] not in _RESOLVABLE else self.scalar(event, item_loc))
            else:
                check(event, kind)
                items.append(self.node(event, item_loc))
            event = get_event()
        check(event, kind)
        return items

    def mapping(self, loc: Loc) -> dict:
        result: dict[Any, Any] = {}
        keys, values, get_event, check, scalar = self.keys, self.values, self.get_event, self._check, self.scalar
        event = get_event()
        while (kind := type(event)) is not _MAP_END:
            if kind is _SCALAR:  # as `event` does, without a call per key
                if event.anchor or event.tag:
                    self._refuse(event, kind)
            else:
                check(event, kind)
            mark = event.start_mark
            at = (mark.line + 1, mark.column + 1)
            key = scalar(event, loc) if kind is _SCALAR else self.skip(event)
            if (type(key) is not str and type(key) is not int) and (not isinstance(key, (str, int)) or isinstance(key, bool)):
                self.problems.append(Problem(self.path, *at, dotted(loc), "a key must be a plain word"))
                self.skip(self.event())
            elif (key_loc := (*loc, key)) in keys:
                self.problems.append(Problem(self.path, *at, dotted(key_loc), f"duplicate key; `{key}` is already set on line {keys[key_loc][0]}: keep one"))
                self.skip(self.event())
            else:
                keys[key_loc] = at
                event = get_event()
                if type(event) is _SCALAR:  # as `event` and `node` do, without a call per value
                    if event.anchor or event.tag:
                        self._refuse(event, _SCALAR)
                    mark = event.start_mark
                    values[key_loc] = (mark.line + 1, mark.column + 1)
                    value = event.value
                    result[key] = value if not event.implicit[0] or value[:1] not in _RESOLVABLE else scalar(event, key_loc)
                else:
                    check(event, type(event))
                    result[key] = self.node(event, key_loc)
            event = get_event()
        check(event, kind)
        return result

    def scalar(self, event: yaml.ScalarEvent, loc: Loc) -> Any:
        value = event.value
        if not event.implicit[0] or value[:1] not in _RESOLVABLE:  # text: what resolve and construct would give
            return value
        if value in _TEXT:  # a plain scalar resolved to text before (keys, mostly): the same again
            return value
        tag = self.parser.resolve(yaml.ScalarNode, value, event.implicit)
        if tag == _STR:  # text, the common case: exactly what the constructor would return, sooner
            if len(value) <= _TEXT_LONGEST:
                _TEXT.add(value)
            return value
        node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
        try:
            return self.parser.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            mark = event.start_mark
            self.problems.append(Problem(self.path, mark.line + 1, mark.column + 1, dotted(loc), "cannot read this value; put it in double quotes"))
            return None
