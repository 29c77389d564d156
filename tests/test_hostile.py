"""Untrusted text: hostile strings in every text field of the records reach the BUILT HTML as visible text.

A copy of the repository gets one force record (and the national files) whose every free-text field holds
a hostile string; the real generator and MkDocs build it; the HTML must contain no injected element,
attribute or link, and each rendered string must be visible in full, as text.
"""
from __future__ import annotations

import itertools
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

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
# Free-text fields of the models: every one gets a hostile string.
TEXT_KEYS = {"title", "short_title", "inspectorate", "summary", "review_period", "name", "question", "label",
             "meaning", "text", "publisher", "locator", "document", "sender", "recipient", "copied_to",
             "description", "status_as_stated", "dates_as_stated", "what_it_does", "note", "partners",
             "period_as_stated", "launched_as_stated"}
FORCE = "warwickshire"


def visible(value: str) -> str:
    """What a reader must see: the same characters, bidirectional controls shown as code points."""
    value = re.sub("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]", lambda m: f"[U+{ord(m.group()):04X}]", value)
    return " ".join(value.split())


def poison(data, counter, planted: list[str], key: str | None = None):
    """Replace every free-text string under data with a numbered hostile string; record each one."""
    if isinstance(data, dict):
        return {k: poison(v, counter, planted, k) for k, v in data.items()}
    if isinstance(data, list):
        return [poison(v, counter, planted, key) for v in data]
    if isinstance(data, str) and key in TEXT_KEYS:
        n = next(counter)
        value = f"Q{n}Q {PAYLOADS[n % len(PAYLOADS)]}"[:300].strip()
        planted.append(value)
        return value
    return data


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-repo")
    for part in ("content", "templates", "static"):
        if (ROOT / part).exists():
            shutil.copytree(ROOT / part, root / part)
    counter, planted = itertools.count(), []
    record_path = root / f"content/forces/{FORCE}.yml"
    record = poison(yaml.safe_load(record_path.read_text()), counter, planted)
    record["rounds"][0]["note"] = f"Q{next(counter)}Q {PAYLOADS[0]} {PAYLOADS[6]}"
    planted.append(record["rounds"][0]["note"])
    record["sources"][0]["url"] = "https://example.org/a?b=1&c=<x>\"'"[:28] + "/)](javascript:alert(1))"
    record["rounds"][0]["actions"] = [{
        "title": "x", "description": "x", "partners": ["x", "y"], "status": "planned", "status_as_stated": "x",
        "dates_as_stated": "x", "figures": [{"text": "x", "value": 1, "unit": "count", "period_as_stated": "x"}], "system": "citsl",
        "service": "crimestoppers-reporting-service", "areas": ["it-monitoring"], "source": record["sources"][0]["id"]}]
    record["actions"] = [dict(record["rounds"][0]["actions"][0], system="niche")]  # the force's own, too
    record["rounds"][0]["actions"] = poison(record["rounds"][0]["actions"], counter, planted, None)
    for action in [*record["rounds"][0]["actions"], *record["actions"]]:
        for k in ("title", "description", "status_as_stated", "dates_as_stated"):
            action[k] = f"Q{next(counter)}Q {PAYLOADS[next(counter) % len(PAYLOADS)]}".strip()
            planted.append(action[k])
        action["partners"] = [f"Q{next(counter)}Q {p}" for p in (PAYLOADS[1], PAYLOADS[4])]
        action["figures"][0]["text"] = f"Q{next(counter)}Q {PAYLOADS[3]}"
        action["figures"][0]["period_as_stated"] = f"Q{next(counter)}Q {PAYLOADS[5]}"
        planted.extend([*action["partners"], action["figures"][0]["text"], action["figures"][0]["period_as_stated"]])
    record_path.write_text(yaml.safe_dump(record, allow_unicode=True, sort_keys=False))
    listed = yaml.safe_load((root / "content/national/forces.yml").read_text())
    for entry in listed["forces"]:
        if entry["id"] == FORCE:
            entry["name"] = record["name"]
    (root / "content/national/forces.yml").write_text(yaml.safe_dump(listed, allow_unicode=True, sort_keys=False))
    for name in ("assessment-2017.yml", "systems.yml"):
        path = root / "content/national" / name
        data = poison(yaml.safe_load(path.read_text()), counter, planted)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    site = build_site(root, tmp_path_factory.mktemp("hostile-site"))
    pages = {p.relative_to(site).as_posix(): p.read_text() for p in site.rglob("*.html")}
    return planted, pages, site


