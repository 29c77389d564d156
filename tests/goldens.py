"""Golden files: output kept in tests/golden/ and reviewed in its diff (STYLE.md item 17).

`compare` holds what a test made to its golden files. Regenerating them is one deliberate step,
`pytest --update-golden`, and it fails, as pytest-regressions does with --force-regen: each golden that differs
is written (and each the output no longer has is removed), then the test FAILS, naming the files, so that nobody
passes by comparing output with what was just written. Review the change with `git diff tests/golden`, then run
the tests again without the flag. A golden that is already right is left alone, and its test passes either way.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
OPTION = "--update-golden"


def compare(made: dict[Path, str], update: bool, folder: Path | None = None) -> None:
    """Hold each golden file in `made` to the text the test made for it; with `folder`, the goldens in `made` are
    to be all the files in it (a file that no output has is stale)."""
    stale = sorted(set(folder.iterdir()) - set(made)) if folder is not None and folder.is_dir() else []
    changed = [path for path, text in made.items() if not path.is_file() or path.read_text() != text]
    if update and (changed or stale):
        for path in changed:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(made[path])
        for path in stale:
            path.unlink()
        done = [f"wrote {shown(p)}" for p in changed] + [f"removed {shown(p)}" for p in stale]
        pytest.fail(
            f"{OPTION}: {'; '.join(done)}. Review the change (git diff), then run the tests again without {OPTION}",
            pytrace=False,
        )
    hint = f"if the change is intended, run pytest with {OPTION} and review the diff"
    assert not stale, f"golden files that nothing makes any more: {', '.join(map(shown, stale))}; {hint}"
    for path in changed:
        assert path.is_file(), f"no golden file {shown(path)}; run pytest with {OPTION} and review what it writes"
        assert made[path] == path.read_text(), (
            f"the output differs from {shown(path)}; {hint}:\n{diff(path, made[path])}"
        )


def diff(path: Path, text: str, most: int = 60) -> str:
    """The change from a golden to the output, as `git diff` shows it, cut to its first `most` lines."""
    lines = list(
        difflib.unified_diff(path.read_text().splitlines(), text.splitlines(), shown(path), "output", lineterm="")
    )
    return "\n".join(lines[:most] + ([f"… and {len(lines) - most} more lines"] if len(lines) > most else []))


def shown(path: Path) -> str:
    """A golden's path as a reviewer finds it: from tests/golden/ where it is there."""
    return path.relative_to(GOLDEN.parent.parent).as_posix() if path.is_relative_to(GOLDEN) else path.as_posix()
