"""Every figure of the book, in one style, with Hangul rendered.

:func:`setup` registers the NanumGothic font shipped by ``koreanize-matplotlib`` (so no system
font is needed), picks a colour-blind-safe palette and fixes what makes files differ between
builds (SVG hash salt, metadata dates). Each figure function returns a matplotlib ``Figure``.
"""
from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import networkx as nx
import pandas as pd
from matplotlib import font_manager
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

#: Okabe-Ito colours: distinguishable with common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
HATCHES = ["", "//", "..", "xx", "\\\\"]
FONT = "NanumGothic"
INK = "#222222"
#: NanumGothicBold declares weight 600; asking for "bold" (700) makes matplotlib log a fallback
BOLD = 600


def font_files() -> list[str]:
    """The Korean font files this module registers."""
    # find the files without importing the package (its import re-styles matplotlib and warns)
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("koreanize-matplotlib is not installed: python -m pip install -r requirements.txt")
    folder = Path(list(spec.submodule_search_locations)[0]) / "fonts"
    return sorted(str(folder / n) for n in ("NanumGothic.ttf", "NanumGothicBold.ttf"))


def setup() -> None:
    """Register the Hangul font and set the book's style (idempotent)."""
    known = {f.fname for f in font_manager.fontManager.ttflist}
    for path in font_files():
        if path not in known:
            font_manager.fontManager.addfont(path)
    plt.rcParams.update({
        "font.family": [FONT],
        "axes.unicode_minus": False,
        "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
        "axes.spines.top": False, "axes.spines.right": False,
        "axes.edgecolor": INK, "axes.labelcolor": INK, "text.color": INK,
        "xtick.color": INK, "ytick.color": INK,
        "axes.titlesize": 12, "axes.titleweight": BOLD, "figure.titleweight": BOLD, "font.size": 10,
        "figure.dpi": 100, "savefig.dpi": 150, "figure.figsize": (8, 4.5),
        "svg.hashsalt": "daegu-sse", "svg.fonttype": "path",
        "legend.frameon": False,
    })


def _figure(ncols: int = 1, size=(8, 4.5), **kw):
    setup()
    return plt.subplots(1, ncols, figsize=size, layout="constrained", **kw)


def _finish(fig):
    plt.close(fig)  # the book glues the figure; keep it out of pyplot's global state
    return fig


def grouped_bars(wide: pd.DataFrame, title: str, ylabel: str, fmt: str = "{:,.0f}"):
    """Bars of a rows-by-years table: one group per row, one bar per year, values on the bars."""
    fig, ax = _figure()
    years = list(wide.columns)
    width = 0.8 / len(years)
    for j, year in enumerate(years):
        xs = [i + (j - (len(years) - 1) / 2) * width for i in range(len(wide))]
        bars = ax.bar(xs, wide[year], width, label=str(year), color=PALETTE[j],
                      hatch=HATCHES[j % len(HATCHES)], edgecolor="white", linewidth=0.5)
        ax.bar_label(bars, labels=[fmt.format(v) for v in wide[year]], fontsize=8, padding=2)
    ax.set_xticks(range(len(wide)), [str(i).replace(" (", "\n(", 1) for i in wide.index])
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(title="year", ncols=len(years), loc="upper right")
    ax.margins(y=0.15)
    return _finish(fig)


def ecosystem_growth(totals: pd.DataFrame, labels: dict[str, str]):
    """One panel per measure: the first and last value, with the growth between them."""
    fig, axes = _figure(len(totals), size=(9, 3.6))
    for ax, (_, row), color in zip(axes, totals.iterrows(), PALETTE):
        bars = ax.bar([row["from"], row["to"]], [row["start"], row["end"]], color=[PALETTE[4], color],
                      hatch=["", "//"], edgecolor="white")
        ax.bar_label(bars, labels=[f"{row['start']:,.0f}", f"{row['end']:,.0f}"], padding=2)
        ax.set_title(labels.get(row["measure"], row["measure"]), fontsize=11)
        ax.set_ylabel(row["unit"])
        ax.text(0.5, 0.92, f"{row['growth'] * 100:+.1f} %", transform=ax.transAxes, ha="center",
                fontsize=12)
        ax.margins(y=0.25)
    return _finish(fig)


def interview_calendar(roster: pd.DataFrame, type_labels: dict[str, str]):
    """Interviews on a time axis, one row per affiliation type, markers differing by type."""
    fig, ax = _figure(size=(8, 3.4))
    types = list(dict.fromkeys(roster["affiliation_type"]))
    markers = ["o", "s", "^", "D", "v"]
    for i, t in enumerate(types):
        sub = roster[roster["affiliation_type"] == t]
        counts = sub.groupby("date").size()
        ax.scatter(counts.index, [i] * len(counts), s=60 + 60 * (counts.values - 1),
                   marker=markers[i % len(markers)], color=PALETTE[i], zorder=3)
        for d, n in counts.items():
            if n > 1:
                ax.annotate(f"×{n}", (d, i), xytext=(8, 6), textcoords="offset points", fontsize=8)
    ax.set_yticks(range(len(types)), [type_labels.get(t, t) for t in types])
    ax.set_ylim(-0.7, len(types) - 0.3)
    ax.grid(axis="x", color="#dddddd")
    ax.set_title("Interviews by date and affiliation type")
    fig.autofmt_xdate()
    return _finish(fig)


