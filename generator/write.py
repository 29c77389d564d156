"""Write the generated files: only those whose bytes changed; remove stale ones.

Unchanged files keep their modification time, so a live preview reloads only
what an edit touched, and two builds of the same input leave identical trees.
A build into an output folder that does not exist yet writes into a new folder beside it instead, the
build's helper process writing its share while the other still renders (creating files is most of the
writing time on this machine), and renames it at the end.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path


def write_tree(files: dict[str, bytes], out: Path) -> tuple[list[str], list[str]]:
    """Make `out` hold exactly `files`. Returns (written, removed) relative paths."""
    out.mkdir(parents=True, exist_ok=True)
    written, folders = [], set()
    for rel, data in sorted(files.items()):
        target = out / rel
        if target.is_file() and target.read_bytes() == data:
            continue
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)
        written.append(rel)
    removed = []
    # Deepest first, in Path order reversed (sorted by parts: the same order, without a Path comparison per step).
    for path in sorted(out.rglob("*"), key=lambda p: p.parts, reverse=True):
        rel = path.relative_to(out).as_posix()
        if path.is_file() and rel not in files:
            path.unlink()
            removed.append(rel)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written, removed


def staging(out: Path) -> Path | None:
    """For a build into an output folder that does not exist yet: a new, empty folder beside it to write into,
    renamed to `out` once everything is written (`finish`); so processes may write while others still
    render, and a failed build still leaves no output. None when `out` exists: then `write_tree`."""
    if out.exists():
        return None
    into = out.with_name(f".{out.name}.new")
    shutil.rmtree(into, ignore_errors=True)  # left by a build that was killed
    into.mkdir(parents=True)
    return into


def write_new(files: dict[str, bytes | None], into: Path, folders: set[Path] | None = None) -> None:
    """Write each file into the staging folder (where nothing reads them yet); None: written already.
    `folders`: those known to exist, shared by the calls of one process."""
    folders = set() if folders is None else folders
    for rel, data in files.items():
        if data is None:
            continue
        target = into / rel
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        target.write_bytes(data)


def finish(files: dict[str, bytes | None], into: Path, out: Path) -> tuple[list[str], list[str]]:
    """Write what is left into the staging folder and make it `out`. Returns (written, removed), as `write_tree`."""
    write_new(files, into)
    os.rename(into, out)
    return sorted(files), []
