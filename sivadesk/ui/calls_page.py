"""Calls: the call log (filters, search), missed calls to call back, and the reports tab.

The rows come from the lazy models of :mod:`sivadesk.ui.calls_model`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import calls as call_ops
from sivadesk.ops.calls import CallFilter, CallInfo
from sivadesk.ui.calls_model import (
    AGENT,
    CONTACT,
    DIRECTION,
    DURATION,
    LINE,
    NUMBER,
    TOPICS,
    WHEN,
    CallsModel,
    MissedCallsModel,
    caller_text,
    local_digits,
    tel_link,
)
from sivadesk.ui.contacts_model import ltr, plural
from sivadesk.ui.context import UiContext
from sivadesk.ui.date_edit import CalendarDateEdit
from sivadesk.ui.errors import show_error

log = logging.getLogger("sivadesk.ui.calls")


class CallLogPanel(QWidget):
    """Filters, search and the lazy table; double-click opens the caller's file."""

    contact_activated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self.model = CallsModel(ctx, self)
        self._build()
        self._connect_signals()
        self._load_choices()
        self.apply_filters()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search a name or a number"))
        self.search.setClearButtonEnabled(True)
        self.direction = QComboBox(self)
        for text, value in (
            (self.tr("All directions"), None),
            (self.tr("Incoming"), "in"),
            (self.tr("Outgoing"), "out"),
        ):
            self.direction.addItem(text, value)
        self.status = QComboBox(self)
        for text, value in (
            (self.tr("All calls"), None),
            (self.tr("Missed"), "missed"),
            (self.tr("Answered"), "answered"),
            (self.tr("Unknown callers"), "unknown"),
        ):
            self.status.addItem(text, value)
        self.line = QComboBox(self)
        self.line.addItem(self.tr("All lines"), None)
        self.agent = QComboBox(self)
        self.agent.addItem(self.tr("Everyone"), None)
        self.date_from = CalendarDateEdit(self.ctx, self)
        self.date_to = CalendarDateEdit(self.ctx, self)
        self.contact_button = QToolButton(self)
        self.contact_button.setText(self.tr("Contact…"))
        self.contact_button.setToolTip(self.tr("Only the calls of one contact"))
        self.contact_clear = QToolButton(self)
        self.contact_clear.setText("✕")
        self.contact_clear.setToolTip(self.tr("All contacts"))
        self.contact_clear.hide()
        self.count_label = QLabel(self)

        row1 = QHBoxLayout()
        row1.addWidget(self.search, 2)
        row1.addWidget(self.direction)
        row1.addWidget(self.status)
        row1.addWidget(self.line)
        row1.addWidget(self.agent)
        row2 = QHBoxLayout()
        row2.addWidget(QLabel(self.tr("From"), self))
        row2.addWidget(self.date_from)
        row2.addWidget(QLabel(self.tr("to"), self))
        row2.addWidget(self.date_to)
        row2.addWidget(self.contact_button)
        row2.addWidget(self.contact_clear)
        row2.addStretch(1)
        row2.addWidget(self.count_label)
        self.table = call_table(self.model, self)
        self.call_actions = CallActions(ctx=self.ctx, table=self.table, model=self.model, parent=self)

        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.call_actions)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_filters)
        for combo in (self.direction, self.status, self.line, self.agent):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.contact_button.clicked.connect(self.choose_contact)
        self.contact_clear.clicked.connect(lambda: self.set_contact(None, ""))
        self.model.count_changed.connect(self._show_count)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.call_actions.contact_activated.connect(self.contact_activated)

    def _load_choices(self) -> None:
        from sivadesk.ops import users

        actor = self.ctx.actor

        def job(s: Session) -> tuple[list[str], list[tuple[int, str]]]:
            lines = [x.line for x in call_ops.line_states(s)]
            if actor.can("users.manage") or actor.can("calls.reports"):
                agents = [(u.id, u.full_name or u.username) for u in users.list_users(s)]
            elif actor.user_id is not None:
                agents = [(actor.user_id, actor.full_name or actor.username)]
            else:
                agents = []
            return lines, agents

        self.ctx.runner.submit(job, self._choices_loaded, lambda exc: log.warning("%s", exc), read_only=True)

    def _choices_loaded(self, result: tuple[list[str], list[tuple[int, str]]]) -> None:
        lines, agents = result
        for line in lines:
            if self.line.findData(line) < 0:
                self.line.addItem(self.tr("Line {line}").format(line=local_digits(self.ctx, line)), line)
        for user_id, name in agents:
            if self.agent.findData(user_id) < 0:
                self.agent.addItem(name, user_id)

    # -- filtering -----------------------------------------------------------------------------
    def current_filter(self) -> CallFilter:
        status = self.status.currentData()
        start, end = self.date_from.date(), self.date_to.date()
        return CallFilter(
            direction=self.direction.currentData(),
            missed=True if status == "missed" else False if status == "answered" else None,
            unknown=True if status == "unknown" else None,
            line=self.line.currentData(),
            agent_id=self.agent.currentData(),
            date_from=start,
            date_to=end,
            contact_id=self.contact_id,
            text=self.search.text().strip(),
        )

    @Slot()
    def apply_filters(self) -> None:
        f = self.current_filter()
        if f != self.model.call_filter or not self.model.known:
            self.model.set_filter(f)

    def set_contact(self, contact_id: int | None, name: str) -> None:
        self.contact_id = contact_id
        self.contact_button.setText(name if contact_id is not None else self.tr("Contact…"))
        self.contact_clear.setVisible(contact_id is not None)
        self.apply_filters()

    @Slot()
    def choose_contact(self) -> None:
        from sivadesk.ui.search_palette import SearchPalette

        palette = SearchPalette(self.ctx, self)
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette.contact_chosen.connect(self._contact_chosen)
        self.contact_palette = palette
        palette.open()

    def _contact_chosen(self, contact_id: int) -> None:
        from sivadesk.ops.contacts import get_contact

        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: get_contact(s, actor, contact_id).display_name,
            lambda name: self.set_contact(contact_id, name),
            lambda exc: show_error(self, exc),
            read_only=True,
        )

    @Slot(int)
    def _show_count(self, n: int) -> None:
        self.count_label.setText(plural(self.tr("%n call(s)", "", n), n))

    def refresh(self) -> None:
        self.model.refresh()


