"""The Qt change-feed subscriber: events committed elsewhere arrive as signals on the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS

from sivadesk.db import Database
from sivadesk.ops.records import EventInfo, emit
from sivadesk.ui.feed import FeedSubscriber

pytestmark = QT_MARKS

EMIT_FROM_ANOTHER_PROCESS = """
import sys
from sivadesk.db import Database
from sivadesk.ops.records import emit
db = Database(sys.argv[1])
with db.session() as s:
    emit(s, "test.remote", "thing", 42, {"pid": "other"})
db.dispose()
"""


def test_receives_an_event_committed_by_another_connection(qtbot: QtBot, db: Database) -> None:
    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    seen: list[tuple[str, object, bool]] = []
    gui = QThread.currentThread()
    feed.topic_event.connect(lambda topic, ev: seen.append((topic, ev, QThread.currentThread() is gui)))
    other = Database(db.url)
    try:
        with qtbot.waitSignal(feed.events, timeout=10000) as batch, other.session() as s:
            emit(s, "contact.updated", "contact", 7, {"x": 1})
            emit(s, "activity.added", "contact", 7)
    finally:
        other.dispose()
    events = batch.args[0]
    assert [e.topic for e in events] == ["contact.updated", "activity.added"]
    assert all(isinstance(e, EventInfo) for e in events) and events[0].payload == {"x": 1}
    assert [(t, ev.entity_id, on_gui) for t, ev, on_gui in seen] == [  # type: ignore[attr-defined]
        ("contact.updated", 7, True),
        ("activity.added", 7, True),
    ]
    feed.stop()
    assert not feed.running


def test_receives_an_event_from_another_process(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    with qtbot.waitSignal(
        feed.topic_event, timeout=20000, check_params_cb=lambda t, _e: t == "test.remote"
    ) as sig:
        subprocess.run(
            [sys.executable, "-c", EMIT_FROM_ANOTHER_PROCESS, db.url], env=env, check=True, timeout=60
        )
    assert sig.args[1].payload == {"pid": "other"}
    feed.stop()


def test_rolled_back_changes_are_not_delivered_and_stop_joins(qtbot: QtBot, db: Database) -> None:
    feed = FeedSubscriber(db, poll_interval=0.05)
    with qtbot.waitSignal(feed.started, timeout=10000):
        feed.start()
    got: list[str] = []
    feed.topic_event.connect(lambda t, _e: got.append(t))
    try:
        with db.session() as s:
            emit(s, "never.committed")
            raise RuntimeError("roll back")
    except RuntimeError:
        pass
    with qtbot.waitSignal(feed.events, timeout=10000), db.session() as s:
        emit(s, "committed")
    assert got == ["committed"]
    threads = {t.name for t in threading.enumerate()}
    assert "change-feed" in threads
    feed.stop()
    assert not feed.running and "change-feed" not in {t.name for t in threading.enumerate()}
    feed.stop()  # stopping twice is harmless
