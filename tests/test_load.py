import tracemalloc
from pathlib import Path

import pytest

from generator.load.records import load_file


def load(tmp_path: Path, text: str | bytes):
    f = tmp_path / "kent.yml"
    f.write_bytes(text if isinstance(text, bytes) else text.encode())
    return load_file(f, "content/forces/kent.yml")


def messages(tmp_path, text):
    return [str(p) for p in load(tmp_path, text).problems]


def test_values_carry_their_line_and_column(tmp_path):
    loaded = load(tmp_path, "id: kent\nrounds:\n  - assessment: a\n    findings:\n      - area: x\n")
    assert loaded.data == {"id": "kent", "rounds": [{"assessment": "a", "findings": [{"area": "x"}]}]}
    assert loaded.pos(("rounds", 0, "findings", 0, "area")) == (5, 15)
    assert loaded.pos(("rounds", 0, "assessment")) == (3, 17)
    assert loaded.pos(("rounds", 0, "missing")) == (3, 5)  # falls back to the enclosing value


def test_dates_stay_text_for_the_model_to_parse(tmp_path):
    assert load(tmp_path, "date: 2017-10-02\n").data == {"date": "2017-10-02"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a: 1\na: 2\n", "content/forces/kent.yml:2:1: a: duplicate key; `a` is already set on line 1: keep one"),
        (
            "a: &x 1\nb: *x\n",
            "content/forces/kent.yml:1:4: anchors and aliases (`&name`, `*name`) are not allowed; write the value out "
            "in full",
        ),
        (
            "- 1\n",
            "content/forces/kent.yml:1:1: the top level must be a set of `key: value` lines, not a list or a single "
            "value",
        ),
        ("", "content/forces/kent.yml:1:1: the file is empty; a record is a set of `key: value` lines"),
        (
            "a: 1\n---\nb: 2\n",
            "content/forces/kent.yml:2:1: YAML syntax: more than one document (`---`); a record is one document",
        ),
        ("a:\n\tb: 1\n", "content/forces/kent.yml:2:1: tab character; indent and separate with spaces only"),
        (
            b"\xef\xbb\xbfa: 1\n",
            "content/forces/kent.yml:1:1: the file starts with a byte-order mark; save it as UTF-8 without BOM",
        ),
        (b"a: caf\xe9\n", "content/forces/kent.yml:1:7: byte 0xe9 is not UTF-8; save the file as UTF-8"),
    ],
)
def test_hazards_are_refused_with_their_position(tmp_path, text, expected):
    assert messages(tmp_path, text) == [expected]


def test_syntax_errors_get_the_parsers_line_not_a_traceback(tmp_path):
    [problem] = load(tmp_path, "a: [1\n").problems
    assert (problem.line, problem.column) == (2, 1)
    assert problem.message.startswith("YAML syntax:")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "a: !!binary AAAA\n",
            "content/forces/kent.yml:1:4: tags like `!!binary` are not allowed; write the value as plain text",
        ),
        (
            "a: !!python/object/apply:os.system [ls]\n",
            "content/forces/kent.yml:1:4: tags like `!!python/object/apply:os.system` are not allowed; write the "
            "value as plain text",
        ),
        ("a: ! 1\n", "content/forces/kent.yml:1:4: tags like `!` are not allowed; write the value as plain text"),
        (
            "a: " + "[" * 21 + "]" * 21 + "\n",
            "content/forces/kent.yml:1:23: nested more than 20 levels deep; a record is never this deep: check the "
            "brackets and indentation",
        ),
        ('a:\n  b: "x\x07y"\n', "content/forces/kent.yml:2:8: character U+0007 is not allowed in a record; delete it"),
        (
            "a: 1\nb: 2\nc: 3\n...\n--- \nd: 4\n",
            "content/forces/kent.yml:5:1: YAML syntax: more than one document (`---`); a record is one document",
        ),
        ("   \n\n", "content/forces/kent.yml:1:1: the file is empty; a record is a set of `key: value` lines"),
        (
            "# yaml-language-server: $schema=../../schema/force.schema.json\n#\n",
            "content/forces/kent.yml:1:1: the file has only comments; a record is a set of `key: value` lines",
        ),
        (
            "just a sentence\n",
            "content/forces/kent.yml:1:1: the top level must be a set of `key: value` lines, not a list or a single "
            "value",
        ),
        ("? [a, b]\n: 1\n", "content/forces/kent.yml:1:3: a key must be a plain word"),
    ],
)
def test_more_hazards_are_refused_with_their_position(tmp_path, text, expected):
    assert messages(tmp_path, text) == [expected]


def test_every_tab_is_reported(tmp_path):
    assert messages(tmp_path, "a: 1\n\tb: 2\nc:\t3\n") == [
        "content/forces/kent.yml:2:1: tab character; indent and separate with spaces only",
        "content/forces/kent.yml:3:3: tab character; indent and separate with spaces only",
    ]


