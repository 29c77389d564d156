"""Every address on the site, defined once: each page's path, each anchor on a page, each file's path (maps,
downloads, feeds), and the one rule for a relative link from one place to another.

Pages, feeds and downloads ask here; templates get addresses ready-made and only turn them into links
(render.link for Markdown, render.page_url inside raw HTML) or print a heading's anchor. A page is named by its
docs-root Markdown path (`forces/kent.md`); the site serves it as a folder (`forces/kent/`, MkDocs'
`use_directory_urls`), which `served` gives. A file (`feeds/kent.xml`) is served at its own path.
"""

from __future__ import annotations

import functools
import posixpath
import re
import unicodedata
from dataclasses import dataclass

from generator.load.documents import first_paragraph


@dataclass(frozen=True)
class Address:
    """A page or file, by its docs-root path, and optionally a place on it (the id of an element)."""

    page: str
    anchor: str | None = None

    def at(self, anchor: str) -> Address:
        return Address(self.page, anchor)

    @property
    def served(self) -> str:
        """The address the site serves, relative to its root: `forces/kent/#round-assessment-2017`."""
        return served(self.page) + (f"#{self.anchor}" if self.anchor else "")


def served(page: str) -> str:
    """A page's folder address as the site serves it: forces/kent.md -> forces/kent/, index.md -> ''; a file's own
    path: feeds/kent.xml -> feeds/kent.xml."""
    if not page.endswith(".md"):
        return page
    stem = page.removesuffix(".md")
    return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"


def _folder(here: str) -> str:
    """The folder relative links from a page or file resolve against: a page's own folder, a file's parent."""
    return served(here) if here.endswith(".md") else posixpath.dirname(here)


@functools.cache  # a build links the same few hundred pairs of places thousands of times
def _relpath(path: str, start: str) -> str:
    """posixpath.relpath between two docs-root paths ('' is the root), both taken from '/': the same answer, without
    asking the system for the working folder."""
    return posixpath.relpath("/" + path, "/" + start)


def relative(target: Address, here: str) -> str:
    """The served address of `target` as a relative link from the page or file `here` (docs-root path): the same
    page's place as `#anchor`, else the shortest path (from forces/kent.md, national.md#x is ../../national/#x)."""
    if target.page == here and target.anchor:
        return f"#{target.anchor}"
    goal = served(target.page)
    rel = _relpath(goal, _folder(here))
    if not goal or goal.endswith("/"):
        rel = "./" if rel == "." else rel + "/"
    return rel + (f"#{target.anchor}" if target.anchor else "")


def relative_source(target: Address, here: str) -> str:
    """`target` as a relative Markdown link between the docs' source files (the engine rewrites `.md` links into
    the addresses it serves): from forces/kent.md, methodology.md#x is ../methodology.md#x; the same page's place is
    `#anchor`."""
    if target.page == here and target.anchor:
        return f"#{target.anchor}"
    rel = _relpath(target.page, posixpath.dirname(here))
    return rel + (f"#{target.anchor}" if target.anchor else "")


# --- the fixed pages, and the places on them -----------------------------------------------------------------------

HOME = Address("index.md")
FORCES = Address("forces/index.md")
NATIONAL = Address("national.md")
SYSTEMS = Address("systems.md")
METHODOLOGY = Address("methodology.md")
DATA = Address("data.md")
ACCESSIBILITY = Address("accessibility.md")
ABOUT = Address("about.md")
DOCUMENTS = Address("documents/index.md")  # the documents the project holds

HOME_FIND = HOME.at("find-your-force")  # the home page's "Find your force": a council area's name to its force
HOME_COUNCILS = HOME.at("all-councils")  # its list of every council area, A to Z, each linked to its force
HOME_FORCES = HOME.at("every-force")  # the home page's list of every force

MARKS = METHODOLOGY.at("programmes")  # the programmes, their scales and what each mark means
LATER_FINDINGS = METHODOLOGY.at("later-findings")  # how a later finding relates to the 2017 areas
COMPARING = METHODOLOGY.at("comparing-programmes")  # why programmes' judgments are not comparable
SECOND_HAND_SOURCES = METHODOLOGY.at("second-hand-sources")  # when the only source is a press report

NATIONAL_ACTIONS = NATIONAL.at("what-forces-did")  # the national summary's section on follow-up actions
NATIONAL_ACTIONS_BY_AREA = NATIONAL.at("what-forces-did-by-area")
NATIONAL_SYSTEMS = NATIONAL.at("what-forces-did-systems")  # the named systems forces' actions name

