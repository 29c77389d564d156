"""The tile maps: one equal hexagonal tile per force, placed by content/national/tiles.yml, drawn as inline SVG.

Everything a map shows is decided here, from the layout and derive's judgments (each round's, per judged area): each
tile's place, its short label, its link (the force's section for the programme), its name (its SVG <title>: the name a
screen reader reads, and the tooltip under a mouse), its colour class and its mark (the quarter-filled circle the
tables use, marks.Mark). The templates _tile_maps.html.j2 and _tile_locator.html.j2 only format these. Programmes are
never combined: each map shows one area of one programme.

Colours come from the stylesheet (static/assets/apsp.css), by the outcome's mark (marks.Mark): each of the
inspectorate's grade words has one colour on every map (`.apsp-g0` "inadequate" to `.apsp-g4` "outstanding"), the
outcomes of a scale of other words (the 2017 review's) colours no grade uses (`.apsp-p*`, by place on their scale), a
stated outcome that is not a grade one of its own (`.apsp-kx`). Dark, mid-tone and light fills alternate down every
legend so that neighbouring entries differ by at least 3:1; a light tile has a dark edge, which stands at least 3:1
against the page as every other tile does (tests/test_tile_map.py computes this from the stylesheet). The marks and
the words carry the meaning without colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from generator import addresses, labels
from generator import model as m
from generator.addresses import Address
from generator.derive import ForceView, NationalView, RoundView, Site
from generator.labels import NOT_A_GRADE
from generator.marks import UNGRADED, Mark

WIDTH = 40.0  # a tile's width, corner to corner across, in the SVG's units
RADIUS = WIDTH / math.sqrt(3)  # centre to a point of the hexagon
ROW = 1.5 * RADIUS  # from one row's centres to the next
INSET = 0.93  # each tile drawn a little smaller than its cell, leaving a gap between neighbours
PAD = 4.0
MARK = 5.5  # the mark's radius
MARK_Y = -8.5  # the mark above the centre, the label (14.5 units high: apsp.css) below
LABEL_Y = 12
LOCATOR_LABEL_Y = 8  # the locator's label (22 units high: apsp.css), centred on its tile

NOT_GRADED = "apsp-kx"  # a stated outcome that is not a grade
NOT_KNOWN = "apsp-kq"  # a report on record, with no judgment for this area
NO_REPORT = "apsp-kn"  # nothing on record for this force in this programme
DASHED = "apsp-2h"  # the judgment rests on no inspectorate document: a dashed edge (Tile.dashed, Key.dashed)
NOT_KNOWN_WORDS = "Not known: on record, but no judgment for this area in the sources we hold"
DASHED_WORDS = (
    "Dashed edge: known only from a press report, a PCC's page or another source that is not the inspectorate's"
)


@dataclass(frozen=True)
class Symbol:
    """A mark drawn once per page and used by every tile: a circle, and a filled wedge or a stroke."""

    id: str
    dashed: bool  # the circle's edge dashed ("not known")
    wedge: str | None  # path of the filled part
    stroke: str | None  # path of a line drawn across ("no graded judgment")


@dataclass(frozen=True)
class Defs:
    hexagon_id: str  # the tile's shape: its id, and the reference every tile uses
    hexagon_ref: str
    hexagon: str  # the tile's path, centred on 0,0
    mark_radius: float
    marks: tuple[Symbol, ...]
    mark_y: float  # where a tile's mark and label stand, from its centre
    label_y: float


@dataclass(frozen=True)
class Tile:
    force_id: str
    label: str
    x: float
    y: float
    href: Address | None
    name: str  # its name and tooltip: the visible label, force, programme, area, judgment, what it rests on, councils
    css: str
    mark: str | None  # a reference to its mark's symbol (#apsp-m0); None for no mark
    dashed: bool = False  # the judgment rests on no inspectorate document: a dashed edge


@dataclass(frozen=True)
class Key:
    """One line of a legend: a swatch (colour class and mark) and its words."""

    css: str
    mark: str | None
    text: str
    dashed: bool = False


@dataclass(frozen=True)
class TileMap:
    id: str  # unique on the page
    title: str  # what the map shows, e.g. "Integrity programme 2024–26: Vetting"
    caption: str  # the area's name
    width: float
    height: float
    tiles: tuple[Tile, ...]


@dataclass(frozen=True)
class MapGroup:
    """One programme's maps (one per area, or the headline one) with their shared legend."""

    assessment: m.Assessment
    maps: tuple[TileMap, ...]
    legend: tuple[Key, ...]
    section: Address  # the programme's section of the national summary
    table: Address  # the forces index's table of the same facts
    on_record: int  # forces with a round of this programme on record
    total: int
    key_name: str  # the legend's accessible name
    comparing: Address = addresses.COMPARING  # why programmes are not comparable, linked beside every map


