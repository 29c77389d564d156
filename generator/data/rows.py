"""The rows of the CSV downloads (their fields are in tables.py), from the derived views the pages show.

findings.csv: one row per listed force, assessment that judged forces and judged area (derive's judgments),
whether or not an outcome is on record; actions.csv and observations.csv: one row per action or observation on
record; areas.csv: one row per council area (district), from ONS's lookup.
"""

from __future__ import annotations

from generator import citations
from generator import model as m
from generator.derive import ActionView, ForceView, Judgment, ObservationView, RoundView, Site


def _force(view: ForceView, assessment: m.Assessment | None) -> dict:
    return {
        "force_id": view.id,
        "force_name": view.name,
        "country": view.country,
        "assessment": assessment.id if assessment else None,
    }


def _source(source: m.Source | None) -> dict:
    if source is None:
        return {}
    return {
        "source_title": source.title,
        "source_kind": source.kind.value,
        "source_date": source.date,
        "source_date_as_stated": source.date_as_stated,
        "source_dated_in": source.dated_in,
        "source_url": source.url,
    }


def _named(prefix: str, source: m.Source | None) -> dict:
    """The title and kind of the source a round names for one of its facts (its publication date, say)."""
    return {f"{prefix}_title": source.title, f"{prefix}_kind": source.kind.value} if source else {}


def findings_rows(site: Site) -> list[dict]:
    """Assessments oldest first; within each, every listed force by name; within each force, the judged areas."""
    rows = []
    for national in reversed(site.national):
        for view in site.forces:
            rnd = view.round_for(national.assessment.id)
            for place, area in enumerate(national.judged):
                found = _finding(rnd, rnd.judgments[place]) if rnd else {"record_status": NO_RECORD}
                rows.append({**_force(view, national.assessment), "area": area.id, "area_name": area.name, **found})
    return rows


# A findings row's record_status: an outcome on record; a round on record without one for this area; no round.
OUTCOME, NOT_PUBLISHED, NO_RECORD = "outcome", "not-published", "no-record"
RECORD_STATUSES = (OUTCOME, NOT_PUBLISHED, NO_RECORD)


def check_at(c: citations.Citation) -> str | None:
    """findings.csv's `check_at`: where a reader can check what a record takes from a source (its citation): the
    project's copy of it on the site, at the paragraph that holds the words quoted (relative to the site's root), or
    its web address, opened at them (citations.citation)."""
    return c.held.served if c.held else c.url


def _finding(rnd: RoundView, judgment: Judgment) -> dict:
    r = rnd.round
    known = {
        "letter_date": r.letter.date if r.letter else None,
        "report_title": r.report_title,
        "report_published": r.published,
        "report_published_as_stated": r.published_as_stated,
        "report_published_in": r.published_in,
        "inspected_as_stated": r.inspected_as_stated,
        "inspected_in": r.inspected_in,
        **_named("report_published_source", rnd.published_source),
        **_named("inspected_source", rnd.inspected_source),
    }
    if judgment.finding is None:
        return {"record_status": NOT_PUBLISHED, **known}
    return {
        "record_status": OUTCOME,
        "outcome": judgment.outcome.id,
        "outcome_label": judgment.outcome.label,
        "outcome_graded": "true" if judgment.outcome.graded else "false",
        "grade_as_stated": judgment.finding.as_stated,
        "basis": judgment.finding.basis.value,
        "summary": judgment.finding.summary,
        **_source(judgment.source),
        **known,
        "check_at": check_at(judgment.citation),
    }


def actions_rows(site: Site) -> list[dict]:
    """Each force's actions: those of its rounds (newest programme first), then its own, tied to no programme."""
    return [
        _action(view, item)
        for view in site.forces
        for item in [*(a for r in view.rounds for a in r.actions), *(a for a in view.actions if a.assessment is None)]
    ]


def _figure(f: m.Figure) -> str:
    period = f"; {f.period_as_stated}" if f.period_as_stated else ""
    value = int(f.value) if f.value == int(f.value) else f.value
    return f"{f.text} ({value} {f.unit}{period})"


def _action(view: ForceView, item: ActionView) -> dict:
    a = item.action
    return {
        **_force(view, item.assessment),
        "title": a.title,
        "areas": "; ".join(a.areas),
        "area_names": "; ".join(item.area_names),
        "description": a.description,
        "system": a.system,
        "system_name": item.system.name if item.system else None,
        "service": a.service,
        "service_name": item.service.name if item.service else None,
        "partners": "; ".join(a.partners),
        "status": a.status.value,
        "status_as_stated": a.status_as_stated,
        "dates_as_stated": a.dates_as_stated,
        "figures": "; ".join(_figure(f) for f in a.figures),
        **_source(item.source),
    }


def observations_rows(site: Site) -> list[dict]:
    """Each force's observations: those of its rounds (newest programme first), then those tied to no programme."""
    return [row for view in site.forces for row in _observations(view)]


def _observations(view: ForceView) -> list[dict]:
    rows = [_observation(view, rnd.assessment, o) for rnd in view.rounds for o in rnd.observations]
    return rows + [_observation(view, None, o) for o in view.observations]


def _observation(view: ForceView, assessment: m.Assessment | None, item: ObservationView) -> dict:
    o = item.observation
    return {
        **_force(view, assessment),
        "bears_on": "; ".join(o.bears_on),
        "bears_on_names": "; ".join(item.bears_on),
        "text": o.text,
        **_source(item.source),
    }


def areas_rows(site: Site) -> list[dict]:
    """One row per district, by district code."""
    listed = {f.id: f for f in site.content.force_list.forces}
    rows = [
        {
            "district_code": d.code,
            "district_name": d.name,
            "force_id": area.force,
            "force_name": listed[area.force].name,
            "country": listed[area.force].country.value,
            "force_area_code": area.code,
        }
        for area in site.content.areas.police_force_areas
        for d in area.districts
    ]
    return sorted(rows, key=lambda row: row["district_code"])
