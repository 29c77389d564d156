"""Every value of one kind anywhere inside a validated model, with its location: the walk behind the rules
on dates and source references.

The model's shape is read once per class (which fields can hold what is looked for, directly or further
down); a walk then visits only those fields, not every value of every record.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from generator.load import Loc
from generator.messages import _unwrap

# Whether a field is one looked for, from its name and its annotation (unwrapped: list[X], X | None -> X).
Wanted = Callable[[str, Any], bool]


def is_date(name: str, annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, dt.date)


def is_source(name: str, annotation: Any) -> bool:
    return name == "source"


def values(obj: BaseModel, wanted: Wanted, loc: Loc = ()) -> Iterator[tuple[Loc, Any]]:
    """Every value of a wanted field (not None) inside `obj`, in field order, depth first, with its location."""
    for name, found, child in _plan(type(obj), wanted):
        value = getattr(obj, name)
        if value is None:
            continue
        if found:
            if isinstance(value, (list, tuple)):
                for i, item in enumerate(value):
                    if item is not None:
                        yield (*loc, name, i), item
            else:
                yield (*loc, name), value
        elif child:
            if isinstance(value, (list, tuple)):
                for i, item in enumerate(value):
                    yield from values(item, wanted, (*loc, name, i))
            else:
                yield from values(value, wanted, (*loc, name))


@lru_cache(maxsize=None)
def _plan(cls: type[BaseModel], wanted: Wanted) -> tuple[tuple[str, bool, bool], ...]:
    """(field, is wanted, holds models that hold wanted fields) for the fields of `cls` worth visiting."""
    plan = []
    for name, field in cls.model_fields.items():
        annotation = _unwrap(field.annotation)
        child = isinstance(annotation, type) and issubclass(annotation, BaseModel) and bool(_plan(annotation, wanted))
        if wanted(name, annotation) or child:
            plan.append((name, wanted(name, annotation), child))
    return tuple(plan)
