"""`casebook report` and `casebook deadlines` as a caseworker runs them: files written where asked, never over one,
no source or internal channel in any format, one sentence and exit 2 on bad input, the log without content."""

import datetime as dt
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.records.dates import DAY_COUNT_RULE
from app.vault.vault import Vault
from helpers import pdf_pages, report_records
from helpers.cli import FAST_KDF, Result, run, subprocess_env
from helpers.report_records import CANARIES, HAN_LATIN, HAN_NAME, TIBETAN_NAME, Cases

PASSPHRASE = "a long passphrase for report tests"
PASS = {"CASEBOOK_PASSPHRASE": PASSPHRASE}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Cases]:
    """A vault made by `casebook init` (passphrase only), holding the realistic cases of helpers.report_records."""
    path = tmp_path_factory.mktemp("reports") / "work.casebook"
    assert run("init", str(path), "--no-keyring", *FAST_KDF, env=PASS).code == 0
    vault = Vault.open(path, PASSPHRASE)
    try:
        cases = report_records.build(vault.records)
    finally:
        vault.close()
    return path, cases


def one_sentence(result: Result, code: int) -> str:
    assert result.code == code, result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1, result.err
    return result.err


def log(path: Path) -> list[dict[str, object]]:
    result = run("log", str(path), "--json", env=PASS)
    assert result.code == 0, result.err
    return [json.loads(line) for line in result.out.splitlines()]


@pytest.mark.parametrize("fmt", ["txt", "html", "pdf"])
def test_a_draft_in_every_format_holds_the_person_and_no_canary(made: tuple[Path, Cases], tmp_path: Path, fmt: str) -> None:
    if fmt == "pdf":
        pdf_pages.need_tools()
    path, cases = made
    out = tmp_path / f"appeal.{fmt}"
    result = run("report", str(path), cases.detention_case, "--as", "wgad", "--lang", "zh", "--format", fmt, "-o", str(out), env=PASS)
    assert result.code == 0, result.err
    assert "NOT encrypted" in result.err
    assert "记录中尚缺的信息:" in result.err and "date of arrest known only to the month" in result.err, "what to find out"
    # pdftotext may give a Han character as its Kangxi radical twin (⼈ for 人): NFKC folds them back.
    text = unicodedata.normalize("NFKC", pdf_pages.text(out)) if fmt == "pdf" else out.read_text(encoding="utf-8")
    assert HAN_NAME in text and HAN_LATIN in text and "当事人身份" in text, "the name in both scripts, Chinese headings"
    assert [c for c in CANARIES if c in text] == []
    assert (out.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_the_format_follows_the_file_name_when_not_given(made: tuple[Path, Cases], tmp_path: Path) -> None:
    path, cases = made
    out = tmp_path / "sheet.html"
    assert run("report", str(path), cases.lawyer_defender, "--as", "emergency", "-o", str(out), env=PASS).code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_consent_refusal_is_one_sentence_and_an_override_makes_it(made: tuple[Path, Cases], tmp_path: Path) -> None:
    path, cases = made
    out = tmp_path / "monk.txt"
    refused = run("report", str(path), cases.harassment_case, "--as", "hrd", "-o", str(out), env=PASS)
    assert "does not cover a submission to the UN" in one_sentence(refused, 2)
    assert not out.exists()
    made_anyway = run("report", str(path), cases.harassment_case, "--as", "hrd", "-o", str(out), "--override-consent", env=PASS)
    assert made_anyway.code == 0 and "as you confirmed" in made_anyway.err
    text = out.read_text(encoding="utf-8")
    assert TIBETAN_NAME in text and "Made although the consent on record does not cover it" in text


def test_bad_input_exits_2_with_one_sentence_and_writes_nothing(made: tuple[Path, Cases], tmp_path: Path) -> None:
    path, cases = made
    out = tmp_path / "x.txt"
    unknown = run("report", str(path), "0193a6f0-0000-7000-8000-000000000000", "--as", "summary", "-o", str(out), env=PASS)
    one_sentence(unknown, 2)
    assert not out.exists()
    out.write_text("a colleague's notes", encoding="utf-8")
    existing = run("report", str(path), cases.detention_case, "--as", "summary", "-o", str(out), env=PASS)
    assert "already exists" in one_sentence(existing, 2)
    assert out.read_text(encoding="utf-8") == "a colleague's notes"


def test_without_the_desktop_package_pdf_says_so_before_opening_the_vault(made: tuple[Path, Cases], tmp_path: Path) -> None:
    path, cases = made
    out = tmp_path / "appeal.pdf"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "report", str(path), cases.detention_case, "--as", "wgad", "-o", str(out)],
                          capture_output=True, text=True, env=subprocess_env(PASS), timeout=120, check=False)
    assert "PDF needs the desktop package" in one_sentence(Result(proc.returncode, proc.stdout, proc.stderr), 2)
    assert not out.exists()


def test_the_log_names_kind_record_and_format_never_content(made: tuple[Path, Cases], tmp_path: Path) -> None:
    path, cases = made
    before = len(log(path))
    out = tmp_path / "summary.txt"
    assert run("report", str(path), cases.detention_case, "--as", "summary", "-o", str(out), env=PASS).code == 0
    entries = [(e["event"], e["detail"]) for e in log(path)[before:] if e["event"] != "unlock"]
    assert entries == [("report", {"report": "summary", "record": cases.detention_case}),
                       ("report-saved", {"report": "summary", "record": cases.detention_case, "format": "txt"})]
    shown = run("log", str(path), env=PASS).out
    assert [word for word in (HAN_NAME, HAN_LATIN, *CANARIES, str(out)) if word in shown] == []


def test_deadlines_list_the_next_mark_of_everyone_held(tmp_path: Path) -> None:
    path = tmp_path / "v.casebook"
    assert run("init", str(path), "--no-keyring", *FAST_KDF, env=PASS).code == 0
    today = dt.date.today()
    person, case = "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a60", "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a61"
    lines = [{"kind": "person", "id": person, "names": ["柯德华", "Ke Dehua"]},
             {"kind": "case", "id": case, "title": "Detention", "people": [{"person": person, "role": "defender"}]},
             {"kind": "event", "case": case, "type": "detained", "date": (today - dt.timedelta(days=30)).isoformat(),
              "detention": {"kind": "criminal"}},
             {"kind": "person", "names": ["吕志"]}]
    assert run("add", str(path), env=PASS, stdin="".join(json.dumps(line) + "\n" for line in lines)).code == 0
    as_json = run("deadlines", str(path), "--json", env=PASS)
    assert as_json.code == 0, as_json.err
    [entry] = [json.loads(line) for line in as_json.out.splitlines()]
    assert (entry["id"], entry["name"], entry["status"], entry["days"]) == (person, "柯德华 (Ke Dehua)", "detained", 30)
    assert entry["next"] == {"kind": "criminal_detention_37_days", "date": (today + dt.timedelta(days=7)).isoformat(),
                             "days_left": 7, "approximate": False}
    assert entry["marks"] == [entry["next"]]
    as_text = run("deadlines", str(path), env=PASS)
    limit = today + dt.timedelta(days=7)
    assert as_text.out.strip() == f"{person}  柯德华 (Ke Dehua): day 30; the 37-day limit of criminal detention: 7 days left " \
                                  f"({limit.day} {limit:%B} {limit.year})"
    assert as_text.err.strip() == f"1 person(s) deprived of liberty. {DAY_COUNT_RULE}"
