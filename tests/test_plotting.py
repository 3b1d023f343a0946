"""Every figure renders, in the book's style, with Hangul and no missing glyphs."""
import warnings

import matplotlib
import pytest
from matplotlib import font_manager

from analysis import data, ecosystem, governance, plotting, roster, sdg


def _figures():
    emp = ecosystem.labelled(ecosystem.by_type(data.table("employees"), "employees").drop(columns="change"), "both")
    return {
        "employees": plotting.grouped_bars(emp, "Employees", "employees"),
        "growth": plotting.ecosystem_growth(ecosystem.totals(), {"sseos": "SSEOs"}),
        "calendar": plotting.interview_calendar(roster.load(), roster.TYPE_LABELS),
        "governance": plotting.governance_model(governance.parts(), governance.evidence()),
        "pathways": plotting.sdg_pathways(sdg.graphs(), data.table("pathway_sources")),
    }


def test_the_korean_font_is_registered_and_used():
    plotting.setup()
    assert plotting.FONT in {f.name for f in font_manager.fontManager.ttflist}
    assert matplotlib.rcParams["font.family"][0] == plotting.FONT
    found = font_manager.findfont(font_manager.FontProperties(family=plotting.FONT), fallback_to_default=False)
    assert found.endswith("NanumGothic.ttf")


@pytest.mark.parametrize("name", ["employees", "growth", "calendar", "governance", "pathways"])
def test_figures_render_hangul_without_missing_glyphs(name):
    fig = _figures()[name]
    assert plotting.hangul_ok(fig)


def test_hangul_check_catches_a_font_without_hangul():
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"font.family": ["DejaVu Sans"]}):
        fig, ax = plt.subplots()
        ax.set_title("사회적기업")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            assert not plotting.hangul_ok(fig)
        plt.close(fig)


def test_hangul_check_catches_a_font_fallback():
    import matplotlib.pyplot as plt

    plotting.setup()
    fig, ax = plt.subplots()
    # a size used nowhere else, so that matplotlib's cached font look-up cannot hide the fallback
    ax.set_title("사회적기업", fontweight="bold", fontsize=13.37)  # NanumGothic has no weight 700
    assert not plotting.hangul_ok(fig)
    plt.close(fig)


def test_figures_carry_the_data():
    figs = _figures()
    texts = [t.get_text() for t in figs["employees"].axes[0].texts]
    assert {"889", "838", "900", "302"} <= set(texts)
    pathways = " ".join(t.get_text() for ax in figs["pathways"].axes for t in ax.texts)
    assert "안심마을 공동체운동" in pathways and "6 깨끗한 물과 위생" in pathways
    assert len(figs["pathways"].axes) == 3
    growth = " ".join(t.get_text() for t in figs["growth"].axes[0].texts)
    assert "+87.5 %" in growth
