"""The case's events and the figures its narrative states."""
from __future__ import annotations

import pandas as pd

from . import data

DYNAMICS = {
    "context": "Context",
    "starting_condition": "Starting condition",
    "private_private": "Private-private dynamics",
    "public_private": "Public-private dynamics",
}


def events(*dynamics: str) -> pd.DataFrame:
    """Events of the case in the study's order, optionally only those of the given dynamics."""
    frame = data.table("timeline")
    unknown = set(dynamics) - set(DYNAMICS)
    if unknown:
        raise KeyError(f"unknown dynamic {sorted(unknown)}; known: {sorted(DYNAMICS)}")
    if dynamics:
        frame = frame[frame["dynamic"].isin(dynamics)]
    return frame.sort_values("sequence").reset_index(drop=True)


def event_table(*dynamics: str) -> pd.DataFrame:
    """Events as the book shows them: when, where, who, what."""
    frame = events(*dynamics)
    return pd.DataFrame({"when": frame["period"], "where": frame["district"],
                         "who": frame["actors"], "what happened": frame["what_happened"]})


def event(name: str) -> pd.Series:
    """One event by its identifier."""
    frame = events()
    hit = frame[frame["event"] == name]
    if hit.empty:
        raise KeyError(f"no event {name!r} in data/timeline.csv")
    return hit.iloc[0]


def fact(name: str) -> pd.Series:
    """A figure stated in the narrative (value, qualifier, unit, as_of, printed)."""
    frame = data.table("case_facts").set_index("fact")
    if name not in frame.index:
        raise KeyError(f"no fact {name!r} in data/case_facts.csv")
    return frame.loc[name]
