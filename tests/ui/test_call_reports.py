"""Call reports: the charts and tables computed from real calls, CSV export, rendering."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from calls_fixtures import add_person, hook, ring
from contacts_fixtures import language  # noqa: F401  (fixture)
from PySide6.QtCharts import QAbstractBarSeries, QPieSeries
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, out_dir

from sivadesk.db import Database
from sivadesk.ops import calls
from sivadesk.ops.context import Actor
from sivadesk.ui.call_reports_view import CallReportsView
from sivadesk.ui.context import UiContext

pytestmark = QT_MARKS


def local(day_offset: int, hour: int, minute: int = 0) -> dt.datetime:
    today = dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    return (today - dt.timedelta(days=day_offset)).replace(hour=hour, minute=minute).astimezone(dt.UTC)


def seed(db: Database, admin: Actor, agent: Actor) -> int:
    """Yesterday: 3 calls at 10:xx (2 answered by the agent, 1 missed), 1 missed at 15:00; today
    one answered at 10:30. Claire is every caller except the 15:00 one (unknown)."""
    claire = add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78", org="Atelier Martin")
    add_person(db, admin, "Quiet", "Person", "+33 6 00 00 00 01")

    def answered(at: dt.datetime, line: int, talk: int) -> None:
        call = ring(db, "0612345678", line=line, at=at)
        hook(db, line, "off_hook", at=at + dt.timedelta(seconds=5))
        with db.session() as s:
            calls.take_call(s, agent, call.id)
        hook(db, line, "on_hook", at=at + dt.timedelta(seconds=5 + talk))

    def missed(number: str, at: dt.datetime, line: int) -> None:
        ring(db, number, line=line, at=at)
        hook(db, line, "on_hook", at=at + dt.timedelta(seconds=15))

    answered(local(1, 10, 5), 1, 60)
    answered(local(1, 10, 40), 2, 120)
    missed("0612345678", local(1, 10, 50), 1)
    missed("0144444444", local(1, 15), 1)
    answered(local(0, 10, 30) if dt.datetime.now().hour >= 11 else local(2, 10, 30), 1, 30)
    return claire


def test_reports_compute_and_chart(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, admin_ctx: UiContext, tmp_path: Path
) -> None:
    seed(db, admin, agent)
    view = CallReportsView(admin_ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and bool(view.quiet), timeout=15000)
    data = view.data
    assert data is not None
    assert sum(r.incoming for r in data.per_day) == 5
    assert view.summary.text() == "5 calls, 2 missed"
    # Per day: a stacked bar chart whose sets add up to the day rows.
    day_series = view.day_chart.series()[0]
    assert isinstance(day_series, QAbstractBarSeries)
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in day_series.barSets()}
    assert sum(sets["Answered"]) == 3 and sum(sets["Missed"]) == 2 and sum(sets["Outgoing"]) == 0
    assert len(sets["Answered"]) == 30  # one bar per day of the period
    # Per hour: 10:00 is the peak.
    hour_series = view.hour_chart.series()[0]
    assert isinstance(hour_series, QAbstractBarSeries)
    per_hour = [hour_series.barSets()[0].at(h) for h in range(24)]
    assert per_hour[10] == 4 and per_hour[15] == 1 and sum(per_hour) == 5
    assert view.peak_label.text().startswith("Peak hours: ") and "10:00–11:00" in view.peak_label.text()
    # Per contact and per agent.
    assert view.contact_table.topLevelItemCount() == 1
    claire_row = view.contact_table.topLevelItem(0)
    assert claire_row is not None and [claire_row.text(i) for i in range(4)] == [
        "Claire Martin",
        "Atelier Martin",
        "4",
        "1",
    ]
    assert data.per_agent[0].name == "Agent Smith" and data.per_agent[0].answered == 3
    agent_row = view.agent_table.topLevelItem(0)
    assert agent_row is not None and agent_row.text(1) == "3"
    # Missed vs answered: a pie of answered 3, missed 2.
    pie = view.outcome_chart.series()[0]
    assert isinstance(pie, QPieSeries)
    assert sorted((sl.label(), sl.value()) for sl in pie.slices()) == [
        ("Answered (3)", 3.0),
        ("Missed (2)", 2.0),
    ]
    # Contacts with no call since the date: the quiet person (never called), not Claire.
    assert [r.name for r in view.quiet] == ["Quiet Person"]
    quiet_row = view.quiet_table.topLevelItem(0)
    assert quiet_row is not None and quiet_row.text(3) == "Never"

    # CSV export of what is shown.
    target = tmp_path / "per-contact"
    with qtbot.waitSignal(view.exported, timeout=10000) as done:
        view.export_csv("contact", target)
    written = Path(done.args[0])
    assert written.name == "per-contact.csv"
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:4] == ["contact_id", "name", "organization", "calls"]
    assert rows[1][1:4] == ["Claire Martin", "Atelier Martin", "4"]
    with qtbot.waitSignal(view.exported, timeout=10000) as done:
        view.export_csv("hour", tmp_path / "hours.csv")
    assert len(Path(done.args[0]).read_text(encoding="utf-8-sig").splitlines()) == 25

    # Another period: only yesterday.
    yesterday = (dt.datetime.now().astimezone() - dt.timedelta(days=1)).date()
    view.date_from.setDate(yesterday)
    view.date_to.setDate(yesterday)
    qtbot.waitUntil(lambda: view.data is not None and len(view.data.per_day) == 1, timeout=15000)
    assert view.summary.text() == "4 calls, 2 missed"


def test_agents_have_no_reports_tab(qtbot: QtBot, agent_ctx: UiContext) -> None:
    from sivadesk.ui.calls_page import CallsPage

    page = CallsPage(agent_ctx)
    qtbot.addWidget(page)
    assert page.reports is None and page.tabs.count() == 2


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
    view = CallReportsView(admin_ctx)
    qtbot.addWidget(view)
    view.resize(1100, 650)
    view.show()
    qtbot.waitUntil(lambda: view.data is not None and bool(view.quiet), timeout=15000)
    for index, name in ((0, "day"), (1, "hour"), (2, "contact"), (4, "outcome")):
        view.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        view.grab().save(str(out_dir(tmp_path) / f"call-reports-{name}-{code}.png"))
