"""The audit log on screen: a contact file's History tab and the office-wide Audit log dialog.

Real stores (SQLite and PostgreSQL), real runners, real change feed; nothing mocked.
"""

from __future__ import annotations

import dataclasses

import pytest
from contacts_fixtures import QT_STRICT, add_contact, contacts_ctx, language  # noqa: F401
from pytestqt.qtbot import QtBot

from sivadesk.errors import PermissionDenied
from sivadesk.models import Role
from sivadesk.ops import users
from sivadesk.ops.contacts import PhoneInput, get_contact, update_contact
from sivadesk.ops.records import audit_trail
from sivadesk.ui.audit_view import AuditLogDialog, readable_value
from sivadesk.ui.contact_file import ContactFileWindow, find_contact_file, open_contact_file
from sivadesk.ui.context import UiContext

pytestmark = QT_STRICT

BIDI = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))


def plain(text: str) -> str:
    """``text`` without the bidi controls that isolate its parts."""
    return text.translate(BIDI)


def open_file(qtbot: QtBot, ctx: UiContext, contact_id: int) -> ContactFileWindow:
    open_contact_file(ctx, contact_id, None)
    window = find_contact_file(ctx, contact_id)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.loads > 0, timeout=10000)
    return window


def tab_titles(window: ContactFileWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_an_edit_appears_in_the_history_with_old_and_new_values(qtbot, db, contacts_ctx):  # noqa: F811
    from sivadesk.ui.feed import FeedSubscriber

    actor = contacts_ctx.actor
    zoe = add_contact(db, actor, "Zoé", "Martin", phones=("0612345678",), emails=("zoe@martin.fr",))
    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    contacts_ctx.feed = feed
    try:
        window = open_file(qtbot, contacts_ctx, zoe.id)
        assert window.history is not None and "History" in tab_titles(window)
        created = window.history.rows()
        assert len(created) == 1
        assert created[0][1:4] == ["admin", "Created", "Zoé Martin"]
        # Another desktop (or the service directly) renames her and changes her phone.
        with db.session() as s:
            data = get_contact(s, actor, zoe.id).as_input()
            update_contact(
                s,
                actor,
                zoe.id,
                dataclasses.replace(
                    data, last_name="Dupont", phones=(PhoneInput("0698765432", "mobile"),), notes="VIP"
                ),
            )
        qtbot.waitUntil(lambda: len(window.history.rows()) == 2, timeout=10000)
    finally:
        feed.stop()
    date, user, action, summary, changes = window.history.rows()[0]  # newest first
    assert date and user == "admin" and action == "Changed" and summary == "Zoé Dupont"
    lines = plain(changes).split("\n")
    assert "Last name: Martin → Dupont" in lines
    assert "Phones: 0612345678 → 0698765432 (mobile)" in lines
    assert "Notes: (empty) → VIP" in lines
    assert window.history.rows()[1][2] == "Created"
    assert not window.history.empty_label.isVisibleTo(window.history)


def test_an_edit_in_the_window_refreshes_the_history_without_a_feed(qtbot, db, contacts_ctx):  # noqa: F811
    zoe = add_contact(db, contacts_ctx.actor, "Zoé", "Martin")
    window = open_file(qtbot, contacts_ctx, zoe.id)
    with db.session() as s:
        edited = update_contact(
            s, contacts_ctx.actor, zoe.id, dataclasses.replace(zoe.as_input(), job_title="Gérante")
        )
    window._edited(edited)  # what the edit dialog's "saved" signal calls
    qtbot.waitUntil(lambda: len(window.history.rows()) == 2, timeout=10000)
    assert plain(window.history.rows()[0][4]) == "Job title: (empty) → Gérante"


def test_an_agent_has_no_history_and_the_service_refuses(qtbot, db, agent_ctx):
    zoe = add_contact(db, agent_ctx.actor, "Zoé", "Martin")
    window = open_file(qtbot, agent_ctx, zoe.id)
    assert window.history is None
    assert "History" not in tab_titles(window)
    assert tab_titles(window) == ["Timeline", "Attachments"]
    with db.read_session() as s, pytest.raises(PermissionDenied):
        audit_trail(s, agent_ctx.actor, "contact", zoe.id)


def test_the_dialog_filters_by_record_type_and_user(qtbot, db, contacts_ctx):  # noqa: F811
    actor = contacts_ctx.actor
    zoe = add_contact(db, actor, "Zoé", "Martin")
    with db.session() as s:
        update_contact(s, actor, zoe.id, dataclasses.replace(zoe.as_input(), last_name="Dupont"))
        users.create_user(s, actor, "samira", "Samira Rahimi", "samira-password", Role.MANAGER)
    dialog = AuditLogDialog(contacts_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loads == 1, timeout=10000)
    records = [row[3] for row in dialog.table.visible_rows()]
    # Newest first: the user, the contact's change, its creation, the first administrator.
    assert records[:3] == ["User", "Contact", "Contact"]
    assert {"User", "Contact"} <= set(records)
    assert dialog.status.text() == f"{len(records)} changes shown"

    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("contact"))
    qtbot.waitUntil(lambda: dialog.loads == 2, timeout=10000)
    rows = dialog.table.visible_rows()
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("Changed", "Contact", "Zoé Dupont"),
        ("Created", "Contact", "Zoé Martin"),
    ]
    assert plain(rows[0][5]) == "Last name: Martin → Dupont"

    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("user"))
    qtbot.waitUntil(lambda: dialog.loads == 3, timeout=10000)
    assert {r[3] for r in dialog.table.visible_rows()} == {"User"}
    assert any(r[4] == "samira" for r in dialog.table.visible_rows())

    dialog.user_edit.setText("nobody")
    assert dialog.table.visible_rows() == []
    assert dialog.status.text() == "0 changes shown"
    dialog.user_edit.setText("ADM")
    assert dialog.table.visible_rows() and all(r[1] == "admin" for r in dialog.table.visible_rows())


