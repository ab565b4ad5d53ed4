"""Shared by every UI test: nothing touches the real user's folders or database.

``SIVADESK_HOME`` points the settings, data and log folders (:mod:`sivadesk.paths`) into the
test's temporary directory, and a ``SIVADESK_DB`` from the developer's shell is ignored. The
shell's fixtures (contexts for an administrator and an agent, a modal-dialog answerer) are here;
their helpers are in ``shell_fixtures.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shell_fixtures import Modals, make_ctx

from sivadesk.db import Database
from sivadesk.models import Role
from sivadesk.ops import users
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "sivadesk-home"
    monkeypatch.setenv("SIVADESK_HOME", str(home))
    monkeypatch.delenv("SIVADESK_DB", raising=False)
    monkeypatch.delenv("SIVADESK_STARTUP_PROBE", raising=False)
    return home


@pytest.fixture
def admin_ctx(qtbot: QtBot, db: Database, admin: Actor) -> Iterator[UiContext]:
    yield from make_ctx(qtbot, db, admin)


@pytest.fixture
def agent(db: Database, admin: Actor) -> Actor:
    with db.session() as s:
        info = users.create_user(s, admin, "agent", "Agent Smith", "agent-password", Role.AGENT)
    return Actor(info.id, info.username, Role.AGENT, info.full_name)


@pytest.fixture
def agent_ctx(qtbot: QtBot, db: Database, agent: Actor) -> Iterator[UiContext]:
    yield from make_ctx(qtbot, db, agent)


@pytest.fixture
def modals() -> Iterator[Modals]:
    m = Modals()
    yield m
    m.stop()
