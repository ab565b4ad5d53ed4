"""The contact list as a lazy Qt table model that stays fast and small at a million rows.

Only the row count is known up front (one ``COUNT``); rows arrive in pages of ``page_size`` from
:func:`sivadesk.ops.contact_search.list_contacts`, fetched on the ``ctx.pages`` worker lane, never on
the GUI thread. At most ``max_pages`` pages are kept (least recently used first out), so memory stays
flat however far the user scrolls. A row whose page has not arrived yet shows a placeholder; when the
page lands the model emits ``dataChanged`` for it.

Every query change bumps a generation number: page and count results of an older generation are
dropped when they arrive. A page request that has been overtaken by many newer requests before the
worker reaches it (the user dragged the scroll bar through thousands of rows) is skipped without
querying; if its rows are still on screen, the view asks for them again.

The first paint needs only the first page: the row count (a scan of every live row, the slow
part at a million) follows in a second job, and the rows beyond the first page are inserted when
it arrives.
Pages past the middle of the list are read in the opposite order from the end (see
:func:`fetch_page`), so the database never skips more than half the rows.
"""

from __future__ import annotations

import logging
import math
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QStyle
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from sivadesk.ops.contact_search import ContactQuery, SortKey, count_contacts, list_contacts
from sivadesk.ops.contacts import ContactSummary
from sivadesk.ops.context import Actor
from sivadesk.ui.context import UiContext

log = logging.getLogger("sivadesk.ui.contacts")

ContactIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2

NAME, KIND, ORGANIZATION, PHONE, EMAIL, CITY, UPDATED = range(7)
# Columns the database can sort on (indexed); the others keep the current order.
SORT_KEYS = {
    NAME: SortKey.NAME,
    ORGANIZATION: SortKey.ORGANIZATION,
    CITY: SortKey.CITY,
    UPDATED: SortKey.UPDATED,
}

_KIND_COLORS = {"person": "#2f6db5", "company": "#7a4fb3", "lead": "#c9730a"}
_icon_cache: dict[tuple[str, str], QIcon] = {}

Index = QModelIndex | QPersistentModelIndex


LRM = "\u200e"


def ltr(text: str) -> str:
    """Keep a phone number's digit groups in order inside right-to-left text (display only)."""
    return f"{LRM}{text}{LRM}" if text else text


def separator() -> str:
    """Between the parts of one line of details (phone, e-mail, city): «·» would read as a
    Persian zero (۰), so " — ", and in Persian the comma «، »."""
    #: Separates the parts of one line (organisation, phone, e-mail, city); keep the spaces.
    return QCoreApplication.translate("ContactsModel", " — ")


RLM, LRI, RLI, FSI, PDI = "\u200f", "\u2066", "\u2067", "\u2068", "\u2069"


def _directionless(text: str) -> bool:
    """Only digits, punctuation and spaces (a date, a time, a number): no direction of its own."""
    return not any(unicodedata.bidirectional(ch) in ("L", "R", "AL") for ch in text)


def _rtl() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def reading_order(text: str) -> str:
    """``text`` as one paragraph of its own (a label's value). A value without letters, such as
    "۱۴۰۵/۰۸/۰۲ ۰۵:۵۸", is laid out right to left in a right-to-left interface, like the values
    around it (the date first, on the right), by a leading RIGHT-TO-LEFT MARK."""
    return RLM + text if text and _rtl() and _directionless(text) else text


def isolate(part: str) -> str:
    """``part`` as a bidi isolate inside a line: in its own direction, or, when it has none (a date),
    in the interface's."""
    start = (RLI if _rtl() else LRI) if _directionless(part) else FSI
    return f"{start}{part}{PDI}"


def join_parts(parts: Iterable[str]) -> str:
    """The non-empty ``parts`` in one line, in the order the interface reads (right to left in
    Persian): each part is isolated, so a phone number and an e-mail address side by side do not
    merge into one left-to-right run that a Persian reader would see reversed."""
    return separator().join(isolate(p) for p in parts if p)


def plural(text: str, n: int) -> str:
    """``text``, a ``tr("%Ln thing(s)", "", n)`` result, with the English plural made.

    English is the source language and has no catalogue, so Qt leaves "(s)" in the text; French
    and Persian translations give their own plural forms and contain no "(s)".
    """
    return text.replace("(s)", "" if n == 1 else "s")


def kind_label(kind: str) -> str:
    labels = {
        "person": QCoreApplication.translate("ContactsModel", "Person"),
        "company": QCoreApplication.translate("ContactsModel", "Company"),
        "lead": QCoreApplication.translate("ContactsModel", "Lead"),
    }
    return labels.get(str(kind), str(kind))


