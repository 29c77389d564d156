"""The outcome marks: a shape for each outcome by its place on its own assessment's scale, so that no
judgment is told by colour alone."""

from __future__ import annotations

from dataclasses import dataclass

from generator import model as m


@dataclass(frozen=True)
class Mark:
    """A shape that does not rely on colour: a circle filled by quarters, 0 (empty) to 4 (full), by the outcome's
    place on its own scale; `ungraded` (a crossed circle) for a stated outcome that is not a grade."""

    outcome_id: str
    label: str
    fill: int | str


UNGRADED = "ungraded"


def marks_for(assessment: m.Assessment) -> dict[str, Mark]:
    graded = [o for o in assessment.outcomes if o.graded]
    last = max(len(graded) - 1, 1)
    place = {o.id: round(4 * i / last) for i, o in enumerate(graded)}
    return {o.id: Mark(o.id, o.label, place.get(o.id, UNGRADED)) for o in assessment.outcomes}
