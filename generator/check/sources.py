"""Rules on what each fact rests on: every source is cited by a fact, every date and title of a round names
its source, and a field that holds a source's words holds nothing else.

Each rule takes (national, listed, register, records), the validated records with their files, and
yields problems; none raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.check import walk
from generator.problems import Problem

# What a round says about its report, and the field that must name the source it comes from.
ROUND_FACTS = (
    ("report_title", "report_source", "the report's title"),
    ("published", "published_source", "the publication date"),
    ("published_as_stated", "published_source", "the publication date"),
    ("published_in", "published_source", "the publication date"),
    ("inspected_as_stated", "inspected_source", "when the inspection took place"),
    ("inspected_in", "inspected_source", "when the inspection took place"),
)

# Words that are ours, not the source's: an editor's insertion in square brackets, an attribution, a comment on the
# year, our reading, or a year in round brackets. Round brackets alone may be the source's own ("Thursday (March 14)").
_OURS = r"according to\b.*|not known\b.*|our reading\b.*|from the [\w ]+'s address\b"
ADDED_WORDS = re.compile(rf"\([^)]*\b(?:{_OURS}|(?:19|20)\d\d\b)[^)]*\)?|\[[^\]]*\]?|\b(?:{_OURS})", re.IGNORECASE)


def round_facts_name_their_source(national, listed, register, records) -> Iterator[Problem]:
    for item in records:
        for r, rnd in enumerate(item.record.rounds):
            said: set[str] = set()  # one message per missing source field, at the first fact that needs it
            for fact, source, what in ROUND_FACTS:
                if getattr(rnd, fact) is not None and getattr(rnd, source) is None and source not in said:
                    said.add(source)
                    yield item.file.problem(
                        ("rounds", r, fact),
                        f"{what} names no source; every fact names its document: add `{source}:` with the id of the "
                        "source that gives it",
                    )


def sources_are_cited(national, listed, register, records) -> Iterator[Problem]:
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        cited = {value for loc, value in walk.values(item.record, walk.is_source) if loc[0] != "sources"}
        for i, s in enumerate(item.record.sources):
            if s.id not in cited:
                yield item.file.problem(
                    ("sources", i, "id"),
                    f"'{s.id}' is cited by no fact; cite it where a fact comes from it (`source:`, or a round's "
                    "`report_source:`, `published_source:`, `inspected_source:`, `note_sources:`), or remove it",
                )


def as_stated_holds_only_the_sources_words(national, listed, register, records) -> Iterator[Problem]:
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        for loc, value in walk.values(item.record, walk.is_as_stated):
            found = ADDED_WORDS.search(value)
            if found:
                yield item.file.problem(
                    loc,
                    f"'{found.group().strip()}' is not the source's words; an as-stated field holds the source's "
                    "words only: name where it comes from in the `…_source:` field, and put a year or remark of ours "
                    "in `note:`",
                )


# A date in our words stands in for the source's: given beside the source's own day or words, it says one thing twice.
ONCE = (
    ("published_in", ("published", "published_as_stated"), "the publication date"),
    ("inspected_in", ("inspected_as_stated",), "when the inspection took place"),
    ("dated_in", ("date", "date_as_stated"), "the source's date"),
)


def dates_given_once(national, listed, register, records) -> Iterator[Problem]:
    for item in [*national, *records, *([listed] if listed else []), *([register] if register else [])]:
        for loc, obj, _ in walk.models(item.record):
            fields = walk.names(type(obj))  # asked first: a missing attribute is a slow path in pydantic
            for ours, theirs, what in ONCE:
                if ours not in fields or getattr(obj, ours) is None:
                    continue
                given = next((t for t in theirs if t in fields and getattr(obj, t) is not None), None)
                if given:
                    yield item.file.problem(
                        (*loc, ours),
                        f"{what} is given already, in `{given}:`; give it once: the day or the source's own words "
                        f"where you have them, else your words in `{ours}:`",
                    )
