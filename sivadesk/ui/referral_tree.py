"""The referral history of one item as a tree: who referred it to whom, with which instruction and
note, when each step was sent, seen, acted on and closed (in the user's calendar), and the receiver's
note; plus what the signed-in user may do with the selected step (act, refer on, send back, close).

Steps the user may not see (other people's confidential copies; everything, for someone not involved)
are not sent by the service at all (:func:`sivadesk.ops.referrals.history`). The tree reloads itself
when the change feed says a step of its item changed, on this desktop or another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import referrals
from sivadesk.ops.records import EventInfo
from sivadesk.ops.referrals import StepInfo, StepNode
from sivadesk.ui.contacts_model import LRM, RLM, isolate
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.referral_dialog import ReferralDialog, instruction_label

STEP_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("referral", "instruction", "note", "sent", "seen", "acted", "deadline", "action_note", "status")


def status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("referrals", "Not seen yet"),
        "seen": QCoreApplication.translate("referrals", "Seen"),
        "acted": QCoreApplication.translate("referrals", "Acted on"),
        "closed": QCoreApplication.translate("referrals", "Closed"),
    }
    return labels.get(status, status)


def kind_label(kind: str) -> str:
    labels = {
        "refer": QCoreApplication.translate("referrals", "Referral"),
        "copy": QCoreApplication.translate("referrals", "Confidential copy"),
        "return": QCoreApplication.translate("referrals", "Sent back"),
    }
    return labels.get(kind, kind)


def receiver_text(step: StepInfo) -> str:
    if step.to_department_name:
        return QCoreApplication.translate("referrals", "{name} (via {department})").format(
            name=step.to_name, department=step.to_department_name
        )
    return step.to_name


def flag_text(step: StepInfo) -> str:
    reasons = []
    if step.already_open:
        reasons.append(QCoreApplication.translate("referrals", "The receiver already held this item."))
    if step.circular:
        reasons.append(
            QCoreApplication.translate("referrals", "The item came back to someone it went through.")
        )
    return "\n".join(reasons)


def flow_text(sender: str, receiver: str, rtl: bool) -> str:
    """``sender → receiver`` in the interface's reading order whatever the names' scripts: the
    line takes the interface's direction (a leading mark) and each name is an isolate, so a Latin
    name in a Persian interface does not turn the line (and the arrow's meaning) around."""
    mark, arrow = (RLM, "←") if rtl else (LRM, "→")
    return f"{mark}{isolate(sender)} {arrow} {isolate(receiver)}"


class NotePrompt(QDialog):
    """Asks for a note (required unless ``optional``); ``note_entered`` carries it."""

    note_entered = Signal(str)

    def __init__(self, title: str, label: str, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.optional = optional
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        align_leading(self.label)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    @Slot()
    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.optional or bool(self.edit.toPlainText().strip()))

    @Slot()
    def _accept(self) -> None:
        self.note_entered.emit(self.edit.toPlainText().strip())
        self.accept()


class ReferralTree(QWidget):
    #: the tree is shown (tests wait on it)
    loaded = Signal()
    #: the signed-in user changed a step (acted, referred on, sent back, closed)
    changed = Signal()

    def __init__(
        self,
        ctx: UiContext,
        item_type: str,
        item_id: int,
        parent: QWidget | None = None,
        *,
        mark_seen: bool = True,
    ) -> None:
        """``mark_seen``: showing the tree is opening the item, so the user's unopened steps on it
        are marked seen by the first load."""
        super().__init__(parent)
        self.ctx = ctx
        self._mark_seen = mark_seen
        self.item_type = item_type
        self.item_id = item_id
        self.steps: dict[int, StepInfo] = {}
        self.prompt: NotePrompt | None = None
        self.refer_dialog: ReferralDialog | None = None
        self._loading = False
        self._stale = False
        self._focus_step: int | None = None

        self.tree = QTreeWidget()
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [
                self.tr("Referral"),
                self.tr("Instruction"),
                self.tr("Note"),
                self.tr("Sent"),
                self.tr("Seen"),
                self.tr("Acted"),
                self.tr("Deadline"),
                self.tr("Receiver's note"),
                self.tr("Status"),
            ]
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index("action_note"), QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No referral to show."))
        align_leading(self.empty_label)
        self.empty_label.hide()

        self.act_button = QPushButton(self.tr("&Act…"))
        self.act_button.setToolTip(self.tr("Write what you did about this referral"))
        self.refer_button = QPushButton(self.tr("Refer &on…"))
        self.return_button = QPushButton(self.tr("Send &back…"))
        self.close_button = QPushButton(self.tr("C&lose step"))
        buttons = QHBoxLayout()
        for b in (self.act_button, self.refer_button, self.return_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._connect_signals()
        self._selection_changed()
        self.refresh()

    def _connect_signals(self) -> None:
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.act_button.clicked.connect(self.act)
        self.refer_button.clicked.connect(self.refer_on)
        self.return_button.clicked.connect(self.send_back)
        self.close_button.clicked.connect(self.close_step)
        self._refresh_timer.timeout.connect(self.refresh)
        feed = self.ctx.feed
        if feed is not None:
            feed.topic_event.connect(self._feed_event)  # type: ignore[attr-defined]

    # -- loading -------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if self._loading:
            self._stale = True
            return
        self._loading = True
        actor, item_type, item_id = self.ctx.actor, self.item_type, self.item_id
        mark, self._mark_seen = self._mark_seen, False

        def load(s: Session) -> list[StepNode]:
            if mark:
                referrals.mark_item_seen(s, actor, item_type, item_id)
            return referrals.history(s, actor, item_type, item_id)

        self.ctx.runner.submit(load, self._show, self._failed, read_only=not mark)

    @Slot(str, object)
    def _feed_event(self, topic: str, event: EventInfo) -> None:
        payload = event.payload
        if (
            topic.startswith("referral.")
            and payload.get("item_type") == self.item_type
            and payload.get("item_id") == self.item_id
        ):
            self._refresh_timer.start()

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self._stale = False
        show_error(self, exc)

    @Slot(object)
    def _show(self, roots: list[StepNode]) -> None:
        self._loading = False
        current = self.selected_step()
        self.tree.clear()
        self.steps.clear()
        self.tree.addTopLevelItems([self._item(n) for n in roots])
        self.tree.expandAll()
        self.empty_label.setVisible(not roots)
        target = self._focus_step or (current.id if current is not None else None)
        self._focus_step = None
        if target is None or not self.select_step(target):
            last = self.tree.topLevelItem(self.tree.topLevelItemCount() - 1)
            if last is not None:
                self.tree.setCurrentItem(last)
        self._selection_changed()
        self.loaded.emit()
        if self._stale:
            self._stale = False
            self.refresh()

    def _item(self, node: StepNode) -> QTreeWidgetItem:
        step = node.step
        self.steps[step.id] = step
        who = flow_text(step.from_name or self.tr("SivaDesk"), receiver_text(step), self.isRightToLeft())
        if step.kind != "refer":
            who = f"{who} ({kind_label(step.kind)})"
        fmt = self.ctx.fmt_datetime
        status = status_label(step.status)
        item = QTreeWidgetItem(
            [
                who,
                instruction_label(step.instruction),
                step.note,
                fmt(step.sent_at),
                fmt(step.seen_at),
                fmt(step.acted_at),
                fmt(step.deadline),
                step.action_note,
                status,
            ]
        )
        item.setData(0, STEP_ROLE, step.id)
        item.setToolTip(COLUMNS.index("note"), step.note)
        item.setToolTip(COLUMNS.index("action_note"), step.action_note)
        status_tip = [self.tr("Dwell time: {duration}").format(duration=self.duration(step.dwell()))]
        if step.closed_at is not None:
            status_tip.append(self.tr("Closed {when}").format(when=fmt(step.closed_at)))
        item.setToolTip(COLUMNS.index("status"), "\n".join(status_tip))
        if step.flagged:
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setToolTip(0, flag_text(step))
        if step.overdue():
            column = COLUMNS.index("deadline")
            item.setText(column, self.tr("{date} (late)").format(date=fmt(step.deadline)))
            font = QFont(item.font(column))
            font.setBold(True)
            item.setFont(column, font)
        item.addChildren([self._item(child) for child in node.children])
        return item

    def duration(self, value: dt.timedelta) -> str:
        """``2 d 3 h``, ``3 h 12 min``, ``5 min``: how long a step stayed with its receiver."""
        minutes = int(value.total_seconds() // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        n = self.locale().toString
        if days:
            return self.tr("{days} d {hours} h").format(days=n(days), hours=n(hours))
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=n(hours), minutes=n(mins))
        return self.tr("{minutes} min").format(minutes=n(mins))

    # -- selection -----------------------------------------------------------------------------
    def selected_step(self) -> StepInfo | None:
        item = self.tree.currentItem()
        return self.steps.get(int(item.data(0, STEP_ROLE))) if item is not None else None

    def focus_step(self, step_id: int) -> None:
        """Select this step once it is shown (now, or after the load under way)."""
        if not self.select_step(step_id):
            self._focus_step = step_id

    def select_step(self, step_id: int) -> bool:
        for item in self._all_items():
            if item.data(0, STEP_ROLE) == step_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is not None:
                found.append(item)
                stack += [item.child(i) for i in range(item.childCount())]
        return found

    @Slot()
    def _selection_changed(self, *_args: object) -> None:
        step, me = self.selected_step(), self.ctx.actor.user_id
        held = step is not None and me is not None and step.to_user_id == me and step.status != "closed"
        self.act_button.setEnabled(held)
        self.refer_button.setEnabled(held and step is not None and step.kind != "copy")
        self.return_button.setEnabled(
            held and step is not None and step.kind != "copy" and step.from_user_id is not None
        )
        self.close_button.setEnabled(
            step is not None
            and me is not None
            and me in (step.to_user_id, step.from_user_id)
            and step.status != "closed"
        )

    # -- actions -------------------------------------------------------------------------------
    def _ask(self, title: str, label: str, then: Callable[[str], None], optional: bool = False) -> None:
        if self.prompt is not None:
            self.prompt.deleteLater()
        self.prompt = NotePrompt(title, label, optional, self)
        self.prompt.note_entered.connect(then)
        self.prompt.open()

    def _run(self, fn: Callable[[Session], Any]) -> None:
        self.ctx.runner.submit(fn, self._acted, self._action_failed)

    @Slot(object)
    def _acted(self, _result: object) -> None:
        self.changed.emit()
        self.refresh()

    @Slot(object)
    def _action_failed(self, exc: Exception) -> None:
        show_error(self, exc)
        self.refresh()

    @Slot()
    def act(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        actor, step_id = self.ctx.actor, step.id
        self._ask(
            self.tr("Act on the referral"),
            self.tr("What did you do? The referrer will read this note."),
            lambda note: self._run(lambda s: referrals.act(s, actor, step_id, note)),
        )

    @Slot()
    def send_back(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        actor, step_id = self.ctx.actor, step.id
        self._ask(
            self.tr("Send back to {name}").format(name=step.from_name),
            self.tr("Why do you send it back? The note is required."),
            lambda note: self._run(lambda s: referrals.return_to_sender(s, actor, step_id, note)),
        )

    @Slot()
    def close_step(self) -> None:
        step = self.selected_step()
        if step is None:
            return
        actor, step_id = self.ctx.actor, step.id
        self._ask(
            self.tr("Close the step"),
            self.tr("A closing note (optional)."),
            lambda note: self._run(lambda s: referrals.close(s, actor, step_id, note)),
            optional=True,
        )

    @Slot()
    def refer_on(self) -> None:
        step = self.selected_step()
        self.refer(step.id if step is not None else None)

    def refer(self, parent_step_id: int | None = None) -> ReferralDialog:
        """Open the referral dialog (from the selected step when ``parent_step_id`` is given)."""
        if self.refer_dialog is not None:
            self.refer_dialog.deleteLater()
        dialog = ReferralDialog(self.ctx, self.item_type, self.item_id, parent_step_id, self)
        dialog.referred.connect(self._acted)
        self.refer_dialog = dialog
        dialog.open()
        return dialog


class ReferralHistoryDialog(QDialog):
    """The history tree in its own window, with a "Refer…" button (from the cartable, a letter)."""

    def __init__(self, ctx: UiContext, item_type: str, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Referral history"))
        self.resize(1000, 420)
        self.tree = ReferralTree(ctx, item_type, item_id, self)
        self.refer_button = QPushButton(self.tr("&Refer…"))
        self.refer_button.setEnabled(ctx.actor.can("letters.refer") if item_type == "letter" else True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.refer_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.refer_button.clicked.connect(lambda: self.tree.refer(None))
