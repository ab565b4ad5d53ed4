"""Settings page (desktop settings file, connection test, office settings) and Users page."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, Modals

from sivadesk.config import Settings
from sivadesk.db import Database
from sivadesk.errors import ValidationError
from sivadesk.models import Role
from sivadesk.ops import office, users
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext
from sivadesk.ui.settings_page import SettingsPage, parse_digit_counts
from sivadesk.ui.users_page import NewUser, UserDialog, UsersPage

pytestmark = QT_MARKS


def settings_page(qtbot: QtBot, ctx: UiContext) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def users_page(qtbot: QtBot, ctx: UiContext) -> UsersPage:
    page = UsersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.users_tree.topLevelItemCount() > 0, timeout=10000)
    return page


def test_desktop_settings_are_saved_to_the_settings_file(
    qtbot: QtBot, admin_ctx: UiContext, modals: Modals
) -> None:
    page = settings_page(qtbot, admin_ctx)
    path = admin_ctx.settings.path
    assert "sivadesk-home" in str(path)  # the test's own folder, never the user's
    with qtbot.waitSignal(page.settings_saved) as saved:
        page.calendar_combo.setCurrentIndex(page.calendar_combo.findData("jalali"))
        page.save_button.click()
    assert saved.args == [False]  # the calendar applies at once
    assert json.loads(path.read_text(encoding="utf-8"))["calendar"] == "jalali"
    assert not modals.seen

    modals.answers.append("Later")
    page.language_combo.setCurrentIndex(page.language_combo.findData("fa"))
    page.db_edit.setText(admin_ctx.db.url)
    with qtbot.waitSignal(page.settings_saved) as saved:
        page.save_button.click()
    assert saved.args == [True]
    qtbot.waitUntil(lambda: bool(modals.seen), timeout=5000)
    assert "applies when SivaDesk starts again" in modals.seen[0]
    reread = Settings(path)
    assert (reread.get("language"), reread.get("db_url")) == ("fa", admin_ctx.db.url)
    assert reread.get("recent_db_urls") == [admin_ctx.db.url]


def test_connection_test_runs_off_the_gui_thread(qtbot: QtBot, admin_ctx: UiContext) -> None:
    page = settings_page(qtbot, admin_ctx)
    page.db_edit.setText(admin_ctx.db.url)
    with qtbot.waitSignal(page._tester.finished, timeout=10000):
        page.test_button.click()
        assert page.test_result.text() == "Connecting…" and not page.test_button.isEnabled()
    assert page.test_result.text() == "The database answers." and page.test_button.isEnabled()

    page.db_edit.setText("postgresql://nobody@127.0.0.1:1/nothing")
    with qtbot.waitSignal(page._tester.finished, timeout=10000):
        page.test_button.click()
    assert "does not answer" in page.test_result.text()


def test_office_settings_as_admin(qtbot: QtBot, admin_ctx: UiContext, modals: Modals) -> None:
    page = settings_page(qtbot, admin_ctx)
    assert page.office_box.isVisible()
    page.office_name_edit.setText("Cabinet Tehran")
    page.region_edit.setText("ir")
    page.digits_edit.setText("10، 9, 8")
    with qtbot.waitSignal(page.office_saved, timeout=10000):
        page.save_office_button.click()
    assert admin_ctx.office.office_name == "Cabinet Tehran"
    with admin_ctx.db.read_session() as s:
        values = office.load(s)
    assert (values.phone_region, values.suffix_lengths) == ("IR", (10, 9, 8))

    page.region_edit.setText("ZZ")
    page.save_office_button.click()
    qtbot.waitUntil(lambda: bool(modals.seen), timeout=10000)
    assert "ZZ is not a country code" in modals.seen[0]


def test_office_settings_refused_to_an_agent(qtbot: QtBot, agent_ctx: UiContext, modals: Modals) -> None:
    page = settings_page(qtbot, agent_ctx)
    assert not page.office_box.isVisible()
    page.office_name_edit.setText("Taken over")
    page.save_office()  # even if the hidden form were used, the service refuses
    qtbot.waitUntil(lambda: bool(modals.seen), timeout=10000)
    assert "not allowed" in modals.seen[0]
    with agent_ctx.db.read_session() as s:
        assert office.load(s).office_name == ""


def test_parse_digit_counts() -> None:
    assert parse_digit_counts("10, 9;8") == [10, 9, 8]
    with pytest.raises(ValidationError):
        parse_digit_counts("ten")
    with pytest.raises(ValidationError):
        parse_digit_counts(" , ")


def test_admin_manages_users_and_departments(qtbot: QtBot, admin_ctx: UiContext, db: Database) -> None:
    page = users_page(qtbot, admin_ctx)
    assert page.user_names() == ["admin"]
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.add_department("Accounting", "acc")
    qtbot.waitUntil(lambda: page.departments_tree.topLevelItemCount() == 1, timeout=10000)
    assert page.departments_tree.topLevelItem(0).text(1) == "ACC"

    page.ask_new_user()  # the form, as a user fills it in
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    dialog.username_edit.setText("sara")
    dialog.full_name_edit.setText("Sara Ahmadi")
    dialog.password_edit.setText("sara-password")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("manager"))
    dialog.position_edit.setText("Head of accounting")
    dialog.department_combo.setCurrentIndex(1)
    with qtbot.waitSignal(page.changed, timeout=10000):
        dialog.accept()
    qtbot.waitUntil(lambda: "sara" in page.user_names(), timeout=10000)
    with db.read_session() as s:
        sara = next(u for u in users.list_users(s) if u.username == "sara")
    assert (sara.role, sara.position_title, sara.department_name) == (
        Role.MANAGER,
        "Head of accounting",
        "Accounting",
    )

    with qtbot.waitSignal(page.changed, timeout=10000):
        page.set_role(sara.id, Role.RECEPTIONIST)
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.reset_password(sara.id, "a-new-password")
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.set_active(sara.id, False)
    with db.session() as s:
        assert users.authenticate(s, "admin", "correct horse").username == "admin"
    with db.read_session() as s:
        sara = next(u for u in users.list_users(s, include_inactive=True) if u.username == "sara")
    assert (sara.role, sara.active) == (Role.RECEPTIONIST, False)
    qtbot.waitUntil(lambda: "(inactive)" in page.users_tree.topLevelItem(1).text(2), timeout=10000)
    with qtbot.waitSignal(page.changed, timeout=10000):
        page.set_active(sara.id, True)
    with db.session() as s:
        assert users.authenticate(s, "sara", "a-new-password").role is Role.RECEPTIONIST


def test_an_agent_cannot_add_users(qtbot: QtBot, agent_ctx: UiContext, modals: Modals, db: Database) -> None:
    page = users_page(qtbot, agent_ctx)
    page.add_user(NewUser("intruder", "In Truder", "intruder-pw", Role.ADMIN))
    qtbot.waitUntil(lambda: bool(modals.seen), timeout=10000)
    assert "You are not allowed to do this (users.manage)." in modals.seen[0]
    with db.read_session() as s:
        assert "intruder" not in [u.username for u in users.list_users(s)]


def test_admin_cannot_demote_themself(
    qtbot: QtBot, admin_ctx: UiContext, admin: Actor, modals: Modals
) -> None:
    page = users_page(qtbot, admin_ctx)
    assert admin.user_id is not None
    page.set_role(admin.user_id, Role.AGENT)
    qtbot.waitUntil(lambda: bool(modals.seen), timeout=10000)
    assert "cannot remove your own administrator rights" in modals.seen[0]
