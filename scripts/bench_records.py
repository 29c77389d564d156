"""Write a synthetic content folder of N forces for the benchmark: realistic, complete and valid.

Reuses the real content/national/ (assessments and systems); writes its own content/national/forces.yml
listing N forces (`bench-force-00001`, ...), one record per force with every field filled, and, in the
copy of the assessment the records follow, published figures for N forces that add up (the real ones
cover 43). Deterministic: the same N gives the same files.

    python scripts/bench_records.py OUT --forces 3      # then: python -m generator --root OUT check
"""
from __future__ import annotations

import argparse
import math
import random
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORDS = (
    "force plan review counter corruption unit capability capacity intelligence officers staff vulnerable "
    "victims partners agencies audit systems monitoring social media training vetting integrity referrals "
    "safeguarding domestic abuse support services confidential reporting whistleblowing supervisors district "
    "professional standards department national strategy inspectorate progress evidence assessment quarterly "
    "meetings leaflet awareness campaign workforce package health checks investigation analysts software"
).split()
STATUSES = ("planned", "in-progress", "in-place", "ongoing")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "September", "October", "November")


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def force_id(i: int) -> str:
    return f"bench-force-{i:05d}"


def force_name(i: int) -> str:
    return f"Bench Force {i:05d} Constabulary"


def country(i: int) -> str:
    return "Wales" if i % 9 == 0 else "England"


def assessment_file(national: Path) -> Path:
    """The first national assessment with areas and outcomes: the one the synthetic records follow."""
    return next(p for p in sorted(national.glob("assessment-*.yml")) if yaml.safe_load(p.read_text()).get("areas"))


def national_facts(national: Path) -> tuple[str, list[str], list[str], list[str]]:
    """That assessment's id, area ids and outcome ids, and the system ids."""
    assessment = yaml.safe_load(assessment_file(national).read_text())
    systems = yaml.safe_load((national / "systems.yml").read_text())
    return (assessment["id"], [a["id"] for a in assessment["areas"]], [o["id"] for o in assessment["outcomes"]],
            [s["id"] for s in systems["systems"]])


def outcome(i: int, k: int, outcomes: list[str]) -> str:
    """Force i's outcome in area number k (the last area number is `overall`)."""
    return outcomes[(i + k) % len(outcomes)]


def sources(i: int) -> list[dict]:
    name = force_name(i)
    return [
        {"id": "letter", "kind": "inspectorate-letter", "title": f"HMICFRS assessment: Abuse of position for a sexual purpose ({name})",
         "publisher": "HM Inspector of Constabulary, HMICFRS", "date": "2017-10-02",
         "url": f"https://www.justiceinspectorates.gov.uk/hmicfrs/letters/{force_id(i)}.pdf",
         "document": f"2017-10-02-hmicfrs-letter-{force_id(i)}.txt", "locator": "pages 1 to 3"},
        {"id": "pcc-letter", "kind": "pcc-letter", "title": "HMIC Response – Abuse of position for a sexual purpose",
         "publisher": f"Police and Crime Commissioner for {name}", "date": "2017-11-14",
         "url": f"https://www.example-pcc.gov.uk/{force_id(i)}/response.pdf",
         "document": f"2017-11-14-{force_id(i)}-pcc-letter.txt", "locator": "paragraphs 1 to 9"},
        {"id": "panel-report", "kind": "panel-report", "title": "Response to abuse of position for sexual purpose HMICFRS inspection",
         "publisher": f"{name} Police and Crime Panel", "date": "2018-03-09",
         "url": f"https://www.example-panel.gov.uk/{force_id(i)}/report.pdf",
         "document": f"2018-03-09-{force_id(i)}-panel-report.txt", "locator": "section 3"},
        {"id": "press", "kind": "press-report", "title": f"Force sets out plan to stop officers abusing their position ({name})",
         "publisher": "Local newspaper", "date_as_stated": "October 2017",
         "url": f"https://news.example.org/{force_id(i)}/plan", "document": f"2017-10-{force_id(i)}-press.txt",
         "locator": "paragraphs 2 to 5", "reports_on": "the inspectorate's letter of 2 October 2017, which the project holds"},
    ]


# The later programmes each synthetic force has a round of, with the source its grades rest on (dated after the
# programme began) and the grades used, in turn, from each programme's scale.
LATER = (("assessment-peel-2018-19", "peel-page", "2019-09-27"), ("assessment-integrity-2021-25", "integrity-report", "2022-11-17"),
         ("assessment-integrity-2024-26", "integrity-news", "2025-10-29"))
BEARS_ON = ("capability-and-capacity", "it-monitoring", "links-with-agencies", "abuse-of-position")


def later_sources(i: int) -> list[dict]:
    name = force_name(i)
    kinds = ("inspectorate-report", "inspectorate-report", "inspectorate-news-release")
    return [{"id": source, "kind": kind, "title": f"A report into the effectiveness of integrity arrangements in {name}",
             "publisher": "HMICFRS", "date": date, "url": f"https://www.justiceinspectorates.gov.uk/hmicfrs/{source}/{force_id(i)}/"}
            for (_, source, date), kind in zip(LATER, kinds)]


