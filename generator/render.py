"""Render a page to Markdown with Jinja2. Pure: reads templates, touches no output files.

Every value a template prints is escaped for Markdown and HTML by `finalize`,
unless a filter here has already made it safe: text from a record can never
become a link, an image, a tag or template code on the page. Inside the raw HTML
blocks that templates write for record-heavy parts (Markdown leaves them alone, so
they cost the engine nothing to parse), `html` escapes instead: there a Markdown
escape such as `\\-` would show literally.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from generator import addresses, labels, settings
from generator.addresses import Address

# Python-Markdown's backslash escapes, plus `|` for tables: each becomes backslash + itself.
_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|"})
_SPACES = re.compile(r"\s+")
# Bidirectional controls would reorder what a reader sees: show them as visible code points.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
# What `_one_line` changes: whitespace other than a single space, or a bidirectional control.
_ODD = re.compile("[^\\S ]|  |[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def md(value: object) -> Markup:
    """Plain text for a Markdown page: HTML-escaped, Markdown syntax neutralised, on one line."""
    if isinstance(value, Markup):
        return value
    return escape(_one_line(str(value)).translate(_MD_SPECIAL))


def _one_line(text: str) -> str:
    """Runs of whitespace as one space, bidirectional controls as visible code points; most text has neither, and is
    looked through once."""
    return _shown(_SPACES.sub(" ", text)) if _ODD.search(text) else text


def _shown(text: str) -> str:
    """Bidirectional controls as visible code points."""
    return _BIDI.sub(lambda found: f"[U+{ord(found.group()):04X}]", text)


def html(value: object) -> Markup:
    """Plain text inside a raw HTML block: HTML-escaped, on one line as `md` does (in CommonMark engines a
    blank line ends an HTML block), bidirectional controls shown as code points."""
    if isinstance(value, Markup):
        return value
    return escape(_one_line(str(value)))


def html_list(values: Iterable[object]) -> Markup:
    """Each value as `html` gives it, joined by ", "."""
    return Markup(", ").join(html(v) for v in values)


def join_lines(lines: Iterable[object]) -> Markup:
    """Lines of a document's text inside a raw HTML block: each as `html` gives it, with a line break between."""
    return Markup("<br>").join(html(line) for line in lines)


def attr(value: object) -> Markup:
    """A value for an HTML attribute, or text inside a template's literal HTML (no Markdown there).

    Bidirectional controls are shown as code points here too, as `md` does."""
    return escape(_shown(str(value)))


def url(value: object) -> Markup:
    """An http(s) address for a Markdown link; anything else becomes an inert '#'."""
    text = str(value)
    if not text.startswith(("http://", "https://")):
        return Markup("#")
    return Markup(quote(text, safe=":/?&=#%~@!$+,;"))


def href(value: object) -> Markup:
    """An http(s) address for an `href` attribute in a raw HTML block (as `url`, then HTML-escaped)."""
    return Markup(escape(str(url(value))))


def link(target: Address, page: str) -> Markup:
    """A relative Markdown link from one generated page to another place on the site (`page`: the linking
    page's docs-root path; addresses.relative_source). The engine turns `.md` links into the addresses it serves."""
    return Markup(escape(addresses.relative_source(target, page)))


def page_url(target: Address, page: str) -> Markup:
    """The same, for raw HTML blocks, where the engine does not rewrite `.md` links: the served address it
    would write (addresses.relative: forces/kent.md -> ../forces/kent/)."""
    return Markup(escape(addresses.relative(target, page)))


def long_date(value: dt.date) -> Markup:
    """GOV.UK style: 2 October 2017 (labels.long_date)."""
    return Markup(labels.long_date(value))


def number(value: float | int) -> Markup:
    return Markup(labels.number(value))


def meta(value: object) -> Markup:
    """A front-matter string: HTML-escaped (the engine's templates do not escape) and JSON-quoted."""
    text = _shown(" ".join(str(value).split()))
    return Markup(json.dumps(str(escape(text)), ensure_ascii=False))


@lru_cache(maxsize=4)  # one per templates folder, for the life of the process (`serve` builds many times)
def environment(templates: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader(templates),
        undefined=StrictUndefined,
        finalize=md,
        autoescape=True,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["to"] = addresses  # every page's address and anchor, ready-made: {{ to.METHODOLOGY | link(page_path) }}
    env.globals["settings"] = settings  # the site's name, the repository, the licence, the statement's dates
    env.filters.update(
        md=md,
        html=html,
        html_list=html_list,
        join_lines=join_lines,
        attr=attr,
        url=url,
        href=href,
        link=link,
        page_url=page_url,
        long_date=long_date,
        number=number,
        meta=meta,
    )
    return env


def render(templates: Path, template: str, context: dict, path: str) -> str:
    """Render one page; `path` is the page's own docs-root path, for relative links."""
    return environment(templates).get_template(template).render(**context, page_path=path)
