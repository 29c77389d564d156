"""Rules on the content folder itself: nothing in it but records (and held documents' texts, each beside its
metadata), and at least one national assessment."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from generator.load import documents as held_text
from generator.load.lookup import FILE as LOOKUP
from generator.load.records import Inputs
from generator.problems import Problem, display_path


def only_records(inputs: Inputs) -> Iterator[Problem]:
    """Every file in content/forces/ and content/national/ is a YAML record, but ONS's lookup areas.csv."""
    for folder in (inputs.root / "content" / "forces", inputs.root / "content" / "national"):
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.is_file() and not path.match("*.yml") and path != inputs.root.joinpath(*LOOKUP):
                yield Problem(
                    display_path(path, inputs.root),
                    1,
                    1,
                    "",
                    "unexpected file; a force record is named like `kent.yml`, an assessment like "
                    "`assessment-2017.yml`",
                )


def documents_are_pairs(inputs: Inputs) -> Iterator[Problem]:
    """Every file in content/documents/ is a document's metadata (`<id>.yml`) or its text (`<id>.txt`) beside it."""
    folder = inputs.root.joinpath(*held_text.FOLDER)
    described = {Path(f.path).stem for f in inputs.documents}
    for path in sorted(folder.iterdir()) if folder.is_dir() else ():
        shown = display_path(path, inputs.root)
        if path.is_file() and path.suffix == ".txt" and path.stem not in described:
            yield Problem(
                shown,
                1,
                1,
                "",
                f"a document's text without its metadata; add {path.stem}.yml beside it (see CONTRIBUTING.md, \"A "
                'held document")',
            )
        elif path.is_file() and path.suffix not in (".txt", ".yml"):
            yield Problem(
                shown,
                1,
                1,
                "",
                "unexpected file; a held document is `<id>.yml` (its metadata) with `<id>.txt` (its text)",
            )


def an_assessment_exists(inputs: Inputs) -> Iterator[Problem]:
    if not inputs.assessments:
        national = inputs.root / "content" / "national"
        yield Problem(
            display_path(national, inputs.root),
            1,
            1,
            "",
            "no national assessment found; add content/national/assessment-YYYY.yml",
        )


def files_rules(inputs: Inputs) -> list[Problem]:
    return [*only_records(inputs), *documents_are_pairs(inputs), *an_assessment_exists(inputs)]
