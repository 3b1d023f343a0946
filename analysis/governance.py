"""The case's evidence coded to the parts of Ansell and Gash's (2008) model."""
from __future__ import annotations

import pandas as pd

from . import data


def parts() -> pd.DataFrame:
    """The model's parts in order."""
    return data.table("governance_parts").sort_values("position").reset_index(drop=True)


def evidence() -> pd.DataFrame:
    """The coded evidence, ordered by part and then by identifier."""
    order = parts().set_index("part")["position"]
    frame = data.table("governance_evidence")
    return frame.assign(position=frame["part"].map(order)).sort_values(["position", "evidence"]) \
        .drop(columns="position").reset_index(drop=True)


def counts() -> pd.Series:
    """Pieces of evidence per part, in the model's order (parts with none show 0)."""
    ev = evidence().groupby("part").size()
    p = parts()
    return pd.Series([int(ev.get(k, 0)) for k in p["part"]], index=p["label_en"], name="evidence")


def evidence_table() -> pd.DataFrame:
    """Evidence as the book shows it: part, element, evidence, study section."""
    labels = parts().set_index("part")["label_en"]
    ev = evidence()
    return pd.DataFrame({"part": ev["part"].map(labels), "element": ev["element"],
                         "evidence": ev["evidence_text"], "study section": ev["study_section"]},
                        ).set_index(ev["evidence"].rename("id"))
