"""Replacing the page shown in a scroll area so it is laid out at once.

A page rebuilt in place inside a scroll area is sized before its new sections
are shown (Qt shows widgets added to a visible parent only when the event loop
next runs), so the sections are squeezed into the viewport: rows cut in half,
boxes empty. A page built completely and then handed to the scroll area is
shown with all its sections, keeps their natural heights, and scrolls.
"""

from PySide6.QtWidgets import QScrollArea, QWidget


def show_page(area: QScrollArea, page: QWidget) -> None:
    """Show a finished `page` in `area`; the old page is hidden now and deleted later.

    Deleted later, not now: the rebuild may run inside a signal of one of the
    old page's widgets (a link or a checkbox), which must outlive its own signal.
    """
    old = area.takeWidget()
    if old is not None:
        old.hide()
        old.setParent(area)
        old.deleteLater()
    area.setWidget(page)
    layout = page.layout()
    if layout is not None:
        layout.activate()
