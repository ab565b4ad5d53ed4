"""Waits for committed change-feed events.

PostgreSQL: a dedicated autocommit connection LISTENs on :data:`NOTIFY_CHANNEL`; a notification
wakes the reader, which then reads every event after the last one seen (so a burst of changes is
one query, and nothing is lost if notifications are coalesced). A slow poll runs as well, and the
connection is re-opened after a failure, so a restarted server is caught up on.

SQLite: there is no cross-process notification, so the reader polls ``max(id)`` (an index lookup)
every ``poll_interval`` seconds.

Late commits: on PostgreSQL event ids come from a sequence when the row is inserted, but become
visible when their transaction commits, so id 11 can be seen before id 10 (two desktops saving at
the same moment). Reading "after the highest id seen" alone would then skip 10 for ever. The
listener remembers such holes and looks for them again on every read for ``gap_grace`` seconds;
holes left by rolled-back transactions simply expire. (SQLite assigns ids under its single write
lock, so its ids always commit in order.) An event that arrives late is returned with the next
batch, so a batch is not always sorted by id.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sivadesk.db import Database
from sivadesk.ops.records import NOTIFY_CHANNEL, EventInfo, events_after, events_by_ids, last_event_id

log = logging.getLogger("sivadesk.feed")

#: ``application_name`` of the LISTEN connection, as seen in ``pg_stat_activity``.
APPLICATION_NAME = "sivadesk-feed"
#: At most this many holes are remembered (a huge rolled-back import must not eat memory).
MAX_GAPS = 10_000


class FeedListener:
    def __init__(
        self,
        db: Database,
        after_id: int | None = None,
        poll_interval: float = 0.2,
        pg_poll_interval: float = 5.0,
        gap_grace: float = 120.0,
    ) -> None:
        self.db = db
        self.poll_interval = poll_interval
        self.pg_poll_interval = pg_poll_interval
        self.gap_grace = gap_grace
        self._pg: Any = None
        self._gaps: dict[int, float] = {}  # missing id -> monotonic time first noticed
        if after_id is None:
            with db.read_session() as s:
                after_id = last_event_id(s)
        self.last_id = after_id

    # -- reading -------------------------------------------------------------------------------
    def fetch(self) -> list[EventInfo]:
        """Events committed since the last call (at most 500 new ones per call; call again for
        more), plus any that committed late into a hole below the last id seen."""
        now = time.monotonic()
        self._gaps = {i: t for i, t in self._gaps.items() if now - t < self.gap_grace}
        with self.db.read_session() as s:
            late = events_by_ids(s, sorted(self._gaps)) if self._gaps else []
            events = events_after(s, self.last_id)
        for e in late:
            del self._gaps[e.id]
        prev = self.last_id
        for e in events:
            for missing in range(max(prev + 1, e.id - MAX_GAPS), e.id):
                self._gaps[missing] = now
            prev = e.id
        if len(self._gaps) > MAX_GAPS:
            for old in sorted(self._gaps)[: len(self._gaps) - MAX_GAPS]:
                del self._gaps[old]
        if events:
            self.last_id = events[-1].id
        return late + events

    def _sqlite_has_new(self) -> bool:
        with self.db.read_session() as s:
            return last_event_id(s) > self.last_id

    # -- waiting -------------------------------------------------------------------------------
    def _pg_connect(self) -> Any:
        import psycopg  # only the PostgreSQL path needs the driver directly

        url = self.db.engine.url.set(drivername="postgresql")
        conn = psycopg.connect(
            url.render_as_string(hide_password=False),
            autocommit=True,
            connect_timeout=5,
            application_name=APPLICATION_NAME,
        )
        conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
        return conn

    def _pg_wait(self, timeout: float) -> None:
        if self._pg is None:
            self._pg = self._pg_connect()
            # Events committed before LISTEN took effect sent their NOTIFY to nobody: look first.
            with self.db.read_session() as s:
                if last_event_id(s) > self.last_id:
                    return
        # Return on the first notification; the caller reads all new events in one query.
        for _ in self._pg.notifies(timeout=timeout, stop_after=1):
            break

    def wait(self, timeout: float = 1.0) -> list[EventInfo]:
        """Block up to ``timeout`` seconds for new events; returns them (possibly none)."""
        deadline = time.monotonic() + timeout
        if self.db.dialect == "postgresql":
            try:
                self._pg_wait(min(timeout, self.pg_poll_interval))
            except Exception as exc:  # connection lost: log, back off, re-open next time
                log.warning("change feed LISTEN connection failed (%s); will reconnect", exc)
                self.close()
                time.sleep(min(1.0, max(0.0, deadline - time.monotonic())))
            return self.fetch()
        while True:
            if self._sqlite_has_new():
                return self.fetch()
            left = deadline - time.monotonic()
            if left <= 0:
                return self.fetch() if self._gaps else []
            time.sleep(min(self.poll_interval, left))

    def run(self, on_events: Callable[[list[EventInfo]], None], stop: threading.Event) -> None:
        """Loop until ``stop`` is set, handing each batch to ``on_events`` (on this thread)."""
        while not stop.is_set():
            try:
                events = self.wait(0.5)
            except Exception:
                log.exception("change feed read failed; retrying")
                stop.wait(1.0)
                continue
            if events:
                on_events(events)
        self.close()

    def close(self) -> None:
        if self._pg is not None:
            try:
                self._pg.close()
            except Exception:  # closing a broken connection may fail too; nothing left to do
                log.debug("closing LISTEN connection failed", exc_info=True)
            self._pg = None
