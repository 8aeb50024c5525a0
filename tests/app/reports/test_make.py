"""The entry point: which case a person's report is about, formats, saving where the user chose, the log entry."""

import os
from pathlib import Path

import pytest

from app import demo
from app.demo import words
from app.errors import BadInput
from app.records.change import Change
from app.reports.errors import ReportRefused
from app.reports.make import FORMATS, KINDS, make_report, render, save
from app.sharing.projection import internal_items
from app.vault.vault import Vault
from helpers.report_records import HAN_NAME, TODAY, Cases


def test_a_person_given_for_a_draft_means_their_open_case(vault: Vault, cases: Cases) -> None:
    repo = vault.records
    repo.apply([Change("case", {"title": "Old case", "status": "closed",
                                "people": [{"person": cases.lawyer_defender, "role": "defender"}]})])
    assert make_report(repo, "wgad", cases.lawyer_defender, today=TODAY).record_id == cases.detention_case
    with pytest.raises(ReportRefused, match="not the defender in any case"):
        make_report(repo, "summary", repo.apply([Change("person", {"names": ["吕志"]})])[0].id, today=TODAY)


def test_the_emergency_sheet_of_a_case_is_its_defenders(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "emergency", cases.detention_case, today=TODAY)
    assert report.record_id == cases.lawyer_defender and report.log.detail() == {"report": "emergency", "record": cases.lawyer_defender}


def test_wrong_kind_language_or_format_is_bad_input(vault: Vault, cases: Cases) -> None:
    for kwargs in ({"kind": "letter"}, {"kind": "wgad", "lang": "fr"}):
        with pytest.raises(BadInput):
            make_report(vault.records, record_id=cases.detention_case, today=TODAY, **kwargs)  # type: ignore[arg-type]
    report = make_report(vault.records, "wgad", cases.detention_case, today=TODAY)
    with pytest.raises(BadInput, match="not a report format"):
        render(report, "docx")
    with pytest.raises(BadInput, match="PDF needs the desktop part"):
        render(report, "pdf")


def test_save_writes_a_new_file_readable_by_the_user_only_and_never_overwrites(vault: Vault, cases: Cases, tmp_path: Path) -> None:
    report = make_report(vault.records, "summary", cases.detention_case, today=TODAY)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    target = chosen / "summary.html"
    save(report, "html", target)
    assert HAN_NAME in target.read_text(encoding="utf-8") and (target.stat().st_mode & 0o777) == 0o600
    with pytest.raises(BadInput, match="already exists"):
        save(report, "txt", target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(BadInput):
        save(report, "pdf", chosen / "summary.pdf")
    assert sorted(os.listdir(chosen)) == ["summary.html"], "nothing half-written, no temporary file"


def test_the_log_entry_names_kind_and_record_never_content(vault: Vault, cases: Cases) -> None:
    report = make_report(vault.records, "wgeid", cases.disappearance_case, today=TODAY)
    assert report.log.event == "report"
    assert report.log.detail() == {"report": "wgeid", "record": cases.disappearance_case}


def test_every_report_of_a_demo_caseload_keeps_sources_and_internal_channels_out(vault: Vault) -> None:
    repo = vault.records
    demo.populate(repo, 40, seed=3)
    secrets = set(words.SOURCE_DESCRIPTIONS)
    for person in repo.iter_records("person"):
        secrets.update(c["value"] for c in internal_items("channels", person.fields.get("channels")))
    made = 0
    for case in repo.iter_records("case"):
        if not any(p["role"] == "defender" for p in case.fields.get("people", [])):
            continue
        for kind in KINDS:
            report = make_report(repo, kind, case.id, override_consent=True)
            for fmt in FORMATS[:2]:
                output = render(report, fmt).decode("utf-8")
                assert [s for s in secrets if s in output] == [], (kind, fmt)
            made += 1
    assert made >= 100 and len(secrets) > len(words.SOURCE_DESCRIPTIONS)
