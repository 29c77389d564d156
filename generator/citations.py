"""Each source's citation as the pages show it: its title, kind and date, and where a reader checks it (the
project's copy of a held document at the paragraph cited, or the web address at the words quoted)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import quote

from generator import addresses, labels
from generator import model as m
from generator.addresses import Address
from generator.check import quotes


@dataclass(frozen=True)
class Citation:
    """What a page shows to name a source: templates/_macros.md.j2 formats it (`cite`, `cite_html`)."""

    title: str
    url: str | None  # the web address; with a text fragment that opens it at the words quoted, where there are some
    kind: str  # the kind of document, in words
    date: dt.date | None
    date_as_stated: str | None
    locator: str | None
    is_letter: bool  # the inspectorate's letter itself
    held: Address | None = None  # the project's copy on this site, at the first paragraph the locator names
    copy: Address | None = None  # the project's copy: the document's page

    @property
    def when(self) -> str | None:
        """The source's date in words, as far as it gives one."""
        return labels.long_date(self.date) if self.date else self.date_as_stated

    @property
    def held_words(self) -> str:
        """The words of the link to the project's copy: the paragraphs cited, else "the project's copy"."""
        return self.locator or "the project's copy"


def citation(source: m.Source, quoted: str | None = None) -> Citation:
    """A source's citation; `quoted`: words the record gives "as stated" from it, which a web address then
    opens at (a text fragment). A held document's citation links to its paragraph on this site instead."""
    held = copy = None
    url = source.url
    if source.document:
        copy = addresses.document(source.document)
        held = addresses.held(source.document, source.locator)
    elif url and quoted:
        url = text_fragment(url, quoted)
    return Citation(
        source.title,
        url,
        labels.SOURCE_KINDS[source.kind],
        source.date,
        source.date_as_stated,
        source.locator,
        source.kind is m.SourceKind.inspectorate_letter,
        held,
        copy,
    )


def text_fragment(url: str, words: str) -> str:
    """`url` with a text fragment (`#:~:text=`) that scrolls a browser to `words` and highlights them, encoded
    as the URL Fragment Text Directives spec says: percent-encoded, `-`, `&` and `,` included. Words left out
    (`…`) make a range: the first part to the last. A URL that already has a fragment is left as it is."""
    parts = [" ".join(p.split()) for p in quotes.GAP.split(words) if p.strip()]
    if "#" in url or not parts:
        return url
    encoded = [quote(p, safe="").replace("-", "%2D") for p in parts]
    return f"{url}#:~:text={encoded[0]}" + (f",{encoded[-1]}" if len(encoded) > 1 else "")


def citations(sources: list[m.Source]) -> dict[str, Citation]:
    """Each source's citation, by the id that `source:` fields use."""
    return {s.id: citation(s) for s in sources}
