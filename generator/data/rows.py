"""The rows of the CSV downloads (their fields are in tables.py), from the derived views the pages show.

findings.csv: one row per force, assessment and area, whether or not an outcome is on record;
actions.csv and observations.csv: one row per action or observation on record; areas.csv: one row per council
area (district), from ONS's lookup.
"""

from __future__ import annotations

from generator import citations
from generator import model as m
from generator.derive import ActionView, ForceView, ObservationView, RoundView, Site


def _force(view: ForceView, assessment: m.Assessment | None) -> dict:
    f = view.force
    return {
        "force_id": f.id,
        "force_name": f.name,
        "country": f.country.value,
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
        "source_url": source.url,
    }


def _named(prefix: str, source: m.Source | None) -> dict:
    """The title and kind of the source a round names for one of its facts (its publication date, say)."""
    return {f"{prefix}_title": source.title, f"{prefix}_kind": source.kind.value} if source else {}


def findings_rows(site: Site) -> list[dict]:
    rows = []
    judged = {n.assessment.id: n.judged for n in site.national}
    for assessment in site.content.assessments:
        for view in site.forces:
            rnd = next((r for r in view.rounds if r.assessment.id == assessment.id), None)
            for area in judged[assessment.id]:
                rows.append(
                    {**_force(view, assessment), "area": area.id, "area_name": area.name, **_finding(rnd, area.id)}
                )
    return rows


def _finding(rnd: RoundView | None, area_id: str) -> dict:
    if rnd is None:
        return {"record_status": "no-record"}
    r = rnd.round
    known = {
        "letter_date": r.letter.date if r.letter else None,
        "report_title": r.report_title,
        "report_published": r.published,
        "report_published_as_stated": r.published_as_stated,
        "inspected_as_stated": r.inspected_as_stated,
        **_named("report_published_source", rnd.published_source),
        **_named("inspected_source", rnd.inspected_source),
    }
    found = next((f for f in (*rnd.findings, rnd.overall) if f and f.area_id == area_id and f.finding), None)
    if found is None:
        return {"record_status": "not-published", **known}
    return {
        "record_status": "outcome",
        "outcome": found.outcome.id,
        "outcome_label": found.outcome.label,
        "outcome_graded": "true" if found.outcome.graded else "false",
        "grade_as_stated": found.finding.as_stated,
        "basis": found.finding.basis.value,
        "summary": found.finding.summary,
        **_source(found.source),
        **known,
        "check_at": citations.check_at(found.source, found.finding.as_stated),
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
