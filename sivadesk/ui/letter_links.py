"""Links between letters in the letter form: in reply to, follows up, refers to — both ways, with a
picker that finds the other letter by its number or words (the search service)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import letter_recipients
from sivadesk.ops import letters as letter_ops
from sivadesk.ops.letter_search import LetterQuery, search_letters
from sivadesk.ui.context import UiContext
from sivadesk.ui.letters_model import display_number

log = logging.getLogger("sivadesk.ui.letters")


def link_kind_label(kind: str, outgoing: bool) -> str:
    translate = QCoreApplication.translate  # lupdate extracts calls named translate(...)
    labels = {
        ("in_reply_to", True): translate("LinksPanel", "In reply to"),
        ("in_reply_to", False): translate("LinksPanel", "Answered by"),
        ("follow_up", True): translate("LinksPanel", "Followed up by"),
        ("follow_up", False): translate("LinksPanel", "Follows up"),
        ("reference", True): translate("LinksPanel", "Refers to"),
        ("reference", False): translate("LinksPanel", "Referred to by"),
    }
    return labels.get((kind, outgoing), kind)


@dataclass(frozen=True, slots=True)
class LetterChoice:
    id: int
    number: str
    subject: str


def find_letters(s: Session, actor: Any, text: str, exclude: int | None) -> list[LetterChoice]:
    """Letters matching ``text`` (number or words) for the link picker, best first."""
    found = search_letters(s, actor, LetterQuery(text=text), limit=15)
    return [LetterChoice(x.id, x.number, x.subject) for x in found if x.id != exclude]


class LinksPanel(QWidget):
    """In-reply-to, follow-up and reference links between this letter and others (both ways)."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.letter_id: int | None = None
        self.draft = False
        self._serial = 0
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Link"), self.tr("Number"), self.tr("Subject")])
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("In reply to"), "in_reply_to")
        self.kind_combo.addItem(self.tr("Follows up"), "follows_up")
        self.kind_combo.addItem(self.tr("Refers to"), "reference")
        self.letter_combo = QComboBox(self)
        self.letter_combo.setEditable(True)
        self.letter_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.letter_edit = QLineEdit(self)
        self.letter_edit.setPlaceholderText(self.tr("Number or words of the other letter"))
        self.letter_combo.setLineEdit(self.letter_edit)
        self.add_button = QPushButton(self.tr("Link"), self)
        self.remove_button = QPushButton(self.tr("Remove link"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        row = QHBoxLayout()
        row.addWidget(self.kind_combo)
        row.addWidget(self.letter_combo, 1)
        row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.letter_edit.textEdited.connect(lambda *_: self._timer.start())
        self.add_button.clicked.connect(self.add_link)
        self.remove_button.clicked.connect(self.remove_link)
        self.open_button.clicked.connect(self.open_selected)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self.update_buttons())
        self.update_buttons()

    def set_links(self, letter_id: int | None, links: list[Any], draft: bool) -> None:
        if draft and not self.draft:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("in_reply_to"))
        self.letter_id, self.draft = letter_id, draft
        self.tree.clear()
        for link in links:
            item = QTreeWidgetItem(
                [
                    link_kind_label(link.kind, link.outgoing),
                    display_number(link.other_number, self.ctx.language) if link.other_number else "—",
                    link.other_subject,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, link)
            self.tree.addTopLevelItem(item)
        self.update_buttons()

    def rows(self) -> list[list[str]]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [[it.text(c) for c in range(3)] for it in items if it is not None]

    def update_buttons(self) -> None:
        item = self.tree.currentItem()
        link = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        can = self.ctx.actor.can("letters.write") and self.letter_id is not None
        self.add_button.setEnabled(can)
        self.open_button.setEnabled(link is not None)
        # In-reply-to is a field of the draft; other links go either way, on any letter.
        removable = link is not None and (link.id is not None or (self.draft and link.outgoing))
        self.remove_button.setEnabled(can and removable)
        index = self.kind_combo.findData("in_reply_to")
        item_model = self.kind_combo.model()
        if hasattr(item_model, "item"):
            item_model.item(index).setEnabled(self.draft)
        if not self.draft and self.kind_combo.currentData() == "in_reply_to":
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("follows_up"))

    @Slot()
    def search(self) -> None:
        text = self.letter_combo.currentText().strip()
        self._serial += 1
        serial, actor, exclude = self._serial, self.ctx.actor, self.letter_id
        if not text:
            return

        def job(s: Session) -> tuple[int, list[LetterChoice]]:
            return serial, find_letters(s, actor, text, exclude)

        self.ctx.pages.submit(
            job, self._found, lambda exc: log.warning("letter search: %s", exc), read_only=True
        )

    def _found(self, result: tuple[int, list[LetterChoice]]) -> None:
        serial, rows = result
        if serial != self._serial:
            return
        text = self.letter_combo.currentText()
        self.letter_combo.blockSignals(True)
        self.letter_combo.clear()
        for c in rows:
            number = display_number(c.number, self.ctx.language) if c.number else "—"
            self.letter_combo.addItem(f"{number} — {c.subject}", c.id)
        self.letter_combo.setCurrentIndex(-1)
        self.letter_combo.setEditText(text)
        self.letter_combo.blockSignals(False)
        if rows and self.letter_edit.hasFocus():
            self.letter_combo.showPopup()

    def chosen_id(self) -> int | None:
        index = self.letter_combo.findText(self.letter_combo.currentText())
        if index < 0 and self.letter_combo.count() == 1:
            index = 0
        data = self.letter_combo.itemData(index) if index >= 0 else None
        return int(data) if data is not None else None

    @Slot()
    def add_link(self) -> None:
        other, lid = self.chosen_id(), self.letter_id
        if other is None or lid is None:
            return
        kind, actor = str(self.kind_combo.currentData()), self.ctx.actor

        def job(s: Session) -> None:
            if kind == "in_reply_to":
                letter_ops.update_draft(s, actor, lid, in_reply_to_id=other)
                return
            if kind == "follows_up":  # this letter follows up on the other one
                letter_recipients.add_link(s, actor, other, lid, "follow_up")
            else:
                letter_recipients.add_link(s, actor, lid, other, kind)

        self.ctx.runner.submit(job, self._changed, self._failed)

    @Slot()
    def remove_link(self) -> None:
        item = self.tree.currentItem()
        lid = self.letter_id
        if item is None or lid is None:
            return
        link, actor = item.data(0, Qt.ItemDataRole.UserRole), self.ctx.actor

        def job(s: Session) -> None:
            if link.id is None:
                letter_ops.update_draft(s, actor, lid, in_reply_to_id=None)
                return
            letter_recipients.remove_link(s, actor, link.id)

        self.ctx.runner.submit(job, self._changed, self._failed)

    @Slot()
    def open_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            from sivadesk.ui.letter_form import open_letter_form

            open_letter_form(self.ctx, int(item.data(0, Qt.ItemDataRole.UserRole).other_id), self.window())

    def _changed(self, _result: object) -> None:
        self.letter_combo.setEditText("")
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.failed.emit(exc)
