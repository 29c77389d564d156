"""The tile maps (generator/tile_map.py): the layout's geometry, what each tile says, and the palette's contrast,
computed from the stylesheet (WCAG 2.x relative luminance), never judged by eye."""

from __future__ import annotations

import re

import pytest

from generator import addresses
from generator.build import check
from generator.derive import derive
from generator.pages import tile_map
from tests.conftest import ROOT, TODAY

CSS = (ROOT / "static" / "assets" / "apsp.css").read_text()
MIN_KEPT = 0.82  # of the 100 real borders, as tiles that touch (content/national/tiles.yml gives the count)
MAX_FALSE = 12  # tiles that touch without a real border
PAGE = "#ffffff"  # Material's default scheme (mkdocs.yml offers no dark scheme)


@pytest.fixture(scope="module")
def built():
    content, result = check(ROOT)
    assert content is not None, [str(p) for p in result.problems]
    return content, derive(content, TODAY)


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def style(css_class: str) -> tuple[str, str]:
    """The fill and the text colour the stylesheet gives a colour class
    (`.md-typeset .apsp-g0, ... { fill: ...; color: ... }`)."""
    rule = re.search(rf"\.md-typeset \.{css_class}\b[^{{]*\{{([^}}]*)\}}", CSS)
    assert rule, f"no rule for .{css_class} in apsp.css"
    fill = re.search(r"fill:\s*(#[0-9a-f]{6})", rule.group(1)).group(1)
    text = re.search(r"(?<![-\w])color:\s*(#[0-9a-f]{6})", rule.group(1)).group(1)
    return fill, text


def edge(css_class: str) -> str | None:
    """The colour of a light tile's edge (`:is(.apsp-g2, ...) > use:first-of-type { stroke: ... }`), or None."""
    for selectors, stroke in re.findall(r":is\(([^)]*)\) > use:first-of-type \{ stroke: (#[0-9a-f]{6});", CSS):
        if f".{css_class}" in [s.strip() for s in selectors.split(",")]:
            return stroke
    return None


def colour_class(css: str) -> str:
    return next(c for c in css.split() if re.fullmatch(r"apsp-(g\d|p\d|k\w)", c))


def test_contrast_is_computed_right():
    # Guards the tests below: WCAG's own examples.
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0 and round(contrast("#767676", "#ffffff"), 2) == 4.54


def test_every_legend_meets_wcag_non_text_and_text_contrast(built):
    _, site = built
    groups = [*tile_map.national_maps(site).values(), *tile_map.home_maps(site)]
    ratios = {}
    for group in groups:
        fills = [style(colour_class(k.css)) for k in group.legend]
        for (fill, text), key in zip(fills, group.legend):
            ratios[key.css] = round(contrast(fill, PAGE), 2)
            # The tile's boundary against the page: its fill, or a light tile's dark edge (WCAG 1.4.11).
            boundary = fill if contrast(fill, PAGE) >= 3 else edge(colour_class(key.css))
            assert boundary and contrast(boundary, PAGE) >= 3, (
                f"{key.text}: tile {fill} against the page is {contrast(fill, PAGE):.2f}:1, with no dark edge"
            )
            assert contrast(fill, text) >= 4.5, f"{key.text}: label {text} on {fill} is {contrast(fill, text):.2f}:1"
        for (a, _), (b, _), key in zip(fills, fills[1:], group.legend[1:]):
            assert contrast(a, b) >= 3, (
                f"{group.assessment.id}: '{key.text}' and the entry above: {contrast(a, b):.2f}:1"
            )
    assert len(ratios) >= 12  # every colour class was reached
    assert edge("apsp-g2") and edge("apsp-g1") is None  # the edges were found: light tiles have one, others none


def test_the_locator_highlight_stands_out():
    here = re.search(r"\.apsp-here \{ fill: (#\w{6}); color: (#\w{6})", CSS).groups()
    there = tile_map.THERE
    assert contrast(here[0], there) >= 3 and contrast(there, PAGE) >= 3 and contrast(*here) >= 4.5


