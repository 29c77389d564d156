"""The site's own stylesheet is well formed: every block closed where it opens, so that no rule of one part falls
inside another part's media query (as a merge once left the tile maps' rules inside the phone-only rules of a
document's table, and the maps' legend swatches filled the desktop page)."""

from conftest import ROOT

STYLESHEET = ROOT / "static" / "assets" / "apsp.css"


def depths(css: str) -> list[int]:
    """The nesting depth after each character, ignoring comments."""
    out, depth, i = [], 0, 0
    while i < len(css):
        if css.startswith("/*", i):
            i = css.index("*/", i) + 2
            continue
        depth += {"{": 1, "}": -1}.get(css[i], 0)
        out.append(depth)
        i += 1
    return out


def test_every_block_of_the_stylesheet_is_closed():
    found = depths(STYLESHEET.read_text())
    assert min(found) >= 0 and found[-1] == 0


def test_the_checks_catch_an_unclosed_media_query():
    broken = "@media (max-width: 40em) {\n  .a { color: red; }\n/* Tile maps */\n.b { fill: red; }\n"
    assert depths(broken)[-1] == 1
