"""Write the generated files: only those whose bytes changed; remove stale ones.

Unchanged files keep their modification time, so a live preview reloads only
what an edit touched, and two builds of the same input leave identical trees.
(One process writes: on this machine's filesystem, two writing at once take as long as one.)
"""
from __future__ import annotations

import os
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
