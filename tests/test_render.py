import datetime as dt
from pathlib import Path

import markdown
import pytest
import yaml

from generator.render import href, html_list, long_date, md, number, url
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
    assert long_date(dt.date(2019, 9, 7)) == "7 September 2019"  # no leading zero, and no glibc-only "%-d"
    assert number(1327) == "1,327" and number(91.0) == "91"


@pytest.mark.parametrize("text", HOSTILE)
def test_record_text_inside_a_raw_html_block_stays_text(text):
    """`html` is the escaping inside the templates' raw HTML blocks: no tag, no Markdown, no backslashes."""
    out = engine_markdown(f"<p>{html_text(text + chr(10) + chr(10) + '*not emphasis*')}</p>")
    assert (
        "<script" not in out and "<img" not in out and "<iframe" not in out and "<a " not in out and "<em>" not in out
    )
    assert out.startswith("<p>") and out.endswith("*not emphasis*</p>") and "\\" not in out


def test_html_keeps_record_text_on_one_line():
    """A blank line ends an HTML block in CommonMark engines: record text inside one never carries one."""
    assert str(html_text("a\n\n  b\r\n")) == "a b "


def test_html_shows_bidirectional_controls_and_keeps_safe_markup():
    assert str(html_text("abc\u202edef")) == "abc[U+202E]def"
    assert html_text(long_date(dt.date(2017, 10, 2))) == "2 October 2017"


def test_html_list_escapes_each_value_and_joins_them_with_commas():
    values = ["Police & Crime <Panel>", "a\n\nb", "plain \u202e"]
    assert html_list(values) == "Police &amp; Crime &lt;Panel&gt;, a b, plain [U+202E]" and html_list([]) == ""


def test_href_only_passes_http_and_https_and_is_escaped_for_an_attribute():
    assert href("javascript:alert(1)") == "#"
    assert href('https://example.org/a?b=1&c="x"') == "https://example.org/a?b=1&amp;c=%22x%22"
