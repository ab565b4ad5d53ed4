"""The day/week calendar of the signed-in user's appointments, in their calendar (Jalali or Gregorian).

One column per day (one in the day view, seven in the week view; a Jalali week starts on Saturday,
a Gregorian one on Monday), each listing that day's appointments in local time. Headers show the
weekday and the date formatted by :meth:`UiContext.fmt_date`. The user's open tasks due that day are
listed too (late ones in red). Enter or a double-click opens an
appointment; "New appointment" plans one on the selected day. Columns follow the layout direction,
so in Persian the week reads right to left.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import appointments, tasks
from sivadesk.ops.appointments import AppointmentInfo
from sivadesk.ops.tasks import TaskInfo
from sivadesk.textnorm import to_persian_digits
from sivadesk.ui.appointment_dialog import AppointmentDialog
from sivadesk.ui.context import UiContext
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.task_dialog import TaskDialog

APPOINTMENT_ROLE = Qt.ItemDataRole.UserRole
TASK_ROLE = Qt.ItemDataRole.UserRole + 1
LRI, PDI = "\u2066", "\u2069"


def week_start(day: dt.date, calendar: str) -> dt.date:
    """The first day of ``day``'s week: Saturday in the Jalali calendar, Monday otherwise."""
    first = 5 if calendar == "jalali" else 0  # date.weekday(): Monday 0 … Saturday 5
    return day - dt.timedelta(days=(day.weekday() - first) % 7)


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