# The forces' real land borders (content/national/tiles.yml says how they were found): each pair once, under the
# force that comes first in the alphabet. 100 borders; Scotland and the sea are not forces.
BORDERS = """
avon-and-somerset: devon-and-cornwall dorset gloucestershire wiltshire
bedfordshire: cambridgeshire hertfordshire northamptonshire thames-valley
cambridgeshire: essex hertfordshire leicestershire lincolnshire norfolk northamptonshire suffolk
cheshire: derbyshire greater-manchester merseyside north-wales staffordshire west-mercia
city-of-london: metropolitan
cleveland: durham north-yorkshire
cumbria: durham lancashire north-yorkshire northumbria
derbyshire: greater-manchester leicestershire nottinghamshire south-yorkshire staffordshire west-yorkshire
devon-and-cornwall: dorset
dorset: hampshire wiltshire
durham: north-yorkshire northumbria
dyfed-powys: gwent north-wales south-wales west-mercia
essex: hertfordshire metropolitan suffolk
gloucestershire: gwent thames-valley warwickshire west-mercia wiltshire
greater-manchester: lancashire merseyside west-yorkshire
gwent: south-wales west-mercia
hampshire: surrey sussex thames-valley wiltshire
hertfordshire: metropolitan thames-valley
humberside: lincolnshire north-yorkshire nottinghamshire south-yorkshire
kent: metropolitan surrey sussex
lancashire: merseyside north-yorkshire west-yorkshire
leicestershire: lincolnshire northamptonshire nottinghamshire staffordshire warwickshire
lincolnshire: norfolk northamptonshire nottinghamshire
metropolitan: surrey thames-valley
norfolk: suffolk
north-wales: west-mercia
north-yorkshire: south-yorkshire west-yorkshire
northamptonshire: thames-valley warwickshire
nottinghamshire: south-yorkshire
south-yorkshire: west-yorkshire
staffordshire: warwickshire west-mercia west-midlands
surrey: sussex thames-valley
thames-valley: warwickshire wiltshire
warwickshire: west-mercia west-midlands
west-mercia: west-midlands
"""
SOUTH_COAST = ["devon-and-cornwall", "dorset", "hampshire", "sussex", "kent"]  # west to east


def borders() -> set[frozenset[str]]:
    pairs = set()
    for line in BORDERS.strip().splitlines():
        force, others = line.split(":")
        pairs |= {frozenset((force, other)) for other in others.split()}
    return pairs


def touching_pairs(where: dict[str, tuple[float, float]]) -> set[frozenset[str]]:
    """The pairs of tiles that share an edge: their centres one tile's width apart."""
    close = tile_map.WIDTH + 0.5
    return {
        frozenset((a, b))
        for a in where
        for b in where
        if a < b and ((where[a][0] - where[b][0]) ** 2 + (where[a][1] - where[b][1]) ** 2) ** 0.5 < close
    }


def test_the_borders_are_real_forces_and_as_many_as_the_layout_note_says(built):
    content, _ = built
    listed = {f.id for f in content.force_list.forces}
    assert len(borders()) == 100 and set().union(*borders()) == listed  # every force has a border


def test_the_layout_keeps_most_real_borders_and_makes_few_false_ones(built):
    content, _ = built
    touching = touching_pairs(tile_map.grid(content.tiles).centres)
    kept, false = touching & borders(), touching - borders()
    assert len(kept) / len(borders()) >= MIN_KEPT, sorted(tuple(sorted(p)) for p in borders() - touching)
    assert len(false) <= MAX_FALSE, sorted(tuple(sorted(p)) for p in false)


def test_the_placements_a_uk_reader_checks_first(built):
    content, _ = built
    where = tile_map.grid(content.tiles).centres  # x eastwards, y southwards (the SVG's)
    touching = touching_pairs(where)

    def x(force: str) -> float:
        return where[force][0]

    english = [f.id for f in content.force_list.forces if f.country == "England"]
    assert all(where["northumbria"][1] < y for f, (_, y) in where.items() if f != "northumbria")  # at the top
    assert all(x("devon-and-cornwall") < x(f) for f in english if f != "devon-and-cornwall")  # the far south-west
    assert x("dyfed-powys") < x("south-wales")  # Pembrokeshire and Ceredigion are furthest west
    assert x("merseyside") > x("north-wales")  # the Welsh bulge
    assert frozenset(("city-of-london", "metropolitan")) in touching
    assert x("city-of-london") < x("essex") and x("city-of-london") < x("kent")  # inside London, not its coast
    assert frozenset(("kent", "sussex")) in touching
    # The south coast runs west to east, each force beside the next, with sea (no tile) below it.
    for west, east in zip(SOUTH_COAST, SOUTH_COAST[1:]):
        assert frozenset((west, east)) in touching and x(west) < x(east), (west, east)
    for force in SOUTH_COAST:
        fx, fy = where[force]
        below = [
            f
            for f, (ox, oy) in where.items()
            if abs(oy - fy - tile_map.ROW) < 0.5 and abs(abs(ox - fx) - tile_map.WIDTH / 2) < 0.5
        ]
        assert len(below) < 2, (force, below)
    cells = [(t.q, t.r) for t in content.tiles.hexes.values()]
    assert len(set(cells)) == len(cells) == len(content.force_list.forces)


