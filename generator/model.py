"""Typed, frozen models of the records under content/.

These classes are the contract: the loader's data is validated into them, the
JSON Schema that editors' tools use is generated from them, and (after derive)
they are what templates see. Unknown keys are errors, never silently ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, computed_field
from pydantic_core import PydanticCustomError

from generator import addresses
from generator.load.documents import Block, Numbering, Paragraph

# An identifier: lower-case words joined by hyphens, as in police open data.
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
# One line of text (titles, names); a paragraph of text (summaries).
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
HttpUrl = Annotated[str, StringConstraints(pattern=r"^https?://[^\s<>\"'/?#]+([/?#][^\s<>\"']*)?$", max_length=500)]


_YYYY_MM_DD = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date_text(value: Any) -> Any:
    """Only `YYYY-MM-DD` is a date in a record (never a number, never a time of day)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or not _YYYY_MM_DD.fullmatch(value):
        raise PydanticCustomError("date_format", "a date is written YYYY-MM-DD")
    return value


# A calendar date written YYYY-MM-DD; the loader keeps it as text, this parses it.
Date = Annotated[dt.date, BeforeValidator(_date_text)]


class Record(BaseModel):
    """Base for every record: frozen, and a typo'd key is an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Country(str, Enum):
    england = "England"
    wales = "Wales"


class SourceKind(str, Enum):
    inspectorate_letter = "inspectorate-letter"
    inspectorate_report = "inspectorate-report"
    inspectorate_news = "inspectorate-news-release"
    force_statement = "force-statement"
    force_update = "force-update"  # a force's own update, published on the inspectorate's page (its recommendations)
    pcc_letter = "pcc-letter"
    pcc_statement = "pcc-statement"
    panel_report = "panel-report"
    press_report = "press-report"
    parliament_record = "parliament-record"
    reference_data = "reference-data"
    iopc_page = "iopc-page"
    other_organisation = "other-organisation"


class Basis(str, Enum):
    """Whether the outcome category is named by the source, or is our reading of its words."""

    stated = "stated"
    reading = "reading"


class ActionStatus(str, Enum):
    """Our classification of what a source says of an action, as of the source's date; never more than it says."""

    requested = "requested"  # someone asked for it (a report, a review); no source says it was done
    under_consideration = "under-consideration"  # the source says it is being considered, with no decision
    planned = "planned"
    in_progress = "in-progress"
    in_place = "in-place"
    ongoing = "ongoing"
    done = "done"
    not_accepted = "not-accepted"
    not_stated = "not-stated"


class Excerpt(Record):
    """A passage read from a web source, word for word: what the record's quotations are checked against."""

    text: Text = Field(description="The passage, word for word as the source gives it (`…` for words left out).")
    where: Line | None = Field(
        default=None,
        description="Where on the page it was seen, when the page numbers nothing: e.g. 'the page's title', "
        "'an image caption'. Leave out for the page's text as read.",
    )


class Source(Record):
    """A document the file cites; every fact names one by its id in a `source:` field."""

    id: Slug = Field(description="Short name used by `source:` fields in this file.")
    kind: SourceKind = Field(description="What sort of document this is.")
    title: Line = Field(description="The document's title or subject line.")
    publisher: Line = Field(description="Who wrote or published it.")
    date: Date | None = Field(default=None, description="The date on the document (YYYY-MM-DD), if it has one.")
    date_as_stated: Line | None = Field(
        default=None,
        description="When the exact day is not known: the date as far as the source gives it, in its own words only, "
        "e.g. 'Thursday March 14th'.",
    )
    dated_in: Line | None = Field(
        default=None,
        description="When neither the day nor the source's own words for its date are known: the date as far as it "
        "is known, in your words, e.g. 'October 2017'.",
    )
    url: HttpUrl | None = Field(default=None, description="Public web address, http(s) only, if there is one.")
    document: Slug | None = Field(
        default=None,
        description="The id of the project's copy of the document (content/documents/<id>.yml and .txt), if it holds "
        "one.",
    )
    locator: Line | None = Field(default=None, description="Page or paragraph cited, e.g. 'page 19'.")
    reports_on: Line | None = Field(
        default=None,
        description="For a second-hand source (a press report of a letter, say): what it reports on, "
        "and whether the project holds that document.",
    )
    excerpts: list[Excerpt] = Field(
        default_factory=list,
        description="For a source the project holds no copy of: the passages read from it, word for word. Every "
        "quotation of the source (an as-stated field, words in quotation marks, its title) is found in one of them.",
    )

    @computed_field(
        description="In the data downloads only: where the project's copy of a held document is on the "
        "site, relative to the site's root, at the first paragraph the locator names "
        "(documents/<id>/#paragraph-4); null when the project holds no copy."
    )
    @property
    def document_address(self) -> str | None:
        return addresses.held(self.document, self.locator).served if self.document else None