class CalendarView(QWidget):
    #: appointments shown (tests wait on it)
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mode = "week"
        self.anchor = dt.date.today()
        self.selected_day = self.anchor
        self.shown: list[AppointmentInfo] = []
        self.due_tasks: list[TaskInfo] = []
        self._generation = 0
        self.task_dialog: TaskDialog | None = None
        self.dialog: AppointmentDialog | None = None

        self.prev_button = QPushButton(self.tr("◀ Previous") if not self._rtl() else self.tr("Previous ▶"))
        self.today_button = QPushButton(self.tr("&Today"))
        self.next_button = QPushButton(self.tr("Next ▶") if not self._rtl() else self.tr("◀ Next"))
        self.day_button = QPushButton(self.tr("&Day"))
        self.week_button = QPushButton(self.tr("&Week"))
        for b in (self.day_button, self.week_button):
            b.setCheckable(True)
        self.week_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.new_button = QPushButton(self.tr("&New appointment…"))
        self.range_label = QLabel()
        bold = self.range_label.font()
        bold.setBold(True)
        self.range_label.setFont(bold)
        align_leading(self.range_label)

        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addWidget(self.range_label, 1)
        for w in (self.day_button, self.week_button, self.new_button):
            bar.addWidget(w)
        self.columns_layout = QHBoxLayout()
        self.columns_layout.setSpacing(4)
        self.headers: list[QLabel] = []
        self.lists: list[QListWidget] = []
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(self.columns_layout, 1)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.day_button.clicked.connect(lambda: self.set_mode("day"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.new_button.clicked.connect(self.new_appointment)
        self.refresh()

    def _rtl(self) -> bool:
        return self.ctx.language == "fa"

    # -- range ---------------------------------------------------------------------------------
    def days(self) -> list[dt.date]:
        if self.mode == "day":
            return [self.anchor]
        first = week_start(self.anchor, self.ctx.calendar)
        return [first + dt.timedelta(days=i) for i in range(7)]

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.day_button.setChecked(mode == "day")
        self.week_button.setChecked(mode == "week")
        if mode == "day":
            self.anchor = self.selected_day
        self.refresh()

    def step(self, steps: int) -> None:
        self.anchor += dt.timedelta(days=steps * (1 if self.mode == "day" else 7))
        self.selected_day = self.anchor
        self.refresh()

    @Slot()
    def go_today(self) -> None:
        self.anchor = self.selected_day = dt.date.today()
        self.refresh()

    def show_date(self, day: dt.date, mode: str | None = None) -> None:
        self.anchor = self.selected_day = day
        if mode is not None:
            self.set_mode(mode)
        else:
            self.refresh()

    # -- loading -------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        days = self.days()
        start, end = local_midnight(days[0]), local_midnight(days[-1] + dt.timedelta(days=1))
        actor = self.ctx.actor

        def load(s: Session) -> tuple[list[AppointmentInfo], list[TaskInfo]]:
            due = [
                t
                for t in tasks.list_tasks(s, actor, "mine", limit=2000)
                if t.due_at is not None and start <= t.due_at < end
            ]
            return appointments.between(s, actor, start, end), sorted(due, key=lambda t: t.due_at or start)

        self._build_columns(days)
        first, last = self.ctx.fmt_date(days[0]), self.ctx.fmt_date(days[-1])
        self.range_label.setText(first if len(days) == 1 else f"{first} – {last}")
        self._generation += 1
        generation = self._generation

        def show(data: tuple[list[AppointmentInfo], list[TaskInfo]]) -> None:
            if generation == self._generation:  # an older refresh's answer: the newer one follows
                self._show(data)

        self.ctx.runner.submit(load, show, lambda exc: self._failed(exc), read_only=True)

    def _failed(self, exc: Exception) -> None:
        if self.ctx.runner.default_error is not None:
            self.ctx.runner.default_error(exc)

    def _build_columns(self, days: list[dt.date]) -> None:
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.headers, self.lists = [], []
        loc = QLocale(self.ctx.language) if self.ctx.language else QLocale()
        today = dt.date.today()
        for day in days:
            col = QWidget()
            v = QVBoxLayout(col)
            v.setContentsMargins(0, 0, 0, 0)
            weekday = loc.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
            header = QLabel(f"{weekday}\n{self.ctx.fmt_date(day)}")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if day == today:
                f = header.font()
                f.setBold(True)
                header.setFont(f)
            lst = QListWidget()
            lst.setWordWrap(True)
            lst.itemActivated.connect(self._activated)
            lst.itemClicked.connect(lambda _i, d=day: self._select_day(d))
            v.addWidget(header)
            v.addWidget(lst, 1)
            self.headers.append(header)
            self.lists.append(lst)
            self.columns_layout.addWidget(col, 1)

    def _select_day(self, day: dt.date) -> None:
        self.selected_day = day

    @Slot(object)
    def _show(self, data: tuple[list[AppointmentInfo], list[TaskInfo]]) -> None:
        rows, due = data
        self.shown = rows
        self.due_tasks = due
        days = self.days()
        if len(days) != len(self.lists):
            return  # a newer refresh rebuilt the columns; its own result follows
        for lst in self.lists:
            lst.clear()
        for a in rows:
            start, end = a.start_at.astimezone(), a.end_at.astimezone()
            for i, day in enumerate(days):
                if start.date() <= day <= (end - dt.timedelta(seconds=1)).date():
                    hours = f"{start:%H:%M}–{end:%H:%M}"
                    if self._rtl():
                        hours = to_persian_digits(hours)
                    text = f"{LRI}{hours}{PDI}  {a.title}"  # times read left to right
                    if a.place:
                        text += f"\n{a.place}"
                    item = QListWidgetItem(text)
                    item.setData(APPOINTMENT_ROLE, a.id)
                    names = ", ".join(a.participant_names)
                    item.setToolTip("\n".join(x for x in (a.title, a.contact_name, names, a.notes) if x))
                    if a.status == "held":
                        f = item.font()
                        f.setItalic(True)
                        item.setFont(f)
                    self.lists[i].addItem(item)
        for t in due:
            if t.due_at is None:
                continue
            at = t.due_at.astimezone()
            if at.date() in days:
                hours = to_persian_digits(f"{at:%H:%M}") if self._rtl() else f"{at:%H:%M}"
                text = self.tr("Task due {time}: {title}").format(time=f"{LRI}{hours}{PDI}", title=t.title)
                item = QListWidgetItem(text)
                item.setData(TASK_ROLE, t.id)
                item.setToolTip(t.description)
                if t.overdue():
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.lists[days.index(at.date())].addItem(item)
        self.loaded.emit()

    # -- opening -------------------------------------------------------------------------------
    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(TASK_ROLE) is not None:
            dialog = TaskDialog(self.ctx, int(item.data(TASK_ROLE)), parent=self)
            dialog.changed.connect(lambda _i: self.refresh())
            self.task_dialog = dialog
            dialog.open()
            return
        self.open_appointment(int(item.data(APPOINTMENT_ROLE)))

    def open_appointment(self, appointment_id: int) -> AppointmentDialog:
        dialog = AppointmentDialog(self.ctx, appointment_id, parent=self)
        dialog.changed.connect(lambda _i: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def new_appointment(self) -> AppointmentDialog:
        start = dt.datetime.combine(self.selected_day, dt.time(9, 0)).astimezone()
        dialog = AppointmentDialog(self.ctx, start=start, parent=self)
        dialog.changed.connect(lambda _i: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog
