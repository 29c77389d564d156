"""Untrusted text: hostile strings in every text field of the records reach the BUILT HTML as visible text.

A copy of the repository has every file under content/ (the national files and every force record) with a
hostile string in each of its free-text fields, the optional ones it leaves out included; the fields are read
from the models in generator/model.py, so a field added there is poisoned the day it is added. The real
generator and MkDocs build it; the HTML must contain no injected element, attribute or link, and each rendered
string must be visible in full, as text.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import re
import shutil
import types
from enum import Enum
from typing import Annotated, Literal, Union, get_args, get_origin
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from pydantic import BaseModel

from generator import model as m
from generator.check.walk import AS_STATED
from generator.load.records import load_all
from tests.conftest import ROOT, build_site

PAYLOADS = [
    '</title><script>alert("xss")</script> \u202eevil',
    '<img src=x onerror="alert(1)">',
    '" onmouseover="alert(1)" data-x="',
    "[click me](javascript:alert(1))",
    "![pixel](https://tracker.example/p.png)",
    "<!-- hidden comment --> after the comment",
    '<iframe src="https://evil.example/"></iframe>',
    "{{ 7*7 }} and {% if true %}jinja{% endif %} and {# note #}",
    '<a href="data:text/html,alert(1)">data link</a>',
    "invoice\u202egpj.exe and \u2067isolate\u2069",
    "**bold** _em_ # heading <https://autolink.example/> | cell |",
    '{: onclick="alert(1)" } <div markdown="1">*md in html*</div>',
    "<style>body{display:none}</style> &lt;b&gt; \\ backslash",
    "javascript:alert(document.cookie)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "very long " * 29,
]
FORCE = "warwickshire"
TEXT, FORMAT = "text", "format"
# Where a held document's line keeps its layout: a quotation's or a table's mark, the document's own number.
LAYOUT = re.compile(r"^(> |\| )?(\d+\.\d+ )?")


def poison_text(text: str, planter: "Planter") -> str:
    """A held document's text with a hostile string in every line, its layout (`===`, `> `, `| `, its own
    paragraph numbers) kept; `|` in a string would split a table's cell, so it is written `/` there."""
    out = []
    for line in text.splitlines():
        if line.strip() and line.strip() != "===":
            value = planter.plant(m.Block, "lines").replace("|", "/")
            planter.planted[-1] = value
            keep = LAYOUT.match(line).group(0)
            line = f"{keep}{value} {line[len(keep) :]}"
        out.append(line)
    return "\n".join(out) + "\n"


def poison_lookup(path, planter: "Planter") -> None:
    """ONS's lookup with a hostile name for every district and every police force area (one per code, on each of
    its rows); the codes stay, for the check reads them."""
    names: dict[str, str] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    for row in rows[1:]:
        for code, name, model in ((0, 1, m.District), (4, 5, m.ForceArea)):
            if row[code] not in names:
                names[row[code]] = planter.plant(model, "name")
            row[name] = names[row[code]]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


def visible(value: str) -> str:
    """What a reader must see: the same characters, bidirectional controls shown as code points."""
    value = re.sub("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]", lambda c: f"[U+{ord(c.group()):04X}]", value)
    return " ".join(value.split())


def _leaves(tp, metadata=()):
    """Each type a field's values can take, with the constraints on it: through Optional, lists and dicts."""
    origin = get_origin(tp)
    if origin is Annotated:
        base, *more = get_args(tp)
        yield from _leaves(base, (*metadata, *more))
    elif origin in (Union, types.UnionType, list, tuple, dict):
        for arg in get_args(tp):
            if arg not in (type(None), Ellipsis):
                yield from _leaves(arg, metadata if origin is not dict else ())
    else:
        yield tp, metadata


def kinds(field) -> set:
    """What a model field holds: free TEXT (a str without a pattern), a FORMAT (a str its pattern validates: an
    id, an address), nested models, or None for a value that is not text (a number, a date, an enum, a
    literal). A type it cannot place fails the tests: say whether it is text before it can reach a page."""
    out = set()
    for tp, metadata in _leaves(field.annotation, tuple(field.metadata)):
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            out.add(tp)
        elif tp is str:
            out.add(FORMAT if any(getattr(c, "pattern", None) for c in metadata) else TEXT)
        elif (
            get_origin(tp) is Literal
            or tp in (int, float, bool, dt.date)
            or (isinstance(tp, type) and issubclass(tp, Enum))
        ):
            out.add(None)
        else:
            raise AssertionError(
                f"{field}: {tp} is neither text, an id nor a value: classify it in tests/test_hostile.py"
            )
    return out


def free_text_fields(model: type[BaseModel] = m.Content, seen: set | None = None) -> set[tuple[str, str]]:
    """Every (model, field) that holds free text, in every model a record can contain."""
    seen = set() if seen is None else seen
    if model in seen:
        return set()
    seen.add(model)
    found = set()
    for name, field in model.model_fields.items():
        held = kinds(field)
        if TEXT in held:
            found.add((model.__name__, name))
        for nested in held - {TEXT, FORMAT, None}:
            found |= free_text_fields(nested, seen)
    return found


class Planter:
    """Numbered hostile strings, each remembered with the (model, field) it went into."""

    def __init__(self):
        self.counter, self.planted, self.fields = itertools.count(), [], {}

    @property
    def reached(self) -> set[tuple[str, str]]:
        return set(self.fields.values())

    def plant(self, model: type[BaseModel], name: str) -> str:
        n = next(self.counter)
        value = f"Q{n}Q {PAYLOADS[n % len(PAYLOADS)]}"[:300].strip()
        if (
            name in AS_STATED
        ):  # an as-stated field refuses brackets (our words inside the source's): hostile all the same
            value = value.translate(str.maketrans("()[]", "<>{}"))
        self.planted.append(value)
        self.fields[f"Q{n}Q"] = (model.__name__, name)
        return value

    def poison(self, data: dict, model: type[BaseModel]) -> dict:
        """`data` (a `model`) with a hostile string in every free-text field, the optional ones it left out
        too, and in its nested models likewise. Ids, addresses, dates and numbers stay: the model checks them."""
        out = dict(data)
        for name, field in model.model_fields.items():
            held = kinds(field)
            if TEXT in held:
                many = get_origin(field.annotation) is list
                out[name] = [self.plant(model, name), self.plant(model, name)] if many else self.plant(model, name)
            for nested in held - {TEXT, FORMAT, None}:
                value = out.get(name)
                if isinstance(value, list):
                    out[name] = [self.poison(v, nested) for v in value]
                elif isinstance(value, dict):
                    out[name] = self.poison(value, nested)
        return out


