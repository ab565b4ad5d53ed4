"""The stack of caller pop-ups on one desktop: which calls pop up here and where the cards go.

:class:`PopupManager` decides *whether* a call pops up (the user watches its line, it is an
incoming call that rings) and keeps the cards (:class:`sivadesk.ui.call_popup.CallPopup`) stacked
in a corner of the screen: bottom right, bottom left in a right-to-left interface, the newest in
the corner. Ways in: ``on_feed_event`` (a "call" event of the change feed), and on the desktop
hosting the listener ``show_local`` then ``attach_call`` (see :mod:`sivadesk.ui.callerid_host`).
Cards are completed from :func:`sivadesk.ops.calls.popup_info` on the manager's own ``calls``
runner lane, so they never wait behind a long import on the store lane.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from sivadesk.ops import calls as call_ops
from sivadesk.ui.call_popup import (
    ENDED,
    MARGIN,
    MAX_CARDS,
    MISSED,
    RINGING,
    SPARE_DELAY_MS,
    CallPopup,
    PopupView,
    view_from_call,
    view_from_popup_info,
)
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.runner import Runner

log = logging.getLogger("sivadesk.ui.calls")


class PopupManager(QObject):
    """Which calls pop up here, and the stack of cards in the screen's corner."""

    #: a card appeared (tests and the latency bench)
    popup_shown = Signal(object)
    #: the agent's watched lines were read
    watched_loaded = Signal()

    def __init__(
        self, ctx: UiContext, parent_window: QWidget | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent_window = parent_window
        self.cards: list[CallPopup] = []
        #: None until read; empty: every line (a user with no rows watches every line)
        self.watched: frozenset[str] | None = None
        self._early: list[Any] = []  # feed events that came before the watched lines were known
        self._spare: CallPopup | None = None
        self._stopped = False
        self.lane = Runner(ctx.db, "calls")
        self.lane.setParent(self)
        self.reload_watched()

    def stop(self) -> None:
        self._stopped = True
        for card in list(self.cards):
            card.close()
        if self._spare is not None and shiboken6.isValid(self._spare):
            self._spare.deleteLater()
        self._spare = None
        self.lane.stop()

    def dialog_parent(self) -> QWidget | None:
        return (
            self._parent_window
            if self._parent_window is not None and shiboken6.isValid(self._parent_window)
            else None
        )

    # -- watched lines -------------------------------------------------------------------------
    def reload_watched(self) -> None:
        user_id = self.ctx.actor.user_id
        if user_id is None:  # the system actor: every line
            self._watched_arrived([])
            return
        self.lane.submit(lambda s: call_ops.watched_lines(s, user_id), self._watched_arrived, read_only=True)

    def _watched_arrived(self, lines: list[str]) -> None:
        self.watched = frozenset(str(x) for x in lines)
        # Not at once: at start-up the window is still drawing Home.
        QTimer.singleShot(SPARE_DELAY_MS, self._prepare_spare)
        self.watched_loaded.emit()
        early, self._early = self._early, []
        for event in early:
            self.on_feed_event(event)

    def watches(self, line: str | None) -> bool:
        if self.watched is None:
            return False
        return not self.watched or str(line) in self.watched

    # -- ways in -------------------------------------------------------------------------------
    def on_feed_event(self, event: Any) -> None:
        """A "call" event of the change feed: payload {call_id, line, number, contact_id, state}."""
        if self.watched is None:
            self._early.append(event)
            return
        p = event.payload or {}
        call_id = p.get("call_id")
        line = str(p.get("line") or "")
        state = str(p.get("state") or "")
        if call_id is None or not self.watches(line):
            return
        card = self.card_for_call(int(call_id))
        if card is None:
            card = self._card_for_local(PopupView(line=line, number_raw=str(p.get("number") or "")))
        if card is not None:
            if card.view.call_id is None:
                card.show_view(replace(card.view, call_id=int(call_id)))
            self._refresh_call(card)
            return
        if state not in ("ringing", "ring", "incoming", ""):
            return  # a call that is already answered or over does not pop up
        if p.get("direction", "in") != "in":
            return
        view = PopupView(
            line=line,
            number_raw=str(p.get("number") or ""),
            call_id=int(call_id),
            contact_id=p.get("contact_id"),
            contact_name=str(p.get("contact_name") or ""),
        )
        card = self._add(view)
        self._refresh_call(card)

    def show_local(self, view: PopupView) -> CallPopup | None:
        """The listener's desktop: a card straight from the decoded record (no store round trip)."""
        if not self.watches(view.line):
            return None
        # A unit that repeats the caller ID of a call still ringing (a second ring's record) does
        # not add a card.
        if any(c.view.local_key == view.local_key and c.view.state == RINGING for c in self.cards):
            return None
        return self._add(view)

    def attach_call(self, info: call_ops.CallInfo) -> None:
        """The stored call for a card shown by :meth:`show_local` (or a state change of it)."""
        card = self.card_for_call(info.id) or self._card_for_local(
            PopupView(line=info.line, number_raw=info.number_raw)
        )
        if card is None:
            return
        card.show_view(view_from_call(info, card.view))
        self._refresh_call(card)

    # -- cards ---------------------------------------------------------------------------------
    def card_for_call(self, call_id: int) -> CallPopup | None:
        return next((c for c in self.cards if c.view.call_id == call_id), None)

    def _card_for_local(self, view: PopupView) -> CallPopup | None:
        return next(
            (c for c in self.cards if c.view.call_id is None and c.view.local_key == view.local_key), None
        )

    def _prepare_spare(self) -> None:
        """Build the next card ahead of time: building its widgets costs more than showing it."""
        if self._spare is None and not self._stopped:
            # Filled like a known caller's card: polishing and laying it out now leaves only the
            # new texts to measure when the call comes.
            spare = CallPopup(
                self.ctx, PopupView(line="1", number_raw="0100000000", contact_id=0, contact_name="–"), self
            )
            spare.ensurePolished()
            for child in spare.findChildren(QWidget):
                child.ensurePolished()
            spare.adjustSize()
            self._spare = spare

    def _add(self, view: PopupView) -> CallPopup:
        while len(self.cards) >= MAX_CARDS:
            old = next((c for c in self.cards if c.view.state in (ENDED, MISSED)), self.cards[0])
            old.close()
        card, self._spare = self._spare, None
        if card is not None and shiboken6.isValid(card):
            card.show_view(view)
        else:
            card = CallPopup(self.ctx, view, self)
        QTimer.singleShot(SPARE_DELAY_MS, self._prepare_spare)
        card.dismissed.connect(self._dismissed)
        card.updated.connect(self.arrange)
        self.cards.append(card)
        card.show()
        self.arrange()
        log.info("call pop-up on line %s (call %s)", view.line, view.call_id)
        self.popup_shown.emit(card)
        return card

    @Slot(object)
    def _dismissed(self, card: CallPopup) -> None:
        if card in self.cards:
            self.cards.remove(card)
            self.arrange()

    @Slot()
    def arrange(self) -> None:
        """Stack the cards from the bottom corner on the reading side's end (right, or left in Persian)."""
        screen = None
        parent = self.dialog_parent()
        if parent is not None:
            screen = parent.screen()
        screen = screen or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        y = area.bottom() - MARGIN
        for card in reversed(self.cards):
            if not shiboken6.isValid(card):
                continue
            h = card.sizeHint().height()
            y -= h
            x = area.left() + MARGIN if rtl else area.right() - MARGIN - card.width()
            card.move(x, max(area.top(), y))
            y -= 8

    # -- reading -------------------------------------------------------------------------------
    def _refresh_call(self, card: CallPopup) -> None:
        call_id = card.view.call_id
        if call_id is None:
            return
        actor = self.ctx.actor
        if card.view.contact_id is not None and not card.view.contact_name:
            # A card from the feed knows the contact's id only: the call row (one query) puts the
            # name on screen before the pop-up's facts (several queries) arrive.
            self.lane.submit(
                lambda s: call_ops.get_call(s, actor, call_id),
                lambda info: self._named(card, info),
                lambda exc: log.warning("call %s could not be read: %s", call_id, exc),
                read_only=True,
            )
        self.lane.submit(
            lambda s: call_ops.popup_info(s, actor, call_id),
            lambda info: self._enriched(card, info),
            lambda exc: log.warning("call %s could not be read: %s", call_id, exc),
            read_only=True,
        )

    def _named(self, card: CallPopup, info: call_ops.CallInfo) -> None:
        if shiboken6.isValid(card) and card in self.cards and not card.view.enriched:
            card.show_view(view_from_call(info, card.view))

    def _enriched(self, card: CallPopup, info: call_ops.PopupInfo) -> None:
        if shiboken6.isValid(card) and card in self.cards:
            card.show_view(view_from_popup_info(info, card.view))

    def refresh(self, card: CallPopup) -> None:
        if shiboken6.isValid(card) and card in self.cards:
            self._refresh_call(card)

    def on_call_changed(self, call_id: int) -> None:
        """Another event of a call on screen (answered, ended, linked): read it again."""
        card = self.card_for_call(call_id)
        if card is not None:
            self._refresh_call(card)

    # -- actions -------------------------------------------------------------------------------
    def take(self, card: CallPopup) -> None:
        call_id = card.view.call_id
        if call_id is None:
            return
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: call_ops.take_call(s, actor, call_id),
            lambda _r: self.refresh(card),
            lambda exc: self._action_failed(card, exc),
        )

    def link(self, card: CallPopup, contact_id: int) -> None:
        call_id = card.view.call_id
        if call_id is None or not shiboken6.isValid(card):
            return
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: call_ops.link_call_to_contact(s, actor, call_id, contact_id),
            lambda _r: self.refresh(card),
            lambda exc: self._action_failed(card, exc),
        )

    def _action_failed(self, card: CallPopup, exc: Exception) -> None:
        if shiboken6.isValid(card):
            card.took_button.setEnabled(True)
        show_error(self.dialog_parent(), exc)

    @Slot(int)
    def note_saved(self, _activity_id: int) -> None:
        log.info("note added from a call pop-up")

    # -- referrals ---------------------------------------------------------------------------
    @staticmethod
    def referral_available() -> bool:
        """Referrals take the item types registered in :data:`sivadesk.ops.referrals.ITEM_TYPES`
        (letters today); the button shows once calls are one of them."""
        try:
            from sivadesk.ops.referrals import ITEM_TYPES
        except ImportError:
            return False
        return "call" in ITEM_TYPES

    @staticmethod
    def tasks_available() -> bool:
        """Tasks (issue 6) are installed: the card offers New task…."""
        import importlib.util

        return importlib.util.find_spec("sivadesk.ui.task_dialog") is not None

    def open_referral(self, card: CallPopup) -> None:
        from sivadesk.ui.referral_dialog import ReferralDialog

        if card.view.call_id is None:
            return
        dialog = ReferralDialog(self.ctx, "call", card.view.call_id, parent=self.dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.referral_dialog = dialog
        dialog.show()
