"""`make serve` (`python -m generator serve`): the live preview, one process.

MkDocs' own live-reload server (`mkdocs.livereload`) serves `build/preview/` and reloads the browser; one watcher
(watchdog's native observer) sees content/, templates/, static/, overrides/ and mkdocs.yml. On a save:

1. the generator checks and regenerates `build/docs/` (write.py rewrites only the files whose bytes changed);
2. MkDocs rebuilds the pages whose Markdown was rewritten, with its own page build (`_populate_page` and
   `_build_page` of mkdocs.commands.build, pinned with MkDocs 1.6.1), and copies the other files rewritten;
3. the server tells every open page to reload.

It starts with a full MkDocs build, and builds in full again when a file comes or goes or when overrides/ or
mkdocs.yml change (settings read again). What it gives up for speed (`make site` gives up none of it):
- the search index is rebuilt only with the whole site: a save does not reach it (the search box says so);
- a page is rebuilt only when its own Markdown changed (the navigation comes from mkdocs.yml: it does not change);
- MkDocs' warnings are printed, not fatal (`make site` is strict), and links to anchors are not checked.

A save that breaks a record prints the problems as `make check` does, and every page shows them above the last
good preview, which stays as it was; the next good save updates it. Ctrl-C or SIGTERM stops it; `kill -USR1 <pid>`
prints where each of its threads is (for a preview that will not stop).
"""

from __future__ import annotations

import faulthandler
import gc
import logging
import os
import re
import shutil
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path

