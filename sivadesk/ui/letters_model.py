"""Letter lists as a lazy Qt table model, and the labels every letter screen shares.

Rows arrive in pages of ``page_size`` on the ``ctx.pages`` worker lane (never the GUI thread), as
the view scrolls near the end (``canFetchMore``/``fetchMore``): a register of a hundred thousand
letters opens as fast as one of ten. The rows come from
:func:`sivadesk.ops.letter_search.search_letters` (full text and filters, newest first), the total
from :func:`~sivadesk.ops.letter_search.count_letters`; the list's register, status and contact
narrow the search bar's query.

Every query change bumps a generation number: pages of an older query are dropped when they arrive.
Numbers are stored with Latin digits and shown with Persian digits in Persian; dates in the user's
calendar.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from dataclasses import dataclass, field
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
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sivadesk.letters.numbering import display_number as display_number  # shown by every letter screen
from sivadesk.models import Contact
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_access import LetterInfo
from sivadesk.ops.letter_search import LetterQuery, count_letters, search_letters
from sivadesk.ui.contacts_model import isolate
from sivadesk.ui.context import UiContext

log = logging.getLogger("sivadesk.ui.letters")

LetterIdRole = Qt.ItemDataRole.UserRole + 1
LetterRole = Qt.ItemDataRole.UserRole + 2

NUMBER, DATE, SUBJECT, CORRESPONDENT, URGENCY, STATUS, CLASSIFICATION = range(7)

Index = QModelIndex | QPersistentModelIndex

URGENCY_COLORS = {"urgent": "#c9730a", "immediate": "#c0392b"}
STATUS_COLORS = {"draft": "#607080", "void": "#8a1c12"}


# -- labels ----------------------------------------------------------------------------------------


def direction_label(direction: str) -> str:
    labels = {
        "inbound": QCoreApplication.translate("letters", "Inbound"),
        "outbound": QCoreApplication.translate("letters", "Outbound"),
        "internal": QCoreApplication.translate("letters", "Internal"),
    }
    return labels.get(str(direction), str(direction))


def urgency_label(urgency: str) -> str:
    labels = {
        "normal": QCoreApplication.translate("letters", "Normal"),
        "urgent": QCoreApplication.translate("letters", "Urgent"),
        "immediate": QCoreApplication.translate("letters", "Immediate"),
    }
    return labels.get(str(urgency), str(urgency))


def classification_label(classification: str) -> str:
    labels = {
        "normal": QCoreApplication.translate("letters", "Unclassified"),
        "confidential": QCoreApplication.translate("letters", "Confidential"),
        "very_confidential": QCoreApplication.translate("letters", "Very confidential"),
        "secret": QCoreApplication.translate("letters", "Secret"),
        "top_secret": QCoreApplication.translate("letters", "Top secret"),
    }
    return labels.get(str(classification), str(classification))


def status_label(status: str) -> str:
    labels = {
        "draft": QCoreApplication.translate("letters", "Draft"),
        "registered": QCoreApplication.translate("letters", "Registered"),
        "sent": QCoreApplication.translate("letters", "Sent"),
        "archived": QCoreApplication.translate("letters", "Archived"),
        "void": QCoreApplication.translate("letters", "Void"),
    }
    return labels.get(str(status), str(status))


def reset_label(reset: str) -> str:
    labels = {
        "yearly": QCoreApplication.translate("letters", "Every year"),
        "never": QCoreApplication.translate("letters", "Never"),
    }
    return labels.get(str(reset), str(reset))


def scope_label(scope: str) -> str:
    labels = {
        "global": QCoreApplication.translate("letters", "One sequence for the office"),
        "department": QCoreApplication.translate("letters", "One sequence per department"),
    }
    return labels.get(str(scope), str(scope))


def group_mode_label(mode: str) -> str:
    labels = {
        "per_recipient": QCoreApplication.translate("letters", "One letter per recipient, each numbered"),
        "circular": QCoreApplication.translate("letters", "One circular letter for the group"),
    }
    return labels.get(str(mode), str(mode))


# -- rows --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LetterRow:
    """One row of a list: the letter as the service returned it, plus its correspondent's name."""

    letter: LetterInfo
    correspondent: str

    @property
    def id(self) -> int:
        return int(self.letter.id)


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What a list shows: one register (or all), a status, a contact, or a search-bar query."""

    register_id: int | None = None
    status: str | None = None
    contact_id: int | None = None
    search: LetterQuery | None = None  # from the search bar


def _names(session: Session, letters: list[LetterInfo]) -> dict[int, str]:
    """The correspondents' names of a page of letters, in one query."""
    ids = {x.contact_id for x in letters if x.contact_id is not None}
    if not ids:
        return {}
    rows = session.execute(select(Contact.id, Contact.display_name).where(Contact.id.in_(ids)))
    return {int(i): str(n) for i, n in rows}


