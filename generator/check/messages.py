"""Turn pydantic's validation errors into the editors' messages, each at the right line (CONTRIBUTING.md lists them)."""

from __future__ import annotations

import difflib
import re
import types
import typing
from enum import Enum
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from generator import model as m
from generator.load.records import Loaded, Loc
from generator.problems import Problem

_DATE = "must be a real date written YYYY-MM-DD, for example 2017-10-02"
_SLUG = "must be lower-case words joined by hyphens, for example `west-yorkshire`"
_URL = "must be a web address starting with https:// (or http://), with no spaces"


def parse(cls: type[BaseModel], loaded: Loaded) -> tuple[BaseModel | None, list[Problem]]:
    """Validate loaded data as `cls`; on failure, one problem per error, each at its line."""
    try:
        return cls.model_validate(loaded.data), []
    except ValidationError as err:
        return None, [_problem(cls, loaded, e) for e in err.errors(include_url=False)]


def _problem(cls: type[BaseModel], loaded: Loaded, error: dict[str, Any]) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return loaded.problem(loc, _unknown_key(cls, loc), key=True)
    if kind == "missing" and loc[-1] == "source":
        return loaded.problem(
            loc,
            "is missing; every fact names its document: add a `source:` line with the id of one of the file's "
            "`sources:`",
        )
    if kind == "missing":
        return loaded.problem(loc, f"is missing; add a `{loc[-1]}:` line here")
    return loaded.problem(loc, _message(cls, loc, error))


_KINDS = {
    "string": "text (put it in quotes)",
    "model": "a set of `key: value` lines",
    "list": "a list of `- ` items",
    "dict": "a set of `key: value` lines",
    "bool": "true or false",
    "int": "a whole number",
    "float": "a number",
}


def _message(cls: type[BaseModel], loc: Loc, error: dict[str, Any]) -> str:
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx", {})
    shown = "is empty;" if value is None else _show(value)
    if (
        kind.startswith(("date_", "datetime_"))
        and isinstance(value, str)
        and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value)
    ):
        return f"{shown} is not a real day of the calendar; check the day and the month against the source"
    if kind.startswith(("date_", "datetime_")):
        return f"{shown} {_DATE}" if value is None else f"{shown} is not a date; {_DATE}"
    if kind in ("enum", "literal_error"):
        annotation = _annotation(cls, loc)
        choices = [m.value for m in annotation] if _is_enum(annotation) else [str(c) for c in get_args(annotation)]
        hint = _did_you_mean(value, choices)
        return f"{shown} {'' if value is None else 'is not allowed; '}must be one of: {', '.join(choices)}{hint}"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == m.TILE_LABEL:
        return f"{shown} must be 1 to 3 letters, digits or `&`, for example `Ken`"
    if kind == "string_pattern_mismatch":
        return f"{shown} {_URL if ctx.get('pattern', '').startswith('^https?') else _SLUG}"
    if kind == "string_too_long":
        return f"is {len(value):,} characters long; it must be at most {ctx['max_length']:,}"
    if kind == "string_too_short":
        return "is empty; write some text or remove the line"
    if kind == "too_short":
        return f"has {ctx.get('actual_length', 0)} items; it must have at least {ctx['min_length']}"
    if kind == "finite_number":
        return f"{shown} is not a finite number; write the number the source gives"
    if kind in ("greater_than_equal", "less_than_equal"):
        bound = f"at least {ctx['ge']}" if "ge" in ctx else f"at most {ctx['le']}"
        return f"{shown} is out of range; it must be {bound}"
    if kind.split("_")[0] in _KINDS and kind.endswith(("_type", "_parsing", "_from_float")):
        wanted = _KINDS[kind.split("_")[0]]
        return (
            f"is empty; it must be {wanted.split(' (')[0]}"
            if value is None
            else f"{shown} is the wrong kind of value; it must be {wanted}"
        )
    return f"{shown} {error['msg']}"


def _unknown_key(cls: type[BaseModel], loc: Loc) -> str:
    parent = _model_at(cls, loc[:-1])
    allowed = sorted(parent.model_fields) if parent else []
    hint = _did_you_mean(loc[-1], allowed)
    return f"unknown field{hint}; the fields allowed here are: {', '.join(allowed)}"


def _did_you_mean(value: Any, choices: list[str]) -> str:
    close = difflib.get_close_matches(str(value), choices, n=1)
    return f" (did you mean `{close[0]}`?)" if close else ""


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "...'"


def unwrap(annotation: Any) -> Any:
    """list[X] -> X, X | None -> X, dict[K, V] -> V, Annotated[X, ...] -> X."""
    while True:
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (list, tuple, dict):
            annotation = get_args(annotation)[-1]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in get_args(annotation) if a is not type(None))
        else:
            return annotation


def _annotation(cls: type[BaseModel], loc: Loc) -> Any:
    current: Any = cls
    for part in loc:
        if isinstance(part, int) or not (isinstance(current, type) and issubclass(current, BaseModel)):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = unwrap(field.annotation)
    return current


def _model_at(cls: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    found = _annotation(cls, loc)
    return found if isinstance(found, type) and issubclass(found, BaseModel) else None


def _is_enum(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, Enum)
