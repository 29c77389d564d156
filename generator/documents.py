"""The documents the project holds (content/documents/): their metadata, their text split into numbered
paragraphs, the paragraphs a locator names, and the search for a quotation in the text.

Each held document is two files with one name: `<id>.yml`, its metadata (a record, loaded and checked like
the others), and `<id>.txt`, its text, unchanged apart from layout. The text is laid out in blocks separated
by blank lines, in three parts separated by lines of `===`: the heading matter (addresses, date, subject),
the body, and the closing matter (sign-off, footnotes). In the body, a block whose lines start `> ` is a
quotation and one whose lines start `| ` a table (cells separated by ` | `): both continue the paragraph
before them. With `numbering: own` a paragraph starts at a block that begins with the document's own number
(`2.6 The following table…`) and every other block continues it; with `numbering: in-order` every other block
is a paragraph of its own, numbered 1, 2, 3 in order. A number the document gives twice is told apart by
`(second)`, `(third)`: `paragraph 3.9 (second)`.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from enum import Enum
from pathlib import Path
from typing import Literal

from pydantic import Field

from generator import model as m

FOLDER = ("content", "documents")
PARTS_SEPARATOR = "==="
_OWN_NUMBER = re.compile(r"^(\d+\.\d+) ")
# A paragraph's key: a number (`4`, `2.6`), and `(second)` for a number the document gives twice.
_KEY = r"\d+(?:\.\d+)?(?: \((?:second|third|fourth)\))?"
_LOCATOR = re.compile(rf"^paragraphs? ({_KEY})((?:(?:, | and | to | ?[–-] ?){_KEY})*)$")
_ORDINALS = ("second", "third", "fourth")


class Licence(str, Enum):
    ogl = "ogl-3"
    public = "public-document"


class Numbering(str, Enum):
    own = "own"
    in_order = "in-order"


class DocumentRecord(m.Record):
    """A held document's metadata, content/documents/<id>.yml; its text is <id>.txt beside it."""

    id: m.Slug = Field(description="Identifier; the file names without `.yml` and `.txt`. Sources name it in `document:`.")
    kind: m.SourceKind = Field(description="What sort of document this is.")
    title: m.Line = Field(description="The document's title or subject line, as it gives it.")
    author: m.Line | None = Field(default=None, description="Who wrote or signed it, as the document gives it.")
    recipient: m.Line | None = Field(default=None, description="Who it is addressed to, as the document gives it.")
    copied_to: m.Line | None = Field(default=None, description="Who it was copied to, if the document says.")
    date: m.Date = Field(description="The date on the document (YYYY-MM-DD).")
    publisher: m.Line = Field(description="Who published it.")
    published_where: m.Text | None = Field(
        default=None, description="Where the original was published, as far as the sources say; leave out if they say nothing.")
    url: m.HttpUrl | None = Field(default=None, description="The original's public web address, if the sources give one.")
    licence: Licence = Field(description="ogl-3: Crown copyright under the Open Government Licence v3.0; "
                             "public-document: a public document of a public body, reproduced for reference.")
    numbering: Numbering = Field(description="own: the document numbers its paragraphs (2.6, 3.7); in-order: it does not, "
                                 "and its paragraphs are numbered 1, 2, 3 in order.")


class Block(m.Record):
    kind: Literal["text", "quote", "table"]
    lines: tuple[str, ...]

    @property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        """A table's cells, row by row."""
        return tuple(tuple(cell.strip() for cell in f"| {line}".split("|")[1:]) for line in self.lines)


class Paragraph(m.Record):
    key: str  # how a locator names it: `4`, `2.6`, `3.9 (second)`
    number: str  # as shown: `4`, `2.6`, `3.9`
    line: int  # where it starts in the text file
    blocks: tuple[Block, ...]


class Document(m.Record):
    """A held document: its metadata and its text, in parts."""

    meta: DocumentRecord
    heading: tuple[Block, ...]
    paragraphs: tuple[Paragraph, ...]
    closing: tuple[Block, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.paragraphs)

    @property
    def repeated(self) -> tuple[str, ...]:
        """The numbers the document gives to more than one paragraph."""
        numbers = [p.number for p in self.paragraphs]
        return tuple(sorted({n for n in numbers if numbers.count(n) > 1}))


def text_path(root: Path, document_id: str) -> Path:
    return root.joinpath(*FOLDER, f"{document_id}.txt")


def _blocks(lines: list[tuple[int, str]]) -> list[tuple[int, Block]]:
    """Blocks separated by blank lines, each with the line it starts on."""
    out: list[tuple[int, Block]] = []
    current: list[tuple[int, str]] = []
    for number, line in [*lines, (0, "")]:
        if line.strip():
            current.append((number, line))
            continue
        if current:
            texts = [t for _, t in current]
            if all(t.startswith("> ") or t == ">" for t in texts):
                out.append((current[0][0], Block(kind="quote", lines=tuple(t[2:] for t in texts))))
            elif all(t.startswith("| ") for t in texts):
                out.append((current[0][0], Block(kind="table", lines=tuple(t[2:] for t in texts))))
            else:
                out.append((current[0][0], Block(kind="text", lines=tuple(texts))))
            current = []
    return out


