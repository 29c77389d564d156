"""Walks over a validated model, each yielding locations: every value of one kind (the walk behind the rules on
dates, source references and as-stated words), or every model inside it with the models around it (behind the
check of quotations)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from typing import Any

from pydantic import BaseModel

from generator.check.messages import unwrap
from generator.load.records import Loc

# Whether a field is one looked for, from its name and its annotation (unwrapped: list[X], X | None -> X).
Wanted = Callable[[str, Any], bool]


def is_date(name: str, annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, dt.date)


def is_source(name: str, annotation: Any) -> bool:
    """A reference to a source of the file: `source`, a round's `published_source` and the like, `note_sources`."""
    return name == "source" or name.endswith(("_source", "_sources"))


# The fields that hold a source's own words and nothing else: a grade, a date, a status, a period.
AS_STATED = frozenset(
    {
        "as_stated",
        "published_as_stated",
        "inspected_as_stated",
        "date_as_stated",
        "status_as_stated",
        "dates_as_stated",
        "period_as_stated",
        "launched_as_stated",
    }
)


def is_as_stated(name: str, annotation: Any) -> bool:
    """A field that holds a source's own words for a grade, a date, a status or a period."""
    return name in AS_STATED


@functools.cache
def _plan(cls: type[BaseModel], wanted: Wanted) -> tuple[tuple[str, bool], ...]:
    """The fields of a model class that a walk for `wanted` visits, in field order: (name, True) for a wanted field,
    (name, False) for one that holds models to walk into. Worked out once per class and kind of walk, from each
    field's annotation unwrapped (list[X], X | None -> X)."""
    plan = []
    for name, field in cls.model_fields.items():
        annotation = unwrap(field.annotation)
        if wanted(name, annotation):
            plan.append((name, True))
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            plan.append((name, False))
    return tuple(plan)


def values(obj: BaseModel, wanted: Wanted, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every value of a wanted field (not None) inside `obj`, in field order, depth first, with its location."""
    for name, found in _plan(type(obj), wanted):
        value = getattr(obj, name)
        if value is None:
            continue
        items = list(enumerate(value)) if isinstance(value, (list, tuple)) else None
        if found:
            yield from (
                [((*loc, name), value)] if items is None else [((*loc, name, i), v) for i, v in items if v is not None]
            )
        else:
            for at, child in [((*loc, name), value)] if items is None else [((*loc, name, i), v) for i, v in items]:
                yield from values(child, wanted, at)


@functools.cache
def names(cls: type[BaseModel]) -> tuple[str, ...]:
    """A model class's field names, in order (pydantic's `model_fields` is a property, dear to ask of every value)."""
    return tuple(cls.model_fields)


def models(obj: BaseModel, loc: Loc = (), above: tuple[BaseModel, ...] = ()) -> Iterator[tuple[Loc, BaseModel, tuple]]:
    """Every model inside `obj` (itself included), depth first, with its location and the models it is inside,
    outermost first."""
    yield loc, obj, above
    for name in names(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, BaseModel):
            yield from models(value, (*loc, name), (*above, obj))
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from models(item, (*loc, name, i), (*above, obj))
