"""The Detained now section: the list on the left, the chosen person's emergency sheet and checklists on the right."""

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.vault.vault import Vault
from ui.main.emergency import EmergencySheet
from ui.main.list_page import RecordTree
from ui.models.detained import SORT_ROLE, DetainedModel
from ui.models.record_list import ID_ROLE


class DetainedPage(QWidget):
    """Signals:
        recordChanged(str): a checklist tick changed a case.
        recordActivated(str): Enter or double-click on a person.
    """

    recordChanged = Signal(str)
    recordActivated = Signal(str)
    has_own_detail = True

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DetainedModel(vault.records, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = RecordTree(self.proxy, self)
        self.view.setAccessibleName(self.tr("Detained now"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DetainedModel.DAYS, Qt.SortOrder.DescendingOrder)
        self.count = QLabel(self)
        self.sheet = EmergencySheet(vault.records, self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.sheet)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        self.view.recordActivated.connect(self.recordActivated)
        self.sheet.recordChanged.connect(self._checklist_changed)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n person(s) deprived of liberty", "", self.model.rowCount()))

    def _current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self.sheet.show_person(self.model.person(self.proxy.mapToSource(current).row()))
        else:
            self.sheet.show_person(None)

    def _checklist_changed(self, case_id: str) -> None:
        self._current(self.view.currentIndex(), QModelIndex())
        self.recordChanged.emit(case_id)

    def record_changed(self, record_id: str) -> None:
        """Anything may change who is detained: rebuild the list, keep the chosen person."""
        chosen = self.view.current_id()
        self.model.reload()
        self._update_count()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == chosen:
                self.view.setCurrentIndex(self.proxy.index(row, 0))
                return
        self.sheet.show_person(None)

    def reload(self) -> None:
        self.record_changed("")

    def focus_list(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
