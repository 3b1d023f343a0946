"""The SDG pathway network, per cumulative window."""
import networkx as nx
import pytest

from analysis import sdg


def test_windows_in_order():
    assert list(sdg.windows()["window"]) == ["2008-2011", "2008-2013", "2008-2018"]


def test_the_two_movements_goals_as_the_study_states():
    g = sdg.pathway_graph("2008-2018")
    assert sdg.source_goals(g, "environmental_movement") == [6, 7, 13, 15]
    assert sdg.source_goals(g, "ansim_village_movement") == [3, 4, 8, 11]


def test_windows_are_cumulative():
    graphs = sdg.graphs()
    edges = [set(map(frozenset, g.edges())) for g in graphs.values()]
    assert edges[0] <= edges[1] <= edges[2]
    assert sdg.reached(graphs["2008-2011"]) == [3, 4, 6, 7, 8, 11, 13, 15]
    assert sdg.reached(graphs["2008-2018"]) == list(range(1, 18))
    assert sdg.source_goals(graphs["2008-2011"], "sse_expansion") == []


def test_graph_is_bipartite_with_all_goals():
    g = sdg.pathway_graph("2008-2011")
    goals = {n for n, d in g.nodes(data=True) if d["kind"] == "sdg"}
    assert len(goals) == 17
    assert nx.is_bipartite(g)
    assert g.nodes["SDG 6"]["label_ko"] == "깨끗한 물과 위생"
    assert g.edges["environmental_movement", "SDG 13"]["window_basis"] == "book_reading"


def test_window_summary():
    s = sdg.window_summary()
    assert s["links"].tolist() == [8, 8, 25]
    assert s["goals reached"].tolist() == [8, 8, 17]
    assert s["new goals"].tolist() == [8, 0, 9]


def test_goal_degree():
    d = sdg.goal_degree(sdg.pathway_graph("2008-2018"))
    assert d[6] == 2 and d[1] == 1 and d.sum() == 25


def test_unknown_window():
    with pytest.raises(KeyError, match="no window"):
        sdg.pathway_graph("2008-2020")


def test_the_two_movements_share_no_goal():
    c = sdg.compare(sdg.pathway_graph("2008-2018"), "environmental_movement", "ansim_village_movement")
    assert c == {"shared": [], "together": [3, 4, 6, 7, 8, 11, 13, 15]}
