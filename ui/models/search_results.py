"""Search results as the user types: names in any script, pinyin, parts of names.

The query runs on the thread pool (ui.tasks.LatestOnly), so typing never waits
for the database, and only the answer to the newest query is ever shown.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from app.session import Hit, Session
from ui.labels import kind_label
from ui.models.table import TableModel
from ui.tasks import LatestOnly

LIMIT = 100


class SearchResultsModel(TableModel[Hit]):
    """Columns: name, kind of record.

    Signals:
        answered(str, int): the results of this query are shown now (how many).
        failed(str): the search could not run (the sentence says why).
    """

    answered = Signal(str, int)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.query = ""  # the query whose results are shown
        self.wanted = ""  # the newest query asked for
        self._questions: LatestOnly[list[Hit]] = LatestOnly(self._show, self.failed.emit, self)

    def set_query(self, query: str) -> None:
        """Ask for the results of `query`; they replace what is shown when they arrive."""
        self.wanted = query
        if not query.strip():
            self._questions.ask(query, list)
            return
        self._questions.ask(query, self._search(query))

    def refresh(self) -> None:
        """Ask again for the newest query (records changed)."""
        if self.wanted.strip():
            self._questions.ask(object(), self._search(self.wanted))

    def _search(self, query: str) -> Callable[[], list[Hit]]:
        session = self.session
        return lambda: session.search(query, limit=LIMIT)

    def current(self) -> bool:
        """Whether the results shown answer the newest query."""
        return self.query == self.wanted and not self._questions.busy()

    def _show(self, key: object, hits: list[Hit]) -> None:
        self.query = key if isinstance(key, str) else self.wanted
        self.set_rows(hits)
        self.answered.emit(self.query, len(hits))

    def headers(self) -> Sequence[str]:
        return (self.tr("Name"), self.tr("Kind"))

    def display(self, row: Hit, column: int) -> str:
        return row.display_name if column == 0 else kind_label(row.kind)

    def row_id(self, row: Hit) -> str:
        return row.id

    def ids(self) -> list[str]:
        return [hit.id for hit in self._rows]
