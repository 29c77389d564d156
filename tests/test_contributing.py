"""CONTRIBUTING.md is part of the contract: every field of every model is documented, and its example is valid."""

import re
import shutil
import typing

import pytest
import yaml
from pydantic import BaseModel

from generator import model as m
from generator.build import check
from tests.conftest import ROOT, TODAY

GUIDE = (ROOT / "CONTRIBUTING.md").read_text()
# Each model, and the heading of its section in CONTRIBUTING.md's "Every field".
SECTIONS = {
    m.Force: "A force record",
    m.Source: "A source",
    m.Excerpt: "A passage",
    m.Round: "A round",
    m.Letter: "A letter",
    m.StatedFact: "A stated fact",
    m.Finding: "A finding",
    m.Observation: "An observation",
    m.PublishedCount: "A published count",
    m.Action: "An action",
    m.Figure: "A figure",
    m.Response: "A response",
    m.Correction: "A correction",
    m.Assessment: "A national assessment",
    m.Area: "An area",
    m.Outcome: "An outcome",
    m.PublishedFigures: "Published figures",
    m.KeyFinding: "A key finding",
    m.ForceList: "The list of forces",
    m.ForceListEntry: "A listed force",
    m.SystemRegister: "The register of systems",
    m.System: "A system",
    m.DocumentRecord: "A held document",
    m.SystemDescription: "A system description",
    m.Service: "A service",
    m.TileLayout: "The tile map's layout",
    m.Tile: "A tile",
    m.AreasRecord: "The council areas",
}
RECORDS = (m.Force, m.Assessment, m.ForceList, m.SystemRegister, m.DocumentRecord, m.TileLayout, m.AreasRecord)


def models_in(cls: type[BaseModel], seen: set | None = None) -> set:
    """Every model an editor can write, reachable from a record's fields."""
    seen = set() if seen is None else seen
    seen.add(cls)
    for field in cls.model_fields.values():
        for t in _types(field.annotation):
            if isinstance(t, type) and issubclass(t, BaseModel) and t not in seen:
                models_in(t, seen)
    return seen


def _types(annotation):
    args = typing.get_args(annotation)
    return [annotation] if not args else [t for a in args for t in _types(a)]


def section(heading: str) -> str:
    match = re.search(rf"^### {re.escape(heading)}\n(.*?)(?=^#{{1,3}} )", GUIDE + "\n### end", re.S | re.M)
    assert match, f"CONTRIBUTING.md has no section '### {heading}'"
    return match.group(1)


def test_every_model_has_a_section():
    every = set().union(*(models_in(r) for r in RECORDS))
    assert every == set(SECTIONS), f"add a section to CONTRIBUTING.md and SECTIONS for: {every ^ set(SECTIONS)}"


@pytest.mark.parametrize("cls", SECTIONS, ids=lambda c: c.__name__)
def test_every_field_is_documented_in_its_section(cls):
    rows = {
        m.group(1): m.group(2) for m in re.finditer(r"^\| `(\w+)` \| ?(required)? ?\|", section(SECTIONS[cls]), re.M)
    }
    assert set(rows) == set(cls.model_fields), (
        f"{SECTIONS[cls]}: documented {sorted(rows)}, model has {sorted(cls.model_fields)}"
    )
    for name, field in cls.model_fields.items():
        assert (rows[name] == "required") == field.is_required(), (
            f"{SECTIONS[cls]}: `{name}` required is {field.is_required()}"
        )


def annotated_example(heading: str = "An annotated example record") -> str:
    return re.search(rf"## {heading}\n.*?```yaml\n(.*?)```", GUIDE, re.S).group(1)


EXAMPLES = (
    "An annotated example record",
    "An annotated example of a later-programme round",
    "Three cases editors meet at once",
    "An annotated example of follow-up actions",
)


@pytest.mark.parametrize("heading", EXAMPLES)
def test_the_annotated_examples_pass_the_check(tmp_path, heading):
    shutil.copytree(ROOT / "content/national", tmp_path / "content/national")
    shutil.copytree(ROOT / "content/documents", tmp_path / "content/documents")
    (tmp_path / "content/forces").mkdir()
    (tmp_path / "content/forces/kent.yml").write_text(annotated_example(heading))
    content, result = check(tmp_path, TODAY)
    assert [str(p) for p in result.problems] == []


def test_the_annotated_examples_together_use_every_field_of_a_force_record():
    used: dict[type, set] = {}

    def walk(cls, value):
        used.setdefault(cls, set()).update(value)
        for name, item in value.items():
            inner = [
                t for t in _types(cls.model_fields[name].annotation) if isinstance(t, type) and issubclass(t, BaseModel)
            ]
            for element in item if isinstance(item, list) else [item]:
                if inner and isinstance(element, dict):
                    walk(inner[0], element)

    for heading in EXAMPLES:
        walk(m.Force, yaml.safe_load(annotated_example(heading)))
    for cls in models_in(m.Force):
        assert used.get(cls, set()) == set(cls.model_fields), (
            f"the examples leave out {cls.__name__}: {set(cls.model_fields) - used.get(cls, set())}"
        )
    for heading in EXAMPLES:
        for line in annotated_example(heading).splitlines()[1:]:
            assert line.strip().startswith("- ") or ":" in line


