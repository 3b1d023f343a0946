"""Summaries of the study's interview roster."""
from __future__ import annotations

import pandas as pd

from . import data

#: How the affiliation types read in tables and figures.
TYPE_LABELS = {
    "certified_social_enterprise": "Certified social enterprise",
    "candidate_social_enterprise": "Candidate social enterprise",
    "related_institution": "Related institution",
    "intermediary_organisation": "Intermediary organisation",
    "council": "Council",
}


def load() -> pd.DataFrame:
    """The roster, one row per interview."""
    return data.table("interviews")


def people(roster: pd.DataFrame) -> pd.DataFrame:
    """Distinct people: one per affiliation, role and name (see data note N02 and N03)."""
    return roster.drop_duplicates(["affiliation", "role", "name"])


def summary(roster: pd.DataFrame | None = None) -> dict:
    """Counts of the roster: interviews, people, interview days, first and last date, span."""
    roster = load() if roster is None else roster
    first, last = roster["date"].min(), roster["date"].max()
    return {
        "interviews": len(roster),
        "people": len(people(roster)),
        "repeat_interviews": len(roster) - len(people(roster)),
        "days": roster["date"].nunique(),
        "organisations": roster["affiliation"].nunique(),
        "first": first,
        "last": last,
        "span_days": (last - first).days,
        "span_months": (last.year - first.year) * 12 + last.month - first.month,
    }


def by_type(roster: pd.DataFrame | None = None) -> pd.DataFrame:
    """Interviews and distinct people by affiliation type, most interviews first."""
    roster = load() if roster is None else roster
    out = pd.DataFrame({
        "interviews": roster.groupby("affiliation_type").size(),
        "people": people(roster).groupby("affiliation_type").size(),
    }).fillna(0).astype(int)
    out = out.sort_values(["interviews", "people"], ascending=False, kind="stable")
    return out.rename(index=TYPE_LABELS).rename_axis("affiliation type")


def table(roster: pd.DataFrame | None = None) -> pd.DataFrame:
    """The roster as the book shows it."""
    roster = load() if roster is None else roster
    out = roster.assign(interviewee=roster["role"] + " " + roster["name"],
                        date=roster["date"].dt.strftime("%Y-%m-%d"),
                        type=roster["affiliation_type"].map(TYPE_LABELS))
    return out[["interview", "affiliation", "type", "interviewee", "date"]].set_index("interview")
