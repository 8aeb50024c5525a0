"""The sections on the left of the main window: (title, icon, factory), in order.

A factory takes the open vault and a parent widget and returns the page. A page
may have the signals recordSelected(str) (show it on the right), recordsImported(int) (reload every list),
recordActivated(str) (open its editor) and recordChanged(str), the methods
record_changed(str), reload(), focus_list() and current_id(), and `has_own_detail = True`
when it shows its own detail instead of the record pane.
To add a section, append to the list `sections()` returns.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.vault.vault import Vault
from ui.colleagues.page import ColleaguesPage
from ui.main.detained_page import DetainedPage
from ui.main.list_page import ListPage
from ui.models.activity import ActivityModel
from ui.models.record_list import RecordListModel
from ui.safety.activity_section import ActivitySection


@dataclass(frozen=True)
class Section:
    title: str
    icon: str
    factory: Callable[[Vault, QWidget], QWidget]


def _records(kind: str, name: str) -> Callable[[Vault, QWidget], QWidget]:
    return lambda vault, parent: ListPage(RecordListModel(vault.records, kind), name, parent)


def sections() -> list[Section]:
    people = QCoreApplication.translate("sections", "People")
    cases = QCoreApplication.translate("sections", "Cases")
    organisations = QCoreApplication.translate("sections", "Organisations")
    recent = QCoreApplication.translate("sections", "Recent changes")
    return [
        Section(people, "people", _records("person", people)),
        Section(cases, "cases", _records("case", cases)),
        Section(QCoreApplication.translate("sections", "Detained now"), "detained", DetainedPage),
        Section(organisations, "organisations", _records("organisation", organisations)),
        Section(QCoreApplication.translate("sections", "Colleagues"), "colleagues", ColleaguesPage),
        Section(QCoreApplication.translate("sections", "Activity"), "activity",
                lambda vault, parent: ActivitySection(ListPage(ActivityModel(vault.records), recent), vault, parent)),
    ]
