"""Two builds of the same commit give byte-identical site trees, search index and sitemap included."""

import hashlib

from tests.conftest import ROOT, build_site


def tree(site):
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_two_builds_are_byte_identical(tmp_path, monkeypatch):
    # Different folders and time zones, the published address set so the sitemap has every page.
    monkeypatch.setenv("SITE_URL", "https://example.org/plans/")
    monkeypatch.setenv("TZ", "UTC")
    first = tree(build_site(ROOT, tmp_path / "first"))
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    second = tree(build_site(ROOT, tmp_path / "second-build"))
    assert set(first) == set(second)
    differ = sorted(path for path in first if first[path] != second[path])
    assert not differ, f"these files differ between two builds: {differ}"
    for path in ("search/search_index.json", "sitemap.xml", "sitemap.xml.gz", "data/forces.json", "feed.xml"):
        assert path in first, path
