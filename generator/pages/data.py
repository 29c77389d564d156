"""The Data page's view: each download with its title, format, size and description, the JSON Schemas, the
fields of each table, and the rounds the feeds leave out for want of a date.

export.py makes the files; this module only says what each one is, for the page that lists them.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, labels
from generator.addresses import Address
from generator.data import export, feeds
from generator.data.feed_entries import undated_rounds
from generator.data.tables import ACTIONS, AREAS, FINDINGS, OBSERVATIONS, TABLES, Column
from generator.derive import Site


@dataclass(frozen=True)
class Download:
    address: Address  # the file, docs-root
    title: str
    format: str
    size: str
    description: str


DESCRIPTIONS = (
    (
        "forces.json",
        "Every record",
        "JSON",
        "Every record the site is built from: the national assessments, the "
        "list of forces, named systems, one record per force, and the council areas each force covers (`areas`), "
        "with its schema_version. Each source that the project holds no copy of keeps its `excerpts`: the passages "
        "read from it, word for word, in which every quotation of it on this site is found.",
    ),
    (
        "documents.json",
        "The documents the project holds",
        "JSON",
        "Each document the project holds a copy of: its "
        "title, author, recipient, date, publisher, licence, where the original was published (where the sources say), "
        "its page on this site, and its paragraphs, each with its number and address. The records' sources name these "
        "documents by id (`document`), with the address of the paragraph cited (`document_address`).",
    ),
    (FINDINGS.path, FINDINGS.title, "CSV", FINDINGS.description),
    (OBSERVATIONS.path, OBSERVATIONS.title, "CSV", OBSERVATIONS.description),
    (ACTIONS.path, ACTIONS.title, "CSV", ACTIONS.description),
    (AREAS.path, AREAS.title, "CSV", AREAS.description + " The same districts, force by force, are in forces.json."),
    (
        export.TILES,
        "Tile map layout",
        "HexJSON",
        "The layout of the site's tile maps: one hexagonal tile per force, "
        "placed roughly where the force is and next to its neighbours, in the Open Data Institute's HexJSON format "
        "(`layout: odd-r`, then `hexes` keyed by force id, each with its column `q`, its row `r`, counting northwards, "
        "and a short `label`). "
        f"Its JSON Schema is {addresses.download(export.TILES_SCHEMA).page}; how the layout was made is in the "
        "comments of content/national/tiles.yml.",
    ),
    (
        "datapackage.json",
        "Data package",
        "JSON",
        "A Frictionless data package describing the four CSV "
        "files (fields, types, allowed values, licence and sources) and the tile map layout.",
    ),
    ("forces.schema.json", "JSON Schema of forces.json", "JSON", "The shape of forces.json, field by field."),
    ("CHANGELOG.txt", "Changes to the data format", "Text", "What changed in each version of the data format."),
)


@dataclass(frozen=True)
class Field:
    """One field of a CSV download, as the page lists it."""

    name: str
    kind: str  # its type, and whether it is always filled: "string, always filled"
    description: str
    allowed: str | None  # the values allowed, where they are fixed


@dataclass(frozen=True)
class TableFields:
    path: str
    description: str
    fields: tuple[Field, ...]


def _field(c: Column) -> Field:
    return Field(c.name, c.type + (", always filled" if c.required else ""), c.description, ", ".join(c.enum) or None)


@dataclass(frozen=True)
class Undated:
    """A round with judgments that no source dates: the feeds leave it out."""

    force: str
    link: Address  # the round's section on the force page
    programme: str


def context(site: Site, downloads: dict[str, bytes]) -> dict:
    """Everything the Data page shows."""
    return {
        "site": site,
        "downloads": describe(downloads),
        "schemas": schema_paths(downloads),
        "tables": [TableFields(t.path, t.description, tuple(_field(c) for c in t.columns)) for t in TABLES],
        "version": export.SCHEMA_VERSION,
        "licence": export.LICENCE,
        "councils": AREAS.path,
        "councils_credit": site.content.areas.attribution,
        "councils_source": site.councils_source,
        "site_feed": addresses.SITE_FEED,
        "site_feed_entries": feeds.SITE_FEED_ENTRIES,
        "feeds": feed_links(site),
        "undated": undated(site),
        "formula": [c for c in export.FORMULA if c.isprintable()],
    }


@dataclass(frozen=True)
class FeedLink:
    name: str
    feed: Address


def feed_links(site: Site) -> list[FeedLink]:
    """Each force on record's own feed."""
    return [FeedLink(f.name, addresses.force_feed(f.id)) for f in site.on_record]


def undated(site: Site) -> list[Undated]:
    return [Undated(f.name, r.address, r.assessment.short_title) for f in site.forces for r in undated_rounds(f)]


def describe(downloads: dict[str, bytes]) -> list[Download]:
    """The main downloads with their sizes, for the Data page."""
    out = []
    for name, title, kind, text in DESCRIPTIONS:
        address = addresses.download(name)
        out.append(Download(address, title, kind, labels.size(len(downloads[address.page])), text))
    return out


def schema_paths(downloads: dict[str, bytes]) -> list[Address]:
    folder = addresses.download("schema/").page
    return [Address(p) for p in sorted(downloads) if p.startswith(folder)]
