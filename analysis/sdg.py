"""The SDG pathway network: movements and processes linked to the goals, per cumulative window.

Nodes are the pathway sources (kind ``source``) and the 17 goals (kind ``sdg``, named
``SDG 1`` ... ``SDG 17``); an edge says a source relates to a goal. A window's graph is
cumulative: it holds every link whose first window ends no later than the window itself, and all
17 goals as nodes whether reached or not, so that the three graphs can be compared.
"""
from __future__ import annotations

import networkx as nx
import pandas as pd

from . import data


def sdg_node(number: int) -> str:
    return f"SDG {int(number)}"


def windows() -> pd.DataFrame:
    """The cumulative windows in order."""
    return data.table("windows").sort_values(["end_year", "start_year"]).reset_index(drop=True)


def pathway_graph(window: str) -> nx.Graph:
    """The bipartite graph of sources and goals for one cumulative window."""
    wins = windows().set_index("window")
    if window not in wins.index:
        raise KeyError(f"no window {window!r} in data/windows.csv; known: {list(wins.index)}")
    end = wins.loc[window, "end_year"]
    links = data.table("sdg_pathways")
    links = links[links["window"].map(wins["end_year"]) <= end]
    graph = nx.Graph(window=window)
    for _, goal in data.table("sdg_goals").iterrows():
        graph.add_node(sdg_node(goal["sdg"]), kind="sdg", sdg=int(goal["sdg"]),
                       label_en=goal["title_en"], label_ko=goal["title_ko"])
    sources = data.table("pathway_sources").set_index("source")
    for name in sorted(set(links["source"])):
        graph.add_node(name, kind="source", label_en=sources.loc[name, "label_en"],
                       label_ko=sources.loc[name, "label_ko"])
    for _, link in links.iterrows():
        graph.add_edge(link["source"], sdg_node(link["sdg"]), since=link["window"],
                       link_basis=link["link_basis"], window_basis=link["window_basis"])
    return graph


def graphs() -> dict[str, nx.Graph]:
    """One graph per window, in order."""
    return {w: pathway_graph(w) for w in windows()["window"]}


def reached(graph: nx.Graph) -> list[int]:
    """Goals with at least one link, ascending."""
    return sorted(d["sdg"] for n, d in graph.nodes(data=True) if d["kind"] == "sdg" and graph.degree(n))


def source_goals(graph: nx.Graph, source: str) -> list[int]:
    """Goals a source links to, ascending (empty if the source is not yet in the window)."""
    if source not in graph:
        return []
    return sorted(graph.nodes[n]["sdg"] for n in graph.neighbors(source))


def window_summary() -> pd.DataFrame:
    """Per window: sources present, links, goals reached and goals newly reached."""
    rows, before = [], set()
    for window, graph in graphs().items():
        goals = set(reached(graph))
        rows.append({"window": window,
                     "sources": sum(1 for _, d in graph.nodes(data=True) if d["kind"] == "source"),
                     "links": graph.number_of_edges(), "goals reached": len(goals),
                     "new goals": len(goals - before)})
        before = goals
    return pd.DataFrame(rows).set_index("window")


def goal_degree(graph: nx.Graph) -> pd.Series:
    """How many sources link to each goal, by goal number."""
    return pd.Series({d["sdg"]: graph.degree(n) for n, d in graph.nodes(data=True) if d["kind"] == "sdg"},
                     name="sources").sort_index()


def compare(graph: nx.Graph, a: str, b: str) -> dict:
    """The goals two sources share and the goals they reach together."""
    ga, gb = set(source_goals(graph, a)), set(source_goals(graph, b))
    return {"shared": sorted(ga & gb), "together": sorted(ga | gb)}