def test_every_tile_lies_inside_its_map_without_overlapping(built):
    content, _ = built
    g = tile_map.grid(content.tiles)
    half, radius = tile_map.WIDTH / 2, tile_map.RADIUS
    assert all(half <= x <= g.width - half and radius <= y <= g.height - radius for x, y in g.centres.values())
    points = list(g.centres.values())
    assert (
        min(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 for i, a in enumerate(points) for b in points[i + 1 :])
        >= tile_map.WIDTH - 0.5
    )


def test_a_tile_says_force_programme_area_and_judgment_and_links_to_the_force_section(built):
    _, site = built
    groups = tile_map.national_maps(site)
    vetting = groups["assessment-integrity-2024-26"].maps[0]
    assert vetting.caption == "Vetting" and len(vetting.tiles) == 43
    durham = next(t for t in vetting.tiles if t.force_id == "durham")
    assert durham.name == (
        "Dur, Durham Constabulary. Integrity programme 2024–26, Vetting: inadequate. "
        "Covers County Durham and Darlington."
    )
    # Every tile's name starts with its visible label, as a word (WCAG 2.5.3, label in name: "click Dur" works).
    every = [t for g in groups.values() for mp in g.maps for t in mp.tiles]
    assert all(re.match(rf"{re.escape(t.label)}\b,", t.name) for t in every)
    assert durham.href == addresses.force_round("durham", "assessment-integrity-2024-26") and durham.mark == "#apsp-m0"
    assert "apsp-2h" not in durham.css
    second = [t for g in groups.values() for mp in g.maps for t in mp.tiles if "apsp-2h" in t.css]
    assert second and all("known only from" in t.name for t in second)
    assert any("known only from a press report. Covers " in t.name for t in second)
    none = next(t for t in vetting.tiles if t.force_id == "northumbria")
    assert "Vetting: no report known. Covers " in none.name and none.mark is None and none.css == tile_map.NO_REPORT
    assert none.href == addresses.force("northumbria")  # no section for a programme with nothing on record


def test_no_graded_judgment_is_its_own_outcome_never_not_known(built):
    _, site = built
    group = tile_map.national_maps(site)["assessment-integrity-2021-25"]
    texts = [k.text for k in group.legend]
    assert "no graded judgment (a stated outcome, not a grade)" in texts and tile_map.NOT_KNOWN_WORDS in texts
    ungraded = [t for mp in group.maps for t in mp.tiles if t.mark == "#apsp-mx"]
    assert ungraded and all(
        t.css.startswith(tile_map.NOT_GRADED) and "no graded judgment (a stated outcome, not a grade)" in t.name
        for t in ungraded
    )


def test_each_programme_has_its_maps_and_none_combines_two(built):
    _, site = built
    groups = tile_map.national_maps(site)
    assert {k: len(g.maps) for k, g in groups.items()} == {
        "assessment-2017": 4,
        "assessment-integrity-2021-25": 2,
        "assessment-peel-2018-19": 2,
        "assessment-integrity-2024-26": 3,
    }
    for key, group in groups.items():
        assert all(group.assessment.short_title in t.name for mp in group.maps for t in mp.tiles)
    home = tile_map.home_maps(site)
    assert [g.assessment.id for g in home] == [
        n.assessment.id for n in site.national if n.assessment.areas
    ]  # newest first
    assert [g.maps[0].caption for g in home][-1] == "Overall"  # 2017 shows its overall outcome
    reached = {g.assessment.id: g.on_record for g in home}
    assert reached["assessment-integrity-2024-26"] == 11


