"""A case drawn as a timeline: events on a date axis, detention periods shaded.

An event known to the day is a dot; one known only to the month or year is a
bar across that month or year; an approximate date (~) is drawn dashed and
hollow. Periods of deprivation of liberty are a coloured band along the axis,
by kind, an open one up to today; labels sit in lanes above, on their own
background, so none hides another. The header says the current status and the day count. What to draw
comes from app.timeline; this widget only places and paints it.
"""

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.records import vocab
from app.records.timeline import Period, Timeline, TimelineEvent
from ui.editors.labels import code_label
from ui.labels import QT_TRANSLATE_NOOP, day_count_rule

MARGIN = 16.0
HEADER = 30.0
LANE = 26.0
AXIS_GAP = 14.0
TICKS = 22.0
LEGEND = 22.0
MARKER = 5.0
BAND = 14.0

LIMIT_COLOUR = QColor(198, 40, 40)
LIMITS = {
    "criminal_detention_37_days": QT_TRANSLATE_NOOP("TimelineView", "37-day limit of criminal detention"),
    "rsdl_six_months": QT_TRANSLATE_NOOP("TimelineView", "six-month limit of RSDL"),
}
PERIOD_COLOURS = {
    "detained": QColor(239, 108, 0, 150),
    "disappeared": QColor(106, 27, 154, 150),
    "rsdl": QColor(198, 40, 40, 160),
    "imprisoned": QColor(120, 144, 156, 170),
}


def _translucent(colour: QColor) -> QColor:
    """The fill of a span: the text colour, faint, so it reads on light and dark themes."""
    return QColor(colour.red(), colour.green(), colour.blue(), 90)


@dataclass(frozen=True)
class Placement:
    """Where one event is drawn: its mark on the axis and its label in a lane above."""

    event: TimelineEvent
    mark: QRectF
    label: QRectF
    lane: int
    text: str


