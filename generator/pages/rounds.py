"""One round of a force page in full (templates/_round.md.j2): the letter or the report, each area's outcome or grade
with its mark and what it rests on, the findings without a grade, the responses, and a pointer to the follow-up
actions that answer it. Part of the force page's view (force.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import labels
from generator import model as m
from generator.addresses import Address
from generator.citations import Citation
from generator.derive import Judgment, ObservationView, ResponseView, RoundView
from generator.labels import SaidBy, said_by


@dataclass(frozen=True)
class RoundFact:
    """A round's report title or date, and who gives it ("according to …")."""

    words: str  # the date, or the title or date in the source's words, in quotation marks
    said_by: SaidBy | None


@dataclass(frozen=True)
class Strategy:
    """Whether the plans reflected the national strategy, as a source says."""

    verb: str  # "reflected", "did not reflect"
    summary: str | None
    citation: Citation


@dataclass(frozen=True)
class RoundPage:
    title: str
    address: Address  # the round's section, e.g. forces/kent.md#round-assessment-peel-2018-19
    letter: m.Letter | None
    letter_citation: Citation | None
    letter_note: bool  # say beside each fact that the inspectorate's letter itself is not held
    report: bool  # a programme's round: it lists its report's title and dates, or says they are not known
    title_fact: RoundFact | None  # the report's title
    published: RoundFact | None
    inspected: RoundFact | None
    not_known: tuple[str, ...]  # what the sources do not give of a programme's report: its title, dates
    note: str | None
    note_sources: str  # "Source" or "Sources"
    note_citations: tuple[Citation, ...]  # the sources of the round's note
    no_judgment: bool  # neither a note nor a finding: say that no judgment is on record
    judgment_word: str  # what a judgment is in this round: "grade" (a programme's) or "outcome" (a letter's)
    strategy: Strategy | None
    findings_heading: str  # unique on the page: each is a landmark's name in the table of contents
    judgments: tuple[Judgment, ...]  # each area's (a programme's: those graded), then the overall one if any
    observations_heading: str
    observations: tuple[ObservationView, ...]
    responses: tuple[ResponseView, ...]
    actions_note: str | None  # how many follow-up actions answer this round, in words; None for none
    actions: Address  # the page's section of follow-up actions

    def letter_not_held(self, citation: Citation) -> bool:
        """Whether to say, beside a fact from `citation`, that the inspectorate's letter itself is not held."""
        return self.letter_note and not citation.is_letter


def round_page(rnd: RoundView, cites: dict[str, Citation], actions: Address) -> RoundPage:
    """`cites`: the citations of the force's sources, by id; `actions`: the force page's section of follow-up
    actions."""
    r, a = rnd.round, rnd.assessment
    report = a.kind is not m.AssessmentKind.letters
    # A programme's round shows the areas it graded; a letter's, every area (those without an outcome say so).
    shown = tuple(j for j in rnd.judgments if j.finding or (not report and j.area.id != m.OVERALL))
    held = r.letter is not None
    strategy = r.reflects_national_strategy
    n = len(rnd.actions)
    return RoundPage(
        a.short_title,
        rnd.address,
        r.letter,
        cites[rnd.letter_source.id] if rnd.letter_source else None,
        not held and not report,
        report,
        *_facts(rnd),
        _not_known(r) if report else (),
        r.note,
        labels.plural(len(rnd.note_sources), "Source"),
        rnd.note_citations,
        not (r.note or r.findings),
        "grade" if report else "outcome",
        Strategy("reflected" if strategy.value else "did not reflect", strategy.summary, rnd.strategy_citation)
        if strategy
        else None,
        f"{a.short_title}: grade per area" if report else "Outcome per area",
        shown,
        f"{a.short_title}: findings without a grade",
        rnd.observations,
        rnd.responses,
        f"{labels.count(n, 'follow-up action')} {labels.plural(n, 'answers', 'answer')} this round" if n else None,
        actions,
    )


def _facts(rnd: RoundView) -> tuple[RoundFact | None, RoundFact | None, RoundFact | None]:
    """The report's title, publication date and inspection date, each with who gives it."""
    r = rnd.round

    def fact(date: dt.date | None, quoted: str | None, ours: str | None, source: m.Source | None) -> RoundFact | None:
        """The day; else the source's words, in quotation marks; else ours, as they are."""
        words = labels.long_date(date) if date else labels.as_stated(quoted) if quoted else ours
        return RoundFact(words, said_by(source) if source else None) if words else None

    return (
        fact(None, r.report_title, None, rnd.report_source),
        fact(r.published, r.published_as_stated, r.published_in, rnd.published_source),
        fact(None, r.inspected_as_stated, r.inspected_in, rnd.inspected_source),
    )


def _not_known(rnd: m.Round) -> tuple[str, ...]:
    missing = {
        "the report's title": rnd.report_title,
        "its publication date": rnd.published or rnd.published_as_stated or rnd.published_in,
        "when it was inspected": rnd.inspected_as_stated or rnd.inspected_in,
    }
    return tuple(what for what, known in missing.items() if not known)
