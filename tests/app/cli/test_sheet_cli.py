"""`casebook import-sheet`, `duplicates` and `merge` as a caseworker or a script runs them: exit codes, JSON, files."""

import json
from pathlib import Path

import pytest

from helpers.cli import FAST_KDF, Result, run
from helpers.sheets import csv_bytes, xlsx_bytes

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}
HEADER = ["姓名", "Name (Latin)", "出生日期", "性别", "拘留日期", "罪名"]
ROWS = [HEADER,
        ["张伟", "Zhang Wei", "1973-05-01", "男", "2021年3月5日", "寻衅滋事罪"],  # 2
        ["مەمەتجان ئابلىز", "Memetjan Abliz", "1975", "男", "2017/8/1", ""],  # 3
        ["王芳", "Wang Fang", "1990-13-01", "女", "", ""],  # 4: a month 13
        ["བཀྲ་ཤིས་དོན་གྲུབ", "Tashi Dhondup", "1968", "X", "", ""],  # 5: an unknown sex
        ["", "Mamatjan Abliz", "1975", "男", "", ""]]  # 6: row 3 again, spelled otherwise
FIXED = [HEADER, ["王芳", "Wang Fang", "1990-12-01", "女", "", ""], ["བཀྲ་ཤིས་དོན་གྲུབ", "Tashi Dhondup", "1968", "男", "", ""]]


def ok(result: Result) -> Result:
    assert result.code == 0, result.err
    return result


@pytest.fixture
def vault(tmp_path: Path) -> str:
    path = tmp_path / "work.casebook"
    ok(run("init", str(path), "--no-keyring", *FAST_KDF, env=PASS))
    return str(path)


def sheet(tmp_path: Path, rows: list[list[str]], name: str = "caseload.csv") -> str:
    path = tmp_path / name
    path.write_bytes(csv_bytes(rows, bom=True))
    return str(path)


def people(vault: str) -> list[str]:
    return sorted(json.loads(line)["display_name"] for line in ok(run("list", vault, "--kind", "person", "--json", env=PASS))
                  .out.splitlines())


@pytest.mark.parametrize(("data", "sentence"), [
    (b"%PDF-1.7\n...", "not a spreadsheet Casebook can read: save it as CSV, XLSX or ODS"),
    (b"", "The file is empty: there are no rows to import."),
    ("Name,Place\nJosé Núñez,Zürich\n".encode("cp1252"), "encoding Casebook does not recognise: save it as CSV UTF-8"),
])
def test_a_file_that_cannot_be_read_exits_2_before_any_passphrase(tmp_path: Path, data: bytes, sentence: str) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    result = run("import-sheet", str(tmp_path / "nowhere.casebook"), str(path))  # no passphrase, no vault
    assert (result.code, result.out) == (2, "")
    assert sentence in result.err and "Traceback" not in result.err
    missing = run("import-sheet", str(tmp_path / "nowhere.casebook"), str(tmp_path / "missing.xlsx"))
    assert missing.code == 2 and "Could not read" in missing.err


def test_dry_run_json_shows_mapping_counts_errors_and_duplicates_and_writes_nothing(vault: str, tmp_path: Path) -> None:
    result = run("import-sheet", vault, sheet(tmp_path, ROWS), "--dry-run", "--json", env=PASS)
    assert result.code == 1, "rows in error: the import would write nothing"
    report = json.loads(result.out)
    assert report["sheet"]["rows"] == 5 and report["sheet"]["read_as"].startswith("CSV, UTF-8")
    assert report["mapping"] == [{"column": "姓名", "field": "name"}, {"column": "Name (Latin)", "field": "name_latin"},
                                 {"column": "出生日期", "field": "birth_date"}, {"column": "性别", "field": "sex"},
                                 {"column": "拘留日期", "field": "detained_on"}, {"column": "罪名", "field": "charges"}]
    assert report["counts"] == {"add": 2, "update": 0, "skip": 0, "undecided": 1, "error": 2, "new_people": 2,
                                     "new_cases": 2, "new_events": 2, "new_organisations": 0}
    assert [(e["row"], e["column"]) for e in report["errors"]] == [(4, "出生日期"), (5, "性别")]
    assert report["errors"][0]["problem"] == "'1990-13-01' is not a date"
    [duplicate] = report["duplicates"]
    assert (duplicate["row"], duplicate["name"], duplicate["may_be"]["row"]) == (6, "Mamatjan Abliz", 3)
    assert duplicate["may_be"]["name"] == "مەمەتجان ئابلىز (Memetjan Abliz)"
    assert duplicate["may_be"]["why"].startswith("Latin name Mamatjan Abliz")
    assert report["undecided"] == [6] and report["written"] is None
    assert "2 row(s) are in error, so nothing was written" in result.err and "--errors-to FILE" in result.err
    assert people(vault) == []


