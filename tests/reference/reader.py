"""The straightforward reader that generator/load_events.py's Reader was tuned from, kept as the oracle its
tests compare against: the same events, read one call at a time, every scalar through the resolver.

Not used by the generator. tests/test_load_equivalence.py checks that both give the same data, positions
and problems on every real record, every fixture and generated YAML.
"""
from __future__ import annotations

from typing import Any

import yaml

from generator.load_events import MAX_DEPTH, Loc, Parser, Pos, Refused, dotted
from generator.problems import Problem

_STR = "tag:yaml.org,2002:str"


_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class Reader:
    """Reads every event of the stream once. Each event is checked for the hazards as it is read, to the
    end of the stream (so a hazard anywhere wins over any other problem, as no node is built before it is
    checked); the first document is built into data, with the line and column of every value and key."""

    def __init__(self, parser: Parser, path: str):
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
            raise Refused(Problem(*at, "anchors and aliases (`&name`, `*name`) are not allowed; write the value out in full"))
        if event.tag:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise Refused(Problem(*at, f"tags like `{tag}` are not allowed; write the value as plain text"))
        if kind in _START:
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise Refused(Problem(*at, f"nested more than {MAX_DEPTH} levels deep; a record is never this deep: check the brackets and indentation"))

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
