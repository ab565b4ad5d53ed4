"""The caller's pop-up: which desktops show it, what it shows, its actions, focus, stacking, Persian.

Calls are recorded through the real ``record_event`` path and reach the pop-up manager through the
real change feed (SQLite polling, PostgreSQL LISTEN/NOTIFY); every test runs on both stores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from calls_fixtures import add_person, hook, ring, watch
from contacts_fixtures import language  # noqa: F401  (fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, out_dir
from sqlalchemy import select

from sivadesk.db import Database
from sivadesk.models import Activity
from sivadesk.models.calls import Call
from sivadesk.ops import calls
from sivadesk.ops.context import Actor
from sivadesk.ui.call_popup import CallPopup, NoteDialog, PopupView
from sivadesk.ui.call_popup_manager import PopupManager
from sivadesk.ui.contact_edit import ContactEditDialog
from sivadesk.ui.context import UiContext
from sivadesk.ui.feed import FeedSubscriber

pytestmark = QT_MARKS


@pytest.fixture
def feed(qtbot: QtBot, db: Database) -> Iterator[FeedSubscriber]:
    sub = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(sub.started, timeout=10000):
        sub.start()
    yield sub
    sub.stop()


def manager_for(qtbot: QtBot, ctx: UiContext, feed: FeedSubscriber) -> PopupManager:
    manager = PopupManager(ctx)
    qtbot.waitUntil(lambda: manager.watched is not None, timeout=10000)
    feed.topic_event.connect(lambda topic, ev: manager.on_feed_event(ev) if topic == "call" else None)
    return manager


def close_all(manager: PopupManager) -> None:
    manager.stop()


def test_pops_up_for_a_watched_line_only(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, agent_ctx: UiContext, feed: FeedSubscriber
) -> None:
    claire = add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78", org="Atelier Martin")
    watch(db, agent, "1")
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        ring(db, "0699999999", line=2)  # a line the agent does not watch
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            call = ring(db, "0612345678", line=1)
        card: CallPopup = shown.args[0]
        assert len(manager.cards) == 1 and card.view.call_id == call.id and card.isVisible()
        qtbot.waitUntil(lambda: card.view.enriched, timeout=10000)
        assert card.name_label.text() == "Claire Martin" and card.view.contact_id == claire
        assert card.company_label.text() == "Atelier Martin"
        assert "06 12 34 56 78" in card.number_label.text()
        assert card.fact_values["calls_today"].text() == "1"
        assert card.fact_values["letters"].text() == "0"
        assert card.fact_values["last_call"].text() == "First call"
        # Everything the agent can do with a known caller is offered, and the unknown-caller actions are not.
        shown_buttons = {
            b.objectName() for b in card.findChildren(type(card.open_button)) if not b.isHidden()
        }
        assert {"open", "edit", "note", "took"} <= shown_buttons
        assert not {"create", "link"} & shown_buttons
    finally:
        close_all(manager)


def test_every_line_when_none_is_watched_and_no_popup_for_outgoing(
    qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext, feed: FeedSubscriber
) -> None:
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        assert manager.watched == frozenset()
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            ring(db, "0698765432", line=3)
        card = shown.args[0]
        assert card.view.line == "3" and card.name_label.text() == "Unknown caller"
        qtbot.waitUntil(lambda: card.view.enriched, timeout=10000)
        visible = {b.objectName() for b in card.findChildren(type(card.open_button)) if not b.isHidden()}
        assert {"create", "link", "took"} <= visible and "note" not in visible
        # An answered call changes the card's state, it does not add a card.
        hook(db, 3, "off_hook")
        qtbot.waitUntil(lambda: card.state_label.text() == "On call", timeout=10000)
        assert len(manager.cards) == 1
    finally:
        close_all(manager)


def test_i_took_it_records_the_agent(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, agent_ctx: UiContext, feed: FeedSubscriber
) -> None:
    add_person(db, admin, "Reza", "Karimi", "+98 912 345 6789")
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            call = ring(db, "+989123456789", line=1)
        card: CallPopup = shown.args[0]
        qtbot.waitUntil(lambda: card.took_button.isVisible(), timeout=10000)
        card.took_button.click()
        qtbot.waitUntil(lambda: card.answered_label.isVisible(), timeout=10000)
        assert card.answered_label.text() == "Taken by Agent Smith"
        assert card.took_button.isHidden()
        with db.read_session() as s:
            row = s.get(Call, call.id)
            assert row is not None and row.answered_by_id == agent.user_id and not row.missed
    finally:
        close_all(manager)


def test_note_goes_on_the_callers_timeline(
    qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext, feed: FeedSubscriber
) -> None:
    claire = add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            call = ring(db, "0612345678")
        card: CallPopup = shown.args[0]
        qtbot.waitUntil(lambda: card.note_button.isVisible(), timeout=10000)
        card.note_button.click()
        dialog = card.note_dialog
        assert isinstance(dialog, NoteDialog) and dialog.isVisible()
        dialog.edit.setPlainText("Wants a quote for the kitchen\nCall back Monday")
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            dialog.save_button.click()
        with db.read_session() as s:
            notes = [
                (n.title, n.item_type, n.item_id, n.body)
                for n in s.scalars(
                    select(Activity).where(Activity.contact_id == claire, Activity.kind == "note")
                )
            ]
        assert notes == [
            (
                "Wants a quote for the kitchen",
                "call",
                call.id,
                "Wants a quote for the kitchen\nCall back Monday",
            )
        ]
    finally:
        close_all(manager)


def test_create_contact_for_an_unknown_number_is_prefilled_and_links_the_call(
    qtbot: QtBot, db: Database, admin: Actor, admin_ctx: UiContext, feed: FeedSubscriber
) -> None:
    manager = manager_for(qtbot, admin_ctx, feed)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            call = ring(db, "0145678901", name="DUPONT JEAN")
        card: CallPopup = shown.args[0]
        qtbot.waitUntil(lambda: card.create_button.isVisible(), timeout=10000)
        card.create_button.click()
        dialog = card.create_dialog
        assert isinstance(dialog, ContactEditDialog) and dialog.isVisible()
        assert dialog.phones.rows()[0][0] == "01 45 67 89 01"
        assert (dialog.first_name.text(), dialog.last_name.text()) == ("DUPONT", "JEAN")
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            dialog.save()
        qtbot.waitUntil(lambda: card.view.contact_id is not None and card.view.enriched, timeout=10000)
        assert card.name_label.text() == "DUPONT JEAN"
        with db.read_session() as s:
            row = s.get(Call, call.id)
            assert row is not None and row.contact_id == card.view.contact_id and not row.unknown
    finally:
        close_all(manager)


def test_link_an_unknown_caller_to_an_existing_contact(
    qtbot: QtBot, db: Database, admin: Actor, admin_ctx: UiContext, feed: FeedSubscriber
) -> None:
    sara = add_person(db, admin, "Sara", "Ahmadi")
    manager = manager_for(qtbot, admin_ctx, feed)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            call = ring(db, "0478123456")
        card: CallPopup = shown.args[0]
        qtbot.waitUntil(lambda: card.link_button.isVisible(), timeout=10000)
        card.link_button.click()
        palette = card.link_dialog
        palette.edit.setText("Ahmadi")
        qtbot.waitUntil(lambda: palette.list.count() == 1, timeout=10000)
        palette.contact_chosen.emit(sara)
        qtbot.waitUntil(lambda: card.view.contact_id == sara and card.view.enriched, timeout=10000)
        palette.close()
        assert card.name_label.text() == "Sara Ahmadi"
        with db.read_session() as s:
            assert calls.get_call(s, admin, call.id).contact_id == sara
    finally:
        close_all(manager)


def test_never_takes_the_keyboard_focus_and_stacks(
    qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext, feed: FeedSubscriber
) -> None:
    typing = QWidget()
    edit = QLineEdit(typing)
    QVBoxLayout(typing).addWidget(edit)
    qtbot.addWidget(typing)
    typing.show()
    typing.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit, timeout=5000)
    qtbot.keyClicks(edit, "Bonjour")
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000):
            ring(db, "0612000001", line=1)
        with qtbot.waitSignal(manager.popup_shown, timeout=10000):
            ring(db, "0612000002", line=2)
        assert len(manager.cards) == 2
        first, second = manager.cards
        assert QApplication.focusWidget() is edit
        qtbot.keyClicks(edit, " Madame")
        assert edit.text() == "Bonjour Madame"
        assert not first.geometry().intersects(second.geometry())
        assert second.geometry().top() > first.geometry().top()  # the newest in the corner, older above
        first.close_button.click()
        qtbot.waitUntil(lambda: manager.cards == [second], timeout=5000)
    finally:
        close_all(manager)


def test_listener_desktop_shows_the_decoded_record_at_once_then_the_stored_call(
    qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext, feed: FeedSubscriber
) -> None:
    add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        card = manager.show_local(PopupView(line="1", number_raw="0612345678", network_name="MARTIN C"))
        assert card is not None and card.isVisible() and card.view.call_id is None
        assert card.name_label.text() == "Unknown caller" and "06 12 34 56 78" in card.number_label.text()
        call = ring(db, "0612345678", line=1)
        manager.attach_call(call)
        qtbot.waitUntil(lambda: card.view.enriched, timeout=10000)
        assert card.view.call_id == call.id and card.name_label.text() == "Claire Martin"
        qtbot.wait(400)  # the feed's own "ringing" events arrive meanwhile: still one card
        assert manager.cards == [card]
        # The unit repeats the caller ID while the line still rings: no second card.
        assert manager.show_local(PopupView(line="1", number_raw="0612345678")) is None
        assert manager.cards == [card]
    finally:
        close_all(manager)


@pytest.mark.parametrize("code", ["en", "fa"])
def test_render(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    agent_ctx: UiContext,
    feed: FeedSubscriber,
    language: Callable[[str], None],  # noqa: F811
    code: str,
    tmp_path: Path,
) -> None:
    language(code)
    if code == "fa":
        agent_ctx.settings.set("language", "fa")
        agent_ctx.settings.set("calendar", "jalali")
    add_person(db, admin, "رضا", "کریمی", "+98 912 345 6789", org="بازرگانی کریمی")
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            ring(db, "+989123456789", line=1)
        card: CallPopup = shown.args[0]
        qtbot.waitUntil(lambda: card.view.enriched, timeout=10000)
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown2:
            ring(db, "0611223344", line=2)
        second: CallPopup = shown2.args[0]
        qtbot.waitUntil(lambda: second.view.enriched, timeout=10000)
        if code == "fa":
            assert card.layoutDirection().name == "RightToLeft"
            assert card.name_label.text() == "رضا کریمی"
        card.grab().save(str(out_dir(tmp_path) / f"call-popup-{code}.png"))
        second.grab().save(str(out_dir(tmp_path) / f"call-popup-unknown-{code}.png"))
    finally:
        close_all(manager)


def test_settings_choose_watched_lines_and_units(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, agent_ctx: UiContext
) -> None:
    from sivadesk.devices.callerid.simulate import PtyModem
    from sivadesk.ui.callerid_host import CallerIdHost, Source
    from sivadesk.ui.callerid_settings import CallerIdSettingsBox

    ring(db, "0611111111", line=1)
    ring(db, "0622222222", line=2)
    manager = PopupManager(agent_ctx)
    host = CallerIdHost(agent_ctx, manager)
    agent_ctx.extras["callerid_host"] = host
    modem = PtyModem()
    box = CallerIdSettingsBox(agent_ctx)
    qtbot.addWidget(box)
    try:
        qtbot.waitUntil(lambda: box.lines.count() == 2, timeout=10000)
        assert box.all_lines.isChecked() and box.chosen_lines() == []
        box.all_lines.setChecked(False)
        box.lines.item(1).setCheckState(Qt.CheckState.Checked)  # line 2
        box.add_line_edit.setText("Front 3")
        box.add_line()
        assert box.chosen_lines() == ["2", "Front 3"]
        with qtbot.waitSignal(box.watched_saved, timeout=10000) as saved:
            box.save_lines_button.click()
        assert saved.args[0] == ["2", "Front 3"]
        with db.read_session() as s:
            assert calls.watched_lines(s, agent.user_id) == ["2", "Front 3"]  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: manager.watched == frozenset({"2", "Front 3"}), timeout=10000)

        box.add_unit(Source("serial", modem.path, "whozz", "Front {n}"))
        box.add_udp_button.click()
        assert [s.spec() for s in box.sources()] == [
            f"serial:{modem.path}|whozz|Front {{n}}",
            "udp:3520|ethernet|",
        ]
        box.remove_unit()  # nothing selected: nothing removed
        box.units.selectRow(1)
        box.remove_unit()
        with qtbot.waitSignal(box.sources_saved, timeout=10000):
            box.save_units_button.click()
        assert agent_ctx.settings.get("callerid_sources") == [f"serial:{modem.path}|whozz|Front {{n}}"]
        assert host.running
        qtbot.waitUntil(lambda: box.units.item(0, 4).text() == "Connected", timeout=10000)  # type: ignore[union-attr]
    finally:
        host.stop()
        manager.stop()
        modem.close()


def test_main_window_pops_up_on_call_events(
    qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext
) -> None:
    from sivadesk.models import Event
    from sivadesk.ops.records import EventInfo
    from sivadesk.ui.main_window import MainWindow

    add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    window = MainWindow(agent_ctx)
    qtbot.addWidget(window)
    assert "calls" in window.page_keys and window.simulate_call_action is None  # not a demo store
    qtbot.waitUntil(lambda: window.popups.watched is not None, timeout=10000)
    ring(db, "0612345678", line=1)
    with db.read_session() as s:
        batch = [
            EventInfo(e.id, e.topic, e.entity, e.entity_id, dict(e.payload), e.user_id, e.created_at)
            for e in s.scalars(select(Event).order_by(Event.id))
        ]
    with qtbot.waitSignal(window.popups.popup_shown, timeout=10000) as shown:
        window._feed_events(batch)
    card = shown.args[0]
    qtbot.waitUntil(lambda: card.view.enriched, timeout=10000)
    assert card.name_label.text() == "Claire Martin"
    page = window.show_page("calls")
    qtbot.waitUntil(lambda: page.log_panel.model.rowCount() == 1, timeout=10000)  # type: ignore[attr-defined]
    window.close()
    assert window.popups.cards == []


def test_refer_the_call(
    qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext, feed: FeedSubscriber
) -> None:
    """Calls are a referral item type and tasks can be about a call: the card offers Refer… and
    New task…, which open those dialogs on the call."""
    from sivadesk.ui.referral_dialog import ReferralDialog

    add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    manager = manager_for(qtbot, agent_ctx, feed)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            call = ring(db, "0612345678")
        card: CallPopup = shown.args[0]
        qtbot.waitUntil(lambda: card.view.enriched and card.referral_button.isVisible(), timeout=10000)
        card.referral_button.click()
        dialog = card.referral_dialog
        assert isinstance(dialog, ReferralDialog) and dialog.isVisible()
        assert (dialog.item_type, dialog.item_id) == ("call", call.id)
        # the dialog has read its choices
        qtbot.waitUntil(lambda: agent_ctx.runner.pending == 0, timeout=10000)
        dialog.close()
        # A task about the call: linked to it, for the caller.
        from sivadesk.ui.task_dialog import TaskDialog

        assert card.task_button.isVisible()
        card.task_button.click()
        task = card.task_dialog
        assert isinstance(task, TaskDialog) and task.isVisible()
        assert (task.link, task.contact_id) == (("call", call.id), card.view.contact_id)
        qtbot.waitUntil(lambda: agent_ctx.runner.pending == 0, timeout=10000)
        task.close()
    finally:
        close_all(manager)
