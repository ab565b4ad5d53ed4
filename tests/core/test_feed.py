"""The change feed across desktops: SQLite polling, PostgreSQL LISTEN/NOTIFY, failures."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator

import pytest
from conftest import empty_pg_store
from sqlalchemy import text

from sivadesk.db import Database
from sivadesk.feed import FeedListener
from sivadesk.feed.listener import APPLICATION_NAME
from sivadesk.ops import contacts, records
from sivadesk.ops.contacts import ContactInput
from sivadesk.ops.context import Actor
from sivadesk.ops.records import EventInfo

SYS = Actor.system()


@pytest.fixture
def other_desktop(db: Database) -> Iterator[Database]:
    """A second engine on the same store: another desktop's connections."""
    other = Database(db.url)
    yield other
    other.dispose()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """The session's PostgreSQL store, emptied, for behaviour SQLite does not have."""
    empty_pg_store(pg_url)
    database = Database(pg_url)
    yield database
    database.dispose()


@pytest.fixture
def pg_other(pg_db: Database) -> Iterator[Database]:
    other = Database(pg_db.url)
    yield other
    other.dispose()


def _write_contact(db: Database, name: str) -> int:
    with db.session() as s:
        return contacts.create_contact(s, SYS, ContactInput(first_name=name)).id


def _wait_for(listener: FeedListener, predicate: object, timeout: float = 10.0) -> list[EventInfo]:
    seen: list[EventInfo] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen += listener.wait(min(1.0, deadline - time.monotonic()))
        if predicate(seen):  # type: ignore[operator]
            return seen
    return seen


def test_listener_sees_another_desktops_write(db: Database, other_desktop: Database) -> None:
    _write_contact(db, "Before")  # already there when the listener starts: not news
    listener = FeedListener(db, poll_interval=0.05)
    try:
        assert listener.wait(0.2) == []

        def later() -> None:
            time.sleep(0.3)
            _write_contact(other_desktop, "Written elsewhere")

        t = threading.Thread(target=later)
        started = time.monotonic()
        t.start()
        events = listener.wait(10)
        elapsed = time.monotonic() - started
        t.join()
    finally:
        listener.close()
    assert [(e.topic, e.payload) for e in events] == [("contact.created", {"name": "Written elsewhere"})]
    assert 0.25 < elapsed < 8  # polled every 50 ms; generous for a loaded CI machine


def test_fetch_from_a_given_id(db: Database) -> None:
    a = _write_contact(db, "A")
    b = _write_contact(db, "B")
    listener = FeedListener(db, after_id=0)
    try:
        events = listener.fetch()
        assert [e.entity_id for e in events if e.topic == "contact.created"] == [a, b]
        assert listener.last_id == events[-1].id
        assert listener.fetch() == []
    finally:
        listener.close()


def test_rollback_produces_no_event(db: Database, other_desktop: Database) -> None:
    listener = FeedListener(db, poll_interval=0.05, pg_poll_interval=30)
    try:
        listener.wait(0.1)  # on PostgreSQL: LISTEN is in place

        def rolled_back() -> None:
            time.sleep(0.2)
            try:
                with other_desktop.session() as s:
                    contacts.create_contact(s, SYS, ContactInput(first_name="Never"))
                    raise RuntimeError("cancelled")
            except RuntimeError:
                pass

        t = threading.Thread(target=rolled_back)
        t.start()
        started = time.monotonic()
        events = listener.wait(1.5)
        waited = time.monotonic() - started
        t.join()
    finally:
        listener.close()
    assert events == []
    assert waited >= 1.4  # nothing woke it early


def test_run_loop_hands_batches_over(db: Database, other_desktop: Database) -> None:
    listener = FeedListener(db, poll_interval=0.05)
    got: list[EventInfo] = []
    arrived = threading.Event()
    stop = threading.Event()

    def on_events(batch: list[EventInfo]) -> None:
        got.extend(batch)
        if any(e.topic == "contact.created" for e in got):
            arrived.set()

    runner = threading.Thread(target=listener.run, args=(on_events, stop))
    runner.start()
    try:
        time.sleep(0.2)
        cid = _write_contact(other_desktop, "Looped")
        assert arrived.wait(10)
    finally:
        stop.set()
        runner.join(10)
    assert not runner.is_alive()
    assert [e.entity_id for e in got if e.topic == "contact.created"] == [cid]