def call_table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    em = table.fontMetrics().horizontalAdvance("M")
    widths = {
        WHEN: 15 * em,
        DIRECTION: 7 * em,
        LINE: 5 * em,
        NUMBER: 11 * em,
        CONTACT: 17 * em,
        DURATION: 5 * em,
        AGENT: 10 * em,
    }
    for col, width in widths.items():
        table.setColumnWidth(col, width)
    return table


class CallActions(QWidget):
    """Under a call table: open the caller's file, call back (the number to dial, a ``tel:`` link)."""

    contact_activated = Signal(int)
    called_back = Signal(int)

    def __init__(self, *, ctx: UiContext, table: QTableView, model: CallsModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = table
        self.model = model
        self.open_button = QPushButton(self.tr("Open the file"), self)
        self.open_button.setEnabled(False)
        self.call_back_button = QPushButton(self.tr("Call back"), self)
        self.call_back_button.setEnabled(False)
        self.dial_label = QLabel(self)
        self.dial_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.open_button)
        layout.addWidget(self.call_back_button)
        layout.addWidget(self.dial_label, 1)
        table.doubleClicked.connect(self._activated)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._current_changed)
        self.open_button.clicked.connect(self._open_current)
        self.call_back_button.clicked.connect(self.call_back)
        self.dial_label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))

    def current_call(self) -> CallInfo | None:
        index = self.table.currentIndex()
        return self.model.call(index.row()) if index.isValid() else None

    @Slot()
    def _current_changed(self, *_args: object) -> None:
        c = self.current_call()
        self.open_button.setEnabled(c is not None and c.contact_id is not None)
        self.call_back_button.setEnabled(c is not None and bool(tel_link(c)))
        self.dial_label.clear()

    def _activated(self, index: QModelIndex) -> None:
        c = self.model.call(index.row())
        if c is not None and c.contact_id is not None:
            self.contact_activated.emit(c.contact_id)

    def _open_current(self) -> None:
        c = self.current_call()
        if c is not None and c.contact_id is not None:
            self.contact_activated.emit(c.contact_id)

    @Slot()
    def call_back(self) -> None:
        """Show the number to dial (a ``tel:`` link a softphone opens) and, for a known caller,
        note the call-back on their timeline. The missed call leaves the missed list once the
        return call is logged (an outgoing call to, or an answered call from, that number)."""
        c = self.current_call()
        if c is None:
            return
        number = caller_text(c, self.ctx.office.phone_region)
        self.dial_label.setText(
            self.tr('Dial <a href="{link}">{number}</a>').format(link=tel_link(c), number=ltr(number))
        )
        self.called_back.emit(c.id)
        if c.contact_id is None or not self.ctx.actor.can("activity.write"):
            return
        from sivadesk.ops.activity import add_activity

        actor, contact_id, call_id = self.ctx.actor, c.contact_id, c.id
        title = self.tr("Calling back {number}").format(number=number)
        self.ctx.runner.submit(
            lambda s: add_activity(s, actor, contact_id, "call", title, item_type="call", item_id=call_id),
            None,
            lambda exc: show_error(self, exc),
        )


