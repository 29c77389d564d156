"""Atom feeds: parsed by a real feed parser, well formed, with RFC 4287's required elements, dated from the records."""

import datetime as dt
import uuid
import xml.etree.ElementTree as ET

import feedparser
import pytest

from generator import addresses
from generator.build import check, render_site
from generator.data import export, feed_entries, feeds
from generator.derive import derive
from generator.pages import data as data_page
from generator.render import render as render_template
from tests.conftest import ROOT, TODAY

A = "{http://www.w3.org/2005/Atom}"


def render(root, today=TODAY, base=""):
    content, result = check(root)
    assert content is not None, [str(p) for p in result.problems]
    return content, feeds.files(derive(content, today), base)


@pytest.fixture(scope="module")
def real():
    return render(ROOT)


def test_there_is_a_site_feed_and_one_feed_per_force(real):
    content, files = real
    assert set(files) == {"feed.xml", *(f"feeds/{f.id}.xml" for f in content.forces)}


def test_every_feed_parses_as_atom_with_no_errors(real):
    for path, data in real[1].items():
        parsed = feedparser.parse(data)
        assert not parsed.bozo, (path, parsed.get("bozo_exception"))
        assert parsed.version == "atom10", path
        assert parsed.feed.title and parsed.feed.id and parsed.feed.updated, path
        for entry in parsed.entries:
            assert entry.title and entry.id and entry.updated and entry.link and entry.summary, (path, entry)


def test_every_feed_has_the_elements_rfc_4287_requires(real):
    for path, data in real[1].items():
        feed = ET.fromstring(data)
        assert feed.tag == f"{A}feed"
        for tag in ("id", "title", "updated"):
            assert len(feed.findall(f"{A}{tag}")) == 1, (path, tag)
        assert feed.find(f"{A}author/{A}name").text
        assert feed.find(f"{A}link[@rel='self']") is not None
        ids = [e.find(f"{A}id").text for e in feed.findall(f"{A}entry")]
        assert len(ids) == len(set(ids)) and all(i.startswith("urn:uuid:") for i in ids), path
        for entry in feed.findall(f"{A}entry"):
            for tag in ("id", "title", "updated"):
                assert len(entry.findall(f"{A}{tag}")) == 1, (path, tag)
            assert entry.find(f"{A}link[@rel='alternate']") is not None or entry.find(f"{A}content") is not None


def entries(data):
    return {e.title: e for e in feedparser.parse(data).entries}


def test_west_yorkshire_feed_has_the_letter_and_each_action_dated_from_its_source(real):
    content, files = real
    force = next(f for f in content.forces if f.id == "west-yorkshire")
    found = entries(files["feeds/west-yorkshire.xml"])
    letter = found["West Yorkshire Police: the inspectorate's letter"]
    assert letter.updated.startswith("2017-10-02") and "IT systems monitoring: Plan in place" in letter.summary
    actions = [a for r in force.rounds for a in r.actions]
    responses = [x for r in force.rounds for x in r.responses]
    later = [r for r in derive(content, TODAY).forces if r.id == "west-yorkshire"][0].rounds
    judged = [r for r in later if r.round.findings and not r.round.letter and r.dated]
    assert judged and len(found) == 1 + len(actions) + len(responses) + len(judged) + len(force.corrections)
    citsl = next(e for t, e in found.items() if "CITSL" in t)
    assert citsl.updated.startswith("2017-11-14")
    assert feedparser.parse(files["feeds/west-yorkshire.xml"]).feed.updated.startswith(force.last_updated.isoformat())


def test_feeds_are_dated_from_the_records_never_from_the_build_date(copy_repo):
    assert render(copy_repo, dt.date(2030, 1, 1))[1] == render(copy_repo, dt.date(2026, 1, 1))[1]


def test_the_site_feed_holds_every_force_entry_and_each_national_report(real):
    content, files = real
    site = entries(files["feed.xml"])
    for force in content.forces:
        assert set(entries(files[f"feeds/{force.id}.xml"])) <= set(site)
    assert "National report published: 2017 review of forces' plans" in site


def test_links_are_absolute_when_the_site_address_is_known(copy_repo):
    files = render(copy_repo, base="https://example.org/plans/")[1]
    feed = feedparser.parse(files["feeds/warwickshire.xml"])
    assert feed.feed.links[0].href == "https://example.org/plans/feeds/warwickshire.xml"
    assert all(
        e.link.startswith("https://example.org/plans/forces/warwickshire/#round-assessment-") for e in feed.entries
    )
    assert feedparser.parse(files["feed.xml"]).feed.links[0].href == "https://example.org/plans/feed.xml"


