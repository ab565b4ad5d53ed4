"""The Letters page: one tab per register (and "All registers"), the search bar, and a lazy list of
the letters the user may see, with the actions of the selected letter.

The list (:class:`~sivadesk.ui.letters_model.LettersModel`) reads pages on the paging lane as the
view scrolls; the change feed (``letter.*``, ``register.changed``) refreshes it, coalesced, whether
the change was made here or on another desktop. Opening a letter shows its form
(:mod:`sivadesk.ui.letter_form`); New letter starts a draft in the register of the current tab.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import letters as letter_ops
from sivadesk.ops import registers as register_ops
from sivadesk.ops.letter_search import LetterQuery
from sivadesk.ops.registers import RegisterInfo
from sivadesk.ui.contacts_model import plural
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.letter_form import open_letter_form
from sivadesk.ui.letter_form_parts import VoidDialog
from sivadesk.ui.letter_search_bar import LetterSearchBar
from sivadesk.ui.letters_model import (
    CLASSIFICATION,
    CORRESPONDENT,
    DATE,
    NUMBER,
    STATUS,
    SUBJECT,
    URGENCY,
    LetterIdRole,
    LettersModel,
    ListQuery,
    display_number,
    status_label,
    today,
)

log = logging.getLogger("sivadesk.ui.letters")


class LettersPage(QWidget):
    #: a letter's form was opened from this page (its id)
    letter_opened = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registers: list[RegisterInfo] = []
        self.dialog: QWidget | None = None
        self.model = LettersModel(ctx, self)
        self._keep: tuple[int | None, int] = (None, 0)
        self._build()
        self._connect_signals()
        self._update_actions()
        self.apply_filters(force=True)  # All registers at once; the tabs arrive beside it
        self.load_registers()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.tabs = QTabBar(self)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.tr("All registers"))
        self.tabs.setTabData(0, None)

        self.search_bar = LetterSearchBar(self.ctx, self)
        self.count_label = QLabel(self)

        style = self.style()
        self.new_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("New letter"), self
        )
        self.new_action.setToolTip(self.tr("Write a new letter in this register"))
        self.open_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), self.tr("Open"), self
        )
        self.register_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), self.tr("Register"), self
        )
        self.register_action.setToolTip(self.tr("Give the selected draft its number"))
        self.void_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton), self.tr("Void…"), self
        )
        self.print_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView), self.tr("Print…"), self
        )
        self.refer_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Refer…"), self
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_action,
            self.open_action,
            self.register_action,
            self.void_action,
            self.print_action,
            self.refer_action,
        ):
            self.toolbar.addAction(action)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SUBJECT, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

        filters = QHBoxLayout()
        filters.addWidget(self.search_bar, 1)
        self.search_bar.register.hide()  # the tabs above choose the register
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(filters)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def _fit_columns(self) -> None:
        fm = self.view.fontMetrics()
        pad = 24
        date = fm.horizontalAdvance(self.ctx.fmt_date(dt.date(2000, 12, 28))) + pad
        widths = {
            NUMBER: fm.horizontalAdvance(display_number("00000/AAA/0000", self.ctx.language)) + pad,
            DATE: max(
                date, fm.horizontalAdvance(str(self.model.headerData(DATE, Qt.Orientation.Horizontal))) + pad
            ),
            CORRESPONDENT: 200,
            URGENCY: fm.horizontalAdvance(self.tr("Immediate")) + 2 * pad,
            STATUS: fm.horizontalAdvance(status_label("registered")) + 2 * pad,
            CLASSIFICATION: fm.horizontalAdvance(self.tr("Very confidential")) + 2 * pad,
        }
        header = self.view.horizontalHeader()
        for col, width in widths.items():
            header.resizeSection(col, width)

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(self._tab_changed)
        self.search_bar.query_changed.connect(self._search_changed)
        self.model.count_changed.connect(self._show_count)
        self.model.loaded.connect(self._update_actions)
        self.model.refreshed.connect(self._refreshed)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.model.modelReset.connect(self._update_actions)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.view.activated.connect(lambda _index: self.open_current())
        self.view.installEventFilter(self)
        self.new_action.triggered.connect(self.new_letter)
        self.open_action.triggered.connect(self.open_current)
        self.register_action.triggered.connect(self.register_current)
        self.void_action.triggered.connect(self.void_current)
        self.print_action.triggered.connect(self.print_current)
        self.refer_action.triggered.connect(self.refer_current)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        feed = self.ctx.feed
        if feed is not None and hasattr(feed, "topic_event"):
            feed.topic_event.connect(self._on_topic)

    # -- registers and filters ---------------------------------------------------------------

    def load_registers(self) -> None:
        self.ctx.runner.submit(
            lambda s: register_ops.list_registers(s), self._registers_loaded, self._failed, read_only=True
        )

    def _registers_loaded(self, registers: list[RegisterInfo]) -> None:
        self.registers = registers
        current = self.current_register_id()
        self.tabs.blockSignals(True)
        while self.tabs.count() > 1:
            self.tabs.removeTab(1)
        for r in registers:
            index = self.tabs.addTab(r.name)
            self.tabs.setTabData(index, r.id)
            self.tabs.setTabToolTip(
                index, r.code if r.active else self.tr("{code} (closed)").format(code=r.code)
            )
        index = next((i for i in range(self.tabs.count()) if self.tabs.tabData(i) == current), 0)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self.apply_filters()  # only if the register shown is gone
        self._update_actions()

    def current_register_id(self) -> int | None:
        data = self.tabs.tabData(self.tabs.currentIndex())
        return int(data) if data is not None else None

    def show_register(self, register_id: int | None) -> None:
        for i in range(self.tabs.count()):
            if self.tabs.tabData(i) == register_id:
                self.tabs.setCurrentIndex(i)
                return

    def current_query(self) -> ListQuery:
        return ListQuery(register_id=self.current_register_id(), search=self.search_bar.query())

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        # The tabs are the register filter: the search bar's own register box follows them (hidden).
        combo = self.search_bar.register
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(self.current_register_id())))
        combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self, force: bool = False) -> None:
        query = self.current_query()
        if force or query != self.model.query:
            self.count_label.setText(self.tr("Loading…"))
            self.model.set_query(query)

    @Slot(object)
    def _search_changed(self, query: LetterQuery) -> None:
        # A saved search may name a register: show its tab.
        wanted = query.register_id
        if wanted is not None and wanted != self.current_register_id():
            self.tabs.blockSignals(True)
            self.show_register(wanted)
            self.tabs.blockSignals(False)
        self.count_label.setText(self.tr("Searching…"))
        self.model.set_query(ListQuery(register_id=self.current_register_id(), search=query))

    @Slot(int)
    def _show_count(self, count: int) -> None:
        self.count_label.setText(plural(self.tr("%Ln letter(s)", "", count), count))

    @Slot()
    def refresh(self) -> None:
        """Read the list again, keeping the selected letter and the scroll position."""
        self._keep = (self.current_id(), self.view.verticalScrollBar().value())
        self.model.refresh()

    @Slot()
    def _refreshed(self) -> None:
        letter_id, scrolled = self._keep
        if letter_id is not None:
            self.select_letter(letter_id)
        self.view.verticalScrollBar().setValue(scrolled)
        self._update_actions()

    @Slot(str, object)
    def _on_topic(self, topic: str, _event: Any) -> None:
        if topic.startswith("letter."):
            self._refresh_timer.start()
        elif topic == "register.changed":
            self.load_registers()
            self.search_bar.reload_lists()

    # -- the current letter ------------------------------------------------------------------

    def current_letter(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.letter_at(index.row()) if index.isValid() else None

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        lid = self.model.data(index, LetterIdRole) if index.isValid() else None
        return int(lid) if lid is not None else None

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def select_letter(self, letter_id: int) -> bool:
        row = self.model.row_of(letter_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    @Slot()
    def _update_actions(self) -> None:
        can = self.ctx.actor.can
        x = self.current_letter()
        status = x.status if x is not None else ""
        active = [r for r in self.registers if r.active]
        self.new_action.setEnabled(can("letters.write") and bool(active))
        self.new_action.setToolTip(
            self.tr("Write a new letter in this register")
            if active
            else self.tr("No register is open yet: an administrator creates one on the Registers page.")
        )
        self.open_action.setEnabled(x is not None)
        self.register_action.setEnabled(status == "draft" and can("letters.register"))
        self.void_action.setEnabled(
            bool(x is not None and x.number) and status != "void" and can("letters.void")
        )
        self.print_action.setEnabled(x is not None and status != "void")
        self.refer_action.setEnabled(x is not None and status != "void")

    @Slot()
    def new_letter(self) -> None:
        rid = self.current_register_id()
        if rid is None or not any(r.id == rid and r.active for r in self.registers):
            rid = next((r.id for r in self.registers if r.active), None)
        form = open_letter_form(self.ctx, None, self.window(), register_id=rid)
        form.saved.connect(lambda *_: self._refresh_timer.start())
        self.dialog = form

    @Slot()
    def open_current(self) -> None:
        lid = self.current_id()
        if lid is not None:
            form = open_letter_form(self.ctx, lid, self.window())
            form.saved.connect(lambda *_: self._refresh_timer.start())
            self.letter_opened.emit(lid)

    @Slot()
    def register_current(self) -> None:
        x = self.current_letter()
        if x is None or x.status != "draft":
            return
        actor, lid, when = self.ctx.actor, x.id, today()

        def job(s: Session) -> list[Any]:
            return letter_ops.register_letters(s, actor, lid, when)

        self.ctx.runner.submit(job, self._registered, self._failed)

    def _registered(self, letters: list[Any]) -> None:
        numbers = ", ".join(display_number(x.number, self.ctx.language) for x in letters)
        window = self.window()
        status = getattr(window, "statusBar", None)
        if status is not None:
            status().showMessage(self.tr("Registered under number {number}.").format(number=numbers), 10000)
        self.refresh()

    @Slot()
    def void_current(self) -> None:
        x = self.current_letter()
        if x is None or not x.number:
            return
        dialog = VoidDialog(display_number(x.number, self.ctx.language), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lid = x.id
        dialog.accepted.connect(lambda: self.void_letter(lid, dialog.value()))
        self.dialog = dialog
        dialog.open()

    def void_letter(self, letter_id: int, reason: str) -> None:
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: letter_ops.void_letter(s, actor, letter_id, reason),
            lambda _x: self.refresh(),
            self._failed,
        )

    @Slot()
    def print_current(self) -> None:
        from sivadesk.ui.letter_print import LetterPrintDialog

        lid = self.current_id()
        if lid is not None:
            dialog = LetterPrintDialog(self.ctx, lid, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()

    @Slot()
    def refer_current(self) -> None:
        from sivadesk.ui.referral_dialog import ReferralDialog

        lid = self.current_id()
        if lid is not None:
            dialog = ReferralDialog(self.ctx, "letter", lid, parent=self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog = dialog
            dialog.open()

    def _failed(self, exc: Exception) -> None:
        show_error(self, exc)

    # -- keyboard and visibility -------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)
