"""Atom feeds: one for the whole site, one per force; one entry per dated change in the records.

Entries are dated from the records (letter dates, source dates, correction
dates; the record's last_updated where a source has no exact date), never
from the clock. Identifiers are stable URNs made from the records, so they
survive a move of the site to another address.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import re
import uuid
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
_NAMESPACE_BYTES = _NAMESPACE.bytes
# Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# ... and text that `_element` would change at all: those, or a character the serialiser escapes.
_XML_WORK = re.compile("[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


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
               for a in site.content.assessments]
    per_force = [force_entries(view) for view in site.forces] if per_force is None else per_force
    return entries + [e for each in per_force for e in each]


def latest(entries: list[Entry], count: int) -> list[Entry]:
    """The `count` newest entries, in the feed's order (newest first; same day: by key, as `atom` sorts)."""
    return heapq.nlargest(count, entries, key=lambda e: (e.date, e.key))


# What ElementTree's serialiser escapes, in text and in attribute values: the feeds are written as it would
# (with str.replace, as ElementTree does: many times faster than str.translate with a table).
def _cdata(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attrib(text: str) -> str:
    return (_cdata(text).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
            .replace("\t", "&#09;"))


def _text(value: str) -> str:
    return _NOT_XML.sub("\ufffd", value)


def _stamp(date: dt.date) -> str:
    return f"{date.isoformat()}T00:00:00Z"


def _urn(key: str) -> str:
    """`uuid.uuid5(_NAMESPACE, key).urn`, written out from the SHA-1 directly (a fifth of the time; a feed has
    an identifier per entry): the version nibble 5, the variant bits 10."""
    h = hashlib.sha1(_NAMESPACE_BYTES + key.encode()).hexdigest()
    return f"urn:uuid:{h[:8]}-{h[8:12]}-5{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:32]}"


def _element(indent: str, tag: str, text: str, attrs: str = "") -> str:
    """One element with text only, escaped and laid out as ElementTree's indent and serialiser do."""
    text = text if _XML_WORK.search(text) is None else _cdata(_text(text))  # most text: nothing to change
    return f"{indent}<{tag}{attrs}>{text}</{tag}>\n" if text else f"{indent}<{tag}{attrs} />\n"


def _link(indent: str, rel: str, kind: str, href: str) -> str:
    return f'{indent}<link rel="{rel}" type="{kind}" href="{_attrib(href)}" />\n'


def atom(title: str, key: str, path: str, page: str, entries: list[Entry], updated: dt.date, base: str,
         written: dict[tuple[int, int], tuple[str, str]] | None = None) -> bytes:
    """One Atom feed. `base` is the site's address ending in '/', or '' for links relative to the feed.

    Written as text, byte for byte what ElementTree (`ET.indent`, `ET.tostring` in UTF-8) gave, at a fraction
    of its time: a feed may hold thousands of entries. `written`: the text of
    entries already written for another feed (all but their link), by entry and occurrence, to reuse."""
    written = {} if written is None else written
    up = base or "../" * path.count("/")
    out = [f"<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns=\"{ATOM}\">\n",
           _element("  ", "title", title), _element("  ", "id", _urn(key)), _element("  ", "updated", _stamp(updated)),
           "  <author>\n", _element("    ", "name", "Police plans to stop abuse of position for a sexual purpose"),
           "  </author>\n", _link("  ", "self", "application/atom+xml", (base + path) if base else path.split("/")[-1]),
           _link("  ", "alternate", "text/html", up + page)]
    seen: dict[str, int] = {}
    for e in sorted(entries, key=lambda e: (e.date, e.key), reverse=True):
        n = seen[e.key] = seen.get(e.key, 0) + 1  # two actions of the same title in one round stay two entries
        if (e_id := (id(e), n)) not in written:
            stamp = _stamp(e.date)
            urn = _urn(e.key if n == 1 else f"{e.key}#{n}")  # as _element writes them: nothing here to escape
            written[e_id] = ("".join(["  <entry>\n", _element("    ", "title", e.title), f"    <id>{urn}</id>\n",
                                      f"    <published>{stamp}</published>\n    <updated>{stamp}</updated>\n"]),
                             _element("    ", "summary", e.summary, ' type="text"') + "  </entry>\n")
        before, after = written[e_id]
        out += [before, _link("    ", "alternate", "text/html", up + e.page), after]
    out.append("</feed>\n")
    return "".join(out).encode()


def files(site: Site, base: str = "") -> dict[str, bytes]:
    """The site feed and one feed per force, as docs-root path -> bytes."""
    newest = max((v.force.last_updated for v in site.forces), default=None)
    per_force = [force_entries(view) for view in site.forces]
    all_entries = site_entries(site, per_force)
    updated = max([e.date for e in all_entries] + ([newest] if newest else []), default=dt.date(1970, 1, 1))
    written: dict[tuple[int, int], tuple[str, str]] = {}  # each entry's text, for the site feed and its force's
    out = {SITE_FEED: atom("Police plans to stop abuse of position for a sexual purpose: latest changes", "feed/all",
                           SITE_FEED, "", latest(all_entries, SITE_FEED_ENTRIES), updated, base, written)}
    for view, entries in zip(site.forces, per_force):
        last = max([e.date for e in entries] + [view.force.last_updated])
        path = force_feed_path(view.force.id)
        out[path] = atom(f"{view.force.name}: changes to the record", f"feed/{view.force.id}", path,
                         f"forces/{view.force.id}/", entries, last, base, written)
    return out