def test_the_fields_reach_into_nested_models_and_leave_validated_formats_out():
    fields = free_text_fields()
    assert {
        ("Source", "reports_on"),
        ("Source", "date_as_stated"),
        ("Assessment", "period"),
        ("Excerpt", "text"),
        ("Excerpt", "where"),
        ("Assessment", "scale_note"),
        ("Action", "partners"),
        ("Figure", "text"),
        ("Letter", "copied_to"),
        ("ForceListEntry", "name"),
        ("System", "what_it_does"),
        ("Correction", "summary"),
    } <= fields
    assert not fields & {
        ("Source", "id"),
        ("Source", "url"),
        ("Source", "kind"),
        ("Finding", "outcome"),
        ("Figure", "unit"),
        ("Round", "published"),
        ("Observation", "bears_on"),
        ("PublishedFigures", "counts"),
        ("Outcome", "graded"),
    }


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-repo")
    for part in ("content", "templates", "static"):
        if (ROOT / part).exists():
            shutil.copytree(ROOT / part, root / part)
    planter, inputs, poisoned, models = Planter(), load_all(root), {}, {}
    # Every file, as the model it is validated into (Content's fields are named as the loader's inputs).
    for name, field in m.Content.model_fields.items():
        (model,) = kinds(field)
        files = getattr(inputs, name)
        for loaded in files if isinstance(files, list) else [files]:
            poisoned[loaded.path] = planter.poison(loaded.data, model)
            models[loaded.path] = model
            if model is m.Force:  # a round's title and dates, now poisoned, each name a source of the record
                for rnd in poisoned[loaded.path]["rounds"]:
                    for fact in ("report_source", "published_source", "inspected_source"):
                        rnd.setdefault(fact, poisoned[loaded.path]["sources"][0]["id"])
    assert {p.relative_to(root).as_posix() for p in (root / "content").rglob("*.yml")} == set(poisoned)
    poison_lookup(root / "content/national/areas.csv", planter)
    record = poisoned[f"content/forces/{FORCE}.yml"]
    source = record["sources"][0]["id"]
    # Shapes no record may hold: a follow-up action naming a system, with a figure; a force-wide observation;
    # a correction.
    record["rounds"][0]["actions"] = [
        *record["rounds"][0].get("actions", []),
        planter.poison(
            {
                "status": "planned",
                "figures": [{"value": 1, "unit": "count"}],
                "system": "citsl",
                "areas": ["it-monitoring"],
                "service": "crimestoppers-reporting-service",
                "source": source,
            },
            m.Action,
        ),
    ]
    record["observations"] = [*record.get("observations", []), planter.poison({"source": source}, m.Observation)]
    record["corrections"] = [
        *record.get("corrections", []),
        planter.poison({"date": record["last_updated"]}, m.Correction),
    ]
    record["rounds"][0]["note"] = f"{record['rounds'][0]['note']} {PAYLOADS[0]} {PAYLOADS[6]}"
    planter.planted.append(record["rounds"][0]["note"])
    record["sources"][0]["url"] = "https://example.org/a?b=1&c=<x>\"'"[:28] + "/)](javascript:alert(1))"
    # Each force's name on the force list is its record's name.
    names = {
        path.removeprefix("content/forces/").removesuffix(".yml"): data["name"]
        for path, data in poisoned.items()
        if path.startswith("content/forces/")
    }
    for entry in poisoned["content/national/forces.yml"]["forces"]:
        entry["name"] = names[entry["id"]]
    # The records cite no held document: a hostile quotation is in none (the check would refuse it), and a
    # hostile `locator:` names no paragraph. The held documents themselves are poisoned, text and all.
    for data in poisoned.values():
        for source in data.get("sources", []):
            source.pop("document", None)
    one_date_each(poisoned)
    hold_the_words_quoted(poisoned, models)
    for path, data in poisoned.items():
        (root / path).write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    for text in sorted((root / "content/documents").glob("*.txt")):
        text.write_text(poison_text(text.read_text(), planter))
    site = build_site(root, tmp_path_factory.mktemp("hostile-site"))
    pages = {p.relative_to(site).as_posix(): p.read_text() for p in site.rglob("*.html")}
    return planter, pages, site, names[FORCE]


def one_date_each(poisoned: dict) -> None:
    """A date is given once: the day or the source's words, else ours (check/sources.dates_given_once). Every other
    file keeps ours, the rest the source's, so that each field is on some page."""
    for i, data in enumerate(poisoned[path] for path in sorted(poisoned)):
        ours = i % 2 == 1
        for rnd in data.get("rounds", []):
            for field in (
                ("published", "published_as_stated", "inspected_as_stated")
                if ours
                else ("published_in", "inspected_in")
            ):
                rnd.pop(field, None)
        for source in data.get("sources", []):
            for field in ("date", "date_as_stated") if ours else ("dated_in",):
                source.pop(field, None)


def hold_the_words_quoted(poisoned: dict, models: dict) -> None:
    """Each source keeps, among its passages, the hostile words its facts quote and its hostile title: the check of
    quotations finds them there, and the passages, hostile too, reach the pages as text like everything else."""
    from generator.check import quoted
    from generator.load.records import Loaded

    for path, data in poisoned.items():
        if not data.get("sources"):
            continue
        by_id = {s["id"]: s for s in data["sources"]}
        # The council areas' file is its record alone; the model adds the districts read from ONS's lookup.
        record = (m.AreasRecord if models[path] is m.Areas else models[path]).model_validate(data)
        needed = [(q.sources[0].id, q.words) for q in quoted.quotations(Loaded(path), record) if quoted.check(q, {})]
        needed += [(s.id, s.title) for s in record.sources]
        for source_id, words in needed:
            by_id[source_id].setdefault("excerpts", []).append({"text": words})


def test_every_free_text_field_of_the_model_holds_a_hostile_string(hostile):
    """Fails when a free-text field is in a model that no file holds: add that shape to the fixture above."""
    planter, _, _, _ = hostile
    assert free_text_fields() - planter.reached == set()


