"""Create or edit a task; on creation, refer it to people or departments in the same step.

The dialog loads the task (or, for a new one, the people and departments to refer to) on the store
runner. Editing, "Done…" and "Delete" are offered only when the service says the user may edit
(``TaskInfo.may_edit``: the creator or a current holder); the service checks again. "History…" shows
the shared referral tree, "Refer…" the shared referral dialog (from the step the user holds).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk import textnorm
from sivadesk.models.tasks import TaskPriority
from sivadesk.ops import referrals, tasks, users
from sivadesk.ops.referrals import INSTRUCTIONS, Target
from sivadesk.ops.tasks import TaskInfo
from sivadesk.ops.users import DepartmentInfo, UserInfo
from sivadesk.ui.context import UiContext
from sivadesk.ui.date_edit import CalendarDateEdit
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.referral_dialog import ReferralDialog, instruction_label
from sivadesk.ui.referral_tree import ReferralHistoryDialog

TARGET_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def priority_label(key: str) -> str:
    labels = {
        "low": QCoreApplication.translate("tasks", "Low"),
        "normal": QCoreApplication.translate("tasks", "Normal"),
        "high": QCoreApplication.translate("tasks", "High"),
        "urgent": QCoreApplication.translate("tasks", "Urgent"),
    }
    return labels.get(key, key)


def task_status_label(key: str) -> str:
    return {
        "open": QCoreApplication.translate("tasks", "Open"),
        "done": QCoreApplication.translate("tasks", "Done"),
    }.get(key, key)


class DateTimeField(QWidget):
    """A date in the user's calendar and a local time; :meth:`value` is an aware datetime or None."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = CalendarDateEdit(ctx, self)
        self.time = QTimeEdit()
        # direction first: the display format's sections are laid out in the direction current when
        # it is set (set in a right-to-left application, 09:30 shows as 30:09)
        self.time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(9, 0))
        self.time.setMinimumWidth(self.time.fontMetrics().horizontalAdvance("00:00") + 44)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.time)
        self.setFocusProxy(self.date)

    def value(self) -> dt.datetime | None:
        day = self.date.date()
        if day is None:
            return None
        t = self.time.time()
        return dt.datetime.combine(day, dt.time(t.hour(), t.minute())).astimezone()  # local time

    def set_value(self, value: dt.datetime | None) -> None:
        if value is None:
            self.date.setDate(None)
            return
        local = value.astimezone()
        self.date.setDate(local.date())
        self.time.setTime(QTime(local.hour, local.minute))


@dataclass(frozen=True, slots=True)
class _Loaded:
    task: TaskInfo | None
    users: list[UserInfo]
    departments: list[DepartmentInfo]
    held_step_id: int | None


