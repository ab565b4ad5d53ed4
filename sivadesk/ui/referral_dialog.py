"""Refer an item (a letter now; tasks and faxes later) to people and departments: پاراف / ارجاع.

The receivers are one searchable, checkable list (departments first, then people; the search
matches names, user names, positions and departments with the shared Persian/French normalizer).
The instruction is a preset phrase ("pour action", جهت اقدام…) or free text; the note is the
referrer's paraf text; an optional deadline is a date in the user's calendar (the end of that day,
local time); "confidential copy" sends رونوشت محرمانه instead of a referral. The referral itself runs
on the store runner through :func:`sivadesk.ops.referrals.refer`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk import textnorm
from sivadesk.ops import referrals, users
from sivadesk.ops.referrals import INSTRUCTIONS, ItemSummary, StepInfo, Target
from sivadesk.ops.users import DepartmentInfo, UserInfo
from sivadesk.ui.contacts_model import isolate, plural
from sivadesk.ui.context import UiContext
from sivadesk.ui.date_edit import CalendarDateEdit
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.letters_model import display_number

#: item roles of the receivers list
TARGET_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
#: the instruction combo's entry for free text
FREE_TEXT = ""


def instruction_label(key: str) -> str:
    """A preset instruction in the interface language; free text is shown as written."""
    labels = {
        "action": QCoreApplication.translate("referrals", "For action"),
        "information": QCoreApplication.translate("referrals", "For information"),
        "opinion": QCoreApplication.translate("referrals", "For your opinion"),
        "signature": QCoreApplication.translate("referrals", "For signature"),
        "follow_up": QCoreApplication.translate("referrals", "For follow-up"),
        "reply": QCoreApplication.translate("referrals", "For reply"),
        "coordination": QCoreApplication.translate("referrals", "For coordination"),
        "filing": QCoreApplication.translate("referrals", "For filing"),
        "return": QCoreApplication.translate("referrals", "Sent back"),
    }
    return labels.get(key, key)


def item_title(item_type: str, item: ItemSummary | None, item_id: int, language: str = "") -> str:
    """``Letter 14505/ق — Subject`` (the number in Persian digits in Persian)."""
    kind = {
        "letter": QCoreApplication.translate("referrals", "Letter"),
        "call": QCoreApplication.translate("referrals", "Call"),
        "fax": QCoreApplication.translate("referrals", "Fax"),
        "task": QCoreApplication.translate("referrals", "Task"),
    }.get(item_type, item_type)
    if item is None:
        return QCoreApplication.translate("referrals", "{kind} #{id} (deleted)").format(kind=kind, id=item_id)
    number = display_number(item.number, language) or QCoreApplication.translate("referrals", "draft")
    return f"{kind} {isolate(number)} — {isolate(item.title)}"


@dataclass(frozen=True, slots=True)
class _Choices:
    item: ItemSummary
    users: list[UserInfo]
    departments: list[DepartmentInfo]


class ReferralDialog(QDialog):
    #: the steps created (list of StepInfo), after the referral is committed
    referred = Signal(list)
    #: receivers and the item are shown (tests wait on it)
    loaded = Signal()

    def __init__(
        self,
        ctx: UiContext,
        item_type: str,
        item_id: int,
        parent_step_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_type = item_type
        self.item_id = item_id
        self.parent_step_id = parent_step_id
        self._busy = False
        self.setWindowTitle(self.tr("Refer on") if parent_step_id else self.tr("Refer"))
        self.setMinimumWidth(520)

        self.item_label = QLabel(self.tr("Loading…"))
        self.item_label.setWordWrap(True)
        bold = self.item_label.font()
        bold.setBold(True)
        self.item_label.setFont(bold)
        align_leading(self.item_label)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search people and departments"))
        self.search.setClearButtonEnabled(True)
        self.targets = QListWidget()
        self.targets.setMinimumHeight(180)
        self.chosen_label = QLabel()
        align_leading(self.chosen_label)

        self.instruction = QComboBox()
        for key in INSTRUCTIONS:
            self.instruction.addItem(instruction_label(key), key)
        self.instruction.addItem(self.tr("Other instruction…"), FREE_TEXT)
        self.free_text = QLineEdit()
        self.free_text.setPlaceholderText(self.tr("Write the instruction"))
        self.free_text.setMaxLength(200)
        self.free_text.setEnabled(False)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note for the receivers (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.has_deadline = QCheckBox(self.tr("Deadline"))
        self.deadline = CalendarDateEdit(ctx)
        self.deadline.setEnabled(False)
        self.copy = QCheckBox(self.tr("Confidential copy (seen only by its receivers and you)"))
        self.copy.setEnabled(parent_step_id is None)

        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        form = QFormLayout()
        form.addRow(self.tr("Instruction"), self.instruction)
        form.addRow("", self.free_text)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(deadline_row)
        form.addRow(self.copy)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Refer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.item_label)
        receivers = QLabel(self.tr("&Receivers"))
        receivers.setBuddy(self.search)
        layout.addWidget(receivers)
        layout.addWidget(self.search)
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.chosen_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._update_chosen()
        self._load()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)  # Enter in the search ticks a receiver, never submits
        self.targets.itemChanged.connect(self._update_chosen)
        self.instruction.currentIndexChanged.connect(self._instruction_changed)
        self.free_text.textChanged.connect(self._update_chosen)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    # -- loading -------------------------------------------------------------------------------
    def _load(self) -> None:
        actor, item_type, item_id = self.ctx.actor, self.item_type, self.item_id

        def load(s: Session) -> _Choices:
            item = referrals.item_summary(s, actor, item_type, item_id)
            return _Choices(item, users.list_users(s), users.list_departments(s))

        self.ctx.runner.submit(load, self._show, self._failed, read_only=True)

    @Slot(object)
    def _show(self, data: _Choices) -> None:
        self.item_label.setText(item_title(self.item_type, data.item, self.item_id, self.ctx.language))
        self.targets.blockSignals(True)
        for d in data.departments:
            item = QListWidgetItem(self.tr("Department: {name}").format(name=d.name))
            item.setData(TARGET_ROLE, Target.department(d.id))
            item.setData(SEARCH_ROLE, textnorm.normalize(f"{d.name} {d.code}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.targets.addItem(item)
        for u in data.users:
            if u.id == self.ctx.actor.user_id:
                continue
            details = " — ".join(x for x in (u.position_title, u.department_name) if x)
            item = QListWidgetItem(f"{u.full_name} ({details})" if details else u.full_name)
            item.setData(TARGET_ROLE, Target.user(u.id))
            item.setData(
                SEARCH_ROLE,
                textnorm.normalize(f"{u.full_name} {u.username} {u.position_title} {u.department_name}"),
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.targets.addItem(item)
        self.targets.blockSignals(False)
        self._filter(self.search.text())
        self._update_chosen()
        self.search.setFocus()
        self.loaded.emit()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update_chosen()
        show_error(self, exc)

    # -- choosing ------------------------------------------------------------------------------
    def chosen(self) -> list[Target]:
        return [
            self.targets.item(i).data(TARGET_ROLE)
            for i in range(self.targets.count())
            if self.targets.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose(self, target: Target, checked: bool = True) -> bool:
        """Tick (or untick) a receiver; False when it is not in the list."""
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            if item.data(TARGET_ROLE) == target:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return True
        return False

    def instruction_value(self) -> str:
        key = self.instruction.currentData()
        return self.free_text.text().strip() if key == FREE_TEXT else str(key)

    def set_instruction(self, key_or_text: str) -> None:
        index = self.instruction.findData(key_or_text)
        if index >= 0 and key_or_text != FREE_TEXT:
            self.instruction.setCurrentIndex(index)
        else:
            self.instruction.setCurrentIndex(self.instruction.findData(FREE_TEXT))
            self.free_text.setText(key_or_text)

    def deadline_value(self) -> dt.datetime | None:
        day = self.deadline.date() if self.has_deadline.isChecked() else None
        if day is None:
            return None
        return dt.datetime.combine(day, dt.time(23, 59)).astimezone()  # the end of that day, here

    @Slot(str)
    def _filter(self, text: str) -> None:
        key = textnorm.normalize(text)
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            item.setHidden(bool(key) and key not in str(item.data(SEARCH_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._toggle_first_match()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _toggle_first_match(self) -> None:
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            if not item.isHidden():
                checked = item.checkState() == Qt.CheckState.Checked
                item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
                self.search.selectAll()
                return

    @Slot(int)
    def _instruction_changed(self, _index: int) -> None:
        free = self.instruction.currentData() == FREE_TEXT
        self.free_text.setEnabled(free)
        if free:
            self.free_text.setFocus()
        self._update_chosen()

    @Slot()
    def _update_chosen(self, *_args: object) -> None:
        n = len(self.chosen())
        self.chosen_label.setText(
            plural(self.tr("%n receiver(s) chosen", "", n), n)
            if n
            else self.tr("Tick at least one receiver.")
        )
        self.ok_button.setEnabled(n > 0 and bool(self.instruction_value()) and not self._busy)

    # -- referring -----------------------------------------------------------------------------
    @Slot()
    def submit(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        if self.has_deadline.isChecked() and self.deadline.date() is None:
            self.deadline.setFocus()
            return
        actor, item_type, item_id = self.ctx.actor, self.item_type, self.item_id
        targets, instruction = self.chosen(), self.instruction_value()
        note, deadline = self.note.toPlainText(), self.deadline_value()
        copy, parent_step_id = self.copy.isChecked(), self.parent_step_id

        def job(s: Session) -> list[StepInfo]:
            return referrals.refer(
                s, actor, item_type, item_id, targets, instruction, note, deadline, copy, parent_step_id
            )

        self._busy = True
        self._update_chosen()
        self.ctx.runner.submit(job, self._done, self._failed)

    @Slot(object)
    def _done(self, steps: list[StepInfo]) -> None:
        self._busy = False
        self.referred.emit(steps)
        self.accept()