def test_errors_file_then_the_fixed_rows_then_a_second_sheet_with_a_saved_mapping(vault: str, tmp_path: Path) -> None:
    errors = tmp_path / "to fix.csv"
    refused = run("import-sheet", vault, sheet(tmp_path, ROWS), "--errors-to", str(errors), env=PASS)
    assert refused.code == 1 and f"fix them in {errors}" in refused.err
    lines = errors.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].endswith(",problem") and len(lines) == 3 and "性别: 'X' is not one of" in lines[2]
    assert people(vault) == []

    asked = run("import-sheet", vault, sheet(tmp_path, [r for r in ROWS if r[0] not in ("王芳", "བཀྲ་ཤིས་དོན་གྲུབ")]),
                "--save-mapping", "monthly", env=PASS)
    assert asked.code == 1 and "Rows 4 may be people already in the vault" in asked.err, asked.err
    ok(run("import-sheet", vault, sheet(tmp_path, [r for r in ROWS if r[0] not in ("王芳", "བཀྲ་ཤིས་དོན་གྲུབ")]),
           "--on-duplicate", "update", env=PASS))
    assert people(vault) == ["مەمەتجان ئابلىز (Memetjan Abliz)", "张伟 (Zhang Wei)"]
    memetjan = json.loads(ok(run("search", vault, "Mamatjan", "--kind", "person", "--json", env=PASS)).out)
    assert memetjan["display_name"] == "مەمەتجان ئابلىز (Memetjan Abliz)", "row 6 filled row 3's person"

    # The fixed rows, under other headers: the saved mapping plus --map for the new column names.
    renamed = [["Person", "Latin", "DOB", "Sex", "Detained", "Charge"], *FIXED[1:]]
    path = tmp_path / "fixed.xlsx"
    path.write_bytes(xlsx_bytes({"Fixed rows": renamed}))
    done = ok(run("import-sheet", vault, str(path), "--mapping", "monthly", "--map", "Person=name", "--map", "Latin=name_latin",
                  "--map", "Sex=sex", "--json", env=PASS))
    report = json.loads(done.out)
    assert report["counts"]["add"] == 2 and report["written"] == 2 and report["errors"] == []
    assert "Imported: 2 people added" in done.err
    assert people(vault) == sorted(["བཀྲ་ཤིས་དོན་གྲུབ (Tashi Dhondup)", "مەمەتجان ئابلىز (Memetjan Abliz)",
                                    "王芳 (Wang Fang)", "张伟 (Zhang Wei)"])


def test_skip_update_and_new_against_the_vault(vault: str, tmp_path: Path) -> None:
    ok(run("import-sheet", vault, sheet(tmp_path, ROWS[:3]), env=PASS))
    again = [HEADER, ["張偉", "", "1973-05-01", "男", "", ""]]
    preview = run("import-sheet", vault, sheet(tmp_path, again, "again.csv"), "--dry-run", env=PASS)
    assert preview.code == 1 and "Rows 2 may be people already in the vault" in preview.err
    assert "may be" in preview.out and "Han name 張偉 = 张伟 (Traditional and Simplified)" in preview.out
    ok(run("import-sheet", vault, sheet(tmp_path, again, "again.csv"), "--on-duplicate", "skip", env=PASS))
    assert len(people(vault)) == 2
    ok(run("import-sheet", vault, sheet(tmp_path, again, "again.csv"), "--on-duplicate", "update", env=PASS))
    zhang = json.loads(ok(run("search", vault, "张伟", "--kind", "person", "--json", env=PASS)).out)
    names = [n["value"] for n in json.loads(ok(run("show", vault, zhang["id"], "--json", env=PASS)).out)["names"]]
    assert names == ["张伟", "Zhang Wei", "張偉"]
    ok(run("import-sheet", vault, sheet(tmp_path, again, "again.csv"), "--on-duplicate", "new", env=PASS))
    assert len(people(vault)) == 3


def test_duplicates_then_merge(vault: str, tmp_path: Path) -> None:
    ok(run("import-sheet", vault, sheet(tmp_path, ROWS[:3] + ROWS[-1:]), "--on-duplicate", "new", env=PASS))
    listed = ok(run("duplicates", vault, "--json", env=PASS))
    [pair] = [json.loads(line) for line in listed.out.splitlines()]
    assert (pair["other"]["name"], pair["person"]["name"]) == ("مەمەتجان ئابلىز (Memetjan Abliz)", "Mamatjan Abliz")
    assert pair["match"] and pair["why"].endswith("same birth date 1975; both male")
    text = ok(run("duplicates", vault, env=PASS)).out
    assert f"{pair['other']['id']}  مەمەتجان ئابلىز (Memetjan Abliz)" in text and "may be one person:" in text
    merged = ok(run("merge", vault, pair["other"]["id"], pair["person"]["id"], env=PASS))
    assert merged.out.strip() == pair["other"]["id"] and "history kept" in merged.err
    assert ok(run("duplicates", vault, "--json", env=PASS)).out == ""
    shown = json.loads(ok(run("show", vault, pair["other"]["id"], "--json", env=PASS)).out)
    assert [n["value"] for n in shown["names"]] == ["مەمەتجان ئابلىز", "Memetjan Abliz", "Mamatjan Abliz"]
    assert shown["merged_from"] == [pair["person"]["id"]]
    refused = run("merge", vault, pair["other"]["id"], pair["person"]["id"], env=PASS)
    assert refused.code == 2 and "Traceback" not in refused.err
