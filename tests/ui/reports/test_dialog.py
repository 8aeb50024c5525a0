"""The Draft report dialog as a caseworker uses it: the draft with what it lacks and the consent it states, a refusal
then a knowing override, copy as secret, save only after the warning and only where chosen, print without a file."""

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.session import Session
from helpers import pdf_pages, report_records
from helpers.report_records import CANARIES, HAN_LATIN, HAN_NAME, TIBETAN_NAME, Cases
from ui.reports.dialog import ReportDialog
from ui.safety.log_view import ActivityLogModel

pytestmark = pytest.mark.gui


@pytest.fixture
def cases(session: Session) -> Cases:
    return report_records.build(session)  # type: ignore[arg-type]


def ready(qtbot: QtBot, session: Session, record: str, kind: str) -> ReportDialog:
    dialog = ReportDialog(session, record, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, dialog)
    return dialog


def settle(qtbot: QtBot, dialog: ReportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)


def logged(session: Session) -> list[tuple[str, dict[str, object]]]:
    return [(e.event, e.detail) for e in session.activity_log() if e.event.startswith("report")]


def top_level(kind: type, visible: bool = True) -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible() == visible]


def test_the_draft_shows_what_the_record_lacks_and_the_consent_it_states(qtbot: QtBot, session: Session, cases: Cases) -> None:
    dialog = ready(qtbot, session, cases.detention_case, "wgad")
    assert not dialog.refusal.isVisible() and not dialog.override.isVisible()
    assert dialog.missing.isVisible() and dialog.missing.title() == "What the record lacks for this submission"
    assert "• date of arrest known only to the month" in dialog.missing_list.text()
    assert "public advocacy, given May 2023" in dialog.consent.text()
    draft = dialog.draft.toPlainText()
    assert HAN_NAME in draft and HAN_LATIN in draft and "Identity of the person" in draft
    assert [c for c in CANARIES if c in draft] == []
    dialog.lang.setCurrentIndex(1)
    settle(qtbot, dialog)
    assert "当事人身份" in dialog.draft.toPlainText() and dialog.missing.title() == "记录中尚缺的信息"
    assert logged(session) == [("report", {"report": "wgad", "record": cases.detention_case})] * 2


def test_a_consent_refusal_shows_its_sentence_then_an_override_makes_the_draft(qtbot: QtBot, session: Session,
                                                                              cases: Cases) -> None:
    dialog = ready(qtbot, session, cases.harassment_case, "hrd")
    assert dialog.refusal.isVisible() and "does not cover a submission to the UN" in dialog.refusal.text()
    assert dialog.override.isVisible() and not dialog.override.isChecked()
    assert dialog.draft.toPlainText() == "" and not dialog.outputs.copy_button.isEnabled(), "nothing made, nothing to send"
    assert logged(session) == []
    dialog.override.click()
    settle(qtbot, dialog)
    assert dialog.report is not None and dialog.report.consent_overridden
    assert TIBETAN_NAME in dialog.draft.toPlainText() and "as you confirmed" in dialog.refusal.text()
    assert dialog.outputs.save_buttons["pdf"].isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("wgad"))
    settle(qtbot, dialog)
    assert not dialog.override.isChecked() and dialog.report is None, "an override is given for one report, not carried to another"
    assert [d.get("consent_overridden") for _, d in logged(session)] == [True]


def test_save_warns_first_and_writes_only_where_chosen(qtbot: QtBot, session: Session, cases: Cases, tmp_path: Path) -> None:
    pdf_pages.need_tools()
    dialog = ready(qtbot, session, cases.detention_case, "wgad")
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    warning = dialog.outputs.ask_to_save("pdf")
    assert warning is not None and warning.isVisible() and "will not be encrypted" in warning.text()
    assert top_level(QFileDialog) == [], "no file dialog before the warning is answered"
    warning.button(QMessageBox.StandardButton.Cancel).click()
    assert top_level(QFileDialog) == [] and list(chosen.iterdir()) == []
    dialog.outputs.save_buttons["pdf"].click()
    [warning] = [w for w in top_level(QMessageBox) if "will not be encrypted" in w.text()]  # type: ignore[attr-defined]
    warning.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]
    [files] = top_level(QFileDialog)
    assert isinstance(files, QFileDialog) and files.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    files.fileSelected.emit(str(chosen / "appeal.pdf"))
    files.close()
    qtbot.waitUntil(lambda: "Saved to" in dialog.status.text(), timeout=30_000)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chosen", "test.casebook"] and [p.name for p in chosen.iterdir()] == [
        "appeal.pdf"], "one file, where the user chose"
    text = unicodedata.normalize("NFKC", pdf_pages.text(chosen / "appeal.pdf"))
    assert HAN_NAME in text and [c for c in CANARIES if c in text] == []
    assert ("report-saved", {"report": "wgad", "record": cases.detention_case, "format": "pdf"}) in logged(session)
    dialog.outputs.save_to(dialog.report, "txt", chosen / "appeal.pdf")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "already exists" in dialog.status.text(), timeout=10_000)
    assert pdf_pages.text(chosen / "appeal.pdf"), "the PDF is not replaced"


def test_copy_text_is_secret_and_logged(qtbot: QtBot, session: Session, cases: Cases) -> None:
    dialog = ready(qtbot, session, cases.detention_case, "summary")
    dialog.outputs.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == dialog.draft.toPlainText()
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert "cleared in" in dialog.status.text()
    assert logged(session)[-1] == ("report-copied", {"report": "summary", "record": cases.detention_case})
    clipboard.clear()


def test_print_opens_the_print_dialog_and_draws_straight_to_the_printer(qtbot: QtBot, session: Session, cases: Cases,
                                                                       tmp_path: Path) -> None:
    pdf_pages.need_tools()
    dialog = ready(qtbot, session, cases.lawyer_defender, "emergency")
    printing = dialog.outputs.print_report()
    assert isinstance(printing, QPrintDialog) and printing.isVisible()
    printing.reject()
    assert [e for e, _ in logged(session)] == ["report"], "a cancelled print is not logged"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the test's stand-in for a printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.outputs.print_to(dialog.report, printer)  # type: ignore[arg-type]
    assert HAN_NAME in unicodedata.normalize("NFKC", pdf_pages.text(tmp_path / "printed.pdf"))
    assert logged(session)[-1] == ("report-printed", {"report": "emergency", "record": cases.lawyer_defender})


def test_the_vault_log_names_report_events(qtbot: QtBot, session: Session, cases: Cases) -> None:
    report = session.make_report("summary", cases.detention_case)
    session.note_report_out(report, "printed")
    model = ActivityLogModel(session)
    shown = [(model.index(r, 2).data(), model.index(r, 3).data()) for r in range(2)]
    assert shown == [("report printed", f"record: {cases.detention_case}, report: summary"),
                     ("report made", f"record: {cases.detention_case}, report: summary")]
