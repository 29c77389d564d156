"""Rules on the content folder itself: nothing in it but records, and at least one national assessment."""
from __future__ import annotations

from collections.abc import Iterator

from generator.load import Inputs
from generator.problems import Problem, display_path


def only_records(inputs: Inputs) -> Iterator[Problem]:
    """Every file in content/forces/ and content/national/ is a YAML record."""
    for folder in (inputs.root / "content" / "forces", inputs.root / "content" / "national"):
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.is_file() and not path.match("*.yml"):
                yield Problem(display_path(path, inputs.root), 1, 1, "", "unexpected file; a force record is named like `kent.yml`, an assessment like `assessment-2017.yml`")


def an_assessment_exists(inputs: Inputs) -> Iterator[Problem]:
    if not inputs.assessments:
        national = inputs.root / "content" / "national"
        yield Problem(display_path(national, inputs.root), 1, 1, "", "no national assessment found; add content/national/assessment-YYYY.yml")


def files_rules(inputs: Inputs) -> list[Problem]:
    return [*only_records(inputs), *an_assessment_exists(inputs)]


