import datetime as dt

import markdown
import pytest

from generator.render import long_date, md, number, url

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


def html(text):
    return markdown.markdown(str(md(text)), extensions=["tables", "attr_list", "md_in_html", "toc"])


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