def test_every_outcome_is_explained_with_the_letters_wording():
    assessment = yaml.safe_load((ROOT / "content/national/assessment-2017.yml").read_text())
    for outcome in assessment["outcomes"]:
        row = next((r for r in GUIDE.splitlines() if r.startswith(f"| `{outcome['id']}` |")), None)
        assert row and outcome["label"] in row, outcome["id"]
    for area in assessment["areas"]:
        assert f"| `{area['id']}` | {area['name']} | {area['question']} |" in GUIDE


def test_every_message_about_the_tile_layout_is_explained():
    """Each refusal of content/national/tiles.yml (generator/rules_tiles.py) has its row in the table of messages."""
    for message in (
        "has no tile; add a line `x: {q: , r: , label: }` in a free cell next to its neighbours",
        "is not one of the forces in content/national/forces.yml; key each tile by a listed force's id, or remove it",
        "is in the same cell (q N, r M) as 'y' on line L; move one of them to a free cell",
    ):
        assert re.search(r"^\| `'x' (of content/national/forces.yml )?" + re.escape(message) + "` \\| ", GUIDE, re.M), (
            message
        )


def unexplained(heading: str, fixture: str, skip: int = 0) -> list[str]:
    """The messages of a broken fixture (tests/fixtures/<fixture>.messages.txt, the first `skip` left out) that have
    no row in CONTRIBUTING.md's tables of messages from `heading` on. A row is the message with its values written
    as x, y, z, w, N and … (placeholders): its fixed words must all be in the message."""
    section = GUIDE[GUIDE.index(heading) :]
    rows = [line.split("` | ")[0].removeprefix("| `") for line in section.splitlines() if line.startswith("| `")]
    output = (ROOT / f"tests/fixtures/{fixture}.messages.txt").read_text()
    return [
        message
        for message in (line.split(": ", 2)[2] for line in output.splitlines()[skip:-1])  # the last is the summary
        if not any(
            all(
                piece.strip(" ;:,()") in message
                for piece in re.split(r"'[^']*'|\b(?:x|y|z|w|N)\b|…|\d+|`[^`]*`", row)
                if piece.strip(" ;:,()")
            )
            for row in rows
        )
    ]


@pytest.mark.parametrize("fixture", ["zz-broken-documents", "zz-broken-quotes"])
def test_every_message_about_held_documents_and_quotations_is_explained(fixture):
    """Each message of the held-documents and quotations fixtures has its row in the table of messages (the first is
    about the fixture's id, explained among the problems between records)."""
    assert unexplained("### Problems with held documents and quotations", fixture, skip=1) == []


def test_every_message_about_the_council_areas_is_explained():
    """Each message of the council areas' fixture (content/national/areas.yml and ONS's lookup areas.csv) has its
    row in the tables of messages."""
    assert unexplained("### Problems with the file itself", "zz-broken-areas") == []
    assert unexplained("### Problems with held documents and quotations", "zz-broken-areas") != []  # it can fail


def test_the_three_cases_show_on_the_force_page_as_the_guide_says(tmp_path):
    """The guide's answers hold: a date from the force's page says where it comes from and keeps the source's words;
    a PEEL page's only date is shown as its "last updated" date; a grade read from wording says "our reading"."""
    import re

    from bs4 import BeautifulSoup

    from generator.derive import derive
    from generator.pages import registry as pages
    from generator.render import render

    for folder in ("national", "documents"):
        shutil.copytree(ROOT / "content" / folder, tmp_path / "content" / folder)
    (tmp_path / "content/forces").mkdir()
    (tmp_path / "content/forces/kent.yml").write_text(annotated_example("Three cases editors meet at once"))
    content, result = check(tmp_path, TODAY)
    assert result.problems == []
    site = derive(content, TODAY)
    page = pages.force_page(site, next(f for f in site.forces if f.id == "kent"))
    html = render(ROOT / "templates", page.template, page.context, page.path)
    text = re.sub(r"\s+", " ", BeautifulSoup(html, "html.parser").get_text(" "))
    assert "PEEL 2018/19 legitimacy page last updated 27 September 2019" in text
    assert "published “Friday 16 June”, according to the force's own page: Kent Police" in text
    assert re.search(r"Published: “Friday 16 June” \( ?according to the force's own page ?: Kent Police\)", text)
    assert "Ethical and lawful workforce: good (our reading)" in text
    assert "2023" not in text.split("At a glance")[1].split("Integrity programme 2021/25")[1].split("PEEL")[0]


def test_the_follow_up_example_shows_an_unnamed_system_with_a_figure_and_the_reporting_service(tmp_path):
    record = yaml.safe_load(annotated_example("An annotated example of follow-up actions"))
    unnamed = [
        a for a in record["actions"] if "it-monitoring" in a.get("areas", []) and "system" not in a and a.get("figures")
    ]
    assert unnamed and all(f["unit"] for a in unnamed for f in a["figures"])
    joined = [a for a in record["actions"] if a.get("service")]
    services = yaml.safe_load((ROOT / "content/national/systems.yml").read_text())["services"]
    assert joined and {a["service"] for a in joined} <= {s["id"] for s in services}