# --- national records -------------------------------------------------------


class Area(Record):
    id: Slug = Field(description="Identifier of the area, used by force records.")
    name: Line = Field(description="Name of the area as shown to readers.")
    question: Text | None = Field(
        default=None, description="The question the inspectorate asked, if the sources give it."
    )
    source: Slug = Field(description="Id of the source that names the area (and gives the question).")


class Outcome(Record):
    id: Slug = Field(description="Identifier of the outcome, used by force records.")
    label: Line = Field(description="The inspectorate's wording of the outcome.")
    meaning: Text = Field(description="What the outcome means, in plain English.")
    graded: bool = Field(
        default=True,
        description="false for a stated outcome that is not a grade, such as 'no graded judgment'; it has no place on "
        "the scale.",
    )
    source: Slug = Field(description="Id of the source that gives the wording.")


class PublishedFigures(Record):
    area: Slug = Field(description="An area id, or `overall`.")
    counts: dict[Slug, Annotated[int, Field(ge=0, le=10_000)]] = Field(
        description="Number of forces per outcome id, as published."
    )
    source: Slug = Field(description="Id of the source that publishes these figures.")


class PublishedCount(Record):
    text: Text = Field(
        description="A national figure in words, as the source gives it, e.g. 'The inspectorate inspected 34 forces'."
    )
    value: int = Field(ge=0, le=10_000, description="The number.")
    source: Slug = Field(description="Id of the source that publishes it.")


class KeyFinding(Record):
    text: Text = Field(description="A national finding, in the source's sense.")
    source: Slug = Field(description="Id of the source that states it.")


class ForceListEntry(Record):
    id: Slug = Field(description="Police open-data identifier.")
    name: Line = Field(description="Name of the force as in 2017.")
    country: Country = Field(description="England or Wales.")


class ForceList(Record):
    """The fixed list of territorial police forces of England and Wales."""

    source: Slug = Field(description="Where the list comes from.")
    sources: list[Source] = Field(min_length=1, description="Documents cited in this file.")
    forces: list[ForceListEntry] = Field(min_length=1, description="Every territorial force.")


class SystemDescription(Record):
    text: Text = Field(description="What this source says the system is or does (its words only in quotation marks).")
    source: Slug = Field(description="Id of the source that says it.")


class System(Record):
    id: Slug = Field(description="Identifier of the system, used by follow-up actions.")
    name: Line = Field(description="The system's name as the sources give it.")
    what_it_does: Text = Field(description="What the sources say the system does.")
    source: Slug = Field(description="Id of the source that describes it.")
    it_monitoring: bool = Field(
        default=True,
        description="Whether it is a tool for monitoring IT systems; false (a reporting line, a governance system) "
        "lists it among the register's other named systems.",
    )
    also_described: list[SystemDescription] = Field(
        default_factory=list,
        description="What other sources (its supplier, say) say the system is, each with its source.",
    )


class Service(Record):
    """A national service that forces join (not a system): the Crimestoppers reporting line, for one."""

    id: Slug = Field(description="Identifier of the service, used by follow-up actions' `service:`.")
    name: Line = Field(description="The service's name as its source gives it.")
    what_it_does: Text = Field(description="What the source says the service is and does.")
    launched: Date | None = Field(default=None, description="The day it launched, if a source gives it.")
    launched_as_stated: Line | None = Field(default=None, description="The launch date in the source's words.")
    source: Slug = Field(description="Id of the source that describes it.")


class SystemRegister(Record):
    sources: list[Source] = Field(min_length=1, description="Documents cited in this file.")
    systems: list[System] = Field(description="Named systems that follow-up actions refer to.")
    services: list[Service] = Field(
        default_factory=list, description="National services that forces join, such as a reporting line (not systems)."
    )


