"""The sections on the left of the main window: (title, icon, page factory), in order.

A factory takes the open session, its change signals and a parent widget and
returns the page (a SectionPage). To add a section, append to the list `sections()` returns.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.session import Session
from ui.colleagues.page import ColleaguesPage
from ui.main.detained_page import DetainedPage
from ui.main.list_page import ListPage
from ui.main.section_page import SectionPage
from ui.models.activity import ActivityModel
from ui.models.record_list import RecordListModel
from ui.safety.activity_section import ActivitySection
from ui.session_signals import SessionSignals

Factory = Callable[[Session, SessionSignals, QWidget], SectionPage]


@dataclass(frozen=True)
class Section:
    title: str
    icon: str
    factory: Factory


def _records(kind: str, name: str) -> Factory:
    return lambda session, signals, parent: ListPage(RecordListModel(session, kind), name, signals, parent)


def _activity(title: str) -> Factory:
    return lambda session, signals, parent: ActivitySection(ListPage(ActivityModel(session), title, signals), session,
                                                            signals, parent)


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
        Section(QCoreApplication.translate("sections", "Activity"), "activity", _activity(recent)),
    ]
