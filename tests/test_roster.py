"""Interview roster summaries against the printed roster."""
import pandas as pd

from analysis import roster


def test_summary_counts():
    s = roster.summary()
    assert s["interviews"] == 14
    assert s["people"] == 13            # Executive Lim was interviewed twice
    assert s["repeat_interviews"] == 1
    assert s["days"] == 6
    assert s["organisations"] == 12
    assert s["first"] == pd.Timestamp("2018-05-15") and s["last"] == pd.Timestamp("2018-12-14")
    assert s["span_days"] == 213
    assert s["span_months"] == 7


def test_same_surname_in_different_organisations_counts_twice():
    people = roster.people(roster.load())
    assert len(people[(people["role"] == "CEO") & (people["name"] == "Lee")]) == 2
    assert len(people[(people["role"] == "Executive") & (people["name"] == "Kim")]) == 2


def test_by_type():
    t = roster.by_type()
    assert t.loc["Certified social enterprise"].tolist() == [5, 5]
    assert t.loc["Candidate social enterprise"].tolist() == [4, 3]
    assert t.loc["Intermediary organisation"].tolist() == [2, 2]
    assert t.loc["Council"].tolist() == [2, 2]
    assert t.loc["Related institution"].tolist() == [1, 1]
    assert t["interviews"].sum() == 14


def test_table_for_the_book():
    t = roster.table()
    assert t.loc[9, "interviewee"] == "CEO Lee"
    assert t.loc[9, "affiliation"] == "Candidate Social Enterprise 2 & Environmental Activist"
    assert t.loc[14, "date"] == "2018-12-14"
