import shutil
from pathlib import Path

import pytest

from analysis import data

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_copy(tmp_path):
    """A private copy of data/ that a test may corrupt; returns a function editing one file."""
    folder = tmp_path / "data"
    shutil.copytree(data.DATA_DIR, folder)

    def edit(name: str, old: str, new: str) -> Path:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return folder

    edit.folder = folder
    return edit
