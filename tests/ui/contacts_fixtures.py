"""Fixtures and helpers of the contacts screen tests (kept apart from the shared tests/ui/conftest.py).

Test modules import the fixtures they use by name; everything runs against the real stores of the
``db``/``admin`` fixtures (SQLite and PostgreSQL), with real runners and real widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from sivadesk import textnorm
from sivadesk.config import Settings
from sivadesk.db import Database
from sivadesk.models import Contact, Role
from sivadesk.ops import office, users
from sivadesk.ops.contacts import ContactFile, ContactInput, PhoneInput, create_contact
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext
from sivadesk.ui.runner import Runner

#: Any Qt warning fails the test, except the offscreen platform saying what it cannot do
#: (raise a window, grab the keyboard, propagate size hints): a property of the test platform.
QT_STRICT = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(r"This plugin does not support"),
]


def make_ctx(qtbot: QtBot, db: Database, actor: Actor, tmp_path: Path) -> Iterator[UiContext]:
    runner = Runner(db, "store")
    pages = Runner(db, "pages")
    with db.read_session() as s:
        office_settings = office.load(s)
    ctx = UiContext(
        db, runner, pages, actor, Settings(tmp_path / f"settings-{actor.username}.json"), office_settings
    )
    yield ctx
    qtbot.waitUntil(lambda: runner.pending == 0 and pages.pending == 0, timeout=15000)
    runner.stop()
    pages.stop()


@pytest.fixture
def contacts_ctx(qtbot: QtBot, db: Database, admin: Actor, tmp_path: Path) -> Iterator[UiContext]:
    yield from make_ctx(qtbot, db, admin, tmp_path)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switch the interface language the way the application does (translators, direction, font,
    default locale); English, left to right, afterwards."""
    from sivadesk.ui.i18n import Language, install_language

    font = qapp.font()
    installed: list[Language] = []

    def install(code: str) -> None:
        for lang in installed:
            lang.remove(qapp)
        installed.append(install_language(qapp, code))

    yield install
    for lang in installed:
        lang.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(font)
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def receptionist(db: Database, admin: Actor) -> Actor:
    with db.session() as s:
        info = users.create_user(s, admin, "recep", "Réception Accueil", "reception-pass", Role.RECEPTIONIST)
    return Actor(info.id, info.username, Role.RECEPTIONIST, info.full_name)


@pytest.fixture
def receptionist_ctx(qtbot: QtBot, db: Database, receptionist: Actor, tmp_path: Path) -> Iterator[UiContext]:
    yield from make_ctx(qtbot, db, receptionist, tmp_path)


def add_contact(db: Database, actor: Actor, first: str = "", last: str = "", **kw: object) -> ContactFile:
    phones = tuple(PhoneInput(p) for p in kw.pop("phones", ()))  # type: ignore[attr-defined]
    data = ContactInput(first_name=first, last_name=last, phones=phones, **kw)  # type: ignore[arg-type]
    with db.session() as s:
        return create_contact(s, actor, data, allow_duplicate=True)


def bulk_contacts(db: Database, n: int, prefix: str = "Contact") -> None:
    """``n`` plain people named ``{prefix} 00000``… inserted in one statement (fast on both stores)."""
    now = dt.datetime.now(dt.UTC)
    rows = []
    for i in range(n):
        name = f"{prefix} {i:05d}"
        rows.append(
            {
                "kind": "person",
                "display_name": name,
                "first_name": prefix,
                "last_name": f"{i:05d}",
                "organization": "",
                "job_title": "",
                "lead_status": "",
                "notes": "",
                "custom": {},
                "sort_key": textnorm.normalize(name),
                "search_text": textnorm.normalize(name),
                "primary_phone": "",
                "primary_email": f"c{i}@example.org",
                "city": "Lyon",
                "has_invalid_phone": False,
                "created_at": now,
                "updated_at": now,
            }
        )
    with db.session() as s:
        s.execute(insert(Contact), rows)


def _modal_message_box() -> QMessageBox | None:
    """The message box waiting for an answer, if any.

    ``activeModalWidget()`` can raise for a box that QMessageBox's static functions build on the
    stack (shiboken finds an outdated wrapper at that address); the focused button's window is
    the same box, reached another way.
    """
    getters = (QApplication.activeModalWidget, lambda: QApplication.focusWidget().window())
    for getter in getters:
        try:
            w = getter()
        except (RuntimeError, AttributeError):
            continue
        if isinstance(w, QMessageBox):
            return w
    return None


class ModalAnswerer(QObject):
    """Plays the user in front of modal message boxes: records each one's text and clicks a button.

    ``answers`` are used in order, one per box: a ``QMessageBox.StandardButton``, a button's text,
    or ``None`` for the default button.
    """

    def __init__(self, *answers: QMessageBox.StandardButton | str | None) -> None:
        super().__init__()
        self.answers = list(answers)
        self.seen: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        w = _modal_message_box()
        if w is None or not w.isVisible() or w.property("answered"):
            return
        w.setProperty("answered", True)
        self.seen.append(f"{w.text()}\n{w.informativeText()}".strip())
        answer = self.answers.pop(0) if self.answers else None
        button = None
        if isinstance(answer, str):
            button = next((b for b in w.buttons() if b.text().replace("&", "") == answer), None)
        elif answer is not None:
            button = w.button(answer)
        button = button or w.defaultButton() or w.escapeButton() or w.buttons()[0]
        button.click()

    def stop(self) -> None:
        self._timer.stop()
