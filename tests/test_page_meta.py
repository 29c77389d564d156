"""Every page has its own title and description, and GOV.UK-style dates and numbers."""

import re
from collections import Counter

from bs4 import BeautifulSoup


def pages(site):
    for path in sorted(site.rglob("index.html")):
        soup = BeautifulSoup(path.read_text(), "html.parser")
        description = soup.find("meta", attrs={"name": "description"})
        yield (
            path.relative_to(site).as_posix(),
            soup.title.get_text(strip=True),
            description["content"] if description else None,
        )


def test_every_page_has_a_unique_title_and_description(built_site):
    found = list(pages(built_site))
    assert len(found) >= 50  # 43 force pages and the fixed pages
    assert all(description for _, _, description in found), [p for p, _, d in found if not d]
    for index in (1, 2):
        repeated = [value for value, n in Counter(item[index] for item in found).items() if n > 1]
        assert repeated == []


def test_dates_are_written_out_and_never_in_iso_form(built_site):
    for path, _, _ in pages(built_site):
        text = BeautifulSoup((built_site / path).read_text(), "html.parser").select_one("article").get_text(" ")
        text = re.sub(r"\S+\.(txt|md|pdf)\b", "", text)  # file names of the copies held may start with a date
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), path
