"""The main window: navigation and lazy pages, shortcuts, Home, status bar, feed-driven refresh."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, make_ctx

from sivadesk.db import Database
from sivadesk.migrations import HEAD
from sivadesk.ops import activity, office
from sivadesk.ops.contacts import ContactInput, PhoneInput, create_contact
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext
from sivadesk.ui.feed import FeedSubscriber
from sivadesk.ui.home_page import HomePage
from sivadesk.ui.main_window import MainWindow

pytestmark = QT_MARKS


def make_window(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_person(db: Database, actor: Actor, first: str, last: str, phone: str = "") -> int:
    with db.session() as s:
        data = ContactInput(first_name=first, last_name=last, phones=(PhoneInput(phone),) if phone else ())
        return create_contact(s, actor, data).id


@pytest.fixture
def window(qtbot: QtBot, admin_ctx: UiContext) -> Iterator[MainWindow]:
    w = make_window(qtbot, admin_ctx)
    yield w
    w.close()


def test_pages_are_built_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    assert list(window.pages) == ["home"]
    assert window.page_keys == [
        "home",
        "contacts",
        "letters",
        "calls",
        "fax",
        "settings",
        "registers",
        "users",
        "about",
    ]
    with qtbot.waitSignal(window.page_built) as built:
        window.nav.setCurrentRow(window.page_keys.index("about"))
    assert built.args == ["about"] and window.current_key() == "about"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "settings" and window.nav.currentRow() == window.page_keys.index(
        "settings"
    )
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "users"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "home" and window.page_actions["home"].isChecked()
    assert set(window.pages) == {"home", "about", "settings", "users"}


def test_contacts_page_and_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "contacts"
    window.show_page("home")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "contacts"
    page = window.pages["contacts"]
    qtbot.waitUntil(
        lambda: page.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is page
    )
    qtbot.keyClick(window, Qt.Key.Key_F5)  # refreshes the page on screen
    qtbot.waitUntil(lambda: window.ctx.runner.pending == 0 and window.ctx.pages.pending == 0, timeout=10000)


def test_ctrl_k_opens_the_search_palette(qtbot: QtBot, window: MainWindow, admin_ctx: UiContext) -> None:
    from sivadesk.ui.search_palette import SearchPalette

    contact_id = add_person(admin_ctx.db, admin_ctx.actor, "Zoé", "Palette", "0612345678")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.palette_dialog
    assert isinstance(palette, SearchPalette)
    qtbot.waitUntil(palette.isVisible)
    palette.contact_chosen.emit(contact_id)  # the user picked the contact: its file opens
    from sivadesk.ui.contact_file import find_contact_file

    qtbot.waitUntil(lambda: find_contact_file(admin_ctx, contact_id) is not None, timeout=10000)
    file_window = find_contact_file(admin_ctx, contact_id)
    assert file_window is not None
    qtbot.waitUntil(lambda: admin_ctx.runner.pending == 0, timeout=10000)
    file_window.close()
    palette.close()


def test_agents_see_no_users_page_nor_import(qtbot: QtBot, agent_ctx: UiContext) -> None:
    window = make_window(qtbot, agent_ctx)
    assert "users" not in window.page_keys and "registers" not in window.page_keys and window.nav.count() == 7
    assert not window.import_action.isEnabled() and not window.export_action.isEnabled()
    assert "Agent Smith (Agent)" in window.user_label.text()
    assert window.audit_log_action is None  # the audit log is for administrators and managers
    window.close()


def test_view_menu_opens_the_audit_log_for_staff(qtbot: QtBot, window: MainWindow) -> None:
    from sivadesk.ui.audit_view import AuditLogDialog

    assert window.audit_log_action is not None
    window.audit_log_action.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(AuditLogDialog)), timeout=5000)
    for dialog in window.findChildren(AuditLogDialog):
        dialog.close()


def test_status_bar_and_busy_indicator(qtbot: QtBot, window: MainWindow, admin_ctx: UiContext) -> None:
    assert window.user_label.text() == "Admin Istrateur (Administrator)"
    assert window.db_label.text().startswith(("sqlite", "postgresql"))
    release = threading.Event()
    admin_ctx.runner.submit(lambda _s: release.wait(10))
    assert not window.busy_bar.isVisible()  # quick work never flashes the indicator
    qtbot.waitUntil(window.busy_bar.isVisible, timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=5000)


def test_home_shows_counts_and_recent_activity(qtbot: QtBot, admin_ctx: UiContext) -> None:
    cid = add_person(admin_ctx.db, admin_ctx.actor, "Jean", "Dupont", "06 12 34 56 78")
    add_person(admin_ctx.db, admin_ctx.actor, "Bad", "Number", "12")
    with admin_ctx.db.session() as s:
        activity.add_note(s, admin_ctx.actor, cid, "Rappeler demain\nau sujet du devis")
    window = make_window(qtbot, admin_ctx)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    with qtbot.waitSignal(home.loaded, timeout=10000):
        home.refresh()
    assert home.tiles["contacts"].value.text() == "2"
    assert home.tiles["invalid_phones"].value.text() == "1"
    top = home.recent.topLevelItem(0)
    assert (top.text(1), top.text(2), top.text(3)) == ("Jean Dupont", "Note", "Rappeler demain")
    assert top.text(0) == admin_ctx.fmt_datetime(activity_time(admin_ctx, cid))
    assert home.greeting.text() == "Hello, Admin Istrateur"
    window.close()


def activity_time(ctx: UiContext, contact_id: int):  # type: ignore[no-untyped-def]
    with ctx.db.read_session() as s:
        return activity.timeline(s, ctx.actor, contact_id)[0].occurred_at


def test_home_refreshes_on_feed_events(qtbot: QtBot, db: Database, admin: Actor) -> None:
    feed = FeedSubscriber(db, poll_interval=0.05)
    ctx_iter = make_ctx(qtbot, db, admin, feed)
    ctx = next(ctx_iter)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    window = make_window(qtbot, ctx)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    with qtbot.waitSignal(home.loaded, timeout=10000):
        home.refresh()
    assert home.tiles["contacts"].value.text() == "0"
    other = Database(db.url)  # another desktop writes
    try:
        add_person(other, admin, "Marie", "Curie")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: home.tiles["contacts"].value.text() == "1", timeout=10000)
    other = Database(db.url)  # an administrator elsewhere renames the office
    try:
        with other.session() as s:
            office.set_value(s, admin, "office_name", "Cabinet Lumière")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: window.windowTitle() == "SivaDesk — Cabinet Lumière", timeout=10000)
    assert home.office_label.text() == "Cabinet Lumière" and ctx.office.office_name == "Cabinet Lumière"
    feed.stop()
    window.close()
    next(ctx_iter, None)


def test_export_writes_the_chosen_file(
    qtbot: QtBot, window: MainWindow, admin_ctx: UiContext, tmp_path: Path
) -> None:
    add_person(admin_ctx.db, admin_ctx.actor, "Exp", "Orté", "0611223344")
    window.export_to(tmp_path / "contacts")  # no suffix: CSV by default
    target = tmp_path / "contacts.csv"
    qtbot.waitUntil(lambda: "exported" in window.statusBar().currentMessage(), timeout=10000)
    assert "Orté" in target.read_text(encoding="utf-8-sig")
    assert window.statusBar().currentMessage() == f"1 contact(s) exported to {target}."


def test_about_page(qtbot: QtBot, window: MainWindow, admin_ctx: UiContext) -> None:
    import sivadesk

    about = window.show_page("about")
    qtbot.waitUntil(lambda: about.revision.text() not in ("…", ""), timeout=10000)  # type: ignore[attr-defined]
    labels = [w.text() for w in about.findChildren(QLabel)]
    assert sivadesk.__version__ in labels and admin_ctx.db.dialect in labels
    assert about.revision.text() == HEAD  # type: ignore[attr-defined]


def test_import_menu_opens_the_import_dialog(qtbot: QtBot, window: MainWindow) -> None:
    from sivadesk.ui.import_dialog import ImportDialog

    assert window.import_action.isEnabled()
    window.import_action.trigger()
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal() and dialog.parent() is window
    dialog.reject()


def test_closing_the_main_window_says_so(qtbot: QtBot, admin_ctx: UiContext) -> None:
    window = make_window(qtbot, admin_ctx)
    with qtbot.waitSignal(window.closed):
        window.close()


def test_ctrl_n_starts_a_new_contact(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "contacts"
    dialog = window.pages["contacts"].edit_dialog  # type: ignore[attr-defined]
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
