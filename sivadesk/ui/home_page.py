"""Home: what is in the store (counts) and what happened lately (the newest timeline entries)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import activity
from sivadesk.ops.activity import ActivityInfo, HomeCounts
from sivadesk.ui.context import UiContext
from sivadesk.ui.i18n import align_leading

#: topics after which Home is out of date
TOPICS = ("contact.", "activity.")
RECENT_LIMIT = 50


def activity_kind_label(kind: str) -> str:
    labels = {
        "note": QCoreApplication.translate("activity", "Note"),
        "call": QCoreApplication.translate("activity", "Call"),
        "letter": QCoreApplication.translate("activity", "Letter"),
        "fax": QCoreApplication.translate("activity", "Fax"),
        "task": QCoreApplication.translate("activity", "Task"),
        "message": QCoreApplication.translate("activity", "Message"),
        "appointment": QCoreApplication.translate("activity", "Appointment"),
        "system": QCoreApplication.translate("activity", "System"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True, slots=True)
class HomeData:
    counts: HomeCounts
    recent: list[ActivityInfo]


class _CountTile(QFrame):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        align_leading(self.value)
        align_leading(self.caption)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str) -> None:
        self.value.setText(text)


class HomePage(QWidget):
    #: a recent entry was opened: the contact's id
    contact_activated = Signal(int)
    #: data shown (tests and the start-up probe wait on it)
    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._stale = False

        self.greeting = QLabel()
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.greeting.setFont(font)
        self.office_label = QLabel()
        for label in (self.greeting, self.office_label):
            align_leading(label)

        self.tiles = {
            "contacts": _CountTile(self.tr("Contacts")),
            "companies": _CountTile(self.tr("Companies")),
            "leads": _CountTile(self.tr("Leads")),
            "activities_today": _CountTile(self.tr("Timeline entries today")),
            "invalid_phones": _CountTile(self.tr("Contacts with a phone number to check")),
        }
        grid = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, 0, i)

        from sivadesk.ui.line_board import LineBoard  # the phone lines' live state

        self.line_board = LineBoard(ctx, self)

        from sivadesk.ui.cartable_panel import CartablePanel  # letters referred to me / by me

        self.cartable = CartablePanel(ctx, self)

        self.recent_title = QLabel(self.tr("Recent activity"))
        bold = self.recent_title.font()
        bold.setBold(True)
        self.recent_title.setFont(bold)
        self.recent = QTreeWidget()
        self.recent.setRootIsDecorated(False)
        self.recent.setUniformRowHeights(True)
        self.recent.setHeaderLabels(
            [self.tr("When"), self.tr("Contact"), self.tr("Kind"), self.tr("What"), self.tr("By")]
        )
        header = self.recent.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.empty_label = QLabel(
            self.tr("Nothing has happened yet. New contacts, notes and calls will show here.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.office_label)
        layout.addLayout(grid)
        layout.addWidget(self.line_board)
        layout.addWidget(self.cartable, 2)
        layout.addSpacing(8)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.recent, 1)

        self.recent.itemActivated.connect(self._item_activated)
        self.show_header()

    def show_header(self) -> None:
        name = self.ctx.actor.full_name or self.ctx.actor.username
        self.greeting.setText(self.tr("Hello, {name}").format(name=name))
        office = self.ctx.office.office_name
        self.office_label.setText(office)
        self.office_label.setVisible(bool(office))

    @Slot()
    def refresh(self) -> None:
        """Reload counts and recent entries on the store runner (coalesced while one is running)."""
        self.cartable.refresh()
        if self._loading:
            self._stale = True
            return
        self._loading = True
        actor = self.ctx.actor

        def load(s: Session) -> HomeData:
            return HomeData(activity.home_counts(s, actor), activity.recent(s, actor, RECENT_LIMIT))

        self.ctx.runner.submit(load, self._show, self._failed, read_only=True)

    def on_topics(self, topics: set[str]) -> None:
        self.line_board.on_topics(topics)
        if any(t.startswith(TOPICS) for t in topics):
            self.refresh()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._stale = False
        if self.ctx.runner.default_error is not None:
            self.ctx.runner.default_error(exc)

    @Slot(object)
    def _show(self, data: HomeData) -> None:
        self._loading = False
        self.show_header()
        locale = self.locale()
        for key, tile in self.tiles.items():
            tile.set_value(locale.toString(int(getattr(data.counts, key))))
        self.tiles["invalid_phones"].setVisible(data.counts.invalid_phones > 0)
        self.recent.clear()
        items = []
        for a in data.recent:
            item = QTreeWidgetItem(
                [
                    self.ctx.fmt_datetime(a.occurred_at),
                    a.contact_name,
                    activity_kind_label(a.kind),
                    a.title,
                    a.user_name,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, a.contact_id)
            item.setToolTip(3, a.body or a.title)
            items.append(item)
        self.recent.addTopLevelItems(items)
        self.empty_label.setVisible(not items)
        self.recent.setVisible(bool(items))
        self.loaded.emit()
        if self._stale:
            self._stale = False
            self.refresh()

    @Slot(QTreeWidgetItem, int)
    def _item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        if contact_id is not None:
            self.contact_activated.emit(int(contact_id))
