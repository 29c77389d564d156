"""Write the generated files: only those whose bytes changed; remove stale ones.

Unchanged files keep their modification time, so a live preview reloads only
what an edit touched, and two builds of the same input leave identical trees.
"""

from __future__ import annotations

import os
from pathlib import Path


def write_tree(files: dict[str, bytes], out: Path) -> tuple[list[str], list[str]]:
    """Make `out` hold exactly `files`. Returns (written, removed) relative paths."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for rel, data in sorted(files.items()):
        target = out / rel
        if target.is_file() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)
        written.append(rel)
    removed = []
    for path in sorted(out.rglob("*"), reverse=True):  # deepest first
        rel = path.relative_to(out).as_posix()
        if path.is_file() and rel not in files:
            path.unlink()
            removed.append(rel)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return written, removed
