"""Ecosystem statistics against the study's printed figures."""
import math

import pytest

from analysis import data, ecosystem


def test_growth_of_the_study_figures():
    assert ecosystem.growth(400, 750) == pytest.approx(0.875)
    assert round(ecosystem.growth(4200, 7500) * 100, 1) == 78.6
    assert ecosystem.growth(40, 60) == pytest.approx(0.5)


def test_growth_needs_a_positive_start():
    with pytest.raises(ValueError, match="positive starting value"):
        ecosystem.growth(0, 5)


def test_cagr():
    assert ecosystem.cagr(400, 750, 3) == pytest.approx((750 / 400) ** (1 / 3) - 1)
    assert round(ecosystem.cagr(400, 750, 3) * 100, 1) == 23.3
    assert ecosystem.cagr(100, 121, 2) == pytest.approx(0.1)
    with pytest.raises(ValueError):
        ecosystem.cagr(1, 2, 0)


def test_totals_table():
    t = ecosystem.totals().set_index("measure")
    assert list(t.index) == ["sseos", "employees", "total_sales"]
    assert (t.loc["sseos", "start"], t.loc["sseos", "end"]) == (400, 750)
    assert (t.loc["employees", "start"], t.loc["employees", "end"]) == (4200, 7500)
    assert t.loc["employees", "growth"] == pytest.approx(3300 / 4200)
    assert (t["years"] == 3).all()
    assert t.loc["total_sales", "unit"] == "billion dollars"


def test_headline_values_for_the_prose():
    h = ecosystem.headline()
    assert (h["sseos_start"], h["sseos_end"], h["years"]) == (400, 750, 3)
    assert h["sseos_growth"] == pytest.approx(87.5)
    assert round(h["employees_growth"], 1) == 78.6
    assert round(h["sseos_cagr"], 1) == 23.3
    assert h["total_sales_growth"] == pytest.approx(50)


def test_per_organisation_ratios():
    r = ecosystem.per_organisation().set_index("as_of")
    assert r.loc["2014-12", "employees_per_sseo"] == pytest.approx(10.5)
    assert r.loc["2017-12", "employees_per_sseo"] == pytest.approx(10.0)
    assert r.loc["2014-12", "sales_per_sseo_million"] == pytest.approx(100)   # as printed
    assert r.loc["2017-12", "sales_per_sseo_million"] == pytest.approx(80)


def test_type_coverage_of_ecosystem_employment():
    c = ecosystem.type_coverage()
    assert (c["year"], c["types"], c["ecosystem"]) == (2017, 1609, 7500)
    assert c["share"] == pytest.approx(1609 / 7500)


def test_by_type_keeps_the_type_order_and_change():
    emp = ecosystem.by_type(data.table("employees"), "employees")
    assert list(emp.index) == ["social_enterprise", "candidate_social_enterprise", "village_enterprise"]
    assert list(emp.loc["social_enterprise", [2016, 2017, 2018]]) == [889, 838, 900]
    assert emp.loc["candidate_social_enterprise", "change"] == pytest.approx(341 / 302 - 1)
    sales = ecosystem.by_type(data.table("average_sales"), "average_sales")
    assert sales.loc["social_enterprise", 2018] == pytest.approx(43.7)
    assert sales.loc["village_enterprise", "change"] == pytest.approx(6.9 / 7.4 - 1)


def test_shares_sum_to_one_per_year():
    s = ecosystem.shares(data.table("employees"))
    for year in (2016, 2017, 2018):
        assert math.isclose(s[year].sum(), 1.0)
    assert s.loc["social_enterprise", 2018] == pytest.approx(900 / (900 + 341 + 471))


def test_type_totals():
    t = ecosystem.type_totals(data.table("employees"))
    assert dict(t) == {2016: 1664, 2017: 1609, 2018: 1712}


def test_labels_in_korean():
    emp = ecosystem.labelled(ecosystem.by_type(data.table("employees"), "employees"), "ko")
    assert list(emp.index) == ["사회적기업", "예비사회적기업", "마을기업"]
