"""The documents the project holds: their pages, the citations that land on their paragraphs, the quotations
checked against their text, and the web citations that open at the words quoted."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from generator import addresses, citations
from generator.build import check
from generator.check import documents as rules_documents
from generator.check import quotes
from generator.load import documents
from generator.load.records import load_all
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def content():
    content, result = check(ROOT)
    assert result.problems == []
    return content


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(), "html.parser")


def test_five_documents_are_held_each_with_its_page_and_the_index_lists_them(content, built_site):
    ids = [d.id for d in content.documents]
    assert len(ids) == 5
    index = soup(built_site, "documents/index.html")
    linked = {a["href"].rstrip("/").split("/")[-1] for a in index.select("article a[href]")}
    for doc in content.documents:
        page = soup(built_site, f"documents/{doc.id}/index.html")
        assert doc.id in linked
        article = page.select_one("article")
        words = " ".join(article.get_text(" ").split())
        assert "This is the project's copy of this document" in words and "The original is the authority" in words
        # Every paragraph: an anchor, and a visible number that links to it.
        for p in doc.paragraphs:
            anchor = addresses.paragraph_anchor(p.key)
            block = article.find(id=anchor)
            assert block is not None, (doc.id, p.key)
            number = block.select_one("a.apsp-pnum")
            assert number["href"] == f"#{anchor}" and number.get_text().endswith(p.number)
        assert len(article.select(".apsp-para")) == len(doc.paragraphs)


def test_the_text_on_the_page_is_the_documents_text_escaped(content, built_site):
    for doc in content.documents:
        page = " ".join(
            soup(built_site, f"documents/{doc.id}/index.html").select_one(".apsp-document").get_text(" ").split()
        )
        for block in [*doc.heading, *(b for p in doc.paragraphs for b in p.blocks), *doc.closing]:
            for line in [c for row in block.rows for c in row] if block.kind == "table" else block.lines:
                assert " ".join(line.split()) in page, (doc.id, line)


def test_no_page_says_it_holds_a_copy_of_a_file_a_reader_cannot_open(built_site):
    for html in built_site.rglob("*.html"):
        text = html.read_text()
        assert not re.search(r"holds a copy \([^)]*\.(txt|md)\)", text), html
        assert not re.search(r"holds a copy[^.<]*\.(txt|md)\b", text), html


def test_every_citation_of_a_held_document_links_to_a_paragraph_that_exists(content, built_site):
    held = {d.id: d for d in content.documents}
    followed = 0
    for html in sorted(built_site.rglob("*.html")):
        for a in soup(built_site, html.relative_to(built_site)).select("article a[href*='documents/']"):
            parts = urlsplit(a["href"])
            if parts.scheme:
                continue  # another site's page that happens to have "documents/" in its address
            target = (html.parent / unquote(parts.path)).resolve()
            target = target / "index.html" if target.is_dir() else target
            assert target.is_file(), (html, a["href"])
            if parts.fragment:
                assert BeautifulSoup(target.read_text(), "html.parser").find(id=parts.fragment) is not None, (
                    html,
                    a["href"],
                )
                document_id = target.parent.name
                assert document_id in held
                if parts.fragment.startswith("paragraph-"):
                    assert a.get_text() in {"the project's copy"} or a.get_text().startswith("paragraph"), a.get_text()
                    followed += 1
    cited = [s for f in content.forces for s in f.sources if s.document]
    assert cited and followed >= len(cited), followed


def test_a_citations_link_text_is_its_locator_and_it_lands_on_the_first_paragraph_named(content):
    source = next(s for f in content.forces if f.id == "west-yorkshire" for s in f.sources if s.id == "panel-report")
    c = citations.citation(source)
    assert (
        c.locator == "paragraphs 3.3 to 3.9"
        and c.held.served == "documents/2018-03-09-west-yorkshire-police-and-crime-panel-report/#paragraph-3-3"
    )


@pytest.mark.parametrize(
    "locator, keys",
    [
        ("paragraph 4", ["4"]),
        ("paragraphs 3.3 to 3.9", ["3.3", "3.9"]),
        ("paragraphs 3.7–3.9", ["3.7", "3.9"]),
        ("paragraphs 2 and 5", ["2", "5"]),
        ("paragraph 3.9 (second)", ["3.9 (second)"]),
        ("page 19", None),
        ("section 3", None),
    ],
)
def test_a_locator_names_paragraphs(locator, keys):
    assert documents.located(locator) == keys


def test_every_quotation_on_record_is_in_its_source_held_document_or_held_passages():
    """Every quotation of the real records (as-stated fields, words in quotation marks, titles) is in what the project
    holds of its source: counted apart for held documents and for web sources' passages."""
    from generator import model as m
    from generator.check import quoted
    from generator.check.messages import parse

    inputs = load_all(ROOT)
    held, trouble = rules_documents.held(inputs)
    assert trouble == []
    documents_by_id = {d.id: d for d in held}
    files = [
        *[(a, m.Assessment) for a in inputs.assessments],
        (inputs.force_list, m.ForceList),
        (inputs.systems, m.SystemRegister),
        *[(f, m.Force) for f in inputs.forces],
    ]
    from_documents = from_passages = titles = 0
    for loaded, cls in files:
        record = parse(cls, loaded)[0]
        for q in quoted.quotations(loaded, record):
            assert quoted.check(q, documents_by_id) is None, (loaded.path, q.loc, q.words)
            in_document = any(s.document for s in q.sources)
            from_documents += in_document
            from_passages += not in_document
        assert list(quoted.titles(loaded, record, documents_by_id)) == []
        titles += sum(1 for s in record.sources if not s.title.startswith("["))
    print(f"{from_documents} quotations from held documents, {from_passages} from web passages, {titles} titles")
    assert from_documents >= 25 and from_passages >= 300 and titles >= 60


