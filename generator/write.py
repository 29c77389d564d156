"""Write the generated files: only those whose bytes changed; remove stale ones.

Unchanged files keep their modification time, so a live preview reloads only
what an edit touched, and two builds of the same input leave identical trees.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Executor


def write_tree(files: dict[str, bytes], out: Path, pool: Executor | None = None) -> tuple[list[str], list[str]]:
    """Make `out` hold exactly `files`. Returns (written, removed) relative paths.

    With `pool` (the build's helper process), the helper writes every other file meanwhile: on this
    machine creating a file costs more than rendering it."""
    out.mkdir(parents=True, exist_ok=True)
    items = sorted(files.items())
    theirs = pool.submit(write_files, items[1::2], out) if pool else None
    written = write_files(items[::2] if pool else items, out)
    if theirs:
        written = sorted(written + theirs.result())
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


def write_files(items: list[tuple[str, bytes]], out: Path) -> list[str]:
    """Write each (relative path, bytes) whose file under `out` differs, through a temporary file."""
    written, folders = [], set()
    for rel, data in items:
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
    return written
