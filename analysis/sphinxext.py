"""A local Sphinx extension for the book (registered in ``_config.yml``).

* Chapters' kernels import *this* checkout's ``analysis``: the repository root is put first on
  ``PYTHONPATH`` before any notebook runs, so a build never uses another copy of the package.
* The data package is validated before anything is executed: a bad file stops the build with
  the one-line message of :mod:`analysis.data`, and nothing is published.
"""
from __future__ import annotations

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


def setup(app):
    app.connect("config-inited", _put_root_on_path)
    app.connect("builder-inited", _validate_data)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1.0"}
