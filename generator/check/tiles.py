"""Rules on the tile map's layout (content/national/tiles.yml): one tile for each listed force, and no other.

Every force of content/national/forces.yml has exactly one tile (a force written twice is a duplicate key,
which the loader reports), every tile is a listed force, and no two forces share a cell. Each rule yields
problems at the line of the tile concerned; none raises.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.problems import Problem

LIST = "content/national/forces.yml"


def tiles_are_the_listed_forces(tiles, listed) -> Iterator[Problem]:
    """`tiles`, `listed`: the validated layout and force list (validate.Located)."""
    ids = [f.id for f in listed.record.forces]
    hexes = tiles.record.hexes
    if len(set(ids)) != len(ids):  # the list itself is wrong (its own message says so): nothing to compare with
        return
    for force_id in hexes:
        if force_id not in ids:
            yield tiles.file.problem(
                ("hexes", force_id),
                f"'{force_id}' is not one of the forces in {LIST}; key each tile by a listed force's id, or remove it",
                key=True,
            )
    for force_id in ids:
        if force_id not in hexes:
            yield tiles.file.problem(
                ("hexes",),
                f"'{force_id}' of {LIST} has no tile; add a line "
                f"`{force_id}: {{q: , r: , label: }}` in a free cell next to its neighbours",
                key=True,
            )


def one_force_per_cell(tiles, listed) -> Iterator[Problem]:
    taken: dict[tuple[int, int], str] = {}
    for force_id, tile in tiles.record.hexes.items():
        cell = (tile.q, tile.r)
        if cell in taken:
            first = taken[cell]
            line = tiles.file.pos(("hexes", first), key=True)[0]
            yield tiles.file.problem(
                ("hexes", force_id),
                f"'{force_id}' is in the same cell (q {tile.q}, r {tile.r}) as "
                f"'{first}' on line {line}; move one of them to a free cell",
                key=True,
            )
        else:
            taken[cell] = force_id


RULES = [tiles_are_the_listed_forces, one_force_per_cell]
