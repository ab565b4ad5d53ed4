"""Letters' clock on a real store: scheduled sends go out, reminders pop up (late after a restart),
snooze and done."""

from __future__ import annotations

import datetime as dt

import pytest
from contacts_fixtures import QT_STRICT, contacts_ctx  # noqa: F401
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sivadesk.models import utcnow
from sivadesk.ops import letter_workflow, letters, registers
from sivadesk.ui.context import UiContext
from sivadesk.ui.letter_timers import LetterTimers

pytestmark = QT_STRICT


@pytest.fixture
def ctx(contacts_ctx: UiContext) -> UiContext:  # noqa: F811
    return contacts_ctx


def _registered(ctx: UiContext, subject: str) -> int:
    with ctx.db.session() as s:
        reg = registers.create_register(
            s, ctx.actor, "Départ", f"D{subject[:3].upper()}", "outbound", "D-{seq}", reset="never"
        )
        x = letters.create_draft(s, ctx.actor, reg.id, subject)
        return letters.register_letter(s, ctx.actor, x.id, dt.date(2026, 11, 23)).id


def test_a_scheduled_letter_is_sent_when_its_time_has_come(qtbot: QtBot, ctx: UiContext) -> None:
    letter_id = _registered(ctx, "Devis")
    with ctx.db.session() as s:
        letter_workflow.schedule_send(s, ctx.actor, letter_id, utcnow() + dt.timedelta(hours=1))
    window = QWidget()
    qtbot.addWidget(window)
    timers = LetterTimers(ctx, window)
    timers.tick()
    qtbot.waitUntil(lambda: ctx.runner.pending == 0)
    assert timers.sent == []
    with ctx.db.session() as s:
        letter_workflow.schedule_send(s, ctx.actor, letter_id, utcnow() - dt.timedelta(seconds=1))
    timers.tick()
    qtbot.waitUntil(lambda: timers.sent == [letter_id])
    with ctx.db.read_session() as s:
        assert letters.get_letter(s, ctx.actor, letter_id).status == "sent"


def test_a_reminder_missed_while_closed_pops_up_late_then_snooze_and_done(
    qtbot: QtBot, ctx: UiContext
) -> None:
    letter_id = _registered(ctx, "Relance")
    with ctx.db.session() as s:
        letter_workflow.set_reminder(
            s, ctx.actor, letter_id, utcnow() - dt.timedelta(hours=3), "Appeler M. Martin"
        )
    window = QWidget()
    qtbot.addWidget(window)
    timers = LetterTimers(ctx, window)
    with qtbot.waitSignal(timers.reminded, timeout=10000) as shown:
        timers.start(first_after_ms=0)
    assert shown.args[0].late
    dialog = timers.dialogs[letter_id]
    assert dialog.when_label.text().startswith("Late")
    timers.tick()  # still due, already on screen: not shown twice
    qtbot.waitUntil(lambda: ctx.runner.pending == 0)
    assert len(timers.dialogs) == 1
    dialog.snooze()
    qtbot.waitUntil(lambda: letter_id not in timers.dialogs)
    with ctx.db.read_session() as s:
        assert letter_workflow.due_reminders(s, ctx.actor, utcnow()) == []
        later = letter_workflow.due_reminders(s, ctx.actor, utcnow() + dt.timedelta(minutes=11))
    assert [r.letter_id for r in later] == [letter_id]
    with qtbot.waitSignal(timers.reminded, timeout=10000):
        with ctx.db.session() as s:
            letter_workflow.set_reminder(s, ctx.actor, letter_id, utcnow(), "Appeler M. Martin")
        timers.tick()
    timers.dialogs[letter_id].dismiss()
    qtbot.waitUntil(lambda: letter_id not in timers.dialogs)
    with ctx.db.read_session() as s:
        assert letter_workflow.due_reminders(s, ctx.actor, utcnow() + dt.timedelta(days=1)) == []
    timers.stop()