class TaskDialog(QDialog):
    #: the task was saved, done, reopened or deleted (its id)
    changed = Signal(int)
    #: the form is filled (tests wait on it)
    loaded = Signal()

    def __init__(
        self,
        ctx: UiContext,
        task_id: int | None = None,
        *,
        contact_id: int | None = None,
        link: tuple[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task_id = task_id
        self.contact_id = contact_id
        self.link = link
        self.task: TaskInfo | None = None
        self.held_step_id: int | None = None
        self.history_dialog: ReferralHistoryDialog | None = None
        self.setWindowTitle(self.tr("New task") if task_id is None else self.tr("Task"))
        self.setMinimumWidth(520)

        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(100)
        self.priority = QComboBox()
        for p in TaskPriority:
            self.priority.addItem(priority_label(p.value), p.value)
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.has_due = QCheckBox()
        self.has_due.setToolTip(self.tr("Set a due time"))
        self.due = DateTimeField(ctx)
        self.due.setEnabled(False)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.info = QLabel()
        self.info.setWordWrap(True)
        align_leading(self.info)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people and departments"))
        self.search.setClearButtonEnabled(True)
        self.targets = QListWidget()
        self.targets.setMinimumHeight(120)
        self.instruction = QComboBox()
        for key in INSTRUCTIONS:
            self.instruction.addItem(instruction_label(key), key)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the receivers (optional)"))

        self.form = form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("&Priority:"), self.priority)
        due_label = QLabel(self.tr("D&ue:"))
        due_label.setBuddy(self.has_due)
        form.addRow(due_label, due_row)
        self.refer_label = QLabel(self.tr("&Refer to:"))
        self.refer_label.setBuddy(self.search)
        refer_box = QWidget()
        refer_layout = QVBoxLayout(refer_box)
        refer_layout.setContentsMargins(0, 0, 0, 0)
        refer_layout.addWidget(self.search)
        refer_layout.addWidget(self.targets)
        self.refer_box = refer_box
        form.addRow(self.refer_label, refer_box)
        self.instruction_label = QLabel(self.tr("&Instruction:"))
        self.instruction_label.setBuddy(self.instruction)
        form.addRow(self.instruction_label, self.instruction)
        self.note_label = QLabel(self.tr("&Note:"))
        self.note_label.setBuddy(self.note)
        form.addRow(self.note_label, self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.done_button = self.buttons.addButton(self.tr("Done…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refer_button = self.buttons.addButton(self.tr("Refer…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button = self.buttons.addButton(
            self.tr("History…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.delete_button = self.buttons.addButton(
            self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for b in (self.done_button, self.refer_button, self.history_button, self.delete_button):
            b.setVisible(task_id is not None)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._load()

    def _connect_signals(self) -> None:
        self.has_due.toggled.connect(self.due.setEnabled)
        self.search.textChanged.connect(self._filter)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete)
        self.history_button.clicked.connect(self.show_history)
        self.refer_button.clicked.connect(self.refer_on)

    # -- loading -------------------------------------------------------------------------------
    def _load(self) -> None:
        actor, task_id = self.ctx.actor, self.task_id

        def load(s: Session) -> _Loaded:
            if task_id is None:
                return _Loaded(None, users.list_users(s), users.list_departments(s), None)
            info = tasks.get_task(s, actor, task_id)
            return _Loaded(info, [], [], tasks.held_step_id(s, actor, task_id))

        self.ctx.runner.submit(load, self._show, self._failed, read_only=True)
        if task_id is not None:  # opening the task is seeing the steps that brought it here
            self.ctx.runner.submit(lambda s: referrals.mark_item_seen(s, actor, "task", task_id))

    @Slot(object)
    def _show(self, data: _Loaded) -> None:
        creating = data.task is None
        for w in (self.refer_box, self.instruction, self.note):
            self.form.setRowVisible(w, creating)
        if creating:
            for d in data.departments:
                self._add_target(self.tr("Department: {name}").format(name=d.name), Target.department(d.id))
            for u in data.users:
                if u.id != self.ctx.actor.user_id and u.active:
                    self._add_target(u.full_name, Target.user(u.id))
            self.info.setVisible(False)
        else:
            self._fill(data.task)
        self.held_step_id = data.held_step_id
        self.adjustSize()
        self.title.setFocus()
        self.loaded.emit()

    def _add_target(self, text: str, target: Target) -> None:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, target)
        item.setData(SEARCH_ROLE, textnorm.normalize(text))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.targets.addItem(item)

    def _fill(self, t: TaskInfo | None) -> None:
        if t is None:
            return
        self.task = t
        self.title.setText(t.title)
        self.description.setPlainText(t.description)
        self.priority.setCurrentIndex(max(self.priority.findData(t.priority), 0))
        self.has_due.setChecked(t.due_at is not None)
        self.due.set_value(t.due_at)
        lines = [
            self.tr("Created by {name} on {when}").format(
                name=t.created_by_name, when=self.ctx.fmt_datetime(t.created_at)
            ),
            self.tr("Status: {status}").format(status=task_status_label(t.status)),
        ]
        if t.holder_names:
            lines.append(
                self.tr("Held by: {names}").format(
                    names="، ".join(t.holder_names)
                    if self.ctx.language == "fa"
                    else ", ".join(t.holder_names)
                )
            )
        if t.contact_name:
            lines.append(self.tr("Contact: {name}").format(name=t.contact_name))
        if t.link_type and t.link_id is not None:
            kind = {"letter": self.tr("letter"), "call": self.tr("call"), "fax": self.tr("fax")}.get(
                t.link_type, t.link_type
            )
            lines.append(self.tr("Linked to {kind} #{id}").format(kind=kind, id=t.link_id))
        if t.done_note:
            lines.append(self.tr("Done: {note}").format(note=t.done_note))
        self.info.setText("\n".join(lines))
        editable = t.may_edit
        for w in (self.title, self.description, self.priority, self.has_due):
            w.setEnabled(editable)
        self.due.setEnabled(editable and t.due_at is not None)
        self.save_button.setEnabled(editable)
        self.done_button.setEnabled(editable and t.status == "open")
        self.delete_button.setEnabled(editable)
        self.refer_button.setEnabled(t.status == "open")

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)

    @Slot(str)
    def _filter(self, text: str) -> None:
        key = textnorm.normalize(text)
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            item.setHidden(bool(key) and key not in str(item.data(SEARCH_ROLE)))

    # -- actions -------------------------------------------------------------------------------
    def chosen(self) -> list[Target]:
        return [
            self.targets.item(i).data(TARGET_ROLE)
            for i in range(self.targets.count())
            if self.targets.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose(self, target: Target) -> bool:
        for i in range(self.targets.count()):
            if self.targets.item(i).data(TARGET_ROLE) == target:
                self.targets.item(i).setCheckState(Qt.CheckState.Checked)
                return True
        return False

    @Slot()
    def submit(self) -> None:
        if self.has_due.isChecked() and self.due.value() is None:
            self.due.setFocus()
            return
        actor, task_id = self.ctx.actor, self.task_id
        title, description = self.title.text(), self.description.toPlainText()
        priority = str(self.priority.currentData())
        due = self.due.value() if self.has_due.isChecked() else None
        contact_id, link = self.contact_id, self.link
        targets, instruction, note = self.chosen(), str(self.instruction.currentData()), self.note.text()
        old_due = self.task.due_at if self.task is not None else None

        def job(s: Session) -> TaskInfo:
            if task_id is None:
                lt, lid = link if link is not None else ("", None)
                return tasks.create_task(
                    s,
                    actor,
                    title,
                    description=description,
                    priority=priority,
                    due_at=due,
                    contact_id=contact_id,
                    link_type=lt,
                    link_id=lid,
                    targets=targets,
                    instruction=instruction,
                    note=note,
                )
            same_due = due is not None and old_due is not None and abs((due - old_due).total_seconds()) < 60
            if same_due:
                return tasks.update_task(
                    s, actor, task_id, title=title, description=description, priority=priority
                )
            return tasks.update_task(
                s, actor, task_id, title=title, description=description, priority=priority, due_at=due
            )

        self.save_button.setEnabled(False)
        self.ctx.runner.submit(job, self._saved, self._failed)

    @Slot(object)
    def _saved(self, t: TaskInfo) -> None:
        self.task_id = t.id
        self.changed.emit(t.id)
        self.accept()

    @Slot()
    def mark_done(self) -> None:
        note, ok = QInputDialog.getMultiLineText(self, self.tr("Task done"), self.tr("What was done?"))
        if ok:
            self.complete(note)

    def complete(self, note: str) -> None:
        actor, task_id = self.ctx.actor, self.task_id
        if task_id is None:
            return
        self.ctx.runner.submit(
            lambda s: tasks.complete_task(s, actor, task_id, note), self._saved, self._failed
        )

    @Slot()
    def delete(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete the task"), self.tr("Delete this task and its referrals?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_now()

    def delete_now(self) -> None:
        actor, task_id = self.ctx.actor, self.task_id
        if task_id is None:
            return

        def gone(_r: object) -> None:
            self.changed.emit(task_id)
            self.accept()

        self.ctx.runner.submit(lambda s: tasks.delete_task(s, actor, task_id), gone, self._failed)

    @Slot()
    def show_history(self) -> None:
        if self.task_id is None:
            return
        dialog = ReferralHistoryDialog(self.ctx, "task", self.task_id, self)
        self.history_dialog = dialog
        dialog.open()

    @Slot()
    def refer_on(self) -> None:
        if self.task_id is None:
            return
        dialog = ReferralDialog(self.ctx, "task", self.task_id, self.held_step_id, self)
        dialog.referred.connect(lambda _steps: self.changed.emit(self.task_id or 0))
        dialog.open()
