"""Read a YAML record from libyaml's events into plain data, with the line and column of every value and key.

Every event is checked as it is read, to the end of the stream: the first anchor or alias, tag or nesting
deeper than MAX_DEPTH raises `Refused` with its position, before anything is built from it (an alias bomb
costs no more than its own bytes). Only the first document is built; bad and duplicate keys become
problems, in document order. Each scalar is resolved and constructed as PyYAML's safe loader would,
except that dates stay text (the model parses them).
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
_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


class Parser(yaml.CSafeLoader):
    """libyaml's parser with the safe constructor; timestamps left as strings."""


Parser.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def dotted(loc: Loc) -> str:
    return ".".join(f"[{p}]" if isinstance(p, int) else str(p) for p in loc).replace(".[", "[")


def _pos(event: yaml.Event) -> Pos:
    return event.start_mark.line + 1, event.start_mark.column + 1


class Refused(Exception):
    """An anchor, alias, tag or over-deep nesting: the one problem reported for the file."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


class Reader:
    """Reads every event of the stream once, through `event`, which refuses the hazards."""

    def __init__(self, parser: Parser, path: str):
        self.parser, self.path, self.depth = parser, path, 0
        self.values: dict[Loc, Pos] = {}
        self.keys: dict[Loc, Pos] = {}
        self.problems: list[Problem] = []
        self.second_document: Pos | None = None

    def event(self) -> yaml.Event:
        """The next event, refused if it is an anchor or alias, a tag, or a collection nested too deep."""
        event = self.parser.get_event()
        at = (self.path, *_pos(event), "")
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise Refused(
                Problem(*at, "anchors and aliases (`&name`, `*name`) are not allowed; write the value out in full")
            )
        if getattr(event, "tag", None):
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            raise Refused(Problem(*at, f"tags like `{tag}` are not allowed; write the value as plain text"))
        if isinstance(event, _START):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise Refused(
                    Problem(
                        *at,
                        f"nested more than {MAX_DEPTH} levels deep; a record is never this deep: check the brackets "
                        "and indentation",
                    )
                )
        elif isinstance(event, _END):
            self.depth -= 1
        return event

    def stream(self) -> Any:
        """The first document's top level: data if it is a mapping, else its position; None if there is none."""
        self.event()  # stream start
        top = None
        event = self.event()
        if isinstance(event, yaml.DocumentStartEvent):
            first = self.event()
            if isinstance(first, yaml.MappingStartEvent):
                top = self.node(first, ())
            else:
                top = _pos(first)
                self.skip(first)
            self.event()  # document end
            event = self.event()
        while not isinstance(event, yaml.StreamEndEvent):  # more documents: still checked for hazards
            if isinstance(event, yaml.DocumentStartEvent) and self.second_document is None:
                self.second_document = _pos(event)
            event = self.event()
        return top

    def skip(self, event: yaml.Event) -> None:
        """Read past a node that is not built (a bad or duplicate key's value), checking it all the same."""
        depth = 1 if isinstance(event, _START) else 0
        while depth:
            event = self.event()
            depth += 1 if isinstance(event, _START) else -1 if isinstance(event, _END) else 0

    def node(self, event: yaml.Event, loc: Loc) -> Any:
        self.values[loc] = _pos(event)
        if isinstance(event, yaml.MappingStartEvent):
            return self.mapping(loc)
        if isinstance(event, yaml.SequenceStartEvent):
            items: list[Any] = []
            event = self.event()
            while not isinstance(event, yaml.SequenceEndEvent):
                items.append(self.node(event, (*loc, len(items))))
                event = self.event()
            return items
        return self.scalar(event, loc)

    def mapping(self, loc: Loc) -> dict:
        result: dict[Any, Any] = {}
        event = self.event()
        while not isinstance(event, yaml.MappingEndEvent):
            at = _pos(event)
            key = self.scalar(event, loc) if isinstance(event, yaml.ScalarEvent) else self.skip(event)
            key_loc = (*loc, key)
            if not isinstance(key, (str, int)) or isinstance(key, bool):
                self.problems.append(Problem(self.path, *at, dotted(loc), "a key must be a plain word"))
                self.skip(self.event())
            elif key_loc in self.keys:
                self.problems.append(
                    Problem(
                        self.path,
                        *at,
                        dotted(key_loc),
                        f"duplicate key; `{key}` is already set on line {self.keys[key_loc][0]}: keep one",
                    )
                )
                self.skip(self.event())
            else:
                self.keys[key_loc] = at
                result[key] = self.node(self.event(), key_loc)
            event = self.event()
        return result

    def scalar(self, event: yaml.ScalarEvent, loc: Loc) -> Any:
        """The scalar's value: its tag resolved, then constructed, as PyYAML's safe loader does."""
        tag = self.parser.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR:  # the safe loader's string is the scalar's text as it stands (construct_yaml_str)
            return event.value
        try:
            return self.parser.construct_object(
                yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
            )
        except (yaml.YAMLError, ValueError, OverflowError):
            self.problems.append(
                Problem(self.path, *_pos(event), dotted(loc), "cannot read this value; put it in double quotes")
            )
            return None
