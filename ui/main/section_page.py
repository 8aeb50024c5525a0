"""The contract between the main window and the page of each section on the left."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class SectionPage(QWidget):
    """A page shown for a section: usually a list, with the chosen record shown on the right.

    Pages refresh themselves from the session's change signal; the window only
    shows them, follows their signals and puts the keyboard focus in them.

    Signals:
        recordSelected(str): show this record on the right.
        recordActivated(str): open this record's editor (Enter or double-click).
    """

    recordSelected = Signal(str)
    recordActivated = Signal(str)
    has_own_detail = False  # True when the page shows its own detail and the record pane is hidden

    def list_view(self) -> QWidget:
        """The widget Tab reaches after the sections (the page's list)."""
        return self

    def current_id(self) -> str | None:
        """The record chosen in the page, shown on the right when the section opens."""
        return None

    def focus_list(self) -> None:
        """Keyboard focus to the page's list (when the section is opened from the keyboard)."""
        self.list_view().setFocus()
