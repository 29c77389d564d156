"""Gather the records: every file under content/, loaded, and the files that should not be there.

For a large site a forked helper process loads every other force record meanwhile (generator/workers.py).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator import workers
from generator.load import Loaded, load_file
from generator.problems import Problem, display_path, display_paths


@dataclass
class Inputs:
    """Every record under content/, loaded, before validation; and files that should not be there."""

    assessments: list[Loaded]
    force_list: Loaded
    systems: Loaded
    forces: list[Loaded]
    stray: list[Problem]


def load_all(root: Path, processes: int | None = None) -> Inputs:
    """Every record under root/content, loaded. With 2 processes (by default for a large site: see `workers`),
    a forked helper loads every other force record meanwhile and passes it back without its positions."""
    content = root / "content"
    national, forces = content / "national", content / "forces"
    paths = _by_name(forces.glob("*.yml"))
    with workers.helper(workers.wanted(len(paths), processes), _load_share, root, paths[1::2]) as helper:
        assessments = _loaded(root, _by_name(national.glob("assessment-*.yml")))
        force_files = _loaded(root, paths[::2] if helper else paths)
        listed, systems = _loaded(root, [national / "forces.yml", national / "systems.yml"])
        if helper:
            mine, force_files = force_files, [None] * len(paths)  # type: ignore[list-item]
            force_files[::2], force_files[1::2] = mine, helper.result()
    stray = [
        Problem(display_path(p, root), 1, 1, "", "unexpected file; a force record is named like `kent.yml`, an assessment like `assessment-2017.yml`")
        for folder, allowed in ((forces, "*.yml"), (national, "*.yml"))
        for p in _by_name(folder.iterdir()) if folder.is_dir() and p.is_file() and not p.match(allowed)
    ]
    if not assessments:
        stray.append(Problem(display_path(national, root), 1, 1, "", "no national assessment found; add content/national/assessment-YYYY.yml"))
    return Inputs(assessments, listed, systems, force_files, stray)


def _loaded(root: Path, paths: list[Path]) -> list[Loaded]:
    return [_load(path, shown) for path, shown in zip(paths, display_paths(paths, root))]


def _load(path: Path, shown: str) -> Loaded:
    if not path.is_file():
        return Loaded(shown, problems=[Problem(shown, 1, 1, "", "this file is missing; restore it from the repository")])
    return load_file(path, shown)


def _load_share(root: Path, paths: list[Path]) -> list[Loaded]:
    """In the helper process: its share of the force records, without their positions (see Loaded)."""
    return [loaded.without_positions(p) for p, loaded in zip(paths, _loaded(root, paths))]


def _by_name(paths: Iterator[Path]) -> list[Path]:
    """Files of one folder in Path order, sorted by name: the same order, without a Path comparison per step."""
    return sorted(paths, key=lambda p: p.name)
