"""Loading and validating the book's data package (``data/datapackage.json``).

Every table the book uses is read through :func:`table`, which first validates the whole
package against its Frictionless schemas. The first problem found stops everything with a
:class:`DataError` whose message is one line naming the file, row, column and value::

    data/employees.csv row 2, column employees: -889 is below the minimum 0

Rows are counted as lines of the file, so the header is row 1 and the first record row 2.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

#: The data folder of this checkout (the package sits beside it).
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
PACKAGE_FILE = "datapackage.json"


class DataError(ValueError):
    """A data file breaks its schema; the message is one line naming file, row, column and value."""


def _show(value) -> str:
    if value is None or value == "":
        return "(blank)"
    return str(value)


def _constraint_text(note: str) -> str:
    """Turn Frictionless' note ``constraint "minimum" is "0"`` into words."""
    m = re.match(r'constraint "(\w+)" is "(.*)"$', note or "")
    if not m:
        return f"breaks a constraint ({note})"
    name, limit = m.groups()
    if limit.startswith("["):
        import ast

        limit = ", ".join(map(str, ast.literal_eval(limit)))
    return {
        "minimum": f"is below the minimum {limit}",
        "maximum": f"is above the maximum {limit}",
        "required": "is missing, and the column is required",
        "enum": f"is not one of the allowed values {limit}",
        "pattern": f"does not match the pattern {limit}",
        "maxLength": f"is longer than {limit} characters",
        "minLength": f"is shorter than {limit} characters",
        "unique": "repeats a value, and the column must be unique",
    }.get(name, f"breaks the constraint {name} = {limit}")


def _describe(error, file: str, resource_schema: dict) -> str:
    """One line for one Frictionless error."""
    kind = error.type
    row = getattr(error, "row_number", None)
    field = getattr(error, "field_name", None) or ""
    cell = getattr(error, "cell", None)
    fields = [f["name"] for f in resource_schema.get("fields", [])]
    where = f"{file} row {row}" if row else file
    if kind == "constraint-error":
        return f"{where}, column {field}: {_show(cell)} {_constraint_text(error.note)}"
    if kind == "type-error":
        wanted = (error.note or "").removeprefix('type is "').split("/")[0].strip('"')
        return f"{where}, column {field}: {_show(cell)} is not a valid {wanted}"
    if kind == "missing-cell":
        return f"{where}, column {field}: the cell is missing (the row is too short)"
    if kind == "extra-cell":
        pos = getattr(error, "field_number", None)
        return f"{where}, column {pos} (beyond the {len(fields)} declared): extra value {_show(cell)}"
    if kind == "blank-row":
        return f"{where}: the row is blank"
    if kind in ("primary-key", "unique-error"):
        cells = getattr(error, "cells", None) or [cell]
        key = resource_schema.get("primaryKey", [field])
        if kind == "unique-error":
            return f"{where}, column {field}: {_show(cell)} repeats a value, and the column must be unique"
        values = ", ".join(_show(cells[fields.index(k)]) for k in key if k in fields)
        return f"{where}, columns {', '.join(key)}: ({values}) repeats the key of an earlier row"
    if kind == "foreign-key":
        for fk in resource_schema.get("foreignKeys", []):
            col = fk["fields"] if isinstance(fk["fields"], str) else fk["fields"][0]
            m = re.search(rf'for "{re.escape(col)}": values "(.*?)" not found', error.note or "")
            if m:
                ref = fk["reference"]
                ref_col = ref["fields"] if isinstance(ref["fields"], str) else ref["fields"][0]
                folder = file.rsplit("/", 1)[0]
                return (f"{where}, column {col}: {_show(m.group(1))} is not a known {ref_col} "
                        f"of {folder}/{ref['resource']}.csv")
        return f"{where}: {error.note}"
    if kind in ("incorrect-label", "missing-label", "extra-label", "duplicate-label", "blank-label"):
        label = getattr(error, "label", "")
        pos = getattr(error, "field_number", None)
        expected = fields[pos - 1] if pos and pos <= len(fields) else None
        if kind == "missing-label":
            return f"{file} row 1 (header), column {field or expected}: the column is missing"
        if kind == "extra-label":
            return f"{file} row 1 (header), column {pos}: unexpected column {_show(label)}"
        return (f"{file} row 1 (header), column {pos}: found {_show(label)}, "
                f"expected {expected}")
    if kind == "encoding-error":
        return f"{file}: cannot be read as UTF-8 ({error.note})"
    return f"{where}{', column ' + field if field else ''}: {error.message}"


def _signature(root: Path) -> tuple:
    """What the cache of the validated package depends on: every file's name, size and time."""
    return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in root.iterdir()
                        if p.is_file()))