def search_query(query: ListQuery) -> LetterQuery:
    """The search service's query for this list: the search bar's, narrowed to the list's
    register, status and contact."""
    q = query.search if isinstance(query.search, LetterQuery) else LetterQuery()
    if query.register_id is not None:
        q = dataclasses.replace(q, register_id=query.register_id)
    if query.status is not None:
        q = dataclasses.replace(q, status=query.status)
    if query.contact_id is not None:
        q = dataclasses.replace(q, correspondent=query.contact_id)
    return q


def fetch_rows(session: Session, actor: Actor, query: ListQuery, offset: int, size: int) -> list[LetterRow]:
    """One page of the list, newest first (most relevant first when words are searched)."""
    found = search_letters(session, actor, search_query(query), limit=size, offset=offset)
    names = _names(session, found)
    return [LetterRow(x, names.get(x.contact_id, "") if x.contact_id is not None else "") for x in found]


def count_rows(session: Session, actor: Actor, query: ListQuery) -> int:
    return count_letters(session, actor, search_query(query))


@dataclass(slots=True)
class CountLane:
    """Shared with the COUNT jobs (plain Python, no Qt). A COUNT over every visible letter takes
    most of a second at a million: a newer query skips a queued one and interrupts a running one
    (sqlite3's ``interrupt``, psycopg's ``cancel``, both made to be called from another thread), so
    the next first page never waits behind it."""

    generation: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    counting: tuple[int, Any] | None = None  # (generation, DBAPI connection) of the running COUNT

    def move_to(self, generation: int) -> None:
        self.generation = generation
        with self.lock:
            if self.counting is not None and self.counting[0] != generation:
                raw = self.counting[1]
                stop = getattr(raw, "interrupt", None) or getattr(raw, "cancel", None)
                if stop is not None:
                    stop()

    def count(self, s: Session, generation: int, actor: Actor, query: ListQuery) -> int | None:
        """The total on the worker; ``None`` when a newer query came first."""
        if self.generation != generation:
            return None
        raw = s.connection().connection.dbapi_connection
        with self.lock:
            self.counting = (generation, raw)
        try:
            return count_rows(s, actor, query)
        except DBAPIError:
            if self.generation == generation:
                raise
            return None
        finally:
            with self.lock:
                self.counting = None


