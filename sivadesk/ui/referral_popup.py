""" "Referred to you": a card in the corner of the main window when something is referred to the
signed-in user, on every desktop where they are signed in.

The change feed carries ``referral.received`` events (payload ``to_user_ids``, ``step_id``,
``item_type``, ``item_id``) from any desktop. :class:`ReferralNotifier` keeps the ones addressed to
this user, reads the step and its item through the service (so the card shows only what the user may
see) and shows a :class:`ReferralPopup`. A card is not modal and never takes the keyboard focus from
what the user is typing; it hides itself after :data:`AUTO_HIDE_MS` unless the mouse is over it, and
its "Open" button opens the item. Cards stack upwards from the bottom corner on the reading side's
end (bottom right in English and French, bottom left in Persian).
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sivadesk.ops import referrals
from sivadesk.ops.records import EventInfo
from sivadesk.ops.referrals import CartableEntry
from sivadesk.ui.context import UiContext
from sivadesk.ui.i18n import align_leading
from sivadesk.ui.referral_dialog import instruction_label, item_title

log = logging.getLogger("sivadesk.ui.referrals")

#: a card hides itself after this long (ms) unless the mouse rests on it
AUTO_HIDE_MS = 15000
#: cards shown at once; the oldest goes first
MAX_CARDS = 4
MARGIN = 12


class ReferralPopup(QFrame):
    """One card: who referred what to the user, the instruction and note, Open / dismiss."""

    #: "Open" was pressed: (item type, item id)
    open_requested = Signal(str, int)
    #: the card went away (dismissed, timed out or opened)
    dismissed = Signal()

    def __init__(self, ctx: UiContext, entry: CartableEntry, parent: QWidget) -> None:
        super().__init__(parent)
        self.entry = entry
        step = entry.step
        self.setObjectName("referralPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(360)
        sender = step.from_name or self.tr("SivaDesk")
        heading = {
            "copy": self.tr("Confidential copy from {name}"),
            "return": self.tr("{name} sent this back to you"),
        }.get(step.kind, self.tr("{name} referred this to you")).format(name=sender)
        self.heading = QLabel(heading)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.item_label = QLabel(item_title(step.item_type, entry.item, step.item_id, ctx.language))
        self.item_label.setWordWrap(True)
        self.instruction_label = QLabel(instruction_label(step.instruction))
        details = []
        if step.note:
            details.append(step.note if len(step.note) <= 200 else step.note[:199] + "…")
        if step.deadline is not None:
            details.append(self.tr("Deadline: {date}").format(date=ctx.fmt_datetime(step.deadline)))
        self.details = QLabel("\n".join(details))
        self.details.setWordWrap(True)
        self.details.setVisible(bool(details))
        for label in (self.heading, self.item_label, self.instruction_label, self.details):
            align_leading(label)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.setEnabled(entry.item is not None)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.item_label)
        layout.addWidget(self.instruction_label)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTO_HIDE_MS)
        self.timer.timeout.connect(self.dismiss)
        self.close_button.clicked.connect(self.dismiss)
        self.open_button.clicked.connect(self._open)
        self.timer.start()

    def enterEvent(self, event: QEnterEvent) -> None:
        self.timer.stop()  # the user is reading it
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.timer.start()
        super().leaveEvent(event)

    @Slot()
    def _open(self) -> None:
        self.open_requested.emit(self.entry.step.item_type, self.entry.step.item_id)
        self.dismiss()

    @Slot()
    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


class ReferralNotifier(QObject):
    """Turns this user's ``referral.received`` feed events into cards on ``window``."""

    #: a card is on screen (tests wait on it)
    shown = Signal(object)
    #: "Open" on a card: (item type, item id)
    open_requested = Signal(str, int)

    def __init__(self, ctx: UiContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.host = window
        self.cards: list[ReferralPopup] = []
        self._steps: set[int] = set()
        window.installEventFilter(self)
        feed = ctx.feed
        if feed is not None:
            feed.topic_event.connect(self.on_feed_event)  # type: ignore[attr-defined]

    @Slot(str, object)
    def on_feed_event(self, topic: str, event: EventInfo) -> None:
        me = self.ctx.actor.user_id
        payload = event.payload
        if topic != "referral.received" or me is None or me not in payload.get("to_user_ids", []):
            return
        step_id = payload.get("step_id")
        if not isinstance(step_id, int) or step_id in self._steps:
            return
        self._steps.add(step_id)
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: referrals.get_step(s, actor, step_id), self._loaded, self._failed, read_only=True
        )

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        # Withdrawn or deleted before we could read it: nothing to show, nothing to bother the user with.
        log.info("referral pop-up not shown: %s", exc)

    @Slot(object)
    def _loaded(self, entry: CartableEntry) -> None:
        self.show_entry(entry)

    def show_entry(self, entry: CartableEntry) -> ReferralPopup:
        while len(self.cards) >= MAX_CARDS:
            self.cards[0].dismiss()
        card = ReferralPopup(self.ctx, entry, self.host)
        card.open_requested.connect(self.open_requested)
        card.dismissed.connect(lambda: self._forget(card))
        self.cards.append(card)
        card.adjustSize()
        card.show()
        card.raise_()
        self._layout()
        QApplication.alert(self.host)  # taskbar attention when the window is in the background
        self.shown.emit(card)
        return card

    def _forget(self, card: ReferralPopup) -> None:
        if card in self.cards:
            self.cards.remove(card)
            self._layout()

    def _layout(self) -> None:
        """Stack the cards upwards from the bottom corner at the end of the reading direction."""
        area = self.host.rect()
        bottom = area.bottom() - MARGIN - 24  # above the status bar
        rtl = self.host.isRightToLeft()
        for card in reversed(self.cards):
            if not shiboken6.isValid(card):
                continue
            card.adjustSize()
            x = area.left() + MARGIN if rtl else area.right() - MARGIN - card.width()
            card.move(x, bottom - card.height())
            card.raise_()
            bottom -= card.height() + 8

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize and self.cards:
            self._layout()
        return False

    def stop(self) -> None:
        for card in list(self.cards):
            card.dismiss()
