"""The line board on Home: live line states from the change feed, ticking, who has the line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from calls_fixtures import add_person, hook, ring
from contacts_fixtures import language  # noqa: F401  (fixture)
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, out_dir

from sivadesk.db import Database
from sivadesk.ops import calls
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext
from sivadesk.ui.feed import FeedSubscriber
from sivadesk.ui.home_page import HomePage
from sivadesk.ui.line_board import LineBoard, elapsed_text

pytestmark = QT_MARKS


def test_elapsed_text() -> None:
    assert [elapsed_text(s) for s in (0, 59, 61, 3599, 3600, 3725, -4)] == [
        "0:00",
        "0:59",
        "1:01",
        "59:59",
        "1:00:00",
        "1:02:05",
        "0:00",
    ]


def test_board_follows_the_feed(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, agent_ctx: UiContext
) -> None:
    add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    try:
        board = LineBoard(agent_ctx)
        qtbot.addWidget(board)
        feed.events.connect(lambda batch: board.on_topics({e.topic for e in batch}))
        qtbot.waitUntil(lambda: board.empty.isVisible() or not board.isVisible(), timeout=1)
        assert board.tiles == {}
        board.show()
        assert board.empty.isVisible()

        call = ring(db, "0612345678", line=1, at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=75))
        qtbot.waitUntil(
            lambda: "1" in board.tiles and board.tiles["1"].state.text() == "Ringing", timeout=10000
        )
        tile = board.tiles["1"]
        assert tile.who.text().endswith("Claire Martin") or "Claire Martin" in tile.who.text()
        assert tile.since.text().startswith("For 1:1")  # 1:14..1:19 depending on the machine
        first = tile.since.text()
        qtbot.waitUntil(lambda: tile.since.text() != first, timeout=3000)  # it ticks

        with db.session() as s:
            calls.take_call(s, agent, call.id)
        qtbot.waitUntil(lambda: tile.state.text() == "On call", timeout=10000)
        assert "with Agent Smith" in tile.who.text()

        ring(db, "0699887766", line=2)
        qtbot.waitUntil(lambda: "2" in board.tiles, timeout=10000)
        hook(db, 1, "on_hook")
        qtbot.waitUntil(lambda: tile.state.text() == "Idle", timeout=10000)
        assert tile.since.text().startswith("Since ") and not tile.who.isVisible()
        assert board.tiles["2"].state.text() == "Ringing"
        assert not board.empty.isVisible()
    finally:
        feed.stop()


def test_home_shows_the_board(qtbot: QtBot, db: Database, admin: Actor, admin_ctx: UiContext) -> None:
    ring(db, "0611111111", line=4)
    home = HomePage(admin_ctx)
    qtbot.addWidget(home)
    qtbot.waitUntil(lambda: "4" in home.line_board.tiles, timeout=10000)
    hook(db, 4, "off_hook")
    home.on_topics({"line"})
    qtbot.waitUntil(lambda: home.line_board.tiles["4"].state.text() == "On call", timeout=10000)


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
    add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78")
    add_person(db, admin, "رضا", "کریمی", "+33 6 99 88 77 66")
    now = dt.datetime.now(dt.UTC)
    ring(db, "0612345678", line=1, at=now - dt.timedelta(seconds=200))
    taken = ring(db, "0699887766", line=2, at=now - dt.timedelta(seconds=40))
    with db.session() as s:
        calls.take_call(s, agent, taken.id)
    ring(db, "0100000000", line=3, at=now - dt.timedelta(minutes=30))
    hook(db, 3, "on_hook", at=now - dt.timedelta(minutes=29))
    board = LineBoard(admin_ctx)
    qtbot.addWidget(board)
    board.resize(900, 140)
    board.show()
    qtbot.waitUntil(lambda: len(board.tiles) == 3, timeout=10000)
    if code == "fa":
        assert board.layoutDirection().name == "RightToLeft"
    board.grab().save(str(out_dir(tmp_path) / f"line-board-{code}.png"))
