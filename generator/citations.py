"""Each source's citation as the pages show it: its title, publisher, kind and date, where a reader checks it (the
project's copy of a held document at the paragraph that holds the words quoted, or the web address opened at them)
and what the source says (the passages the project keeps of a web source)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from generator import addresses, labels
from generator import model as m
from generator.addresses import Address
from generator.check import quoted as quoting
from generator.check import quotes
from generator.load import documents as held_text

Documents = dict[str, m.Document]


@dataclass(frozen=True)
class Citation:
    """What a page shows to name a source: templates/_macros.md.j2 formats it (`cite`, `cite_html`, `cite_fact`)."""

    title: str
    url: str | None  # the web address; with a text fragment that opens it at the words quoted, where there are some
    kind: str  # the kind of document, in words
    publisher: str
    when: str | None  # its date in words, as far as it gives one: an as-stated date in quotation marks
    locator: str | None
    is_letter: bool  # the inspectorate's letter itself
    rests_on: str | None  # "known only from a press report"; None for the inspectorate's own documents
    held: Address | None = None  # the project's copy on this site, at the paragraph cited
    copy: Address | None = None  # the project's copy: the document's page
    paragraph: str | None = None  # the paragraph that holds the words quoted: "paragraph 12"
    passages: tuple[m.Excerpt, ...] = ()  # what the source says: the passages the project keeps of it

    @property
    def about(self) -> tuple[str, ...]:
        """What the brackets after a fact's source say: its kind, unless the fact says what it rests on beside it
        (`rests_on`: said once); its date; and where in it, unless that is a link to the project's copy."""
        return tuple(
            x for x in (None if self.rests_on else self.kind, self.when, None if self.held else self.locator) if x
        )

    @property
    def held_words(self) -> str:
        """The words of the link to the project's copy: the paragraph quoted, the paragraphs cited, else "the
        project's copy"."""
        return self.paragraph or self.locator or "the project's copy"


def citation(source: m.Source, words: str | None = None, documents: Documents | None = None) -> Citation:
    """A source's citation for a fact that gives `words` as the source's (an as-stated field, a phrase in quotation
    marks; quoted.first_words). A web address then opens at them (a text fragment); a held document's citation
    lands on the paragraph that holds them (`documents`: the held documents, by id), else on the first paragraph
    its locator names."""
    held = copy = paragraph = None
    url = source.url
    if source.document:
        copy = addresses.document(source.document)
        held = addresses.held(source.document, source.locator)
        found = _paragraph(source, words, (documents or {}).get(source.document))
        if found is not None:
            held, paragraph = addresses.paragraph(source.document, found.key), labels.paragraph(found.key)
    elif url and words:
        url = text_fragment(url, words)
    return Citation(
        source.title,
        url,
        labels.SOURCE_KINDS[source.kind],
        source.publisher,
        labels.source_date(source),
        source.locator,
        source.kind is m.SourceKind.inspectorate_letter,
        labels.rests_on(source),
        held,
        copy,
        paragraph,
        tuple(source.excerpts),
    )


def _paragraph(source: m.Source, words: str | None, document: m.Document | None) -> m.Paragraph | None:
    """The paragraph of a held document that holds the words quoted, among those its locator names."""
    if not words or document is None:
        return None
    return quotes.holding(document, words, held_text.named(source.locator, document.keys))


def text_fragment(url: str, words: str) -> str:
    """`url` with a text fragment (`#:~:text=`) that scrolls a browser to `words` and highlights them, encoded
    as the URL Fragment Text Directives spec says: percent-encoded, `-`, `&` and `,` included. Words left out
    (`…`) make a range: the first part to the last. A URL that already has a fragment is left as it is."""
    parts = [" ".join(p.split()) for p in quotes.GAP.split(words) if p.strip()]
    if "#" in url or not parts:
        return url
    encoded = [quote(p, safe="").replace("-", "%2D") for p in parts]
    return f"{url}#:~:text={encoded[0]}" + (f",{encoded[-1]}" if len(encoded) > 1 else "")


def citations(sources: list[m.Source], documents: Documents | None = None) -> dict[str, Citation]:
    """Each source's citation for a fact that quotes nothing, by the id that `source:` fields use."""
    return {s.id: citation(s, None, documents) for s in sources}


def of_fact(fact, sources: dict[str, m.Source], documents: Documents) -> Citation:
    """The citation of a fact (a finding, an action, an observation, a response, a register's entry) by its own
    `source:`, opened at the first words it quotes."""
    return citation(sources[fact.source], quoting.first_words(fact), documents)


def of_note(text: str, source: m.Source, documents: Documents) -> Citation:
    """The citation of one of a note's sources, opened at the first words the note quotes that this source holds."""
    words = next((w for w in quotes.quoted(text) if quoting.held_by(source, w, documents)), None)
    return citation(source, words, documents)
