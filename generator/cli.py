"""Command line: `python -m generator check | build | serve | schema`."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from generator.build import DOCS, Result, build, check
from generator.data.schemas import write_schemas
from generator.problems import summary


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
    if args.command == "build":
        return 1 if generate(root, out, annotate).problems else 0
    from generator.preview import serve  # MkDocs and the watcher: loaded for the preview only

    return serve(root, out, args.addr, lambda earlier: generate(root, out, earlier=earlier))


def site_url() -> str:
    """The site's public address (SITE_URL, as the publishing workflow sets it) ending in '/', or ''."""
    url = os.environ.get("SITE_URL", "").strip()
    return url if not url or url.endswith("/") else url + "/"


def generate(root: Path, out: Path, annotate: bool = False, earlier: Result | None = None) -> Result:
    """Check and generate into `out`, printing what `make check` prints and, on success, what was written.
    `earlier`: the last build (`make serve`; build.build)."""
    result = build(root, out, today(), site_url(), earlier)
    if report(result, annotate) == 0:
        print(
            f"built {len(result.pages)} pages into {out}: {len(result.written)} written, {len(result.removed)} removed",
            flush=True,
        )
    return result
