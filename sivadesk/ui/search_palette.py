"""Global search (Ctrl+K): type a name, a phone number in any format or an e-mail; Enter opens.

The search runs on the paging lane after a short pause in typing; a result that arrives after the
text has changed again is dropped (each search carries a serial number).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from sivadesk.ops.contact_search import search_contacts
from sivadesk.ops.contacts import ContactSummary
from sivadesk.ui.contacts_model import invalid_phone_tip, join_parts, kind_icon, kind_label, ltr, plural
from sivadesk.ui.context import UiContext

log = logging.getLogger("sivadesk.ui.search")

LIMIT = 20


class SearchPalette(QDialog):
    contact_chosen = Signal(int)
    results_shown = Signal(int)  # number of results now listed (after each search)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._serial = 0
        self.setWindowTitle(self.tr("Search"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Name, phone number or e-mail"))
        self.edit.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        self.hint = QLabel(
            self.tr("Type to search contacts. ↑ ↓ to move, Enter to open, Esc to close."), self
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.resize(560, 420)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.installEventFilter(self)
        self.list.itemActivated.connect(self._item_activated)
        self.edit.setFocus()

    @Slot(str)
    def _text_changed(self, _text: str) -> None:
        self._serial += 1  # results of earlier texts are stale from now on
        self._timer.start()

    @Slot()
    def search_now(self) -> None:
        self._timer.stop()
        self._serial += 1
        serial, actor, text = self._serial, self.ctx.actor, self.edit.text()
        if not text.strip():
            self._show(serial, [])
            return

        def job(s: Session) -> tuple[int, list[ContactSummary]]:
            return serial, search_contacts(s, actor, text, LIMIT)

        self.ctx.pages.submit(job, self._found, self._failed, read_only=True)

    def _found(self, result: tuple[int, list[ContactSummary]]) -> None:
        self._show(*result)

    def _failed(self, exc: Exception) -> None:
        log.warning("search failed: %s", exc)
        self.hint.setText(self.tr("The search failed; see the log for details."))

    def _show(self, serial: int, rows: list[ContactSummary]) -> None:
        if serial != self._serial:
            return
        self.list.clear()
        for c in rows:
            details = join_parts((c.organization, ltr(c.primary_phone), c.primary_email, c.city))
            text = f"{c.display_name}\n{details}" if details else c.display_name
            item = QListWidgetItem(kind_icon(c.kind.value), text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            tip = kind_label(c.kind.value)
            if c.has_invalid_phone:
                tip += "\n" + invalid_phone_tip()
            item.setToolTip(tip)
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
            found = self.tr("%Ln contact(s) found. Enter opens the selected one.", "", len(rows))
            self.hint.setText(plural(found, len(rows)))
        elif self.edit.text().strip():
            self.hint.setText(self.tr("No contact matches."))
        else:
            self.hint.setText(self.tr("Type to search contacts. ↑ ↓ to move, Enter to open, Esc to close."))
        self.results_shown.emit(len(rows))

    def results(self) -> list[tuple[int, str]]:
        return [
            (int(self.list.item(i).data(Qt.ItemDataRole.UserRole)), self.list.item(i).text())
            for i in range(self.list.count())
        ]

    @Slot(QListWidgetItem)
    def _item_activated(self, item: QListWidgetItem) -> None:
        self.choose(item)

    def choose(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.list.currentItem()
        if item is None:
            return
        cid = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
        self.contact_chosen.emit(cid)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            moves = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }
            if key in moves and self.list.count():
                row = self.list.currentRow() + moves[key]
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self.list.count() == 0:
                    self.search_now()  # Enter before the pause: search now, choose on the next Enter
                else:
                    self.choose()
                return True
        return super().eventFilter(watched, event)
