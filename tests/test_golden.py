"""Golden files of two rendered pages, a force's and the national summary: each page's text, and each map on it.

A map (an <svg> element from the start of a line to a `</svg>` that ends one) is its own golden,
`<page>/<map>.svg`, named by the id that labels it (else its class, else `map`); the page's golden holds its text,
with a line `[map: <page>/<map>.svg]` where the map stands. So a page's diff shows its text, a map's diff a map.
Regenerate with `pytest tests/test_golden.py --update-golden` (it fails, naming the files it wrote: tests/goldens.py),
then review `git diff tests/golden`.
"""

import re

import pytest

from generator.build import check, render_site
from generator.derive import derive
from tests import goldens
from tests.conftest import ROOT, TODAY

PAGES = ["forces/west-yorkshire.md", "national.md"]
MAP = re.compile(r"^<svg\b.*?</svg>$", re.S | re.M)


@pytest.fixture(scope="module")
def rendered():
    content, _ = check(ROOT)
    return render_site(ROOT, derive(content, TODAY))[1]


def split(page: str, name: str) -> tuple[str, dict[str, str]]:
    """The page's text with each map replaced by a line naming its golden; and the maps, by their goldens' names."""
    maps: dict[str, str] = {}

    def placeholder(match: re.Match) -> str:
        tag = match[0].split(">", 1)[0]
        label = re.search(r'aria-labelledby="([^"]+)"', tag) or re.search(r'class="([^" ]+)', tag)
        golden = f"{name}/{label[1] if label else 'map'}.svg"
        assert golden not in maps, f"two maps on {name} would share the golden {golden}"
        maps[golden] = match[0] + "\n"
        return f"[map: {golden}]"

    assert "[map: " not in page
    return MAP.sub(placeholder, page), maps


@pytest.mark.parametrize("page", PAGES)
def test_a_rendered_page_and_its_maps_match_their_golden_files(page, rendered, update_golden):
    name = page.removesuffix(".md").replace("/", "__")
    text, maps = split(rendered[page].decode(), name)
    made = {goldens.GOLDEN / f"{name}.md": text} | {goldens.GOLDEN / m: svg for m, svg in maps.items()}
    goldens.compare(made, update_golden, folder=goldens.GOLDEN / name)


def test_every_map_leaves_the_page_text_and_the_pieces_make_the_page_again(rendered):
    for page in PAGES:
        whole = rendered[page].decode()
        text, maps = split(whole, "page")
        assert maps and not re.search("^<svg", text, re.M)
        assert re.sub(r"^\[map: (.+)\]$", lambda m: maps[m[1]].removesuffix("\n"), text, flags=re.M) == whole
    national = rendered["national.md"].decode()
    captions = re.findall(r'<figcaption id="([^"]+)"', national)
    assert len(captions) >= 4 and {f"page/{c}.svg" for c in captions} <= set(split(national, "page")[1])
