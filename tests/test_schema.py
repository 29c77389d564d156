from generator.data.schemas import json_schemas
from tests.conftest import ROOT


def test_the_committed_schemas_are_up_to_date():
    for name, data in json_schemas().items():
        committed = ROOT / "schema" / name
        assert committed.is_file() and committed.read_bytes() == data, (
            f"schema/{name} is stale: run `python -m generator schema`"
        )


def test_every_record_points_its_editor_at_a_schema():
    for path in (ROOT / "content").rglob("*.yml"):
        first = path.read_text().splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=../../schema/"), path
        assert (path.parent / first.split("=", 1)[1]).resolve().is_file(), path