FORCES_ACTIONS = FORCES.at("follow-up-actions")  # the forces index's table of follow-up actions (its section)
FORCES_ACTIONS_HEADING = FORCES.at("what-forces-did")  # and its heading

SYSTEMS_SOURCES = SYSTEMS.at("sources")  # the register's own sources
SYSTEMS_OTHERS = SYSTEMS.at("other-systems")  # the named systems that are not tools for monitoring IT


def programme(assessment_id: str) -> Address:
    """An assessment's section of the national summary (its heading's id is the assessment's id)."""
    return NATIONAL.at(assessment_id)


def national_area(assessment_id: str, area_id: str) -> Address:
    """One area's chart and table in an assessment's section of the national summary."""
    return NATIONAL.at(f"{assessment_id}-{area_id}")


def service(service_id: str) -> Address:
    """A national service's entry in the national summary."""
    return NATIONAL.at(f"service-{service_id}")


def forces_table(assessment_id: str) -> Address:
    """An assessment's table on the forces index (its heading): every force's judgments, area by area."""
    return FORCES.at(assessment_id)


def forces_programme(assessment_id: str) -> Address:
    """The section of the forces index around that table, which its filters show and hide."""
    return FORCES.at(f"programme-{assessment_id}")


def system(system_id: str) -> Address:
    """A named system's entry in the systems register."""
    return SYSTEMS.at(f"system-{system_id}")


# --- force pages ---------------------------------------------------------------------------------------------------


def force(force_id: str) -> Address:
    """A force's page."""
    return Address(f"forces/{force_id}.md")


def force_glance(force_id: str) -> Address:
    """A force page's "At a glance": every programme's judgments, newest first."""
    return force(force_id).at("at-a-glance")


def force_round(force_id: str, assessment_id: str) -> Address:
    """A force's section for one assessment (its round, or the notice that none is on record)."""
    return force(force_id).at(f"round-{assessment_id}")


def force_other_reports(force_id: str) -> Address:
    """A force page's findings that no source ties to a programme."""
    return force(force_id).at("other-reports")


def force_actions(force_id: str) -> Address:
    """A force page's section "What the force and its PCC did"."""
    return force(force_id).at("actions")


def action_anchor(title: str, taken: set[str]) -> str:
    """The id of a follow-up action's heading on a force page: `action-` and the title's words, numbered if the
    page already has it (`taken`: the ids given so far on that page; this one is added)."""
    words = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    base = "action-" + ("-".join(re.findall(r"[a-z0-9]+", words)) or "untitled")
    anchor, n = base, 1
    while anchor in taken:
        n += 1
        anchor = f"{base}-{n}"
    taken.add(anchor)
    return anchor


# --- the documents the project holds -------------------------------------------------------------------------------


def document(document_id: str) -> Address:
    """A held document's page: the project's copy of its text."""
    return Address(f"documents/{document_id}.md")


def document_text(document_id: str) -> Address:
    """The text on a held document's page, after its metadata."""
    return document(document_id).at("text")


def paragraph_anchor(key: str) -> str:
    """The id of a paragraph on a document's page, from how a locator names it: 4 -> paragraph-4,
    2.6 -> paragraph-2-6, `3.9 (second)` -> paragraph-3-9-second."""
    return "paragraph-" + "-".join(part for part in key.replace(".", " ").replace("(", " ").replace(")", " ").split())


def paragraph(document_id: str, key: str) -> Address:
    """One paragraph of a held document's page."""
    return document(document_id).at(paragraph_anchor(key))


def held(document_id: str, locator: str | None) -> Address:
    """Where a source that is a held document is cited: the first paragraph its locator names, else the page."""
    key = first_paragraph(locator)
    return paragraph(document_id, key) if key else document(document_id)


# --- files: maps, downloads, feeds ---------------------------------------------------------------------------------


# The locator maps' shared image of every force's tile. apsp.css draws it under each locator (`figure.apsp-locator`)
# by this address relative to the stylesheet (assets/apsp.css): `../maps/forces.svg`.
TILES_BACKGROUND = Address("maps/forces.svg")

DATA_FOLDER = "data"  # every download lives here


def download(name: str) -> Address:
    """A data download, by its path inside the data folder: findings.csv, schema/force.schema.json."""
    return Address(f"{DATA_FOLDER}/{name}")


SITE_FEED = Address("feed.xml")  # at the root: Material fetches sitemap.xml beside every <link rel="alternate">
FEEDS_FOLDER = "feeds"


def force_feed(force_id: str) -> Address:
    """A force's Atom feed."""
    return Address(f"{FEEDS_FOLDER}/{force_id}.xml")
