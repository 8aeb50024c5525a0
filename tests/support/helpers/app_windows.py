"""Every window and dialog of the app, opened one after another on a vault of synthetic records.

For the tests that look at what reaches the screen in another language (tests/ui/test_translations.py,
tests/ui/test_pseudo_locale.py): each window is shown, given time to fill itself, handed to the
caller, then closed.
"""

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.session import Created as NewVault
from app.session import Session, WipeReport
from app.vault.vault import Created
from helpers.bundles import add, bundle, introduce, new_vault
from helpers.screenshots import CASELOAD, IDS, sample_records, wait_for
from helpers.sheets import csv_bytes
from ui.colleagues.contact_dialogs import AddContactDialog, VerifyDialog
from ui.colleagues.export_dialog import ExportDialog
from ui.colleagues.import_dialog import ImportDialog
from ui.dialogs.history import HistoryDialog
from ui.editors import open_editor
from ui.main.detained_page import DetainedPage
from ui.main.settings_dialog import SettingsDialog
from ui.main.window import MainWindow
from ui.reports.dialog import ReportDialog
from ui.safety.recovery_dialog import RecoveryKeyDialog
from ui.safety.settings_dialog import SafetyDialog
from ui.safety.shred import confirmation
from ui.safety.wipe import WipeDialog, announce, wiped_sentence
from ui.start.window import StartWindow

KINDS = ("person", "case", "organisation", "event", "intervention", "link")


def start_pages(session: Session, created: Created) -> Iterator[tuple[str, QWidget]]:
    """The start window on each of its pages: welcome, create, the recovery key, unlock, recover."""
    start = StartWindow()
    start.resize(640, 620)
    start.show()
    try:
        yield "start: welcome", start
        start.show_create()
        wait_for(lambda: start.create_page.params is not None)
        yield "start: create", start
        start._created(NewVault(session, created.recovery_key))
        yield "start: recovery key", start
        start.show_unlock(str(created.vault.folder.path))
        yield "start: unlock", start
        start.show_recover()
        yield "start: recover", start
        start.show_welcome()
        announce(start.welcome, wiped_sentence("Old.casebook", WipeReport(0.1, 0.2, False, ["notes.txt"])))
        yield "start: vault wiped", start
    finally:
        start.close()
        start.deleteLater()


def main_window(session: Session) -> Iterator[tuple[str, MainWindow]]:
    """The main window on each section, the first record of each list shown on the right."""
    window = MainWindow(session)
    window.resize(1280, 760)
    window.show()
    try:
        for row in range(window.section_list.count()):
            window.go_to_section(row)
            page = window.pages[row]
            if isinstance(page, DetainedPage):
                wait_for(lambda page=page: not page.model.loading() and page.model.rowCount() > 0)
            page.focus_list()
            yield f"main window: {window.section_list.item(row).text()}", window
        window.search.setText("Lü Zhi")
        wait_for(lambda: window.results.rowCount() > 0)
        window._open_first_result()
        yield "main window: search", window
        window.search.setText("no such name at all")
        wait_for(window.no_results.isVisible)
        yield "main window: nothing found", window
    finally:
        window.close()
        window.deleteLater()


def import_wizard(window: MainWindow, work: Path) -> Iterator[tuple[str, QWidget]]:
    """The spreadsheet import on its file, mapping and preview pages."""
    sheet = work / "caseload.csv"
    sheet.write_bytes(csv_bytes(CASELOAD, bom=True))
    wizard = window.open_import()
    try:
        yield "import: file", wizard
        wizard.file_page.path.setText(str(sheet))
        wizard.file_page.read()
        wait_for(wizard.file_page.isComplete)
        yield "import: file read", wizard
        wizard.next()
        wait_for(wizard.mapping_page.isComplete)
        yield "import: mapping", wizard
        wizard.next()
        wait_for(lambda: wizard.state.preview is not None)
        yield "import: preview", wizard
    finally:
        wizard.close()


def dialogs(session: Session, created: Created, window: MainWindow, work: Path) -> Iterator[tuple[str, QWidget]]:
    """Every dialog the main window opens, on the sample records."""
    colleague = new_vault(work / "colleague.casebook")
    try:
        introduce(colleague, created.vault)
        bundle_file = work / "from colleague.casebundle"
        shared = add(colleague, "person", names=["阿卜杜拉·吐尔逊"], consent={"scope": "listed_partners"})
        bundle_file.write_bytes(bundle(colleague, created.vault, [shared]))
        contact = session.contacts()[0]
        made: list[tuple[str, QWidget]] = [
            ("settings", SettingsDialog(session, window)), ("safety", SafetyDialog(session, window)),
            ("wipe", WipeDialog(session, window)), ("export", ExportDialog(session, window)),
            ("add colleague", AddContactDialog(window)),
            ("verify colleague", VerifyDialog(contact, session.identity().fingerprint, window)),
            ("import bundle", ImportDialog(session, bundle_file, window)),
            ("history", HistoryDialog(session, IDS["teng"], window)),
            ("report", ReportDialog(session, IDS["case1"], "wgad", window)),
            ("new recovery key", RecoveryKeyDialog(session, "ABCD-EFGH-IJKL-MNOP", window)),
        ]
        made += [(f"editor: {kind}", open_editor(session, kind, None, window)) for kind in KINDS]
        made.append(("editor: person with records", open_editor(session, "person", IDS["teng"], window)))
        made.append(("duplicates", window.open_duplicates()))
        made.append(("shred", confirmation(session.record(IDS["teng"]), window)))
        for name, dialog in made:
            dialog.show()
            busy = getattr(dialog, "busy", None)
            if callable(busy):
                wait_for(lambda busy=busy: not busy())
            yield name, dialog
            dialog.close()
            dialog.deleteLater()
    finally:
        colleague.close()


def every_window(session: Session, created: Created, work: Path) -> Iterator[tuple[str, QWidget]]:
    """(what, window) for the start window's pages, the main window's sections, its dialogs and the import."""
    sample_records(session)
    yield from start_pages(session, created)
    window = MainWindow(session)
    window.resize(1280, 760)
    try:
        yield from main_window(session)
        yield from dialogs(session, created, window, work)
        yield from import_wizard(window, work)
    finally:
        window.close()
        window.deleteLater()
