"""Gluing helpers."""
import numpy as np
import pandas as pd

from analysis import book


def test_plain_turns_numpy_scalars_into_python():
    assert type(book.plain(np.float64(87.5))) is float
    assert type(book.plain(np.int64(14))) is int
    assert book.plain("x") == "x"


def test_md_table_is_a_numbered_myst_table():
    frame = pd.DataFrame({"type": ["a|b", "c"], "n": [1200.0, 3.0]}).set_index("type")
    md = book.md_table(frame, "Caption.", "tbl-x", formats={"n": "{:,.0f}"}).data
    lines = md.splitlines()
    assert lines[0] == ":::{table} Caption." and lines[1] == ":name: tbl-x"
    assert "| type | n |" in lines and "| --- | ---: |" in lines
    assert "| a\\|b | 1,200 |" in lines
    assert lines[-1] == ":::"


def test_and_list():
    assert book.and_list([6, 7, 13, 15]) == "6, 7, 13 and 15"
    assert book.and_list([3]) == "3"
    assert book.and_list([]) == "none"
