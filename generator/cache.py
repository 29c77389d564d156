"""Files that depend only on the generator's code, kept from one build to the next.

The JSON Schemas are generated from the models, the same bytes every build until the code changes, and
generating them is a quarter of a small site's generator time. They are kept as text in a per-user
folder of the temporary directory (the one Jinja keeps compiled templates in, with its checks of owner
and mode), under a key made from the bytes of the modules they come from and the versions of Python and
pydantic. Any failure to read or write the folder only means they are generated again.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pydantic
import pydantic_core
from jinja2 import FileSystemBytecodeCache

HERE = Path(__file__).resolve().parent


def kept(name: str, sources: tuple[str, ...], make: Callable[[], dict[str, bytes]]) -> dict[str, bytes]:
    """`make()`, or what it gave before for the same bytes of `sources` (modules of this package)."""
    key = hashlib.sha1("|".join([name, sys.version, pydantic.VERSION, pydantic_core.__version__]).encode())
    for source in sources:
        key.update((HERE / source).read_bytes())
    folder = _folder()
    path = folder / f"apsp-{name}-{key.hexdigest()}.json" if folder else None
    if path:
        try:
            return {k: v.encode() for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError, AttributeError, TypeError):  # none kept yet, or unreadable: make it again
            pass
    made = make()
    if path:
        try:
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False) as out:
                json.dump({k: v.decode() for k, v in made.items()}, out)
            os.replace(out.name, path)
        except OSError:
            pass
    return made


def _folder() -> Path | None:
    try:
        return Path(FileSystemBytecodeCache().directory)
    except (OSError, RuntimeError):  # RuntimeError: a folder of the wrong owner or mode
        return None