def parse_text(text: str, numbering: Numbering) -> tuple[tuple[Block, ...], tuple[Paragraph, ...], tuple[Block, ...], list[tuple[int, str]]]:
    """The heading matter, the numbered paragraphs and the closing matter of a document's text; and its
    problems, as (line, message)."""
    problems: list[tuple[int, str]] = []
    parts: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() == PARTS_SEPARATOR:
            parts.append([])
        else:
            parts[-1].append((number, line.rstrip()))
    if len(parts) != 3:
        problems.append((1, f"the text has {len(parts) - 1} `{PARTS_SEPARATOR}` lines; it needs two: after the heading matter and before the closing matter"))
        return (), (), (), problems
    heading, body, closing = (_blocks(p) for p in parts)
    paragraphs: list[Paragraph] = []
    seen: dict[str, int] = {}
    for line, block in body:
        own = _OWN_NUMBER.match(block.lines[0]) if numbering is Numbering.own and block.kind == "text" else None
        starts = own is not None if numbering is Numbering.own else block.kind == "text"
        if not starts:
            if not paragraphs:
                problems.append((line, "this block continues no paragraph; start the body with a paragraph"
                                 + (" that begins with its number" if numbering is Numbering.own else "")))
                continue
            last = paragraphs[-1]
            paragraphs[-1] = last.model_copy(update={"blocks": (*last.blocks, block)})
            continue
        number = own.group(1) if own else str(len(paragraphs) + 1)
        seen[number] = seen.get(number, 0) + 1
        key = number if seen[number] == 1 else f"{number} ({_ORDINALS[min(seen[number], 4) - 2]})"
        paragraphs.append(Paragraph(key=key, number=number, line=line, blocks=(block,)))
    if not paragraphs:
        problems.append((1, "the text has no paragraphs between its two `===` lines"))
    return tuple(b for _, b in heading), tuple(paragraphs), tuple(b for _, b in closing), problems


def located(locator: str | None) -> list[str] | None:
    """The paragraph keys a locator names, first first (`paragraphs 3.3 to 3.9` -> ['3.3', '3.9']); None
    when it names none in the form `paragraph N` or `paragraphs N to M`."""
    if locator is None:
        return None
    match = _LOCATOR.match(locator.strip())
    if not match:
        return None
    return [match.group(1), *re.findall(_KEY, match.group(2))]


def listed(keys: tuple[str, ...]) -> str:
    """A document's paragraph keys for a message: `1 to 20` when they run 1, 2, 3 …, else each one."""
    if keys and keys == tuple(str(n) for n in range(1, len(keys) + 1)):
        return f"1 to {len(keys)}"
    return ", ".join(keys)


def first_paragraph(locator: str | None) -> str | None:
    keys = located(locator)
    return keys[0] if keys else None


# --- quotations ---------------------------------------------------------------------------------------

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "`": "'", "“": '"', "”": '"', "„": '"', "″": '"',
                         "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-"})
_SPACE = re.compile(r"\s+")
# Words left out of a quotation: `…` or `...`, with a space either side.
GAP = re.compile(r"\s*(?:…|\.\.\.)\s*")


def normalise(text: str) -> str:
    """Whitespace, quotation marks and dashes made uniform; nothing else (case and punctuation count)."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def full_text(document: Document) -> str:
    """All the document's words, normalised, one space between blocks (table cells included)."""
    blocks = [*document.heading, *(b for p in document.paragraphs for b in p.blocks), *document.closing]
    return normalise(" ".join(" ".join(b.lines) for b in blocks).replace(" | ", " "))


def quote_parts(quote: str) -> list[str]:
    """A quotation's parts: the words between the marks of words left out (`…`)."""
    return [p for p in (normalise(part) for part in GAP.split(quote)) if p]


def contains(document_text: str, quote: str) -> bool:
    """Whether every part of the quotation is in the text, in order."""
    at = 0
    for part in quote_parts(quote):
        found = document_text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def nearest(document_text: str, quote: str) -> str:
    """The passage of the text most like the quotation (difflib), to show beside a quotation not found."""
    wanted = normalise(quote)
    words = document_text.split(" ")
    size = max(1, len(wanted.split(" ")))
    best, best_ratio = 0, -1.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    for start in range(0, max(1, len(words) - size + 1)):
        matcher.set_seq1(" ".join(words[start:start + size]))
        if matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = start, ratio
    # The passage with two words either side, so that the editor can find it.
    return " ".join(words[max(0, best - 2):best + size + 2])


def licence_words(licence: Licence) -> str:
    """What the page says about the document's licence."""
    return LICENCES[licence]


LICENCES = {
    Licence.ogl: "Crown copyright, reproduced under the Open Government Licence v3.0.",
    Licence.public: "A public document of a public body. The project reproduces it for reference.",
}
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"


def sort_key(document: Document) -> tuple[dt.date, str]:
    return document.meta.date, document.meta.id
