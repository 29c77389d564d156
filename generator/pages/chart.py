"""Bar charts of the national figures, as geometry for a static SVG made at build time.

One chart per area: a bar per outcome whose filled part is the count on record here and, where the inspectorate
published counts per outcome, whose outline is the published count. Where it published none, the bars are the
counts on record only, scaled to every force. A stated outcome that is not a grade ("no graded judgment") is drawn
with a dashed outline and says so in its label. The same figures are in the table beside each chart.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from generator import addresses
from generator.addresses import Address
from generator.derive import AreaSummary, NationalView
from generator.labels import NOT_A_GRADE

WIDTH = 400  # viewBox units; the image scales to the column
LEFT = 8
BAR_WIDTH = 260  # the longest possible bar (every force in scope, else every force)
LINE = 18  # one line of the label: 15-unit text, about 13 px where the chart is 343 px wide (a phone)
LABEL_CHARS = 44  # a longer label wraps onto a second line rather than run past the chart's edge
BAR = 18  # bar height, and the gap after it
TOP = 8


@dataclass(frozen=True)
class Bar:
    label: str  # the outcome's label, and for a stated outcome that is not a grade, a note saying so
    graded: bool
    label_lines: tuple[tuple[int, str], ...]  # (baseline y, text) of each line of the label
    published: int | None
    on_record: int
    value: str  # the figures beside the bar: "21 (5 on record)", or "34 on record" where none was published
    bar_y: int
    published_width: float
    on_record_width: float
    value_x: float

    @property
    def outlined(self) -> bool:
        """The bar has an outline: the inspectorate published a count for its outcome."""
        return self.published is not None


@dataclass(frozen=True)
class Chart:
    address: Address  # the SVG file, docs-root
    title: str
    description: str
    alt: str  # the image's text alternative on the page
    height: int
    left: int
    bars: tuple[Bar, ...]
    width: int = WIDTH
    bar_height: int = BAR


def area_chart(national: NationalView, area: AreaSummary) -> Chart:
    scale = BAR_WIDTH / max(national.assessment.forces_in_scope or national.forces_total, 1)
    bars, y = [], TOP
    for cell in area.cells:
        label = cell.outcome.label if cell.outcome.graded else f"{cell.outcome.label} {NOT_A_GRADE}"
        lines = textwrap.wrap(label, LABEL_CHARS)
        label_lines = tuple((y + 15 + n * LINE, line) for n, line in enumerate(lines))
        bar_y = y + len(lines) * LINE + 4
        published = (cell.published or 0) * scale
        bars.append(
            Bar(
                label,
                cell.outcome.graded,
                label_lines,
                cell.published,
                cell.on_record,
                f"{cell.on_record} on record"
                if cell.published is None
                else f"{cell.published} ({cell.on_record} on record)",
                bar_y,
                round(published, 1),
                round(cell.on_record * scale, 1),
                round(LEFT + max(published, cell.on_record * scale) + 6, 1),
            )
        )
        y = bar_y + 2 * BAR
    title = f"{area.area.name}: forces per outcome, {national.assessment.short_title}"
    if area.published_source is not None:
        description = (
            "Each bar's outline is the number of forces the inspectorate published for that outcome; "
            "the filled part is the number on record here. The table beside the chart gives the same figures."
        )
        alt = "Bar chart of the published figures and the figures on record, the same as in the table below."
    else:
        description = (
            f"Each bar is the number of forces on record here with that outcome, out of all {national.forces_total} "
            "forces; the inspectorate published no counts per outcome. The table beside the chart gives the same "
            "figures."
        )
        alt = (
            "Bar chart of the outcomes on record here (the inspectorate published none), "
            "the same as in the table below."
        )
    return Chart(
        addresses.chart(national.assessment.id, area.area.id), title, description, alt, y - BAR + TOP, LEFT, tuple(bars)
    )


def charts(national: NationalView) -> tuple[Chart, ...]:
    """One chart per judged area with outcomes to count, in the assessment's order."""
    return tuple(area_chart(national, a) for a in national.areas if a.cells)