def test_the_locator_highlights_one_force_and_shows_no_grade(built):
    content, _ = built
    loc = tile_map.locator("kent", "Kent Police", content.tiles)
    assert loc.here.label == "Ken" and loc.here.css == "apsp-here" and "Kent Police" in loc.title
    assert len(tile_map.background(content.tiles).centres) == 43
    # The stylesheet draws the shared background from the address the pages register, relative to itself.
    assert f'url("../{addresses.TILES_BACKGROUND.page}")' in CSS


def test_the_rendered_map_is_script_free_and_styled_by_shared_classes():
    from generator.build import render_site

    content, _ = check(ROOT)
    files = render_site(ROOT, derive(content, TODAY))[1]
    national = files["national.md"].decode()
    maps = re.findall(r'<svg class="apsp-tiles".*?</svg>', national, re.S)
    assert len(maps) == 11
    assert "<script" not in national and " style=" not in "".join(maps) and " fill=" not in "".join(maps)
    assert national.count('id="apsp-hex"') == 1  # the shapes once per page, used by every tile


def test_a_tile_names_the_council_areas_its_force_covers(built):
    """Hovering or tabbing over "TVP" a reader learns it covers Oxford and Reading; London's 32 boroughs are counted."""
    _, site = built
    home = tile_map.home_maps(site)
    tiles = {t.force_id: t for t in home[0].maps[0].tiles}
    # The judgment first, the council areas last: the longest part, after what a screen reader user came for.
    assert tiles["thames-valley"].name.startswith("TVP, Thames Valley Police. Integrity programme 2024–26, Vetting: ")
    assert tiles["thames-valley"].name.endswith(
        ". Covers Bracknell Forest, Buckinghamshire, Cherwell, Milton Keynes, Oxford, Reading, Slough, South "
        "Oxfordshire, Vale of White Horse, West Berkshire, West Oxfordshire, Windsor and Maidenhead, and Wokingham."
    )
    assert tiles["metropolitan"].name.endswith(". Covers 32 London boroughs.")
    assert tiles["city-of-london"].name.endswith(". Covers City of London.")
    for force in site.forces:  # every council area of every force, on its tile (the Met's counted)
        if force.id != "metropolitan":
            assert all(c.name in tiles[force.id].name for c in force.councils), force.id


# A legend's line, as rendered: its swatch's classes, its mark (if any) and its words.
KEY_LINE = re.compile(
    r'<li><svg class="apsp-swatch ([^"]*)"[^>]*><use href="#apsp-hex"/>(?:<use href="#([\w-]+)"/>)?</svg>([^<]*)</li>'
)
TABLE_MARK = re.compile(r'<span class="apsp-mark" data-fill="(\w+)" aria-hidden="true"></span> ([^<(]+)')


def test_one_colour_and_one_mark_per_grade_word_on_every_rendered_map_and_table():
    """Every programme's key on the home page and the national summary, as rendered: a grade word has the same colour
    and the same mark wherever it appears, no two words share a colour, and outcomes that are not grades (the 2017
    review's, "no graded judgment") use no grade's colour. The tables' marks agree with the keys'."""
    from generator.build import render_site
    from generator.marks import GRADE_WORDS

    content, _ = check(ROOT)
    files = render_site(ROOT, derive(content, TODAY))[1]
    seen: dict[str, set[tuple[str, str]]] = {}
    for page in ("index.md", "national.md"):
        keys = KEY_LINE.findall(files[page].decode())
        assert len(keys) >= 20, page
        for classes, mark, words in keys:
            seen.setdefault(words.strip(), set()).add((style(colour_class(classes))[0], mark))
    grades = {w: seen[w] for w in GRADE_WORDS}  # every grade word is on some key
    assert all(len(looks) == 1 for looks in grades.values()), grades
    colours = {next(iter(looks))[0] for looks in grades.values()}
    assert len(colours) == len(GRADE_WORDS)  # five words, five colours
    assert [next(iter(grades[w]))[1] for w in GRADE_WORDS] == [f"apsp-m{q}" for q in range(5)]  # 0 to 4 quarters
    others = {w: looks for w, looks in seen.items() if w not in GRADE_WORDS and not w.startswith(("Not known", "No "))}
    assert len(others) >= 5 and not {fill for looks in others.values() for fill, _ in looks} & colours, others
    marks = {}
    for fill, words in TABLE_MARK.findall(files["national.md"].decode()):
        marks.setdefault(words.strip(), set()).add(fill)
    assert {w: marks[w] for w in GRADE_WORDS} == {w: {str(q)} for q, w in enumerate(GRADE_WORDS)}
