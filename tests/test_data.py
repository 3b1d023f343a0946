"""Loading and validation: the real package is valid and typed; bad data gets one clear line."""
import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis import data


def test_the_package_is_valid():
    assert data.problems() == []


def test_tables_are_typed_as_the_schema_says():
    emp = data.table("employees")
    assert str(emp["employees"].dtype) == "Int64"
    assert emp.set_index(["org_type", "year"]).loc[("social_enterprise", 2016), "employees"] == 889
    roster = data.table("interviews")
    assert pd.api.types.is_datetime64_any_dtype(roster["date"])
    assert roster["date"].min() == pd.Timestamp("2018-05-15")
    timeline = data.table("timeline")
    assert timeline["year"].isna().sum() > 0  # undated events stay blank, not zero
    assert timeline.loc[timeline["event"] == "sepa", "year"].item() == 2007


def test_every_table_keeps_every_row():
    for res in data.descriptor()["resources"]:
        lines = (data.DATA_DIR / res["path"]).read_text(encoding="utf-8").strip().count("\n")
        frame = data.table(res["name"])
        # multi-line quoted cells would break this count; the package has none
        assert len(frame) == lines, res["name"]


@pytest.mark.parametrize("file, old, new, message", [
    ("employees.csv", "social_enterprise,2016,889", "social_enterprise,2016,-889",
     "data/employees.csv row 2, column employees: -889 is below the minimum 0"),
    ("employees.csv", "village_enterprise,2017,424", "village_enterprise,2017,many",
     "data/employees.csv row 9, column employees: many is not a valid integer"),
    ("average_sales.csv", "social_enterprise,2018,43.7", "social_enterprise,2019,43.7",
     "data/average_sales.csv row 4, column year: 2019 is above the maximum 2018"),
    ("employees.csv", "social_enterprise,2017,838", "social_enterprise,2016,838",
     "data/employees.csv row 3, columns org_type, year: (social_enterprise, 2016) repeats the key of an earlier row"),
    ("employees.csv", "village_enterprise,2018,471", "village_enterprize,2018,471",
     "data/employees.csv row 10, column org_type: village_enterprize is not a known org_type of data/org_types.csv"),
    ("interviews.csv", "CEO,Heo,2018-10-22", "CEO,Heo,2018-10-32",
     "data/interviews.csv row 7, column date: 2018-10-32 is not a valid date"),
    ("interviews.csv", "CEO,Heo,2018-10-22", "CEO,Heo,2017-10-22",
     "data/interviews.csv row 7, column date: 2017-10-22 is below the minimum 2018-01-01"),
    ("interviews.csv", "Executive,Seo,", "Chair,Seo,",
     "data/interviews.csv row 9, column role: Chair is not one of the allowed values CEO, Executive"),
    ("interviews.csv", "CEO,Nam,2018-11-05", "CEO,,2018-11-05",
     "data/interviews.csv row 12, column name: (blank) is missing, and the column is required"),
    ("sdg_pathways.csv", "environmental_movement,6,", "environmental_movement,18,",
     "data/sdg_pathways.csv row 2, column sdg: 18 is above the maximum 17"),
    ("ecosystem_totals.csv", "sseos,2017-12,750", "sseos,2017-13,750",
     "data/ecosystem_totals.csv row 3, column as_of: 2017-13 does not match the pattern"),
    ("employees.csv", "org_type,year,employees", "org_type,year,staff",
     "data/employees.csv row 1 (header), column 3: found staff, expected employees"),
    ("employees.csv", "social_enterprise,2016,889", "social_enterprise,2016,889,12",
     "data/employees.csv row 2, column 4 (beyond the 3 declared): extra value 12"),
    ("employees.csv", "social_enterprise,2017,838\n", "social_enterprise,2017,838\n,,\n",
     "data/employees.csv row 4: the row is blank"),
])
def test_bad_data_gets_one_clear_line(data_copy, file, old, new, message):
    folder = data_copy(file, old, new)
    with pytest.raises(data.DataError) as caught:
        data.table("employees", folder)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(message), text


