"""The call log as lazy Qt table models: :class:`CallsModel` pages the filtered log from
:func:`sivadesk.ops.calls.list_calls` on the ``pages`` lane (one count, then pages of ``page_size``
rows as the view asks for them, at most ``max_pages`` kept; a filter change bumps a generation
number and results of an older one are dropped), :class:`MissedCallsModel` reads the missed calls
still to return a page at a time as the view scrolls down. Also the labels shared by the Calls
screens (direction, status, durations, ``tel:`` links).
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
    Signal,
)
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from sivadesk import phones
from sivadesk.ops import calls as call_ops
from sivadesk.ops.calls import CallFilter, CallInfo
from sivadesk.ui.contacts_model import ltr, reading_order
from sivadesk.ui.context import UiContext

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