class MissedCallsPanel(QWidget):
    """Missed calls still to return, with Call back."""

    contact_activated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MissedCallsModel(ctx, self)
        self.since = CalendarDateEdit(ctx, self)
        self.include_returned = QCheckBox(self.tr("Also those already returned"), self)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Since"), self))
        bar.addWidget(self.since)
        bar.addWidget(self.include_returned)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.table = call_table(self.model, self)
        self.call_actions = CallActions(ctx=ctx, table=self.table, model=self.model, parent=self)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.call_actions)
        self.since.dateChanged.connect(self.apply_filters)
        self.include_returned.toggled.connect(self.apply_filters)
        self.model.count_changed.connect(self._show_count)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.call_actions.contact_activated.connect(self.contact_activated)
        self.apply_filters()

    @Slot()
    def apply_filters(self) -> None:
        self.model.set_options(self.since.date(), self.include_returned.isChecked())

    @Slot(int)
    def _show_count(self, n: int) -> None:
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(plural(self.tr("%n missed call(s)", "", n), n) + more)

    def refresh(self) -> None:
        self.model.refresh()


class CallsPage(QWidget):
    """The Calls page: the log, the missed calls, and (for managers) the reports."""

    contact_activated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.log_panel = CallLogPanel(ctx, self)
        self.missed_panel = MissedCallsPanel(ctx, self)
        self.tabs.addTab(self.log_panel, self.tr("Call log"))
        self.tabs.addTab(self.missed_panel, self.tr("Missed calls"))
        self.reports: QWidget | None = None
        if ctx.actor.can("calls.reports"):
            from sivadesk.ui.call_reports_view import CallReportsView

            self.reports = CallReportsView(ctx, self)
            self.tabs.addTab(self.reports, self.tr("Reports"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.log_panel.contact_activated.connect(self.contact_activated)
        self.missed_panel.contact_activated.connect(self.contact_activated)

    def refresh(self) -> None:
        self.log_panel.refresh()
        self.missed_panel.refresh()
        if self.reports is not None:
            self.reports.refresh()  # type: ignore[attr-defined]

    def on_topics(self, topics: set[str]) -> None:
        if any(t == topic or t.startswith(topic + ".") for t in topics for topic in TOPICS):
            self.log_panel.refresh()
            self.missed_panel.refresh()

    def show_missed(self) -> None:
        self.tabs.setCurrentWidget(self.missed_panel)
