"""Gluing results into the chapters (myst-nb ``glue``) and showing tables."""
from __future__ import annotations

import pandas as pd


def plain(value):
    """A numpy or pandas scalar as a plain Python value (myst-nb formats glued text from its repr,
    and numpy 2 writes ``np.float64(87.5)``, which no format spec accepts)."""
    return value.item() if hasattr(value, "item") and getattr(value, "ndim", 1) == 0 else value


def glue(**values) -> None:
    """Glue each value under its name without displaying it (``{glue:text}`name:fmt```)."""
    from myst_nb import glue as _glue

    for name, value in values.items():
        _glue(name, plain(value), display=False)


def glue_figure(name: str, fig) -> None:
    """Glue a figure for ``{glue:figure}`` (its name may hold hyphens, unlike a keyword)."""
    glue(**{name: fig})


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def md_table(frame: pd.DataFrame, caption: str, label: str, formats: dict | None = None,
             index: bool = True):
    """A numbered, captioned MyST table, pasted with ``{glue:md}`` and ``:format: myst``.

    The ``{table}`` directive needs the table itself as its content, so the whole directive is
    glued; cross-reference it with ``{numref}`label```."""
    from IPython.display import Markdown

    formats = formats or {}
    frame = frame.reset_index() if index else frame
    head = "| " + " | ".join(_cell(c) for c in frame.columns) + " |"
    rule = "| " + " | ".join("---:" if pd.api.types.is_numeric_dtype(frame[c]) else "---"
                             for c in frame.columns) + " |"
    rows = ["| " + " | ".join(_cell(formats[c].format(v) if c in formats and pd.notna(v) else
                                     ("" if pd.isna(v) else v)) for c, v in row.items()) + " |"
            for _, row in frame.iterrows()]
    body = "\n".join([head, rule, *rows])
    return Markdown(f":::{{table}} {caption}\n:name: {label}\n:align: left\n\n{body}\n:::\n")


def and_list(items) -> str:
    """``[6, 7, 13, 15]`` -> ``"6, 7, 13 and 15"`` (for glued prose)."""
    items = [str(i) for i in items]
    if not items:
        return "none"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
