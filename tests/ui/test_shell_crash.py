"""Uncaught exceptions: logged with their traceback and shown in a dialog, never swallowed."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, visible_boxes

from sivadesk.app import ExceptionHook

pytestmark = QT_MARKS


def raise_and_catch(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError(message)
    except ValueError:
        info = sys.exc_info()
    return info  # type: ignore[return-value]


@pytest.fixture
def hook(qapp: QApplication) -> ExceptionHook:
    h = ExceptionHook()
    h.install()
    yield h  # type: ignore[misc]
    h.uninstall()
    if h.box is not None:
        h.box.close()


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, hook: ExceptionHook, caplog: pytest.LogCaptureFixture
) -> None:
    assert sys.excepthook is hook
    with caplog.at_level(logging.CRITICAL, logger="sivadesk"):
        sys.excepthook(*raise_and_catch("the disk is on fire"))
    record = next(r for r in caplog.records if r.name == "sivadesk.app")
    assert record.message == "uncaught exception" and record.exc_info is not None
    assert "the disk is on fire" in caplog.text and "Traceback" in caplog.text
    qtbot.waitUntil(lambda: hook.box is not None and hook.box.isVisible(), timeout=5000)
    box = hook.box
    assert isinstance(box, QMessageBox) and box in visible_boxes()
    assert box.informativeText() == "ValueError: the disk is on fire"
    assert "raise ValueError(message)" in box.detailedText()

    # A second error while the first is on screen joins the same dialog.
    sys.excepthook(*raise_and_catch("and the roof"))
    qtbot.waitUntil(lambda: "and the roof" in box.detailedText(), timeout=5000)
    assert hook.count == 2 and "2 errors" in box.informativeText() and visible_boxes() == [box]


def test_exception_in_a_thread_reaches_the_dialog(qtbot: QtBot, hook: ExceptionHook) -> None:
    def boom() -> None:
        raise RuntimeError("worker failed")

    t = threading.Thread(target=boom, name="worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: hook.box is not None and hook.box.isVisible(), timeout=5000)
    assert hook.box is not None and "RuntimeError: worker failed" in hook.box.informativeText()


def test_the_hook_does_not_recurse(
    qtbot: QtBot, hook: ExceptionHook, caplog: pytest.LogCaptureFixture
) -> None:
    hook._showing = True  # as if the dialog itself were failing to show
    hook(*raise_and_catch("while showing"))  # type: ignore[arg-type]
    assert hook.box is None and "while showing" in caplog.text
    hook._showing = False
    hook.uninstall()
    assert sys.excepthook is not hook and threading.excepthook is not hook._thread_hook
