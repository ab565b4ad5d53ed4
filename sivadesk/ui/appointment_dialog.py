"""Plan or edit an appointment, record how it went, and the reminder pop-up for tasks and appointments.

The start is a date in the user's calendar (Jalali or Gregorian) and a local time; the duration and
the reminder are in minutes ("no reminder" is the spin box's special value). Participants are a
checkable list of users (the organiser is always one: the service adds them). For a planned
appointment, "Held…" records the actual start and duration.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.models import utcnow
from sivadesk.models.tasks import AppointmentKind
from sivadesk.ops import appointments, tasks, users
from sivadesk.ops.appointments import AppointmentInfo
from sivadesk.ops.tasks import ItemReminder
from sivadesk.ops.users import UserInfo
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.task_dialog import DateTimeField

USER_ROLE = Qt.ItemDataRole.UserRole
SNOOZE = dt.timedelta(minutes=10)


def kind_label(key: str) -> str:
    return {
        "internal": QCoreApplication.translate("appointments", "Internal meeting"),
        "external": QCoreApplication.translate("appointments", "External meeting"),
    }.get(key, key)


def appointment_status_label(key: str) -> str:
    return {
        "planned": QCoreApplication.translate("appointments", "Planned"),
        "held": QCoreApplication.translate("appointments", "Held"),
        "cancelled": QCoreApplication.translate("appointments", "Cancelled"),
    }.get(key, key)


@dataclass(frozen=True, slots=True)
class _Loaded:
    appointment: AppointmentInfo | None
    users: list[UserInfo]


class AppointmentDialog(QDialog):
    #: saved, held, cancelled (the appointment's id)
    changed = Signal(int)
    loaded = Signal()

    def __init__(
        self,
        ctx: UiContext,
        appointment_id: int | None = None,
        *,
        contact_id: int | None = None,
        start: dt.datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.appointment_id = appointment_id
        self.contact_id = contact_id
        self.appointment: AppointmentInfo | None = None
        self.setWindowTitle(self.tr("New appointment") if appointment_id is None else self.tr("Appointment"))
        self.setMinimumWidth(500)

        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.kind = QComboBox()
        for k in AppointmentKind:
            self.kind.addItem(kind_label(k.value), k.value)
        self.start = DateTimeField(ctx)
        when = start or (utcnow() + dt.timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.start.set_value(when)
        self.duration = QSpinBox()
        self.duration.setRange(5, appointments.MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.place.setMaxLength(200)
        self.reminder = QSpinBox()
        self.reminder.setRange(-1, 24 * 60)
        self.reminder.setSpecialValueText(self.tr("No reminder"))
        self.reminder.setSingleStep(5)
        self.reminder.setValue(15)
        self.reminder.setSuffix(self.tr(" min before"))
        self.participants = QListWidget()
        self.participants.setMinimumHeight(110)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.info = QLabel()
        self.info.setWordWrap(True)
        align_leading(self.info)
        self.info.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("&Reminder:"), self.reminder)
        form.addRow(self.tr("P&articipants:"), self.participants)
        form.addRow(self.tr("&Notes:"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.held_button: QPushButton = self.buttons.addButton(
            self.tr("Held…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel the appointment"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        for b in (self.held_button, self.cancel_button):
            b.setVisible(appointment_id is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.held_button.clicked.connect(self.ask_held)
        self.cancel_button.clicked.connect(self.cancel_appointment)
        self._load()

    def _load(self) -> None:
        actor, aid = self.ctx.actor, self.appointment_id

        def load(s: Session) -> _Loaded:
            info = appointments.get_appointment(s, actor, aid) if aid is not None else None
            return _Loaded(info, users.list_users(s))

        self.ctx.runner.submit(load, self._show, self._failed, read_only=True)

    @Slot(object)
    def _show(self, data: _Loaded) -> None:
        chosen = set(data.appointment.participant_ids) if data.appointment else set()
        for u in data.users:
            if not u.active and u.id not in chosen:
                continue
            item = QListWidgetItem(u.full_name)
            item.setData(USER_ROLE, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            mine = u.id == self.ctx.actor.user_id and data.appointment is None
            item.setCheckState(Qt.CheckState.Checked if (u.id in chosen or mine) else Qt.CheckState.Unchecked)
            self.participants.addItem(item)
        a = data.appointment
        if a is not None:
            self.appointment = a
            self.contact_id = a.contact_id
            self.title.setText(a.title)
            self.kind.setCurrentIndex(max(self.kind.findData(a.kind), 0))
            self.start.set_value(a.start_at)
            self.duration.setValue(a.duration_minutes)
            self.place.setText(a.place)
            self.reminder.setValue(-1 if a.reminder_minutes is None else a.reminder_minutes)
            self.notes.setPlainText(a.notes)
            lines = [self.tr("Status: {status}").format(status=appointment_status_label(a.status))]
            if a.contact_name:
                lines.append(self.tr("Contact: {name}").format(name=a.contact_name))
            if a.actual_start_at is not None and a.actual_duration_minutes is not None:
                lines.append(
                    self.tr("Actually began {when}, lasted {minutes} min").format(
                        when=self.ctx.fmt_datetime(a.actual_start_at),
                        minutes=self.locale().toString(a.actual_duration_minutes),
                    )
                )
            self.info.setText("\n".join(lines))
            self.info.show()
            self.adjustSize()
            self.held_button.setEnabled(a.status == "planned")
            self.cancel_button.setEnabled(a.status == "planned")
        self.title.setFocus()
        self.loaded.emit()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)

    def participant_ids(self) -> list[int]:
        return [
            int(self.participants.item(i).data(USER_ROLE))
            for i in range(self.participants.count())
            if self.participants.item(i).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def submit(self) -> None:
        start = self.start.value()
        if start is None:
            self.start.setFocus()
            return
        actor, aid, contact_id = self.ctx.actor, self.appointment_id, self.contact_id
        title, kind, place, notes = self.title.text(), str(self.kind.currentData()), self.place.text(), ""
        notes = self.notes.toPlainText()
        duration = self.duration.value()
        reminder = None if self.reminder.value() < 0 else self.reminder.value()
        people = self.participant_ids()

        def job(s: Session) -> AppointmentInfo:
            if aid is None:
                return appointments.create_appointment(
                    s,
                    actor,
                    title,
                    start,
                    duration,
                    kind=kind,
                    contact_id=contact_id,
                    participant_ids=people,
                    place=place,
                    notes=notes,
                    reminder_minutes=reminder,
                )
            return appointments.update_appointment(
                s,
                actor,
                aid,
                title=title,
                start_at=start,
                duration_minutes=duration,
                kind=kind,
                participant_ids=people,
                place=place,
                notes=notes,
                reminder_minutes=reminder,
            )

        self.save_button.setEnabled(False)
        self.ctx.runner.submit(job, self._saved, self._failed)

    @Slot(object)
    def _saved(self, a: AppointmentInfo) -> None:
        self.appointment_id = a.id
        self.changed.emit(a.id)
        self.accept()

    @Slot()
    def ask_held(self) -> None:
        a = self.appointment
        if a is None:
            return
        dialog = HeldDialog(self.ctx, a, self)
        dialog.accepted.connect(
            lambda: self.record_held(dialog.start.value() or a.start_at, dialog.minutes.value())
        )
        dialog.open()

    def record_held(self, start: dt.datetime, minutes: int) -> None:
        actor, aid = self.ctx.actor, self.appointment_id
        if aid is None:
            return
        self.ctx.runner.submit(
            lambda s: appointments.record_held(s, actor, aid, start, minutes), self._saved, self._failed
        )

    @Slot()
    def cancel_appointment(self) -> None:
        actor, aid = self.ctx.actor, self.appointment_id
        if aid is None:
            return
        self.ctx.runner.submit(
            lambda s: appointments.cancel_appointment(s, actor, aid), self._saved, self._failed
        )


class HeldDialog(QDialog):
    """The actual start and duration of a meeting."""

    def __init__(self, ctx: UiContext, a: AppointmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The meeting took place"))
        self.start = DateTimeField(ctx)
        self.start.set_value(a.actual_start_at or min(a.start_at, utcnow()))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, appointments.MAX_MINUTES)
        self.minutes.setValue(a.actual_duration_minutes or a.duration_minutes)
        self.minutes.setSuffix(self.tr(" min"))
        form = QFormLayout(self)
        form.addRow(self.tr("Actual &start:"), self.start)
        form.addRow(self.tr("Actual &duration:"), self.minutes)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)


class ItemReminderDialog(QDialog):
    """A task's due time or an appointment coming up: Open / Remind me in 10 minutes / Dismiss."""

    open_requested = Signal(str, int)

    def __init__(self, ctx: UiContext, reminder: ItemReminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reminder = reminder
        self.setWindowTitle(self.tr("Reminder"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        kind = self.tr("Task") if reminder.item_type == "task" else self.tr("Appointment")
        title = QLabel(f"<b>{kind}</b> — {reminder.title}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        when = ctx.fmt_datetime(reminder.event_at)
        if reminder.item_type == "task":
            text = self.tr("Late: was due {when}") if reminder.late else self.tr("Due {when}")
        else:
            text = self.tr("Late reminder: starts {when}") if reminder.late else self.tr("Starts {when}")
        self.when_label = QLabel(text.format(when=when))
        place = QLabel(self.tr("Place: {place}").format(place=reminder.place))
        place.setVisible(bool(reminder.place))
        box = QDialogButtonBox()
        self.open_button = box.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.snooze_button = box.addButton(
            self.tr("Remind me in 10 minutes"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.done_button = box.addButton(self.tr("Dismiss"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.clicked.connect(
            lambda: self.open_requested.emit(reminder.item_type, reminder.item_id)
        )
        self.snooze_button.clicked.connect(lambda: self._answer(utcnow() + SNOOZE))
        self.done_button.clicked.connect(lambda: self._answer(None))
        layout = QVBoxLayout(self)
        for w in (title, self.when_label, place, box):
            layout.addWidget(w)

    def _answer(self, until: dt.datetime | None) -> None:
        actor, r = self.ctx.actor, self.reminder
        self.ctx.runner.submit(
            lambda s: tasks.ack_reminder(s, actor, r.item_type, r.item_id, r.at, until),
            lambda _r: self.accept(),
            lambda exc: show_error(self, exc),
        )