class AssessmentKind(str, Enum):
    """What an assessment is, as its record shows it (Assessment.kind)."""

    letters = "letters"  # a review that wrote to every force (it has a letters date): a force's round is its letter
    reports = "reports"  # a programme that reported on forces one by one, area by area
    national = "national"  # a national report only: it judged no single force


class Assessment(Record):
    """One national assessment round or inspection programme, with its areas, outcome scale and published figures."""

    id: Slug = Field(description="Identifier; the file name without `.yml`.")
    title: Line = Field(description="Title of the national report.")
    short_title: Line = Field(description="A short name for the round, shown in lists.")
    inspectorate: Line = Field(description="Who carried out the assessment.")
    summary: Text = Field(description="What the assessment looked at, in plain English.")
    review_period: Line | None = Field(default=None, description="When the review took place, as stated.")
    documents_submitted_by: Date | None = Field(default=None, description="Deadline for forces' documents.")
    review_started: Date | None = Field(default=None, description="First day of the review.")
    letters_date: Date | None = Field(default=None, description="Date of the letters to forces.")
    published: Date | None = Field(
        default=None,
        description="Date the national report was published; leave out for a programme with no single report.",
    )
    period: Line | None = Field(
        default=None,
        description="When the programme ran or reported, in your words (the sources' words only inside quotation "
        "marks), e.g. 'Reports published on 17 November 2022, 16 June 2023 and 21 September 2023'.",
    )
    began_in: int | None = Field(
        default=None,
        ge=2000,
        le=2100,
        description="For a later programme: the year it began, as the sources give it. No date in its rounds may be "
        "earlier.",
    )
    follows_up: Slug | None = Field(
        default=None,
        description="For a later programme: the id of the assessment whose areas its observations bear on, e.g. "
        "assessment-2017.",
    )
    scale_note: Text | None = Field(
        default=None, description="Where the sources give only some grades of the scale: say so here, in plain words."
    )
    forces_in_scope: int | None = Field(
        default=None, ge=1, le=10_000, description="How many forces the figures cover, if the sources say."
    )
    sources: list[Source] = Field(min_length=1, description="Documents cited in this file.")
    areas: list[Area] = Field(default_factory=list, description="The areas each plan was judged on.")
    outcomes: list[Outcome] = Field(default_factory=list, description="The outcome scale.")
    published_figures: list[PublishedFigures] = Field(
        default_factory=list, description="Published counts of forces per area and outcome."
    )
    published_counts: list[PublishedCount] = Field(
        default_factory=list, description="Other national figures published, e.g. how many forces were inspected."
    )
    key_findings: list[KeyFinding] = Field(default_factory=list, description="National findings in words.")

    @property
    def sort_date(self) -> dt.date:
        """Where the assessment stands in time: its publication date, else the first day of the year it began."""
        return self.published or dt.date(self.began_in or 1, 1, 1)

    @property
    def kind(self) -> AssessmentKind:
        """The one rule for what the assessment is: letters to every force, reports force by force, or national."""
        if self.letters_date:
            return AssessmentKind.letters
        return AssessmentKind.reports if self.areas else AssessmentKind.national

    @property
    def judges_forces(self) -> bool:
        """Whether it judged forces one by one, area by area (its letters or its reports), or only the nation."""
        return self.kind is not AssessmentKind.national


# --- force records ----------------------------------------------------------


class Letter(Record):
    date: Date = Field(description="Date on the letter.")
    sender: Line = Field(description="Who signed the letter.")
    recipient: Line = Field(description="Who it was addressed to.")
    copied_to: Line | None = Field(default=None, description="Who it was copied to, if anyone.")
    source: Slug = Field(description="Id of the source: the letter itself.")


class StatedFact(Record):
    value: bool = Field(description="true or false.")
    summary: Text | None = Field(default=None, description="What the source says, briefly.")
    source: Slug = Field(description="Id of the source that says it.")


