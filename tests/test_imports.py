"""Imports point down the pipeline: each module of generator/ imports only modules of its own stage or of the
stages before it, in the order README draws (STAGES). Imports inside functions and under TYPE_CHECKING count too.
Within a stage, no two modules import each other, directly or through others."""

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "generator"

# The stages, first to last, as README's pipeline draws them: a module's stage is the first entry its dotted name
# (below generator) matches, a folder matching every module inside it.
STAGES = (
    ("base", ("problems", "settings")),
    ("load", ("load",)),
    ("addresses", ("addresses",)),
    ("model", ("model",)),
    ("check", ("check",)),
    ("words", ("labels", "marks", "citations")),
    ("derive", ("derive",)),
    ("data", ("data",)),
    ("pages", ("pages",)),
    ("render", ("render",)),
    ("write", ("write",)),
    ("build", ("build",)),
    ("cli", ("cli", "preview", "__main__")),
)


def modules(package: Path) -> dict[str, Path]:
    """Every module of the package by its dotted name below it: `pages.force`, `derive`; a folder's
    `__init__.py` by the folder's name."""
    out = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name:
            out[name] = path
    return out


def imports(path: Path, known: set[str]) -> set[str]:
    """The package's modules that a module imports, anywhere in it (by dotted name below the package)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "generator":
            base = node.module.removeprefix("generator").removeprefix(".")
            for alias in node.names:
                whole = f"{base}.{alias.name}" if base else alias.name
                found.add(whole if whole in known else base)
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("generator.") for a in node.names if a.name.startswith("generator.")}
    return {f for f in found if f in known}


def stage(name: str) -> int:
    """The place of a module's stage in STAGES."""
    for place, (_, members) in enumerate(STAGES):
        if any(name == m or name.startswith(m + ".") for m in members):
            return place
    raise AssertionError(f"generator/{name}: in no stage of STAGES; add it there (and to README's pipeline)")


def graph(package: Path) -> dict[str, set[str]]:
    found = modules(package)
    return {name: imports(path, set(found)) - {name} for name, path in found.items()}


def upward(edges: dict[str, set[str]]) -> list[str]:
    """Every import of a later stage by an earlier one, as `importer -> imported`."""
    return sorted(
        f"{a} ({STAGES[stage(a)][0]}) -> {b} ({STAGES[stage(b)][0]})"
        for a, targets in edges.items()
        for b in targets
        if stage(b) > stage(a)
    )


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, as the modules along it, or None."""
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = "open"
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt) :] + [nxt] if nxt in path else [node, nxt]
            if nxt not in state and (found := visit(nxt, path + [nxt])):
                return found
        state[node] = "done"
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_every_module_is_in_a_stage():
    for name in modules(PACKAGE):
        stage(name)


def test_imports_point_down_the_pipeline():
    assert upward(graph(PACKAGE)) == []


def test_the_generator_has_no_import_cycle():
    found = cycle(graph(PACKAGE))
    assert found is None, "import cycle: " + " -> ".join(found)


def test_the_order_check_finds_an_import_against_the_stages(tmp_path):
    """A planted import of a page view by a data download, and of the derived site by the model, are found, wherever
    in the module they stand; imports down the stages are not."""
    for folder in ("data", "pages"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "__init__.py").write_text("")
    (tmp_path / "derive.py").write_text("from generator import model\n")
    (tmp_path / "model.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import generator.derive\n"
    )
    (tmp_path / "pages" / "force.py").write_text("from generator.data import feeds\n")
    (tmp_path / "data" / "feeds.py").write_text("def entries():\n    from generator.pages.force import view\n")
    assert upward(graph(tmp_path)) == ["data.feeds (data) -> pages.force (pages)", "model (model) -> derive (derive)"]
    (tmp_path / "data" / "feeds.py").write_text("from generator import derive\n")
    (tmp_path / "model.py").write_text("")
    assert upward(graph(tmp_path)) == []


def test_the_cycle_check_finds_a_cycle_when_there_is_one(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "a.py").write_text("from generator.pages import b\n")
    (tmp_path / "pages" / "b.py").write_text("def f():\n    from generator.pages.c import x\n")
    (tmp_path / "pages" / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import generator.pages.a\n"
    )
    (tmp_path / "pages" / "d.py").write_text("from generator.pages import a\n")
    assert cycle(graph(tmp_path)) == ["pages.a", "pages.b", "pages.c", "pages.a"]
    (tmp_path / "pages" / "c.py").write_text("")
    assert cycle(graph(tmp_path)) is None
