"""Task and appointment screens offscreen against the real stores: the task dialog creates and refers
a task, shows it read-only to someone who may not edit it, marks it done; the appointment dialog
plans one; the calendar shows it in the right day column (Jalali week from Saturday); the reminder
pop-up dismisses. Screenshots in English and Persian go to ``$SIVADESK_SCREENSHOTS``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, make_ctx, out_dir

from sivadesk.db import Database
from sivadesk.models import Role, utcnow
from sivadesk.ops import appointments, referrals, tasks, users
from sivadesk.ops.context import Actor
from sivadesk.ops.referrals import Target
from sivadesk.ops.tasks import ItemReminder
from sivadesk.textnorm import to_persian_digits
from sivadesk.ui.appointment_dialog import AppointmentDialog, ItemReminderDialog
from sivadesk.ui.calendar_view import CalendarView, week_start
from sivadesk.ui.context import UiContext
from sivadesk.ui.i18n import install_language
from sivadesk.ui.task_dialog import TaskDialog

pytestmark = QT_MARKS


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    lang = install_language(qapp, "fa")
    yield
    lang.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(font)
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    with db.session() as s:
        info = users.create_user(s, admin, "sara", "Sara Karimi", "correct horse", Role.AGENT)
    return Actor(info.id, info.username, Role.AGENT, info.full_name)


@pytest.fixture
def admin_ctx(qtbot: QtBot, db: Database, admin: Actor) -> Iterator[UiContext]:
    yield from make_ctx(qtbot, db, admin)


def _seen(db: Database, actor: Actor, task_id: int) -> bool:
    with db.read_session() as s:
        nodes = referrals.history(s, actor, "task", task_id)
    mine = [n.step for n in nodes if n.step.to_user_id == actor.user_id]
    return bool(mine) and all(step.seen_at is not None for step in mine)


def _uid(a: Actor) -> int:
    assert a.user_id is not None
    return a.user_id


def test_task_dialog_creates_refers_and_completes(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor
) -> None:
    dialog = TaskDialog(admin_ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    dialog.title.setText("Appeler le fournisseur")
    dialog.description.setPlainText("Demander le délai de livraison")
    dialog.priority.setCurrentIndex(dialog.priority.findData("high"))
    dialog.search.setText("kari")  # Sara Karimi
    visible = [
        dialog.targets.item(i).text()
        for i in range(dialog.targets.count())
        if not dialog.targets.item(i).isHidden()
    ]
    assert visible == ["Sara Karimi"]
    assert dialog.choose(Target.user(_uid(agent)))
    with qtbot.waitSignal(dialog.changed, timeout=10000) as sig:
        dialog.submit()
    task_id = int(sig.args[0])
    with db.read_session() as s:
        t = tasks.get_task(s, agent, task_id)
    assert (t.title, t.priority, t.holder_ids) == ("Appeler le fournisseur", "high", (agent.user_id,))
    # a manager who is neither creator nor holder sees it read-only
    with db.session() as s:
        boss_info = users.create_user(s, admin_ctx.actor, "boss", "Boss", "correct horse", Role.MANAGER)
    boss = Actor(boss_info.id, boss_info.username, Role.MANAGER, boss_info.full_name)
    for ctx in make_ctx(qtbot, db, boss):
        view = TaskDialog(ctx, task_id)
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.loaded, timeout=10000):
            pass
        assert not view.title.isEnabled() and not view.save_button.isEnabled()
        assert not view.delete_button.isEnabled()
        view.close()
    # the holder completes it with a note
    for ctx in make_ctx(qtbot, db, agent):
        mine = TaskDialog(ctx, task_id)
        qtbot.addWidget(mine)
        with qtbot.waitSignal(mine.loaded, timeout=10000):
            pass
        assert mine.save_button.isEnabled() and mine.done_button.isEnabled()
        qtbot.waitUntil(lambda: _seen(db, agent, task_id), timeout=10000)  # opening it marks the step seen
        with qtbot.waitSignal(mine.changed, timeout=10000):
            mine.complete("Livraison le 3")
    with db.read_session() as s:
        assert tasks.get_task(s, admin_ctx.actor, task_id).status == "done"


def test_appointment_dialog_calendar_and_reminder(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor
) -> None:
    dialog = AppointmentDialog(admin_ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        pass
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    dialog.title.setText("Réunion budget")
    dialog.start.set_value(dt.datetime.combine(tomorrow, dt.time(14, 30)).astimezone())
    dialog.duration.setValue(45)
    dialog.place.setText("Salle 1")
    for i in range(dialog.participants.count()):
        item = dialog.participants.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == agent.user_id:
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.changed, timeout=10000) as sig:
        dialog.submit()
    aid = int(sig.args[0])
    with db.read_session() as s:
        a = appointments.get_appointment(s, agent, aid)
    assert a.duration_minutes == 45 and set(a.participant_ids) == {admin_ctx.actor.user_id, agent.user_id}
    assert a.start_at.astimezone().time() == dt.time(14, 30)

    view = CalendarView(admin_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show_date(tomorrow, "week")
    col = (tomorrow - week_start(tomorrow, admin_ctx.calendar)).days
    assert view.lists[col].count() == 1 and "Réunion budget" in view.lists[col].item(0).text()
    assert sum(lst.count() for lst in view.lists) == 1
    with db.session() as s:  # a task due the same day shows in that day's column
        tasks.create_task(
            s,
            admin_ctx.actor,
            "Envoyer l'ordre du jour",
            due_at=dt.datetime.combine(tomorrow, dt.time(11)).astimezone(),
        )
    view.refresh()
    qtbot.waitUntil(lambda: view.lists[col].count() == 2, timeout=10000)
    texts = [view.lists[col].item(i).text() for i in range(view.lists[col].count())]
    assert "Envoyer l'ordre du jour" in texts[1] and "Task due" in texts[1]
    view.set_mode("day")
    qtbot.waitUntil(lambda: len(view.lists) == 1 and view.lists[0].count() == 2, timeout=10000)

    reminder = ItemReminder("appointment", aid, "Réunion budget", utcnow(), a.start_at, "Salle 1", True)
    pop = ItemReminderDialog(admin_ctx, reminder)
    qtbot.addWidget(pop)
    assert "Late" in pop.when_label.text()
    with qtbot.waitSignal(pop.accepted, timeout=10000):
        pop.done_button.click()
    with db.read_session() as s:
        assert appointments.due_reminders(s, admin_ctx.actor, utcnow()) == []


def test_week_starts_on_saturday_in_jalali() -> None:
    wed = dt.date(2026, 11, 25)
    assert week_start(wed, "jalali") == dt.date(2026, 11, 21)  # Saturday
    assert week_start(wed, "gregorian") == dt.date(2026, 11, 23)  # Monday


def _screens(qtbot: QtBot, db: Database, ctx: UiContext, agent: Actor, target: Path, lang: str) -> None:
    today = dt.date.today()
    with db.session() as s:
        for h, title in ((9, "Comité de direction"), (15, "Visite client")):
            appointments.create_appointment(
                s,
                ctx.actor,
                title,
                dt.datetime.combine(today, dt.time(h, 0)).astimezone(),
                60,
                participant_ids=[_uid(agent)],
                place="Salle 2",
            )
        t = tasks.create_task(
            s,
            ctx.actor,
            "Préparer le devis",
            description="Pour le client Pars",
            targets=[Target.user(_uid(agent))],
        )
    dialog = TaskDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.show()
    dialog.title.setText("Préparer le devis")
    assert dialog.grab().save(str(target / f"task-dialog-{lang}.png"))
    existing = TaskDialog(ctx, t.id)
    qtbot.addWidget(existing)
    with qtbot.waitSignal(existing.loaded, timeout=10000):
        existing.show()
    assert existing.grab().save(str(target / f"task-existing-{lang}.png"))
    appt = AppointmentDialog(ctx)
    qtbot.addWidget(appt)
    with qtbot.waitSignal(appt.loaded, timeout=10000):
        appt.show()
    appt.title.setText("Visite client")
    t = appt.start.time.time()  # hours before minutes, also right to left
    assert to_persian_digits(appt.start.time.text()) == to_persian_digits(f"{t.hour():02d}:{t.minute():02d}")
    assert appt.grab().save(str(target / f"appointment-dialog-{lang}.png"))
    view = CalendarView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 420)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.show()
    assert view.grab().save(str(target / f"calendar-week-{lang}.png"))
    from sivadesk.ui.cartable_panel import CartablePanel

    with db.session() as s:
        tasks.create_task(s, agent, "Vérifier la facture", targets=[Target.user(_uid(ctx.actor))])
    panel = CartablePanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.refresh()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=10000)
    assert panel.grab().save(str(target / f"cartable-{lang}.png"))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshots_english(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, tmp_path: Path
) -> None:
    _screens(qtbot, db, admin_ctx, agent, out_dir(tmp_path), "en")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshots_persian(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, persian: None, tmp_path: Path
) -> None:
    admin_ctx.settings.set("language", "fa")
    admin_ctx.settings.set("calendar", "jalali")
    _screens(qtbot, db, admin_ctx, agent, out_dir(tmp_path), "fa")


def test_late_task_and_appointment_reminders_pop_up_at_start(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor
) -> None:
    from sqlalchemy import update

    from sivadesk.models.tasks import Task
    from sivadesk.ui.cartable_panel import CartablePanel
    from sivadesk.ui.letter_timers import LetterTimers

    with db.session() as s:
        t = tasks.create_task(s, admin_ctx.actor, "Relancer Pars", due_at=utcnow() + dt.timedelta(hours=1))
        a = appointments.create_appointment(
            s, admin_ctx.actor, "Comité", utcnow() + dt.timedelta(minutes=20), 60, reminder_minutes=30
        )
    with db.session() as s:  # the app was closed when the task fell due
        s.execute(update(Task).where(Task.id == t.id).values(due_at=utcnow() - dt.timedelta(hours=3)))
    window = QWidget()
    qtbot.addWidget(window)
    timers = LetterTimers(admin_ctx, window)
    shown: list[object] = []
    timers.reminded.connect(shown.append)
    timers.start()
    qtbot.waitUntil(lambda: len(timers.item_dialogs) == 2, timeout=10000)
    task_pop = timers.item_dialogs.get(("task", t.id))
    assert task_pop is not None and "Late" in task_pop.when_label.text()
    timers.stop()
    by_type = {r.item_type: r for r in shown if isinstance(r, ItemReminder)}
    assert by_type["task"].item_id == t.id and by_type["task"].late
    assert by_type["appointment"].item_id == a.id and by_type["appointment"].late  # due 10 minutes ago
    # the cartable lists the appointment as upcoming and shows referred tasks as "Task"
    with db.session() as s:
        checked = tasks.create_task(
            s, agent, "Vérifier la facture", targets=[Target.user(admin_ctx.actor.user_id or 0)]
        )
    panel = CartablePanel(admin_ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10000):
        panel.refresh()
    row = panel.list.topLevelItem(0)
    assert (row.text(0), row.text(1), row.text(2)) == (f"#{checked.id}", "Vérifier la facture", "Sara Karimi")
    assert panel.upcoming.count() == 1 and "Comité" in panel.upcoming.item(0).text()


def test_contact_file_new_task_and_appointment_reach_the_timeline(
    qtbot: QtBot, db: Database, admin_ctx: UiContext
) -> None:
    from sivadesk.ops import activity, contacts
    from sivadesk.ui.contact_file import find_contact_file, open_contact_file

    with db.session() as s:
        cid = contacts.create_contact(
            s, admin_ctx.actor, contacts.ContactInput(first_name="Hamid", last_name="Rezaei")
        ).id
    open_contact_file(admin_ctx, cid, None)
    window = find_contact_file(admin_ctx, cid)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loads > 0 and window.task_button.isEnabled(), timeout=10000)
    window.new_task()
    dialog = window.task_dialog
    dialog.title.setText("Envoyer le catalogue")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        dialog.submit()
    window.new_appointment()
    appt = window.appointment_dialog
    assert appt.kind.currentData() == "external"
    with qtbot.waitSignal(appt.loaded, timeout=10000):
        pass
    appt.title.setText("Visite chez Hamid")
    with qtbot.waitSignal(appt.changed, timeout=10000):
        appt.submit()
    with db.read_session() as s:
        kinds = {(x.kind, x.title) for x in activity.timeline(s, admin_ctx.actor, cid)}
    assert {("task", "Envoyer le catalogue"), ("appointment", "Visite chez Hamid")} <= kinds


def test_main_window_exports_the_workload_report(
    qtbot: QtBot, db: Database, admin_ctx: UiContext, agent: Actor, tmp_path: Path
) -> None:
    from sivadesk.ui.main_window import MainWindow

    with db.session() as s:
        tasks.create_task(s, admin_ctx.actor, "Rappeler", targets=[Target.user(_uid(agent))])
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    assert window.workload_action.isEnabled()
    target = tmp_path / "workload.csv"
    window.export_workload_to(target)
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(lambda: admin_ctx.runner.pending == 0, timeout=10000)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("user,") and "Sara Karimi,1,0,0,,0" in lines
    window.close()


def test_an_invited_participant_is_told(qtbot: QtBot, db: Database, admin: Actor, agent: Actor) -> None:
    from sqlalchemy import select

    from sivadesk.models import Event
    from sivadesk.ops.records import EventInfo
    from sivadesk.ui.main_window import MainWindow

    with db.session() as s:
        appointments.create_appointment(
            s, admin, "Point hebdo", utcnow() + dt.timedelta(days=1), participant_ids=[_uid(agent)]
        )
    with db.read_session() as s:
        e = s.scalars(select(Event).where(Event.topic == "appointment.changed")).one()
        event = EventInfo(e.id, e.topic, e.entity, e.entity_id, dict(e.payload), e.user_id, e.created_at)
    for ctx in make_ctx(qtbot, db, agent):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window._feed_events([event])
        assert "invited" in window.statusBar().currentMessage()
        window.close()
    for ctx in make_ctx(qtbot, db, admin):  # the organiser is not told about their own appointment
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window._feed_events([event])
        assert "invited" not in window.statusBar().currentMessage()
        window.close()