def test_a_quotation_is_compared_by_its_words_marks_and_dashes_aside():
    text = quotes.normalise("The plans included a review \u2013 of the \u2018capability\u2019 and\n capacity")
    assert quotes.contains(text, "a review - of the 'capability' and capacity")
    assert quotes.contains(text, "The plans … capacity")
    assert not quotes.contains(text, "the plans included")  # capitals count
    assert not quotes.contains(text, "capacity … The plans")  # parts in order


def _facts_with_sources(content):
    """Every fact that names its source, with the record's sources by id: findings, actions, observations, responses,
    the register's systems and services, the national files' figures and findings."""
    for record in [*content.forces, *content.assessments, content.systems]:
        sources = {s.id: s for s in record.sources}
        for fact in walk_facts(record):
            yield fact, sources[fact.source]


def walk_facts(record):
    from pydantic import BaseModel

    from generator.check import walk

    for _, obj, _ in walk.models(record):
        if isinstance(obj, BaseModel) and isinstance(getattr(obj, "source", None), str):
            yield obj


def test_every_quoting_citation_of_a_web_source_opens_it_at_words_it_holds(content, built_site):
    """Each citation of a web source whose fact quotes it carries a text fragment of the quoted words (never on an
    address that has a fragment already); every fragment on the site decodes to words of the source's held
    passages."""
    from generator import model as m
    from generator.check import quoted

    expected = set()
    for fact, source in _facts_with_sources(content):
        words = quoted.first_words(fact)
        shown = not isinstance(fact, (m.Area, m.Outcome))  # an area's question is shown without a citation
        if shown and words and source.url and not source.document and "#" not in source.url:
            expected.add(citations.text_fragment(source.url, words))
    by_address = {}
    for record in [*content.forces, *content.assessments, content.systems]:
        for s in record.sources:
            if s.url:
                by_address.setdefault(s.url, []).extend(quotes.normalise(e.text) for e in s.excerpts)
    found, links = set(), 0
    for page in built_site.rglob("*.html"):
        for a in BeautifulSoup(page.read_text(), "html.parser").select("article a[href*='#:~:text=']"):
            href = a["href"]
            url, directive = href.split("#:~:text=")
            assert "#" not in url and not re.search(r"[-&\s]", directive), href  # `-`, `&` and spaces encoded
            parts = [unquote(part) for part in directive.split(",")]  # a bare comma only between a range's two ends
            assert any(quotes.contains(p, " … ".join(parts)) for p in by_address[url]), (page, parts)
            found.add(href)
            links += 1
    assert expected <= found and len(found) >= 150, expected - found
    print(f"{links} links with a text fragment ({len(found)} different), each decoded to words its source holds")


