"""No module of generator/ imports another that imports it back, directly or through others: each stage
depends only on the stages before it. Imports inside functions and under TYPE_CHECKING count too."""
import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "generator"


def imports(path: Path) -> set[str]:
    """The generator modules a module imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            if node.module == "generator":
                found |= {alias.name for alias in node.names}
            else:
                found.add(node.module.removeprefix("generator."))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("generator.") for a in node.names if a.name.startswith("generator.")}
    return found


def graph(package: Path) -> dict[str, set[str]]:
    modules = {p.stem for p in package.glob("*.py")}
    return {p.stem: imports(p) & modules - {p.stem} for p in package.glob("*.py")}


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, as the modules along it, or None."""
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = "open"
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                return path[path.index(nxt):] + [nxt] if nxt in path else [node, nxt]
            if nxt not in state and (found := visit(nxt, path + [nxt])):
                return found
        state[node] = "done"
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start, [start])):
            return found
    return None


def test_the_generator_has_no_import_cycle():
    found = cycle(graph(PACKAGE))
    assert found is None, "import cycle: " + " -> ".join(found)


def test_the_cycle_check_finds_a_cycle_when_there_is_one(tmp_path):
    (tmp_path / "a.py").write_text("from generator import b\n")
    (tmp_path / "b.py").write_text("def f():\n    from generator.c import x\n")
    (tmp_path / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import generator.a\n")
    (tmp_path / "d.py").write_text("from generator import a\n")
    assert cycle(graph(tmp_path)) == ["a", "b", "c", "a"]
    (tmp_path / "c.py").write_text("")
    assert cycle(graph(tmp_path)) is None
