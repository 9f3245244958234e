"""Who met whom, drawn on the server: people and countries as nodes on a circle, grouped by country, and a line for
each pair that took part in the same events (thicker for more). Deterministic, so the same store draws the same
picture; nothing runs in the browser.
"""
from __future__ import annotations

import math
from collections import Counter

SIZE_W, SIZE_H = 900, 720
CENTRE_X, CENTRE_Y, RADIUS = 450, 360, 250
GROUP_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8C6D1F", "#6A3D9A", "#56B4E9", "#7F7F7F")


def _group(node: str, countries: dict[str, str | None]) -> str:
    return node.split(":", 1)[1] if node.startswith("country:") else countries.get(node) or "?"


def _ordered(kept: list[str], degree: Counter, countries: dict[str, str | None]) -> list[str]:
    """Nodes grouped by country (the busiest country first), its country node first, then its people by degree."""
    weight: Counter = Counter()
    for node in kept:
        weight[_group(node, countries)] += degree[node]
    return sorted(kept, key=lambda n: (-weight[_group(n, countries)], _group(n, countries),
                                       not n.startswith("country:"), -degree[n], n))


def network(edges: list[tuple[str, str, int]], names: dict[str, str], countries: dict[str, str | None],
            most_nodes: int = 40) -> dict:
    """Positions, sizes and colours of the ``most_nodes`` busiest nodes and the lines between them."""
    degree: Counter = Counter()
    for a, b, n in edges:
        degree[a] += n
        degree[b] += n
    kept = _ordered([node for node, _ in degree.most_common(most_nodes)], degree, countries)
    groups = list(dict.fromkeys(_group(n, countries) for n in kept))
    nodes = {}
    for i, node in enumerate(kept):
        angle = 2 * math.pi * i / max(len(kept), 1) - math.pi / 2
        x, y = CENTRE_X + RADIUS * math.cos(angle), CENTRE_Y + RADIUS * math.sin(angle)
        group = _group(node, countries)
        nodes[node] = {"id": node, "name": names.get(node, node.split(":", 1)[-1]), "x": round(x, 1), "y": round(y, 1),
                       "r": round(4 + 2 * math.sqrt(degree[node]), 1), "degree": degree[node], "group": group,
                       "colour": GROUP_COLOURS[groups.index(group) % len(GROUP_COLOURS)],
                       "country": node.startswith("country:"),
                       "lx": round(CENTRE_X + (RADIUS + 18) * math.cos(angle), 1),
                       "ly": round(CENTRE_Y + (RADIUS + 18) * math.sin(angle) + 4, 1),
                       "anchor": "start" if math.cos(angle) > 0.01 else "end" if math.cos(angle) < -0.01 else "middle"}
    shown = [(a, b, n) for a, b, n in edges if a in nodes and b in nodes]
    top = max((n for _, _, n in shown), default=1)
    lines = [{"a": nodes[a], "b": nodes[b], "n": n, "w": round(1 + 5 * n / top, 1)} for a, b, n in shown]
    return {"width": SIZE_W, "height": SIZE_H, "nodes": list(nodes.values()), "lines": lines,
            "groups": [{"code": g, "colour": GROUP_COLOURS[i % len(GROUP_COLOURS)]} for i, g in enumerate(groups)]}
