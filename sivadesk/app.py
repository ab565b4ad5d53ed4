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
import functools
import logging
import os
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

# Nothing here imports the database layer (SQLAlchemy, the models, the services): the main window's
# frame is put on screen first, and the store is opened afterwards on a worker thread.
from sivadesk import logs
from sivadesk.config import Settings
from sivadesk.errors import (
    QT_TRANSLATE_NOOP,
    AuthenticationFailed,
    DatabaseUnavailable,
    SchemaTooNew,
    SivaError,
)

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from sivadesk.db import Database
    from sivadesk.ops.context import Actor
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
    from sivadesk.ops import office, users
    from sivadesk.ops.context import Actor

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
    """Prints ``SIVADESK_SHOWN <time>`` once the window's first frame is painted, then exits 0.

    With ``SIVADESK_STARTUP_PROBE=ready`` it goes on until the user is signed in and Home shows
    its data, prints ``SIVADESK_READY <time>``, then exits 0.
    """

    def __init__(self, window: QWidget, wait_ready: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.wait_ready = wait_ready
        self.done = False
        self.finished = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and watched is self.window and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._report)
        return False

    @Slot()
    def _report(self) -> None:
        print(f"SIVADESK_SHOWN {time.time()}", flush=True)
        if not self.wait_ready:
            QCoreApplication.exit(0)

    @Slot()
    def ready(self) -> None:
        if not self.finished:
            self.finished = True
            print(f"SIVADESK_READY {time.time()}", flush=True)
            QCoreApplication.exit(0)


# -- the start-up sequence ---------------------------------------------------------------------
class _Done(QObject):
    finished = Signal()


def in_background(fn: Callable[[], Any]) -> Any:
    """Run ``fn`` on a thread and return its result (or raise its exception), while a local event
    loop keeps the windows painting and responsive: opening a store that does not answer takes
    seconds, an upgrade longer, and neither may freeze the window."""
    box: dict[str, Any] = {}
    done = _Done()
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the caller on the GUI thread
            box["error"] = exc
        finally:
            done.finished.emit()

    thread = threading.Thread(target=work, name="startup", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _read(db: Database, fn: Callable[[Session], Any]) -> Any:
    """``fn`` in a read-only unit of work (for :func:`in_background`)."""
    with db.read_session() as s:
        return fn(s)


def _connect(url: str) -> Database | DatabaseUnavailable:
    """Open and check the store (imports the database layer: this runs on the start-up thread)."""
    from sivadesk.db import Database

    try:
        db = Database(url)
    except Exception as exc:  # a URL the driver cannot even parse
        return DatabaseUnavailable(url=url, reason=str(exc))
    try:
        db.check()
    except DatabaseUnavailable as exc:
        db.dispose()
        return exc
    return db


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

    def _parent(self) -> QWidget | None:
        return self.window

    def open_store(self, url: str) -> Database | None:
        """Connect, asking the user what to do while the database does not answer."""
        chosen = False
        while True:
            result: Database | DatabaseUnavailable = in_background(functools.partial(_connect, url))
            if not isinstance(result, DatabaseUnavailable):
                db = result
                break
            error = result
            log.warning("database unavailable: %s", error)
            from sivadesk.ui.db_dialogs import DatabaseUnavailableDialog

            dialog = DatabaseUnavailableDialog(error, url, self.settings, self._parent())
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
        from sivadesk import migrate

        if self.window is not None:
            self.window.set_opening_text(QCoreApplication.translate("app", "Checking the database…"))
        try:
            in_background(lambda: migrate.upgrade(db))
        except SchemaTooNew as exc:
            from sivadesk.ui.db_dialogs import show_schema_too_new

            show_schema_too_new(self._parent(), exc)
            self.exit_code = EXIT_SCHEMA_TOO_NEW
            return False
        except Exception as exc:  # a failed migration: logged with its traceback and shown
            self._fail(exc)
            return False
        return True

    def sign_in(self, db: Database, runner: Runner, demo_login: str | None) -> Actor | None:
        if demo_login:
            try:
                actor: Actor = in_background(lambda: _read(db, lambda s: demo_actor(s, demo_login)))
                return actor
            except SivaError as exc:
                self._fail(exc)
                return None
        from sivadesk.db import redact
        from sivadesk.ops import users
        from sivadesk.ui.login import FirstRunDialog, LoginDialog

        first_run = not in_background(lambda: _read(db, users.has_users))
        dialog: FirstRunDialog | LoginDialog = (
            FirstRunDialog(runner, self.settings, self._parent())
            if first_run
            else LoginDialog(runner, self.settings, redact(db.url), self._parent())
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return None
        return dialog.actor

    def start(self, db_url: str | None = None, demo_login: str | None = None) -> bool:
        """Everything up to the main window on screen; ``False`` (see ``exit_code``) to stop."""
        if self.window is None:  # run_gui shows the frame first; tests may start without one
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
        from sivadesk.ops import office
        from sivadesk.ui.context import UiContext
        from sivadesk.ui.errors import show_error
        from sivadesk.ui.feed import FeedSubscriber
        from sivadesk.ui.main_window import MainWindow

        assert self.db is not None and self.runner is not None and self.pages is not None
        store = self.db
        values: OfficeSettings = in_background(lambda: _read(store, office.load))
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
        if self.window is None:
            self.window = self._make_window(MainWindow())
        window = self.window
        window.attach(ctx)
        for runner in (self.runner, self.pages):
            runner.default_error = lambda exc: show_error(self.window, exc)
        window.show()
        self.app.setQuitOnLastWindowClosed(True)
        QTimer.singleShot(0, self._after_show)
        log.info("main window shown for %s on %s", actor.username, self.db.dialect)
        return window

    def _make_window(self, window: MainWindow) -> MainWindow:
        # Closing the main window ends the application, even while contact files are still open.
        window.closed.connect(self.app.quit)
        if mode := os.environ.get(STARTUP_PROBE_ENV):
            self.probe = StartupProbe(window, wait_ready=mode == "ready")
        return window

    def show_frame(self) -> MainWindow:
        """Put the main window on screen at once, saying it is opening; :meth:`start` fills it."""
        from sivadesk.ui.main_window import MainWindow

        self.window = self._make_window(MainWindow())
        self.window.show()
        return self.window

    @Slot()
    def _after_show(self) -> None:
        if self.window is None:
            return
        home = self.window.page("home")
        if self.probe is not None and self.probe.wait_ready:
            home.loaded.connect(self.probe.ready)  # type: ignore[attr-defined]
        home.refresh()  # type: ignore[attr-defined]
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
        shell.show_frame()
        started = shell
        # The store is opened once the frame has been painted (the event loop is running).
        QTimer.singleShot(0, lambda: started.start(db_url, demo_login) or app.exit(started.exit_code))
        return app.exec()
    finally:
        if shell is not None:
            shell.shutdown()
        hook.uninstall()
        log.info("SivaDesk stopped")
