"""Panels of the letter form (recipients, details, attachments) and what the form reads and writes
in one job each: :func:`load_form` and :func:`save_recipients`."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.models import Contact, Tag
from sivadesk.ops import attachments, letter_recipients, registers, users
from sivadesk.ops import letters as letter_ops
from sivadesk.ops.attachments import AttachmentInfo
from sivadesk.ops.letter_access import LetterInfo
from sivadesk.ops.letter_archive import RETENTION_LABELS
from sivadesk.ops.records import AuditEntry, audit_trail
from sivadesk.ops.registers import RegisterInfo
from sivadesk.ops.users import DepartmentInfo, UserInfo
from sivadesk.ui.context import UiContext
from sivadesk.ui.date_edit import CalendarDateEdit
from sivadesk.ui.letter_form_parts import ContactField

log = logging.getLogger("sivadesk.ui.letters")


# -- recipients ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recipient:
    """One addressee (or copy) as the form holds it."""

    kind: str  # contact | user | department | group
    ref_id: int
    name: str
    copy: bool = False


def recipient_kind_label(kind: str) -> str:
    labels = {
        "contact": QCoreApplication.translate("letters", "Contact"),
        "user": QCoreApplication.translate("letters", "User"),
        "department": QCoreApplication.translate("letters", "Department"),
        "group": QCoreApplication.translate("letters", "Contact group"),
    }
    return labels.get(kind, kind)


class RecipientsPanel(QWidget):
    """Addressees and copies (رونوشت): contacts, users, departments and contact groups."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Recipient"), self.tr("Kind"), self.tr("Copy")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.contact = ContactField(ctx, self)
        self.add_contact_button = QPushButton(self.tr("Add contact"), self)
        self.user_combo = QComboBox(self)
        self.add_user_button = QPushButton(self.tr("Add user"), self)
        self.department_combo = QComboBox(self)
        self.add_department_button = QPushButton(self.tr("Add department"), self)
        self.group_combo = QComboBox(self)
        self.add_group_button = QPushButton(self.tr("Add contact group"), self)
        self.copy_check = QCheckBox(self.tr("As a copy"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.toggle_copy_button = QPushButton(self.tr("Addressee / copy"), self)
        rows = QVBoxLayout()
        for picker, button in (
            (self.contact, self.add_contact_button),
            (self.user_combo, self.add_user_button),
            (self.department_combo, self.add_department_button),
            (self.group_combo, self.add_group_button),
        ):
            row = QHBoxLayout()
            row.addWidget(picker, 1)
            row.addWidget(button)
            rows.addLayout(row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.copy_check)
        bottom.addStretch(1)
        bottom.addWidget(self.toggle_copy_button)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        layout.addLayout(rows)
        self.add_contact_button.clicked.connect(self._add_contact)
        self.add_user_button.clicked.connect(lambda: self._add_from(self.user_combo, "user"))
        self.add_department_button.clicked.connect(
            lambda: self._add_from(self.department_combo, "department")
        )
        self.add_group_button.clicked.connect(lambda: self._add_from(self.group_combo, "group"))
        self.remove_button.clicked.connect(self._remove)
        self.toggle_copy_button.clicked.connect(self._toggle_copy)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._read_only = False
        self._update_buttons()

    def set_choices(
        self, users: list[tuple[int, str]], departments: list[tuple[int, str]], groups: list[tuple[int, str]]
    ) -> None:
        for combo, items in (
            (self.user_combo, users),
            (self.department_combo, departments),
            (self.group_combo, groups),
        ):
            combo.clear()
            for ref, name in items:
                combo.addItem(name, ref)
        self.group_combo.setVisible(bool(groups))
        self.add_group_button.setVisible(bool(groups))
        self._update_buttons()

    def set_recipients(self, rows: list[Recipient]) -> None:
        self.tree.clear()
        for r in rows:
            self._append(r)
        self._update_buttons()

    def recipients(self) -> list[Recipient]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                out.append(item.data(0, Qt.ItemDataRole.UserRole))
        return out

    def add(self, r: Recipient) -> None:
        if any(x.kind == r.kind and x.ref_id == r.ref_id and x.copy == r.copy for x in self.recipients()):
            return
        self._append(r)
        self.changed.emit()
        self._update_buttons()

    def _append(self, r: Recipient) -> None:
        item = QTreeWidgetItem([r.name, recipient_kind_label(r.kind), self.tr("Copy") if r.copy else ""])
        item.setData(0, Qt.ItemDataRole.UserRole, r)
        self.tree.addTopLevelItem(item)

    @Slot()
    def _add_contact(self) -> None:
        if self.contact.contact_id is not None:
            self.add(
                Recipient(
                    "contact", self.contact.contact_id, self.contact.contact_name, self.copy_check.isChecked()
                )
            )
            self.contact.choose(None)

    def _add_from(self, combo: QComboBox, kind: str) -> None:
        if combo.currentIndex() >= 0 and combo.currentData() is not None:
            self.add(
                Recipient(kind, int(combo.currentData()), combo.currentText(), self.copy_check.isChecked())
            )

    @Slot()
    def _remove(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
            self.changed.emit()
            self._update_buttons()

    @Slot()
    def _toggle_copy(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        r: Recipient = item.data(0, Qt.ItemDataRole.UserRole)
        flipped = Recipient(r.kind, r.ref_id, r.name, not r.copy)
        item.setData(0, Qt.ItemDataRole.UserRole, flipped)
        item.setText(2, self.tr("Copy") if flipped.copy else "")
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self._read_only
        has = self.tree.currentItem() is not None
        for w in (
            self.contact,
            self.add_contact_button,
            self.user_combo,
            self.add_user_button,
            self.department_combo,
            self.add_department_button,
            self.group_combo,
            self.add_group_button,
            self.copy_check,
        ):
            w.setEnabled(editable)
        self.remove_button.setEnabled(editable and has)
        self.toggle_copy_button.setEnabled(editable and has)


def date_field(ctx: UiContext, parent: QWidget) -> CalendarDateEdit:
    """A date in the user's calendar (Jalali or Gregorian), which may be empty."""
    return CalendarDateEdit(ctx, parent)


def time_field(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(9, 0))
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def set_when(date_edit: Any, time_edit: QTimeEdit, value: dt.datetime | None) -> None:
    if value is None:
        date_edit.setDate(None)
        return
    local = (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone()
    date_edit.setDate(local.date())
    time_edit.setTime(QTime(local.hour, local.minute))


def when_of(date_edit: Any, time_edit: QTimeEdit) -> dt.datetime | None:
    """The local date and time entered, time-zone aware, or ``None`` when the date is empty."""
    day = date_edit.date()
    if day is None:
        return None
    t = time_edit.time()
    return dt.datetime(day.year, day.month, day.day, t.hour(), t.minute()).astimezone()


class DetailsPanel(QWidget):
    """Metadata, editable whatever the letter's status: category, type, tags, scheduled sending
    and the user's own reminder."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.category_combo = QComboBox(self)
        self.category_combo.setEditable(True)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setEditable(True)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Comma separated"))
        self.retention_combo = QComboBox(self)
        self.retention_combo.addItem(self.tr("(not set)"), "")
        for code, label in RETENTION_LABELS.items():
            self.retention_combo.addItem(QCoreApplication.translate("letters", label), code)
        self.retention_combo.setToolTip(self.tr("How long the archived letter is kept"))
        self.send_date = date_field(ctx, self)
        self.send_time = time_field(self)
        self.reminder_date = date_field(ctx, self)
        self.reminder_time = time_field(self)
        self.reminder_note = QLineEdit(self)
        self.reminder_note.setPlaceholderText(self.tr("What to remember"))
        self.save_button = QPushButton(self.tr("Save details"), self)
        self.note = QLabel(
            self.tr("Category, type, tags, scheduled sending and reminder can change after registration."),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        form = QFormLayout(self)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Type"), self.kind_combo)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Keep for"), self.retention_combo)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_date)
        send_row.addWidget(self.send_time)
        send_row.addStretch(1)
        form.addRow(self.tr("Send on"), send_row)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_date)
        reminder_row.addWidget(self.reminder_time)
        reminder_row.addWidget(self.reminder_note, 1)
        form.addRow(self.tr("Remind me"), reminder_row)
        form.addRow("", self.note)
        form.addRow("", self.save_button)

    def set_codes(self, categories: list[tuple[str, str]], kinds: list[tuple[str, str]]) -> None:
        """The office's lists of categories and types (code, name); a code may also be typed."""
        for combo, items in ((self.category_combo, categories), (self.kind_combo, kinds)):
            current = self._value(combo)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", "")
            for code, name in items:
                combo.addItem(f"{name} ({code})" if name and name != code else code, code)
            _set_combo_text(combo, current)
            combo.blockSignals(False)

    @staticmethod
    def _value(combo: QComboBox) -> str:
        """The chosen code, or the text typed when it is not one of the list's entries."""
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0 and combo.itemData(index) is not None:
            return str(combo.itemData(index))
        return text

    def show_letter(self, x: LetterInfo) -> None:
        _set_combo_text(self.category_combo, x.category)
        _set_combo_text(self.kind_combo, x.kind)
        self.tags_edit.setText(", ".join(x.tags))
        self.retention_combo.setCurrentIndex(max(0, self.retention_combo.findData(x.retention_class)))
        set_when(self.send_date, self.send_time, x.scheduled_send_at)
        mine = x.reminder_user_id == self.ctx.actor.user_id
        set_when(self.reminder_date, self.reminder_time, x.reminder_at if mine else None)
        self.reminder_note.setText(x.reminder_note if mine else "")
        can_send = x.status == "registered" and x.direction != "inbound"
        self.send_date.setEnabled(can_send)
        self.send_time.setEnabled(can_send)

    def values(self) -> dict[str, Any]:
        tags = [t.strip() for t in self.tags_edit.text().replace("،", ",").split(",") if t.strip()]
        return {
            "category": self._value(self.category_combo),
            "kind": self._value(self.kind_combo),
            "tags": tags,
            "retention_class": self.retention_combo.currentData(),
        }

    def send_at(self) -> dt.datetime | None:
        return when_of(self.send_date, self.send_time)

    def remind_at(self) -> dt.datetime | None:
        return when_of(self.reminder_date, self.reminder_time)


def _set_combo_text(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index < 0 and value:
        combo.addItem(value, value)
        index = combo.count() - 1
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(value)


class FilesPanel(QWidget):
    """A letter's attachments and scans: add, view (images and PDFs in the app), save, remove."""

    #: the list changed (files added or removed): the form reloads
    changed = Signal()
    #: something to tell the user (text), or an error (exception)
    message = Signal(str)
    failed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letter_id: int | None = None
        self.writable = False
        self.viewer: QWidget | None = None
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.view_button = QPushButton(self.tr("View"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_clicked)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self._save_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.tree.itemActivated.connect(lambda *_: self.view_selected())
        self.tree.currentItemChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def set_entries(self, letter_id: int | None, rows: list[AttachmentInfo], writable: bool) -> None:
        self.letter_id, self.writable = letter_id, writable
        self.tree.clear()
        locale = QLocale()
        for a in rows:
            item = QTreeWidgetItem(
                [a.filename, locale.formattedDataSize(a.size), self.ctx.fmt_datetime(a.created_at)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(0, a.mime_type)
            self.tree.addTopLevelItem(item)
        self.update_buttons()

    def names(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [it.text(0) for it in items if it is not None]

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def update_buttons(self) -> None:
        has = self.tree.currentItem() is not None
        can = self.ctx.actor.can("attachments.write") and self.writable
        self.add_button.setEnabled(self.letter_id is not None and can)
        self.add_button.setToolTip("" if self.letter_id is not None else self.tr("Save the draft first"))
        self.view_button.setEnabled(has)
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has and can)

    @Slot()
    def _add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        if self.letter_id is None:
            return
        actor, lid = self.ctx.actor, self.letter_id

        def job(s: Session) -> int:
            for p in paths:
                path = Path(p)
                attachments.add_attachment(s, actor, "letter", lid, path.name, path.read_bytes())
            return len(paths)

        self.ctx.runner.submit(job, self._changed, self._failed)

    @Slot()
    def view_selected(self) -> None:
        aid = self.selected_id()
        if aid is not None:
            from sivadesk.ui.attachment_viewer import open_attachment_viewer

            self.viewer = open_attachment_viewer(self.ctx, aid, self.window())

    @Slot()
    def _save_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment as"), item.text(0))
        if path:
            self.save_to(int(item.data(0, Qt.ItemDataRole.UserRole)), path)

    def save_to(self, attachment_id: int, path: str) -> None:
        actor = self.ctx.actor

        def job(s: Session) -> str:
            _info, data = attachments.read_attachment(s, actor, attachment_id)
            Path(path).write_bytes(data)
            return path

        self.ctx.runner.submit(job, self._saved, self._failed, read_only=True)

    def _saved(self, path: str) -> None:
        self.message.emit(self.tr("Saved to {path}").format(path=path))

    @Slot()
    def _remove_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove {name} from this letter?").format(name=item.text(0)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            actor, aid = self.ctx.actor, int(item.data(0, Qt.ItemDataRole.UserRole))
            self.ctx.runner.submit(
                lambda s: attachments.remove_attachment(s, actor, aid), self._changed, self._failed
            )

    def _changed(self, _result: object) -> None:
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, OSError):
            self.message.emit(
                self.tr("The file {name} could not be read or written: {reason}").format(
                    name=exc.filename or "", reason=exc.strerror or str(exc)
                )
            )
        else:
            self.failed.emit(exc)


# -- reading and writing -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FormData:
    """Everything the form shows, read in one job."""

    letter: Any  # LetterInfo, or None for a new draft
    registers: list[RegisterInfo]
    users: list[UserInfo]
    departments: list[DepartmentInfo]
    contact_name: str = ""
    attachments: list[AttachmentInfo] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    groups: list[tuple[int, str]] = field(default_factory=list)
    links: list[Any] = field(default_factory=list)
    categories: list[tuple[str, str]] = field(default_factory=list)
    kinds: list[tuple[str, str]] = field(default_factory=list)
    history: list[AuditEntry] | None = None


def _contact_name(s: Session, contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    return str(s.scalar(select(Contact.display_name).where(Contact.id == contact_id)) or "")


def _groups(s: Session) -> list[tuple[int, str]]:
    rows = s.execute(select(Tag.id, Tag.name).where(Tag.is_group.is_(True)).order_by(Tag.name))
    return [(int(i), str(n)) for i, n in rows]


def _codes(s: Session, key: str) -> list[tuple[str, str]]:
    return [(c.code, c.name) for c in registers.letter_codes(s, key)]


def load_form(s: Session, actor: Any, letter_id: int | None) -> FormData:
    letter = letter_ops.get_letter(s, actor, letter_id) if letter_id is not None else None
    recipients: list[Recipient] = []
    links: list[Any] = []
    if letter is not None:
        recipients = [
            Recipient(r.kind, r.ref_id, r.name, r.copy)
            for r in letter_recipients.list_recipients(s, actor, letter.id)
            if r.ref_id is not None
        ]
        links = letter_recipients.list_links(s, actor, letter.id)
    return FormData(
        letter,
        registers.list_registers(s),
        users.list_users(s),
        users.list_departments(s),
        _contact_name(s, letter.contact_id if letter else None),
        attachments.list_attachments(s, actor, "letter", letter.id) if letter else [],
        recipients,
        _groups(s),
        links,
        _codes(s, "letter_categories"),
        _codes(s, "letter_kinds"),
        audit_trail(s, actor, "letter", letter.id, limit=200) if letter and actor.can("audit.read") else None,
    )


def save_recipients(s: Session, actor: Any, letter_id: int, rows: list[Recipient]) -> None:
    inputs = [letter_recipients.RecipientInput(r.kind, r.ref_id, r.copy) for r in rows]
    letter_recipients.set_recipients(s, actor, letter_id, inputs)