def badge_icon(key: str, letter: str, color: str = "#607080") -> QIcon:
    """A small round badge with a letter: readable in both directions, needs no icon files."""
    cached = _icon_cache.get((key, letter))
    if cached is not None:
        return cached
    pm = QPixmap(32, 32)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(1, 1, 30, 30)
    font = QFont()
    font.setPixelSize(17)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(pm.rect(), Qt.AlignmentFlag.AlignCenter, letter[:1].upper())
    p.end()
    icon = QIcon(pm)
    _icon_cache[(key, letter)] = icon
    return icon


def _draw_person(p: QPainter) -> None:
    """Head and shoulders."""
    p.drawEllipse(QRectF(10, 2, 12, 12))
    shoulders = QPainterPath()
    shoulders.moveTo(3, 30)
    shoulders.cubicTo(3, 17, 29, 17, 29, 30)
    shoulders.closeSubpath()
    p.drawPath(shoulders)


def _draw_company(p: QPainter) -> None:
    """An office building: a block with rows of windows and a door."""
    building = QPainterPath()
    building.addRoundedRect(QRectF(5, 2, 22, 29), 2, 2)
    for row in range(4):
        for col in range(3):
            building.addRect(QRectF(8.5 + col * 5.5, 5.5 + row * 5.5, 3.5, 3.5))
    building.addRect(QRectF(13, 26, 6, 5))
    building.setFillRule(Qt.FillRule.OddEvenFill)
    p.drawPath(building)


def _draw_lead(p: QPainter) -> None:
    """A five-pointed star."""
    star = QPolygonF()
    for i in range(10):
        radius = 15.0 if i % 2 == 0 else 6.5
        angle = math.radians(-90 + i * 36)
        star.append(QPointF(16 + radius * math.cos(angle), 17 + radius * math.sin(angle)))
    p.drawPolygon(star)


# One silhouette and colour per kind: the kinds stay apart in every language (their translated
# names can share a first letter, شخص/شرکت, Personne/Prospect) and for colour-blind users.
_KIND_SHAPES = {"person": _draw_person, "company": _draw_company, "lead": _draw_lead}


def kind_icon(kind: str) -> QIcon:
    """The kind's silhouette (person, building, star) in its colour; the same in every language."""
    kind = str(kind)
    cached = _icon_cache.get(("kind", kind))
    if cached is not None:
        return cached
    draw = _KIND_SHAPES.get(kind)
    if draw is None:
        return badge_icon(f"kind:{kind}", kind_label(kind))
    icon = QIcon()
    # White on a selected row: the kind's colour would vanish into the selection's blue.
    for mode, colour in ((QIcon.Mode.Normal, _KIND_COLORS[kind]), (QIcon.Mode.Selected, "white")):
        pm = QPixmap(32, 32)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        draw(p)
        p.end()
        icon.addPixmap(pm, mode)
    _icon_cache[("kind", kind)] = icon
    return icon


def warning_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def invalid_phone_tip() -> str:
    return QCoreApplication.translate(
        "ContactsModel", "A phone number of this contact could not be understood; it is kept as typed."
    )


def fetch_page(
    s: Session, actor: Actor, query: ContactQuery, offset: int, size: int, total: int
) -> list[ContactSummary]:
    """Rows ``offset``.. of the list. Past the middle they are read from the other end (the
    opposite order, then reversed): the database skips at most half the list, so the last page of
    a million rows costs what the first does."""
    n = min(size, total - offset)
    if n <= 0:
        return []
    if offset <= total // 2:
        return list_contacts(s, actor, query, offset, size)
    flipped = replace(query, descending=not query.descending)
    rows = list_contacts(s, actor, flipped, total - offset - n, n)
    rows.reverse()
    return rows


@dataclass(slots=True)
class _Lane:
    """Shared with the worker jobs (plain Python, no Qt): lets a queued job see it is obsolete,
    and lets the GUI thread interrupt a count that a newer query has made useless."""

    generation: int = 0
    serial: int = 0
    complete: int = -1  # generation whose first page was short (the whole list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    counting: tuple[int, Any] | None = None  # (generation, DBAPI connection) of the running count

    def count(self, s: Session, gen: int, actor: Actor, query: ContactQuery) -> int | None:
        """Count on the worker; ``None`` if a newer query interrupted it."""
        raw = s.connection().connection.dbapi_connection
        with self.lock:
            self.counting = (gen, raw)
        try:
            return count_contacts(s, actor, query)
        except DBAPIError:
            if self.generation == gen:
                raise
            return None
        finally:
            with self.lock:
                self.counting = None

    def abandon(self) -> None:
        """The model is gone: its queued jobs skip their queries and a running count stops."""
        self.generation += 1
        self.cancel_count(keep=-1)

    def cancel_count(self, keep: int) -> None:
        """Stop a running count of another generation (it would hold up the new first page for
        as long as a scan of every row takes). sqlite3's ``interrupt`` and psycopg's ``cancel``
        are made to be called from another thread; with no statement running they do nothing."""
        with self.lock:
            if self.counting is not None and self.counting[0] != keep:
                raw = self.counting[1]
                stop = getattr(raw, "interrupt", None) or getattr(raw, "cancel", None)
                if stop is not None:
                    stop()


