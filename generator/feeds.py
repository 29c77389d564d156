"""Atom feeds: one for the whole site, one per force; one entry per dated change in the records.

Entries are dated from the records (letter dates, source dates, correction
dates; the record's last_updated where a source has no exact date), never
from the clock. Identifiers are stable URNs made from the records, so they
survive a move of the site to another address.
"""
from __future__ import annotations

import datetime as dt
import heapq
import re
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from generator.derive import ForceView, RoundView, Site

ATOM = "http://www.w3.org/2005/Atom"
FOLDER = "feeds"
# At the root: Material fetches sitemap.xml beside every <link rel="alternate"> it finds in a page.
SITE_FEED = "feed.xml"
# The site feed holds the newest changes only, as news feeds do: a feed reader fetches it again and again, and
# keeps what it has seen. Each force's feed holds all of that force's changes; the data downloads hold everything.
SITE_FEED_ENTRIES = 200
_NAMESPACE = uuid.UUID("8b0f4a52-61a4-4f51-9d5e-2f0c1f1b7a10")
# Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Entry:
    key: str  # stable identity, from the records
    date: dt.date
    title: str
    summary: str
    page: str  # docs-root path of the page the entry is about, e.g. forces/kent/


def force_feed_path(force_id: str) -> str:
    return f"{FOLDER}/{force_id}.xml"


def force_entries(view: ForceView) -> list[Entry]:
    force, page = view.force, f"forces/{view.force.id}/"
    entries = []
    for rnd in view.rounds:
        entries += _round_entries(view, rnd, page)
    for c in force.corrections:
        entries.append(Entry(f"{force.id}/correction/{c.date}/{c.summary}", c.date, f"{force.name}: correction", c.summary, page))
    return entries


def _round_entries(view: ForceView, rnd: RoundView, page: str) -> list[Entry]:
    force, a = view.force, rnd.assessment
    found = [f for f in (*rnd.findings, rnd.overall) if f and f.finding]
    outcomes = "; ".join(f"{f.area_name}: {f.outcome.label}" for f in found)
    entries = []
    if rnd.round.letter:
        letter = rnd.round.letter
        summary = f"The inspectorate wrote to {letter.recipient} ({a.short_title})." + (f" {outcomes}." if outcomes else "")
        entries.append(Entry(f"{force.id}/{a.id}/letter", letter.date, f"{force.name}: the inspectorate's letter", summary, page))
    elif found:
        dates = [f.source.date for f in found if f.source.date]
        entries.append(Entry(f"{force.id}/{a.id}/findings", max(dates, default=force.last_updated),
                             f"{force.name}: outcomes on record ({a.short_title})", outcomes + ".", page))
    for item in rnd.responses:
        r = item.response
        entries.append(Entry(f"{force.id}/{a.id}/response/{r.by}/{r.summary}", item.source.date or force.last_updated,
                             f"{force.name}: response from {r.by}", f"{r.summary} Reported in: {item.source.title}.", page))
    for item in rnd.actions:
        act = item.action
        summary = f"{act.description} Reported in: {item.source.title}."
        entries.append(Entry(f"{force.id}/{a.id}/action/{act.title}", item.reported or force.last_updated,
                             f"{force.name}: {act.title} ({act.status.value.replace('-', ' ')})", summary, page))
    return entries


def site_entries(site: Site, per_force: list[list[Entry]] | None = None) -> list[Entry]:
    """Every entry of the site: national reports and each force's. `per_force`: force_entries of each of
    site.forces, if the caller already has them."""
    entries = [Entry(f"national/{a.id}", a.published, f"National report published: {a.short_title}", a.summary, "national/")
               for a in site.content.assessments if a.published]
    per_force = [force_entries(view) for view in site.forces] if per_force is None else per_force
    return entries + [e for each in per_force for e in each]


def latest(entries: list[Entry], count: int) -> list[Entry]:
    """The `count` newest entries, in the feed's order (newest first; same day: by key, as `atom` sorts)."""
    return heapq.nlargest(count, entries, key=lambda e: (e.date, e.key))


def _text(value: str) -> str:
    """Text as XML 1.0 can carry it: characters it cannot, replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


def _stamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def _add(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = _text(text)
    return element


def _link(parent: ET.Element, rel: str, kind: str, href: str) -> None:
    ET.SubElement(parent, "link", {"rel": rel, "type": kind, "href": href})


def atom(title: str, key: str, path: str, page: str, entries: list[Entry], updated: dt.date, base: str) -> bytes:
    """One Atom feed. `base` is the site's address ending in '/', or '' for links relative to the feed."""
    up = base or "../" * path.count("/")
    feed = ET.Element("feed", {"xmlns": ATOM})
    _add(feed, "title", title)
    _add(feed, "id", uuid.uuid5(_NAMESPACE, key).urn)
    _add(feed, "updated", _stamp(updated))
    _add(ET.SubElement(feed, "author"), "name", "Police plans to stop abuse of position for a sexual purpose")
    _link(feed, "self", "application/atom+xml", (base + path) if base else path.split("/")[-1])
    _link(feed, "alternate", "text/html", up + page)
    seen: dict[str, int] = {}
    for e in sorted(entries, key=lambda e: (e.date, e.key), reverse=True):
        n = seen[e.key] = seen.get(e.key, 0) + 1  # two actions of the same title in one round stay two entries
        entry = ET.SubElement(feed, "entry")
        _add(entry, "title", e.title)
        _add(entry, "id", uuid.uuid5(_NAMESPACE, e.key if n == 1 else f"{e.key}#{n}").urn)
        _add(entry, "published", _stamp(e.date))
        _add(entry, "updated", _stamp(e.date))
        _link(entry, "alternate", "text/html", up + e.page)
        _add(entry, "summary", e.summary, type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def files(site: Site, base: str = "") -> dict[str, bytes]:
    """The site feed and one feed per force, as docs-root path -> bytes."""
    newest = max((v.force.last_updated for v in site.forces), default=None)
    per_force = [force_entries(view) for view in site.forces]
    all_entries = site_entries(site, per_force)
    updated = max([e.date for e in all_entries] + ([newest] if newest else []), default=dt.date(1970, 1, 1))
    out = {SITE_FEED: atom("Police plans to stop abuse of position for a sexual purpose: latest changes", "feed/all",
                           SITE_FEED, "", latest(all_entries, SITE_FEED_ENTRIES), updated, base)}
    for view, entries in zip(site.forces, per_force):
        last = max([e.date for e in entries] + [view.force.last_updated])
        path = force_feed_path(view.force.id)
        out[path] = atom(f"{view.force.name}: changes to the record", f"feed/{view.force.id}", path,
                         f"forces/{view.force.id}/", entries, last, base)
    return out