def test_relative_links_resolve_from_where_each_feed_sits(real):
    assert 'href="forces/west-yorkshire/#round-assessment-2017"' in real[1]["feed.xml"].decode()
    assert 'href="../forces/west-yorkshire/"' in real[1]["feeds/west-yorkshire.xml"].decode()
    assert 'href="../forces/west-yorkshire/#round-assessment-2017"' in real[1]["feeds/west-yorkshire.xml"].decode()


def test_a_correction_is_an_entry_dated_from_the_record_and_shown_on_the_page(copy_repo):
    path = copy_repo / "content/forces/warwickshire.yml"
    path.write_text(
        path.read_text() + 'corrections:\n  - date: 2026-11-21\n    summary: "Corrected <b>the</b> letter date."\n'
    )
    content, files = render(copy_repo)
    assert entries(files["feeds/warwickshire.xml"])["Warwickshire Police: correction"].link == "../forces/warwickshire/"
    entry = entries(files["feeds/warwickshire.xml"])["Warwickshire Police: correction"]
    assert entry.updated.startswith("2026-11-21") and entry.summary == "Corrected <b>the</b> letter date."
    page = render_site(copy_repo, derive(content, TODAY))[1]["forces/warwickshire.md"].decode()
    assert "## Corrections" in page and "21 November 2026: Corrected &lt;b&gt;the&lt;/b&gt; letter date" in page


def test_text_xml_cannot_carry_is_replaced_and_markup_stays_text():
    page = addresses.force("x")
    entry = feeds.Entry("k", dt.date(2017, 10, 2), "A \x01 title </title><script>", "S & <b>", page)
    data = feeds.atom("T", "k", addresses.force_feed("x"), page, [entry], dt.date(2017, 10, 2), "")
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    assert parsed.entries[0].title == "A \ufffd title </title><script>"


def test_every_response_is_an_entry_dated_from_its_source_or_the_record(real):
    content, files = real
    checked = 0
    for force in content.forces:
        sources = {s.id: s for s in force.sources}
        found = feedparser.parse(files[f"feeds/{force.id}.xml"]).entries
        for response in (x for r in force.rounds for x in r.responses):
            date = sources[response.source].date or force.last_updated
            assert any(
                e.title == f"{force.name}: response from {response.by}"
                and e.summary.startswith(response.summary)
                and e.updated.startswith(date.isoformat())
                for e in found
            ), (force.id, response.by)
            checked += 1
    assert checked


def test_built_pages_announce_the_site_feed_and_link_their_force_feed(built_site):
    from bs4 import BeautifulSoup

    for path in ("index.html", "forces/west-yorkshire/index.html", "data/index.html"):
        soup = BeautifulSoup((built_site / path).read_text(), "html.parser")
        link = soup.select_one('head link[rel="alternate"][type="application/atom+xml"]')
        assert (
            link and (built_site / path).parent.joinpath(link["href"]).resolve() == (built_site / "feed.xml").resolve()
        ), path
    force = BeautifulSoup((built_site / "forces/west-yorkshire/index.html").read_text(), "html.parser")
    href = next(a["href"] for a in force.select("article a") if a.get_text() == "Atom feed")
    assert (built_site / "forces/west-yorkshire" / href).resolve() == (
        built_site / "feeds/west-yorkshire.xml"
    ).resolve()
    assert (built_site / "feeds/west-yorkshire.xml").is_file() and (built_site / "data/findings.csv").is_file()


def test_the_site_feed_holds_the_newest_changes_and_each_force_feed_all_of_its_own(real, monkeypatch):
    """Past SITE_FEED_ENTRIES, the site feed keeps the newest (as a news feed does); a force's feed keeps all."""
    content, whole = real
    assert feeds.SITE_FEED_ENTRIES >= len(entries(whole["feed.xml"]))  # the real site: every change fits
    monkeypatch.setattr(feeds, "SITE_FEED_ENTRIES", 5)
    site = feeds.files(derive(content, TODAY))
    parsed = feedparser.parse(site["feed.xml"]).entries
    every = feedparser.parse(whole["feed.xml"]).entries
    assert [e.id for e in parsed] == [e.id for e in every[:5]]
    assert [e.published for e in parsed] == sorted((e.published for e in every), reverse=True)[:5]
    for force in content.forces:
        assert site[f"feeds/{force.id}.xml"] == whole[f"feeds/{force.id}.xml"]


def judged_rounds(content):
    """(force view, round) for each round whose judgments are not in a letter: those are one entry each."""
    return [(v, r) for v in derive(content, TODAY).forces for r in v.rounds if r.round.findings and not r.round.letter]


