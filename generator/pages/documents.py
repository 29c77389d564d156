"""The pages of the documents the project holds: one page per document (its metadata, a plain notice that this is
the project's copy and the original is the authority, and its text paragraph by paragraph, each with an anchor
and a visible number), and the index of them. templates/document.md.j2 and documents-index.md.j2 format these.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import addresses, labels, settings
from generator import model as m
from generator.derive import Site
from generator.load.documents import Block, Numbering, Paragraph


@dataclass(frozen=True)
class Cell:
    text: str
    scope: (
        str | None
    )  # a heading's: `col` (the first row), `row` (the first column); None for data (and an empty corner)
    label: str  # the heading of its column: shown beside the value where a narrow screen stacks the table


@dataclass(frozen=True)
class BlockView:
    kind: str  # text, quote or table
    lines: tuple[str, ...]
    head: tuple[Cell, ...]  # a table's first row: the headings of its columns
    rows: tuple[tuple[Cell, ...], ...]  # the rest, each starting with its heading


def _block(block: Block, skip: str = "") -> BlockView:
    lines = (block.lines[0][len(skip) :].lstrip(), *block.lines[1:]) if skip else block.lines
    if block.kind != "table":
        return BlockView(block.kind, lines, (), ())
    first, *rest = block.rows
    head = tuple(Cell(text, "col" if text else None, "") for text in first)
    rows = tuple(
        tuple(
            Cell(text, "row" if c == 0 and text else None, first[c] if c < len(first) else "")
            for c, text in enumerate(row)
        )
        for row in rest
    )
    return BlockView(block.kind, lines, head, rows)


@dataclass(frozen=True)
class ParagraphView:
    address: addresses.Address  # its place on the page
    label: str  # the visible number: the document's own (`2.6`), or ours (`¶ 4`)
    ours: bool  # the number is the project's, not the document's
    blocks: tuple[BlockView, ...]  # the first is text, and starts after the document's own number


def _paragraph(document_id: str, p: Paragraph, own: bool) -> ParagraphView:
    own = own and p.blocks[0].lines[0].startswith(p.number)
    blocks = (_block(p.blocks[0], p.number if own else ""), *(_block(b) for b in p.blocks[1:]))
    return ParagraphView(addresses.paragraph(document_id, p.key), p.number if own else f"¶ {p.number}", not own, blocks)


@dataclass(frozen=True)
class Citer:
    """A page that cites the document."""

    name: str
    address: addresses.Address


@dataclass(frozen=True)
class DocumentPage:
    document: m.Document
    meta: m.DocumentRecord  # its metadata: the fields of its .yml
    address: addresses.Address
    text: addresses.Address  # the text on its page, after the metadata
    name: str  # the page's heading: what the document is, to whom, and when
    kind: str  # in words
    published_where: str  # where the original was published, as far as the sources say
    licence: str
    licence_url: str | None
    paragraphs: tuple[ParagraphView, ...]
    count: str  # how many paragraphs, in words: "20 paragraphs"
    numbering: str  # how many, and how they are numbered, in words
    heading: tuple[BlockView, ...]  # the heading matter: addresses, date, subject
    closing: tuple[BlockView, ...]  # the closing matter: sign-off, notes
    cited_by: tuple[Citer, ...]


def _cited_by(site: Site, document_id: str) -> tuple[Citer, ...]:
    out = [
        Citer(f.name, addresses.force(f.id))
        for f in site.content.forces
        if any(s.document == document_id for s in f.sources)
    ]
    if any(s.document == document_id for a in site.content.assessments for s in a.sources):
        out.append(Citer("National summary", addresses.NATIONAL))
    if any(s.document == document_id for s in site.content.systems.sources):
        out.append(Citer("Systems register", addresses.SYSTEMS))
    return tuple(out)


def _numbering(document: m.Document) -> str:
    """How many paragraphs the page shows, and how it numbers them, in words."""
    n = len(document.paragraphs)
    if document.numbering is Numbering.in_order:
        return f"{n}, numbered by the project in order, ¶ 1 to ¶ {n}: the document does not number them"
    if not document.repeated:
        return f"{n}, numbered as the document numbers them"
    number = document.repeated[0]
    second = next(p.key for p in document.paragraphs if p.number == number and p.key != number)
    return (
        f"{n}, numbered as the document numbers them (it gives the number {', '.join(document.repeated)} to two "
        f"paragraphs: the second is called “{second}” here)"
    )


def document_page(site: Site, document: m.Document) -> DocumentPage:
    own = document.numbering is Numbering.own
    licence = document.licence
    meta = document.meta
    kind = labels.SOURCE_KINDS[meta.kind]
    date = labels.long_date(meta.date)
    name = (
        f"{labels.capitalised(kind)} to {meta.recipient}, {date}"
        if meta.recipient and "letter" in kind
        else f"{meta.title}, {date}"
    )
    return DocumentPage(
        document,
        meta,
        addresses.document(meta.id),
        addresses.document_text(meta.id),
        name,
        kind,
        meta.published_where or "Not known from the sources found.",
        labels.LICENCES[licence],
        settings.OGL_URL if licence is m.Licence.ogl else None,
        tuple(_paragraph(document.id, p, own) for p in document.paragraphs),
        labels.count(len(document.paragraphs), "paragraph"),
        _numbering(document),
        tuple(_block(b) for b in document.heading),
        tuple(_block(b) for b in document.closing),
        _cited_by(site, document.id),
    )


def document_pages(site: Site) -> tuple[DocumentPage, ...]:
    return tuple(document_page(site, doc) for doc in site.content.documents)
