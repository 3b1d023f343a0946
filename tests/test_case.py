"""Events of the case and the figures its narrative states."""
import pytest

from analysis import case


def test_events_in_the_study_order():
    e = case.events()
    assert list(e["sequence"]) == sorted(e["sequence"])
    assert e.iloc[0]["event"] == "sepa"


def test_events_by_dynamic():
    assert set(case.events("public_private")["event"]) == {
        "preferential_purchasing", "intermediary_role", "mayor_2014", "city_as_assistant"}
    assert list(case.events("private_private")["event"]) == ["budget_experiment", "dong_network", "monthly_study"]
    with pytest.raises(KeyError, match="unknown dynamic"):
        case.events("public_public")


def test_dated_events():
    assert case.event("mayor_2014")["year"] == 2014
    assert case.event("sepa")["year"] == 2007
    with pytest.raises(KeyError):
        case.event("nothing")


def test_stated_figures():
    ansim = case.fact("ansim_organisations")
    assert (ansim["value"], ansim["qualifier"], ansim["as_of"]) == (20, "more than", 2018)
    assert case.fact("joint_proposal_minimum")["value"] == 5
    with pytest.raises(KeyError):
        case.fact("nothing")


def test_event_table_columns():
    t = case.event_table("starting_condition")
    assert list(t.columns) == ["when", "where", "who", "what happened"]
    assert "Atti Library" in " ".join(t["what happened"])