@dataclass(frozen=True)
class Locator:
    """A force page's map: where the force is, without grades. Every force's tile is one shared image
    (addresses.TILES_BACKGROUND, drawn under the map by the stylesheet, so a force page's size does not grow with the
    number of forces); the page's own SVG, of the same size, draws only this force's tile over it."""

    title: str
    width: float
    height: float
    here: Tile  # the force's own tile, highlighted and labelled
    hexagon: str  # its path, centred on 0,0
    label_y: float  # the highlighted tile's label, from its centre (a locator's tiles carry no mark)


# The locator's background (addresses.TILES_BACKGROUND): every tile, grey.
THERE = "#939393"  # the background's tiles: at least 3:1 against the page, and against the highlighted tile


@dataclass(frozen=True)
class Background:
    width: float
    height: float
    hexagon: str
    fill: str
    centres: tuple[tuple[float, float], ...]
    tile_id: str = "t"  # the tile's shape inside the image (short: the image repeats its reference 43 times)

    @property
    def tile_ref(self) -> str:
        return ref(self.tile_id)


def _r(value: float) -> float | int:
    """A coordinate to a tenth of a unit, written without a needless `.0` (the maps' bytes add up)."""
    value = round(float(value), 1)
    return int(value) if value.is_integer() else value


def _hexagon() -> str:
    r, w = RADIUS * INSET, WIDTH / 2 * INSET
    points = [(0, -r), (w, -r / 2), (w, r / 2), (0, r), (-w, r / 2), (-w, -r / 2)]
    return "M" + "L".join(f"{_r(x)},{_r(y)}" for x, y in points) + "Z"


def _wedge(quarters: int) -> str | None:
    r = MARK
    ends = {1: (r, 0), 2: (0, r), 3: (-r, 0)}
    if quarters == 0:
        return None
    if quarters == 4:
        return f"M0,{-r}A{r},{r} 0 1 1 0,{r}A{r},{r} 0 1 1 0,{-r}Z"
    x, y = ends[quarters]
    return f"M0,0L0,{-r}A{r},{r} 0 {1 if quarters == 3 else 0} 1 {x},{y}Z"


HEXAGON = "apsp-hex"  # the id of the tile's shape, drawn once per page


def mark_id(fill: int | str) -> str:
    """The id of a mark's symbol, drawn once per page, by its fill."""
    return f"apsp-m{fill if fill != UNGRADED else 'x'}"


NOT_KNOWN_MARK = "apsp-mq"


def ref(symbol_id: str) -> str:
    """A reference to a symbol on the same page, for SVG's `<use href>`."""
    return f"#{symbol_id}"


def defs() -> Defs:
    arm = MARK * 0.7071  # the crossing stroke's end, from the centre, along each axis
    marks = [Symbol(mark_id(q), False, _wedge(q), None) for q in range(5)]
    marks += [
        Symbol(mark_id(UNGRADED), False, None, f"M{_r(-arm)},{_r(arm)}L{_r(arm)},{_r(-arm)}"),
        Symbol(NOT_KNOWN_MARK, True, None, None),
    ]
    return Defs(HEXAGON, ref(HEXAGON), _hexagon(), MARK, tuple(marks), MARK_Y, LABEL_Y)


@dataclass(frozen=True)
class Grid:
    centres: dict[str, tuple[float, float]]
    width: float
    height: float


def grid(layout: m.TileLayout) -> Grid:
    """Each force's tile centre: columns eastwards, rows northwards (HexJSON), odd rows half a tile right."""
    qmin = min(t.q for t in layout.hexes.values())
    rmax = max(t.r for t in layout.hexes.values())
    centres = {
        f: (
            _r(PAD + WIDTH / 2 + (t.q - qmin) * WIDTH + (WIDTH / 2 if t.r % 2 else 0)),
            _r(PAD + RADIUS + (rmax - t.r) * ROW),
        )
        for f, t in layout.hexes.items()
    }
    width = max(x for x, _ in centres.values()) + WIDTH / 2 + PAD
    height = max(y for _, y in centres.values()) + RADIUS + PAD
    return Grid(centres, _r(width), _r(height))


def colour(mark: Mark) -> str:
    """An outcome's colour class, by its mark: a grade word's own, a place on a scale of other words, or not a grade."""
    if mark.fill == UNGRADED:
        return NOT_GRADED
    return f"apsp-g{mark.fill}" if mark.grade else f"apsp-p{mark.fill}"


def legend(national: NationalView, dashed: bool) -> tuple[Key, ...]:
    """The words and marks of a programme's maps, in the order of its scale, then the tiles without a judgment."""
    a = national.assessment
    keys = [
        Key(colour(mark), ref(mark_id(mark.fill)), o.label if o.graded else f"{o.label} {NOT_A_GRADE}")
        for o in (*[o for o in a.outcomes if o.graded], *[o for o in a.outcomes if not o.graded])
        for mark in (national.marks[o.id],)
    ]
    keys += [Key(NOT_KNOWN, ref(NOT_KNOWN_MARK), NOT_KNOWN_WORDS), Key(NO_REPORT, None, labels.NO_ROUND[a.kind])]
    if dashed:
        keys.append(
            Key(f"{NOT_KNOWN} {DASHED}", None, DASHED_WORDS, dashed=True)
        )  # light, beside the mid-tone "no report"
    return tuple(keys)