class ContactsModel(QAbstractTableModel):
    count_changed = Signal(int)  # total rows of the current query (after it is known)
    page_loaded = Signal(int)  # page number, once its rows are in the cache
    load_failed = Signal(object)  # the exception of a failed count or page

    # A queued page request overtaken by this many newer ones is skipped by the worker.
    MAX_BACKLOG = 6

    def __init__(
        self,
        ctx: UiContext,
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_pages: int = 50,
        query: ContactQuery | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.max_pages = max_pages
        self._query = query or ContactQuery()
        self._rows = 0
        self._known = False  # the first page of the current query has arrived
        self._counted = False  # ... and so has its exact count
        self._stopped = False
        self._pages: OrderedDict[int, list[ContactSummary]] = OrderedDict()
        self._pending: set[int] = set()
        self._lane = _Lane()
        lane = self._lane
        self.destroyed.connect(lambda *_: lane.abandon())  # not a method of self: it is gone then
        self._headers = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Organization"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("City"),
            self.tr("Updated"),
        )

    # -- queries ---------------------------------------------------------------------------

    @property
    def query(self) -> ContactQuery:
        return self._query

    @property
    def known(self) -> bool:
        """The first rows of the current query are in (what the first paint needs)."""
        return self._known

    @property
    def counted(self) -> bool:
        """The row count is exact (it arrives after the first rows on a long list)."""
        return self._counted

    def set_query(self, query: ContactQuery) -> None:
        """Show another filter/sort: the count and the first page are fetched, then the view resets."""
        self._query = query
        self._reload(reset=True)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        """Nobody is looking (the page was closed): drop the queued work and interrupt a running
        count, so the paging lane is free at once for whoever needs it next. ``refresh`` resumes."""
        self._lane.abandon()
        self._pending.clear()
        self._stopped = True

    def refresh(self) -> None:
        """Re-read the current query (after a change here or on another desktop), keeping the view's
        scroll position: the count is re-read, cached pages are dropped and re-fetched when seen."""
        self._reload(reset=False)

    def _reload(self, reset: bool) -> None:
        """Two jobs on the paging lane: the first page (what the user sees first, a few ms at any
        size), then the count (a scan of the live rows, the slow part at a million). A short first
        page is the whole list: the count job then skips its query."""
        self._stopped = False
        self._lane.generation += 1
        lane, gen = self._lane, self._lane.generation
        actor, query, size = self.ctx.actor, self._query, self.page_size
        reset = reset or not self._known

        def first_job(s: Session) -> tuple[int, list[ContactSummary]]:
            rows = list_contacts(s, actor, query, 0, size)
            if len(rows) < size:
                lane.complete = gen
            return gen, rows

        def count_job(s: Session) -> tuple[int, int | None]:
            if lane.generation != gen or lane.complete == gen:
                return gen, None
            return gen, lane.count(s, gen, actor, query)

        lane.cancel_count(keep=gen)
        self._pending = {0}
        self.ctx.pages.submit(
            first_job, self._first_reset if reset else self._first_keep, self._failed, read_only=True
        )
        self.ctx.pages.submit(count_job, self._count_arrived, self._failed, read_only=True)

    def _first_reset(self, result: tuple[int, list[ContactSummary]]) -> None:
        self._first_arrived(result, reset=True)

    def _first_keep(self, result: tuple[int, list[ContactSummary]]) -> None:
        self._first_arrived(result, reset=False)

    def _first_arrived(self, result: tuple[int, list[ContactSummary]], reset: bool) -> None:
        gen, first = result
        if gen != self._lane.generation:
            return
        complete = len(first) < self.page_size
        if reset:
            self.beginResetModel()
            self._pages.clear()
            self._pending.clear()
            if first:
                self._pages[0] = first
            self._rows = len(first)
            self._known = True
            self._counted = complete
            self.endResetModel()
        else:
            # A refresh keeps the row count (and so the scroll position) until the count says
            # otherwise; the cached pages are dropped and re-read as the view asks for them.
            self._pages.clear()
            self._pending.clear()
            if first:
                self._pages[0] = first
            if complete:
                self._resize(len(first))
                self._counted = True
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, UPDATED))
        if first:
            self.page_loaded.emit(0)
        if complete:
            self.count_changed.emit(self._rows)

    def _count_arrived(self, result: tuple[int, int | None]) -> None:
        gen, total = result
        if gen != self._lane.generation or total is None:
            return
        if total != self._rows:
            if self._rows > self.page_size:
                # Rows were added or removed elsewhere: pages past the first (and those on their
                # way) were read against the old count; read them again.
                self._lane.generation += 1
                first = self._pages.get(0)
                self._pages.clear()
                self._pending.clear()
                if first is not None:
                    self._pages[0] = first
            self._resize(total)
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, UPDATED))
        self._counted = True
        self.count_changed.emit(total)

    def _resize(self, total: int) -> None:
        old = self._rows
        if total > old:
            self.beginInsertRows(QModelIndex(), old, total - 1)
            self._rows = total
            self.endInsertRows()
        elif total < old:
            self.beginRemoveRows(QModelIndex(), total, old - 1)
            self._rows = total
            self.endRemoveRows()

    def _failed(self, exc: Exception) -> None:
        log.warning("contact list query failed: %s", exc)
        self.load_failed.emit(exc)

    # -- paging ----------------------------------------------------------------------------

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        self._lane.serial += 1
        lane, gen, serial = self._lane, self._lane.generation, self._lane.serial
        actor, query, size, backlog = self.ctx.actor, self._query, self.page_size, self.MAX_BACKLOG
        total = self._rows

        def job(s: Session) -> tuple[int, int, list[ContactSummary] | None]:
            if lane.generation != gen or lane.serial - serial > backlog:
                return gen, page, None  # obsolete: do not query
            return gen, page, fetch_page(s, actor, query, page * size, size, total)

        self.ctx.pages.submit(job, self._page_arrived, self._failed, read_only=True)

    def _page_arrived(self, result: tuple[int, int, list[ContactSummary] | None]) -> None:
        gen, page, rows = result
        if gen != self._lane.generation:
            return  # a result for an older query
        self._pending.discard(page)
        first = page * self.page_size
        last = min(first + self.page_size, self._rows) - 1
        if last < first:
            return
        if rows is not None:
            self._pages[page] = rows
            self._pages.move_to_end(page)
            while len(self._pages) > self.max_pages:
                self._pages.popitem(last=False)
        # Skipped or filled: either way the view re-reads these rows (and asks again if still shown).
        self.dataChanged.emit(self.index(first, 0), self.index(last, UPDATED))
        if rows is not None:
            self.page_loaded.emit(page)

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    def summary(self, row: int) -> ContactSummary | None:
        """The row's contact if its page is loaded (no fetch is started)."""
        page = self._pages.get(row // self.page_size)
        if page is None:
            return None
        i = row % self.page_size
        return page[i] if i < len(page) else None

    def _row(self, row: int) -> ContactSummary | None:
        page_no = row // self.page_size
        page = self._pages.get(page_no)
        if page is None:
            self._request(page_no)
            return None
        self._pages.move_to_end(page_no)
        i = row % self.page_size
        return page[i] if i < len(page) else None

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section not in SORT_KEYS:
                return self.tr("This column cannot be sorted")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._rows):
            return None
        col = index.column()
        c = self._row(index.row())
        if c is None:
            if role == Qt.ItemDataRole.DisplayRole and col == NAME:
                return "…"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == ContactIdRole:
            return c.id
        if role == SummaryRole:
            return c
        if role == Qt.ItemDataRole.DecorationRole:
            if col == NAME:
                return kind_icon(c.kind.value)
            if col == PHONE and c.has_invalid_phone:
                return warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole and col == PHONE and c.has_invalid_phone:
            return invalid_phone_tip()
        return None

    def _display(self, c: ContactSummary, col: int) -> str:
        if col == NAME:
            return c.display_name
        if col == KIND:
            return kind_label(c.kind.value)
        if col == ORGANIZATION:
            return c.organization
        if col == PHONE:
            return ltr(c.primary_phone)
        if col == EMAIL:
            return c.primary_email
        if col == CITY:
            return c.city
        return self.ctx.fmt_date(c.updated_at)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        query = replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:
            self.set_query(query)

    def sort_column(self) -> int:
        return next(col for col, key in SORT_KEYS.items() if key == self._query.sort)

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
