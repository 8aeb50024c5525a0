"""The main window: search always at the top, sections on the left, the list, the record on the right."""

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QHideEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.session import Session
from ui.bidi import isolate
from ui.editors import EditorDialog, open_editor
from ui.icons import app_icon, icon
from ui.importing import DuplicatesDialog, ImportWizard
from ui.lock import LOCK_SHORTCUT
from ui.main.backup import BackupAction
from ui.main.demo import DemoAction
from ui.main.list_page import RecordTree
from ui.main.section_page import SectionPage
from ui.main.sections import Section, sections
from ui.main.settings_dialog import SettingsDialog
from ui.models.search_results import SearchResultsModel
from ui.safety.settings_dialog import SafetyDialog
from ui.safety.wipe import WIPE_SHORTCUT, WipeDialog
from ui.session_signals import SessionSignals
from ui.widgets.record_view import RecordView

SEARCH_DELAY_MS = 120


class MainWindow(QMainWindow):
    """Signals:
        lockRequested(): the user asked to lock (menu or Ctrl+L).
        wipeRequested(): the emergency wipe was confirmed and its countdown ran out.
    """

    lockRequested = Signal()
    wipeRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.signals = SessionSignals(session, self)
        self.setWindowTitle(self.tr("%1 — Casebook").replace("%1", isolate(session.name)))
        self.setWindowIcon(app_icon())
        self.resize(QSize(1200, 760))
        self.sections: list[Section] = sections()
        self.pages: dict[int, SectionPage] = {}
        self._open_first_when_answered = False
        self._build_search()
        self._build_body()
        self._build_actions()
        self.section_list.setCurrentRow(0)
        if session.failed_unlocks:
            self.show_notice(self.tr("%n failed attempt(s) to unlock this vault since it was last opened; "
                                     "the times are in the activity log.", "", session.failed_unlocks))
        for notice in session.notices:
            self.show_notice(notice)
        self.statusBar().showMessage(self.tr("Ctrl+K searches; Ctrl+L locks and closes every window."))

    # -- building ------------------------------------------------------------

    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search any name, in any script — 滕彪, teng biao, مەمەتجان (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumHeight(32)
        self.search.installEventFilter(self)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda text: self.search_timer.start())
        self.search.returnPressed.connect(self._open_first_result)
        bar = QToolBar(self.tr("Search"), self)
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addWidget(self.search)
        self.toolbar = bar
        self.addToolBar(bar)

    def _build_body(self) -> None:
        self.section_list = QListWidget(self)
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.setIconSize(QSize(20, 20))
        for section in self.sections:
            QListWidgetItem(icon(section.icon), section.title, self.section_list)
        fit = self.section_list.sizeHintForColumn(0) + 2 * self.section_list.frameWidth() + 4
        self.section_list.setMinimumWidth(fit)  # every section name whole, in any language
        self.section_list.setMaximumWidth(max(220, fit))
        self.section_list.currentRowChanged.connect(self.show_section)
        self.section_list.itemClicked.connect(lambda item: self.go_to_section(self.section_list.row(item)))
        self.stack = QStackedWidget(self)
        self.results = SearchResultsModel(self.session, self)
        self.results.answered.connect(self._answered)
        self.results.failed.connect(self._search_failed)
        self.signals.recordsChanged.connect(lambda event: self.results.refresh())
        self.results_view = RecordTree(self.results, self)
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.no_results = QLabel(self)
        self.no_results.setWordWrap(True)
        results_page = QWidget(self)
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_view, 1)
        results_layout.addWidget(self.no_results)
        self.results_page = results_page
        self.stack.addWidget(results_page)
        self.record_view = RecordView(self.session, self.signals, self)
        self.results_view.recordSelected.connect(self.record_view.show_record)
        self.results_view.recordActivated.connect(self.edit_record)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.section_list)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.record_view)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([180, 440, 580])
        self.notices_area = QWidget(self)
        self.notices = QVBoxLayout(self.notices_area)
        self.notices.setContentsMargins(6, 6, 6, 0)
        self.notices_area.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notices_area)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | None = None, icon_name: str | None = None) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Vault"))
        for text, kind, shortcut, name in ((self.tr("New &person…"), "person", "Ctrl+N", "person-add"),
                                           (self.tr("New &case…"), "case", "Ctrl+Shift+N", "case-add"),
                                           (self.tr("New &organisation…"), "organisation", None, "organisation-add")):
            action = self._action(text, partial(self.new_record, kind), shortcut, name)
            file_menu.addAction(action)
            if kind != "organisation":
                self.toolbar.addAction(action)
        file_menu.addSeparator()
        self.demo = DemoAction(self.session, self)
        file_menu.addAction(self._action(self.tr("Fill with &demo data…"), self.demo.run, None, "demo"))
        file_menu.addAction(self._action(self.tr("&Import spreadsheet…"), self.open_import, "Ctrl+I", "vault-open"))
        file_menu.addAction(self._action(self.tr("Find d&uplicates…"), self.open_duplicates, None, "people"))
        file_menu.addAction(self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,", "settings"))
        self.backup = BackupAction(self.session, self)
        file_menu.addAction(self._action(self.tr("&Back up…"), self.backup.run))
        file_menu.addAction(self._action(self.tr("Sa&fety and keys…"), self.open_safety))
        file_menu.addAction(self._action(self.tr("Sh&red this record…"), self.record_view.shred, "Shift+Del"))
        file_menu.addAction(self._action(self.tr("Emergency &wipe…"), self.open_wipe, WIPE_SHORTCUT, "warning"))
        file_menu.addSeparator()
        lock = self._action(self.tr("&Lock now"), self.lockRequested.emit, LOCK_SHORTCUT.toString(), "lock")
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.toolbar.addAction(lock)
        file_menu.addAction(lock)
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, "Ctrl+Q"))
        go = self.menuBar().addMenu(self.tr("&Go"))
        go.addAction(self._action(self.tr("&Search"), self.focus_search, "Ctrl+K", "search"))
        for number, section in enumerate(self.sections):
            go.addAction(self._action(section.title, partial(self.go_to_section, number),
                                      f"Ctrl+{number + 1}", section.icon))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Casebook"), self.about))

    # -- sections ------------------------------------------------------------

    def page(self, row: int) -> SectionPage:
        """The section's page, made the first time it is shown (startup builds only the first)."""
        if row not in self.pages:
            page = self.sections[row].factory(self.session, self.signals, self)
            page.recordSelected.connect(self.record_view.show_record)
            page.recordActivated.connect(self.edit_record)
            self.pages[row] = page
            self.stack.addWidget(page)
        return self.pages[row]

    def go_to_section(self, row: int) -> None:
        """Show a section, even the current one (while search results are shown, it is not on screen)."""
        if row == self.section_list.currentRow():
            self.show_section(row)
        else:
            self.section_list.setCurrentRow(row)

    def show_section(self, row: int) -> None:
        if row < 0:
            return
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        item = self.section_list.item(row)
        if item is not None:
            item.setSelected(True)
        page = self.page(row)
        self.stack.setCurrentWidget(page)
        self._tab_order(page.list_view())
        self.record_view.show_record(page.current_id())
        self.record_view.setVisible(not page.has_own_detail)

    def _tab_order(self, list_view: QWidget) -> None:
        """Tab goes search → sections → the list shown → the record (pages are built later than the rest)."""
        QWidget.setTabOrder(self.search, self.section_list)
        QWidget.setTabOrder(self.section_list, list_view)
        QWidget.setTabOrder(list_view, self.record_view)

    # -- search --------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_search(self) -> None:
        """Ask for the results of the text typed (they arrive from the pool); show the results page meanwhile."""
        text = self.search.text()
        if not text.strip():
            self._open_first_when_answered = False
            self.show_section(self.section_list.currentRow())
            return
        self.results.set_query(text)
        self.stack.setCurrentWidget(self.results_page)
        self.section_list.clearSelection()  # no section is shown, the results are
        self._tab_order(self.results_view)
        self.record_view.setVisible(True)

    def _answered(self, query: str, count: int) -> None:
        if query != self.search.text():
            return
        self.no_results.setText("" if count else self.tr("Nothing found for “%1”.").replace("%1", query))
        self.no_results.setVisible(count == 0)
        if self._open_first_when_answered:
            self._open_first_when_answered = False
            self._focus_first_result()

    def _search_failed(self, message: str) -> None:
        self._open_first_when_answered = False
        self.no_results.setText(message)
        self.no_results.setVisible(True)

    def _open_first_result(self) -> None:
        """Enter or Down in the search field: the first result, as soon as the results of this text are in."""
        self.search_timer.stop()
        if self.results.wanted != self.search.text():
            self._run_search()
        if self.results.current():
            self._focus_first_result()
        else:
            self._open_first_when_answered = True

    def _focus_first_result(self) -> None:
        if self.results.rowCount():
            self.results_view.setFocus()
            self.results_view.setCurrentIndex(self.results.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Down and self.search.text().strip():
                self._open_first_result()
                return True
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- records -------------------------------------------------------------

    def edit_record(self, record_id: str) -> None:
        kind = self.session.kind_of(record_id)
        if kind is None:
            return
        self._open_editor(kind, record_id)

    def new_record(self, kind: str) -> None:
        self._open_editor(kind, None)

    def _open_editor(self, kind: str, record_id: str | None) -> EditorDialog:
        """Non-modal, so Ctrl+L and the rest of the window keep working; lists follow each save."""
        dialog = open_editor(self.session, kind, record_id, self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, record_id: str) -> None:
        """A new or edited record is shown on the right (every list has refreshed itself from the change)."""
        self.record_view.show_record(record_id)

    # -- other ---------------------------------------------------------------

    def show_notice(self, text: str) -> None:
        """A warning the user must see (failed unlock attempts, an undone key rotation), until dismissed."""
        bar = QFrame(self)
        bar.setObjectName("notice")
        bar.setStyleSheet("#notice { background: #fff3cd; border: 1px solid #e0b84d; border-radius: 4px; }"
                          "#notice QLabel { color: #4a3800; }")
        label = QLabel(text, bar)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Notice"))
        close = QPushButton(self.tr("Dismiss"), bar)
        close.clicked.connect(bar.deleteLater)
        row = QHBoxLayout(bar)
        mark = QLabel(bar)
        mark.setPixmap(icon("warning", QColor("#8a6100")).pixmap(20, 20))
        row.addWidget(mark)
        row.addWidget(label, 1)
        row.addWidget(close)
        self.notices.addWidget(bar)
        self.notices_area.show()

    def open_import(self) -> ImportWizard:
        wizard = ImportWizard(self.session, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recordOpened.connect(self._saved)
        dialog.open()
        return dialog

    def open_settings(self) -> None:
        SettingsDialog(self.session, self).open()

    def open_safety(self) -> None:
        dialog = SafetyDialog(self.session, self)
        dialog.vaultClosed.connect(self.lockRequested)
        dialog.open()

    def open_wipe(self) -> None:
        dialog = WipeDialog(self.session, self)
        dialog.wipeConfirmed.connect(self.wipeRequested)
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Casebook"), self.tr(
            "Casebook keeps an encrypted, offline record of the human rights defenders you support. "
            "It never opens a network connection."))

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden (locked, quitting): a search still waiting for its delay must not run on a closed vault."""
        self.search_timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.search_timer.stop()
        if self.demo.running():
            self.demo.cancel()
        super().closeEvent(event)
