"""The entries of the Atom feeds: one per dated change in the records, dated from the records, never the clock.

A letter is dated by its date. A round's judgments without a letter (the later programmes' grades) are one
entry, dated by the day the sources say they were made public (`RoundView.dated`: the report's publication
date, else the date of the sources its grades rest on); a round that no source dates has no entry. A judgment that
is our reading of its source says so, as on the pages (labels.judgment_notes). Responses are dated by their source,
else by the record's last_updated. A follow-up action (a round's or the force's own) is dated by its source; one
that no source dates to the day has no entry. Observations have no entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator import addresses
from generator import model as m
from generator.addresses import Address
from generator.derive import ForceView, Judgment, RoundView, Site
from generator.labels import ACTION_STATUSES, SOURCE_KINDS


@dataclass(frozen=True)
class Entry:
    key: str  # stable identity, from the records
    date: dt.date
    title: str
    summary: str
    page: Address  # the page the entry is about, at the section it is about, if any


def entries_of_force(view: ForceView) -> list[Entry]:
    """A force's entries: its rounds', its actions' and its corrections'; none for a force without a record."""
    if view.record is None:
        return []
    force, entries = view.record, []
    for rnd in view.rounds:
        entries += _round_entries(force, rnd)
    entries += _action_entries(view)
    for c in force.corrections:
        entries.append(
            Entry(
                f"{force.id}/correction/{c.date}/{c.summary}",
                c.date,
                f"{force.name}: correction",
                c.summary,
                view.address,
            )
        )
    return entries


def undated_rounds(view: ForceView) -> list[RoundView]:
    """The rounds with judgments but no letter that no source dates: they have no entry."""
    return [r for r in view.rounds if not r.round.letter and r.judged and r.dated is None]


def _outcomes(found: tuple[Judgment, ...]) -> str:
    """Each area and its outcome, saying which are our reading and which rest on no inspectorate document
    (labels.judgment_notes): once, if all share the same."""
    notes = [j.notes for j in found]
    if len(found) > 1 and len(set(notes)) == 1 and notes[0]:
        return "; ".join(f"{j.area.name}: {j.outcome.label}" for j in found) + f" (all {'; '.join(notes[0])})"
    return "; ".join(
        f"{j.area.name}: {j.outcome.label}" + (f" ({'; '.join(n)})" if n else "") for j, n in zip(found, notes)
    )


def _round_entries(force: m.Force, rnd: RoundView) -> list[Entry]:
    a, section = rnd.assessment, rnd.address
    found = rnd.judged
    outcomes = _outcomes(found)
    entries = []
    if rnd.round.letter:
        letter = rnd.round.letter
        summary = f"The inspectorate wrote to {letter.recipient} ({a.short_title})." + (
            f" {outcomes}." if outcomes else ""
        )
        entries.append(
            Entry(
                f"{force.id}/{a.id}/letter", letter.date, f"{force.name}: the inspectorate's letter", summary, section
            )
        )
    elif found and rnd.dated:
        report = f" Report: {rnd.round.report_title}." if rnd.round.report_title else ""
        cited = "; ".join(dict.fromkeys(f"{j.source.title} ({SOURCE_KINDS[j.source.kind]})" for j in found))
        entries.append(
            Entry(
                f"{force.id}/{a.id}/findings",
                rnd.dated,
                f"{force.name}: {a.short_title}: {outcomes}",
                f"{outcomes}.{report} Source: {cited}.",
                section,
            )
        )
    for item in rnd.responses:
        r = item.response
        entries.append(
            Entry(
                f"{force.id}/{a.id}/response/{r.by}/{r.summary}",
                item.source.date or force.last_updated,
                f"{force.name}: response from {r.by}",
                f"{r.summary} Reported in: {item.source.title}.",
                section,
            )
        )
    return entries


def _action_entries(view: ForceView) -> list[Entry]:
    """One entry per follow-up action whose source gives its day, dated by it; linked to the action's heading."""
    force, entries = view.record, []
    for item in view.actions:
        if item.reported is None:
            continue
        act, said = item.action, item.rests_on
        programme = item.assessment.id if item.assessment else "own"
        summary = (
            f"{act.description} Reported in: {item.source.title} ({SOURCE_KINDS[item.source.kind]})"
            + (f"; {said}" if said else "")
            + "."
        )
        entries.append(
            Entry(
                f"{force.id}/{programme}/action/{act.title}",
                item.reported,
                f"{force.name}: {act.title} ({ACTION_STATUSES[act.status].lower()})",
                summary,
                item.address,
            )
        )
    return entries


def site_entries(site: Site, per_force: list[list[Entry]] | None = None) -> list[Entry]:
    """Every entry of the site: national reports and each force's. `per_force`: entries_of_force of each of
    site.forces, if the caller already has them."""
    entries = [
        Entry(
            f"national/{a.id}",
            a.published,
            f"National report published: {a.short_title}",
            a.summary,
            addresses.NATIONAL,
        )
        for a in site.content.assessments
        if a.published
    ]
    per_force = [entries_of_force(view) for view in site.forces] if per_force is None else per_force
    return entries + [e for each in per_force for e in each]