def test_a_citation_of_a_held_document_lands_on_the_paragraph_that_holds_the_words_quoted(content, built_site):
    """Worked out from the words, not typed: West Yorkshire's actions cite "paragraphs 8 to 19" of the PCC's letter,
    and each lands on its own paragraph (COSAIN's is 12: "have now acquired a licence … a 'profile' is being
    developed"), shown with its number."""
    from generator import model as m
    from generator.check import quoted

    held = {d.id: d for d in content.documents}
    landed = 0
    for fact, source in _facts_with_sources(content):
        words = quoted.first_words(fact)
        if not (source.document and words) or isinstance(fact, (m.Area, m.Outcome)):
            continue
        doc = held[source.document]
        paragraph = quotes.holding(doc, words, documents.named(source.locator, doc.keys))
        assert paragraph is not None and quotes.contains(quotes.paragraphs_text(doc, (paragraph.key,)), words)
        c = citations.of_fact(fact, {source.id: source}, held)
        assert (c.held, c.held_words) == (addresses.paragraph(doc.id, paragraph.key), f"paragraph {paragraph.key}")
        landed += 1
    page = soup(built_site, "forces/west-yorkshire/index.html")
    cosain = page.find("h3", string="COSAIN social media monitoring").find_next("ul")
    link = next(a for a in cosain.find_all("a") if "pcc-letter" in a["href"])
    assert link["href"].endswith("#paragraph-12") and link.get_text() == "paragraph 12"
    print(f"{landed} citations of held documents land on the paragraph quoted")
    assert landed >= 20


def test_a_text_fragment_is_encoded_as_the_spec_says_and_never_added_to_a_fragment():
    url = citations.text_fragment("https://example.org/a", "Vetting, IT monitoring & counter-corruption: good")
    assert url == "https://example.org/a#:~:text=Vetting%2C%20IT%20monitoring%20%26%20counter%2Dcorruption%3A%20good"
    assert citations.text_fragment("https://example.org/a#top", "good") == "https://example.org/a#top"
    assert (
        citations.text_fragment("https://example.org/a", "first words … last words")
        == "https://example.org/a#:~:text=first%20words,last%20words"
    )


def test_the_data_give_each_documents_paragraphs_and_each_findings_place_to_check(content, built_site):
    listed = json.loads((built_site / "data/documents.json").read_text())
    assert [d["id"] for d in listed["documents"]] == [d.id for d in content.documents]
    for entry, doc in zip(listed["documents"], content.documents):
        assert entry["paragraph_count"] == len(doc.paragraphs) == len(entry["paragraphs"])
        for p in entry["paragraphs"]:
            path, anchor = p["address"].split("#")
            assert soup(built_site, path + "index.html").find(id=anchor) is not None
    dataset = json.loads((built_site / "data/forces.json").read_text())
    addressed = [s for f in dataset["forces"] for s in f["sources"] if s["document"]]
    assert addressed and all(
        s["document_address"].startswith(f"documents/{s['document']}/#paragraph-") for s in addressed
    )
    rows = list(csv.DictReader(io.StringIO((built_site / "data/findings.csv").read_text())))
    with_outcome = [r for r in rows if r["record_status"] == "outcome"]
    assert with_outcome and all(
        r["check_at"] for r in with_outcome if r["source_url"] or r["source_kind"] == "inspectorate-letter"
    )
    letters = [r for r in with_outcome if r["force_id"] == "west-yorkshire" and r["assessment"] == "assessment-2017"]
    assert {r["check_at"] for r in letters} == {"documents/2017-10-02-hmicfrs-letter-west-yorkshire/#paragraph-4"}
    assert any("#:~:text=" in r["check_at"] for r in with_outcome)
