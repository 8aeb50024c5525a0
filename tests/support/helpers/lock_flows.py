"""Ctrl+L pressed from every window the desktop has, for the test suite and for a long loop under a real display.

Each flow unlocks the vault, opens the main window, puts it in one state (a
section shown, a person chosen in Detained now with a reload in flight, an
editor, the import wizard, a report dialog, the settings, a background task
running) and presses Ctrl+L where the keyboard focus is. The flow then lets
the event loop deliver everything still queued, deletes what was deleted
later and runs the garbage collector: a Qt object left dangling crashes here.

    python -m helpers.lock_flows ROUNDS   (PYTHONPATH=tests/support, under a display)
"""

import datetime as dt
import faulthandler
import gc
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import keyring
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.session import DetainedPerson, Session, create_vault, unlock
from helpers.memory_keyring import MemoryKeyring
from helpers.secrets import TEST_PASSPHRASE, fast_params
from helpers.vaults import add
from ui.application import Casebook
from ui.main.detained_page import DetainedPage
from ui.main.sections import sections
from ui.main.window import MainWindow
from ui.reports.dialog import ReportDialog

DETAINED_SECTION = 2
COLLECT_EVERY_MS = 100
Flow = Callable[[MainWindow], None]


def wait_until(condition: Callable[[], bool], rounds: int = 2000) -> None:
    for _ in range(rounds):
        if condition():
            return
        QCoreApplication.processEvents()
        QTest.qWait(5)
    raise AssertionError("the window never got there")


def add_detention(session: Session, name: str) -> str:
    """A person, a case and two events: as in the crash report."""
    person = add(session, "person", names=[name])
    case = add(session, "case", title=f"Detention of {name}", type="detention", people=[{"person": person, "role": "defender"}])
    today = dt.date.today()
    add(session, "event", case=case, type="detained", date=(today - dt.timedelta(days=13)).isoformat(),
        detention={"kind": "criminal", "facility": "Detention centre no. 1"})
    add(session, "event", case=case, type="hearing", date=(today + dt.timedelta(days=20)).isoformat())
    return person


def detained_page(main: MainWindow, person: str) -> DetainedPage:
    """Detained now shown, `person` chosen and their emergency sheet built."""
    main.go_to_section(DETAINED_SECTION)
    page = main.pages[DETAINED_SECTION]
    assert isinstance(page, DetainedPage)
    wait_until(lambda: not page.model.loading() and page.model.rowCount() > 0)
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if page.model.person(page.proxy.mapToSource(index).row()).person_id == person:
            page.view.setFocus()
            page.view.setCurrentIndex(index)
    assert page.current_id() == person
    return page


def chosen_person(page: DetainedPage) -> DetainedPerson:
    return page.model.person(page.proxy.mapToSource(page.view.currentIndex()).row())


def flows(person: str) -> dict[str, Flow]:
    """Every window Ctrl+L can be pressed in, by name."""

    def section(row: int) -> Flow:
        return lambda main: main.go_to_section(row)

    def detained_with_a_reload_in_flight(main: MainWindow) -> None:
        page = detained_page(main, person)
        add(main.session, "event", case=chosen_person(page).case_ids[0], type="lawyer_visit", date=dt.date.today().isoformat())
        QCoreApplication.processEvents()  # the change is announced: the list reloads on the pool, the sheet follows

    def detained_clicked(main: MainWindow) -> None:
        """A mouse click on the person's row; Ctrl+L follows before the event loop runs again."""
        page = detained_page(main, person)
        view = page.view
        view.clearSelection()
        view.setCurrentIndex(page.proxy.index(0, 1))
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         view.visualRect(page.proxy.index(0, 0)).center())

    def editor(main: MainWindow) -> None:
        main.new_record("person")
        QTest.keyClicks(QApplication.focusWidget() or main, "Half-typed name")

    def report(main: MainWindow) -> None:
        page = detained_page(main, person)
        page.sheet.draft_report(chosen_person(page))
        assert isinstance(page.sheet.dialog, ReportDialog)

    def search_running(main: MainWindow) -> None:
        main.search.setText("Detention")
        main._run_search()

    def demo_running(main: MainWindow) -> None:
        main.demo.start(5)

    named: dict[str, Flow] = {f"section {row}": section(row) for row in range(len(sections()))}
    named.update({
        "detained now, a person chosen, a reload in flight": detained_with_a_reload_in_flight,
        "detained now, a row clicked": detained_clicked,
        "record editor": editor,
        "import wizard": lambda main: main.open_import().show(),
        "report dialog": report,
        "settings": lambda main: main.open_settings(),
        "search on the pool": search_running,
        "demo data on the pool": demo_running,
    })
    return named


def press_ctrl_l(main: MainWindow) -> None:
    """Ctrl+L where a user's keyboard is: the modal dialog, the focused widget, or the window."""
    target: QWidget = QApplication.activeModalWidget() or QApplication.focusWidget() or main
    QTest.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def lock_from(casebook: Casebook, path: Path, flow: Flow) -> None:
    """Unlock, go where `flow` goes, press Ctrl+L, and let everything queued or deleted later happen."""
    casebook.unlocked(unlock(path, TEST_PASSPHRASE))
    main = casebook.main
    assert main is not None
    flow(main)
    QCoreApplication.processEvents()
    press_ctrl_l(main)
    assert casebook.session is None, "Ctrl+L locked"
    for _ in range(20):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.processEvents()
    assert not shiboken6.isValid(main), "the main window is deleted"
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not casebook.start]
    assert not shown, f"still shown after the lock: {shown}"


def prepare(folder: Path) -> tuple[Path, str]:
    """A vault holding one detained person (and their case and events); returns its path and the person."""
    path = folder / "lock.casebook"
    created = create_vault(path, TEST_PASSPHRASE, params=fast_params())
    person = add_detention(created.session, "Ke Dehua")
    created.session.lock()
    return path, person


def main(rounds: int) -> int:
    faulthandler.enable()
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    gc.disable()
    collector = QTimer(app)  # the garbage collector as the app runs it (ui/collector.py), but far more often
    collector.timeout.connect(gc.collect)
    collector.start(COLLECT_EVERY_MS)
    with tempfile.TemporaryDirectory() as folder:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
        path, person = prepare(Path(folder))
        casebook = Casebook(str(path))
        casebook.show()
        count = 0
        for _ in range(rounds):
            for flow in flows(person).values():
                lock_from(casebook, path, flow)
                count += 1
        casebook.shutdown()
    print(f"locked {count} times without a crash", flush=True)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1))
