"""Panels of the contact file window: the activity timeline and the attachments.

Both run their store work on ``ctx.runner``; files are read from and written to disk inside those
jobs, on the worker thread, so a large file never freezes the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import activity, attachments
from sivadesk.ops.activity import ActivityInfo
from sivadesk.ops.attachments import AttachmentInfo
from sivadesk.ui.contacts_model import badge_icon, join_parts, plural
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error

log = logging.getLogger("sivadesk.ui.contacts")

_KIND_COLORS = {
    "note": "#5b6b7a",
    "call": "#1f8a4c",
    "letter": "#2f6db5",
    "fax": "#8a5a2b",
    "task": "#b5472f",
    "message": "#7a4fb3",
    "appointment": "#0f7c86",
    "system": "#888888",
}


def activity_label(kind: str) -> str:
    labels = {
        "note": QCoreApplication.translate("TimelinePanel", "Note"),
        "call": QCoreApplication.translate("TimelinePanel", "Call"),
        "letter": QCoreApplication.translate("TimelinePanel", "Letter"),
        "fax": QCoreApplication.translate("TimelinePanel", "Fax"),
        "task": QCoreApplication.translate("TimelinePanel", "Task"),
        "message": QCoreApplication.translate("TimelinePanel", "Message"),
        "appointment": QCoreApplication.translate("TimelinePanel", "Appointment"),
        "system": QCoreApplication.translate("TimelinePanel", "System"),
    }
    return labels.get(kind, kind)


def activity_icon(kind: str) -> QIcon:
    return badge_icon(f"activity:{kind}", activity_label(kind), _KIND_COLORS.get(kind, "#607080"))


class TimelinePanel(QWidget):
    """Newest first; "Load older" pages back by id; a box at the top adds a note."""

    changed = Signal()  # a note was added here
    load_older_requested = Signal(int)  # id of the oldest entry shown

    def __init__(self, ctx: UiContext, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Write a note…"))
        self.note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.setEnabled(ctx.actor.can("activity.write"))
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(3)
        self.empty_label = QLabel(self.tr("Nothing on the timeline yet."), self)
        self.older_button = QPushButton(self.tr("Load older entries"), self)
        self.older_button.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(note_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.older_button)
        self.add_note_button.clicked.connect(self.add_note)
        self.older_button.clicked.connect(self._older_clicked)
        self.list.itemActivated.connect(self._activated)
        self._oldest_id: int | None = None

    def set_entries(self, rows: list[ActivityInfo], more: bool) -> None:
        self.list.clear()
        self._oldest_id = None
        self.append_entries(rows, more)

    def append_entries(self, rows: list[ActivityInfo], more: bool) -> None:
        for a in rows:
            self.list.addItem(self._item(a))
            self._oldest_id = a.id
        self.older_button.setVisible(more)
        self.older_button.setEnabled(True)
        self.empty_label.setVisible(self.list.count() == 0)

    def _item(self, a: ActivityInfo) -> QListWidgetItem:
        head = f"{activity_label(a.kind)} — {a.title}"
        lines = [head]
        body = a.body.strip()
        title = a.title.strip()
        if title and body.startswith(title):
            body = body[len(title) :].strip()  # a note's title is its first line: do not show it twice
        if body:
            lines.append(body if len(body) <= 400 else body[:400] + "…")
        other = a.contact_name if a.contact_id != self.contact_id else ""
        lines.append(join_parts((other, a.user_name, self.ctx.fmt_datetime(a.occurred_at))))
        item = QListWidgetItem(activity_icon(a.kind), "\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, a.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, (a.item_type, a.item_id))
        item.setToolTip(a.body or a.title)
        return item

    @Slot(QListWidgetItem)
    def _activated(self, item: QListWidgetItem) -> None:
        """A letter on the timeline opens in its own window."""
        item_type, item_id = item.data(Qt.ItemDataRole.UserRole + 1) or ("", None)
        if item_type == "letter" and item_id is not None:
            from sivadesk.ui.letter_form import open_letter_form

            open_letter_form(self.ctx, int(item_id), self.window())

    def entries(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    @Slot()
    def _older_clicked(self) -> None:
        if self._oldest_id is not None:
            self.older_button.setEnabled(False)
            self.load_older_requested.emit(self._oldest_id)

    @Slot()
    def add_note(self) -> None:
        text = self.note_edit.toPlainText().strip()
        if not text:
            self.note_edit.setFocus()
            return
        actor, cid = self.ctx.actor, self.contact_id
        self.add_note_button.setEnabled(False)
        self.ctx.runner.submit(
            lambda s: activity.add_note(s, actor, cid, text), self._note_added, self._failed
        )

    def _note_added(self, _activity_id: int) -> None:
        self.note_edit.clear()
        self.add_note_button.setEnabled(True)
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.add_note_button.setEnabled(self.ctx.actor.can("activity.write"))
        show_error(self, exc)


class AttachmentsPanel(QWidget):
    """The contact's files: add (several at once), save a copy, remove."""

    changed = Signal()  # the list must be re-read
    saved_to = Signal(str)  # a copy was written to this path

    def __init__(self, ctx: UiContext, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Size"), self.tr("Added")])
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.save_button = QPushButton(self.tr("Save as…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        can_write = ctx.actor.can("attachments.write")
        self.add_button.setEnabled(can_write)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self._add_clicked)
        self.save_button.clicked.connect(self._save_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self._save_clicked())
        self._update_buttons()

    def set_entries(self, rows: list[AttachmentInfo]) -> None:
        self.tree.clear()
        locale = QLocale()
        for a in rows:
            item = QTreeWidgetItem(
                [a.filename, locale.formattedDataSize(a.size), self.ctx.fmt_datetime(a.created_at)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(0, f"{a.mime_type}\nsha256 {a.sha256}")
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for col in (1, 2):
            self.tree.resizeColumnToContents(col)
        self._update_buttons()

    def entries(self) -> list[tuple[int, str]]:
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [(int(it.data(0, Qt.ItemDataRole.UserRole)), it.text(0)) for it in items if it is not None]

    def selected_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    @Slot()
    def _update_buttons(self) -> None:
        has = self.tree.currentItem() is not None
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.ctx.actor.can("attachments.write"))

    # -- user actions (dialogs) then the work (off the GUI thread) -------------------------

    @Slot()
    def _add_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if paths:
            self.add_files(paths)

    @Slot()
    def _save_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment as"), item.text(0))
        if path:
            self.save_to(int(item.data(0, Qt.ItemDataRole.UserRole)), path)

    @Slot()
    def _remove_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove {name} from this contact?").format(name=item.text(0)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def add_files(self, paths: list[str]) -> None:
        actor, cid = self.ctx.actor, self.contact_id
        self.status.setText(plural(self.tr("Adding %Ln file(s)…", "", len(paths)), len(paths)))

        def job(s: Session) -> int:
            for p in paths:
                path = Path(p)
                attachments.add_attachment(s, actor, "contact", cid, path.name, path.read_bytes())
            return len(paths)

        self.ctx.runner.submit(job, self._added, self._failed)

    def _added(self, count: int) -> None:
        self.status.setText(plural(self.tr("%Ln file(s) added.", "", count), count))
        self.changed.emit()

    def save_to(self, attachment_id: int, path: str) -> None:
        actor = self.ctx.actor

        def job(s: Session) -> str:
            _info, data = attachments.read_attachment(s, actor, attachment_id)
            Path(path).write_bytes(data)
            return path

        self.ctx.runner.submit(job, self._saved, self._failed, read_only=True)

    def _saved(self, path: str) -> None:
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        self.saved_to.emit(path)

    def remove(self, attachment_id: int) -> None:
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: attachments.remove_attachment(s, actor, attachment_id), self._removed, self._failed
        )

    def _removed(self, _result: object) -> None:
        self.status.setText(self.tr("Attachment removed."))
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.status.clear()
        if isinstance(exc, OSError):
            text = self.tr("The file {name} could not be read or written: {reason}").format(
                name=exc.filename or "", reason=exc.strerror or str(exc)
            )
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Attachments"), text, parent=self)
            box.exec()
        else:
            show_error(self, exc)
