"""The change feed on the Qt side: events committed by any desktop (or device service) as signals.

A plain Python thread runs :class:`sivadesk.feed.FeedListener` (PostgreSQL LISTEN/NOTIFY or SQLite
polling); each batch crosses to the GUI thread through a queued signal, where it is re-emitted whole
(``events``) and one event at a time (``topic_event``). Screens redraw only for the topics they show.
"""

from __future__ import annotations

import logging
import threading

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from sivadesk.db import Database
from sivadesk.ops.records import EventInfo

log = logging.getLogger("sivadesk.ui.feed")


class FeedSubscriber(QObject):
    #: a batch of :class:`~sivadesk.ops.records.EventInfo`, oldest first
    events = Signal(list)
    #: (topic, EventInfo) for each event of a batch
    topic_event = Signal(str, object)
    #: the listener is ready: every event committed from now on will be delivered
    started = Signal()

    _batch = Signal(list)
    _ready = Signal()

    def __init__(
        self,
        db: Database,
        after_id: int | None = None,
        poll_interval: float = 0.2,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.after_id = after_id
        self.poll_interval = poll_interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        # Emitted from the listener thread; this object lives on the GUI thread, so both are queued.
        self._batch.connect(self._deliver)
        self._ready.connect(self.started)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="change-feed", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and wait for the thread (the listener wakes at least twice a second)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("change feed thread did not stop within %.1f s", timeout)

    # -- listener thread -----------------------------------------------------------------------
    def _run(self) -> None:
        from sivadesk.feed import FeedListener  # psycopg is loaded here, off the start-up path

        listener = None
        while listener is None and not self._stop.is_set():
            try:
                listener = FeedListener(self.db, after_id=self.after_id, poll_interval=self.poll_interval)
            except Exception:
                log.exception("change feed could not start; retrying")
                self._stop.wait(2.0)
        if listener is None:
            return
        self.after_id = listener.last_id
        log.info("change feed listening on %s after event %s", self.db.dialect, listener.last_id)
        self._emit(self._ready)
        listener.run(lambda batch: self._emit(self._batch, batch), self._stop)

    def _emit(self, signal: object, *args: object) -> None:
        # The subscriber may have been deleted by Qt while this thread was reading.
        if not self._stop.is_set() and shiboken6.isValid(self):
            signal.emit(*args)  # type: ignore[attr-defined]

    # -- GUI thread ----------------------------------------------------------------------------
    @Slot(list)
    def _deliver(self, batch: list[EventInfo]) -> None:
        if not batch:
            return
        self.after_id = batch[-1].id
        self.events.emit(batch)
        for event in batch:
            self.topic_event.emit(event.topic, event)