def test_the_hostile_record_was_built(hostile):
    planted, pages, _ = hostile
    assert f"forces/{FORCE}/index.html" in pages and len(planted) > 40


def test_no_injected_elements_attributes_or_links(hostile):
    _, pages, _ = hostile
    for path, html in pages.items():
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.find_all(["iframe", "object", "embed", "style", "frame"]), path
        for tag in soup.find_all(True):
            for name, value in tag.attrs.items():
                assert not name.lower().startswith("on"), (path, tag.name, name)
                value = " ".join(value) if isinstance(value, list) else value
                if name in ("href", "src", "action", "formaction", "srcset", "data"):
                    assert not re.match(r"\s*(javascript|data|vbscript):", value, re.I), (path, tag.name, value)
                    assert "tracker.example" not in value and "evil.example" not in value, (path, value)
            if tag.name == "script":
                assert "alert" not in tag.get_text() and "xss" not in tag.get_text(), path
            if tag.name == "img":
                assert "tracker.example" not in tag.get("src", "") and tag.get("src") != "x", path
        assert "hidden comment" not in "".join(str(c) for c in soup.find_all(string=lambda s: type(s).__name__ == "Comment")), path
        assert "\u202e" not in html and "\u2067" not in html, path
        assert not re.search(r"<(script|img|iframe|style|div markdown)[^>]*(alert|evil|tracker|display:none|md in html)", html), path


def test_every_rendered_string_is_visible_in_full(hostile):
    planted, pages, _ = hostile
    texts = {path: " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split()) for path, html in pages.items()}
    everything = " ".join(texts.values())
    rendered = [v for v in planted if re.search(rf"\bQ{v.split('Q')[1]}Q\b", everything)]
    assert len(rendered) >= 30, "too few planted strings reached any page"
    for value in rendered:
        assert visible(value) in everything, value
    assert "{{ 7*7 }}" in everything and " 49 " not in everything


def test_page_titles_and_descriptions_are_text(hostile):
    planted, pages, _ = hostile
    name = planted[0]  # the force's `name`: the first text field of the record
    soup = BeautifulSoup(pages[f"forces/{FORCE}/index.html"], "html.parser")
    title = soup.title.get_text()
    assert visible(name) in " ".join(title.split()), title
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert visible(name) in " ".join(description.split()), description


def test_the_search_index_holds_no_markup_from_records(hostile):
    _, _, site = hostile
    index = json.loads((site / "search/search_index.json").read_text())
    for doc in index["docs"]:
        for field in ("title", "text"):
            assert not re.search(r"<(script|img|iframe|style)", doc[field]), (doc["location"], doc[field][:200])
            assert not re.search(r"<(a|img|iframe)\s[^>]*(href|src)=\"?(javascript|data):", doc[field]), (doc["location"], doc[field][:200])


@pytest.mark.browser
def test_no_script_from_a_record_runs_in_chromium(hostile, browser):
    """Open each page that shows hostile text in real Chromium: no dialog opens, the hostile name is on screen."""
    import functools
    import http.server
    import threading

    planted, pages, site = hostile
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        for path in (f"forces/{FORCE}/", "national/", "forces/", ""):
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/{path}")
            page.wait_for_load_state("load")
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/forces/{FORCE}/")
        assert visible(planted[0]) in " ".join(page.locator("h1").first.inner_text().split())
        assert visible(planted[0]) in page.title()
    finally:
        page.close()
        server.shutdown()
    assert dialogs == []