def later_rounds(i: int, rng: random.Random, national: Path) -> list[dict]:
    """A round of every later programme: every area graded, five findings without a grade, the report's dates."""
    rounds = []
    for assessment, source, date in LATER:
        facts = yaml.safe_load((national / f"{assessment}.yml").read_text())
        grades = [o["id"] for o in facts["outcomes"]]
        rounds.append({
            "assessment": assessment,
            "report_title": f"A report into the effectiveness of integrity arrangements in {force_name(i)}", "report_source": source,
            "published": date, "published_as_stated": date, "published_source": source,
            "inspected_as_stated": f"{rng.choice(MONTHS)} {date[:4]}", "inspected_source": source,
            "findings": [{"area": area["id"], "outcome": grades[(i + k) % len(grades)], "basis": "stated",
                          "as_stated": f"{area['name'].split(' (')[0]}: {grades[(i + k) % len(grades)]}", "summary": sentence(rng, 20), "source": source}
                         for k, area in enumerate(facts["areas"])],
            "observations": [{"bears_on": [BEARS_ON[(i + n) % 4]], "text": sentence(rng, 25), "source": source} for n in range(5)],
        })
    return rounds


def action(rng: random.Random, n: int, areas: list[str], systems: list[str]) -> dict:
    return {
        "title": sentence(rng, 5).rstrip("."),
        "area": areas[n % len(areas)],
        "description": sentence(rng, 30),
        "system": systems[n % len(systems)],
        "partners": [sentence(rng, 3).rstrip("."), sentence(rng, 2).rstrip(".")],
        "status": STATUSES[n % len(STATUSES)],
        "status_as_stated": sentence(rng, 8),
        "dates_as_stated": f"Expected in {rng.choice(MONTHS)} 2018",
        "figures": [{"text": f"About {10 + n}% of the workforce completed the package", "value": 10 + n, "unit": "percent"}],
        "source": ("pcc-letter", "panel-report")[n % 2],
    }


def record(i: int, facts: tuple[str, list[str], list[str], list[str]], national: Path) -> dict:
    assessment, areas, outcomes, systems = facts
    rng = random.Random(i)
    findings = [
        {"area": area, "outcome": outcome(i, k, outcomes), "basis": "stated" if area == "overall" else ("stated", "reading")[(i + k) % 2],
         "summary": sentence(rng, 25), "source": "letter"}
        for k, area in enumerate([*areas, "overall"])
    ]
    return {
        "id": force_id(i), "name": force_name(i), "country": country(i), "last_updated": "2025-06-01",
        "sources": sources(i) + later_sources(i),
        "observations": [{"bears_on": ["capability-and-capacity"], "text": sentence(rng, 20), "source": "press"}],
        "corrections": [{"date": "2025-05-01", "summary": sentence(rng, 15)}],
        "rounds": [{
            "assessment": assessment,
            "letter": {"date": "2017-10-02", "sender": "HM Inspector of Constabulary",
                       "recipient": f"Chief Constable, {force_name(i)}", "copied_to": "Police and Crime Commissioner", "source": "letter"},
            "reflects_national_strategy": {"value": i % 3 == 0, "summary": sentence(rng, 20), "source": "letter"},
            "findings": findings,
            "actions": [action(rng, n, areas, systems) for n in range(8)],
            "responses": [{"by": f"Police and Crime Commissioner for {force_name(i)}", "summary": sentence(rng, 20), "source": "pcc-letter"},
                          {"by": "Local newspaper, reporting the chief constable", "summary": sentence(rng, 15), "source": "press"}],
            "note": sentence(rng, 20), "note_sources": ["press"],
        }, *later_rounds(i, rng, national)],
    }


def write_content(out: Path, forces: int, root: Path = ROOT) -> Path:
    """A repository-shaped folder at `out` (content/, templates/, static/) with `forces` synthetic forces."""
    if out.exists():
        shutil.rmtree(out)
    (out / "content" / "forces").mkdir(parents=True)
    national = out / "content" / "national"
    shutil.copytree(root / "content" / "national", national)
    for part in ("templates", "static"):
        if (root / part).is_dir():
            shutil.copytree(root / part, out / part)
    listed = [{"id": force_id(i), "name": force_name(i), "country": country(i)} for i in range(1, forces + 1)]
    real = yaml.safe_load((national / "forces.yml").read_text())
    (national / "forces.yml").write_text(_dump({**real, "forces": listed}))
    (national / "tiles.yml").write_text(_dump(tiles(forces)))
    facts = national_facts(national)
    for i in range(1, forces + 1):
        (out / "content" / "forces" / f"{force_id(i)}.yml").write_text(_dump(record(i, facts, national)))
    publish_figures(assessment_file(national), forces, facts)
    return out


def tiles(forces: int) -> dict:
    """The tile map's layout for the synthetic forces: a square block of tiles, row by row."""
    side = max(1, math.isqrt(forces - 1) + 1)
    return {"layout": "odd-r", "hexes": {force_id(i): {"q": (i - 1) % side, "r": (i - 1) // side, "label": f"{i % 1000:03d}"}
                                         for i in range(1, forces + 1)}}


def publish_figures(path: Path, forces: int, facts: tuple[str, list[str], list[str], list[str]]) -> None:
    """Published figures for the synthetic forces: per area, how many have each outcome."""
    _, areas, outcomes, _ = facts
    assessment = yaml.safe_load(path.read_text())
    source = assessment["published_figures"][0]["source"]
    figures = [{"area": area, "counts": {o: sum(outcome(i, k, outcomes) == o for i in range(1, forces + 1)) for o in outcomes},
                "source": source} for k, area in enumerate([*areas, "overall"])]
    path.write_text(_dump({**assessment, "forces_in_scope": forces, "published_figures": figures}))


def _dump(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--forces", type=int, default=43)
    args = parser.parse_args(argv)
    write_content(args.out, args.forces)
    print(f"{args.forces} synthetic forces written under {args.out}/content")
    return 0


if __name__ == "__main__":
    sys.exit(main())
