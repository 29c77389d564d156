"""The outcome marks: a shape for each outcome, so that no judgment is told by colour alone.

The inspectorate's grade words have one mark each, in every programme (and one colour each on the maps, in
static/assets/apsp.css): a reader who compares two programmes' maps or tables never sees one shape stand for two
words. Outcomes that are not grade words (the 2017 review's, on a scale of its own) are marked by their place on their
own scale, and a stated outcome that is not a grade ("no graded judgment") by a crossed circle."""

from __future__ import annotations

from dataclasses import dataclass

from generator import model as m

# The inspectorate's grade words, lowest first (PEEL and the integrity programmes use some or all of them). A word's
# place here is its mark's fill in quarters: "inadequate" an empty circle, "outstanding" a full one.
GRADE_WORDS = ("inadequate", "requires improvement", "adequate", "good", "outstanding")


@dataclass(frozen=True)
class Mark:
    """A shape that does not rely on colour: a circle filled by quarters, 0 (empty) to 4 (full); `ungraded` (a
    crossed circle) for a stated outcome that is not a grade. `grade`: the outcome is one of GRADE_WORDS, so its fill
    (and its colour on the maps) is the word's own; otherwise its fill is its place on its own scale."""

    outcome_id: str
    label: str
    fill: int | str
    grade: bool = False


UNGRADED = "ungraded"


def grade_word(outcome: m.Outcome) -> int | None:
    """The outcome's place among the inspectorate's grade words, or None when it is not one of them."""
    word = outcome.label.strip().lower()
    return GRADE_WORDS.index(word) if outcome.graded and word in GRADE_WORDS else None


def grade_marks() -> tuple[Mark, ...]:
    """Each grade word's mark, lowest first: what the methodology page shows as the key to every programme's marks."""
    return tuple(Mark(word.replace(" ", "-"), word, fill, True) for fill, word in enumerate(GRADE_WORDS))


def marks_for(assessment: m.Assessment) -> dict[str, Mark]:
    graded = [o for o in assessment.outcomes if o.graded]
    last = max(len(graded) - 1, 1)
    place = {o.id: round(4 * i / last) for i, o in enumerate(graded)}
    marks = {}
    for o in assessment.outcomes:
        word = grade_word(o)
        fill = word if word is not None else place.get(o.id, UNGRADED)
        marks[o.id] = Mark(o.id, o.label, fill, word is not None)
    return marks
