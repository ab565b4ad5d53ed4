"""Users and departments (administrators). The page hides nothing the service layer would allow:
every change goes through :mod:`sivadesk.ops.users`, which refuses anyone but an administrator."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.models import Role
from sivadesk.ops import users
from sivadesk.ops.users import DepartmentInfo, UserInfo
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import role_label


@dataclass(frozen=True, slots=True)
class NewUser:
    username: str
    full_name: str
    password: str
    role: Role
    position_title: str = ""
    department_id: int | None = None
    email: str = ""


class UserDialog(QDialog):
    """The form for a new user; ``value()`` is what was entered."""

    def __init__(self, departments: list[DepartmentInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        self.username_edit = QLineEdit()
        self.full_name_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role_label(role), role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.AGENT.value))
        self.position_edit = QLineEdit()
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("(none)"), None)
        for d in departments:
            self.department_combo.addItem(d.name, d.id)
        self.email_edit = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username_edit)
        form.addRow(self.tr("Full name:"), self.full_name_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Role:"), self.role_combo)
        form.addRow(self.tr("Position title:"), self.position_edit)
        form.addRow(self.tr("Department:"), self.department_combo)
        form.addRow(self.tr("E-mail:"), self.email_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> NewUser:
        return NewUser(
            self.username_edit.text().strip(),
            self.full_name_edit.text().strip(),
            self.password_edit.text(),
            Role(self.role_combo.currentData()),
            self.position_edit.text().strip(),
            self.department_combo.currentData(),
            self.email_edit.text().strip(),
        )


class UsersPage(QWidget):
    #: users or departments were changed from this page
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.departments: list[DepartmentInfo] = []
        self.dialog: QDialog | None = None

        self.users_tree = QTreeWidget()
        self.users_tree.setRootIsDecorated(False)
        self.users_tree.setHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Full name"),
                self.tr("Role"),
                self.tr("Position"),
                self.tr("Department"),
                self.tr("Last sign-in"),
            ]
        )
        self.users_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_user_button = QPushButton(self.tr("Add user…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.password_button = QPushButton(self.tr("Reset password…"))
        user_buttons = QHBoxLayout()
        for b in (self.add_user_button, self.role_button, self.active_button, self.password_button):
            user_buttons.addWidget(b)
        user_buttons.addStretch(1)

        self.departments_tree = QTreeWidget()
        self.departments_tree.setRootIsDecorated(False)
        self.departments_tree.setHeaderLabels([self.tr("Department"), self.tr("Code")])
        self.departments_tree.header().setStretchLastSection(False)
        self.departments_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.departments_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_department_button = QPushButton(self.tr("Add department…"))

        users_box = QWidget()
        users_layout = QVBoxLayout(users_box)
        users_layout.setContentsMargins(0, 0, 0, 0)
        users_layout.addWidget(QLabel(self.tr("Users")))
        users_layout.addWidget(self.users_tree, 1)
        users_layout.addLayout(user_buttons)
        departments_box = QWidget()
        departments_layout = QVBoxLayout(departments_box)
        departments_layout.setContentsMargins(0, 0, 0, 0)
        departments_layout.addWidget(QLabel(self.tr("Departments")))
        departments_layout.addWidget(self.departments_tree, 1)
        departments_layout.addWidget(self.add_department_button, 0, Qt.AlignmentFlag.AlignLeading)
        splitter = QSplitter()
        splitter.addWidget(users_box)
        splitter.addWidget(departments_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._connect_signals()
        self._update_buttons()
        self.refresh()

    def _connect_signals(self) -> None:
        self.users_tree.currentItemChanged.connect(self._update_buttons)
        self.add_user_button.clicked.connect(self.ask_new_user)
        self.role_button.clicked.connect(self.ask_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.ask_password)
        self.add_department_button.clicked.connect(self.ask_department)

    # -- reading -------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        def load(s: Session) -> tuple[list[UserInfo], list[DepartmentInfo]]:
            return users.list_users(s, include_inactive=True), users.list_departments(s)

        self.ctx.runner.submit(load, self._show, read_only=True)

    @Slot(object)
    def _show(self, data: tuple[list[UserInfo], list[DepartmentInfo]]) -> None:
        user_list, self.departments = data
        selected = self.selected_user()
        self.users_tree.clear()
        for u in user_list:
            item = QTreeWidgetItem(
                [
                    u.username,
                    u.full_name,
                    role_label(u.role)
                    if u.active
                    else self.tr("{role} (inactive)").format(role=role_label(u.role)),
                    u.position_title,
                    u.department_name,
                    self.ctx.fmt_datetime(u.last_login_at),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, u)
            item.setDisabled(not u.active)
            self.users_tree.addTopLevelItem(item)
            if selected is not None and selected.id == u.id:
                self.users_tree.setCurrentItem(item)
        self.departments_tree.clear()
        for d in self.departments:
            self.departments_tree.addTopLevelItem(QTreeWidgetItem([d.name, d.code]))
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        item = self.users_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def user_names(self) -> list[str]:
        items = (self.users_tree.topLevelItem(i) for i in range(self.users_tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    @Slot()
    def _update_buttons(self) -> None:
        u = self.selected_user()
        for b in (self.role_button, self.active_button, self.password_button):
            b.setEnabled(u is not None)
        self.active_button.setText(
            self.tr("Activate") if u is not None and not u.active else self.tr("Deactivate")
        )

    # -- writing (each one unit of work on the store runner; the service checks the role) -------
    def _write(self, fn: object) -> None:
        self.ctx.runner.submit(fn, self._written, self._refused)  # type: ignore[arg-type]

    @Slot(object)
    def _written(self, _result: object) -> None:
        self.changed.emit()
        self.refresh()

    @Slot(object)
    def _refused(self, exc: Exception) -> None:
        show_error(self, exc)
        self.refresh()

    def add_user(self, new: NewUser) -> None:
        actor = self.ctx.actor
        self._write(
            lambda s: users.create_user(
                s,
                actor,
                new.username,
                new.full_name,
                new.password,
                new.role,
                new.position_title,
                new.department_id,
                new.email,
            )
        )

    def set_role(self, user_id: int, role: Role) -> None:
        actor = self.ctx.actor
        self._write(lambda s: users.update_user(s, actor, user_id, role=role))

    def set_active(self, user_id: int, active: bool) -> None:
        actor = self.ctx.actor
        self._write(lambda s: users.update_user(s, actor, user_id, active=active))

    def reset_password(self, user_id: int, password: str) -> None:
        actor = self.ctx.actor
        self._write(lambda s: users.change_password(s, actor, user_id, None, password))

    def add_department(self, name: str, code: str) -> None:
        actor = self.ctx.actor
        self._write(lambda s: users.create_department(s, actor, name, code))

    # -- asking (non-blocking dialogs) ---------------------------------------------------------
    @Slot()
    def ask_new_user(self) -> None:
        dialog = UserDialog(self.departments, self)
        dialog.accepted.connect(lambda: self.add_user(dialog.value()))
        self._open(dialog)

    @Slot()
    def ask_role(self) -> None:
        u = self.selected_user()
        if u is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Change role"))
        dialog.setLabelText(self.tr("Role of {name}:").format(name=u.full_name or u.username))
        dialog.setComboBoxItems([role_label(r) for r in Role])
        dialog.setTextValue(role_label(u.role))
        roles = list(Role)
        dialog.accepted.connect(
            lambda: self.set_role(u.id, roles[[role_label(r) for r in roles].index(dialog.textValue())])
        )
        self._open(dialog)

    @Slot()
    def toggle_active(self) -> None:
        u = self.selected_user()
        if u is not None:
            self.set_active(u.id, not u.active)

    @Slot()
    def ask_password(self) -> None:
        u = self.selected_user()
        if u is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Reset password"))
        dialog.setLabelText(self.tr("New password for {name}:").format(name=u.username))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.accepted.connect(lambda: self.reset_password(u.id, dialog.textValue()))
        self._open(dialog)

    @Slot()
    def ask_department(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New department"))
        name_edit, code_edit = QLineEdit(), QLineEdit()
        code_edit.setMaxLength(20)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Name:"), name_edit)
        form.addRow(self.tr("Code:"), code_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        dialog.accepted.connect(lambda: self.add_department(name_edit.text(), code_edit.text()))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
