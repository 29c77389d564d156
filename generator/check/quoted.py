"""Every quotation on record, found in what the project holds of its source, or refused.

A quotation is a field that holds a source's words whole (an "as stated" field, a report's title, an area's
question, an outcome's label), a phrase in quotation marks inside a text of ours (an action's description, an
observation, a note, a summary, a figure), or a source's title unless marked as ours in square brackets. Its
words must be in its source: a held document's text (a fact's words within the paragraphs the source's locator
names), or the passages a web source keeps (`excerpts:`), compared by quotes.contains.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from generator import model as m
from generator.check import quotes, walk
from generator.check.sources import ADDED_WORDS
from generator.load import documents as d
from generator.load.records import Loaded, Loc, dotted
from generator.problems import Problem

# The fields that hold a source's words whole. (A system's or a service's name is the register's name for it, and an
# outcome's label the name of a grade on its scale; a finding's grade statement, `as_stated`, is the quotation.)
WHOLE = walk.AS_STATED | {"report_title", "question"}
# A field whose words come from the sources another field of its object names, not from the object's `source:`.
SOURCED_BY = {
    "published_as_stated": "published_source",
    "inspected_as_stated": "inspected_source",
    "report_title": "report_source",
    "published_in": "published_source",
    "inspected_in": "inspected_source",
    "note": "note_sources",
}
# Words of ours inside a title: a description in square brackets.
_OURS = re.compile(r"\[[^\]]*\]")


@dataclass(frozen=True)
class Quotation:
    """Words a record gives as a source's: where they stand, and the sources they must be found in."""

    file: Loaded
    loc: Loc
    words: str
    sources: tuple[m.Source, ...]
    whole: bool  # the field is the source's words whole (else: a phrase in quotation marks)
    own: bool  # a field of the source itself (its date, locator): its address counts, and its whole document


def files(national, listed, register, records) -> list:
    """Every validated record with its file: the national ones first."""
    return [*national, *([listed] if listed else []), *([register] if register else []), *records]


def problems(held_documents: list[m.Document], national, listed, register, records) -> Iterator[Problem]:
    """Every quotation and every title not found in its source."""
    documents = {doc.id: doc for doc in held_documents}
    for item in files(national, listed, register, records):
        yield from titles(item.file, item.record, documents)
        if "quotations" not in item.file.kept:  # a function of the record alone: see Loaded.kept
            item.file.kept["quotations"] = list(quotations(item.file, item.record))
        for quotation in item.file.kept["quotations"]:
            problem = check(quotation, documents)
            if problem is not None:
                yield problem


def quotations(item_file: Loaded, record: BaseModel) -> Iterator[Quotation]:
    """Every quotation in one validated record (titles aside: see `titles`). The text of a national assessment of its
    own (its summary) may quote any of the file's sources."""
    by_id = {s.id: s for s in getattr(record, "sources", [])}
    everything = tuple(by_id.values()) if isinstance(record, m.Assessment) else ()
    yield from _visit(item_file, record, everything, by_id)


def _named(obj: BaseModel, field: str, by_id: dict[str, m.Source]) -> tuple[m.Source, ...]:
    value = getattr(obj, field) if field in walk.names(type(obj)) else None
    ids = value if isinstance(value, list) else [value]
    return tuple(by_id[i] for i in ids if i in by_id)


def _visit(file: Loaded, record: BaseModel, everything: tuple[m.Source, ...], by_id) -> Iterator[Quotation]:
    for loc, obj, above in walk.models(record):
        if isinstance(obj, m.Excerpt):
            continue  # the passages themselves
        own = isinstance(obj, m.Source)
        # the words of a fact are its source's; of a source's own fields, the source's; else the nearest around
        holder = next((x for x in (obj, *reversed(above)) if isinstance(x, m.Source) or _cites(x)), None)
        here = (holder,) if isinstance(holder, m.Source) else _named(holder, "source", by_id) if holder else everything
        for name in walk.names(type(obj)):
            value = getattr(obj, name)
            if not isinstance(value, str) or (own and name in ("title", "url")):
                continue
            sources = _named(obj, SOURCED_BY[name], by_id) if name in SOURCED_BY else here
            if not sources:
                continue  # no source to find it in (a correction); an unknown id is reported elsewhere
            if name in WHOLE:
                yield Quotation(file, (*loc, name), value, sources, True, own)
            else:
                yield from (Quotation(file, (*loc, name), q, sources, False, own) for q in quotes.quoted(value))
        if own:  # a title of ours in [square brackets] may quote the source, like any text of ours
            for part in _OURS.findall(obj.title):
                yield from (Quotation(file, (*loc, "title"), q, (obj,), False, True) for q in quotes.quoted(part))


def _cites(obj: BaseModel) -> bool:
    """Whether a model names the source of its facts in `source:`. (Asked of its fields first: a missing attribute
    is a slow path in pydantic, and most models have no `source`.)"""
    return "source" in walk.names(type(obj)) and isinstance(obj.source, str)


