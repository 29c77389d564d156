"""The fields of the CSV downloads: one list per table, the single description used by the CSV header,
the Frictionless data package and the Data page. Their rows are made in rows.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import model as m
from generator.data.rows import RECORD_STATUSES
from generator.labels import FIRST_HAND


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


_WHO = (
    Column("force_id", "string", "The force's police open-data identifier, e.g. west-yorkshire.", required=True),
    Column("force_name", "string", "The force's name as in 2017.", required=True),
    Column("country", "string", "England or Wales.", tuple(c.value for c in m.Country), required=True),
)
_ASSESSMENT = (
    "Identifier of the national assessment or inspection programme, "
    "e.g. assessment-2017 or assessment-integrity-2024-26."
)
_FORCE = (*_WHO, Column("assessment", "string", _ASSESSMENT, required=True))
_FIRST_HAND = ", ".join(sorted(k.value for k in FIRST_HAND))
_SOURCE = (
    Column("source_title", "string", "Title of the document the row comes from."),
    Column(
        "source_kind",
        "string",
        f"What sort of document it is. {_FIRST_HAND} are the inspectorate's own documents; "
        "any other kind means that what the row says rests on no inspectorate document (the pages say, for example, "
        "'known only from a press report').",
        tuple(k.value for k in m.SourceKind),
    ),
    Column("source_date", "date", "Date on that document, if it has one."),
    Column(
        "source_date_as_stated",
        "string",
        "Where the exact day is not known: the date as far as the document gives it, in its own words only, e.g. "
        "Thursday March 14th.",
    ),
    Column(
        "source_dated_in",
        "string",
        "Where neither the day nor the document's own words for its date are known: the date as far as it is known, "
        "in our words, e.g. October 2017.",
    ),
    Column("source_url", "string", "Public web address of that document, if there is one."),
)

FINDINGS = Table(
    "findings",
    "findings.csv",
    "Outcome per force and area",
    "One row per force, assessment and area: the inspectorate's outcome where a source gives one.",
    (
        *_FORCE,
        Column("area", "string", "Identifier of the area judged, or overall.", required=True),
        Column("area_name", "string", "Name of the area.", required=True),
        Column(
            "record_status",
            "string",
            "outcome: an outcome is on record; not-published: we hold documents for "
            "this force and assessment, but they give no outcome for this area; no-record: we hold no documents yet "
            "for this force and assessment (for a later programme: the sources found name no report on this force, "
            "which does not mean that there was none).",
            RECORD_STATUSES,
            required=True,
        ),
        Column("outcome", "string", "Identifier of the outcome; empty when none is on record."),
        Column("outcome_label", "string", "The inspectorate's wording of the outcome."),
        Column(
            "basis",
            "string",
            "stated: the source names the outcome; reading: our reading of the source's words.",
            tuple(b.value for b in m.Basis),
        ),
        Column("summary", "string", "What the source says, in one or two sentences."),
        *_SOURCE,
        Column("letter_date", "date", "Date of the inspectorate's letter to the force, if we hold it."),
        Column(
            "outcome_graded",
            "boolean",
            "false for a stated outcome that is not a grade, such as 'no graded "
            "judgment'; true for a grade on the scale; empty when no outcome is on record.",
        ),
        Column(
            "grade_as_stated",
            "string",
            "The grade statement word for word, where the source has one, e.g. "
            "'Vetting, IT monitoring and counter-corruption: good'.",
        ),
        Column("report_title", "string", "Title of the force's report in this programme, word for word, if known."),
        Column("report_published", "date", "Date the force's report was published, if a source gives the day."),
        Column(
            "report_published_as_stated",
            "string",
            "Where the exact day is not known: the publication date in the source's words only.",
        ),
        Column(
            "report_published_in",
            "string",
            "Where the exact day is not known and no words of the source are held: the publication date as far as "
            "the source gives it, in our words, e.g. May 2025.",
        ),
        Column(
            "inspected_as_stated",
            "string",
            "When the inspection took place, in the source's words only, e.g. In December 2022.",
        ),
        Column(
            "inspected_in",
            "string",
            "When the inspection took place, in our words, where no words of the source are held, e.g. September 2021.",
        ),
        Column(
            "report_published_source_title",
            "string",
            "Title of the document that gives the publication date (report_published, report_published_as_stated or "
            "report_published_in).",
        ),
        Column(
            "report_published_source_kind",
            "string",
            "What sort of document gives the publication date; a kind that is "
            "not the inspectorate's own means the date rests on no inspectorate document (a press report, say).",
            tuple(k.value for k in m.SourceKind),
        ),
        Column(
            "inspected_source_title", "string", "Title of the document that gives inspected_as_stated or inspected_in."
        ),
        Column(
            "inspected_source_kind",
            "string",
            "What sort of document gives inspected_as_stated or inspected_in.",
            tuple(k.value for k in m.SourceKind),
        ),
        Column(
            "check_at",
            "string",
            "Where a reader can check the outcome: for a document the project holds, the "
            "paragraph on this site that holds the words the finding quotes (else the first its source cites), "
            "relative to the site's address (documents/<id>/#paragraph-4); otherwise the source's web address, with "
            "a text fragment (#:~:text=) that opens it at the words quoted (the grade as stated, where the record "
            "gives it). Empty when no outcome is on record, or the source has neither.",
        ),
    ),
    ("force_id", "assessment", "area"),
)

OBSERVATIONS = Table(
    "observations",
    "observations.csv",
    "Findings without a grade",
    "One row per observation: a finding a source gives without a grade, with the 2017 areas it bears on.",
    (
        *_WHO,
        Column(
            "assessment",
            "string",
            _ASSESSMENT + " Empty for an observation that no source ties to a programme "
            "(a separate inspection, an undated press report).",
        ),
        Column(
            "bears_on",
            "string",
            "Identifiers of the 2017 areas it bears on (capability-and-capacity, it-monitoring, "
            f"links-with-agencies), or {m.APSP} for abuse of position for a sexual purpose in general, "
            "separated by '; '; empty if none.",
        ),
        Column("bears_on_names", "string", "Names of those areas, separated by '; '."),
        Column(
            "text", "string", "What the source found, paraphrased (quotations are in quotation marks).", required=True
        ),
        *_SOURCE,
    ),
)

ACTIONS = Table(
    "actions",
    "actions.csv",
    "Follow-up actions",
    "One row per follow-up action that a force or its Police and Crime Commissioner reported: those answering a "
    "programme, and the force's own, tied to none.",
    (
        *_WHO,
        Column("assessment", "string", _ASSESSMENT + " Empty for an action that no source ties to a programme."),
        Column("title", "string", "What the action is, in a few words.", required=True),
        Column(
            "areas",
            "string",
            "Identifiers of the 2017 areas it serves (capability-and-capacity, it-monitoring, "
            f"links-with-agencies), or {m.APSP} for abuse of position for a sexual purpose in general, "
            "separated by '; '; empty if none.",
        ),
        Column("area_names", "string", "Names of those areas, separated by '; '."),
        Column("description", "string", "What the source says, in one or two sentences.", required=True),
        Column(
            "system",
            "string",
            "Identifier of a named system (see the systems in forces.json); empty where the "
            "source names none, even where it says the force has a monitoring system.",
        ),
        Column("system_name", "string", "The system's name."),
        Column(
            "service", "string", "Identifier of a national service the force joined (see the services in forces.json)."
        ),
        Column("service_name", "string", "The service's name."),
        Column("partners", "string", "Partner organisations named, separated by '; '."),
        Column(
            "status",
            "string",
            "Status as we classify it, never saying more than the source: requested (asked for; no source says it was "
            "done), under-consideration (the source says it is being considered), planned, in-progress, in-place, "
            "ongoing, done, not-accepted; not-stated where the source gives none.",
            tuple(s.value for s in m.ActionStatus),
            required=True,
        ),
        Column("status_as_stated", "string", "Status in the source's words only."),
        Column("dates_as_stated", "string", "Any dates in the source's words only."),
        Column(
            "figures",
            "string",
            "Figures the source gives, separated by '; ': each in words (ours, the source's words in quotation marks), "
            "then in brackets its number, unit (percent, people, count or pounds) and period in the source's words, "
            "where we hold them.",
        ),
        *_SOURCE,
    ),
)
AREAS = Table(
    "areas",
    "areas.csv",
    "Council areas and their police forces",
    "One row per local authority district (council area) of England and Wales, with the police force whose area "
    "it is in: the Office for National Statistics' lookup of districts to police force areas (December 2023), "
    "used under the Open Government Licence v3.0.",
    (
        Column("district_code", "string", "ONS's code of the district, e.g. E06000023.", required=True),
        Column("district_name", "string", "ONS's name of the district, e.g. 'Bristol, City of'.", required=True),
        *_WHO,
        Column(
            "force_area_code",
            "string",
            "ONS's code of the police force area the district is in, e.g. E23000036 (ONS names it in its own "
            "way, 'Avon and Somerset'; force_id is the force that polices it).",
            required=True,
        ),
    ),
    ("district_code",),
)
TABLES = (FINDINGS, OBSERVATIONS, ACTIONS, AREAS)
