"""The documents the project holds (content/documents/): their text read and split into numbered paragraphs,
and the paragraphs a locator names. Their metadata is a record like the others (model.DocumentRecord); the check
joins the two into a model.Document (check/documents.py), and searches the text for quotations (check/quotes.py).

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

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints

from generator.problems import Problem, display_path

FOLDER = ("content", "documents")
PARTS_SEPARATOR = "==="
_OWN_NUMBER = re.compile(r"^(\d+\.\d+) ")
_ORDINALS = ("second", "third", "fourth")


class Numbering(str, Enum):  # how a document numbers its paragraphs (its metadata's `numbering:`)
    own = "own"
    in_order = "in-order"


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Block(_Part):
    kind: Literal["text", "quote", "table"]
    lines: tuple[str, ...]

    @property
    def rows(self) -> tuple[tuple[str, ...], ...]:
        """A table's cells, row by row."""
        return tuple(tuple(cell.strip() for cell in f"| {line}".split("|")[1:]) for line in self.lines)


class Paragraph(_Part):
    key: Annotated[
        str, StringConstraints(pattern=r"^\d+(\.\d+)?( \((second|third|fourth)\))?$")
    ]  # how a locator names it: `4`, `2.6`, `3.9 (second)`
    number: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)?$")]  # as shown: `4`, `2.6`, `3.9`
    line: int  # where it starts in the text file
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Text:
    """A held document's text file as read: its words, or None with the problem that stopped the reading."""

    path: str  # as an editor sees it: content/documents/<id>.txt
    text: str | None
    problem: Problem | None = None


def text_path(root: Path, document_id: str) -> Path:
    return root.joinpath(*FOLDER, f"{document_id}.txt")


def read_text(root: Path, document_id: str) -> Text | None:
    """The text beside a document's metadata; None when there is no such file."""
    path = text_path(root, document_id)
    shown = display_path(path, root)
    if not path.is_file():
        return None
    try:
        return Text(shown, path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError:
        return Text(shown, None, Problem(shown, 1, 1, "", "the text is not UTF-8; save the file as UTF-8"))


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


def parse_text(
    text: str, numbering: Numbering
) -> tuple[tuple[Block, ...], tuple[Paragraph, ...], tuple[Block, ...], list[tuple[int, str]]]:
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
        problems.append(
            (
                1,
                f"the text has {len(parts) - 1} `{PARTS_SEPARATOR}` lines; it needs two: after the heading matter and "
                "before the closing matter",
            )
        )
        return (), (), (), problems
    heading, body, closing = (_blocks(p) for p in parts)
    paragraphs: list[Paragraph] = []
    seen: dict[str, int] = {}
    for line, block in body:
        own = _OWN_NUMBER.match(block.lines[0]) if numbering is Numbering.own and block.kind == "text" else None
        starts = own is not None if numbering is Numbering.own else block.kind == "text"
        if not starts:
            if not paragraphs:
                problems.append(
                    (
                        line,
                        "this block continues no paragraph; start the body with a paragraph"
                        + (" that begins with its number" if numbering is Numbering.own else ""),
                    )
                )
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


# --- locators --------------------------------------------------------------------------------------

# A paragraph's key: a number (`4`, `2.6`), and `(second)` for a number the document gives twice. A locator on a
# held document names paragraphs by their keys: `paragraph 4`, `paragraphs 3.3 to 3.9`.
_KEY = r"\d+(?:\.\d+)?(?: \((?:second|third|fourth)\))?"
_LOCATOR = re.compile(rf"^paragraphs? ({_KEY})((?:(?:, | and | to | ?[–-] ?){_KEY})*)$")


def located(locator: str | None) -> list[str] | None:
    """The paragraph keys a locator names, first first (`paragraphs 3.3 to 3.9` -> ['3.3', '3.9']); None
    when it names none in the form `paragraph N` or `paragraphs N to M`."""
    if locator is None:
        return None
    match = _LOCATOR.match(locator.strip())
    if not match:
        return None
    return [match.group(1), *re.findall(_KEY, match.group(2))]


def named(locator: str | None, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Every paragraph a locator names, in the document's order: `paragraphs 8 to 19` is 8, 9 … 19 (a range runs
    over the document's own keys), `paragraphs 2 and 5` is 2 and 5; none when it names none."""
    ends = located(locator)
    if not ends:
        return ()
    joins = re.findall(rf"(, | and | to | ?[–-] ?){_KEY}", locator.strip().split(" ", 1)[1])
    out: list[str] = []
    for key, join in zip(ends, ["", *joins], strict=True):
        if join.strip() in ("to", "–", "-") and out and out[-1] in keys and key in keys:
            out.extend(keys[keys.index(out[-1]) + 1 : keys.index(key) + 1])
        else:
            out.append(key)
    return tuple(k for k in keys if k in out)


def listed(keys: tuple[str, ...]) -> str:
    """A document's paragraph keys for a message: `1 to 20` when they run 1, 2, 3 …, else each one."""
    if keys and keys == tuple(str(n) for n in range(1, len(keys) + 1)):
        return f"1 to {len(keys)}"
    return ", ".join(keys)


def first_paragraph(locator: str | None) -> str | None:
    keys = located(locator)
    return keys[0] if keys else None