def first_words(obj: BaseModel) -> str | None:
    """The first words a fact gives as its source's, in its fields' order: an as-stated field whole, or a phrase in
    quotation marks (a figure's, inside its action, too); None when it quotes nothing. Where a citation of the
    fact opens its source: the web page at these words, a held document at their paragraph."""
    for name in walk.names(type(obj)):
        if name in SOURCED_BY:
            continue  # a note's words are its own sources', not the round's
        value = getattr(obj, name)
        if isinstance(value, str) and name in WHOLE:
            return value
        if isinstance(value, str) and (phrases := quotes.quoted(value)):
            return phrases[0]
        for item in value if isinstance(value, list) else []:
            if isinstance(item, BaseModel) and not _cites(item) and (found := first_words(item)):
                return found
    return None


def held_by(source: m.Source, words: str, documents: dict[str, m.Document]) -> bool:
    """Whether the project holds `words` of `source`: in its held document (within its locator's paragraphs), or in
    its passages."""
    q = Quotation(Loaded(""), (), words, (source,), False, False)
    return check(q, documents) is None


def check(quotation: Quotation, documents: dict[str, m.Document]) -> Problem | None:
    """The problem with one quotation, if its words are not where they must be. (Words of ours inside an as-stated
    field, a bracket or "according to", are refused by check/sources.py: said once, there.)"""
    q = quotation
    if q.whole and ADDED_WORDS.search(q.words):
        return None
    held = [s for s in q.sources if s.document in documents]
    for source in held:
        doc = documents[source.document]
        keys = () if q.own else d.named(source.locator, doc.keys)
        if quotes.contains(quotes.paragraphs_text(doc, keys) if keys else quotes.full_text(doc), q.words):
            return None
    passages = [p for s in q.sources if not s.document for p in _passages(s, q.own)]
    if any(quotes.contains(quotes.normalise(p), q.words) for p in passages):
        return None
    if held:
        return _not_in_document(q, held[0], documents[held[0].document])
    names = " or ".join(f"'{s.id}'" for s in q.sources)
    problem = q.file.problem if q.whole else functools.partial(_at_words, q)
    what = "the field" if q.whole else "the quotation marks"
    if not passages:
        return problem(
            q.loc,
            f"'{q.words}' is given as the words of {names}, which holds no passage of its own: copy the passage you "
            f"read into the source's `excerpts:`, word for word; where you have no words of the source, leave out "
            f"{what} and say it in your own words",
        )
    nearest = quotes.nearest_of(passages, q.words)
    return problem(
        q.loc,
        f"'{q.words}' is not in the passages held from {names}; the nearest is '{nearest}': quote them word for word "
        f"(… marks words left out), or, where you have no words of the source, leave out {what} and say it in your "
        "own words",
    )


def _at_words(q: Quotation, loc: Loc, message: str) -> Problem:
    """A problem at the phrase itself, inside the text that quotes it."""
    line, column = q.file.at_words(loc, q.words)
    return Problem(q.file.path, line, column, dotted(loc), message)


def _passages(source: m.Source, own: bool) -> list[str]:
    """What the project holds of a web source's words: its excerpts, and, for its own fields, its address."""
    return [e.text for e in source.excerpts] + ([source.url] if own and source.url else [])


def _not_in_document(q: Quotation, source: m.Source, doc: m.Document) -> Problem:
    text = quotes.full_text(doc)
    if quotes.contains(text, q.words):
        found = quotes.holding(doc, q.words)
        return q.file.problem(
            q.loc,
            f"'{q.words}' is in paragraph {found.key if found else '?'} of {doc.id}, outside the source's locator "
            f"'{source.locator}'; quote the paragraphs it names, or cite a source whose locator names paragraph "
            f"{found.key if found else '?'}",
        )
    return q.file.problem(
        q.loc,
        f"'{q.words}' is not in {doc.id}; the nearest passage is '{quotes.nearest(text, q.words)}': quote the "
        "document word for word (… marks words left out), and put anything else in a note",
    )


def titles(file: Loaded, record: BaseModel, documents: dict[str, m.Document]) -> Iterator[Problem]:
    """Each source's title is the source's own words, unless in [square brackets]: a held document's own title, or
    words found in the passages a web source keeps. A held document's source keeps no passages of its own."""
    for i, source in enumerate(getattr(record, "sources", [])):
        doc = documents.get(source.document) if source.document else None
        if doc is not None and source.excerpts:
            yield file.problem(
                ("sources", i, "excerpts"),
                f"the project holds {doc.id}, whose text is checked whole; leave `excerpts:` out",
            )
        words = quotes.normalise(_OURS.sub(" … ", source.title)).strip(" …")
        if not words or (source.document and doc is None):
            continue  # a title of ours; or a document the project does not hold, which check/documents.py reports
        if doc is not None:
            if quotes.normalise(source.title) != quotes.normalise(doc.title):
                yield file.problem(
                    ("sources", i, "title"),
                    f"'{source.title}' is not the title of {doc.id}; write `title: \"{doc.title}\"`, the document's "
                    "own, and say anything else in `locator:` or `reports_on:`",
                )
        elif not any(quotes.contains(quotes.normalise(e.text), words) for e in source.excerpts):
            yield file.problem(
                ("sources", i, "title"),
                f"'{source.title}' is not in the passages held from '{source.id}'; add the page's own title to "
                "`excerpts:` (with `where: the page's title`), or mark a title of ours with [square brackets]",
            )