class TimelineView(QWidget):
    """Custom-painted case timeline; keyboard: Left/Right choose an event, Enter opens it.

    Signals:
        eventActivated(str): the user opened an event (its id).
    """

    eventActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.zoomed: tuple[dt.date, dt.date] | None = None
        self.selected = -1
        self._placements: list[Placement] = []
        self._lanes = 1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Case timeline"))
        self.set_timeline(None)

    # -- model -----------------------------------------------------------------

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self.zoomed = None
        self.selected = -1
        self._relayout()
        self.setAccessibleDescription(self.summary())

    def event_label(self, event: TimelineEvent) -> str:
        return f"{event.date} {code_label(vocab.EVENT_TYPES, event.type)}"

    def status_text(self) -> str:
        """The header: where things stand today."""
        line = self.timeline
        if line is None or not line.events:
            return self.tr("No dated events yet.")
        status = code_label(vocab.PERSON_STATUS, line.status) if line.status else self.tr("not known from the events")
        text = self.tr("Status: %1").replace("%1", status)
        if line.days_in_detention is not None and line.detained_since is not None:
            text += " — " + self.tr("day %1 deprived of liberty (since %2)").replace(
                "%1", str(line.days_in_detention)).replace("%2", line.detained_since.isoformat())
        if self.zoomed is not None:
            text += "   " + self.tr("(showing %1 to %2; 0 shows all)").replace("%1", self.zoomed[0].isoformat()).replace(
                "%2", self.zoomed[1].isoformat())
        return text

    def summary(self) -> str:
        """The timeline in words, for screen readers."""
        if self.timeline is None:
            return self.status_text()
        parts = [self.status_text()]
        for event in self.timeline.events:
            kind = self.tr("approximate") + " " if event.approximate else ""
            parts.append(f"{kind}{self.event_label(event)}")
        for milestone in self.timeline.milestones:
            parts.append(f"{milestone.date.isoformat()} {self.limit_label(milestone.kind)}")
        return "; ".join(parts)

    def limit_label(self, kind: str) -> str:
        return QCoreApplication.translate("TimelineView", LIMITS.get(kind, kind))

    # -- geometry ----------------------------------------------------------------

    def date_range(self) -> tuple[dt.date, dt.date]:
        """First and last day on the axis: the zoomed window, or everything."""
        return self.zoomed or self.full_range()

    def full_range(self) -> tuple[dt.date, dt.date]:
        """First and last day of the whole timeline, with a little room either side."""
        line = self.timeline
        if line is None or line.first is None or line.last is None:
            today = dt.date.today()
            return today - dt.timedelta(days=180), today
        first, last = line.first, line.last
        pad = max(10, (last - first).days // 25)
        return first - dt.timedelta(days=pad), last + dt.timedelta(days=pad)

    def x_of(self, day: dt.date, width: float | None = None) -> float:
        """Where a day falls on the axis (for the widget's width, or `width`)."""
        start, end = self.date_range()
        span = max((end - start).days, 1)
        return MARGIN + (day - start).days / span * ((self.width() if width is None else width) - 2 * MARGIN)

    def axis_y(self) -> float:
        return HEADER + self._lanes * LANE + AXIS_GAP

    def placements(self) -> list[Placement]:
        """Marks and labels of the events, in date order (what tests and painting use)."""
        return list(self._placements)

    def period_rects(self) -> list[tuple[Period, QRectF]]:
        """The bands of deprivation of liberty along the axis (under the event marks)."""
        line = self.timeline
        if line is None:
            return []
        top, bottom = self.axis_y() - BAND / 2, self.axis_y() + BAND / 2
        rects = []
        for period in line.periods:
            left = max(self.x_of(period.start), MARGIN)
            right = min(self.x_of(period.end or line.today), self.width() - MARGIN)
            if right >= left:
                rects.append((period, QRectF(left, top, max(right - left, 2.0), bottom - top)))
        return rects

    def _place(self, widget_width: float) -> tuple[list[tuple[TimelineEvent, QRectF, QRectF, int, str]], int]:
        """Marks and labels for a width, labels stacked in lanes so none overlaps another; and the lane count."""
        metrics = QFontMetricsF(self.font())
        lane_ends: list[float] = []
        placed: list[tuple[TimelineEvent, QRectF, QRectF, int, str]] = []
        start, end = self.date_range()
        for event in self.timeline.events if self.timeline else []:
            if event.end < start or event.start > end:
                continue
            left = self.x_of(event.start, widget_width)
            right = self.x_of(event.end + dt.timedelta(days=1), widget_width) if event.is_span else left
            mark = QRectF(left - MARKER, 0, max(right - left, 0) + 2 * MARKER, 2 * MARKER)
            text = self.event_label(event)
            width = metrics.horizontalAdvance(text) + 8
            label_left = min(max(mark.center().x() - 4, MARGIN), max(widget_width - MARGIN - width, MARGIN))
            lane = next((i for i, end in enumerate(lane_ends) if end + 6 <= label_left), len(lane_ends))
            if lane == len(lane_ends):
                lane_ends.append(0.0)
            lane_ends[lane] = label_left + width
            placed.append((event, mark, QRectF(label_left, 0, width, LANE - 6), lane, text))
        return placed, max(len(lane_ends), 1)

    def _relayout(self) -> None:
        placed, self._lanes = self._place(self.width())
        axis = self.axis_y()
        self._placements = [
            Placement(event, mark.translated(0, axis - MARKER), label.translated(0, axis - AXIS_GAP - (lane + 1) * LANE + 4),
                      lane, text)
            for event, mark, label, lane, text in placed
        ]
        self.updateGeometry()
        self.update()

    def _height(self, lanes: int, width: float) -> int:
        legend_rows = max((row for _, _, _, row in self._legend_layout(width)), default=0) + 1
        return int(HEADER + lanes * LANE + AXIS_GAP + TICKS + legend_rows * LEGEND + 4)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Narrower means more lanes of labels and legend rows, so a taller timeline."""
        return self._height(self._place(width)[1], width)

    def sizeHint(self) -> QSize:
        return QSize(640, self.heightForWidth(640))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._height(self._lanes, max(self.width(), 240)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        painter.drawText(QRectF(MARGIN, 4, self.width() - 2 * MARGIN, HEADER - 6),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.status_text())
        painter.setFont(self.font())
        for period, rect in self.period_rects():
            painter.fillRect(rect, PERIOD_COLOURS.get(period.status, QColor(120, 120, 120, 60)))
            if period.end is None:
                painter.setPen(QPen(PERIOD_COLOURS.get(period.status, text).darker(250), 2))
                painter.drawLine(QPointF(rect.right(), rect.top()), QPointF(rect.right(), rect.bottom()))
        self._paint_milestones(painter)
        self._paint_axis(painter, text)
        for number, placement in enumerate(self._placements):
            self._paint_mark(painter, placement, accent if number == self.selected else text, number == self.selected)
        for number, placement in enumerate(self._placements):
            self._paint_label(painter, placement, text, accent, number == self.selected)
        self._paint_legend(painter, text)
        if self.hasFocus():
            pen = QPen(accent, 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def milestone_xs(self) -> list[tuple[str, float]]:
        """Legal time limits (37 days of criminal detention, six months of RSDL) and where they fall."""
        start, end = self.date_range()
        return [(m.kind, self.x_of(m.date)) for m in self.timeline.milestones if start <= m.date <= end] if self.timeline else []

    def _paint_milestones(self, painter: QPainter) -> None:
        for _, x in self.milestone_xs():
            painter.setPen(QPen(LIMIT_COLOUR, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.axis_y()))
            painter.setBrush(LIMIT_COLOUR)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon([QPointF(x, HEADER - 2), QPointF(x + 8, HEADER + 2), QPointF(x, HEADER + 6)])
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_axis(self, painter: QPainter, text: QColor) -> None:
        axis = self.axis_y()
        painter.setPen(QPen(text, 1.5))
        painter.drawLine(QPointF(MARGIN, axis), QPointF(self.width() - MARGIN, axis))
        start, end = self.date_range()
        monthly = (end - start).days < 500
        metrics = QFontMetricsF(self.font())
        last_right = -1e9
        year, month = start.year, start.month
        while True:
            tick = dt.date(year, month, 1)
            if tick > end:
                break
            if tick >= start and (monthly or month == 1):
                x = self.x_of(tick)
                painter.setPen(QPen(text, 1))
                painter.drawLine(QPointF(x, axis - 3), QPointF(x, axis + 4))
                label = tick.strftime("%Y-%m") if monthly and month != 1 else str(year)
                width = metrics.horizontalAdvance(label)
                if x - width / 2 > last_right + 6:
                    painter.drawText(QPointF(x - width / 2, axis + 5 + metrics.ascent()), label)
                    last_right = x + width / 2
            month += 1
            if month == 13:
                year, month = year + 1, 1
        if self.timeline is not None:
            today = self.x_of(self.timeline.today)
            if MARGIN <= today <= self.width() - MARGIN:
                painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(today, HEADER - 4), QPointF(today, axis + 8))

    def _paint_mark(self, painter: QPainter, placement: Placement, colour: QColor, selected: bool) -> None:
        """The event's mark on the axis and its leader line up to the label (labels are painted over these)."""
        event = placement.event
        style = Qt.PenStyle.DashLine if event.approximate else Qt.PenStyle.SolidLine
        pen = QPen(colour, 2 if selected else 1.4, style)
        mark = placement.mark
        painter.setPen(QPen(QColor(colour.red(), colour.green(), colour.blue(), 140), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(mark.center().x(), placement.label.bottom()), QPointF(mark.center().x(), mark.top()))
        painter.setPen(pen)
        fill = QBrush(Qt.BrushStyle.NoBrush) if event.approximate else QBrush(colour)
        if event.is_span:
            bar = QRectF(mark.left() + MARKER, mark.top() + 2, max(mark.width() - 2 * MARKER, 3), mark.height() - 4)
            painter.setBrush(QBrush(colour, Qt.BrushStyle.BDiagPattern) if event.approximate else QBrush(_translucent(colour)))
            painter.drawRoundedRect(bar, 3, 3)
        else:
            painter.setBrush(fill)
            painter.drawEllipse(mark.center(), MARKER, MARKER)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_label(self, painter: QPainter, placement: Placement, text: QColor, accent: QColor, selected: bool) -> None:
        """The label on its own background, so leader lines and limits behind it do not cross the words."""
        colour = accent if selected else text
        painter.fillRect(placement.label, self.palette().color(QPalette.ColorRole.Window))
        if selected:
            painter.fillRect(placement.label, QColor(accent.red(), accent.green(), accent.blue(), 50))
        painter.setPen(colour)
        font = QFont(self.font())
        font.setItalic(placement.event.approximate)
        painter.setFont(font)
        painter.drawText(placement.label.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, placement.text)
        painter.setFont(self.font())

    def legend_entries(self) -> list[tuple[str, str]]:
        """(symbol key, text) of the legend, only for what this timeline shows."""
        entries = [("day", self.tr("exact date")), ("span", self.tr("month or year only")),
                   ("approximate", self.tr("approximate (~)"))]
        statuses = {p.status for p in self.timeline.periods} if self.timeline else set()
        entries += [(status, code_label(vocab.PERSON_STATUS, status)) for status in PERIOD_COLOURS if status in statuses]
        if self.milestone_xs():
            entries.append(("limit", self.tr("legal time limit")))
        return entries

    def _legend_layout(self, width: float) -> list[tuple[str, str, float, int]]:
        """(key, text, left, row) of each legend entry, wrapped onto rows that fit `width`."""
        metrics = QFontMetricsF(self.font())
        placed = []
        x, row = MARGIN, 0
        for key, label in self.legend_entries():
            entry = 22 + metrics.horizontalAdvance(label)
            if x > MARGIN and x + entry > width - MARGIN:
                x, row = MARGIN, row + 1
            placed.append((key, label, x, row))
            x += entry + 18
        return placed

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = QFontMetricsF(self.font())
        top = self.axis_y() + TICKS + 4
        for key, label, x, row in self._legend_layout(self.width()):
            y = top + row * LEGEND
            swatch = QRectF(x, y + 3, 16, 10)
            painter.setPen(QPen(text, 1.2, Qt.PenStyle.DashLine if key == "approximate" else Qt.PenStyle.SolidLine))
            if key == "day":
                painter.setBrush(QBrush(text))
                painter.drawEllipse(swatch.center(), 4, 4)
            elif key == "span":
                painter.setBrush(QBrush(_translucent(text)))
                painter.drawRoundedRect(swatch, 3, 3)
            elif key == "approximate":
                painter.setBrush(QBrush(text, Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(swatch, 3, 3)
            elif key == "limit":
                painter.setPen(QPen(LIMIT_COLOUR, 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(swatch.center().x(), swatch.top() - 2), QPointF(swatch.center().x(), swatch.bottom() + 2))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.fillRect(swatch, PERIOD_COLOURS[key])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text)
            painter.drawText(QPointF(x + 22, y + 3 + metrics.ascent() - 2), label)

    # -- interaction -----------------------------------------------------------

    def _at(self, point: QPointF) -> int:
        for number, placement in enumerate(self._placements):
            if placement.label.contains(point) or placement.mark.adjusted(-3, -3, 3, 3).contains(point):
                return number
        return -1

    def select(self, number: int) -> None:
        if not self._placements:
            return
        self.selected = max(0, min(number, len(self._placements) - 1))
        placement = self._placements[self.selected]
        self.setAccessibleDescription(self._describe(placement.event))
        self.update()

    def _describe(self, event: TimelineEvent) -> str:
        parts = [self.event_label(event)]
        if event.approximate:
            parts.append(self.tr("approximate date"))
        if event.is_span:
            parts.append(self.tr("known only to the %1").replace("%1", self.tr("month") if event.date.month else self.tr("year")))
        if event.place:
            parts.append(event.place)
        if event.description:
            parts.append(event.description)
        return " — ".join(parts)

    def _show_window(self, window: tuple[dt.date, dt.date] | None) -> None:
        """Show only these days (None: all), keeping the chosen event chosen if it is still in view."""
        chosen = self._placements[self.selected].event.id if 0 <= self.selected < len(self._placements) else None
        full = self.full_range()
        if window is not None and (window[1] - window[0]) >= (full[1] - full[0]):
            window = None
        self.zoomed = window
        self._relayout()
        self.selected = next((n for n, p in enumerate(self._placements) if p.event.id == chosen), -1)
        self.update()

    def zoom(self, factor: float, around: dt.date | None = None) -> None:
        """Zoom in (factor < 1) or out around a day (the chosen event, or the middle)."""
        start, end = self.date_range()
        if around is None:
            chosen = self._placements[self.selected].event if 0 <= self.selected < len(self._placements) else None
            around = chosen.start if chosen else start + (end - start) / 2
        half = dt.timedelta(days=max(7, round((end - start).days * factor / 2)))
        self._show_window((around - half, around + half))

    def pan(self, fraction: float) -> None:
        if self.zoomed is not None:
            shift = dt.timedelta(days=round((self.zoomed[1] - self.zoomed[0]).days * fraction))
            self._show_window((self.zoomed[0] + shift, self.zoomed[1] + shift))

    def date_at(self, x: float) -> dt.date:
        start, end = self.date_range()
        share = (x - MARGIN) / max(self.width() - 2 * MARGIN, 1)
        return start + dt.timedelta(days=round(share * (end - start).days))

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms around the pointer; the plain wheel scrolls the page as usual."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.angleDelta().y():
            self.zoom(0.5 if event.angleDelta().y() > 0 else 2.0, self.date_at(event.position().x()))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(2.0)
        elif key == Qt.Key.Key_0:
            self._show_window(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.pan(0.25 if key == Qt.Key.Key_Right else -0.25)
        elif key == Qt.Key.Key_Right:
            self.select(self.selected + 1)
        elif key == Qt.Key.Key_Left:
            self.select(self.selected - 1 if self.selected >= 0 else 0)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and 0 <= self.selected < len(self._placements):
            self.eventActivated.emit(self._placements[self.selected].event.id)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self._at(event.position())
        if number >= 0:
            self.select(number)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        number = self._at(event.position())
        if number >= 0:
            self.eventActivated.emit(self._placements[number].event.id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            if event.pos().y() < HEADER and self.timeline is not None and self.timeline.days_in_detention is not None:
                QToolTip.showText(event.globalPos(), day_count_rule(), self)
                return True
            number = self._at(QPointF(event.pos()))
            limit = next((m for m in (self.timeline.milestones if self.timeline else [])
                          if abs(self.x_of(m.date) - event.pos().x()) <= 4), None)
            if number >= 0:
                QToolTip.showText(event.globalPos(), self._describe(self._placements[number].event), self)
            elif limit is not None:
                QToolTip.showText(event.globalPos(), f"{limit.date.isoformat()}: {self.limit_label(limit.kind)}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
