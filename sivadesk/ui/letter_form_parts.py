"""Parts of the letter form: the rich-text body editor, the contact field (search as you type) and
the dialog that asks why a letter is voided."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.letters import merge
from sivadesk.ops.contact_search import search_contacts
from sivadesk.ui.contacts_model import kind_icon
from sivadesk.ui.context import UiContext

log = logging.getLogger("sivadesk.ui.letters")


# -- body --------------------------------------------------------------------------------------------


def merge_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """The merge fields the body may use (:mod:`sivadesk.letters.merge`), by group:
    (group label, [(placeholder, label)])."""
    translate = QCoreApplication.translate  # lupdate extracts calls named translate(...)
    labels = {
        "contact.name": translate("BodyEditor", "Name"),
        "contact.first_name": translate("BodyEditor", "First name"),
        "contact.last_name": translate("BodyEditor", "Last name"),
        "contact.title": translate("BodyEditor", "Job title"),
        "contact.kind": translate("BodyEditor", "Kind"),
        "contact.company": translate("BodyEditor", "Company"),
        "contact.street": translate("BodyEditor", "Street"),
        "contact.postcode": translate("BodyEditor", "Postcode"),
        "contact.city": translate("BodyEditor", "City"),
        "contact.region": translate("BodyEditor", "Region"),
        "contact.country": translate("BodyEditor", "Country"),
        "contact.address": translate("BodyEditor", "Full address"),
        "contact.phone": translate("BodyEditor", "Phone"),
        "contact.email": translate("BodyEditor", "E-mail"),
        "letter.number": translate("BodyEditor", "Number"),
        "letter.number_fa": translate("BodyEditor", "Number in Persian digits"),
        "letter.subject": translate("BodyEditor", "Subject"),
        "letter.category": translate("BodyEditor", "Category"),
        "letter.kind": translate("BodyEditor", "Type"),
        "letter.date": translate("BodyEditor", "Date"),
        "letter.date_gregorian": translate("BodyEditor", "Date (day/month/year)"),
        "letter.date_jalali": translate("BodyEditor", "Jalali date"),
        "letter.date_jalali_fa": translate("BodyEditor", "Jalali date in Persian digits"),
        "letter.their_number": translate("BodyEditor", "Their number"),
        "letter.their_date": translate("BodyEditor", "Their date"),
        "letter.their_date_jalali": translate("BodyEditor", "Their date (Jalali)"),
        "signer.name": translate("BodyEditor", "Signer's name"),
        "signer.title": translate("BodyEditor", "Signer's position"),
    }
    groups = [
        (translate("BodyEditor", "Correspondent"), [f"contact.{f}" for f in merge.CONTACT_FIELDS]),
        (translate("BodyEditor", "Company"), [f"company.{f}" for f in merge.COMPANY_FIELDS]),
        (translate("BodyEditor", "Letter"), [k for k in labels if k.startswith("letter.")]),
        (translate("BodyEditor", "Signer"), ["signer.name", "signer.title"]),
    ]
    out = []
    for title, keys in groups:
        items = [
            (placeholder(k), labels.get(k) or labels.get("contact." + k.split(".", 1)[1], k)) for k in keys
        ]
        if items:
            out.append((title, items))
    return out


def placeholder(key: str) -> str:
    return "{{" + key + "}}"


class BodyEditor(QWidget):
    """Rich text with a small toolbar: bold, italic, underline, lists, alignment, paragraph
    direction (right to left for Persian, left to right for French) and merge fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTextEdit(self)
        self.edit.setAcceptRichText(True)
        self.edit.setTabChangesFocus(True)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bold = self._toggle(self.tr("Bold"), "B", QKeySequence.StandardKey.Bold, self._set_bold)
        self.italic = self._toggle(self.tr("Italic"), "I", QKeySequence.StandardKey.Italic, self._set_italic)
        self.underline = self._toggle(
            self.tr("Underline"), "U", QKeySequence.StandardKey.Underline, self._set_underline
        )
        bold_font = QFont(self.bold.font())
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        italic_font = QFont(self.italic.font())
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        underline_font = QFont(self.underline.font())
        underline_font.setUnderline(True)
        self.underline.setFont(underline_font)
        self.toolbar.addSeparator()
        self.bullets = self._button(
            self.tr("Bulleted list"), "•", lambda: self.make_list(QTextListFormat.Style.ListDisc)
        )
        self.numbers = self._button(
            self.tr("Numbered list"), "1.", lambda: self.make_list(QTextListFormat.Style.ListDecimal)
        )
        self.toolbar.addSeparator()
        self.align_group = QActionGroup(self)
        self.align_actions: dict[Qt.AlignmentFlag, QAction] = {}
        for flag, text, tip in (
            (Qt.AlignmentFlag.AlignLeading, "⇤", self.tr("Align to the start of the line")),
            (Qt.AlignmentFlag.AlignHCenter, "≡", self.tr("Center")),
            (Qt.AlignmentFlag.AlignTrailing, "⇥", self.tr("Align to the end of the line")),
            (Qt.AlignmentFlag.AlignJustify, "☰", self.tr("Justify")),
        ):
            action = self._button(tip, text, lambda f=flag: self.align(f))
            action.setCheckable(True)
            self.align_group.addAction(action)
            self.align_actions[flag] = action
        self.toolbar.addSeparator()
        self.rtl = self._button(
            self.tr("Right to left paragraph"),
            "RTL",
            lambda: self.set_direction(Qt.LayoutDirection.RightToLeft),
        )
        self.ltr = self._button(
            self.tr("Left to right paragraph"),
            "LTR",
            lambda: self.set_direction(Qt.LayoutDirection.LeftToRight),
        )
        self.toolbar.addSeparator()
        self.merge_button = QToolButton(self)
        self.merge_button.setText(self.tr("Insert field"))
        self.merge_button.setToolTip(
            self.tr("Fields filled in when the letter is printed: the correspondent's name, the number…")
        )
        self.merge_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.merge_menu = QMenu(self.merge_button)
        self.merge_button.setMenu(self.merge_menu)
        self.toolbar.addWidget(self.merge_button)
        self.fill_merge_menu(merge_groups())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)
        self.edit.currentCharFormatChanged.connect(self._format_changed)
        self.edit.cursorPositionChanged.connect(self._block_changed)

    def _button(self, tip: str, text: str, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def _toggle(self, tip: str, text: str, key: QKeySequence.StandardKey, slot: Any) -> QAction:
        action = self._button(tip, text, slot)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def fill_merge_menu(self, groups: list[tuple[str, list[tuple[str, str]]]]) -> None:
        self.merge_menu.clear()
        self.merge_tokens: list[str] = []
        for title, fields in groups:
            sub = self.merge_menu.addMenu(title)
            for token, label in fields:
                action = sub.addAction(label)
                action.setToolTip(token)
                self.merge_tokens.append(token)
                action.triggered.connect(lambda _=False, t=token: self.insert_field(t))
        self.merge_button.setEnabled(bool(groups))
        if not groups:
            self.merge_button.setToolTip(self.tr("No merge fields are available."))

    # -- editing ---------------------------------------------------------------------------

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)

    @Slot(bool)
    def _set_bold(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if on else QFont.Weight.Normal)
        self._merge(fmt)

    @Slot(bool)
    def _set_italic(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(on)
        self._merge(fmt)

    @Slot(bool)
    def _set_underline(self, on: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(on)
        self._merge(fmt)

    def make_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            # The same button again ends the list: the paragraphs become plain ones.
            block = QTextBlockFormat()
            block.setIndent(0)
            for i in reversed(range(current.count())):
                current.remove(current.item(i))
            cursor.setBlockFormat(block)
            return
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    def align(self, flag: Qt.AlignmentFlag) -> None:
        self.edit.setAlignment(flag)
        self._block_changed()

    def set_direction(self, direction: Qt.LayoutDirection) -> None:
        cursor = self.edit.textCursor()
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(direction)
        cursor.mergeBlockFormat(fmt)

    def insert_field(self, token: str) -> None:
        self.edit.textCursor().insertText(token)
        self.edit.setFocus()

    @Slot(QTextCharFormat)
    def _format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic.setChecked(fmt.fontItalic())
        self.underline.setChecked(fmt.fontUnderline())

    @Slot()
    def _block_changed(self) -> None:
        flags = self.edit.alignment()
        for flag, action in self.align_actions.items():
            action.setChecked(bool(flags & flag))

    # -- value -----------------------------------------------------------------------------

    def html(self) -> str:
        """The body as stored: HTML, or "" when nothing was typed."""
        return self.edit.toHtml() if self.edit.toPlainText().strip() else ""

    def set_html(self, text: str, rtl: bool) -> None:
        option = self.edit.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.edit.document().setDefaultTextOption(option)
        if "<" in text and ">" in text:
            self.edit.setHtml(text)
        else:
            self.edit.setPlainText(text)
        self.edit.document().setModified(False)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.toolbar.setEnabled(not read_only)


# -- the contact field --------------------------------------------------------------------------------


class ContactField(QWidget):
    """Pick a contact (person, company or lead) by typing part of a name, phone or e-mail."""

    contact_changed = Signal(object)  # contact id or None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.contact_name = ""
        self._serial = 0
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type a name, phone or e-mail"))
        self.edit.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self.completer = QCompleter(self.results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.edit.setCompleter(self.completer)
        self.linked = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.linked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(self._edited)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]

    def choose(self, contact_id: int | None, name: str = "") -> None:
        self.contact_id = contact_id
        self.contact_name = name if contact_id is not None else ""
        self.edit.setText(self.contact_name)
        self.linked.setText("✓" if contact_id is not None else "")
        self.contact_changed.emit(contact_id)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    @Slot(str)
    def _edited(self, text: str) -> None:
        if self.contact_id is not None and text != self.contact_name:
            self.contact_id = None
            self.contact_name = ""
            self.linked.clear()
            self.contact_changed.emit(None)
        self._timer.start()

    @Slot()
    def search(self) -> None:
        text = self.edit.text().strip()
        self._serial += 1
        serial, actor = self._serial, self.ctx.actor
        if not text:
            self.results.clear()
            return

        def job(s: Session) -> tuple[int, list[tuple[int, str, str, str]]]:
            found = search_contacts(s, actor, text, limit=15)
            return serial, [(c.id, c.display_name, c.kind.value, c.city) for c in found]

        self.ctx.pages.submit(
            job, self._found, lambda exc: log.warning("contact search: %s", exc), read_only=True
        )

    def _found(self, result: tuple[int, list[tuple[int, str, str, str]]]) -> None:
        serial, rows = result
        if serial != self._serial:
            return
        self.results.clear()
        for cid, name, kind, city in rows:
            item = QStandardItem(kind_icon(kind), name)
            item.setData(cid, Qt.ItemDataRole.UserRole)
            item.setToolTip(city)
            self.results.appendRow(item)
        if rows and self.edit.hasFocus():
            self.completer.complete()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        cid = index.data(Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.choose(int(cid), str(index.data(Qt.ItemDataRole.DisplayRole)))

    def found_names(self) -> list[str]:
        return [self.results.item(i).text() for i in range(self.results.rowCount())]


# -- voiding --------------------------------------------------------------------------------------------


class VoidDialog(QDialog):
    """Asks why a numbered letter is voided; OK stays disabled until a reason is written."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Void letter"))
        self.label = QLabel(
            self.tr(
                "Void letter {number}? It keeps its number, which is never given again. Why is it voided?"
            ).format(number=number),
            self,
        )
        self.label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.tr("Void"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.value())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(460, 220)

    def value(self) -> str:
        return self.reason.toPlainText().strip()