def governance_model(parts: pd.DataFrame, evidence: pd.DataFrame):
    """Ansell & Gash's model as boxes, each listing the case evidence coded to it."""
    fig, ax = _figure(size=(11, 5.4))
    ax.set_axis_off()
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.4)
    boxes = {  # x, y, width, height of each part, laid out as in the model's figure
        "starting_conditions": (0.1, 1.6, 3.2, 2.2),
        "institutional_design": (3.8, 4.1, 3.6, 1.2),
        "facilitative_leadership": (3.8, 0.05, 3.6, 1.3),
        "collaborative_process": (3.8, 1.6, 3.6, 2.25),
        "outcomes": (7.9, 1.6, 3.0, 2.25),
    }
    for i, (_, part) in enumerate(parts.iterrows()):
        x, y, w, h = boxes.get(part["part"], (0, 0, 1, 1))
        ax.add_patch(FancyBboxPatch((x, y), w, h, boxstyle="round,pad=0.02", facecolor=PALETTE[i] + "22",
                                    edgecolor=PALETTE[i], linewidth=1.6))
        items = evidence[evidence["part"] == part["part"]]
        ax.text(x + 0.12, y + h - 0.12, f"{part['label_en']} ({len(items)})", va="top",
                fontweight=BOLD, fontsize=10.5)
        lines = [f"{e} {lab}" for e, lab in zip(items["evidence"], items["label"])]
        ax.text(x + 0.12, y + h - 0.5, "\n".join(lines), va="top", fontsize=8.6, linespacing=1.45)
    arrow = dict(arrowstyle="-|>", mutation_scale=16, color=INK, linewidth=1.3)
    for a, b in [((3.35, 2.7), (3.75, 2.7)), ((7.45, 2.7), (7.85, 2.7)),
                 ((5.6, 4.07), (5.6, 3.9)), ((5.6, 1.38), (5.6, 1.56))]:
        ax.add_patch(FancyArrowPatch(a, b, **arrow))
    ax.set_title("The Daegu case in Ansell and Gash's model of collaborative governance")
    return _finish(fig)


def _bipartite_positions(graph: nx.Graph, sources: list[str]) -> dict:
    goals = sorted((d["sdg"], n) for n, d in graph.nodes(data=True) if d["kind"] == "sdg")
    pos = {n: (1.0, -(k - 1)) for k, n in goals}
    span = len(goals) - 1
    for i, s in enumerate(sources):
        pos[s] = (0.0, -span * (i + 1) / (len(sources) + 1))
    return pos


def sdg_pathways(graphs: dict[str, nx.Graph], sources: pd.DataFrame):
    """Small multiples: one bipartite panel per cumulative window, the same layout in each."""
    fig, axes = _figure(len(graphs), size=(4.4 * len(graphs), 7.2))
    order = list(sources["source"])
    colours = {s: PALETTE[i] for i, s in enumerate(order)}
    styles = {s: st for s, st in zip(order, ["solid", "dashed", "dotted", "dashdot"])}
    labels = sources.set_index("source")
    for ax, (window, graph) in zip(axes, graphs.items()):
        pos = _bipartite_positions(graph, order)
        for u, v in graph.edges():
            s = u if graph.nodes[u]["kind"] == "source" else v
            g = v if s == u else u
            ax.plot([pos[s][0], pos[g][0]], [pos[s][1], pos[g][1]], color=colours[s],
                    linestyle=styles[s], linewidth=1.2, alpha=0.85)
        for n, d in graph.nodes(data=True):
            x, y = pos[n]
            if d["kind"] == "sdg":
                hit = graph.degree(n) > 0
                ax.scatter([x], [y], s=70, marker="o", facecolor=INK if hit else "white",
                           edgecolor=INK, zorder=3)
                ax.text(x + 0.06, y, f"{d['sdg']} {d['label_ko']}", va="center", fontsize=8,
                        color=INK if hit else "#595959")
        for s in order:
            x, y = pos[s]
            present = s in graph
            ax.scatter([x], [y], s=160, marker="s", color=colours[s] if present else "white",
                       edgecolor=colours[s], zorder=3)
            ax.text(x - 0.1, y, f"{labels.loc[s, 'label_ko']}\n{labels.loc[s, 'label_en']}",
                    ha="right", va="center", fontsize=8, color=INK if present else "#595959")
        ax.set_title(f"[{window}]")
        ax.set_xlim(-0.95, 1.75)
        ax.set_axis_off()
    return _finish(fig)


def hangul_ok(fig) -> bool:
    """True if drawing ``fig`` neither warns of a missing glyph nor logs a font fallback."""
    import logging

    class _Catch(logging.Handler):
        def __init__(self):
            super().__init__(logging.WARNING)
            self.records = []

        def emit(self, record):
            self.records.append(record.getMessage())

    catch = _Catch()
    logger = logging.getLogger("matplotlib")
    logger.addHandler(catch)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig.canvas.draw()
    finally:
        logger.removeHandler(catch)
    messages = [str(w.message) for w in caught] + catch.records
    return not any("missing from font" in m or "Glyph" in m or "findfont" in m for m in messages)
