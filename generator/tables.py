"""The rows of the CSV downloads, and the fields that describe them.

One list of fields per table is the single description used by the CSV header,
the Frictionless data package and the Data page. Rows come from the derived
views, the same ones the pages show.
"""
from __future__ import annotations

from dataclasses import dataclass

from generator import model as m
from generator.derive import OVERALL, ActionView, ForceView, RoundView, Site


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # a Frictionless type: string, date, boolean
    description: str
    enum: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    path: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()


STATUSES = ("outcome", "not-published", "no-record")
_FORCE = (
    Column("force_id", "string", "The force's police open-data identifier, e.g. west-yorkshire.", required=True),
    Column("force_name", "string", "The force's name as in 2017.", required=True),
    Column("country", "string", "England or Wales.", tuple(c.value for c in m.Country), required=True),
    Column("assessment", "string", "Identifier of the national assessment, e.g. assessment-2017.", required=True),
)
_SOURCE = (
    Column("source_title", "string", "Title of the document the row comes from."),
    Column("source_kind", "string", "What sort of document it is.", tuple(k.value for k in m.SourceKind)),
    Column("source_date", "date", "Date on that document, if it has one."),
    Column("source_date_as_stated", "string", "Where the exact day is not known: the date as far as it is, e.g. October 2017."),
    Column("source_url", "string", "Public web address of that document, if there is one."),
)

FINDINGS = Table(
    "findings", "findings.csv", "Outcome per force and area",
    "One row per force, assessment and area: the inspectorate's outcome where a source gives one.",
    (
        *_FORCE,
        Column("area", "string", "Identifier of the area judged, or overall.", required=True),
        Column("area_name", "string", "Name of the area.", required=True),
        Column("record_status", "string", "outcome: an outcome is on record; not-published: the sources we hold "
               "publish none for this area; no-record: we hold no documents yet for this force and assessment.",
               STATUSES, required=True),
        Column("outcome", "string", "Identifier of the outcome; empty when none is on record."),
        Column("outcome_label", "string", "The inspectorate's wording of the outcome."),
        Column("basis", "string", "stated: the source names the outcome; reading: our reading of the source's words.",
               tuple(b.value for b in m.Basis)),
        Column("summary", "string", "What the source says, in one or two sentences."),
        *_SOURCE,
        Column("letter_date", "date", "Date of the inspectorate's letter to the force, if we hold it."),
    ),
    ("force_id", "assessment", "area"),
)

ACTIONS = Table(
    "actions", "actions.csv", "Follow-up actions",
    "One row per follow-up action that a force or its Police and Crime Commissioner reported.",
    (
        *_FORCE,
        Column("title", "string", "What the action is, in a few words.", required=True),
        Column("area", "string", "Identifier of the area it serves; empty for general work."),
        Column("area_name", "string", "Name of that area."),
        Column("description", "string", "What the source says, in one or two sentences.", required=True),
        Column("system", "string", "Identifier of a named system (see the systems in forces.json)."),
        Column("system_name", "string", "The system's name."),
        Column("partners", "string", "Partner organisations named, separated by '; '."),
        Column("status", "string", "Status as we classify it.", tuple(s.value for s in m.ActionStatus), required=True),
        Column("status_as_stated", "string", "Status in the source's words."),
        Column("dates_as_stated", "string", "Any dates in the source's words."),
        Column("figures", "string", "Figures the source gives, in words, separated by '; '."),
        *_SOURCE,
    ),
)


def _force(view: ForceView, assessment: m.Assessment) -> dict:
    f = view.force
    return {"force_id": f.id, "force_name": f.name, "country": f.country.value, "assessment": assessment.id}


def _source(source: m.Source | None) -> dict:
    if source is None:
        return {}
    return {"source_title": source.title, "source_kind": source.kind.value, "source_date": source.date,
            "source_date_as_stated": source.date_as_stated, "source_url": source.url}


def _areas(assessment: m.Assessment) -> list[tuple[str, str]]:
    areas = [(a.id, a.name) for a in assessment.areas]
    if any(p.area == OVERALL for p in assessment.published_figures):
        areas.append((OVERALL, "Overall"))
    return areas


def findings_rows(site: Site) -> list[dict]:
    rows = []
    for assessment in site.content.assessments:
        for view in site.forces:
            rnd = next((r for r in view.rounds if r.assessment.id == assessment.id), None)
            for area_id, area_name in _areas(assessment):
                rows.append({**_force(view, assessment), "area": area_id, "area_name": area_name, **_finding(rnd, area_id)})
    return rows


def _finding(rnd: RoundView | None, area_id: str) -> dict:
    if rnd is None:
        return {"record_status": "no-record"}
    letter = {"letter_date": rnd.round.letter.date if rnd.round.letter else None}
    found = next((f for f in (*rnd.findings, rnd.overall) if f and f.area_id == area_id and f.finding), None)
    if found is None:
        return {"record_status": "not-published", **letter}
    return {"record_status": "outcome", "outcome": found.outcome.id, "outcome_label": found.outcome.label,
            "basis": found.finding.basis.value, "summary": found.finding.summary, **_source(found.source), **letter}


def actions_rows(site: Site) -> list[dict]:
    return [_action(view, rnd.assessment, item) for view in site.forces for rnd in view.rounds for item in rnd.actions]


def _action(view: ForceView, assessment: m.Assessment, item: ActionView) -> dict:
    a = item.action
    return {
        **_force(view, assessment), "title": a.title, "area": a.area, "area_name": item.area_name,
        "description": a.description, "system": a.system, "system_name": item.system.name if item.system else None,
        "partners": "; ".join(a.partners), "status": a.status.value, "status_as_stated": a.status_as_stated,
        "dates_as_stated": a.dates_as_stated, "figures": "; ".join(f.text for f in a.figures), **_source(item.source),
    }
