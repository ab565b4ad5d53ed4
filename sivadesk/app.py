"""The composition root of the desktop application: :func:`run_gui` builds everything, in order.

QApplication, logging and the crash dialog, desktop settings and language; then the store (a
dialog when it does not answer), its schema, who signs in, the workers, the change feed and the
main window. Nothing here runs at import time.

Start-up is kept short on purpose: heavy modules are imported where they are first needed, Alembic
only when an upgrade is due, pages other than Home are built when first shown, and Home's data is
read on the store runner once the window is on screen. With ``SIVADESK_STARTUP_PROBE`` set, the
first painted frame prints ``SIVADESK_SHOWN <epoch seconds>`` and the application exits 0
(``bench/startup.py`` measures this).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

# The Qt-free modules of the start-up path are imported before PySide6 on purpose: once PySide6 is
# loaded, its ``__feature__`` import hook reads the source of every module that imports anything
# (``inspect.getsource``), which costs about 0.1 s over SQLAlchemy and the models.
import sivadesk.calendars
import sivadesk.feed  # noqa: F401 - the change feed, started right after the window shows
from sivadesk import logs, migrate
from sivadesk.config import Settings
from sivadesk.db import Database, redact
from sivadesk.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    DatabaseUnavailable,
    SchemaTooNew,
    SivaError,
)
from sivadesk.ops import activity, office, users  # noqa: F401 - activity: Home's queries, preloaded
from sivadesk.ops.context import Actor

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sivadesk.ops.office import OfficeSettings
    from sivadesk.ui.feed import FeedSubscriber
    from sivadesk.ui.main_window import MainWindow
    from sivadesk.ui.runner import Runner

log = logging.getLogger("sivadesk.app")

STARTUP_PROBE_ENV = "SIVADESK_STARTUP_PROBE"
EXIT_SCHEMA_TOO_NEW = 2


# -- uncaught exceptions -----------------------------------------------------------------------
class ExceptionHook(QObject):
    """``sys.excepthook`` (and ``threading.excepthook``): log the traceback, show it in a dialog.

    Exceptions of other threads reach the dialog through a queued signal. One dialog at a time:
    later tracebacks are appended to it. An exception raised while showing the dialog is logged
    only, so the hook never recurses.
    """

    _report = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.count = 0
        self._showing = False
        self._previous: tuple[Any, Any] | None = None
        self._report.connect(self._display)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.exit(130)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        # RuntimeError: the application is being torn down; the log has the traceback.
        with contextlib.suppress(RuntimeError):
            self._report.emit(f"{exc_type.__name__}: {exc}", details)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str)
    def _display(self, summary: str, details: str) -> None:
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            self.count += 1
            if self.box is not None and self.box.isVisible():
                self.box.setDetailedText(f"{self.box.detailedText()}\n{details}")
                self.box.setInformativeText(
                    QCoreApplication.translate(
                        "app", "{n} errors happened; the details list them all."
                    ).format(n=self.count)
                )
                return
            self.count = 1
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("app", "SivaDesk: unexpected error"),
                QCoreApplication.translate(
                    "app",
                    "Something went wrong inside SivaDesk. Your work saved so far is safe. "
                    "The details below were written to the log file.",
                ),
                QMessageBox.StandardButton.Close,
            )
            box.setInformativeText(summary)
            box.setDetailedText(details)
            box.setWindowModality(Qt.WindowModality.ApplicationModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(self._box_gone)
            self.box = box
            box.show()
        except Exception:
            log.exception("could not show the error dialog")
        finally:
            self._showing = False

    @Slot()
    def _box_gone(self) -> None:
        self.box = None


# -- sign-in helpers (Qt-free logic, used by the start-up sequence) ------------------------------
def demo_actor(session: Session, username: str) -> Actor:
    """Sign in without a password: demo databases only (``sivadesk demo`` marks them)."""
    if not office.get(session, "demo"):
        raise AuthenticationFailed(
            QT_TRANSLATE_NOOP("errors", "Signing in without a password is only allowed on a demo database.")
        )
    name = username.strip().lower()
    for u in users.list_users(session):
        if u.username == name:
            return Actor(u.id, u.username, u.role, u.full_name, u.department_id)
    raise AuthenticationFailed(QT_TRANSLATE_NOOP("errors", "There is no active user {name}."), name=name)


class StartupProbe(QObject):
    """Prints ``SIVADESK_SHOWN <time>`` once the window's first frame is painted, then exits 0."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and watched is self.window and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._report)
        return False

    @Slot()
    def _report(self) -> None:
        print(f"SIVADESK_SHOWN {time.time()}", flush=True)
        QCoreApplication.exit(0)


