"""A date field in the user's calendar: Jalali (1404/01/01) or Gregorian (21/03/2025), maybe empty.

Typing accepts Persian, Arabic-Indic and Latin digits and the separators ``/ - .`` or spaces; the
text is re-shown in the canonical form (Persian digits in a Persian interface) when editing ends.
Text that is not a date puts the field in an error state (red frame, the reason in the tooltip)
and :meth:`CalendarDateEdit.date` answers ``None`` until it is corrected; nothing raises.
The button beside the field opens a month grid in the same calendar.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sivadesk import calendars
from sivadesk.calendars import Calendar
from sivadesk.errors import QT_TRANSLATE_NOOP
from sivadesk.textnorm import normalize, to_persian_digits
from sivadesk.ui.context import UiContext

_PARTS = re.compile(r"^\s*(\d{1,4})\s*[/\-.\s]\s*(\d{1,2})\s*[/\-.\s]\s*(\d{1,4})\s*$")

#: Jalali month names, in the interface language (the "date_edit" context of the catalogues).
JALALI_MONTHS = (
    QT_TRANSLATE_NOOP("MonthGrid", "Farvardin"),
    QT_TRANSLATE_NOOP("MonthGrid", "Ordibehesht"),
    QT_TRANSLATE_NOOP("MonthGrid", "Khordad"),
    QT_TRANSLATE_NOOP("MonthGrid", "Tir"),
    QT_TRANSLATE_NOOP("MonthGrid", "Mordad"),
    QT_TRANSLATE_NOOP("MonthGrid", "Shahrivar"),
    QT_TRANSLATE_NOOP("MonthGrid", "Mehr"),
    QT_TRANSLATE_NOOP("MonthGrid", "Aban"),
    QT_TRANSLATE_NOOP("MonthGrid", "Azar"),
    QT_TRANSLATE_NOOP("MonthGrid", "Dey"),
    QT_TRANSLATE_NOOP("MonthGrid", "Bahman"),
    QT_TRANSLATE_NOOP("MonthGrid", "Esfand"),
)


def parse_date(text: str, calendar: str, language: str = "") -> dt.date:
    """The date written in ``text`` in ``calendar``; :class:`ValueError` when it is not one.

    Year first (``1404/1/1``, ``2025-03-21``) or day first (``21/03/2025``) is told apart by the
    four-digit year; a Jalali date is always year first.
    """
    digits = normalize(text)  # Persian/Arabic digits -> Latin, bidi marks dropped
    m = _PARTS.match(digits)
    if m is None:
        raise ValueError("not a date")
    a, b, c = m.groups()
    if len(a) == 4:
        y, mo, d = int(a), int(b), int(c)
    elif len(c) == 4 and Calendar(calendar) is Calendar.GREGORIAN:
        d, mo, y = int(a), int(b), int(c)
    else:
        raise ValueError("year needs four digits")
    if Calendar(calendar) is Calendar.JALALI:
        if not (1 <= mo <= 12 and 1 <= d <= 31 and 1 <= y <= 3177):
            raise ValueError("out of range")
        return calendars.from_jalali(y, mo, d)  # jdatetime refuses 1403/12/31 etc.
    return dt.date(y, mo, d)


def _month_length(calendar: str, year: int, month: int) -> int:
    if Calendar(calendar) is Calendar.JALALI:
        for day in (31, 30, 29):
            try:
                calendars.from_jalali(year, month, day)
                return day
            except ValueError:
                continue
        return 29
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def _ymd(calendar: str, d: dt.date) -> tuple[int, int, int]:
    return calendars.to_jalali(d) if Calendar(calendar) is Calendar.JALALI else (d.year, d.month, d.day)


def _from_ymd(calendar: str, y: int, m: int, d: int) -> dt.date:
    return calendars.from_jalali(y, m, d) if Calendar(calendar) is Calendar.JALALI else dt.date(y, m, d)


class MonthGrid(QFrame):
    """A pop-up month grid in one calendar: ‹ month year ›, weekday names, the days as buttons."""

    picked = Signal(object)  # dt.date

    def __init__(self, calendar: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = calendar
        self.language = language
        self.selected: dt.date | None = None
        self.year, self.month = 0, 0
        self.prev = QToolButton(self)
        self.prev.setText("‹")
        self.prev.setToolTip(self.tr("Previous month"))
        self.next = QToolButton(self)
        self.next.setText("›")
        self.next.setToolTip(self.tr("Next month"))
        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.today = QToolButton(self)
        self.today.setText(self.tr("Today"))
        head = QHBoxLayout()
        head.addWidget(self.prev)
        head.addWidget(self.title, 1)
        head.addWidget(self.next)
        self.grid = QGridLayout()
        self.grid.setSpacing(1)
        self.days: list[QToolButton] = []
        # Jalali weeks start on Saturday; Gregorian ones on Monday (Sunday in English).
        first = 6 if Calendar(calendar) is Calendar.JALALI else (7 if language == "en" else 1)
        self.weekdays = [(first - 1 + i) % 7 + 1 for i in range(7)]  # Qt numbering, Monday = 1
        locale = QLocale()
        for col, wd in enumerate(self.weekdays):
            label = QLabel(locale.dayName(wd, QLocale.FormatType.NarrowFormat), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("color: #666;")
            self.grid.addWidget(label, 0, col)
        for i in range(42):
            b = QToolButton(self)
            b.setAutoRaise(True)
            b.setMinimumWidth(30)
            b.setCheckable(True)
            b.clicked.connect(self._day_clicked)
            self.grid.addWidget(b, 1 + i // 7, i % 7)
            self.days.append(b)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.grid)
        layout.addWidget(self.today, 0, Qt.AlignmentFlag.AlignCenter)
        self.prev.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.today.clicked.connect(lambda: self.picked.emit(dt.date.today()))

    def _digits(self, text: str) -> str:
        return to_persian_digits(text) if self.language == "fa" else text

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        if Calendar(self.calendar) is Calendar.JALALI:
            name = QCoreApplication.translate("MonthGrid", JALALI_MONTHS[month - 1])
        else:
            name = QLocale().standaloneMonthName(month)
        self.title.setText(f"{name} {self._digits(str(year))}")
        first = _from_ymd(self.calendar, year, month, 1)
        offset = self.weekdays.index(first.isoweekday())
        length = _month_length(self.calendar, year, month)
        today = dt.date.today()
        for i, b in enumerate(self.days):
            day = i - offset + 1
            inside = 1 <= day <= length
            b.setVisible(inside)
            if not inside:
                continue
            date = first + dt.timedelta(days=day - 1)
            b.setText(self._digits(str(day)))
            b.setProperty("date", date.toordinal())
            b.setChecked(date == self.selected)
            font = b.font()
            font.setBold(date == today)
            b.setFont(font)

    def step(self, months: int) -> None:
        index = self.year * 12 + (self.month - 1) + months
        self.show_month(index // 12, index % 12 + 1)

    def open_at(self, selected: dt.date | None) -> None:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.prev.setText("›" if rtl else "‹")  # "previous" points to the reading start
        self.next.setText("‹" if rtl else "›")
        self.selected = selected
        y, m, _d = _ymd(self.calendar, selected or dt.date.today())
        self.show_month(y, m)

    def day_button(self, date: dt.date) -> QToolButton | None:
        """The button of ``date`` in the month shown (tests click it)."""
        for b in self.days:
            if b.isVisible() and b.property("date") == date.toordinal():
                return b
        return None

    @Slot()
    def _day_clicked(self) -> None:
        sender = self.sender()
        if isinstance(sender, QToolButton):
            self.picked.emit(dt.date.fromordinal(int(sender.property("date"))))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.step(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step(1)
        else:
            super().keyPressEvent(event)


class CalendarDateEdit(QWidget):
    """A date (or nothing) shown and typed in the user's calendar.

    The calendar and digits come from ``ctx`` (the signed-in user's settings) unless given;
    ``dateChanged(object)`` carries the new ``datetime.date`` or ``None`` whenever :meth:`date`
    changes (typing, the pop-up, :meth:`setDate`, or text that stops being a date).
    """

    dateChanged = Signal(object)

    def __init__(
        self,
        ctx: UiContext | None = None,
        parent: QWidget | None = None,
        *,
        calendar: str | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.calendar = calendar or (ctx.calendar if ctx is not None else Calendar.GREGORIAN.value)
        self.language = language or (ctx.language if ctx is not None else "en")
        self._date: dt.date | None = None
        self._error = ""
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.placeholder())
        # Dates read left to right in every language (1404/01/01), like numbers.
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000/00/00") + 40)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.popup: MonthGrid | None = None
        self.edit.textEdited.connect(self._text_edited)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._reformat)
        self.button.clicked.connect(self.show_popup)

    # --- value -----------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The date shown, or ``None`` when the field is empty or does not hold a valid date."""
        return self._date

    def setDate(self, value: dt.date | None) -> None:
        if isinstance(value, dt.datetime):
            value = value.date()
        with QSignalBlocker(self.edit):
            self.edit.setText(self.format(value))
        self._set_error("")
        self._store(value)

    def clear(self) -> None:
        self.setDate(None)

    def isValid(self) -> bool:
        """False while the text is not a date (then :meth:`date` is ``None``)."""
        return not self._error

    def text(self) -> str:
        return self.edit.text()

    def errorText(self) -> str:
        return self._error

    # --- formatting ------------------------------------------------------------------------

    def format(self, value: dt.date | None) -> str:
        return calendars.format_date(
            value, self.calendar, persian_digits=self.language == "fa", language=self.language
        )

    def placeholder(self) -> str:
        if Calendar(self.calendar) is Calendar.JALALI or self.language == "fa":
            text = self.tr("yyyy/mm/dd")
        elif self.language == "fr":
            text = self.tr("dd/mm/yyyy")
        else:
            text = self.tr("yyyy-mm-dd")
        return text

    # --- typing ----------------------------------------------------------------------------

    @Slot(str)
    def _text_edited(self, text: str) -> None:
        self._parse(text)

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        # setText() from outside (e.g. a test, or a paste through the model) also parses.
        if not self.edit.isModified():
            self._parse(text)

    def _parse(self, text: str) -> None:
        if not text.strip():
            self._set_error("")
            self._store(None)
            return
        try:
            value = parse_date(text, self.calendar, self.language)
        except (ValueError, OverflowError):
            self._set_error(self.tr("Not a date: write it as %1.").replace("%1", self.placeholder()))
            self._store(None)
            return
        self._set_error("")
        self._store(value)

    @Slot()
    def _reformat(self) -> None:
        if self._date is not None and not self._error:
            shown = self.format(self._date)
            if shown != self.edit.text():
                with QSignalBlocker(self.edit):
                    self.edit.setText(shown)

    def _store(self, value: dt.date | None) -> None:
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)

    def _set_error(self, message: str) -> None:
        if message == self._error:
            return
        self._error = message
        self.edit.setToolTip(message)
        self.edit.setProperty("invalid", bool(message))
        self.edit.setStyleSheet(
            "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }" if message else ""
        )

    # --- pop-up ----------------------------------------------------------------------------

    @Slot()
    def show_popup(self) -> None:
        if self.popup is None:
            self.popup = MonthGrid(self.calendar, self.language, self)
            self.popup.setLayoutDirection(self.layoutDirection())
            self.popup.picked.connect(self._picked)
        self.popup.open_at(self._date)
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below.setX(self.mapToGlobal(self.rect().bottomRight()).x() - self.popup.width())
        self.popup.move(below)
        self.popup.show()

    @Slot(object)
    def _picked(self, value: dt.date) -> None:
        if self.popup is not None:
            self.popup.hide()
        self.setDate(value)
        self.edit.setFocus()
