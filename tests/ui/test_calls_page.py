"""The Calls page: the lazy call log and its filters, missed calls with call back, rendering."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from calls_fixtures import add_person, hook, ring
from contacts_fixtures import language  # noqa: F401  (fixture)
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, out_dir
from sqlalchemy import select

from sivadesk.db import Database
from sivadesk.models import Activity
from sivadesk.ops import calls
from sivadesk.ops.context import Actor
from sivadesk.ui.calls_model import NUMBER, STATUS, CallsModel
from sivadesk.ui.calls_page import CallLogPanel, CallsPage, MissedCallsPanel
from sivadesk.ui.context import UiContext

pytestmark = QT_MARKS

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def seed(db: Database, admin: Actor, agent: Actor) -> dict[str, int]:
    """Five calls: Claire answered by the agent (line 1), Claire missed (line 2), an unknown caller
    missed (line 1), Reza ringing now and an unknown caller answered (line 2, two days ago)."""
    claire = add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78", org="Atelier Martin")
    reza = add_person(db, admin, "Reza", "Karimi", "+33 6 99 88 77 66")
    a = ring(db, "0612345678", line=1, at=NOW - dt.timedelta(hours=5))
    with db.session() as s:
        calls.take_call(s, agent, a.id)
    hook(db, 1, "on_hook", at=NOW - dt.timedelta(hours=5) + dt.timedelta(seconds=95))
    ring(db, "0612345678", line=2, at=NOW - dt.timedelta(hours=4))
    hook(db, 2, "on_hook", at=NOW - dt.timedelta(hours=4) + dt.timedelta(seconds=20))
    ring(db, "0155554444", line=1, at=NOW - dt.timedelta(hours=3))
    hook(db, 1, "on_hook", at=NOW - dt.timedelta(hours=3) + dt.timedelta(seconds=20))
    ring(db, "0177776666", line=2, at=NOW - dt.timedelta(days=2))
    hook(db, 2, "off_hook", at=NOW - dt.timedelta(days=2) + dt.timedelta(seconds=5))
    hook(db, 2, "on_hook", at=NOW - dt.timedelta(days=2) + dt.timedelta(seconds=65))
    ring(db, "0699887766", line=3, at=NOW - dt.timedelta(seconds=10))
    return {"claire": claire, "reza": reza}


def wait_count(qtbot: QtBot, panel: CallLogPanel, n: int) -> None:
    try:
        qtbot.waitUntil(lambda: panel.model.known and panel.model.rowCount() == n, timeout=10000)
    except Exception:
        raise AssertionError(f"{panel.model.rowCount()} rows for {panel.current_filter()}, not {n}") from None


def test_log_and_filters(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, admin_ctx: UiContext
) -> None:
    ids = seed(db, admin, agent)
    panel = CallLogPanel(admin_ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    wait_count(qtbot, panel, 5)
    model = panel.model
    assert panel.count_label.text() == "5 calls"
    assert model.call(0) is not None and model.call(0).contact_name == "Reza Karimi"  # type: ignore[union-attr]
    statuses = [model.data(model.index(r, STATUS)) for r in range(5)]
    assert statuses == ["In progress", "Missed", "Missed", "Answered", "Answered"]
    assert "06 99 88 77 66" in model.data(model.index(0, NUMBER))

    panel.status.setCurrentIndex(panel.status.findData("missed"))
    wait_count(qtbot, panel, 2)
    panel.status.setCurrentIndex(panel.status.findData("unknown"))
    wait_count(qtbot, panel, 2)
    panel.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: panel.line.count() == 4, timeout=10000)  # "All lines" + 1, 2, 3
    panel.line.setCurrentIndex(panel.line.findData("2"))
    wait_count(qtbot, panel, 2)
    panel.line.setCurrentIndex(0)
    panel.agent.setCurrentIndex(panel.agent.findData(agent.user_id))
    wait_count(qtbot, panel, 1)
    assert model.call(0).answered_by_name == "Agent Smith"  # type: ignore[union-attr]
    panel.agent.setCurrentIndex(0)
    panel.date_from.setDate((NOW - dt.timedelta(days=1)).astimezone().date())
    wait_count(qtbot, panel, 4)
    panel.date_from.setDate(None)
    panel.date_to.setDate((NOW - dt.timedelta(days=2)).astimezone().date())
    wait_count(qtbot, panel, 1)
    panel.date_to.setDate(None)
    panel.set_contact(ids["claire"], "Claire Martin")
    wait_count(qtbot, panel, 2)
    assert panel.contact_button.text() == "Claire Martin" and panel.contact_clear.isVisible()
    panel.contact_clear.click()
    wait_count(qtbot, panel, 5)
    panel.search.setText("karimi")
    panel.apply_filters()  # without waiting for the pause in typing
    wait_count(qtbot, panel, 1)
    panel.search.setText("0155")
    panel.apply_filters()  # without waiting for the pause in typing
    wait_count(qtbot, panel, 1)
    assert model.call(0).unknown  # type: ignore[union-attr]
    panel.search.clear()
    panel.apply_filters()
    wait_count(qtbot, panel, 5)

    # Double-click opens the caller's file (the page forwards the contact's id).
    opened: list[int] = []
    panel.contact_activated.connect(opened.append)
    panel.table.setCurrentIndex(model.index(2, 0))
    assert panel.call_actions.open_button.isEnabled()
    panel.call_actions.open_button.click()
    assert opened == [ids["claire"]]


def test_lazy_paging(qtbot: QtBot, db: Database, admin: Actor, admin_ctx: UiContext) -> None:
    for i in range(23):
        ring(db, f"06{i:08d}", line=1, at=NOW - dt.timedelta(minutes=100 - i))
        hook(db, 1, "on_hook", at=NOW - dt.timedelta(minutes=100 - i) + dt.timedelta(seconds=30))
    model = CallsModel(admin_ctx, page_size=5, max_pages=2)
    model.refresh(reset=True)
    qtbot.waitUntil(lambda: model.known, timeout=10000)
    assert model.rowCount() == 23
    assert model.call(4) is not None and model.call(5) is None  # only the first page is read
    model.data(model.index(22, 0))  # the view asks for the last row: its page is fetched
    qtbot.waitUntil(lambda: model.call(22) is not None, timeout=10000)
    assert model.call(22).number_raw == "0600000000"  # type: ignore[union-attr]  # the oldest
    model.data(model.index(12, 0))
    qtbot.waitUntil(lambda: model.call(12) is not None, timeout=10000)
    assert len(model._pages) <= 2


def test_missed_calls_and_call_back(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, admin_ctx: UiContext
) -> None:
    ids = seed(db, admin, agent)
    panel = MissedCallsPanel(admin_ctx)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.model.known and panel.model.rowCount() == 2, timeout=10000)
    assert panel.count_label.text() == "2 missed calls"
    missed_claire = panel.model.call(1)  # newest first: the unknown caller, then Claire
    assert missed_claire is not None and missed_claire.contact_id == ids["claire"]
    panel.table.selectRow(1)
    assert panel.call_actions.call_back_button.isEnabled()
    panel.call_actions.call_back_button.click()
    assert 'href="tel:+33612345678"' in panel.call_actions.dial_label.text()
    qtbot.waitUntil(lambda: admin_ctx.runner.pending == 0, timeout=10000)
    with db.read_session() as s:
        titles = list(
            s.scalars(
                select(Activity.title).where(
                    Activity.contact_id == ids["claire"],
                    Activity.item_id == missed_claire.id,
                    Activity.title.like("Calling back%"),
                )
            )
        )
    assert titles == ["Calling back 06 12 34 56 78"]
    # The return call is logged (Claire calls again and is answered): she leaves the list.
    again = ring(db, "0612345678", line=1)
    with db.session() as s:
        calls.take_call(s, agent, again.id)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    panel.include_returned.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=10000)


@pytest.mark.parametrize("code", ["en", "fa"])
def test_render(
    qtbot: QtBot,
    db: Database,
    admin: Actor,
    agent: Actor,
    admin_ctx: UiContext,
    language: Callable[[str], None],  # noqa: F811
    code: str,
    tmp_path: Path,
) -> None:
    language(code)
    if code == "fa":
        admin_ctx.settings.set("language", "fa")
        admin_ctx.settings.set("calendar", "jalali")
    seed(db, admin, agent)
    page = CallsPage(admin_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitUntil(
        lambda: page.log_panel.model.known and page.log_panel.model.rowCount() == 5, timeout=10000
    )
    qtbot.waitUntil(lambda: admin_ctx.runner.pending == 0 and admin_ctx.pages.pending == 0, timeout=10000)
    page.grab().save(str(out_dir(tmp_path) / f"calls-log-{code}.png"))
    page.show_missed()
    qtbot.waitUntil(lambda: page.missed_panel.model.rowCount() == 2, timeout=10000)
    page.grab().save(str(out_dir(tmp_path) / f"calls-missed-{code}.png"))