def test_the_dialog_refuses_an_agent(qtbot, db, agent_ctx):
    from contacts_fixtures import ModalAnswerer

    answerer = ModalAnswerer()
    dialog = AuditLogDialog(agent_ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loads == 1 and bool(answerer.seen), timeout=10000)
    answerer.stop()
    assert dialog.table.rows() == []


def test_persian_history_reads_right_to_left(qtbot, db, contacts_ctx, language):  # noqa: F811
    language("fa")
    contacts_ctx.settings.set("language", "fa")
    contacts_ctx.settings.set("calendar", "jalali")
    zoe = add_contact(db, contacts_ctx.actor, "زهرا", "کریمی")
    with db.session() as s:
        update_contact(s, contacts_ctx.actor, zoe.id, dataclasses.replace(zoe.as_input(), last_name="Martin"))
    window = open_file(qtbot, contacts_ctx, zoe.id)
    assert window.isRightToLeft()
    assert "تاریخچه تغییرات" in tab_titles(window)
    changed = window.history.rows()[0]
    assert changed[2] == "ویرایش شد"
    # "from the old value to the new one", each value isolated in its own direction.
    assert plain(changed[4]) == "نام خانوادگی: از کریمی به Martin"


def test_stored_values_read_as_the_form_showed_them():
    assert readable_value(
        "phones", "(PhoneInput(number='06 12', label=''), PhoneInput(number='+98 21', label='work'))"
    ) == ("06 12, +98 21 (work)")
    assert readable_value("emails", "()") == "(empty)"
    assert readable_value("tags", "('VIP', 'Lyon')") == "VIP, Lyon"
    assert readable_value("custom", "{'SIRET': '123'}") == "SIRET: 123"
    assert readable_value("kind", "company") == "Company"
    assert readable_value("company_id", "None") == "(empty)"
    assert readable_value("active", False) == "No"
    assert readable_value("last_name", "(Martin)") == "(Martin)"  # not a structure: kept as typed


def test_the_menu_action_is_for_staff_only(qtbot, db, contacts_ctx, agent_ctx):  # noqa: F811
    from PySide6.QtWidgets import QMainWindow

    from sivadesk.ui.audit_view import add_audit_log_action

    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("View")
    assert add_audit_log_action(menu, agent_ctx, window) is None
    action = add_audit_log_action(menu, contacts_ctx, window)
    assert action is not None and action.text() == "&Audit log…"
    action.trigger()
    dialogs = window.findChildren(AuditLogDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    qtbot.waitUntil(lambda: dialogs[0].loads == 1, timeout=10000)
    action.trigger()  # already open: raised, not opened twice
    assert len(window.findChildren(AuditLogDialog)) == 1
    dialogs[0].close()
