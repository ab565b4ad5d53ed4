"""Start-up: first run, sign-in, demo sign-in, an unreachable or too-new database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, Modals, set_demo
from sqlalchemy import text

from sivadesk import migrate
from sivadesk.app import Shell, demo_actor
from sivadesk.config import Settings
from sivadesk.db import Database
from sivadesk.errors import AuthenticationFailed
from sivadesk.models import Role
from sivadesk.ops import users
from sivadesk.ops.context import Actor
from sivadesk.ui.db_dialogs import DatabaseUnavailableDialog
from sivadesk.ui.login import FirstRunDialog, LoginDialog
from sivadesk.ui.runner import Runner

pytestmark = QT_MARKS


@pytest.fixture
def runner(qtbot: QtBot, db: Database) -> Iterator[Runner]:
    r = Runner(db, "store")
    yield r
    qtbot.waitUntil(lambda: r.pending == 0, timeout=15000)
    r.stop()


@pytest.fixture
def shell(qapp: QApplication) -> Iterator[Shell]:
    s = Shell(qapp, Settings())
    yield s
    s.shutdown()
    qapp.setQuitOnLastWindowClosed(True)


def test_first_run_creates_the_admin_then_login_works(qtbot: QtBot, db: Database, runner: Runner) -> None:
    first = FirstRunDialog(runner, Settings())
    qtbot.addWidget(first)
    first.open()
    first.name_edit.setText("Ada Admin")
    first.password_edit.setText("long enough")
    first.confirm_edit.setText("not the same")
    first.accept()
    assert first.error_label.isVisible() and first.isVisible()

    first.password_edit.setText("short")
    first.confirm_edit.setText("short")
    first.accept()
    qtbot.waitUntil(lambda: "at least 8" in first.error_label.text(), timeout=10000)
    assert first.actor is None

    first.password_edit.setText("long enough")
    first.confirm_edit.setText("long enough")
    with qtbot.waitSignal(first.accepted, timeout=10000):
        first.accept()
    assert first.actor is not None and first.actor.role is Role.ADMIN and first.actor.username == "admin"
    assert Settings().get("last_user") == "admin"

    settings = Settings()
    login = LoginDialog(runner, settings, "sqlite:///x")
    qtbot.addWidget(login)
    login.open()
    login.user_edit.setText("admin")
    login.password_edit.setText("wrong password")
    login.accept()
    qtbot.waitUntil(lambda: login.error_label.isVisible(), timeout=10000)
    assert login.error_label.text() == "Wrong user name or password."
    assert login.password_edit.text() == "" and login.actor is None and login.isVisible()

    login.password_edit.setText("long enough")
    with qtbot.waitSignal(login.accepted, timeout=10000):
        login.accept()
    assert login.actor is not None and login.actor.username == "admin"
    # The user name is remembered for the next start, in this test's own settings file.
    assert Settings(settings.path).get("last_user") == "admin"
    assert LoginDialog(runner, Settings(settings.path)).user_edit.text() == "admin"


def test_quitting_while_the_password_is_checked(
    qtbot: QtBot, db: Database, admin: Actor, runner: Runner
) -> None:
    login = LoginDialog(runner, Settings())
    qtbot.addWidget(login)
    login.open()
    login.user_edit.setText("admin")
    login.password_edit.setText("correct horse")
    login.accept()
    login.reject()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10000)
    assert login.actor is None and login.result() == QDialog.DialogCode.Rejected


def test_empty_credentials_are_not_sent(qtbot: QtBot, db: Database, runner: Runner) -> None:
    login = LoginDialog(runner, Settings())
    qtbot.addWidget(login)
    login.accept()
    assert login.error_label.text() == "Enter your user name and password."
    assert runner.pending == 0


def test_demo_login_only_on_a_demo_database(db: Database, admin: Actor) -> None:
    with db.read_session() as s, pytest.raises(AuthenticationFailed, match="only allowed on a demo"):
        demo_actor(s, "admin")
    set_demo(db, admin)
    with db.read_session() as s:
        actor = demo_actor(s, "Admin")
        assert (actor.user_id, actor.role) == (admin.user_id, Role.ADMIN)
        with pytest.raises(AuthenticationFailed, match="no active user"):
            demo_actor(s, "nobody")


def test_start_refuses_demo_login_on_a_normal_database(
    qtbot: QtBot, db_url: str, admin: Actor, shell: Shell, modals: Modals
) -> None:
    assert shell.start(db_url, demo_login="admin") is False
    assert shell.exit_code == 1 and shell.window is None
    assert any("only allowed on a demo database" in t for t in modals.seen)


def test_start_with_demo_login_shows_the_main_window(
    qtbot: QtBot, db: Database, db_url: str, admin: Actor, shell: Shell
) -> None:
    set_demo(db, admin)
    assert shell.start(db_url, demo_login="admin") is True
    window = shell.window
    assert window is not None and window.isVisible()
    assert window.ctx.actor.username == "admin" and window.ctx.feed is shell.feed
    home = window.pages["home"]
    with qtbot.waitSignal(home.loaded, timeout=10000):  # type: ignore[attr-defined]
        pass
    qtbot.waitUntil(lambda: shell.feed is not None and shell.feed.running, timeout=5000)


def test_unreachable_database_offers_another(
    qtbot: QtBot, tmp_path: Path, db: Database, db_url: str, admin: Actor, shell: Shell, modals: Modals
) -> None:
    set_demo(db, admin)
    bad = f"sqlite:///{tmp_path}/no/such/folder/x.sqlite3"
    seen: list[str] = []

    def choose_the_good_one(dialog: QDialog) -> None:
        assert isinstance(dialog, DatabaseUnavailableDialog)
        seen.append(dialog.message.text())
        dialog.choose_another()
        assert dialog.chooser is not None
        dialog.chooser.set_url(db_url)
        dialog.chooser.accept()

    modals.on(DatabaseUnavailableDialog, choose_the_good_one)
    assert shell.start(bad, demo_login="admin") is True
    assert "does not answer" in seen[0]
    assert shell.db is not None and shell.db.url == Database(db_url).url
    saved = Settings(shell.settings.path)
    assert saved.get("db_url") == db_url and db_url in saved.get("recent_db_urls")


def test_unreachable_database_quit(qtbot: QtBot, tmp_path: Path, shell: Shell, modals: Modals) -> None:
    modals.on(DatabaseUnavailableDialog, lambda d: d.quit_button.click())  # type: ignore[attr-defined]
    assert shell.open_store(f"sqlite:///{tmp_path}/missing/dir/x.sqlite3") is None
    assert shell.open_store("postgresql://nobody@127.0.0.1:1/none") is None


def test_newer_schema_is_refused(qtbot: QtBot, tmp_path: Path, shell: Shell, modals: Modals) -> None:
    db = Database(f"sqlite:///{tmp_path}/new.sqlite3")
    migrate.upgrade(db)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    assert shell.prepare_schema(db) is False
    assert shell.exit_code == 2
    assert any("newer SivaDesk" in t for t in modals.seen)
    db.dispose()


def test_first_run_dialog_appears_on_an_empty_database(
    qtbot: QtBot, db: Database, db_url: str, shell: Shell
) -> None:
    def create_admin(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstRunDialog)
        dialog.name_edit.setText("Première Admin")
        dialog.password_edit.setText("premier-mot")
        dialog.confirm_edit.setText("premier-mot")
        dialog.accept()

    watcher = Modals().on(FirstRunDialog, create_admin)
    try:
        assert shell.start(db_url) is True
    finally:
        watcher.stop()
    assert shell.window is not None and shell.window.ctx.actor.role is Role.ADMIN
    with db.read_session() as s:
        assert [u.username for u in users.list_users(s)] == ["admin"]


RUN_GUI = "import sys; from sivadesk.app import run_gui; sys.exit(run_gui(sys.argv[1], demo_login='admin'))"


@pytest.mark.parametrize("language", ["en", "fa"])
def test_run_gui_starts_and_reports_the_shown_window(
    db: Database, db_url: str, admin: Actor, tmp_path: Path, language: str
) -> None:
    """The real start-up in its own process, as ``bench/startup.py`` runs it."""
    set_demo(db, admin)
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    env = {
        **os.environ,
        "SIVADESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "SIVADESK_STARTUP_PROBE": "1",
    }
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", RUN_GUI, db_url], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    shown = [line for line in done.stdout.splitlines() if line.startswith("SIVADESK_SHOWN ")]
    assert len(shown) == 1 and started < float(shown[0].split()[1]) < time.time()
    log = (home / "logs" / "sivadesk.log").read_text(encoding="utf-8")
    assert "main window shown for admin" in log and "Traceback" not in log


def test_retry_once_the_database_answers(qtbot: QtBot, tmp_path: Path, shell: Shell) -> None:
    folder = tmp_path / "server-share"
    url = f"sqlite:///{folder}/office.sqlite3"
    tries: list[str] = []

    def retry_after_mounting(dialog: QDialog) -> None:
        assert isinstance(dialog, DatabaseUnavailableDialog)
        tries.append(dialog.message.text())
        folder.mkdir()  # the share is back
        dialog.retry_button.click()

    watcher = Modals().on(DatabaseUnavailableDialog, retry_after_mounting)
    try:
        db = shell.open_store(url)
    finally:
        watcher.stop()
    assert db is not None and len(tries) == 1
    assert Settings(shell.settings.path).get("db_url") == ""  # retried, not chosen: settings untouched
    db.dispose()


def test_choose_database_dialog(qtbot: QtBot, tmp_path: Path, db_url: str) -> None:
    from sivadesk.ui.db_dialogs import ChooseDatabaseDialog

    settings = Settings()
    settings.remember_db("postgresql://office/sivadesk")
    dialog = ChooseDatabaseDialog(settings, f"sqlite:///{tmp_path}/a.sqlite3")
    qtbot.addWidget(dialog)
    assert dialog.sqlite_radio.isChecked() and dialog.url() == f"sqlite:///{tmp_path}/a.sqlite3"
    assert not dialog.pg_edit.isEnabled()
    dialog.recent_combo.setCurrentIndex(1)
    dialog.recent_combo.activated.emit(1)
    assert dialog.pg_radio.isChecked() and dialog.url() == "postgresql://office/sivadesk"
    dialog.set_url(db_url)
    with qtbot.waitSignal(dialog._tester.finished, timeout=10000):
        dialog.test_button.click()
    assert dialog.test_result.text() == "The database answers."
    dialog.path_edit.clear()
    dialog.sqlite_radio.setChecked(True)
    dialog.accept()
    assert dialog.isVisible() is False and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.test_result.text() == "Enter a database first."
