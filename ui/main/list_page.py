"""A section that is one list: a lazy model in a tree view, with its count underneath."""

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.session import RecordsChanged
from ui.main.section_page import SectionPage
from ui.models.activity import ActivityModel
from ui.models.record_list import RecordListModel
from ui.models.table import ID_ROLE
from ui.session_signals import SessionSignals

NAME_COLUMN_WIDTH = 250
# Tibetan stacks and Uyghur marks reach far above and below Latin text: rows get room for them.
ROW_HEIGHT_FACTOR = 1.6


class RecordTree(QTableView):
    """A flat, keyboard-driven list with fixed row heights.

    A table view lays out only what is visible (a tree view walks every loaded
    row on each insertion), which is what keeps 100,000 rows cheap to scroll.

    Signals:
        recordSelected(str): the current row's record id.
        recordActivated(str): Enter or double-click on a row.
    """

    recordSelected = Signal(str)
    recordActivated = Signal(str)

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(self.fontMetrics().height() * ROW_HEIGHT_FACTOR))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setStretchLastSection(True)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.resizeSection(0, NAME_COLUMN_WIDTH)
        self.selectionModel().currentRowChanged.connect(self._current)
        self.activated.connect(self._activated)

    def _current(self, current: QModelIndex, previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id:
            self.recordSelected.emit(record_id)

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self.recordActivated.emit(record_id)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None


class ListPage(SectionPage):
    """One lazy list of records (or of recent changes), with its count underneath; follows the session's changes."""

    def __init__(self, model: RecordListModel | ActivityModel, accessible_name: str, signals: SessionSignals,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model.setParent(self)
        self.model = model
        self.view = RecordTree(model, self)
        self.view.setAccessibleName(accessible_name)
        if isinstance(model, RecordListModel):
            self.view.setSortingEnabled(True)
            self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt's header starts out descending
        else:  # short When and What columns, fitted to the rows shown (a fit at construction sees no rows yet)
            for column in (0, 1):
                self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.view.recordSelected.connect(self.recordSelected)
        self.view.recordActivated.connect(self.recordActivated)
        signals.recordsChanged.connect(self.records_changed)
        self._update_count()

    def _update_count(self) -> None:
        if isinstance(self.model, RecordListModel):
            self.count.setText(self.tr("%n record(s)", "", self.model.total()))
        self.count.setVisible(isinstance(self.model, RecordListModel))

    def records_changed(self, event: RecordsChanged) -> None:
        """Records were written: refresh the rows of edited ones in place, or start the list again."""
        if isinstance(self.model, RecordListModel) and not event.everything:
            for record_id in event.ids:
                self.model.record_changed(record_id)
        else:
            self.model.reload()
        self._update_count()

    def list_view(self) -> QWidget:
        return self.view

    def current_id(self) -> str | None:
        return self.view.current_id()

    def focus_list(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount() > 0:
            self.view.setCurrentIndex(self.model.index(0, 0))
