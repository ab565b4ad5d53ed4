"""The letters' search bar: words, a row of filters, and saved searches.

Typing or changing a filter emits ``query_changed(LetterQuery)`` after a short pause (one signal
per burst of typing). The filter row (register, dates in the user's calendar, urgency, status,
category, signer, correspondent) folds away behind the "Filters" button; the button shows how many
filters are set. The "Saved" menu saves the current search under a name (optionally shared with
everyone), applies one, or deletes one of the user's own. The lists behind the combo boxes and the
saved searches are read on the store runner, never on the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.models import LetterStatus, Urgency
from sivadesk.ops import registers, users
from sivadesk.ops.letter_search import (
    LetterQuery,
    SavedSearchInfo,
    delete_saved_search,
    list_saved_searches,
    save_search,
)
from sivadesk.textnorm import to_persian_digits
from sivadesk.ui.context import UiContext
from sivadesk.ui.date_edit import CalendarDateEdit
from sivadesk.ui.errors import message_of, show_error
from sivadesk.ui.letters_model import status_label, urgency_label

log = logging.getLogger("sivadesk.ui.letter_search")

DEBOUNCE_MS = 250


class SaveSearchDialog(QDialog):
    """Name of the search to save, and whether every user sees it."""

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save search"))
        self.name = QLineEdit(name, self)
        self.name.setMaxLength(200)
        self.shared = QCheckBox(self.tr("Share with every user"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.shared)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(name.strip()))


class LetterSearchBar(QWidget):
    """Search field + filters + saved searches; ``query_changed(object)`` carries a LetterQuery."""

    query_changed = Signal(object)
    #: the saved searches were (re)loaded: how many are listed
    saved_loaded = Signal(int)
    #: something the user asked failed (already logged): the message shown
    failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved: list[SavedSearchInfo] = []
        self._last: LetterQuery = LetterQuery()
        self._applying = False
        self._build()
        self._connect_signals()
        self.reload_lists()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Search letters: number, subject, text, correspondent…"))
        self.text.setClearButtonEnabled(True)
        self.text.setMaxLength(500)
        self.filters_button = QToolButton(self)
        self.filters_button.setCheckable(True)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.saved_button = QToolButton(self)
        self.saved_button.setText(self.tr("Saved searches"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu = QMenu(self)
        self.saved_button.setMenu(self.saved_menu)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear the words and every filter"))

        self.register = self._combo(self.tr("Any register"))
        self.date_from = CalendarDateEdit(self.ctx, self)
        self.date_to = CalendarDateEdit(self.ctx, self)
        self.date_from.setToolTip(self.tr("Registered (or, for a draft, created) on or after"))
        self.date_to.setToolTip(self.tr("Registered (or, for a draft, created) on or before"))
        self.urgency = self._combo(self.tr("Any urgency"))
        for u in Urgency:
            self.urgency.addItem(urgency_label(u.value), u.value)
        self.status = self._combo(self.tr("Any status"))
        for st in LetterStatus:
            self.status.addItem(status_label(st.value), st.value)
        self.category = self._combo(self.tr("Any category"))
        self.signer = self._combo(self.tr("Any signer"))
        self.correspondent = QLineEdit(self)
        self.correspondent.setPlaceholderText(self.tr("Correspondent"))
        self.correspondent.setClearButtonEnabled(True)
        self.correspondent.setMaxLength(200)
        self._contact_id: int | None = None

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.text, 1)
        top.addWidget(self.filters_button)
        top.addWidget(self.saved_button)
        top.addWidget(self.clear_button)
        self.filter_row = QWidget(self)
        row = QHBoxLayout(self.filter_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.register)
        row.addWidget(QLabel(self.tr("From"), self.filter_row))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to"), self.filter_row))
        row.addWidget(self.date_to)
        row.addWidget(self.urgency)
        row.addWidget(self.status)
        row.addWidget(self.category)
        row.addWidget(self.signer)
        row.addWidget(self.correspondent, 1)
        self.filter_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.filter_row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._rebuild_menu()

    def _combo(self, any_label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(any_label, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.emit_now)
        self.text.textChanged.connect(self._changed)
        self.correspondent.textEdited.connect(self._correspondent_edited)
        for combo in (self.register, self.urgency, self.status, self.category, self.signer):
            combo.currentIndexChanged.connect(self._changed)
        self.date_from.dateChanged.connect(self._changed)
        self.date_to.dateChanged.connect(self._changed)
        self.filters_button.toggled.connect(self.filter_row.setVisible)
        self.clear_button.clicked.connect(self.clear)
        self.text.returnPressed.connect(self.emit_now)

    # -- the query ---------------------------------------------------------------------------

    def query(self) -> LetterQuery:
        """The search as shown now."""
        corr: int | str | None = self._contact_id
        if corr is None:
            corr = self.correspondent.text().strip() or None
        return LetterQuery(
            text=self.text.text(),
            register_id=self.register.currentData(),
            date_from=self.date_from.date(),
            date_to=self.date_to.date(),
            urgency=self.urgency.currentData(),
            status=self.status.currentData(),
            correspondent=corr,
            signer_user_id=self.signer.currentData(),
            category=self.category.currentData(),
            direction=None,
        )

    def set_query(self, q: LetterQuery) -> None:
        """Show ``q`` (a saved search, or a page restoring its state) and emit it once."""
        self._applying = True
        try:
            self.text.setText(q.text)
            _select(self.register, q.register_id)
            self.date_from.setDate(q.date_from)
            self.date_to.setDate(q.date_to)
            _select(self.urgency, q.urgency)
            _select(self.status, q.status)
            _select(self.category, q.category)
            _select(self.signer, q.signer_user_id)
            self.set_correspondent(q.correspondent)
        finally:
            self._applying = False
        if self.active_filters():
            self.filters_button.setChecked(True)
        self.emit_now()

    def set_correspondent(self, value: int | str | None, label: str = "") -> None:
        """Filter on a contact (its id, shown as ``label``) or on words of a name."""
        with QSignalBlocker(self.correspondent):
            if isinstance(value, int):
                self._contact_id = value
                self.correspondent.setText(label or f"#{value}")
            else:
                self._contact_id = None
                self.correspondent.setText(value or "")
        self._changed()

    def active_filters(self) -> int:
        q = self.query()
        values = (q.register_id, q.date_from, q.date_to, q.urgency, q.status, q.correspondent, q.signer_user_id,
                  q.category)  # fmt: skip
        return sum(v not in (None, "") for v in values)

    @Slot()
    def clear(self) -> None:
        self.set_query(LetterQuery())

    @Slot()
    def _correspondent_edited(self, _text: str) -> None:
        self._contact_id = None  # typed words replace a chosen contact
        self._changed()

    @Slot()
    def _changed(self, *_args: Any) -> None:
        n = self.active_filters()
        count = to_persian_digits(str(n)) if self.ctx.language == "fa" else str(n)
        self.filters_button.setText(self.tr("Filters (%1)").replace("%1", count) if n else self.tr("Filters"))
        if not self._applying:
            self._timer.start()

    @Slot()
    def emit_now(self) -> None:
        """Emit the current query now (Enter, or the end of the pause in typing)."""
        self._timer.stop()
        q = self.query()
        invalid = not (self.date_from.isValid() and self.date_to.isValid())
        if invalid:
            return  # a half-typed date: wait until it is one (the field shows why)
        self._last = q
        self.query_changed.emit(q)

    # -- lists (registers, categories, signers, saved searches) -----------------------------

    def reload_lists(self) -> None:
        actor = self.ctx.actor

        def job(s: Session) -> tuple[Any, ...]:
            regs = [(r.id, f"{r.code} — {r.name}") for r in registers.list_registers(s)]
            cats = [(c.code, c.name) for c in registers.letter_codes(s, "letter_categories")]
            people = [(u.id, u.full_name or u.username) for u in users.list_users(s)]
            return regs, cats, people, list_saved_searches(s, actor)

        self.ctx.runner.submit(job, self._lists_loaded, self._failed, read_only=True)

    def _lists_loaded(self, result: tuple[Any, ...]) -> None:
        regs, cats, people, saved = result
        keep = self.query()
        self._applying = True
        try:
            for combo, items in ((self.register, regs), (self.category, cats), (self.signer, people)):
                with QSignalBlocker(combo):
                    while combo.count() > 1:
                        combo.removeItem(1)
                    for value, label in items:
                        combo.addItem(label, value)
            _select(self.register, keep.register_id)
            _select(self.category, keep.category)
            _select(self.signer, keep.signer_user_id)
        finally:
            self._applying = False
        self._set_saved(saved)

    def _set_saved(self, saved: list[SavedSearchInfo]) -> None:
        self.saved = saved
        self._rebuild_menu()
        self.saved_loaded.emit(len(saved))

    def _rebuild_menu(self) -> None:
        menu = self.saved_menu
        menu.clear()
        save = menu.addAction(self.tr("Save this search…"))
        save.triggered.connect(self.ask_save)
        menu.addSeparator()
        if not self.saved:
            none = menu.addAction(self.tr("No saved searches yet"))
            none.setEnabled(False)
        for item in self.saved:
            label = (
                item.name
                if item.mine
                else self.tr("%1 (shared by %2)").replace("%1", item.name).replace("%2", item.owner_name)
            )
            action = menu.addAction(label)
            action.setData(item.id)
            action.triggered.connect(lambda _c=False, i=item: self.apply_saved(i.id))
        mine = [i for i in self.saved if i.mine or self.ctx.actor.role == "admin"]
        if mine:
            menu.addSeparator()
            sub = menu.addMenu(self.tr("Delete"))
            for item in mine:
                action = sub.addAction(item.name)
                action.triggered.connect(lambda _c=False, i=item: self.delete_saved(i.id))

    @Slot()
    def ask_save(self) -> None:
        dialog = SaveSearchDialog(self.text.text().strip()[:60], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.save_current(dialog.name.text(), dialog.shared.isChecked()))
        dialog.open()

    def save_current(self, name: str, shared: bool = False) -> None:
        actor, q = self.ctx.actor, self.query()

        def job(s: Session) -> list[SavedSearchInfo]:
            save_search(s, actor, name, q, shared)
            return list_saved_searches(s, actor)

        self.ctx.runner.submit(job, self._set_saved, self._action_failed)

    def apply_saved(self, search_id: int) -> None:
        found = next((i for i in self.saved if i.id == search_id), None)
        if found is not None:
            self.set_query(found.query)

    def delete_saved(self, search_id: int) -> None:
        actor = self.ctx.actor

        def job(s: Session) -> list[SavedSearchInfo]:
            delete_saved_search(s, actor, search_id)
            return list_saved_searches(s, actor)

        self.ctx.runner.submit(job, self._set_saved, self._action_failed)

    def _failed(self, exc: Exception) -> None:
        """Reading the lists failed: the bar still works without them; say why on the button."""
        message = message_of(exc)
        log.warning("letter search bar: lists not loaded: %s", exc)
        self.saved_button.setToolTip(message)
        self.failed.emit(message)

    def _action_failed(self, exc: Exception) -> None:
        self.failed.emit(message_of(exc))
        show_error(self, exc)


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value) if value is not None else 0
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(0, index))
