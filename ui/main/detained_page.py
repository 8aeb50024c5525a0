"""The Detained now section: the list on the left, the chosen person's emergency sheet and checklists on the right."""

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.session import Session
from ui.main.emergency import EmergencySheet
from ui.main.list_page import RecordTree
from ui.main.section_page import SectionPage
from ui.models.detained import SORT_ROLE, DetainedModel
from ui.models.table import ID_ROLE
from ui.session_signals import SessionSignals


class DetainedPage(SectionPage):
    """Everyone deprived of liberty now, longest held first; re-read in the background after every change."""

    has_own_detail = True

    def __init__(self, session: Session, signals: SessionSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DetainedModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = RecordTree(self.proxy, self)
        self.view.setAccessibleName(self.tr("Detained now"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(DetainedModel.DAYS, Qt.SortOrder.DescendingOrder)
        self.count = QLabel(self)
        self.sheet = EmergencySheet(session, self)
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
        splitter.setSizes([600, 400])  # three to two from the start too, however wide a language makes the list's hint
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.view.selectionModel().currentRowChanged.connect(self._current)
        self.view.recordActivated.connect(self.recordActivated)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.count.setText)
        signals.recordsChanged.connect(lambda event: self.model.reload())
        self._chosen: str | None = None
        self.count.setText(self.tr("Reading who is deprived of liberty…"))

    def _current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            person = self.model.person(self.proxy.mapToSource(current).row())
            self._chosen = person.person_id
            self.sheet.show_person(person)
        else:
            self.sheet.show_person(None)

    def _loaded(self) -> None:
        """New rows: keep the chosen person chosen (and their sheet up to date), or show no sheet."""
        self.count.setText(self.tr("%n person(s) deprived of liberty", "", self.model.rowCount()))
        self.view.resizeColumnToContents(DetainedModel.DAYS)  # a number: the room goes to the next mark beside it
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == self._chosen:
                self.view.setCurrentIndex(self.proxy.index(row, 0))
                self._current(self.view.currentIndex(), QModelIndex())
                return
        self.sheet.show_person(None)

    def list_view(self) -> QWidget:
        return self.view

    def current_id(self) -> str | None:
        return self.view.current_id()

    def focus_list(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
