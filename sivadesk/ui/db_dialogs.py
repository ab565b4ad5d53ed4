"""Choosing the store: the "database does not answer" dialog (retry / choose another / quit), the
database chooser (a SQLite file or a PostgreSQL URL), a connection test run off the GUI thread,
and the "database too new" message."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sivadesk.config import Settings
from sivadesk.errors import DatabaseUnavailable, SchemaTooNew
from sivadesk.ui.errors import message_of

log = logging.getLogger("sivadesk.ui.db")


def check_url(url: str) -> str:
    """Connect to ``url`` once; ``""`` when it answers, else the reason (translated when known)."""
    from sivadesk.db import Database

    try:
        db = Database(url)
    except Exception as exc:  # a malformed URL: the user typed it, tell them what the parser said
        return QCoreApplication.translate("db", "This is not a database URL: {reason}").format(reason=exc)
    try:
        db.check()
    except DatabaseUnavailable as exc:
        return message_of(exc)
    finally:
        db.dispose()
    return ""


class ConnectionTester(QObject):
    """Tests a database URL on a short-lived thread; ``finished(url, problem)`` ("" when it works)."""

    finished = Signal(str, str)

    def test(self, url: str) -> None:
        threading.Thread(target=self._run, args=(url,), name="db-test", daemon=True).start()

    def _run(self, url: str) -> None:
        problem = check_url(url)
        if shiboken6.isValid(self):
            self.finished.emit(url, problem)


def sqlite_path_of(url: str) -> str:
    """The file of a SQLite URL (or plain path), ``""`` for anything else."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :]
    return url if url and "://" not in url else ""


class ChooseDatabaseDialog(QDialog):
    """This computer's own SQLite file, or an office PostgreSQL server; ``url()`` is the choice."""

    def __init__(self, settings: Settings, current_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a database"))
        self.setMinimumWidth(560)
        self._tester = ConnectionTester(self)

        self.sqlite_radio = QRadioButton(self.tr("A database file on this computer (SQLite)"))
        self.pg_radio = QRadioButton(self.tr("The office's shared server (PostgreSQL)"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.sqlite_radio)
        kinds.addButton(self.pg_radio)

        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Database file"))
        self.browse_button = QPushButton(self.tr("Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.pg_edit = QLineEdit()
        self.pg_edit.setPlaceholderText("postgresql://user:password@server/sivadesk")

        self.recent_combo = QComboBox()
        self.recent_combo.addItem(self.tr("Databases opened before…"), "")
        for url in settings.get("recent_db_urls"):
            self.recent_combo.addItem(_redact(url), url)
        self.recent_combo.setEnabled(self.recent_combo.count() > 1)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        form = QFormLayout()
        form.addRow(self.sqlite_radio)
        form.addRow(path_row)
        form.addRow(self.pg_radio)
        form.addRow(self.pg_edit)
        form.addRow(self.tr("Recent:"), self.recent_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)

        self.set_url(current_url)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.sqlite_radio.toggled.connect(self._update_enabled)
        self.browse_button.clicked.connect(self._browse)
        self.recent_combo.activated.connect(self._recent_chosen)
        self.test_button.clicked.connect(self.test_connection)
        self._tester.finished.connect(self._tested)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def set_url(self, url: str) -> None:
        path = sqlite_path_of(url)
        is_sqlite = bool(path) or not url
        (self.sqlite_radio if is_sqlite else self.pg_radio).setChecked(True)
        if is_sqlite:
            self.path_edit.setText(path)
        else:
            self.pg_edit.setText(url)
        self._update_enabled()

    def url(self) -> str:
        if self.sqlite_radio.isChecked():
            path = self.path_edit.text().strip()
            return f"sqlite:///{path}" if path else ""
        return self.pg_edit.text().strip()

    @Slot()
    def _update_enabled(self) -> None:
        sqlite = self.sqlite_radio.isChecked()
        self.path_edit.setEnabled(sqlite)
        self.browse_button.setEnabled(sqlite)
        self.pg_edit.setEnabled(not sqlite)

    @Slot()
    def _browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            start,
            self.tr("SivaDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path_edit.setText(path)

    @Slot(int)
    def _recent_chosen(self, index: int) -> None:
        url = self.recent_combo.itemData(index)
        if url:
            self.set_url(url)

    @Slot()
    def test_connection(self) -> None:
        url = self.url()
        if not url:
            self.test_result.setText(self.tr("Enter a database first."))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        self._tester.test(url)

    @Slot(str, str)
    def _tested(self, _url: str, problem: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(problem or self.tr("The database answers."))

    def accept(self) -> None:
        if not self.url():
            self.test_result.setText(self.tr("Enter a database first."))
            return
        super().accept()


def _redact(url: str) -> str:
    from sivadesk.db import redact

    try:
        return redact(url)
    except Exception:  # an unparseable URL in the settings file: show it as it is
        return url


class DatabaseUnavailableDialog(QDialog):
    """Start-up found no database: Retry, Choose another…, or Quit. ``url`` holds what to try next."""

    RETRY = 1
    CHOSEN = 2

    def __init__(
        self, error: DatabaseUnavailable, url: str, settings: Settings, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.url = url
        self.settings = settings
        self.setWindowTitle(self.tr("Database unavailable"))
        self.setMinimumWidth(520)
        self.message = QLabel(message_of(error))
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "If the database is on the office server, check that the server is on and that this "
                "computer is connected to the network, then retry."
            )
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.retry_button = self.buttons.addButton(self.tr("Retry"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button = self.buttons.addButton(
            self.tr("Choose another…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.quit_button = self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.retry_button.clicked.connect(lambda: self.done(self.RETRY))
        self.choose_button.clicked.connect(self.choose_another)
        self.quit_button.clicked.connect(self.reject)
        self.chooser: ChooseDatabaseDialog | None = None

    @Slot()
    def choose_another(self) -> None:
        self.chooser = ChooseDatabaseDialog(self.settings, self.url, self)
        self.chooser.accepted.connect(self._chosen)
        self.chooser.open()

    @Slot()
    def _chosen(self) -> None:
        assert self.chooser is not None
        self.url = self.chooser.url()
        self.done(self.CHOSEN)


def show_schema_too_new(parent: QWidget | None, error: SchemaTooNew) -> None:
    log.error("refusing database: %s", error)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("db", "Database too new"),
        message_of(error),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.exec()
