"""Statistics of Daegu's SSE ecosystem: growth, compound annual growth, ratios and shares."""
from __future__ import annotations

import pandas as pd

from . import data


def growth(start: float, end: float) -> float:
    """Relative change from ``start`` to ``end`` (0.875 means +87.5 %)."""
    if start <= 0:
        raise ValueError(f"growth needs a positive starting value, got {start}")
    return end / start - 1


def cagr(start: float, end: float, years: float) -> float:
    """Compound annual growth rate over ``years`` years."""
    if years <= 0:
        raise ValueError(f"compound growth needs a positive number of years, got {years}")
    return (end / start) ** (1 / years) - 1 if start > 0 else float("nan")


def _years_between(a: str, b: str) -> float:
    (ya, ma), (yb, mb) = (map(int, a.split("-")), map(int, b.split("-")))
    return ((yb - ya) * 12 + (mb - ma)) / 12


def totals(frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Ecosystem totals, one row per measure: first and last value, change, years and CAGR."""
    frame = data.table("ecosystem_totals") if frame is None else frame
    rows = []
    for measure, g in frame.sort_values("as_of").groupby("measure", sort=False):
        first, last = g.iloc[0], g.iloc[-1]
        years = _years_between(first["as_of"], last["as_of"])
        rows.append({"measure": measure, "unit": first["unit_as_printed"],
                     "from": first["as_of"], "to": last["as_of"],
                     "start": float(first["value"]), "end": float(last["value"]),
                     "growth": growth(first["value"], last["value"]), "years": years,
                     "cagr": cagr(first["value"], last["value"], years)})
    order = {"sseos": 0, "employees": 1, "total_sales": 2}
    return pd.DataFrame(rows).sort_values("measure", key=lambda s: s.map(order)).reset_index(drop=True)


def headline(frame: pd.DataFrame | None = None) -> dict:
    """The ecosystem totals as flat values for the prose: ``sseos_start``, ``sseos_end``,
    ``sseos_growth`` and ``sseos_cagr`` (both in per cent), the same for ``employees`` and
    ``total_sales``, and ``years`` between the two counts."""
    t = totals(frame).set_index("measure")
    out = {"years": float(t["years"].iloc[0])}
    for m, row in t.iterrows():
        out.update({f"{m}_start": row["start"], f"{m}_end": row["end"],
                    f"{m}_growth": row["growth"] * 100, f"{m}_cagr": row["cagr"] * 100})
    return out


def per_organisation(frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Employees and sales per SSEO at each date.

    Total sales are printed in billion dollars; per organisation they are given in million dollars
    (as printed, see data note N07)."""
    frame = data.table("ecosystem_totals") if frame is None else frame
    wide = frame.pivot(index="as_of", columns="measure", values="value")
    out = pd.DataFrame({"employees_per_sseo": wide["employees"] / wide["sseos"],
                        "sales_per_sseo_million": wide["total_sales"] * 1000 / wide["sseos"]})
    return out.reset_index()


def type_coverage(employees: pd.DataFrame | None = None, frame: pd.DataFrame | None = None) -> dict:
    """How much of the ecosystem's employment the three types' table covers, in the last year
    both report (see data note N08)."""
    employees = data.table("employees") if employees is None else employees
    frame = data.table("ecosystem_totals") if frame is None else frame
    eco = frame[frame["measure"] == "employees"].assign(year=lambda f: f["as_of"].str[:4].astype(int))
    types = type_totals(employees)
    year = max(set(eco["year"]) & set(types.index))
    total = float(eco.loc[eco["year"] == year, "value"].iloc[0])
    return {"year": year, "types": float(types[year]), "ecosystem": total, "share": float(types[year]) / total}


def by_type(frame: pd.DataFrame, value: str) -> pd.DataFrame:
    """A by-type table (types as rows, years as columns) of ``value``, with first-to-last change."""
    wide = _wide(frame, value)
    years = list(wide.columns)
    wide["change"] = [growth(a, b) for a, b in zip(wide[years[0]], wide[years[-1]])]
    return wide


def _wide(frame: pd.DataFrame, value: str) -> pd.DataFrame:
    """Types as rows in the order of ``org_types.csv``, years as ascending columns."""
    wide = frame.pivot(index="org_type", columns="year", values=value).astype(float)
    order = [t for t in data.table("org_types")["org_type"] if t in wide.index]
    return wide.loc[order, sorted(wide.columns)]


def shares(frame: pd.DataFrame, value: str = "employees") -> pd.DataFrame:
    """Each type's share of the three types' total, per year (types as rows, years as columns)."""
    wide = _wide(frame, value)
    return wide / wide.sum()


def type_totals(frame: pd.DataFrame, value: str = "employees") -> pd.Series:
    """The three types together, per year."""
    return frame.groupby("year")[value].sum().astype(float)


def labelled(table: pd.DataFrame, language: str = "en") -> pd.DataFrame:
    """Replace type identifiers in the index by their labels (``en``, ``ko`` or ``both``)."""
    types = data.table("org_types").set_index("org_type")
    names = {"en": types["label_en"], "ko": types["label_ko"],
             "both": types["label_ko"] + " (" + types["label_en"] + ")"}[language]
    return table.rename(index=dict(names))
