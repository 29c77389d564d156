"""Every address on the site, defined once: each page's path, each anchor on a page, each feed's file.

Pages, feeds and downloads ask here; templates get addresses ready-made and only turn them into links
(render.link for Markdown, render.page_url inside raw HTML). A page is named by its docs-root Markdown path
(`forces/kent.md`); the site serves it as a folder (`forces/kent/`, MkDocs' `use_directory_urls`), which
`served` gives.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from generator.load.documents import first_paragraph


@dataclass(frozen=True)
class Address:
    """A page, by its docs-root Markdown path, and optionally a place on it (the id of an element)."""

    page: str
    anchor: str | None = None

    def at(self, anchor: str) -> Address:
        return Address(self.page, anchor)

    @property
    def served(self) -> str:
        """The address the site serves, relative to its root: `forces/kent/#round-assessment-2017`."""
        return served(self.page) + (f"#{self.anchor}" if self.anchor else "")


def served(page: str) -> str:
    """A page's folder address as the site serves it: forces/kent.md -> forces/kent/, index.md -> ''."""
    stem = page.removesuffix(".md")
    return stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else stem + "/"


# The fixed pages.
HOME = Address("index.md")
FORCES = Address("forces/index.md")
NATIONAL = Address("national.md")
SYSTEMS = Address("systems.md")
METHODOLOGY = Address("methodology.md")
DATA = Address("data.md")
ACCESSIBILITY = Address("accessibility.md")
ABOUT = Address("about.md")

DOCUMENTS = Address("documents/index.md")  # the documents the project holds

# Places on the fixed pages that other pages link to.
COMPARING = METHODOLOGY.at("comparing-programmes")  # why programmes' judgments are not comparable
MARKS = METHODOLOGY.at("programmes")  # the programmes, their scales and what each mark means


def force(force_id: str) -> Address:
    """A force's page."""
    return Address(f"forces/{force_id}.md")


def round_anchor(assessment_id: str) -> str:
    """The id of a round's heading on a force page: the assessment's id, prefixed."""
    return f"round-{assessment_id}"


def force_round(force_id: str, assessment_id: str) -> Address:
    """A force's section for one assessment (its round, or the notice that none is on record)."""
    return force(force_id).at(round_anchor(assessment_id))


def system(system_id: str) -> Address:
    """A named system's entry in the systems register."""
    return SYSTEMS.at(f"system-{system_id}")


def programme(assessment_id: str) -> Address:
    """An assessment's section of the national summary (its heading's id is the assessment's id)."""
    return NATIONAL.at(assessment_id)


def national_area(assessment_id: str, area_id: str) -> Address:
    """One area's table in an assessment's section of the national summary."""
    return NATIONAL.at(f"{assessment_id}-{area_id}")


def document(document_id: str) -> Address:
    """A held document's page: the project's copy of its text."""
    return Address(f"documents/{document_id}.md")


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


def chart(assessment_id: str, area_id: str) -> Address:
    """The SVG chart of one area's figures on the national summary."""
    return Address(f"charts/{assessment_id}-{area_id}.svg")


# Feeds: files, not pages.
FEEDS = "feeds"
SITE_FEED = "feed.xml"  # at the root: Material fetches sitemap.xml beside every <link rel="alternate"> it finds


def force_feed(force_id: str) -> str:
    """A force's Atom feed, docs-root path."""
    return f"{FEEDS}/{force_id}.xml"


# Follow-up actions: the force page's section, each action's heading, and the national service's entry.
ACTIONS_ANCHOR = "actions"  # the force page's section "What the force and its PCC did"
NATIONAL_ACTIONS = NATIONAL.at("what-forces-did")  # the national summary's section on follow-up actions


def force_actions(force_id: str) -> Address:
    return force(force_id).at(ACTIONS_ANCHOR)


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


def service(service_id: str) -> Address:
    """A national service's entry in the national summary."""
    return NATIONAL.at(f"service-{service_id}")


def forces_table(assessment_id: str) -> Address:
    """An assessment's table on the forces index: every force's judgments, area by area."""
    return FORCES.at(assessment_id)
