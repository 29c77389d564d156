"""Bar charts of the national figures: one per area, drawn in the page itself (templates/_chart.html.j2), so that its
words are the page's own text, in the page's font and size at any width, and only the bars are drawn (inline SVG).

A bar per outcome, on a track that stands for every force in scope: its filled part is the count on record here and,
where the inspectorate published counts per outcome, its outline is the published count. Where it published none, the
bars are the counts on record only. A stated outcome that is not a grade ("no graded judgment") is drawn with a dashed
outline and says so in its label. The same figures are in the table beside each chart, which is what a screen reader
reads: the chart itself is one image to it, named by `alt`.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.derive import AreaSummary, NationalView
from generator.labels import NOT_A_GRADE

BAR_WIDTH = 260  # the track, in the bars' own units: every force in scope (else every force)
BAR = 18  # a bar's height, in the same units


@dataclass(frozen=True)
class Bar:
    label: str  # the outcome's label, and for a stated outcome that is not a grade, a note saying so
    graded: bool
    published: int | None
    on_record: int
    value: str  # the figures beside the bar: "21 (5 on record)", or "34 on record" where none was published
    published_width: float
    on_record_width: float

    @property
    def kind(self) -> str:
        """How the filled part is drawn: a grade's bar solid, a stated outcome's that is not a grade dashed."""
        return "graded" if self.graded else "ungraded"

    @property
    def outlined(self) -> bool:
        """The bar has an outline: the inspectorate published a count for its outcome."""
        return self.published is not None


@dataclass(frozen=True)
class Chart:
    description: str  # how to read it, shown under it
    alt: str  # its name for a screen reader, which reads the table beside it
    bars: tuple[Bar, ...]
    width: int = BAR_WIDTH
    bar_height: int = BAR


def area_chart(national: NationalView, area: AreaSummary) -> Chart:
    scale = BAR_WIDTH / max(national.assessment.forces_in_scope or national.forces_total, 1)
    bars = tuple(
        Bar(
            cell.outcome.label if cell.outcome.graded else f"{cell.outcome.label} {NOT_A_GRADE}",
            cell.outcome.graded,
            cell.published,
            cell.on_record,
            f"{cell.on_record} on record"
            if cell.published is None
            else f"{cell.published} ({cell.on_record} on record)",
            round((cell.published or 0) * scale, 1),
            round(cell.on_record * scale, 1),
        )
        for cell in area.cells
    )
    whole = f"The whole width of a bar is all {national.assessment.forces_in_scope or national.forces_total} forces"
    if area.published_source is not None:
        description = (
            f"{whole}. Each bar's outline is the number of forces the inspectorate published for that outcome; "
            "the filled part is the number on record here. The table below gives the same figures."
        )
        alt = f"Bar chart of {area.area.name}: the published figures and the figures on record, as in the table below."
    else:
        description = (
            f"{whole}. Each bar is the number of forces on record here with that outcome; the inspectorate published "
            "no counts per outcome. The table below gives the same figures."
        )
        alt = (
            f"Bar chart of {area.area.name}: the outcomes on record here (the inspectorate published none), "
            "as in the table below."
        )
    return Chart(description, alt, bars)


def charts(national: NationalView) -> tuple[Chart, ...]:
    """One chart per judged area with outcomes to count, in the assessment's order."""
    return tuple(area_chart(national, a) for a in national.areas if a.cells)