class Finding(Record):
    """The outcome for one area, as a source gives it. Never guessed: leave an area out if no source gives it."""

    area: Slug = Field(description="An area id of the assessment, or `overall`.")
    outcome: Slug = Field(description="An outcome (grade) id of the assessment's scale.")
    basis: Basis = Field(description="`stated` if the source names the outcome; `reading` if it is our reading.")
    as_stated: Line | None = Field(
        default=None,
        description="The grade statement word for word, where the source has one, e.g. 'Vetting, IT monitoring and "
        "counter-corruption: good'.",
    )
    summary: Text = Field(description="One or two sentences on what the source says.")
    source: Slug = Field(description="Id of the source.")


class Figure(Record):
    text: Line = Field(
        description="The figure in words: yours, with the source's own words only inside quotation marks."
    )
    value: float = Field(allow_inf_nan=False, description="The number.")
    unit: Literal["percent", "people", "count", "pounds"] = Field(description="percent, people, count or pounds.")
    period_as_stated: Line | None = Field(
        default=None,
        description="The period the figure covers, in the source's words, e.g. 'between October 2022 and October "
        "2023'.",
    )


class Action(Record):
    """What a force or its PCC did, or said it did or planned, as one source reports it."""

    title: Line = Field(description="What the action is, in a few words.")
    areas: list[Slug] = Field(
        default_factory=list,
        description="The 2017 areas it serves (capability-and-capacity, it-monitoring, links-with-agencies), "
        "and/or abuse-of-position for abuse of position in general; leave out if none.",
    )
    description: Text = Field(description="What the source says, in one or two sentences.")
    system: Slug | None = Field(default=None, description="Id of a named system in the register.")
    service: Slug | None = Field(
        default=None, description="Id of a national service in the register's `services:` that the force joined."
    )
    partners: list[Line] = Field(default_factory=list, description="Partner organisations named.")
    status: ActionStatus = Field(
        description="requested, under-consideration, planned, in-progress, in-place, ongoing, done, not-accepted, or "
        "not-stated when the source gives none: our word, never saying more than the source."
    )
    status_as_stated: Text | None = Field(default=None, description="Status in the source's words.")
    dates_as_stated: Text | None = Field(default=None, description="Any dates in the source's words.")
    figures: list[Figure] = Field(default_factory=list, description="Figures the source gives.")
    source: Slug = Field(description="Id of the source that reports it.")


APSP = "abuse-of-position"  # an observation on abuse of position for a sexual purpose in general
OVERALL = "overall"  # the area id of an assessment's overall outcome: in published figures and findings alike


class Observation(Record):
    """A sourced finding that carries no grade, tied to the 2017 areas it bears on."""

    bears_on: list[Slug] = Field(
        default_factory=list,
        description="The 2017 areas it bears on (capability-and-capacity, it-monitoring, links-with-agencies), "
        "and/or abuse-of-position for abuse of position in general; leave out if none.",
    )
    text: Text = Field(
        description="What the source found, in your own words (paraphrase; quote only in quotation marks)."
    )
    source: Slug = Field(description="Id of the source that says it.")


class Response(Record):
    by: Line = Field(description="Who responded: name and role, as the source gives them.")
    summary: Text = Field(description="What they said, in one or two plain sentences.")
    source: Slug = Field(description="Id of the source that reports it.")


class Round(Record):
    """What is on record for one force in one national assessment."""

    assessment: Slug = Field(description="Id of a national assessment under content/national/.")
    letter: Letter | None = Field(default=None, description="The inspectorate's letter, if held.")
    reflects_national_strategy: StatedFact | None = Field(
        default=None, description="Whether the plans reflected the national strategy, if a source says."
    )
    findings: list[Finding] = Field(default_factory=list, description="Outcome per area, where sourced.")
    actions: list[Action] = Field(default_factory=list, description="Follow-up actions reported.")
    responses: list[Response] = Field(
        default_factory=list, description="What the force or its PCC said about the assessment, as reported."
    )
    report_title: Line | None = Field(default=None, description="The report's title, word for word, if known.")
    report_source: Slug | None = Field(
        default=None, description="Id of the source that gives the report's title (required with `report_title`)."
    )
    published: Date | None = Field(
        default=None, description="Date the report was published, if a source gives the day."
    )
    published_as_stated: Line | None = Field(
        default=None,
        description="The publication date in the source's words only, e.g. 'Wednesday, October 29': no year or "
        "attribution added.",
    )
    published_in: Line | None = Field(
        default=None,
        description="When the day is not known and no words of the source are held: the publication date as far as "
        "the source gives it, in your words, e.g. 'May 2025'.",
    )
    published_source: Slug | None = Field(
        default=None,
        description="Id of the source that gives the publication date (required with `published`, "
        "`published_as_stated` or `published_in`).",
    )
    inspected_as_stated: Line | None = Field(
        default=None, description="When the inspection took place, in the source's words only, e.g. 'In December 2022'."
    )
    inspected_in: Line | None = Field(
        default=None,
        description="When the inspection took place, in your words, where no words of the source are held, e.g. "
        "'September 2021'.",
    )
    inspected_source: Slug | None = Field(
        default=None,
        description="Id of the source that says when the inspection took place (required with `inspected_as_stated` "
        "or `inspected_in`).",
    )
    observations: list[Observation] = Field(
        default_factory=list, description="Findings without a grade, each tied to the 2017 areas it bears on."
    )
    note: Text | None = Field(default=None, description="What is known where no outcome is published.")
    note_sources: list[Slug] = Field(
        default_factory=list,
        description="Ids of the sources the note's facts come from; every source a note names is listed.",
    )