# -- PostgreSQL ------------------------------------------------------------------------------------------------
WRITER = textwrap.dedent(
    """
    import sys, time
    from sivadesk.db import Database
    from sivadesk.ops import contacts
    from sivadesk.ops.context import Actor
    db = Database(sys.argv[1])
    with db.session() as s:
        contacts.create_contact(s, Actor.system(), contacts.ContactInput(first_name="From another process"))
    print(time.time(), flush=True)
    db.dispose()
    """
)


def test_notify_wakes_a_listener_in_another_process(pg_db: Database) -> None:
    # pg_poll_interval is far above the wait: only a NOTIFY can end the wait early.
    listener = FeedListener(pg_db, pg_poll_interval=60)
    try:
        assert listener.wait(0.1) == []  # connects and LISTENs
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, pg_db.url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            started = time.monotonic()
            events = listener.wait(30)
            woke_at = time.time()
            elapsed = time.monotonic() - started
            out, err = proc.communicate(timeout=30)
        finally:
            proc.kill()
            proc.wait()
    finally:
        listener.close()
    assert proc.returncode == 0, err
    committed_at = float(out.split()[-1])
    assert [(e.topic, e.payload) for e in events] == [("contact.created", {"name": "From another process"})]
    assert elapsed < 15
    assert woke_at - committed_at < 5  # woken by the notification: the next poll was 60 s away


def test_listener_recovers_after_its_connection_is_killed(pg_db: Database, pg_other: Database) -> None:
    listener = FeedListener(pg_db, pg_poll_interval=60)
    try:
        listener.wait(0.1)
        with pg_db.engine.begin() as conn:
            killed = conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :app AND datname = current_database()"
                ),
                {"app": APPLICATION_NAME},
            ).all()
        assert killed == [(True,)]
        # Written while the listener has no LISTEN connection: must not be lost.
        lost_candidate = _write_contact(pg_other, "While disconnected")
        events = _wait_for(listener, lambda seen: any(e.entity_id == lost_candidate for e in seen))
        assert [e.entity_id for e in events if e.topic == "contact.created"] == [lost_candidate]
        # And it listens again: a later write wakes it promptly.
        listener.wait(0.1)

        def later() -> None:
            time.sleep(0.3)
            _write_contact(pg_other, "After reconnect")

        t = threading.Thread(target=later)
        t.start()
        started = time.monotonic()
        events = listener.wait(30)
        elapsed = time.monotonic() - started
        t.join()
    finally:
        listener.close()
    assert [e.payload for e in events if e.topic == "contact.created"] == [{"name": "After reconnect"}]
    assert elapsed < 10  # a NOTIFY, not the 60 s poll


def test_event_committed_late_is_not_lost(pg_db: Database, pg_other: Database) -> None:
    """Two desktops save at once: the first to take an event id commits last."""
    listener = FeedListener(pg_db)
    try:
        with pg_db.session() as slow:
            early_id = records.emit(slow, "call.note", "call", 1)
            with pg_other.session() as quick:
                late_id = records.emit(quick, "call.note", "call", 2)
            assert early_id < late_id
            assert [e.id for e in listener.fetch()] == [late_id]
        # ``slow`` has committed now, after a higher id was already read.
        assert [e.id for e in _wait_for(listener, lambda seen: seen, timeout=5)] == [early_id]
        assert listener.fetch() == []  # and it is handed over once only
    finally:
        listener.close()


def test_rolled_back_id_hole_does_not_stall_or_repeat(pg_db: Database) -> None:
    listener = FeedListener(pg_db, gap_grace=0.3)
    try:
        with pytest.raises(RuntimeError), pg_db.session() as s:
            records.emit(s, "x.rolled_back")
            raise RuntimeError
        with pg_db.session() as s:
            kept = records.emit(s, "x.kept")
        assert [e.id for e in listener.fetch()] == [kept]
        assert listener.fetch() == []
        time.sleep(0.4)
        assert listener.fetch() == []  # the hole expired quietly
    finally:
        listener.close()