def test_a_missing_file_is_named(data_copy):
    (data_copy.folder / "employees.csv").unlink()
    with pytest.raises(data.DataError, match=r"^data/employees.csv: the file is missing"):
        data.validate(data_copy.folder)


def test_an_undescribed_file_is_not_ignored(data_copy):
    (data_copy.folder / "extra.csv").write_text("a,b\n1,2\n")
    with pytest.raises(data.DataError, match=r"^data/extra.csv: the file is not described in datapackage.json"):
        data.validate(data_copy.folder)


def test_a_file_that_is_not_utf8_is_named(data_copy):
    path = data_copy.folder / "org_types.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("euc-kr"))
    with pytest.raises(data.DataError, match=r"^data/org_types.csv"):
        data.validate(data_copy.folder)


def test_broken_json_is_located(data_copy):
    path = data_copy.folder / "datapackage.json"
    path.write_text(path.read_text().replace('"resources": [', '"resources": [,', 1))
    with pytest.raises(data.DataError, match=r"^data/datapackage.json line \d+, column \d+: not valid JSON"):
        data.validate(data_copy.folder)


def test_several_problems_are_counted_in_the_one_line(data_copy):
    data_copy("employees.csv", "social_enterprise,2016,889", "social_enterprise,2016,-889")
    data_copy("employees.csv", "village_enterprise,2017,424", "village_enterprise,2017,-424")
    with pytest.raises(data.DataError, match=r"minimum 0 \(and 1 more problems\)$"):
        data.validate(data_copy.folder)


def test_validation_notices_a_change_to_a_file(data_copy):
    assert data.problems(data_copy.folder) == []
    data_copy("employees.csv", "social_enterprise,2016,889", "social_enterprise,2016,-1")
    assert data.problems(data_copy.folder)  # not served from a stale cache


def test_command_line_lists_problems_and_fails(data_copy):
    folder = data_copy("employees.csv", "social_enterprise,2016,889", "social_enterprise,2016,-889")
    run = subprocess.run([sys.executable, "-m", "analysis.data", str(folder)], capture_output=True, text=True)
    assert run.returncode == 1
    assert run.stderr.strip() == "data/employees.csv row 2, column employees: -889 is below the minimum 0"
    ok = subprocess.run([sys.executable, "-m", "analysis.data"], capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout.strip().endswith("valid")


def test_dictionary_covers_every_field_with_units():
    d = data.dictionary()
    descriptor = data.descriptor()
    assert len(d) == sum(len(r["schema"]["fields"]) for r in descriptor["resources"])
    row = d[(d["file"] == "average_sales.csv") & (d["field"] == "average_sales")].iloc[0]
    assert row["unit"] == "million dollars (as printed)"
    assert "minimum 0" in row["rules"] and "required" in row["rules"]


def test_every_resource_has_provenance():
    prov = data.provenance()
    assert (prov["study section"] != "").all()
    assert prov.set_index("file").loc["employees.csv", "source"].startswith(
        "※ Source: Request of information disclosure (Daegu metropolitan city, January 29, 2019)")


def test_data_notes_cover_the_reading_notes_ambiguities():
    notes = data.table("data_notes")
    resources = {r["name"] for r in data.descriptor()["resources"]}
    assert set(notes["resource"]) <= resources
    text = " ".join(notes["ambiguity"])
    for phrase in ("Related Institutions", "Executive Lim", "CEO Lee", "number of employees",
                   "million dollars", "$ 40 billion", "pathway diagrams"):
        assert phrase.lower() in text.lower(), phrase


def test_descriptor_is_json_with_licence():
    d = json.loads((data.DATA_DIR / "datapackage.json").read_text())
    assert d["licenses"][0]["name"] == "CC-BY-4.0"
