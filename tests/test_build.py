"""Integration: the whole book builds strictly (warnings are errors), and bad input stops it.

These tests run `jb build` as a reader would, so they take a minute or two.
"""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.build


def jb(*args, cwd=ROOT):
    exe = Path(sys.executable).with_name("jb")
    cmd = [str(exe) if exe.exists() else shutil.which("jb"), "build", *args]
    run = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=1200)
    return run.returncode, run.stdout + run.stderr


def chapters():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    files = [toc["root"]] + [c["file"] for part in toc["parts"] for c in part["chapters"]]
    return files


def copy_of_the_book(tmp_path) -> Path:
    dest = tmp_path / "book-copy"
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns("_build", ".git", ".pytest_cache", "__pycache__"))
    return dest


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    code, log = jb(".", "--path-output", str(out), "-W", "-n", "--keep-going")
    return code, log, out / "_build" / "html"


def text_of(html: Path) -> str:
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    return re.sub(r"\s+", " ", soup.find("article").get_text())


def test_strict_build_succeeds_without_warnings(site):
    code, log, _ = site
    assert code == 0, log[-3000:]
    assert not re.search(r"\bWARNING\b|\bERROR\b", log), [l for l in log.splitlines() if "WARNING" in l or "ERROR" in l]


def test_every_chapter_is_a_page(site):
    _, _, html = site
    pages = chapters()
    assert len(pages) >= 9
    for page in pages:
        assert (html / f"{page}.html").is_file(), page


@pytest.mark.parametrize("page, expected", [
    ("book/methods", "It held 14 interviews with 13 people from 12 organisations, on 6 days between 15 May 2018 and 14 December 2018, a span of 213 days."),
    ("book/question", "went from 400 in December 2014 to 750 in December 2017, a rise of 87.5 per cent"),
    ("book/public-private", "rose from 400 to 750 (+87.5 %, or 23.3 % a year), and their employees from 4,200 to 7,500 (+78.6 %, or 21.3 % a year)"),
    ("book/public-private", "employees per SSEO went from 10.5 to 10.0"),
    ("book/public-private", "total sales per SSEO fell from 100 to 80 million dollars"),
    ("book/public-private", "together employed 1,609 people in 2017, only 21.5 % of the ecosystem’s 7,500 employees"),
    ("book/sdg-pathways", "Between them the two movements cover 8 of the 17 goals, with 0 goals in common"),
    ("book/starting-conditions", "into more than 20 cooperatives, village enterprises and social enterprises"),
    ("book/private-private", "only when more than 5 SSEOs proposed it together"),
    ("book/sdg-pathways", "corresponds to SDGs 6, 7, 13 and 15"),
    ("book/sdg-pathways", "relates to SDGs 3, 4, 8 and 11"),
    ("book/governance-model", "codes 17 pieces of evidence from the study’s sections to the 5 parts of the model"),
    ("book/conclusion", "the number of SSEOs grew by 87.5 % and their employees by 78.6 %"),
])
def test_glued_figures_are_shown(site, page, expected):
    _, _, html = site
    text = text_of(html / f"{page}.html")
    assert expected in text, text[:400]


def test_no_cell_shows_an_error_or_a_raw_object(site):
    _, _, html = site
    for page in chapters():
        soup = BeautifulSoup((html / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
        article = soup.find("article")
        assert not article.select(".output.error, .output.traceback, .output.stderr"), page
        text = article.get_text(" ")
        assert "Traceback" not in text and "<Figure size" not in text and "np.float64" not in text, page


def test_figures_and_tables_have_labels_captions_and_alt_text(site):
    _, _, html = site
    figures = tables = 0
    for page in chapters():
        soup = BeautifulSoup((html / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
        article = soup.find("article")
        for img in article.find_all("img"):
            assert img.get("alt", "").strip(), f"{page}: image without alt text"
        for fig in article.find_all("figure"):
            figures += 1
            assert fig.get("id") and fig.find("figcaption"), page
        for table in article.find_all("table"):
            if table.find_parent(class_="bibliography") is None:
                tables += 1
                assert table.get("id", "").startswith("tbl-") and table.find("caption"), page
    assert figures >= 6 and tables >= 10


def test_cross_references_resolve(site):
    _, _, html = site
    for page in chapters():
        soup = BeautifulSoup((html / f"{page}.html").read_text(encoding="utf-8"), "html.parser")
        assert not soup.select("article .xref.std-numref:not(a *), article code.xref"), page


def test_bibliography_lists_ansell_and_gash(site):
    _, _, html = site
    text = text_of(html / "book/references.html")
    assert "Collaborative Governance in Theory and Practice" in text


def test_corrupted_data_stops_the_build_with_one_line(tmp_path):
    book = copy_of_the_book(tmp_path)
    csv = book / "data" / "employees.csv"
    csv.write_text(csv.read_text().replace("social_enterprise,2016,889", "social_enterprise,2016,-889"))
    code, log = jb(".", cwd=book)
    assert code != 0
    assert "data/employees.csv row 2, column employees: -889 is below the minimum 0" in log
    assert not (book / "_build" / "html" / "book").exists()  # nothing is published


def test_a_failing_cell_stops_the_build(tmp_path):
    book = copy_of_the_book(tmp_path)
    chapter = book / "book" / "conclusion.md"
    chapter.write_text(chapter.read_text() + '\n```{code-cell} ipython3\nraise RuntimeError("deliberate failure")\n```\n')
    code, log = jb(".", cwd=book)
    assert code != 0
    assert 'RuntimeError("deliberate failure")' in log
    assert not (book / "_build" / "html" / "book" / "conclusion.html").exists()


def test_a_data_change_reaches_the_pages_without_cleaning(tmp_path):
    book = copy_of_the_book(tmp_path)
    assert jb(".", cwd=book)[0] == 0
    code, log = jb(".", cwd=book)
    assert code == 0 and "Executing notebook" not in log  # unchanged: nothing runs again
    csv = book / "data" / "employees.csv"
    csv.write_text(csv.read_text().replace("social_enterprise,2016,889", "social_enterprise,2016,989"))
    code, log = jb(".", cwd=book)
    assert code == 0, log[-2000:]
    page = text_of(book / "_build" / "html" / "book" / "public-private.html")
    assert " 989 " in page                                  # the new value, in the table
    assert " 889 " not in page                              # and never the old one
    assert "+1.2" not in page and "-9.0" in page           # its consequence: 2016-2018 change 900/989-1
