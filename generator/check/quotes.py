"""Quotations: a source's words as a record quotes them, found (or not) in a text we hold.

Normalising makes whitespace, quotation marks and dashes uniform and nothing else (case and punctuation count);
`…` marks words left out, and each part must appear in order.
"""

from __future__ import annotations

import difflib
import re

from generator import model as m

_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "′": "'",
        "`": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
    }
)
_SPACE = re.compile(r"\s+")
# Words left out of a quotation: `…` or `...`, with a space either side.
GAP = re.compile(r"\s*(?:…|\.\.\.)\s*")


def normalise(text: str) -> str:
    """Whitespace, quotation marks and dashes made uniform; nothing else (case and punctuation count)."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip()


def _words(blocks) -> str:
    return normalise(" ".join(" ".join(b.lines) for b in blocks).replace(" | ", " "))


# A build checks and cites hundreds of quotations against a handful of held documents: each document's words are
# normalised once, the first time they are asked for. By the document object, which is kept with them (so that its
# id is never another's); the documents of one build at a time (a build makes its own, and `make serve` builds on).
_NORMALISED: dict[int, tuple[m.Document, dict]] = {}


def _of(document: m.Document, part, blocks) -> str:
    """The words of `blocks`, a part of `document` named by `part`, normalised once."""
    kept = _NORMALISED.get(id(document))
    if kept is None or kept[0] is not document:
        if len(_NORMALISED) > 64:
            _NORMALISED.clear()
        kept = _NORMALISED[id(document)] = (document, {})
    words = kept[1]
    if part not in words:
        words[part] = _words(blocks())
    return words[part]


def full_text(document: m.Document) -> str:
    """All the document's words, normalised, one space between blocks (table cells included)."""
    return _of(
        document,
        "all",
        lambda: [*document.heading, *(b for p in document.paragraphs for b in p.blocks), *document.closing],
    )


def paragraphs_text(document: m.Document, keys: tuple[str, ...]) -> str:
    """The words of the named paragraphs, in order, normalised."""
    return _of(document, keys, lambda: [b for p in document.paragraphs if p.key in keys for b in p.blocks])


def holding(document: m.Document, quote: str, keys: tuple[str, ...] = ()) -> m.Paragraph | None:
    """The paragraph (among `keys`, or any) that holds the quotation: the first that holds it all, else the one
    where its first words are found; None when no paragraph does."""
    within = [p for p in document.paragraphs if not keys or p.key in keys]
    words = {p.key: paragraphs_text(document, (p.key,)) for p in within}
    parts = quote_parts(quote)
    whole = next((p for p in within if _in_order(words[p.key], parts)), None)
    first = next(iter(parts), "")
    return whole or next((p for p in within if first and first in words[p.key]), None)


# Words in quotation marks inside a text of ours: "…" or “…”.
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def quoted(text: str) -> list[str]:
    """The phrases a text of ours puts in double quotation marks."""
    if '"' not in text and "“" not in text:  # most text: no quotation mark to look for
        return []
    return [a or b for a, b in _QUOTED.findall(text)]


def quote_parts(quote: str) -> list[str]:
    """A quotation's parts: the words between the marks of words left out (`…`)."""
    return [p for p in (normalise(part) for part in GAP.split(quote)) if p]


def contains(document_text: str, quote: str) -> bool:
    """Whether every part of the quotation is in the text, in order."""
    return _in_order(document_text, quote_parts(quote))


def _in_order(document_text: str, parts: list[str]) -> bool:
    at = 0
    for part in parts:
        found = document_text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def nearest(text: str, quote: str) -> str:
    """The passage of the text most like the quotation (difflib), to show beside a quotation not found."""
    return _nearest(text, quote)[1]


def nearest_of(passages: list[str], quote: str) -> str:
    """The passage most like the quotation among several texts (a web source's excerpts), never across two."""
    return max((_nearest(normalise(p), quote) for p in passages), key=lambda found: found[0])[1]


def _nearest(document_text: str, quote: str) -> tuple[float, str]:
    wanted = normalise(quote)
    words = document_text.split(" ")
    size = max(1, len(wanted.split(" ")))
    best, best_ratio = 0, -1.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    for start in range(0, max(1, len(words) - size + 1)):
        matcher.set_seq1(" ".join(words[start : start + size]))
        if matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = start, ratio
    # The passage with two words either side, so that the editor can find it.
    return best_ratio, " ".join(words[max(0, best - 2) : best + size + 2])