# -- the start-up sequence ---------------------------------------------------------------------
class Shell:
    """Holds what start-up builds, in order, so that it can be torn down in reverse."""

    def __init__(self, app: QApplication, settings: Settings, log_file: Path | None = None) -> None:
        self.app = app
        self.settings = settings
        self.log_file = log_file
        self.db: Database | None = None
        self.runner: Runner | None = None
        self.pages: Runner | None = None
        self.feed: FeedSubscriber | None = None
        self.window: MainWindow | None = None
        self.probe: StartupProbe | None = None
        self.exit_code = 0

    def open_store(self, url: str) -> Database | None:
        """Connect, asking the user what to do while the database does not answer."""
        chosen = False
        while True:
            try:
                db = Database(url)
            except Exception as exc:  # a URL the driver cannot even parse
                error = DatabaseUnavailable(url=url, reason=str(exc))
            else:
                try:
                    db.check()
                except DatabaseUnavailable as exc:
                    db.dispose()
                    error = exc
                else:
                    break
            log.warning("database unavailable: %s", error)
            from sivadesk.ui.db_dialogs import DatabaseUnavailableDialog

            dialog = DatabaseUnavailableDialog(error, url, self.settings)
            if dialog.exec() == QDialog.DialogCode.Rejected:
                return None
            chosen = chosen or dialog.url != url
            url = dialog.url
        if chosen:
            # The user picked this database on purpose: open it again next time.
            self.settings.set("db_url", url)
            self.settings.remember_db(url)
            self._save_settings()
        return db

    def prepare_schema(self, db: Database) -> bool:
        try:
            migrate.upgrade(db)
        except SchemaTooNew as exc:
            from sivadesk.ui.db_dialogs import show_schema_too_new

            show_schema_too_new(None, exc)
            self.exit_code = EXIT_SCHEMA_TOO_NEW
            return False
        except Exception as exc:  # a failed migration: logged with its traceback and shown
            self._fail(exc)
            return False
        return True

    def sign_in(self, db: Database, runner: Runner, demo_login: str | None) -> Actor | None:
        if demo_login:
            try:
                with db.read_session() as s:
                    return demo_actor(s, demo_login)
            except SivaError as exc:
                self._fail(exc)
                return None
        with db.read_session() as s:
            first_run = not users.has_users(s)
        from sivadesk.ui.login import FirstRunDialog, LoginDialog

        dialog: FirstRunDialog | LoginDialog = (
            FirstRunDialog(runner, self.settings)
            if first_run
            else LoginDialog(runner, self.settings, redact(db.url))
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        return dialog.actor

    def start(self, db_url: str | None = None, demo_login: str | None = None) -> bool:
        """Everything up to the main window on screen; ``False`` (see ``exit_code``) to stop."""
        self.app.setQuitOnLastWindowClosed(False)  # the start-up dialogs are not the last window
        url = self.settings.db_url(db_url)
        db = self.open_store(url)
        if db is None:
            return False
        self.db = db
        if not self.prepare_schema(db):
            return False

        from sivadesk.ui.runner import Runner

        self.runner = Runner(db, "store")
        self.pages = Runner(db, "pages")
        actor = self.sign_in(db, self.runner, demo_login)
        if actor is None:  # the user quit (exit code 0) or demo sign-in was refused (1)
            return False
        self.show_main_window(actor)
        return True

    def show_main_window(self, actor: Actor) -> MainWindow:
        from sivadesk.ui.context import UiContext
        from sivadesk.ui.errors import show_error
        from sivadesk.ui.feed import FeedSubscriber
        from sivadesk.ui.main_window import MainWindow

        assert self.db is not None and self.runner is not None and self.pages is not None
        with self.db.read_session() as s:
            values: OfficeSettings = office.load(s)
        self.feed = FeedSubscriber(self.db)
        ctx = UiContext(
            self.db,
            self.runner,
            self.pages,
            actor,
            self.settings,
            values,
            self.feed,
            {"log_file": self.log_file},
        )
        window = MainWindow(ctx)
        self.window = window
        # Closing the main window ends the application, even while contact files are still open.
        window.closed.connect(self.app.quit)
        for runner in (self.runner, self.pages):
            runner.default_error = lambda exc: show_error(self.window, exc)
        if os.environ.get(STARTUP_PROBE_ENV):
            self.probe = StartupProbe(window)
        window.show()
        self.app.setQuitOnLastWindowClosed(True)
        QTimer.singleShot(0, self._after_show)
        log.info("main window shown for %s on %s", actor.username, self.db.dialect)
        return window

    @Slot()
    def _after_show(self) -> None:
        if self.window is None:
            return
        self.window.page("home").refresh()  # type: ignore[attr-defined]
        if self.feed is not None:
            self.feed.start()

    def shutdown(self) -> None:
        if self.feed is not None:
            self.feed.stop()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        for runner in (self.runner, self.pages):
            if runner is not None:
                runner.stop()
        if self.db is not None:
            self.db.dispose()

    def _fail(self, exc: BaseException) -> None:
        from sivadesk.ui.errors import show_error

        show_error(None, exc)
        self.exit_code = 1

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError:
            log.warning("could not save the settings file %s", self.settings.path, exc_info=True)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication(argv if argv is not None else sys.argv)
    )
    app.setApplicationName("SivaDesk")
    app.setOrganizationName("SivaDesk")
    app.setApplicationDisplayName("SivaDesk")
    from sivadesk import __version__

    app.setApplicationVersion(__version__)
    return app


def run_gui(db_url: str | None = None, *, demo_login: str | None = None) -> int:
    """Start the desktop application; returns the process exit code.

    ``db_url`` overrides the settings (``--db``); ``demo_login`` signs that user in without a
    password, which only a demo database allows.
    """
    log_file = logs.setup()
    log.info("starting SivaDesk (pid %s)", os.getpid())
    app = make_application()
    hook = ExceptionHook(app)
    hook.install()
    shell: Shell | None = None
    try:
        from sivadesk.ui.i18n import install_language

        settings = Settings()
        install_language(app, str(settings.get("language")))
        shell = Shell(app, settings, log_file)
        if not shell.start(db_url, demo_login):
            return shell.exit_code
        return app.exec()
    finally:
        if shell is not None:
            shell.shutdown()
        hook.uninstall()
        log.info("SivaDesk stopped")
