"""Vault ▸ Find duplicates…: people recorded twice, with why; open either one, or merge them after a confirmation.

The search and the merge run on the pool. The confirmation says which record
stays, what it gains, and that the other is deleted with its history kept;
Cancel has the focus, so Enter alone never merges.
"""

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.session import Merged, PossibleDuplicate, Session
from ui import tasks
from ui.bidi import isolate
from ui.importing.models import PairsModel
from ui.importing.state import PROBLEM_STYLE


class DuplicatesDialog(QDialog):
    """Signals:
        recordOpened(str): show this record (the main window shows it on the right).
    """

    recordOpened = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: tasks.Task | None = None
        self.question: QMessageBox | None = None
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find duplicates"))
        self.model = PairsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("People who may be recorded twice"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.open_first = QPushButton(self.tr("Open the &first"), self)
        self.open_second = QPushButton(self.tr("Open the &second"), self)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.open_first.clicked.connect(lambda: self._open(first=True))
        self.open_second.clicked.connect(lambda: self._open(first=False))
        self.merge_button.clicked.connect(self.ask_merge)
        buttons = QHBoxLayout()
        for button in (self.open_first, self.open_second, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.search()

    def current(self) -> PossibleDuplicate | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() and self.table.selectionModel().hasSelection() else None

    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        chosen = self.current() is not None and self.task is None
        for button in (self.open_first, self.open_second, self.merge_button):
            button.setEnabled(chosen)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("")
        self.progress.show()
        self._selected(QItemSelection(), QItemSelection())

    def _idle(self) -> None:
        self.task = None
        self.progress.hide()
        self._selected(QItemSelection(), QItemSelection())

    def search(self, said: str = "") -> None:
        """Look for possible duplicates on the pool; `said` is shown with the result (after a merge)."""
        self._busy(self.tr("Looking for people recorded twice…"))
        self.task = tasks.start(lambda task: self.session.find_duplicates(), self,
                                on_success=lambda pairs: self._found(pairs, said), on_failure=self._failed)

    def _found(self, pairs: list[PossibleDuplicate], said: str) -> None:
        self._idle()
        self.model.set_rows(pairs)
        found = (self.tr("%n pair(s) of people may each be one person. Choose a pair to open or merge them.", "", len(pairs))
                 if pairs else self.tr("No possible duplicates: no two people share a name, in any script, without "
                                       "something that rules it out."))
        self.status.setText(f"{said} {found}".strip())
        if pairs:
            self.table.selectRow(0)
            self.table.setFocus()

    def _failed(self, message: str) -> None:
        self._idle()
        self.status.setText(message)
        self.status.setStyleSheet(PROBLEM_STYLE)

    def _open(self, *, first: bool) -> None:
        pair = self.current()
        if pair is not None:
            self.recordOpened.emit(str((pair.other if first else pair.person).ref))

    def ask_merge(self) -> QMessageBox | None:
        """Which one stays? A window-modal question with Keep one / Keep the other / Cancel (the default)."""
        pair = self.current()
        if pair is None:
            return None
        first, second = pair.other, pair.person
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge two records?"),
                          self.tr("Merge “%1” and “%2” into one person?").replace("%1", isolate(first.display_name))
                          .replace("%2", isolate(second.display_name)), QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "The person you keep gains every name, channel, role, place, note and case of the other, and every case, "
            "event and link that named the other names them instead. The other record is deleted; its history stays, "
            "and the kept record shows “merged from” with a link to it. Colleagues who receive the person in a bundle "
            "end with one person too. Why they may be one: %1").replace("%1", pair.why))
        keep_first = box.addButton(self.tr("Keep “%1”").replace("%1", isolate(first.display_name)), QMessageBox.ButtonRole.AcceptRole)
        keep_second = box.addButton(self.tr("Keep “%1”").replace("%1", isolate(second.display_name)), QMessageBox.ButtonRole.AcceptRole)
        keep_first.setObjectName("keepFirst")
        keep_second.setObjectName("keepSecond")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(button: QAbstractButton) -> None:
            if button is keep_first:
                self.merge(str(first.ref), str(second.ref))
            elif button is keep_second:
                self.merge(str(second.ref), str(first.ref))

        box.buttonClicked.connect(answered)
        box.open()
        cancel.setFocus()
        self.question = box
        return box

    def merge(self, keep: str, retire: str) -> None:
        self._busy(self.tr("Merging…"))
        self.task = tasks.start(lambda task: self.session.merge_people(keep, retire), self, on_success=self._merged,
                                on_failure=self._failed)

    def _merged(self, merged: Merged) -> None:
        self._idle()
        self.recordOpened.emit(merged.kept.id)
        self.search(self.tr("Merged into “%1”.").replace("%1", isolate(merged.kept.display_name)))