from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.commands.build import build as engine_build
from mkdocs.config import load_config
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from watchdog.events import (
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer

from generator.build import Result

WATCHED = ("content", "templates", "static", "overrides", "mkdocs.yml")
STOP = {signal.SIGINT, signal.SIGTERM}  # what stops the preview: Ctrl-C, and a supervisor's SIGTERM
ENGINE = ("overrides", "mkdocs.yml")  # a change here rebuilds the whole site with the settings read again
SITE = Path("build/preview")
# Editors' and tools' own files beside a record: swap files, backups, lock and temporary files.
SCRATCH = re.compile(r"(^\.|^#|~$|\.sw[a-p]$|\.tmp$|\.bak$|^4913$)")

# The theme's own scripts and styles, named by their content's hash (bundle.a5f9d56c.min.js).
HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")

log = logging.getLogger("mkdocs")


def saved(path: str) -> bool:
    """Whether a changed path is a file an editor saved, not an editor's or a tool's scratch file."""
    return bool(path) and not SCRATCH.search(Path(path).name)


class Saves(FileSystemEventHandler):
    """Passes on the events of saved files only (see `saved`); a rename onto a record counts as saving it."""

    def __init__(self, handler: FileSystemEventHandler):
        self.handler = handler

    def dispatch(self, event: FileSystemEvent) -> None:
        if saved(str(event.src_path)) or saved(str(getattr(event, "dest_path", ""))):
            self.handler.dispatch(event)


class Watcher(Observer):
    """watchdog's native observer (inotify on Linux: told at once) for MkDocs' server, which polls every 0.5 s by
    default. It passes on changes to saved files only: reading a file, or an editor's swap file, rebuilds nothing."""

    def schedule(self, event_handler, path, *, recursive=False, event_filter=None):
        changes = [FileCreatedEvent, FileModifiedEvent, FileMovedEvent, FileDeletedEvent]
        return super().schedule(Saves(event_handler), path, recursive=recursive, event_filter=changes)


class Server(LiveReloadServer):
    """MkDocs' live-reload server with the native watcher, saying where it listens once it does (port 0: the one
    the system gave it), and writing the current problems, if any, at the top of every page it serves."""

    def __init__(self, preview: Preview, host: str, port: int):
        super().__init__(builder=preview.rebuild, host=host, port=port, root=str(preview.site))
        self.observer = Watcher()
        self.build_delay = 0.02  # seconds without a change before rebuilding: an editor's save is one burst of events
        self.preview = preview
        self.set_app(self.with_problems)

        def error_page(code: int) -> bytes | None:
            page = preview.site / f"{code}.html"
            return page.read_bytes() if page.is_file() else None

        self.error_handler = error_page

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        host, port = self.server_address[:2]
        print(f"preview: http://{host}:{port}/ (Ctrl-C stops it)", flush=True)
        super().serve_forever(poll_interval)

    def with_problems(self, environ, start_response) -> Iterable[bytes]:
        """The page as MkDocs' server serves it; while a save has problems, an HTML page shows them at its top."""
        problems = self.preview.problems
        if HASHED.search(environ.get("PATH_INFO", "")):  # never changes: the browser need not fetch it on each reload
            start_response = cached(start_response)
        if not problems:
            return self.serve_request(environ, start_response)
        answer: dict = {}
        body = b"".join(self.serve_request(environ, lambda status, headers, *_: answer.update(s=status, h=headers)))
        headers = answer["h"]
        if any(k.lower() == "content-type" and v.startswith("text/html") for k, v in headers):
            body = re.sub(rb"(<body[^>]*>)", lambda m: m[1] + banner(problems), body, count=1)
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
            headers.append(("Content-Length", str(len(body))))
        start_response(answer["s"], headers)
        return [body]


def cached(start_response):
    return lambda status, headers, *rest: start_response(status, [*headers, ("Cache-Control", "max-age=86400")], *rest)


def banner(problems: list[str]) -> bytes:
    """The problems, above the last good preview: plain text, escaped (a record's words are never HTML)."""
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    return (
        '<div role="alert" style="background:#fff4e5;border-bottom:4px solid #b3261e;color:#1d1d1d;'
        'padding:.8rem 1rem;font:1rem/1.4 system-ui,sans-serif">'
        f"<p style='margin:0 0 .4rem'><strong>Not updated: the last save has {count}.</strong> "
        "Below is the last good preview. Fix these and save: the page updates.</p>"
        '<pre style="white-space:pre-wrap;overflow-wrap:anywhere;margin:0;font-size:.85rem">'
        + "\n".join(escape(p) for p in problems)
        + "</pre></div>"
    ).encode()


class Capture(BasePlugin):
    """Keeps what a full build made (MkDocs' files, navigation and template environment) for rebuilding pages."""

    def on_nav(self, nav, /, *, config, files):
        self.nav = nav

    def on_env(self, env, /, *, config, files):
        self.env, self.files = env, files


class Preview:
    """The preview's state: where it builds, the problems of the last save, what the last full build made."""

    def __init__(self, root: Path, docs: Path, generate: Callable[[Result], Result]):
        self.root, self.docs, self.generate = root.resolve(), docs.resolve(), generate
        self.site = self.root / SITE
        self.problems: list[str] = []
        self.last = Result()  # the last save's build: what did not change is not read or rendered again
        self.config = None
        self.built = Capture()
        self.engine_stamp = self.stamp()
        self.collector = threading.Timer(0, gc.collect)  # the collection after the last rebuild (see `rebuild`)

    def stamp(self) -> float:
        """The latest change to the engine's own files (overrides/, mkdocs.yml)."""
        paths = [p for name in ENGINE for p in [self.root / name, *(self.root / name).rglob("*")]]
        return max((p.stat().st_mtime for p in paths if p.is_file()), default=0.0)

    def full(self) -> None:
        """The whole site, MkDocs' settings read again."""
        config = load_config(
            config_file=str(self.root / "mkdocs.yml"), docs_dir=str(self.docs), site_dir=str(self.site), strict=False
        )
        config.extra["apsp_preview"] = True  # the search box says that a save does not reach its index
        built = config.plugins["apsp-preview"] = Capture()
        config.plugins.on_startup(command="serve", dirty=False)
        engine_build(config)
        self.config, self.built = config, built

    def pages(self, written: list[str]) -> None:
        """Rebuild the pages whose Markdown was written, copy the other files written; nothing else."""
        files = self.built.files
        for path in written:
            file = files.get_file_from_path(path)
            if file.is_documentation_page():
                _populate_page(file.page, self.config, files)
                _build_page(file.page, self.config, files.documentation_pages(), self.built.nav, self.built.env)
            else:
                file.copy_file()

    def rebuild(self) -> None:
        """Regenerate; then rebuild the pages that changed, or the whole site when files came or went or the
        engine's own files changed. Whatever fails, the last good preview stays and every page says why."""
        self.collector.cancel()  # the next save came first: it collects after itself
        try:
            self.update()
        finally:
            # Python's collector of unreachable objects is switched off in the preview (see `serve`): it runs
            # half a second after each rebuild, once the page has reloaded, while the editor reads it.
            self.collector = threading.Timer(0.5, gc.collect)
            self.collector.daemon = True
            self.collector.start()

    def update(self) -> None:
        start = time.perf_counter()
        try:
            result = self.generate(self.last)
        except Exception as error:  # a template that does not compile, a bug: said on the page as problems are
            traceback.print_exc()
            return self.failed([f"the generator stopped: {type(error).__name__}: {error}"])
        self.last = result
        generated = time.perf_counter()
        if result.problems:
            return self.failed([str(p) for p in result.problems])
        engine = self.stamp()
        try:
            if (
                self.config is None
                or engine != self.engine_stamp
                or result.removed
                or any(self.built.files.get_file_from_path(path) is None for path in result.written)
            ):
                self.full()
            else:
                self.pages(result.written)
        except Exception as error:  # MkDocs' own error (a template, a setting); MkDocs has logged it
            return self.failed([f"MkDocs could not build the preview: {type(error).__name__}: {error}"])
        self.engine_stamp, self.problems = engine, []
        done = time.perf_counter()
        print(
            f"preview: updated in {done - start:.2f} s (generator {generated - start:.2f} s, MkDocs "
            f"{done - generated:.2f} s: {len(result.written)} files)",
            flush=True,
        )

    def failed(self, problems: list[str]) -> None:
        self.problems = problems
        print("preview: not updated; the last good preview stays, and every page shows why", flush=True)


def serve(root: Path, docs: Path, addr: str, generate: Callable[[Result], Result]) -> int:
    """Build, serve on `addr` (host:port; port 0 lets the system choose), rebuild on every save, until stopped."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("MkDocs %(levelname)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.WARNING)
    # Ctrl-C (SIGINT) and SIGTERM (a supervisor, a test) are blocked here, before any thread starts, and so in
    # every thread: the main thread takes them by waiting for them (sigwait, below). Left to Python's handler, which
    # runs only when the main thread runs, Ctrl-C was sometimes never acted on: in two fresh-clone runs of the
    # tests, the main thread sat on in MkDocs' loop of rebuilds for 30 s after it (its stack, printed on SIGUSR1).
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP)
    # `kill -USR1 <pid>` prints where every thread of the preview is, on stderr: for a preview that will not stop.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    # Left on, Python's collector of unreachable objects would stop a rebuild midway to walk every object the
    # build has made, for up to a tenth of a second on 43 full records; each rebuild collects after itself instead.
    gc.disable()
    preview = Preview(root, docs, generate)
    preview.rebuild()
    gc.collect()
    gc.freeze()  # what the first build left (MkDocs' theme, pages and settings): no later collection walks it again
    if preview.config is None:  # no good build yet: a page that says so, until the records are fixed
        shutil.rmtree(preview.site, ignore_errors=True)
        preview.site.mkdir(parents=True)
        waiting = b"<!doctype html><html lang='en'><title>Preview</title><body><h1>No preview yet</h1></body></html>"
        for name in ("index.html", "404.html"):
            (preview.site / name).write_bytes(waiting)
    host, port = addr.rsplit(":", 1)
    server = Server(preview, host, int(port))
    for name in WATCHED:
        if (root / name).exists():
            server.watch(str(root / name))
    failed: list[BaseException] = []

    def run() -> None:
        """The server and its loop of rebuilds, until shut down; if it cannot start (its port is taken), say so to
        the main thread, which is waiting for a signal."""
        try:
            server.serve()
        except BaseException as error:
            failed.append(error)
            os.kill(os.getpid(), signal.SIGTERM)

    running = threading.Thread(target=run)
    running.start()
    signal.sigwait(STOP)  # Ctrl-C, SIGTERM, or the server could not start
    if failed:
        server.server_close()
        print(f"preview: could not start: {type(failed[0]).__name__}: {failed[0]}", file=sys.stderr, flush=True)
        return 1
    server.shutdown(wait=True)  # the rebuild in progress, if any, ends first: nothing is cut off midway
    running.join()
    print("preview: stopped", flush=True)
    return 0
