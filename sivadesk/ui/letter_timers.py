"""The clock behind letters: scheduled sends are marked sent when their time comes, and the
signed-in user's letter reminders pop up (those that fell due while the app was closed pop up at
the next start, marked late).

Every desktop runs the timer; :func:`sivadesk.ops.letter_workflow.send_due` takes each due letter
once (row locks on PostgreSQL, ``BEGIN IMMEDIATE`` on SQLite), so two desktops never send one twice.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from sivadesk.models import utcnow
from sivadesk.ops import appointments, letter_workflow
from sivadesk.ops.letter_workflow import ReminderInfo
from sivadesk.ops.tasks import ItemReminder
from sivadesk.textnorm import to_persian_digits
from sivadesk.ui.appointment_dialog import ItemReminderDialog
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error

log = logging.getLogger(__name__)

INTERVAL_MS = 30_000
FIRST_TICK_MS = 3_000
SNOOZE = dt.timedelta(minutes=10)


class ReminderDialog(QDialog):
    """One reminder: the letter, the note, Open / Remind me in 10 minutes / Done."""

    open_requested = Signal(int)

    def __init__(self, ctx: UiContext, reminder: ReminderInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reminder = reminder
        self.setWindowTitle(self.tr("Reminder"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        number = to_persian_digits(reminder.number) if ctx.language == "fa" else reminder.number
        draft = self.tr("(draft)")  # outside the f-string, where lupdate sees it
        title = QLabel(f"<b>{number or draft}</b> — {reminder.subject}")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setWordWrap(True)
        when = ctx.fmt_datetime(reminder.at)
        self.when_label = QLabel(
            self.tr("Late: due {when}").format(when=when)
            if reminder.late
            else self.tr("Due {when}").format(when=when)
        )
        note = QLabel(reminder.note)
        note.setWordWrap(True)
        note.setVisible(bool(reminder.note))
        box = QDialogButtonBox()
        self.open_button = box.addButton(self.tr("Open the letter"), QDialogButtonBox.ButtonRole.ActionRole)
        self.snooze_button: QPushButton = box.addButton(
            self.tr("Remind me in 10 minutes"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.done_button = box.addButton(self.tr("Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.clicked.connect(lambda: self.open_requested.emit(reminder.letter_id))
        self.snooze_button.clicked.connect(self.snooze)
        self.done_button.clicked.connect(self.dismiss)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.when_label)
        layout.addWidget(note)
        layout.addWidget(box)

    @Slot()
    def dismiss(self) -> None:
        actor, letter_id = self.ctx.actor, self.reminder.letter_id
        self.ctx.runner.submit(
            lambda s: letter_workflow.dismiss_reminder(s, actor, letter_id),
            lambda _r: self.accept(),
            lambda exc: show_error(self, exc),
        )

    @Slot()
    def snooze(self) -> None:
        actor, r = self.ctx.actor, self.reminder
        at = utcnow() + SNOOZE
        self.ctx.runner.submit(
            lambda s: letter_workflow.set_reminder(s, actor, r.letter_id, at, r.note),
            lambda _r: self.accept(),
            lambda exc: show_error(self, exc),
        )


class LetterTimers(QObject):
    """Runs on every desktop: send what is scheduled, show this user's due reminders."""

    #: a reminder dialog is on screen (tests wait on it)
    reminded = Signal(object)
    open_requested = Signal(int)
    #: a task or appointment reminder's "Open": (item type, item id)
    item_open_requested = Signal(str, int)

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.dialogs: dict[int, ReminderDialog] = {}
        # task due times and appointment reminders (sivadesk.ops.appointments.all_due_reminders)
        self.item_dialogs: dict[tuple[str, int], ItemReminderDialog] = {}
        self.sent: list[int] = []
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.tick)

    def start(self, first_after_ms: int = FIRST_TICK_MS) -> None:
        """Tick every 30 s; the first tick (what fell due while the app was closed) comes once the
        start-up reads are done, so it never delays the first screen."""
        self.timer.start()
        QTimer.singleShot(first_after_ms, self.tick)

    def stop(self) -> None:
        self.timer.stop()
        for dialog in list(self.dialogs.values()):
            dialog.close()
        for item_dialog in list(self.item_dialogs.values()):
            item_dialog.close()

    @Slot()
    def tick(self) -> None:
        actor = self.ctx.actor

        def work(s: Session) -> tuple[list[int], list[ReminderInfo], list[ItemReminder]]:
            now = utcnow()
            sent = [x.id for x in letter_workflow.send_due(s, now)] if actor.can("letters.send") else []
            return (
                sent,
                letter_workflow.due_reminders(s, actor, now),
                appointments.all_due_reminders(s, actor, now),
            )

        self.ctx.runner.submit(work, self._due, self._failed)

    def _failed(self, exc: Exception) -> None:
        log.error("letter timers failed: %s", exc)  # a store hiccup: the next tick tries again

    def _due(self, result: tuple[list[int], list[ReminderInfo], list[ItemReminder]]) -> None:
        sent, reminders, item_reminders = result
        for r in item_reminders:
            key = (r.item_type, r.item_id)
            if key in self.item_dialogs:
                continue
            item_dialog = ItemReminderDialog(self.ctx, r, self.window)
            item_dialog.open_requested.connect(self.item_open_requested)
            item_dialog.finished.connect(lambda _r, k=key: self.item_dialogs.pop(k, None))
            self.item_dialogs[key] = item_dialog
            item_dialog.show()
            self.reminded.emit(r)
        if sent:
            log.info("scheduled letters sent: %s", sent)
            self.sent += sent
        for reminder in reminders:
            if reminder.letter_id in self.dialogs:
                continue
            dialog = ReminderDialog(self.ctx, reminder, self.window)
            dialog.open_requested.connect(self.open_requested)
            dialog.finished.connect(lambda _r, lid=reminder.letter_id: self.dialogs.pop(lid, None))
            self.dialogs[reminder.letter_id] = dialog
            dialog.show()
            self.reminded.emit(reminder)
