"""Signing in, and the first-run dialog that creates the administrator of a new database.

Both check credentials on the store runner (argon2 takes a noticeable moment on purpose), so the
dialog stays responsive; the signed-in :class:`~sivadesk.ops.context.Actor` is in ``actor``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sivadesk.config import Settings
from sivadesk.errors import SivaError
from sivadesk.ops import users
from sivadesk.ops.context import Actor
from sivadesk.ui.errors import message_of, show_error
from sivadesk.ui.runner import Runner

log = logging.getLogger("sivadesk.ui.login")


class _CredentialsDialog(QDialog):
    """Shared frame: an intro, a form, an error line and OK/Cancel; the check runs on ``runner``."""

    def __init__(
        self, runner: Runner, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.actor: Actor | None = None
        self._cancelled = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # At start-up, giving up signing in ends the application: say so on the button.
        # (An explicit context: self.tr here would look the text up under the subclass's name.)
        quit_text = QCoreApplication.translate("_CredentialsDialog", "Quit")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(quit_text)
        self.setMinimumWidth(420)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_problem(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        for i in range(self.form.rowCount() * 2):
            item = self.form.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, SivaError):
            self.show_problem(message_of(exc))
        else:
            show_error(self, exc)

    @Slot(object)
    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        if self._cancelled:  # the user quit while the check was running
            return
        self.actor = actor
        if self.settings is not None:  # offered as the user name at the next start
            self.settings.set("last_user", actor.username)
            try:
                self.settings.save()
            except OSError:  # not remembering the name must not stop the user signing in
                log.warning("could not save the settings file", exc_info=True)
        log.info("%s signed in", actor.username)
        super().accept()

    def reject(self) -> None:
        self._cancelled = True
        super().reject()


class LoginDialog(_CredentialsDialog):
    def __init__(
        self, runner: Runner, settings: Settings, database_label: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, settings, parent)
        self.setWindowTitle(self.tr("Sign in to SivaDesk"))
        self.intro.setText(self.tr("Database: {url}").format(url=database_label) if database_label else "")
        self.intro.setVisible(bool(database_label))
        self.user_edit = QLineEdit(str(settings.get("last_user")))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("User name:"), self.user_edit)
        self.form.addRow(self.tr("Password:"), self.password_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    def accept(self) -> None:
        username, password = self.user_edit.text().strip(), self.password_edit.text()
        if not username or not password:
            self.show_problem(self.tr("Enter your user name and password."))
            return
        self.show_problem("")
        self._set_busy(True)
        self.runner.submit(lambda s: users.authenticate(s, username, password), self._succeeded, self._failed)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        self.password_edit.clear()
        self.password_edit.setFocus()


class FirstRunDialog(_CredentialsDialog):
    """A database without users: create the administrator account (then the app signs in as it)."""

    def __init__(
        self, runner: Runner, settings: Settings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, settings, parent)
        self.setWindowTitle(self.tr("Welcome to SivaDesk"))
        self.intro.setText(
            self.tr(
                "This database has no users yet. Create the administrator account: it adds the other "
                "users and sets up the office."
            )
        )
        self.user_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("User name:"), self.user_edit)
        self.form.addRow(self.tr("Full name:"), self.name_edit)
        self.form.addRow(self.tr("Password:"), self.password_edit)
        self.form.addRow(self.tr("Password again:"), self.confirm_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create administrator"))
        self.name_edit.setFocus()

    def accept(self) -> None:
        username, full_name = self.user_edit.text().strip(), self.name_edit.text().strip()
        password = self.password_edit.text()
        if password != self.confirm_edit.text():
            self.show_problem(self.tr("The two passwords differ."))
            return
        self.show_problem("")
        self._set_busy(True)
        self.runner.submit(
            lambda s: users.create_first_admin(s, username, full_name, password),
            self._succeeded,
            self._failed,
        )