def _judgment(rnd: RoundView | None, place: int, a: m.Assessment) -> tuple[str, str, str | None, bool]:
    """A tile's judgment in words, its colour class, its mark and whether its edge is dashed: `place`, the area's among
    the judged areas."""
    if rnd is None:
        return labels.NO_ROUND[a.kind].lower(), NO_REPORT, None, False
    j = rnd.judgments[place]
    if j.mark is None:
        return "not known", NOT_KNOWN, ref(NOT_KNOWN_MARK), False
    words = j.mark.label + ("" if j.outcome.graded else f" {NOT_A_GRADE}") + "".join(f"; {n}" for n in j.notes)
    dashed = bool(j.rests_on)
    return words, colour(j.mark) + (f" {DASHED}" if dashed else ""), ref(mark_id(j.mark.fill)), dashed


def covers(force: ForceView) -> str:
    """The council areas a force covers, as its tile names them (after the force's name)."""
    return labels.council_areas_listed(tuple(c.name for c in force.councils), tuple(c.code for c in force.councils))


def area_map(
    national: NationalView, place: int, forces: tuple[ForceView, ...], layout: m.TileLayout, prefix: str
) -> TileMap:
    """One area's map: `place`, the area's among the assessment's judged areas."""
    a, area, where = national.assessment, national.judged[place], grid(layout)
    tiles = []
    for f in forces:
        if f.id not in where.centres:
            continue
        rnd = f.round_for(a.id)
        words, css, mark, dashed = _judgment(rnd, place, a)
        x, y = where.centres[f.id]
        link = rnd.address if rnd else f.address  # the force's section, or its page when it has none
        label = layout.hexes[f.id].label
        # The label first (what a reader sees: "click Dur" works), the force, the judgment, and last (the longest, and
        # the least needed on the tenth map of a page) the council areas the force covers.
        name = f"{label}, {f.name}. {a.short_title}, {area.name}: {words}. Covers {covers(f)}."
        tiles.append(Tile(f.id, label, x, y, link, name, css, mark, dashed))
    return TileMap(
        f"{prefix}{a.id}-{area.id}",
        f"{a.short_title}: {area.name}",
        area.name,
        where.width,
        where.height,
        tuple(sorted(tiles, key=lambda t: (t.y, t.x))),
    )


def _group(national: NationalView, maps: tuple[TileMap, ...]) -> MapGroup:
    a = national.assessment
    dashed = any(t.dashed for mp in maps for t in mp.tiles)
    return MapGroup(
        a,
        maps,
        legend(national, dashed),
        addresses.programme(a.id),
        addresses.forces_table(a.id),
        national.forces_on_record,
        national.forces_total,
        f"Key to the {labels.plural(len(maps), 'map')}: {a.short_title}",
    )


def _mapped(site: Site) -> tuple[NationalView, ...]:
    """The programmes that judged forces area by area, newest first: each has its maps."""
    return tuple(n for n in site.national if n.assessment.judges_forces)


def national_maps(site: Site) -> dict[str, MapGroup]:
    """Each programme that judged forces area by area: one map per area (small multiples), by assessment id."""
    layout = site.content.tiles
    return {
        n.assessment.id: _group(n, tuple(area_map(n, i, site.forces, layout, "map-") for i in range(len(n.judged))))
        for n in _mapped(site)
    }


def headline_area(national: NationalView) -> int:
    """The area a programme's home-page map shows: its overall outcome where it has one, else its first area."""
    return next((i for i, a in enumerate(national.judged) if a.id == m.OVERALL), 0)


def home_maps(site: Site) -> tuple[MapGroup, ...]:
    """One map per programme, newest first, of its headline judgment."""
    layout = site.content.tiles
    return tuple(_group(n, (area_map(n, headline_area(n), site.forces, layout, "home-map-"),)) for n in _mapped(site))


def locator(force_id: str, name: str, layout: m.TileLayout) -> Locator:
    """Every force's tile, this force's highlighted and labelled; no grades."""
    where = grid(layout)
    x, y = where.centres[force_id]
    here = Tile(force_id, layout.hexes[force_id].label, x, y, None, name, "apsp-here", None)
    return Locator(
        f"Map: where {name} is among the {len(where.centres)} police forces of England and Wales",
        where.width,
        where.height,
        here,
        _hexagon(),
        LOCATOR_LABEL_Y,
    )


def background(layout: m.TileLayout) -> Background:
    """Every force's tile, for the locators' shared image (a standalone SVG: its colours are its own)."""
    where = grid(layout)
    return Background(
        where.width, where.height, _hexagon(), THERE, tuple(sorted(where.centres.values(), key=lambda c: (c[1], c[0])))
    )
