import datetime as dt

from pathlib import Path

import markdown
import pytest
import yaml

from generator.render import by_id, href, html_list, long_date, md, number, url
from generator.render import html as html_text

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](data:text/html;base64,PHNjcmlwdD4=)",
    "<!-- hidden --><iframe src=//evil></iframe>",
    "{{ 7*7 }} {% if true %}x{% endif %}",
    "# not a heading {: onclick=alert(1) }",
    "a | b | c",
]


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml as data: its `!ENV` tags read as nothing."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_CONFIG = yaml.load((Path(__file__).resolve().parents[1] / "mkdocs.yml").read_text(encoding="utf-8"), _ConfigLoader)
# The Markdown extensions the engine runs, with their settings, exactly as mkdocs.yml lists them.
EXTENSIONS = [e if isinstance(e, str) else next(iter(e)) for e in _CONFIG["markdown_extensions"]]
EXTENSION_CONFIGS = {k: v for e in _CONFIG["markdown_extensions"] if isinstance(e, dict) for k, v in e.items()}


def engine_markdown(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


def html(text):
    return engine_markdown(str(md(text)))


def test_the_escaping_is_tested_with_the_engines_extensions():
    assert "toc" in EXTENSIONS and "md_in_html" not in EXTENSIONS


@pytest.mark.parametrize("text", HOSTILE)
def test_record_text_reaches_the_page_as_text(text):
    out = html(text)
    assert "<script" not in out and "<img" not in out and "<iframe" not in out and "<a " not in out and "<h1" not in out
    assert "onclick" not in out or "{: onclick=alert(1) }" in out  # shown as text, not an attribute


def test_bidirectional_controls_are_shown_not_obeyed():
    assert "[U+202E]" in html("abc\u202edef")


def test_url_only_passes_http_and_https():
    assert url("javascript:alert(1)") == "#"
    assert url("data:text/html,x") == "#"
    assert url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"


def test_dates_and_numbers_in_govuk_style():
    assert long_date(dt.date(2017, 10, 2)) == "2 October 2017"
    assert long_date(None) == "date not published"
    assert number(1327) == "1,327" and number(91.0) == "91"


@pytest.mark.parametrize("text", HOSTILE)
def test_record_text_inside_a_raw_html_block_stays_text(text):
    """`html` is the escaping inside the templates' raw HTML blocks: no tag, no Markdown, no backslashes."""
    out = engine_markdown(f"<p>{html_text(text + chr(10) + chr(10) + '*not emphasis*')}</p>")
    assert "<script" not in out and "<img" not in out and "<iframe" not in out and "<a " not in out and "<em>" not in out
    assert out.startswith("<p>") and out.endswith("*not emphasis*</p>") and "\\" not in out


def test_html_keeps_record_text_on_one_line():
    """A blank line ends an HTML block in CommonMark engines: record text inside one never carries one."""
    assert str(html_text("a\n\n  b\r\n")) == "a b "


def test_html_shows_bidirectional_controls_and_keeps_safe_markup():
    assert str(html_text("abc\u202edef")) == "abc[U+202E]def"
    assert html_text(long_date(dt.date(2017, 10, 2))) == "2 October 2017"


def test_html_list_is_each_value_as_html_joined_as_the_templates_did():
    from generator.render import environment

    values = ["Police & Crime <Panel>", "a\n\nb", "plain \u202e"]
    env = environment(Path(__file__).resolve().parents[1] / "templates")
    assert html_list(values) == env.from_string('{{ v | map("html") | join(", ") }}').render(v=values)
    assert html_list(values) == "Police &amp; Crime &lt;Panel&gt;, a b, plain [U+202E]" and html_list([]) == ""


@pytest.mark.parametrize("address", ["https://example.org/a?b=1&c=2#x", "http://x", "https://", "javascript:alert(1)",
                                     "HTTPS://x", "ftp://x", "https://a b", "https://ex.org/é?q=“x”", "\nhttps://x",
                                     "https://x\n", "https://x/<script>", "https://x/a%20b~c", "https://x/(a)[b]{c}|d^e`f"])
def test_url_gives_what_quote_gave_for_every_address(address):
    """url passes most addresses through as they are: exactly when `quote` would change none of it."""
    from urllib.parse import quote

    expected = quote(address, safe=":/?&=#%~@!$+,;") if address.startswith(("http://", "https://")) else "#"
    assert url(address) == expected


def test_by_id_makes_each_item_once_by_its_id():
    class Item:
        def __init__(self, id):
            self.id = id

    made = []
    out = by_id([Item("a"), Item("b")], lambda item: made.append(item.id) or f"<{item.id}>")
    assert out == {"a": "<a>", "b": "<b>"} and made == ["a", "b"]


def test_href_only_passes_http_and_https_and_is_escaped_for_an_attribute():
    assert href("javascript:alert(1)") == "#"
    assert href('https://example.org/a?b=1&c="x"') == "https://example.org/a?b=1&amp;c=%22x%22"


@pytest.fixture
def own_compiled_templates(tmp_path, monkeypatch):
    """Compiled templates kept in this test's own folder, not the per-user one in the temporary directory
    that every run and every checkout shares: there, a run beside this one could replace what this test
    kept between two of its steps."""
    from generator import render as r
    from generator import templating

    folder = tmp_path / "compiled"
    folder.mkdir()
    monkeypatch.setattr(templating.CompiledTemplates, "usable", classmethod(lambda cls: cls(str(folder))))
    r.environment.cache_clear()
    yield folder
    r.environment.cache_clear()


def test_compiled_templates_are_reused_and_a_changed_template_is_compiled_afresh(tmp_path, monkeypatch, own_compiled_templates):
    from generator import render as r
    from generator import templating

    templates = tmp_path / "templates"
    templates.mkdir()
    page = templates / f"cache-{tmp_path.name}.md.j2"
    page.write_text("one {{ x }}")
    r.environment.cache_clear()
    assert r.render(templates, page.name, {"x": "<a>"}, "p.md") == "one &lt;a&gt;"
    r.environment.cache_clear()

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled again")

    with monkeypatch.context() as patch:
        patch.setattr(templating.Environment, "_compile", no_compiling)
        assert r.render(templates, page.name, {"x": "<a>"}, "p.md") == "one &lt;a&gt;"  # from the cache
    r.environment.cache_clear()
    page.write_text("two {{ x }}")
    assert r.render(templates, page.name, {"x": "<a>"}, "p.md") == "two &lt;a&gt;"
    r.environment.cache_clear()


def test_a_template_error_names_its_own_file_though_compiled_from_another_copy(tmp_path, own_compiled_templates):
    """Compiled templates are shared by the copies of one template (two checkouts, the benchmark's copies):
    an error in one still shows that copy's file."""
    import traceback

    from generator import render as r

    name = f"copy-{tmp_path.name}.md.j2"
    for copy in ("one", "two"):
        (tmp_path / copy).mkdir()
        (tmp_path / copy / name).write_text("line 1\n{{ x.missing }}\n")
    for copy in ("one", "two"):
        r.environment.cache_clear()
        with pytest.raises(Exception) as raised:
            r.render(tmp_path / copy, name, {"x": {}}, "p.md")
        shown = "".join(traceback.format_exception(raised.value))
        assert f'File "{tmp_path / copy / name}", line 2' in shown
    r.environment.cache_clear()
