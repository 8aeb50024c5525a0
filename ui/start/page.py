"""What every page of the start window shares: a title, an explanation, a busy bar and an error line.

The page scrolls rather than squeezing its fields when a large font or a long translation needs more room than
the window has: a squeezed label is cut off (the recovery key once lost its last group that way).
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QScrollArea, QVBoxLayout, QWidget


class Page(QWidget):
    """A start-window page; subclasses add their fields between the text and the status lines."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        content = QWidget(self.scroll_area)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(32, 24, 32, 24)
        self.layout_.setSpacing(12)
        heading = QLabel(title, self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setAccessibleName(title)
        self.layout_.addWidget(heading)
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.layout_.addWidget(self.text)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.layout_.addLayout(self.body)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(True)
        self.busy.hide()
        self.layout_.addWidget(self.busy)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: white; background: #b3261e; padding: 6px; border-radius: 4px;")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.layout_.addStretch(1)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def set_busy(self, message: str | None) -> None:
        """Show an indeterminate bar with `message` while slow work runs (None hides it)."""
        self.busy.setVisible(message is not None)
        self.busy.setFormat(message or "")