class Correction(Record):
    date: Date = Field(description="Date the correction was made.")
    summary: Text = Field(description="What was corrected and why, in plain words.")


class Force(Record):
    """A force record, content/forces/<id>.yml: what the sources say about one force. See CONTRIBUTING.md."""

    id: Slug = Field(description="Police open-data identifier; the file name without `.yml`.")
    name: Line = Field(description="Name of the force as in 2017.")
    country: Country = Field(description="England or Wales.")
    last_updated: Date = Field(
        description="Date this record was last changed by an editor (YYYY-MM-DD, not in the future)."
    )
    sources: list[Source] = Field(default_factory=list, description="Every document this record cites.")
    rounds: list[Round] = Field(default_factory=list, description="One entry per assessment round on record.")
    observations: list[Observation] = Field(
        default_factory=list,
        description="Findings that no source ties to a programme (an undated press report, a separate inspection).",
    )
    actions: list[Action] = Field(
        default_factory=list,
        description="What the force or its PCC did that no source ties to a programme, each with its source.",
    )
    corrections: list[Correction] = Field(
        default_factory=list, description="Corrections made after publication, each dated; shown in the feeds."
    )


# --- the documents the project holds (content/documents/; their text is read by load/documents.py) ---


class Licence(str, Enum):
    ogl = "ogl-3"
    public = "public-document"


class DocumentRecord(Record):
    """A held document's metadata, content/documents/<id>.yml; its text is <id>.txt beside it."""

    id: Slug = Field(
        description="Identifier; the file names without `.yml` and `.txt`. Sources name it in `document:`."
    )
    kind: SourceKind = Field(description="What sort of document this is.")
    title: Line = Field(description="The document's title or subject line, as it gives it.")
    author: Line | None = Field(default=None, description="Who wrote or signed it, as the document gives it.")
    recipient: Line | None = Field(default=None, description="Who it is addressed to, as the document gives it.")
    copied_to: Line | None = Field(default=None, description="Who it was copied to, if the document says.")
    date: Date = Field(description="The date on the document (YYYY-MM-DD).")
    publisher: Line = Field(description="Who published it.")
    published_where: Text | None = Field(
        default=None,
        description="Where the original was published, as far as the sources say; leave out if they say nothing.",
    )
    url: HttpUrl | None = Field(default=None, description="The original's public web address, if the sources give one.")
    licence: Licence = Field(
        description="ogl-3: Crown copyright under the Open Government Licence v3.0; "
        "public-document: a public document of a public body, reproduced for reference."
    )
    numbering: Numbering = Field(
        description="own: the document numbers its paragraphs (2.6, 3.7); in-order: it does not, "
        "and its paragraphs are numbered 1, 2, 3 in order."
    )


