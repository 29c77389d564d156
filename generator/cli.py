"""Command line: `python -m generator check | build | serve | schema`."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from generator.build import DOCS, Result, build, check
from generator.data.schemas import write_schemas
from generator.problems import summary

WATCHED = ("content", "templates", "static")


def today() -> dt.date:
    """The build's date: SOURCE_DATE_EPOCH when set (reproducible builds), else the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date() if epoch else dt.date.today()


def report(result: Result, annotate: bool) -> int:
    for problem in result.problems:
        print(problem)
    if annotate:
        for problem in result.problems:
            print(problem.annotation())
    if result.problems:
        print(summary(result.problems))
        return 1
    print(f"ok: {result.files_checked} files checked, no errors")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path("."), help="the repository folder (default: here)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="check every record; print all problems")
    b = sub.add_parser("build", help="check, then write the Markdown pages")
    b.add_argument("--out", type=Path, default=None, help=f"output folder (default: {DOCS})")
    sub.add_parser("schema", help="write the JSON Schemas for editors' tools into schema/")
    s = sub.add_parser("serve", help="build, preview on 127.0.0.1:8000, rebuild on every change")
    s.add_argument("--addr", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    root = args.root
    if args.command == "schema":
        changed = write_schemas(root / "schema")
        print(f"schema/: {len(changed)} files updated" if changed else "schema/: up to date")
        return 0
    if args.command == "check":
        return report(check(root, today())[1], annotate)
    out = getattr(args, "out", None) or root / DOCS
    status = _build(root, out, annotate)
    if args.command == "build":
        return status
    return serve(root, out, args.addr)


def site_url() -> str:
    """The site's public address (SITE_URL, as the publishing workflow sets it) ending in '/', or ''."""
    url = os.environ.get("SITE_URL", "").strip()
    return url if not url or url.endswith("/") else url + "/"


def _build(root: Path, out: Path, annotate: bool = False) -> int:
    result = build(root, out, today(), site_url())
    status = report(result, annotate)
    if status == 0:
        print(
            f"built {len(result.pages)} pages into {out}: {len(result.written)} written, {len(result.removed)} removed"
        )
    return status


def serve(root: Path, out: Path, addr: str) -> int:
    """mkdocs serve reloads the browser when build/docs changes; we rebuild it when sources change."""
    from watchfiles import watch

    engine = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", addr, "--livereload"], cwd=root)
    # Stopped by a signal (a test, a supervisor): stop the engine too, never leave it behind.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        folders = [root / name for name in WATCHED if (root / name).exists()]
        for changes in watch(*folders, stop_event=None, debounce=200):
            print(f"changed: {', '.join(sorted({Path(c[1]).name for c in changes}))}")
            _build(root, out)
    except KeyboardInterrupt:
        pass
    finally:
        engine.terminate()
        engine.wait()
    return 0
