"""A local Sphinx extension for the book (registered in ``_config.yml``).

* Chapters' kernels import *this* checkout's ``analysis``: the repository root is put first on
  ``PYTHONPATH`` before any notebook runs, so a build never uses another copy of the package.
* The data package is validated before anything is executed: a bad file stops the build with
  the one-line message of :mod:`analysis.data`, and nothing is published.
* A chapter's outputs never go stale. Jupyter Book's execution cache keys a chapter on its own
  code cells only, so a change to ``data/`` or ``analysis/`` alone would leave old numbers on
  the page. Every executable chapter is therefore made to depend on those files: Sphinx re-reads
  it when one of them changes (``note_dependency``), and a hidden last cell carries a digest of
  their contents, so the cache key changes with them and the chapter is executed again.
  Chapters without code (the front page, the references) are left alone.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sphinx.errors import SphinxError

ROOT = Path(__file__).resolve().parent.parent


class DataPackageError(SphinxError):
    category = "Data error"


def _put_root_on_path(app, config) -> None:
    parts = [str(ROOT)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep)
                           if p and p != str(ROOT)]
    os.environ["PYTHONPATH"] = os.pathsep.join(parts)


def _validate_data(app) -> None:
    from . import data

    try:
        data.validate()
    except data.DataError as exc:
        raise DataPackageError(str(exc)) from None


def inputs() -> list[Path]:
    """The files every executable chapter depends on: the data package and the package's code."""
    data_files = [p for p in (ROOT / "data").rglob("*") if p.is_file()]
    code_files = list((ROOT / "analysis").rglob("*.py"))
    return sorted(data_files + code_files)


def digest() -> str:
    """A digest of the contents (not the times) of :func:`inputs`."""
    h = hashlib.sha256()
    for path in inputs():
        h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _read_inputs(app) -> None:
    """Once per build: the inputs and their digest, shared by every chapter."""
    app._chapter_inputs = (inputs(), digest())


def _depend_on_inputs(app, docname, source) -> None:
    if "{code-cell}" not in source[0]:
        return
    paths, sha = app._chapter_inputs
    for path in paths:
        app.env.note_dependency(str(path))
    source[0] = source[0].rstrip("\n") + (
        "\n\n```{code-cell} ipython3\n:tags: [remove-cell]\n"
        f"# inputs of this chapter (data/ and analysis/): sha256 {sha}\n```\n")


def setup(app):
    app.connect("config-inited", _put_root_on_path)
    app.connect("builder-inited", _validate_data)
    app.connect("builder-inited", _read_inputs)
    app.connect("source-read", _depend_on_inputs)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
