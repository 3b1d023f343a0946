"""Evidence coded to Ansell and Gash's model."""
from analysis import governance


def test_parts_in_the_model_order():
    assert list(governance.parts()["part"]) == [
        "starting_conditions", "institutional_design", "facilitative_leadership",
        "collaborative_process", "outcomes"]


def test_counts_per_part():
    c = governance.counts()
    assert c.to_dict() == {"Starting conditions": 4, "Institutional design": 2,
                           "Facilitative leadership": 3, "Collaborative process": 5, "Outcomes": 3}


def test_evidence_ordered_by_part():
    ev = governance.evidence()
    assert ev.iloc[0]["evidence"] == "E01" and ev.iloc[-1]["part"] == "outcomes"
    table = governance.evidence_table()
    assert table.loc["E09", "part"] == "Facilitative leadership"
