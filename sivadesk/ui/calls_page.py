"""Calls: the call log (lazy, filtered, searchable), missed calls to call back, and the reports.

:class:`CallsModel` pages the log from :func:`sivadesk.ops.calls.list_calls` on the ``pages``
lane: one count, then pages of ``page_size`` rows as the view asks for them, at most
``max_pages`` kept. A filter change bumps a generation number; results of an older generation are
dropped when they arrive.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QDesktopServices
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

from sivadesk import phones
from sivadesk.ops import calls as call_ops
from sivadesk.ops.calls import CallFilter, CallInfo
from sivadesk.ui.contacts_model import ltr, plural, reading_order
from sivadesk.ui.context import UiContext
from sivadesk.ui.date_edit import CalendarDateEdit
from sivadesk.ui.errors import show_error

log = logging.getLogger("sivadesk.ui.calls")

Index = QModelIndex | QPersistentModelIndex
CallRole = Qt.ItemDataRole.UserRole + 1

WHEN, DIRECTION, LINE, NUMBER, CONTACT, DURATION, AGENT, STATUS = range(8)
#: feed topics after which the log is read again
TOPICS = ("call",)


def direction_label(direction: str) -> str:
    return {
        "in": QCoreApplication.translate("CallsModel", "Incoming"),
        "out": QCoreApplication.translate("CallsModel", "Outgoing"),
    }.get(direction, direction)


_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def local_digits(ctx: UiContext, text: str) -> str:
    """Durations, line numbers: Persian digits in Persian, like every other number on screen."""
    return text.translate(_PERSIAN_DIGITS) if ctx.language == "fa" else text


def duration_text(seconds: int | None) -> str:
    if seconds is None:
        return ""
    h, rest = divmod(max(0, seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def status_label(c: CallInfo) -> str:
    if c.missed:
        return QCoreApplication.translate("CallsModel", "Missed")
    if c.end_at is None:
        return QCoreApplication.translate("CallsModel", "In progress")
    if c.answer_at is not None:
        return QCoreApplication.translate("CallsModel", "Answered")
    return QCoreApplication.translate("CallsModel", "Ended")


def caller_text(c: CallInfo, region: str) -> str:
    if c.private and not c.number_raw:
        return QCoreApplication.translate("CallsModel", "Private number")
    return phones.format_display(c.number_e164, c.number_raw, region)


def tel_link(c: CallInfo) -> str:
    """``tel:`` URL to dial the caller back (E.164 when known, else the digits as received)."""
    number = c.number_e164 or phones.digits_of(c.number_raw)
    return f"tel:{number}" if number else ""


class CallsModel(QAbstractTableModel):
    count_changed = Signal(int)
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(
        self, ctx: UiContext, parent: QObject | None = None, *, page_size: int = 200, max_pages: int = 30
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.max_pages = max_pages
        self._filter = CallFilter()
        self._rows = 0
        self._gen = 0
        self._current = [0]  # read by queued page jobs on the worker: the generation now wanted
        self._known = False
        self._pages: OrderedDict[int, list[CallInfo]] = OrderedDict()
        self._pending: set[int] = set()
        self._headers = (
            self.tr("When"),
            self.tr("Direction"),
            self.tr("Line"),
            self.tr("Number"),
            self.tr("Contact"),
            self.tr("Duration"),
            self.tr("Taken by"),
            self.tr("Status"),
        )

    @property
    def call_filter(self) -> CallFilter:
        return self._filter

    @property
    def known(self) -> bool:
        return self._known

    def set_filter(self, f: CallFilter) -> None:
        self._filter = f
        self.refresh(reset=True)

    def refresh(self, reset: bool = False) -> None:
        """Count and first page again; ``reset`` empties the view first (a new filter)."""
        self._gen += 1
        self._current[0] = self._gen
        gen, actor, f, size = self._gen, self.ctx.actor, self._filter, self.page_size

        def job(s: Session) -> tuple[int, int, list[CallInfo]]:
            total = call_ops.count_calls(s, actor, f)
            return gen, total, call_ops.list_calls(s, actor, f, size, 0) if total else []

        self._pending = {0}
        if reset:
            self.beginResetModel()
            self._pages.clear()
            self._rows = 0
            self._known = False
            self.endResetModel()
        self.ctx.pages.submit(job, self._first_arrived, self._failed, read_only=True)

    def _first_arrived(self, result: tuple[int, int, list[CallInfo]]) -> None:
        gen, total, first = result
        if gen != self._gen:
            return
        self.beginResetModel()
        self._pages.clear()
        self._pending.clear()
        if first:
            self._pages[0] = first
        self._rows = total
        self._known = True
        self.endResetModel()
        self.count_changed.emit(total)
        if first:
            self.page_loaded.emit(0)

    def _failed(self, exc: Exception) -> None:
        log.warning("call log query failed: %s", exc)
        self._pending.clear()
        self.load_failed.emit(exc)

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        gen, actor, f, size, current = self._gen, self.ctx.actor, self._filter, self.page_size, self._current

        def job(s: Session) -> tuple[int, int, list[CallInfo] | None]:
            if current[0] != gen:
                return gen, page, None  # a newer filter came meanwhile: do not query
            return gen, page, call_ops.list_calls(s, actor, f, size, page * size)

        self.ctx.pages.submit(job, self._page_arrived, self._failed, read_only=True)

    def _page_arrived(self, result: tuple[int, int, list[CallInfo] | None]) -> None:
        gen, page, rows = result
        if gen != self._gen:
            return
        self._pending.discard(page)
        if rows is None:
            return
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(first + self.page_size, self._rows) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, STATUS))
        self.page_loaded.emit(page)

    def call(self, row: int) -> CallInfo | None:
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        i = row % self.page_size
        return page[i] if i < len(page) else None

    def _row(self, row: int) -> CallInfo | None:
        page_no = row // self.page_size
        if page_no not in self._pages:
            self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        return self.call(row)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._rows):
            return None
        c = self._row(index.row())
        col = index.column()
        if c is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and col == WHEN else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == CallRole:
            return c
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS and c.missed:
            return QColor("#b5472f")
        if role == Qt.ItemDataRole.ToolTipRole and col == NUMBER and c.number_raw:
            return c.number_raw
        return None

    def _display(self, c: CallInfo, col: int) -> str:
        if col == WHEN:
            return reading_order(self.ctx.fmt_datetime(c.ring_at))
        if col == DIRECTION:
            return direction_label(c.direction)
        if col == LINE:
            return local_digits(self.ctx, c.line)
        if col == NUMBER:
            return ltr(caller_text(c, self.ctx.office.phone_region))
        if col == CONTACT:
            name = c.contact_name or ""
            if c.company_name and c.company_name != name:
                name = f"{name} ({c.company_name})" if name else c.company_name
            return name or (self.tr("Unknown caller") if c.unknown else "")
        if col == DURATION:
            return local_digits(self.ctx, duration_text(c.duration_s)) if c.answer_at is not None else ""
        if col == AGENT:
            return c.answered_by_name or ""
        return status_label(c)


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


class MissedCallsModel(CallsModel):
    """Missed incoming calls not yet returned (:func:`sivadesk.ops.calls.missed_calls`), newest
    first, read a page at a time as the view scrolls down (``fetchMore``)."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, page_size: int = 200) -> None:
        super().__init__(ctx, parent, page_size=page_size)
        self.since: dt.date | None = None
        self.include_returned = False
        self._calls: list[CallInfo] = []
        self._more = False
        self._fetching = False

    def set_options(self, since: dt.date | None, include_returned: bool) -> None:
        self.since, self.include_returned = since, include_returned
        self.refresh(reset=True)

    def _job(self, offset: int) -> Any:
        actor, since, inc, size, gen = (
            self.ctx.actor,
            self.since,
            self.include_returned,
            self.page_size,
            self._gen,
        )

        def job(s: Session) -> tuple[int, int, list[CallInfo]]:
            rows = call_ops.missed_calls(
                s, actor, since=since, include_called_back=inc, limit=size + 1, offset=offset
            )
            return gen, offset, rows

        return job

    def refresh(self, reset: bool = False) -> None:
        self._gen += 1
        self._fetching = True
        if reset:
            self.beginResetModel()
            self._calls = []
            self._rows = 0
            self._known = False
            self.endResetModel()
        self.ctx.pages.submit(self._job(0), self._arrived, self._failed, read_only=True)

    def _arrived(self, result: tuple[int, int, list[CallInfo]]) -> None:
        gen, offset, rows = result
        if gen != self._gen:
            return
        self._fetching = False
        self._more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if offset == 0:
            self.beginResetModel()
            self._calls = rows
            self._rows = len(rows)
            self._known = True
            self.endResetModel()
            self.count_changed.emit(self._rows)
        elif rows:
            self.beginInsertRows(QModelIndex(), self._rows, self._rows + len(rows) - 1)
            self._calls.extend(rows)
            self._rows = len(self._calls)
            self.endInsertRows()
            self.count_changed.emit(self._rows)
        self.page_loaded.emit(offset // self.page_size)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self.ctx.pages.submit(self._job(len(self._calls)), self._arrived, self._failed, read_only=True)

    def call(self, row: int) -> CallInfo | None:
        return self._calls[row] if 0 <= row < len(self._calls) else None

    def _row(self, row: int) -> CallInfo | None:
        return self.call(row)


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
