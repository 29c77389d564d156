"""The methodology page's view (templates/methodology.md.j2): each programme, oldest first, with when it ran, its
areas and its scale, each outcome beside its mark; and what a later finding may bear on."""

from __future__ import annotations

from dataclasses import dataclass

from generator import labels
from generator import model as m
from generator.derive import Site
from generator.marks import Mark, grade_marks


@dataclass(frozen=True)
class Scale:
    assessment: m.Assessment
    period: str | None  # when it ran or reported (labels.period)
    outcomes: tuple[tuple[m.Outcome, Mark, str | None], ...]  # each outcome, its mark, and a note if it is no grade


@dataclass(frozen=True)
class Methodology:
    scales: tuple[Scale, ...]  # oldest first
    bears_on: tuple[str, ...]  # what a later finding may bear on: the 2017 areas, then abuse of position in general
    grades: tuple[Mark, ...] = grade_marks()  # each grade word's one mark, lowest first


def methodology(site: Site) -> Methodology:
    scales = tuple(
        Scale(
            n.assessment,
            labels.period(n.assessment),
            tuple((o, n.marks[o.id], None if o.graded else labels.NOT_A_GRADE) for o in n.assessment.outcomes),
        )
        for n in reversed(site.national)
    )
    return Methodology(scales, tuple(site.bears_on.values()))
