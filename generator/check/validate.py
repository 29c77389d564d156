"""Validate loaded records into the typed model, then check what one record cannot check alone.

The rules live beside this module, one per subject: files.py (the content folder), identity.py (ids, file names,
references), consistency.py (figures, dates, outcomes), programmes.py (the later programmes), actions.py (follow-up
actions and the register), sources.py (what an "as stated" field may hold), documents.py (the documents the project
holds and the quotations from them) and tiles.py (the tile map's layout); each yields problems, none raises.
`validate` returns the whole Content only when there are no problems at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel

from generator import model as m
from generator.check import areas as rules_areas
from generator.check import documents as rules_documents
from generator.check import quoted as rules_quoted
from generator.check import tiles as rules_tiles
from generator.check.actions import actions_resolve, unique_services
from generator.check.consistency import (
    counts_within_published_figures,
    dates_in_order,
    no_dates_in_the_future,
    one_round_per_assessment,
    overall_outcome_is_stated,
    published_figures_add_up,
)
from generator.check.files import files_rules
from generator.check.identity import (
    file_names_match_ids,
    forces_are_listed,
    references_resolve,
    sources_exist,
    unique_ids,
)
from generator.check.messages import parse
from generator.check.programmes import follows_up_resolves, observations_bear_on_areas, rounds_after_programme_began
from generator.check.sources import (
    as_stated_holds_only_the_sources_words,
    dates_given_once,
    round_facts_name_their_source,
    sources_are_cited,
)
from generator.load.records import Inputs, Loaded
from generator.problems import Problem


@dataclass
class Located:
    """A validated record together with the file it came from."""

    record: BaseModel
    file: Loaded


def validate(inputs: Inputs, today: dt.date | None = None) -> tuple[m.Content | None, list[Problem]]:
    """All problems with all records; `today` (passed in, never read here) bounds every date."""
    problems: list[Problem] = files_rules(inputs)

    def typed(cls: type[BaseModel], loaded: Loaded) -> Located | None:
        problems.extend(loaded.problems)
        if loaded.data is None:  # nothing could be read: syntax, encoding, a hazard
            return None
        # A duplicate key keeps its first value and an unreadable value reads as empty: check the rest of
        # the file too, so the editor sees every problem at once, but say nothing twice about one place.
        if cls not in loaded.kept:
            loaded.kept[cls] = parse(cls, loaded)
        record, found = loaded.kept[cls]
        said = {(p.line, p.column) for p in loaded.problems}
        problems.extend(p for p in found if (p.line, p.column) not in said)
        return Located(record, loaded) if record else None

    national = [x for x in (typed(m.Assessment, a) for a in inputs.assessments) if x]
    listed = typed(m.ForceList, inputs.force_list)
    register = typed(m.SystemRegister, inputs.systems)
    records = [x for x in (typed(m.Force, f) for f in inputs.forces) if x]
    tiles = typed(m.TileLayout, inputs.tiles)
    areas, trouble = rules_areas.areas(typed(m.AreasRecord, inputs.areas), inputs.lookup, listed)
    problems.extend(trouble)
    # With a broken national file, rules that look things up in it would only repeat its problems.
    national_ok = len(national) == len(inputs.assessments) and listed is not None and register is not None
    for rule in RULES:
        if national_ok or rule not in NEEDS_NATIONAL:
            problems.extend(rule(national, listed, register, records))
    if tiles is not None and listed is not None:
        for tile_rule in rules_tiles.RULES:
            problems.extend(tile_rule(tiles, listed))
    if today is not None:
        problems.extend(no_dates_in_the_future(national, listed, register, records, today))
    held, trouble = rules_documents.held(inputs)
    problems.extend(trouble)
    problems.extend(rules_documents.citations(held, national, listed, register, records))
    problems.extend(rules_quoted.problems(held, national, listed, register, records))
    if problems:
        return None, sorted(set(problems))
    content = m.Content(
        assessments=tuple(sorted((a.record for a in national), key=lambda a: a.sort_date)),
        force_list=listed.record,
        systems=register.record,
        forces=tuple(sorted((f.record for f in records), key=lambda f: f.name)),
        tiles=tiles.record,
        areas=areas,
        documents=tuple(held),
    )
    return content, []


RULES = [
    file_names_match_ids,
    unique_ids,
    sources_exist,
    forces_are_listed,
    references_resolve,
    published_figures_add_up,
    one_round_per_assessment,
    dates_in_order,
    counts_within_published_figures,
    overall_outcome_is_stated,
    follows_up_resolves,
    observations_bear_on_areas,
    rounds_after_programme_began,
    round_facts_name_their_source,
    sources_are_cited,
    as_stated_holds_only_the_sources_words,
    dates_given_once,
    actions_resolve,
    unique_services,
]


NEEDS_NATIONAL = {
    forces_are_listed,
    references_resolve,
    counts_within_published_figures,
    follows_up_resolves,
    observations_bear_on_areas,
    rounds_after_programme_began,
    actions_resolve,
}
