"""The cartable (کارتابل) on Home: what was referred to the signed-in user, by them, as confidential
copies, and what is done — with counts (how many, how many not opened yet, how many late).

One list shows the current box; the tabs above it carry the counts. Enter or a double-click opens the
item (and marks the user's step seen); "History…" shows the referral tree. Everything is reachable
from the keyboard: Tab moves between the tabs, the list and the buttons; the arrow keys switch tabs.
The panel reloads itself when the change feed brings a referral event about the user.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import appointments, referrals
from sivadesk.ops.appointments import AppointmentInfo
from sivadesk.ops.records import EventInfo
from sivadesk.ops.referrals import BOXES, BoxCount, CartableEntry
from sivadesk.ui.contacts_model import plural
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.letters_model import display_number
from sivadesk.ui.referral_dialog import instruction_label
from sivadesk.ui.referral_tree import ReferralHistoryDialog, receiver_text, status_label

ENTRY_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 200


def box_label(box: str) -> str:
    labels = {
        "received": QCoreApplication.translate("referrals", "Referred to me"),
        "copies": QCoreApplication.translate("referrals", "Copies"),
        "sent": QCoreApplication.translate("referrals", "Waiting on others"),
        "done": QCoreApplication.translate("referrals", "Done"),
    }
    return labels.get(box, box)


@dataclass(frozen=True, slots=True)
class CartableData:
    box: str
    counts: dict[str, BoxCount]
    entries: list[CartableEntry]
    upcoming: list[AppointmentInfo] = field(default_factory=list)  # the user's next 7 days


class CartablePanel(QWidget):
    #: a referred letter was opened: its id
    letter_activated = Signal(int)
    #: any referred item was opened: (item type, item id)
    item_activated = Signal(str, int)
    #: counts and list shown (tests wait on it)
    loaded = Signal()
    #: "New task…" / "New appointment…" / "Calendar…" (the main window opens them)
    new_task_requested = Signal()
    new_appointment_requested = Signal()
    calendar_requested = Signal()
    #: an upcoming appointment was opened: its id
    appointment_activated = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counts: dict[str, BoxCount] = {}
        self.history_dialog: ReferralHistoryDialog | None = None
        self._loading = False
        self._stale = False

        self.title = QLabel(self.tr("&Cartable"))  # Alt+C: to the list from anywhere on Home
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        align_leading(self.title)
        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for box in BOXES:
            self.tabs.addTab(box_label(box))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Subject"),
                self.tr("From"),
                self.tr("Instruction"),
                self.tr("Sent"),
                self.tr("Deadline"),
                self.tr("Status"),
            ]
        )
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        align_leading(self.empty_label)
        self.empty_label.hide()
        self.open_button = QPushButton(self.tr("&Open"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.new_task_button = QPushButton(self.tr("New &task…"))
        self.new_appointment_button = QPushButton(self.tr("New a&ppointment…"))
        self.calendar_button = QPushButton(self.tr("Ca&lendar…"))
        self.upcoming_label = QLabel(self.tr("&Upcoming appointments"))
        self.upcoming_label.setFont(bold)
        align_leading(self.upcoming_label)
        self.upcoming = QListWidget()
        self.upcoming.setMaximumHeight(110)
        self.upcoming_label.setBuddy(self.upcoming)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_task_button)
        buttons.addWidget(self.new_appointment_button)
        buttons.addWidget(self.calendar_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.upcoming_label)
        layout.addWidget(self.upcoming)
        self.title.setBuddy(self.list)
        self.setFocusProxy(self.list)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._connect_signals()
        self._selection_changed()

    def _connect_signals(self) -> None:
        self.tabs.currentChanged.connect(self._box_changed)
        self.list.itemActivated.connect(self._item_activated)
        self.list.currentItemChanged.connect(self._selection_changed)
        self.open_button.clicked.connect(self.open_current)
        self.history_button.clicked.connect(self.show_history)
        self.new_task_button.clicked.connect(self.new_task_requested)
        self.new_appointment_button.clicked.connect(self.new_appointment_requested)
        self.calendar_button.clicked.connect(self.calendar_requested)
        self.upcoming.itemActivated.connect(
            lambda item: self.appointment_activated.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self._refresh_timer.timeout.connect(self.refresh)
        feed = self.ctx.feed
        if feed is not None:
            feed.events.connect(self._feed_events)  # type: ignore[attr-defined]

    # -- boxes ---------------------------------------------------------------------------------
    @property
    def box(self) -> str:
        return BOXES[max(self.tabs.currentIndex(), 0)]

    def show_box(self, box: str) -> None:
        self.tabs.setCurrentIndex(BOXES.index(box))

    @Slot(int)
    def _box_changed(self, _index: int) -> None:
        self.refresh()

    def _tab_text(self, box: str) -> str:
        count = self.counts.get(box)
        if count is None:
            return box_label(box)
        loc = self.locale()
        if count.unseen and box != "sent":
            text = self.tr("{box} ({total}, {new} new)").format(
                box=box_label(box), total=loc.toString(count.total), new=loc.toString(count.unseen)
            )
        else:
            text = self.tr("{box} ({total})").format(box=box_label(box), total=loc.toString(count.total))
        return text

    # -- loading -------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        actor, box = self.ctx.actor, self.box

        def load(s: Session) -> CartableData:
            return CartableData(
                box,
                referrals.cartable_counts(s, actor),
                referrals.cartable(s, actor, box, PAGE_SIZE),
                appointments.upcoming(s, actor),
            )

        self.ctx.runner.submit(load, self._show, self._failed, read_only=True)

    @Slot(list)
    def _feed_events(self, batch: list[EventInfo]) -> None:
        me = self.ctx.actor.user_id
        for event in batch:
            if not event.topic.startswith(("referral.", "task.", "appointment.")):
                continue
            people = event.payload.get("to_user_ids", []) + event.payload.get("user_ids", [])
            if me in people or event.user_id == me:
                self._refresh_timer.start()
                return

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._stale = False
        if self.ctx.runner.default_error is not None:
            self.ctx.runner.default_error(exc)
        else:
            show_error(self, exc)

    @Slot(object)
    def _show(self, data: CartableData) -> None:
        self._loading = False
        self.counts = data.counts
        for i, box in enumerate(BOXES):
            self.tabs.setTabText(i, self._tab_text(box))
            late = data.counts[box].overdue
            self.tabs.setTabToolTip(i, plural(self.tr("%n late", "", late), late) if late else "")
        if data.box == self.box:
            self._fill(data)
        self._fill_upcoming(data.upcoming)
        self.loaded.emit()
        if self._stale or data.box != self.box:
            self._stale = False
            self.refresh()

    def _fill(self, data: CartableData) -> None:
        current = self.current_entry()
        self.list.clear()
        sent = data.box == "sent"
        self.list.headerItem().setText(2, self.tr("To") if sent else self.tr("From"))
        fmt = self.ctx.fmt_datetime
        items = []
        for entry in data.entries:
            step, item = entry.step, entry.item
            number = display_number(item.number if item else "", self.ctx.language) or (
                (self.tr("draft") if step.item_type == "letter" else self.tr("Task"))
                if item
                else f"#{step.item_id}"
            )
            who = receiver_text(step) if sent else (step.from_name or self.tr("SivaDesk"))
            deadline = fmt(step.deadline)
            if step.overdue():
                deadline = self.tr("{date} (late)").format(date=deadline)
            row = QTreeWidgetItem(
                [
                    number,
                    item.title if item else self.tr("(deleted)"),
                    who,
                    instruction_label(step.instruction),
                    fmt(step.sent_at),
                    deadline,
                    status_label(step.status),
                ]
            )
            row.setData(0, ENTRY_ROLE, entry)
            row.setToolTip(1, "\n".join(x for x in (item.title if item else "", step.note) if x))
            if step.status == "open" and not sent:
                font = QFont(row.font(0))
                font.setBold(True)
                for c in range(self.list.columnCount()):
                    row.setFont(c, font)
            items.append(row)
        self.list.addTopLevelItems(items)
        empty = {
            "received": self.tr("Nothing is waiting for you."),
            "copies": self.tr("No copies for you."),
            "sent": self.tr("Nothing you referred is waiting."),
            "done": self.tr("Nothing done yet."),
        }[data.box]
        self.empty_label.setText(empty)
        self.empty_label.setVisible(not items)
        self.list.setVisible(bool(items))
        if items:
            self.list.setCurrentItem(items[0])
            if current is not None:
                for row in items:
                    if row.data(0, ENTRY_ROLE).step.id == current.step.id:
                        self.list.setCurrentItem(row)
        self._selection_changed()

    def _fill_upcoming(self, rows: list[AppointmentInfo]) -> None:
        self.upcoming.clear()
        for a in rows:
            text = f"{self.ctx.fmt_datetime(a.start_at)} — {a.title}" + (f" ({a.place})" if a.place else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.upcoming.addItem(item)
        if not rows:
            self.upcoming.addItem(QListWidgetItem(self.tr("No appointments in the next 7 days.")))
            self.upcoming.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    # -- opening -------------------------------------------------------------------------------
    def current_entry(self) -> CartableEntry | None:
        row = self.list.currentItem()
        entry = row.data(0, ENTRY_ROLE) if row is not None else None
        return entry if isinstance(entry, CartableEntry) else None

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        entry = self.current_entry()
        self.open_button.setEnabled(entry is not None and entry.item is not None)
        self.history_button.setEnabled(entry is not None and entry.item is not None)

    @Slot(QTreeWidgetItem, int)
    def _item_activated(self, _row: QTreeWidgetItem, _column: int) -> None:
        self.open_current()

    @Slot()
    def open_current(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.item is None:
            return
        step = entry.step
        if step.status == "open" and step.to_user_id == self.ctx.actor.user_id:
            actor, step_id = self.ctx.actor, step.id
            self.ctx.runner.submit(
                lambda s: referrals.mark_seen(s, actor, step_id), lambda _i: self.refresh()
            )
        self.item_activated.emit(step.item_type, step.item_id)
        if step.item_type == "letter":
            self.letter_activated.emit(step.item_id)

    @Slot()
    def show_history(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.item is None:
            return
        if self.history_dialog is not None:
            self.history_dialog.deleteLater()
        dialog = ReferralHistoryDialog(self.ctx, entry.step.item_type, entry.step.item_id, self)
        dialog.tree.changed.connect(self.refresh)
        dialog.tree.focus_step(entry.step.id)
        self.history_dialog = dialog
        dialog.open()