def test_every_free_text_field_reaches_a_page_through_the_templates(hostile):
    """Each field's hostile strings went through the escaping, not around it: at least one is on a page. The force
    list's names are the records' (the rule is that they agree), so their strings are the records' names."""
    planter, pages, _, _ = hostile
    everything = " ".join(" ".join(BeautifulSoup(html, "html.parser").get_text(" ").split()) for html in pages.values())
    shown = {planter.fields[tag] for tag in re.findall(r"\bQ\d+Q\b", everything) if tag in planter.fields}
    # ONS's name of a police force area ("Devon & Cornwall") is data only: the pages name the force by its own name.
    assert free_text_fields() - shown == {("ForceListEntry", "name"), ("ForceArea", "name")}


def test_the_hostile_record_was_built(hostile):
    planter, pages, _, _ = hostile
    assert f"forces/{FORCE}/index.html" in pages and len(planter.planted) > 1000


def test_no_injected_elements_attributes_or_links(hostile):
    _, pages, _, _ = hostile
    for path, html in pages.items():
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find_all(["iframe", "object", "embed", "style", "frame"]), path
        for tag in soup.find_all(True):
            for name, value in tag.attrs.items():
                assert not name.lower().startswith("on"), (path, tag.name, name)
                value = " ".join(value) if isinstance(value, list) else value
                if name in ("href", "src", "action", "formaction", "srcset", "data"):
                    assert not re.match(r"\s*(javascript|data|vbscript):", value, re.I), (path, tag.name, value)
                    # Record text may be a link's query value, percent-encoded (an issue's title), never its host.
                    host = urlsplit(value.strip()).netloc.lower()
                    assert not host.endswith(("tracker.example", "evil.example")), (path, value)
            if tag.name == "script":
                assert "alert" not in tag.get_text() and "xss" not in tag.get_text(), path
            if tag.name == "img":
                assert "tracker.example" not in tag.get("src", "") and tag.get("src") != "x", path
        assert "hidden comment" not in "".join(
            str(c) for c in soup.find_all(string=lambda s: type(s).__name__ == "Comment")
        ), path
        assert "\u202e" not in html and "\u2067" not in html, path
        assert not re.search(
            r"<(script|img|iframe|style|div markdown)[^>]*(alert|evil|tracker|display:none|md in html)", html
        ), path


def test_every_rendered_string_is_visible_in_full(hostile):
    planter, pages, _, _ = hostile
    texts = {path: " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split()) for path, html in pages.items()}
    everything = " ".join(texts.values())
    rendered = [v for v in planter.planted if re.search(rf"\bQ{v.split('Q')[1]}Q\b", everything)]
    assert len(rendered) >= 30, "too few planted strings reached any page"
    for value in rendered:
        assert visible(value) in everything, value
    # Template code in a record stays as typed: "Q12Q {{ 7*7 }} and …", never "Q12Q 49 and …" (a page may well
    # say "49 KB" of its own).
    assert "{{ 7*7 }}" in everything and not re.search(r"\bQ\d+Q 49 and\b", everything)


def test_page_titles_and_descriptions_are_text(hostile):
    _, pages, _, name = hostile
    soup = BeautifulSoup(pages[f"forces/{FORCE}/index.html"], "html.parser")
    title = soup.title.get_text()
    assert visible(name) in " ".join(title.split()), title
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert visible(name) in " ".join(description.split()), description


def test_the_search_index_holds_no_markup_from_records(hostile):
    _, _, site, _ = hostile
    index = json.loads((site / "search/search_index.json").read_text())
    for doc in index["docs"]:
        for field in ("title", "text"):
            assert not re.search(r"<(script|img|iframe|style)", doc[field]), (doc["location"], doc[field][:200])
            assert not re.search(r"<(a|img|iframe)\s[^>]*(href|src)=\"?(javascript|data):", doc[field]), (
                doc["location"],
                doc[field][:200],
            )


@pytest.mark.browser
def test_no_script_from_a_record_runs_in_chromium(hostile, browser):
    """Open each page that shows hostile text in real Chromium: no dialog opens, the hostile name is on screen."""
    import functools
    import http.server
    import threading

    _, _, site, name = hostile
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for path in (
            f"forces/{FORCE}/",
            "national/",
            "forces/",
            "",
            "documents/",
            "documents/2018-03-09-west-yorkshire-police-and-crime-panel-report/",
        ):
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{path}")
            page.wait_for_load_state("load")
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/forces/{FORCE}/")
        assert visible(name) in " ".join(page.locator("h1").first.inner_text().split())
        assert visible(name) in page.title()
    finally:
        page.close()
        server.shutdown()
    assert dialogs == []