def problems(root: Path | str | None = None) -> list[str]:
    """Every problem in the data package at ``root``, one line each (empty when all is well)."""
    root = Path(root) if root else DATA_DIR
    return list(_problems(root.resolve(), _signature(root)))


@lru_cache(maxsize=8)
def _problems(root: Path, _sig: tuple) -> tuple[str, ...]:
    from frictionless import Package

    label = lambda p: f"{root.name}/{p}"  # noqa: E731 - how files are named in messages
    try:
        descriptor = json.loads((root / PACKAGE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return (f"{label(PACKAGE_FILE)}: the data package description is missing",)
    except json.JSONDecodeError as exc:
        return (f"{label(PACKAGE_FILE)} line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})",)
    out: list[str] = []
    declared = {r.get("path") for r in descriptor.get("resources", [])}
    for csv in sorted(root.glob("*.csv")):
        if csv.name not in declared:
            out.append(f"{label(csv.name)}: the file is not described in {PACKAGE_FILE}")
    for res in descriptor.get("resources", []):
        if not (root / res["path"]).is_file():
            out.append(f"{label(res['path'])}: the file is missing (resource {res['name']} of {PACKAGE_FILE})")
    if out:
        return tuple(out)
    report = Package(descriptor, basepath=str(root)).validate()
    schemas = {r["name"]: (r["path"], r["schema"]) for r in descriptor["resources"]}
    for task in report.tasks:
        path, schema = schemas.get(task.name, (task.name, {}))
        for error in task.errors:
            out.append(_describe(error, label(path), schema))
    for error in report.errors:
        out.append(f"{label(PACKAGE_FILE)}: {error.message}")
    return tuple(out)


def validate(root: Path | str | None = None) -> None:
    """Raise :class:`DataError` with the first problem (and how many more there are)."""
    found = problems(root)
    if found:
        more = f" (and {len(found) - 1} more problems)" if len(found) > 1 else ""
        raise DataError(found[0] + more)


def descriptor(root: Path | str | None = None) -> dict:
    """The validated ``datapackage.json`` as a dictionary."""
    root = Path(root) if root else DATA_DIR
    validate(root)
    return json.loads((root / PACKAGE_FILE).read_text(encoding="utf-8"))


def resource(name: str, root: Path | str | None = None) -> dict:
    """The description of one resource."""
    for res in descriptor(root)["resources"]:
        if res["name"] == name:
            return res
    raise KeyError(f"no resource named {name!r} in {PACKAGE_FILE}")


_PANDAS = {"integer": "Int64", "number": "float64", "string": "string", "year": "Int64"}


def table(name: str, root: Path | str | None = None) -> pd.DataFrame:
    """One resource as a typed DataFrame, after the whole package has been validated."""
    root = Path(root) if root else DATA_DIR
    res = resource(name, root)
    fields = res["schema"]["fields"]
    dtypes = {f["name"]: _PANDAS.get(f["type"], "string") for f in fields if f["type"] != "date"}
    frame = pd.read_csv(root / res["path"], dtype=dtypes, keep_default_na=False,
                        na_values={f["name"]: [""] for f in fields})
    for f in fields:
        if f["type"] == "date":
            frame[f["name"]] = pd.to_datetime(frame[f["name"]], format="%Y-%m-%d")
    return frame


def dictionary(root: Path | str | None = None) -> pd.DataFrame:
    """The data dictionary: one row per field of every resource, from ``datapackage.json``."""
    rows = []
    for res in descriptor(root)["resources"]:
        key = res["schema"].get("primaryKey", [])
        for f in res["schema"]["fields"]:
            c = dict(f.get("constraints", {}))
            rules = []
            if c.pop("required", False):
                rules.append("required")
            if f["name"] in key:
                rules.append("key")
            rules += [f"{k} {', '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in c.items()]
            rows.append({"file": res["path"], "field": f["name"], "type": f["type"],
                         "unit": f.get("unit", ""), "rules": "; ".join(rules),
                         "description": f["description"]})
    return pd.DataFrame(rows)


def provenance(root: Path | str | None = None) -> pd.DataFrame:
    """One row per resource: title, the study section it rests on, its source line and derivation."""
    rows = []
    for res in descriptor(root)["resources"]:
        p = res.get("provenance", {})
        rows.append({"file": res["path"], "title": res["title"],
                     "study section": p.get("study_section", ""),
                     "source": p.get("study_source_line", p.get("source", "")),
                     "derivation": p.get("derivation", "")})
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    """``python -m analysis.data [FOLDER]``: list every problem of a data package, one per line."""
    import sys

    argv = sys.argv[1:] if argv is None else argv
    found = problems(argv[0] if argv else None)
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print(f"{(Path(argv[0]) if argv else DATA_DIR) / PACKAGE_FILE}: valid")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
