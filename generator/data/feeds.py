"""Atom feeds: one for the whole site, one per force; one entry per dated change in the records.

The entries are made in feed_entries.py, dated from the records, never from the clock. Identifiers are
stable URNs made from the records, so they survive a move of the site to another address.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
import uuid
import xml.etree.ElementTree as ET

from generator import addresses, settings
from generator.addresses import Address
from generator.data.feed_entries import Entry, entries_of_force, site_entries
from generator.derive import Site

ATOM = "http://www.w3.org/2005/Atom"
# The site feed holds the newest changes only, as news feeds do: a feed reader fetches it again and again, and
# keeps what it has seen. Each force's feed holds all of that force's changes; the data downloads hold everything.
SITE_FEED_ENTRIES = 200
_NAMESPACE = uuid.UUID("8b0f4a52-61a4-4f51-9d5e-2f0c1f1b7a10")
# Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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


def atom(
    title: str, key: str, path: Address, page: Address, entries: list[Entry], updated: dt.date, base: str
) -> bytes:
    """One Atom feed, at `path`, of `page`. `base` is the site's address ending in '/', or '' for links relative to
    the feed."""

    def href(target: Address) -> str:
        return base + target.served if base else addresses.relative(target, path.page)

    feed = ET.Element("feed", {"xmlns": ATOM})
    _add(feed, "title", title)
    _add(feed, "id", uuid.uuid5(_NAMESPACE, key).urn)
    _add(feed, "updated", _stamp(updated))
    _add(ET.SubElement(feed, "author"), "name", settings.SITE_NAME)
    _link(feed, "self", "application/atom+xml", href(path))
    _link(feed, "alternate", "text/html", href(page))
    seen: dict[str, int] = {}
    for e in sorted(entries, key=lambda e: (e.date, e.key), reverse=True):
        n = seen[e.key] = seen.get(e.key, 0) + 1  # two actions of the same title in one round stay two entries
        entry = ET.SubElement(feed, "entry")
        _add(entry, "title", e.title)
        _add(entry, "id", uuid.uuid5(_NAMESPACE, e.key if n == 1 else f"{e.key}#{n}").urn)
        _add(entry, "published", _stamp(e.date))
        _add(entry, "updated", _stamp(e.date))
        _link(entry, "alternate", "text/html", href(e.page))
        _add(entry, "summary", e.summary, type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def files(site: Site, base: str = "") -> dict[str, bytes]:
    """The site feed and one feed per force, as docs-root path -> bytes."""
    forces = site.on_record
    newest = max((f.record.last_updated for f in forces), default=None)
    per_force = [entries_of_force(f) for f in forces]
    all_entries = site_entries(site, per_force)
    updated = max([e.date for e in all_entries] + ([newest] if newest else []), default=dt.date(1970, 1, 1))
    out = {
        addresses.SITE_FEED.page: atom(
            f"{settings.SITE_NAME}: latest changes",
            "feed/all",
            addresses.SITE_FEED,
            addresses.HOME,
            latest(all_entries, SITE_FEED_ENTRIES),
            updated,
            base,
        )
    }
    for force, entries in zip(forces, per_force):
        last = max([e.date for e in entries] + [force.record.last_updated])
        path = addresses.force_feed(force.id)
        out[path.page] = atom(
            f"{force.name}: changes to the record", f"feed/{force.id}", path, force.address, entries, last, base
        )
    return out