def test_each_dated_round_of_judgments_is_one_entry_dated_by_the_round_and_undated_rounds_have_none(real):
    content, files = real
    dated = undated = 0
    for view, rnd in judged_rounds(content):
        force, a = view, rnd.assessment
        key = uuid.uuid5(feeds._NAMESPACE, f"{force.id}/{a.id}/findings").urn
        found = [e for e in feedparser.parse(files[f"feeds/{force.id}.xml"]).entries if e.id == key]
        if rnd.dated is None:
            assert not found and not any(e.id == key for e in feedparser.parse(files["feed.xml"]).entries), (
                force.id,
                a.id,
            )
            undated += 1
            continue
        (entry,) = found
        assert entry.updated.startswith(rnd.dated.isoformat()) and entry.published == entry.updated, (force.id, a.id)
        assert entry.title.startswith(f"{force.name}: {a.short_title}: ")
        for f in rnd.round.findings:
            label = next(o.label for o in a.outcomes if o.id == f.outcome)
            area = next((x.name for x in a.areas if x.id == f.area), "Overall")
            assert f"{area}: {label}" in entry.title and f"{area}: {label}" in entry.summary, (force.id, a.id, f.area)
        assert entry.link == f"../forces/{force.id}/#round-{a.id}"
        dated += 1
    assert dated > 40 and undated > 0


def test_judgments_known_only_from_a_press_report_say_so(real):
    content, files = real
    for view, rnd in judged_rounds(content):
        if rnd.dated is None:
            continue
        shown = rnd.judged
        entry = next(
            e
            for e in feedparser.parse(files[f"feeds/{view.id}.xml"]).entries
            if e.title.startswith(f"{view.name}: {rnd.assessment.short_title}: ")
        )
        says = "known only from a press report" in entry.title
        assert says == any(f.source.kind.value == "press-report" for f in shown), entry.title
    wiltshire = entries(files["feeds/wiltshire.xml"])
    assert any(
        t.startswith("Wiltshire Police: Integrity programme 2024–26: Vetting: requires improvement")
        and t.endswith("(all known only from a press report)")
        for t in wiltshire
    )


def test_no_judgment_is_dated_by_the_record_s_last_updated(copy_repo):
    """Move every record's last_updated: only entries that rest on it (responses and actions whose source has
    no date) may move; judgments, letters and national reports never do."""

    def dates(root):
        content = check(root)[0]
        return {e.key: e.date for e in feed_entries.site_entries(derive(content, TODAY))}

    before = dates(copy_repo)
    for path in (copy_repo / "content/forces").glob("*.yml"):
        path.write_text(path.read_text().replace("last_updated: 2026-11-25", "last_updated: 2026-11-20"))
    after = dates(copy_repo)
    assert set(before) == set(after)
    moved = [k for k in before if before[k] != after[k]]
    assert all("/response/" in k or "/action/" in k for k in moved), moved
    assert any(k.endswith("/findings") for k in before)


def test_the_data_page_says_which_judgments_the_feeds_leave_out(real):
    content, _ = real
    site = derive(content, TODAY)
    downloads = export.files(site) | feeds.files(site)
    page = render_template(ROOT / "templates", "data.md.j2", data_page.context(site, downloads), "data.md")
    left_out = [(v, r) for v, r in judged_rounds(content) if r.dated is None]
    assert len(data_page.undated(site)) == len(left_out)
    for view, rnd in left_out:
        assert f"(forces/{view.id}.md#round-{rnd.assessment.id})" in page
    assert "Where no source dates the judgments at all, they have no entry" in page
    assert "observations.csv" in page and "Fields of observations\\.csv" in page


def test_each_entry_links_to_a_section_the_force_page_has(built_site):
    from bs4 import BeautifulSoup

    parsed = feedparser.parse((built_site / "feed.xml").read_bytes())
    pages: dict[str, BeautifulSoup] = {}
    for entry in parsed.entries:
        page, _, anchor = entry.link.partition("#")
        if not anchor:
            continue
        if page not in pages:
            pages[page] = BeautifulSoup((built_site / page / "index.html").read_text(), "html.parser")
        assert pages[page].find(id=anchor) is not None, entry.link
    assert pages


def test_each_dated_action_has_one_entry_dated_by_its_source_and_an_undated_one_none():
    """Actions of rounds and of the force itself: an entry per action whose source gives a day, dated by that day;
    none for an action whose source gives no day (never the build's date, nor last_updated)."""
    from generator.build import check
    from generator.data.feed_entries import entries_of_force
    from generator.derive import derive

    content, _ = check(ROOT)
    dated = undated = 0
    for view in derive(content, TODAY).forces:
        entries = [e for e in entries_of_force(view) if "/action/" in e.key]
        expected = sorted((a.reported, a.action.title) for a in view.actions if a.reported)
        assert sorted((e.date, e.key.rsplit("/action/", 1)[1]) for e in entries) == expected, view.id
        assert all(e.page.anchor.startswith("action-") for e in entries)
        dated += len(expected)
        undated += sum(1 for a in view.actions if a.reported is None)
    assert dated > 20 and undated > 20  # both kinds are on record
