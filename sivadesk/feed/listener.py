"""Waits for committed change-feed events.

PostgreSQL: a dedicated autocommit connection LISTENs on :data:`NOTIFY_CHANNEL`; a notification
wakes the reader, which then reads every event after the last one seen (so a burst of changes is
one query, and nothing is lost if notifications are coalesced). A slow poll runs as well, and the
connection is re-opened after a failure, so a restarted server is caught up on.

SQLite: there is no cross-process notification, so the reader polls ``max(id)`` (an index lookup)
every ``poll_interval`` seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from sivadesk.db import Database
from sivadesk.ops.records import NOTIFY_CHANNEL, EventInfo, events_after, last_event_id

log = logging.getLogger("sivadesk.feed")


class FeedListener:
    def __init__(
        self,
        db: Database,
        after_id: int | None = None,
        poll_interval: float = 0.2,
        pg_poll_interval: float = 5.0,
    ) -> None:
        self.db = db
        self.poll_interval = poll_interval
        self.pg_poll_interval = pg_poll_interval
        self._pg: Any = None
        if after_id is None:
            with db.read_session() as s:
                after_id = last_event_id(s)
        self.last_id = after_id

    # -- reading -------------------------------------------------------------------------------
    def fetch(self) -> list[EventInfo]:
        """Events committed since the last call (at most 500 per call; call again for more)."""
        with self.db.read_session() as s:
            events = events_after(s, self.last_id)
        if events:
            self.last_id = events[-1].id
        return events

    def _sqlite_has_new(self) -> bool:
        with self.db.read_session() as s:
            return last_event_id(s) > self.last_id

    # -- waiting -------------------------------------------------------------------------------
    def _pg_connect(self) -> Any:
        import psycopg  # only the PostgreSQL path needs the driver directly

        url = self.db.engine.url.set(drivername="postgresql")
        conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5)
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
                return []
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
