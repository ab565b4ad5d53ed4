"""Fixtures and helpers of the application shell tests (main window, sign-in, settings, users).

Everything runs against the real stores of the ``db``/``admin`` fixtures (SQLite and PostgreSQL),
with real runners and widgets; modal dialogs are answered by :class:`Modals` the way a user would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sivadesk.config import Settings
from sivadesk.db import Database
from sivadesk.ops import office
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext
from sivadesk.ui.runner import Runner

#: every shell test fails on an unexpected Qt warning
QT_MARKS = [
    pytest.mark.qt_log_level_fail("WARNING"),
    # The offscreen platform cannot do these window-manager things, and says so.
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)"),
]


def make_ctx(qtbot: QtBot, db: Database, actor: Actor, feed: object | None = None) -> Iterator[UiContext]:
    runner = Runner(db, "store")
    pages = Runner(db, "pages")
    with db.read_session() as s:
        values = office.load(s)
    ctx = UiContext(db, runner, pages, actor, Settings(), values, feed)
    yield ctx
    qtbot.waitUntil(lambda: runner.pending == 0 and pages.pending == 0, timeout=15000)
    runner.stop()
    pages.stop()


def set_demo(db: Database, admin: Actor, demo: bool = True) -> None:
    with db.session() as s:
        office.set_value(s, admin, "demo", demo)


class Modals(QObject):
    """Plays the user in front of modal dialogs.

    Message boxes: records ``text`` + ``informativeText`` in ``seen`` and presses the button named
    by the next of ``answers`` (a button text; ``None``: the default/escape button). Other dialogs
    of a class registered with :meth:`on` are handed to that callback.
    """

    def __init__(self, *answers: str | None) -> None:
        super().__init__()
        self.answers = list(answers)
        self.seen: list[str] = []
        self.handlers: list[tuple[type[QDialog], Callable[[QDialog], None]]] = []
        self._handled: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def on(self, cls: type[QDialog], handler: Callable[[QDialog], None]) -> Modals:
        self.handlers.append((cls, handler))
        return self

    def _tick(self) -> None:
        # Act directly from the timer: it already runs inside the dialog's own event loop (a
        # QTimer.singleShot queued from here is not delivered inside QMessageBox's static exec).
        for w in QApplication.topLevelWidgets():
            if not shiboken6.isValid(w) or not w.isVisible() or id(w) in self._handled:
                continue
            if isinstance(w, QMessageBox):
                self._handled.add(id(w))
                self._answer(w)
                return
            for cls, handler in self.handlers:
                if isinstance(w, cls):
                    self._handled.add(id(w))
                    handler(w)
                    return

    def _answer(self, box: QMessageBox) -> None:
        self.seen.append(f"{box.text()}\n{box.informativeText()}".strip())
        answer = self.answers.pop(0) if self.answers else None
        button = None
        if answer is not None:
            button = next((b for b in box.buttons() if b.text().replace("&", "") == answer), None)
        button = button or box.defaultButton() or box.escapeButton() or box.buttons()[0]
        button.click()

    def stop(self) -> None:
        self._timer.stop()


def visible_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def close_later(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()


def out_dir(tmp_path: Path) -> Path:
    """Where screenshots go: ``SIVADESK_SCREENSHOTS`` when set (e.g. ``out/``), else the test's tmp."""
    import os

    target = Path(os.environ.get("SIVADESK_SCREENSHOTS") or tmp_path)
    target.mkdir(parents=True, exist_ok=True)
    return target
