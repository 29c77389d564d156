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
from pathlib import Path

from generator import model as m
from generator.model import Block, Document, DocumentRecord, Licence, Numbering, Paragraph, first_paragraph, listed, located  # noqa: F401 (defined with the models)

FOLDER = ("content", "documents")
PARTS_SEPARATOR = "==="
_OWN_NUMBER = re.compile(r"^(\d+\.\d+) ")
_ORDINALS = ("second", "third", "fourth")


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
    return document.date, document.id
