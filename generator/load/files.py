"""What every file under content/ must be, whatever its format: under MAX_BYTES, and UTF-8."""

from __future__ import annotations

from generator.problems import Problem

MAX_BYTES = 1_000_000


def not_utf8(raw: bytes, path: str) -> Problem | None:
    """Where `raw` stops being UTF-8, or None when it is UTF-8 throughout."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        return Problem(path, line, col, "", f"byte 0x{raw[err.start]:02x} is not UTF-8; save the file as UTF-8")
    return None