class Document(DocumentRecord):
    """A held document: its metadata (as in its .yml) and its text, in parts (read from its .txt)."""

    heading: tuple[Block, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    closing: tuple[Block, ...] = ()

    @property
    def meta(self) -> DocumentRecord:
        """Its metadata: the fields of its .yml."""
        return DocumentRecord(**self.model_dump(include=set(DocumentRecord.model_fields)))

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(p.key for p in self.paragraphs)

    @property
    def repeated(self) -> tuple[str, ...]:
        """The numbers the document gives to more than one paragraph."""
        numbers = [p.number for p in self.paragraphs]
        return tuple(sorted({n for n in numbers if numbers.count(n) > 1}))


TILE_LABEL = r"^[A-Za-z0-9&]{1,3}$"  # a tile's short name: legible on a phone, and never markup


class Tile(Record):
    """One force's tile on the tile map: a cell of the HexJSON grid and the short name it shows."""

    q: int = Field(ge=-100, le=100, description="The tile's column, counting eastwards.")
    r: int = Field(ge=-100, le=100, description="The tile's row, counting northwards (HexJSON rows count upwards).")
    label: Annotated[str, StringConstraints(pattern=TILE_LABEL)] = Field(
        description="The short name the tile shows: 1 to 3 letters, digits or `&`, e.g. 'Ken'."
    )


class TileLayout(Record):
    """content/national/tiles.yml: the tile map's layout, in the Open Data Institute's HexJSON format."""

    layout: Literal["odd-r"] = Field(
        description="The HexJSON grid: `odd-r` (rows of pointy-topped hexagons, odd rows set half a tile right)."
    )
    hexes: dict[Slug, Tile] = Field(
        min_length=1, description="One tile per force, keyed by the force's id in content/national/forces.yml."
    )


# --- the council areas each force covers (content/national/areas.yml, with the ONS lookup areas.csv beside it) ---

# ONS's codes (its register of geographic codes): a local authority district of England is E06 (unitary
# authority), E07 (non-metropolitan district), E08 (metropolitan district) or E09 (London borough), one of
# Wales W06 (unitary authority), each followed by six digits; a police force area is E23 or W15 and six digits.
DISTRICT_CODE = r"^(E0[6-9]|W06)[0-9]{6}$"
FORCE_AREA_CODE = r"^(E23|W15)[0-9]{6}$"
LONDON = "E09"  # the start of a London borough's code (and of the City of London's, the one E09 that is not a borough)
ForceAreaCode = Annotated[str, StringConstraints(pattern=FORCE_AREA_CODE)]


class AreasRecord(Record):
    """content/national/areas.yml: where the lookup areas.csv comes from, its credit, and which force each area is."""

    source: Slug = Field(description="Id of the source the lookup (areas.csv) comes from.")
    sources: list[Source] = Field(min_length=1, description="Documents cited in this file.")
    attribution: Text = Field(
        description="The credit the lookup's licence asks for, word for word; the site and the data package show it."
    )
    force_areas: dict[ForceAreaCode, Slug] = Field(
        min_length=1,
        description="ONS's code of each police force area in areas.csv -> the id of the force (in "
        "content/national/forces.yml) that polices it: ONS's names differ from ours, so the code is matched once, "
        "here.",
    )


class District(Record):
    """A local authority district (a council area), as the ONS lookup gives it."""

    code: Annotated[str, StringConstraints(pattern=DISTRICT_CODE)] = Field(
        description="ONS's code of the district, e.g. E06000023."
    )
    name: Line = Field(description="ONS's name of the district, e.g. 'Bristol, City of'.")


class ForceArea(Record):
    """One police force area: the force that polices it and the districts in it."""

    code: ForceAreaCode = Field(description="ONS's code of the police force area, e.g. E23000036.")
    name: Line = Field(description="ONS's name of the area, e.g. 'Avon and Somerset' ('Devon & Cornwall').")
    force: Slug = Field(description="The id of the force that polices it, in content/national/forces.yml.")
    districts: tuple[District, ...] = Field(
        min_length=1, description="The districts in the area, by ONS code; each district is in one area."
    )


class Areas(AreasRecord):
    """The council areas each force covers: areas.yml, with areas.csv's districts grouped by police force area."""

    police_force_areas: tuple[ForceArea, ...] = Field(
        description="Each police force area with its force and its districts, in the order of the force list."
    )


class Content(Record):
    """Everything under content/, validated."""

    assessments: tuple[Assessment, ...]
    force_list: ForceList
    systems: SystemRegister
    forces: tuple[Force, ...]
    tiles: TileLayout
    areas: Areas
    documents: tuple[Document, ...] = ()  # each held document, with its text
