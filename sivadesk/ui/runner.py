"""Runs store work off the GUI thread and hands results back on it.

``runner.submit(fn, on_done, on_error)`` calls ``fn(session)`` on the runner's own worker thread in
one transaction (``Database.session``, or ``read_session`` with ``read_only=True``); the result
(plain data, never live ORM objects) or the exception comes back through a queued signal to the
GUI thread. A callback bound to a widget that has since been deleted is skipped. ``fn`` itself is
released on the worker thread, so it should capture plain values, never widgets.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy.orm import Session

from sivadesk.db import Database

log = logging.getLogger("sivadesk.ui.runner")


@dataclass
class Job:
    fn: Callable[[Session], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    read_only: bool
    result: Any = None
    error: Exception | None = None


class _Worker(QObject):
    finished = Signal(object)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            with self.db.read_session() if job.read_only else self.db.session() as s:
                job.result = job.fn(s)
        except Exception as exc:  # handed to the GUI thread, shown to the user there
            job.error = exc
        self.finished.emit(job)


def _alive(callback: Callable[..., Any] | None) -> bool:
    owner = getattr(callback, "__self__", None)
    return callback is not None and (not isinstance(owner, QObject) or shiboken6.isValid(owner))


_Callbacks = tuple[Callable[[Any], None] | None, Callable[[Exception], None] | None]


class Runner(QObject):
    """One named worker thread; jobs run in submission order."""

    _submit = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        name: str = "store",
        default_error: Callable[[Exception], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.default_error = default_error
        self.pending = 0
        self._callbacks: dict[int, _Callbacks] = {}
        self._thread = QThread()
        self._thread.setObjectName(f"runner-{name}")
        self._worker = _Worker(db)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._deliver)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[Session], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        self.pending += 1
        if self.pending == 1:
            self.busy_changed.emit(True)
        # The callbacks stay on this thread. Were they in the Job, the worker could drop the last
        # reference to a bound method after the GUI thread let go of its widget, and the widget
        # would be destroyed on the worker thread (Qt timers stopped from the wrong thread, crash).
        job = Job(fn, None, None, read_only)
        self._callbacks[id(job)] = (on_done, on_error)
        self._submit.emit(job)

    @Slot(object)
    def _deliver(self, job: Job) -> None:
        self.pending -= 1
        if self.pending == 0:
            self.busy_changed.emit(False)
        on_done, on_error = self._callbacks.pop(id(job), (None, None))
        if job.error is not None:
            handler = on_error if on_error is not None else self.default_error
            if _alive(handler):
                handler(job.error)  # type: ignore[misc]
            else:
                log.error("store job failed", exc_info=job.error)
        elif _alive(on_done):
            on_done(job.result)  # type: ignore[misc]

    def stop(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)