class LettersModel(QAbstractTableModel):
    """The letters of one query, read page by page as the view scrolls."""

    #: rows known so far and whether the list is complete; the exact total when it is known
    loaded = Signal()
    count_changed = Signal(int)
    load_failed = Signal(object)
    #: a refresh replaced the rows (the view may restore its selection and scroll position)
    refreshed = Signal()

    #: rows re-read by a refresh, at most (further rows are read again as the view scrolls)
    MAX_KEPT = 2000

    def __init__(self, ctx: UiContext, parent: QObject | None = None, *, page_size: int = 100) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self._query = ListQuery()
        self._rows: list[LetterRow] = []
        self._complete = False
        self._fetching = False
        self._generation = 0
        self._lane = CountLane()
        lane = self._lane
        self.destroyed.connect(lambda *_: lane.move_to(-1))  # not a method: self is gone then
        self.total: int | None = None
        self._headers = (
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Subject"),
            self.tr("Correspondent"),
            self.tr("Urgency"),
            self.tr("Status"),
            self.tr("Classification"),
        )

    # -- query -------------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def complete(self) -> bool:
        return self._complete

    @property
    def fetching(self) -> bool:
        return self._fetching

    def _bump(self) -> None:
        self._generation += 1
        self._lane.move_to(self._generation)

    def set_query(self, query: ListQuery) -> None:
        """Show another query: the list empties and its first page is read."""
        self._query = query
        self._bump()
        self._fetching = False
        self.beginResetModel()
        self._rows = []
        self._complete = False
        self.total = None
        self.endResetModel()
        self._fetch(0, self.page_size, replace=False)

    def refresh(self) -> None:
        """Read the list again (after a change here or on another desktop). The rows stay on screen
        until the new ones arrive, as many as were loaded (up to :attr:`MAX_KEPT`), so the view can
        keep its place; ``refreshed`` tells it when."""
        self._bump()
        self._fetching = False
        size = max(self.page_size, min(len(self._rows), self.MAX_KEPT))
        self._fetch(0, size, replace=True)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._complete and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(len(self._rows), self.page_size, replace=False)

    def _fetch(self, offset: int, size: int, replace: bool) -> None:
        self._fetching = True
        gen, actor, query = self._generation, self.ctx.actor, self._query

        def job(s: Session) -> tuple[int, list[LetterRow], int, bool]:
            return gen, fetch_rows(s, actor, query, offset, size), size, replace

        self.ctx.pages.submit(job, self._page_arrived, self._failed, read_only=True)
        if offset == 0:
            # The total (a COUNT over every visible letter, the slow part at a million) follows
            # in its own job: the first rows are painted without waiting for it.
            lane = self._lane

            def count_job(s: Session) -> tuple[int, int | None]:
                return gen, lane.count(s, gen, actor, query)

            self.ctx.pages.submit(count_job, self._count_arrived, self._failed, read_only=True)

    def _page_arrived(self, result: tuple[int, list[LetterRow], int, bool]) -> None:
        gen, rows, size, replace = result
        if gen != self._generation:
            return
        self._fetching = False
        if replace:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
        elif rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._complete = len(rows) < size
        if self._complete and self.total != len(self._rows):
            self.total = len(self._rows)  # the whole list is in: no need to wait for the COUNT
            self.count_changed.emit(self.total)
        if replace:
            self.refreshed.emit()
        self.loaded.emit()

    def _count_arrived(self, result: tuple[int, int | None]) -> None:
        gen, total = result
        if gen != self._generation or total is None:
            return
        self.total = total
        self.count_changed.emit(total)

    def _failed(self, exc: Exception) -> None:
        self._fetching = False
        self._complete = True
        log.warning("letter list: %s", exc)
        self.load_failed.emit(exc)

    # -- reading -----------------------------------------------------------------------------

    def row_of(self, letter_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == letter_id), -1)

    def letter_at(self, row: int) -> Any | None:
        return self._rows[row].letter if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        x, col = row.letter, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == LetterIdRole:
            return row.id
        if role == LetterRole:
            return x
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == URGENCY and x.urgency in URGENCY_COLORS:
                return QBrush(QColor(URGENCY_COLORS[x.urgency]))
            if col == STATUS and x.status in STATUS_COLORS:
                return QBrush(QColor(STATUS_COLORS[x.status]))
            if col == CLASSIFICATION and x.classification != "normal":
                return QBrush(QColor("#8a1c12"))
        if role == Qt.ItemDataRole.FontRole:
            if (col == URGENCY and x.urgency == "immediate") or (col == NUMBER and x.number):
                font = QFont()
                font.setBold(True)
                return font
            if x.status == "void":
                font = QFont()
                font.setStrikeOut(col in (NUMBER, SUBJECT))
                return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if x.status == "void" and x.void_reason:
                return self.tr("Void: {reason}").format(reason=x.void_reason)
            if col == SUBJECT:
                return x.subject
        return None

    def _text(self, row: LetterRow, col: int) -> str:
        x = row.letter
        language = self.ctx.language
        if col == NUMBER:
            return isolate(display_number(x.number, language)) if x.number else self.tr("(draft)")
        if col == DATE:
            return self.ctx.fmt_date(x.registered_at or x.created_at)
        if col == SUBJECT:
            return str(x.subject)
        if col == CORRESPONDENT:
            return row.correspondent
        if col == URGENCY:
            return urgency_label(x.urgency)
        if col == STATUS:
            return status_label(x.status)
        if col == CLASSIFICATION:
            return classification_label(x.classification)
        return ""


def today() -> dt.date:
    """The registration date: today on this desktop's clock (the office's time zone)."""
    return dt.date.today()
