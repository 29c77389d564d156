"""Rules on the documents the project holds (content/documents/) and on the records that cite them.

`held` checks each held document (its metadata like a record, its text as load/documents.py splits it into
paragraphs) and joins the two into a model.Document;
`citations` checks that a source's `document:` names a held document, that its `locator:` names paragraphs the
document has, and that every quotation ("as stated") from a held document is in it, word for word.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

from generator import model as m
from generator.check import quoted
from generator.check.messages import parse
from generator.load import documents as held_text
from generator.load.records import Inputs, Loaded
from generator.problems import Problem


def held(inputs: Inputs) -> tuple[list[m.Document], list[Problem]]:
    """Every held document, checked and joined to its text; and the problems with them."""
    problems: list[Problem] = []
    out = []
    for loaded in inputs.documents:
        document = _joined(loaded, inputs.texts.get(Path(loaded.path).stem), problems)
        if document is not None:
            out.append(document)
    return sorted(out, key=lambda doc: (doc.date, doc.id)), problems


def _joined(loaded: Loaded, text: held_text.Text | None, problems: list[Problem]) -> m.Document | None:
    """The document's metadata checked, and joined to its text split into paragraphs."""
    problems.extend(loaded.problems)
    if loaded.data is None:
        return None
    record, found = parse(m.DocumentRecord, loaded)
    said = {(p.line, p.column) for p in loaded.problems}
    problems.extend(p for p in found if (p.line, p.column) not in said)
    if record is None:
        return None
    stem = Path(loaded.path).stem
    if record.id != stem:
        problems.append(
            loaded.problem(
                ("id",),
                f"'{record.id}' differs from the file name; rename the files to {record.id}.yml and {record.id}.txt "
                f"or set `id: {stem}`",
            )
        )
        return None
    if text is None:
        problems.append(loaded.problem(("id",), f"the document's text is missing; add {stem}.txt beside this file"))
        return None
    if text.text is None:
        problems.append(text.problem)
        return None
    heading, paragraphs, closing, trouble = held_text.parse_text(text.text, record.numbering)
    problems.extend(Problem(text.path, line, 1, "", message) for line, message in trouble)
    return (
        None if trouble else m.Document(**record.model_dump(), heading=heading, paragraphs=paragraphs, closing=closing)
    )


def citations(held_documents: list[m.Document], national, listed, register, records) -> Iterator[Problem]:
    by_id = {doc.id: doc for doc in held_documents}
    for item in quoted.files(national, listed, register, records):
        for i, source in enumerate(item.record.sources):
            if source.document is None:
                continue
            doc = by_id.get(source.document)
            if doc is None:
                close = difflib.get_close_matches(source.document, sorted(by_id), n=1)
                hint = (
                    f" (did you mean `{close[0]}`?)" if close else ": " + (", ".join(sorted(by_id)) or "none is held")
                )
                yield item.file.problem(
                    ("sources", i, "document"),
                    f"'{source.document}' is not a document the project holds; use the id of one in "
                    f"content/documents/{hint}, or leave `document:` out",
                )
                continue
            if source.locator is None:
                continue
            keys = held_text.located(source.locator)
            if keys is None:
                yield item.file.problem(
                    ("sources", i, "locator"),
                    f"'{source.locator}' names no paragraph; for a held document write `paragraph N` or `paragraphs N "
                    f"to M`, for example `paragraph {doc.keys[0]}`",
                )
                continue
            for key in keys:
                if key not in doc.keys:
                    yield item.file.problem(
                        ("sources", i, "locator"),
                        f"paragraph {key} is not a paragraph of {doc.id}; "
                        f"its paragraphs are: {held_text.listed(doc.keys)}",
                    )
