"""Bar charts of the national figures, as geometry for a static SVG made at build time.

One chart per area: a bar per outcome whose outline is the published count and whose filled part is
the count on record here. The same figures are in the table beside each chart.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator.derive import AreaSummary, NationalView

WIDTH = 400          # viewBox units; the image scales to the column
LEFT = 8
BAR_WIDTH = 260      # the longest possible bar (every force in scope)
ROW = 46             # label line + bar + gap
TOP = 8


@dataclass(frozen=True)
class Bar:
    label: str
    published: int | None
    on_record: int
    label_y: int
    bar_y: int
    published_width: float
    on_record_width: float
    value_x: float


@dataclass(frozen=True)
class Chart:
    path: str
    title: str
    description: str
    height: int
    left: int
    bars: tuple[Bar, ...]


def chart_path(national: NationalView, area: AreaSummary) -> str:
    return f"charts/{national.assessment.id}-{area.area_id}.svg"


def has_chart(area: AreaSummary) -> bool:
    return area.published_source is not None


def area_chart(national: NationalView, area: AreaSummary) -> Chart:
    scale = BAR_WIDTH / max(national.assessment.forces_in_scope, 1)
    bars = []
    for i, cell in enumerate(area.cells):
        y = TOP + i * ROW
        published = (cell.published or 0) * scale
        bars.append(Bar(cell.outcome.label, cell.published, cell.on_record, y + 13, y + 19,
                        round(published, 1), round(cell.on_record * scale, 1),
                        round(LEFT + max(published, cell.on_record * scale) + 6, 1)))
    title = f"{area.area_name}: forces per outcome, {national.assessment.short_title}"
    description = ("Each bar's outline is the number of forces the inspectorate published for that outcome; "
                   "the filled part is the number on record here. The table beside the chart gives the same figures.")
    return Chart(chart_path(national, area), title, description, TOP + len(bars) * ROW, LEFT, tuple(bars))


@dataclass(frozen=True)
class AreaFigure:
    area: AreaSummary
    chart: Chart | None


def figures(national: NationalView) -> tuple[AreaFigure, ...]:
    return tuple(AreaFigure(a, area_chart(national, a) if has_chart(a) else None) for a in national.areas)