def test_a_ten_megabyte_file_is_refused_without_being_read(tmp_path):
    f = tmp_path / "kent.yml"
    with f.open("wb") as out:
        out.write(b"a: " + b"x" * (10 * 1024 * 1024) + b"\n")
    tracemalloc.start()
    problems = load_file(f, "content/forces/kent.yml").problems
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [str(p) for p in problems] == [
        "content/forces/kent.yml:1:1: the file is 10,485,764 bytes; a record must be under 1,000,000 bytes"
    ]
    assert peak < 1_000_000  # not read: reading it would hold ten megabytes


def test_an_alias_bomb_is_refused_with_bounded_memory(tmp_path):
    """'Billion laughs': ten levels of ten aliases would expand to 10^10 items if it were ever built."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 11)]
    tracemalloc.start()
    problems = load(tmp_path, "\n".join(lines) + "\n").problems
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [str(p) for p in problems] == [
        "content/forces/kent.yml:1:5: anchors and aliases (`&name`, `*name`) are not allowed; write the value out in "
        "full"
    ]
    assert peak < 5_000_000  # never expanded


def test_an_alias_without_its_anchor_is_refused(tmp_path):
    assert messages(tmp_path, "a: *x\n") == [
        "content/forces/kent.yml:1:4: anchors and aliases (`&name`, `*name`) are not allowed; write the value out in "
        "full"
    ]


def test_deep_nesting_is_refused_at_the_first_level_too_deep(tmp_path):
    [problem] = load(tmp_path, "a: " + "[" * 300_000 + "\n").problems
    # Refused at the same place as 21 brackets (above), however many follow.
    assert (problem.line, problem.column) == (1, 23)
    assert "nested more than 20 levels deep" in problem.message


@pytest.mark.parametrize(
    "text, expected",
    [
        # Keys: duplicates at any depth, and keys that are not plain words; each problem is reported, reading goes on.
        (
            "a:\n  - b: 1\n    b: 2\n",
            ["content/forces/kent.yml:3:5: a[0].b: duplicate key; `b` is already set on line 2: keep one"],
        ),
        (
            "1: a\n'1': b\n1.5: c\ntrue: d\nnull: e\n",
            [
                "content/forces/kent.yml:3:1: a key must be a plain word",
                "content/forces/kent.yml:4:1: a key must be a plain word",
                "content/forces/kent.yml:5:1: a key must be a plain word",
            ],
        ),
        # A value the resolver takes for a number that cannot be made one.
        ("a: 0o9\nb: 1\n", []),
        ("a: 1e999\n", []),
        # The first hazard wins, wherever it is: after a problem, inside a second document, on a collection.
        (
            "a: 1\na: 2\nb: *x\n",
            [
                "content/forces/kent.yml:3:4: anchors and aliases (`&name`, `*name`) are not allowed; write the value "
                "out in full"
            ],
        ),
        (
            "a: 1\n---\nb: &x 2\n",
            [
                "content/forces/kent.yml:3:4: anchors and aliases (`&name`, `*name`) are not allowed; write the value "
                "out in full"
            ],
        ),
        (
            "a: !!map {b: 1}\n",
            ["content/forces/kent.yml:1:4: tags like `!!map` are not allowed; write the value as plain text"],
        ),
        (
            "a:\n  - !custom x\n",
            ["content/forces/kent.yml:2:5: tags like `!custom` are not allowed; write the value as plain text"],
        ),
        (
            "a: &x [1]\n",
            [
                "content/forces/kent.yml:1:4: anchors and aliases (`&name`, `*name`) are not allowed; write the value "
                "out in full"
            ],
        ),
        (
            "? &k a\n: 1\n",
            [
                "content/forces/kent.yml:1:3: anchors and aliases (`&name`, `*name`) are not allowed; write the value "
                "out in full"
            ],
        ),
        (
            "a: " + "{b: " * 20 + "1" + "}" * 20 + "\n",
            [
                "content/forces/kent.yml:1:80: nested more than 20 levels deep; a record is never this deep: check the "
                "brackets and indentation"
            ],
        ),
        ("a: " + "[" * 19 + "]" * 19 + "\n", []),
    ],
)
def test_every_problem_is_reported_at_its_position(tmp_path, text, expected):
    assert messages(tmp_path, text) == expected


def test_values_are_read_as_the_safe_loader_reads_them_but_dates_stay_text(tmp_path):
    loaded = load(tmp_path, "a: 1\nb: 1.5\nc: true\nd: ~\ne: ''\nf: 0x1F\ng: 2017-10-02\nh: '7'\ni: .nan\n")
    data = loaded.data
    assert [data[k] for k in "abcdefgh"] == [1, 1.5, True, None, "", 31, "2017-10-02", "7"]
    assert data["i"] != data["i"]  # NaN: the model refuses it, with its position
    assert loaded.problems == []


def test_a_value_that_cannot_be_read_is_a_problem_at_its_position(tmp_path, monkeypatch):
    """A value whose constructor fails (none of the safe loader's plain scalars does today) reads as empty."""
    from generator.load.yaml_reader import Parser

    def fails(loader, node):
        raise ValueError("no")

    monkeypatch.setitem(Parser.yaml_constructors, "tag:yaml.org,2002:int", fails)
    loaded = load(tmp_path, "a:\n  b: 12\n")
    assert loaded.data == {"a": {"b": None}}
    assert [str(p) for p in loaded.problems] == [
        "content/forces/kent.yml:2:6: a.b: cannot read this value; put it in double quotes"
    ]


def test_a_load_after_an_earlier_one_reads_again_only_the_files_whose_bytes_changed(copy_repo):
    from generator.load.records import load_all

    first = load_all(copy_repo)
    kent, warwickshire = (copy_repo / f"content/forces/{name}.yml" for name in ("kent", "warwickshire"))
    # A change of the same length, as a date's one digit: the bytes differ, so the file is read again.
    text = warwickshire.read_text()
    assert "last_updated: 2026-" in text
    warwickshire.write_text(text.replace("last_updated: 2026-", "last_updated: 2025-", 1))
    kent.write_bytes(kent.read_bytes())  # saved again unchanged: its earlier reading stands
    second = load_all(copy_repo, first)
    by_path = {loaded.path: loaded for loaded in first.records()}
    for loaded in second.records():
        if loaded.path == "content/forces/warwickshire.yml":
            assert loaded is not by_path[loaded.path]
            assert loaded.data["last_updated"].startswith("2025-")
        else:
            assert loaded is by_path[loaded.path], loaded.path
    assert second.files() == first.files()


def test_a_build_after_an_earlier_one_renders_again_only_what_changed_and_writes_what_a_fresh_build_writes(
    copy_repo, tmp_path_factory
):
    """Under `make serve` each save's build is given the last one: a force page whose view and templates are unchanged
    is not rendered again. Whatever is reused, the files written are those a build from nothing writes."""
    from generator.build import Result, build
    from tests.conftest import TODAY

    def tree(folder):
        return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    def fresh():
        out = tmp_path_factory.mktemp("fresh")
        build(copy_repo, out, TODAY)
        return tree(out)

    out = tmp_path_factory.mktemp("preview")
    assert build(copy_repo, out, TODAY).rendered == {}  # a build on its own (make site) remembers nothing
    first = build(copy_repo, out, TODAY, earlier=Result())  # make serve's first
    assert len(first.rendered) == 43  # every force page, and no page drawn from the whole site
    again = build(copy_repo, out, TODAY, earlier=first)
    assert all(again.rendered[p][1] is first.rendered[p][1] for p in first.rendered)  # nothing rendered again

    record = copy_repo / "content/forces/warwickshire.yml"
    record.write_text(record.read_text().replace("Work to seek intelligence", "Edited: work to seek intelligence", 1))
    edited = build(copy_repo, out, TODAY, earlier=again)
    assert "forces/warwickshire.md" in edited.written
    assert b"Edited: work to seek intelligence" in edited.rendered["forces/warwickshire.md"][1]
    assert [p for p in first.rendered if edited.rendered[p][1] is not again.rendered[p][1]] == [
        "forces/warwickshire.md"
    ]
    assert tree(out) == fresh()

    template = copy_repo / "templates/force.md.j2"
    template.write_text(template.read_text() + "\nA line every force page now ends with.\n")
    changed = build(copy_repo, out, TODAY, earlier=edited)
    assert all(b"A line every force page now ends with." in changed.rendered[p][1] for p in first.rendered)
    assert tree(out) == fresh()


def test_a_check_after_an_earlier_one_finds_what_a_check_from_nothing_finds(copy_repo):
    """What the check keeps with a reading (its model, its quotations) serves the next check only while the file's
    bytes are unchanged: a quotation that a save breaks, and that the next save mends, is found and then not."""
    import yaml

    from generator.build import check
    from tests.conftest import TODAY

    record = copy_repo / "content/forces/warwickshire.yml"
    good = record.read_text()
    data = yaml.safe_load(good)
    data["observations"] = [
        *data.get("observations", []),
        {"text": 'The page says "words that no source of ours holds".', "source": data["sources"][0]["id"]},
    ]
    first = check(copy_repo, TODAY)[1]
    assert first.problems == []
    record.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000))
    broken = check(copy_repo, TODAY, first.inputs)[1]
    assert [str(p) for p in broken.problems] == [str(p) for p in check(copy_repo, TODAY)[1].problems]
    assert any("words that no source of ours holds" in str(p) for p in broken.problems)
    record.write_text(good)
    assert check(copy_repo, TODAY, broken.inputs)[1].problems == []
