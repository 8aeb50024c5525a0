"""The vault's activity log: time, event and detail (ids and counts, never names), and Verify for the chain."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.session import Entry, Problem, Session
from ui import tasks
from ui.labels import timestamp
from ui.main.list_page import RecordTree
from ui.models.table import TableModel

BROKEN = QColor("#f6d5d2")


class ActivityLogModel(TableModel[Entry]):
    """Columns: when, number, event, detail; newest first. Entries Verify found broken are marked."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._problems: dict[int, list[str]] = {}
        self.reload()

    def _event(self, event: str) -> str:
        return {
            "unlock": self.tr("unlocked"), "failed-unlock": self.tr("failed unlock attempts"),
            "vault-created": self.tr("vault created"), "recovered": self.tr("opened with the recovery key"),
            "passphrase-changed": self.tr("passphrase changed"), "keys-rotated": self.tr("vault key replaced"),
            "settings-changed": self.tr("unlock settings changed"), "create": self.tr("record created"),
            "update": self.tr("record changed"), "delete": self.tr("record deleted"),
            "restore": self.tr("record restored"), "shred": self.tr("record shredded"),
            "export": self.tr("bundle exported"), "import": self.tr("bundle imported"),
            "wipe-cancelled": self.tr("wipe cancelled"), "report": self.tr("report made"),
            "report-saved": self.tr("report saved to a file"), "report-printed": self.tr("report printed"),
            "report-copied": self.tr("report copied to the clipboard"),
            "sheet-import": self.tr("spreadsheet imported"), "merge": self.tr("people merged"),
            "rows-in-error-saved": self.tr("rows in error saved to a file"),
        }.get(event, event)

    @staticmethod
    def _detail(detail: dict[str, Any]) -> str:
        parts = []
        for key, value in detail.items():
            shown = str(len(value)) if isinstance(value, list) else str(value)
            parts.append(f"{key}: {shown}")
        return ", ".join(parts)

    def headers(self) -> Sequence[str]:
        return (self.tr("When"), self.tr("No."), self.tr("Event"), self.tr("Detail"))

    def display(self, row: Entry, column: int) -> str:
        if column == 0:
            return timestamp(row.at)
        if column == 1:
            return str(row.seq)
        return self._event(row.event) if column == 2 else self._detail(row.detail)

    def cell(self, row: Entry, column: int, role: int) -> object:
        problems = self._problems.get(row.seq)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BROKEN) if problems else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(problems) if problems else None
        return None

    def reload(self) -> None:
        self.set_rows(list(reversed(self.session.activity_log())))

    def mark(self, problems: list[Problem]) -> None:
        """Colour the entries Verify found broken (a removed entry has no row; the sentence names it)."""
        self._problems = {}
        for problem in problems:
            self._problems.setdefault(problem.seq, []).append(problem.message)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 3))


class LogPage(QWidget):
    """The log as a table, with Verify underneath."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ActivityLogModel(session, self)
        self.view = RecordTree(self.model, self)
        self.view.setAccessibleName(self.tr("Vault activity log"))
        self.view.resizeColumnToContents(0)
        self.verify_button = QPushButton(self.tr("&Verify the log"), self)
        self.verify_button.setToolTip(self.tr("Checks that no entry was removed, moved or altered since it was written."))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self.tr("Entries hold ids and counts only, never names or notes."), self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Verification result"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    def reload(self) -> None:
        """Reload now if shown, else when next shown (a long log is not re-read on every edit)."""
        if self.isVisible():
            self.model.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Read again whenever shown: entries come from more than record changes (a report printed, a bundle saved)."""
        self.model.reload()
        super().showEvent(event)

    def verify(self) -> tasks.Task:
        """Walk the chain in the background (a long log takes a moment)."""
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Verifying…"))
        session = self.session
        return tasks.start(lambda task: session.verify_activity_log(), self, on_success=self._verified, on_failure=self._failed)

    def _verified(self, problems: object) -> None:
        assert isinstance(problems, list)
        self.verify_button.setEnabled(True)
        self.model.reload()
        self.model.mark(problems)
        if not problems:
            self.result.setText(self.tr("The log is whole: no entry was removed, moved or altered (%n checked).", "",
                                        self.model.rowCount()))
            return
        self.result.setStyleSheet("color: #b3261e; font-weight: bold;")
        lines = [self.tr("The log was tampered with:")] + [f"• {problem.message}" for problem in problems]
        self.result.setText("\n".join(lines))

    def _failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.result.setText(message)
