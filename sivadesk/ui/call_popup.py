"""The caller's file as a pop-up card: who is calling, before the agent picks up.

:class:`CallPopup` is one card (:class:`sivadesk.ui.call_popup_manager.PopupManager` decides which
calls pop up and stacks the cards). A card is first shown from what is known at once (the number,
the network's name, the contact the listener looked up) and then completed from
:func:`sivadesk.ops.calls.popup_info` (company, last call, calls today, open letters, tasks and
conversations). :class:`PopupView` is what a card shows, filled in those steps.

A card never takes the keyboard focus from what the agent is typing (a tool-tip window shown
without activation, see :func:`card_window_type`); its buttons open ordinary windows, which do.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk import phones
from sivadesk.ops import activity
from sivadesk.ops import calls as call_ops
from sivadesk.ui.calls_model import local_digits
from sivadesk.ui.contacts_model import ltr, reading_order
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import align_leading

if TYPE_CHECKING:
    from sivadesk.ui.call_popup_manager import PopupManager

log = logging.getLogger("sivadesk.ui.calls")

#: cards on screen at once; the oldest ended one goes first when a new call comes
MAX_CARDS = 6
#: an ended call's card closes by itself after this long (ms) unless the agent used it
ENDED_CLOSE_MS = 90_000
CARD_WIDTH = 380
#: the next card is built this long after one is shown (ms), off the path of the call's own updates
SPARE_DELAY_MS = 1500
MARGIN = 12

RINGING, ON_CALL, ENDED, MISSED = "ringing", "on_call", "ended", "missed"


def call_state(value: str | None, missed: bool = False) -> str:
    """The card's state for a state word of the feed, a call row or a decoder."""
    v = (value or "").lower()
    if missed:
        return MISSED
    if v in ("on_call", "off_hook", "answered", "connected"):
        return ON_CALL
    if v in ("ended", "on_hook", "idle", "hangup"):
        return ENDED
    if v == "missed":
        return MISSED
    return RINGING


@dataclass(frozen=True, slots=True)
class PopupView:
    """What a card shows; filled in steps (decoded record, stored call, pop-up info)."""

    line: str
    number_raw: str = ""
    number_e164: str | None = None
    network_name: str = ""
    private: bool = False
    call_id: int | None = None
    contact_id: int | None = None
    contact_name: str = ""
    company_name: str = ""
    last_call_at: dt.datetime | None = None
    calls_today: int | None = None
    open_letters: int | None = None
    open_tasks: int | None = None
    open_conversations: int | None = None
    state: str = RINGING
    answered_by_id: int | None = None
    answered_by_name: str = ""
    enriched: bool = False

    @property
    def digits(self) -> str:
        return phones.digits_of(self.number_raw)

    @property
    def local_key(self) -> str:
        """Ties the card shown from a decoded record to the stored call that follows it."""
        return f"{self.line}\x1f{self.digits}"

    @property
    def known(self) -> bool:
        return self.contact_id is not None


def view_from_call(info: call_ops.CallInfo, base: PopupView | None = None) -> PopupView:
    """A card's data from a stored call (the numbers of an already enriched card are kept)."""
    view = base or PopupView(line=info.line)
    return replace(
        view,
        line=info.line,
        number_raw=info.number_raw or view.number_raw,
        number_e164=info.number_e164 or view.number_e164,
        network_name=info.name or view.network_name,
        private=info.private,
        call_id=info.id,
        contact_id=info.contact_id,
        contact_name=info.contact_name or "",
        company_name=info.company_name or view.company_name,
        state=call_state("ended" if info.end_at else "on_call" if info.answer_at else "ringing", info.missed),
        answered_by_id=info.answered_by_id,
        answered_by_name=info.answered_by_name or "",
    )


def view_from_popup_info(info: call_ops.PopupInfo, base: PopupView) -> PopupView:
    return replace(
        view_from_call(info.call, base),
        contact_id=info.contact_id,
        contact_name=info.contact_name or "",
        company_name=info.company_name or "",
        last_call_at=info.last_call_at,
        calls_today=info.calls_today,
        open_letters=info.open_letters,
        open_tasks=info.open_tasks,
        open_conversations=info.open_conversations,
        enriched=True,
    )


def display_number(view: PopupView, region: str) -> str:
    if view.private and not view.number_raw:
        return ""
    e164 = view.number_e164
    if e164 is None and view.number_raw:
        e164 = phones.parse_phone(view.number_raw, region).e164  # a card shown before the call is stored
    return phones.format_display(e164, view.number_raw, region)


def card_window_type() -> Qt.WindowType:
    """A tool-tip window: every platform shows it without activating it and never gives it the
    keyboard (X11 override-redirect, Windows WS_EX_TOOLWINDOW shown with SW_SHOWNOACTIVATE, the
    offscreen platform). A Tool window is activated on show by some platforms whatever its flags.
    Wayland only places tool-tips next to a parent, so there a Tool window it is."""
    if QGuiApplication.platformName().startswith("wayland"):
        return Qt.WindowType.Tool
    return Qt.WindowType.ToolTip


class NoteDialog(QDialog):
    """A note on the caller's timeline, written during the call (an ordinary window: it takes focus)."""

    saved = Signal(int)

    def __init__(self, ctx: UiContext, view: PopupView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.setWindowTitle(self.tr("Note on the call of {name}").format(name=view.contact_name))
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(self.tr("What the caller wants, what was promised…"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save note"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QPushButton(self.tr("Cancel"), self), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(440, 240)

    @Slot()
    def save(self) -> None:
        text = self.edit.toPlainText().strip()
        if not text or self.view.contact_id is None:
            self.error.setText(self.tr("Write the note first."))
            self.error.show()
            return
        actor, contact_id, call_id = self.ctx.actor, self.view.contact_id, self.view.call_id
        title = text.splitlines()[0][:120]

        def job(s: Session) -> int:
            return activity.add_activity(
                s,
                actor,
                contact_id,
                "note",
                title,
                text,
                item_type="call" if call_id else "",
                item_id=call_id,
            )

        self.save_button.setEnabled(False)
        self.ctx.runner.submit(job, self._saved, self._failed)

    def _saved(self, activity_id: int) -> None:
        self.saved.emit(activity_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)


class CallPopup(QFrame):
    """One caller's card. Frameless, always on top, never takes the keyboard focus."""

    #: the card was closed (by the agent or by itself)
    dismissed = Signal(object)
    #: the card's content changed (tests and the latency bench wait on it)
    updated = Signal()
    #: the agent used an action (the card then stays until closed by hand)
    action_used = Signal(str)

    def __init__(self, ctx: UiContext, view: PopupView, manager: PopupManager) -> None:
        super().__init__(None)
        self.ctx = ctx
        self.view = view
        self.manager = manager
        self.touched = False
        self.referral_dialog: QDialog | None = None
        self.setObjectName("callPopup")
        self.setWindowFlags(
            card_window_type()
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet(
            "QFrame#callPopup { background: palette(window); border: 1px solid #8a9aa8; border-radius: 6px; }"
            "QLabel#popupName { font-size: 15pt; font-weight: bold; }"
            "QLabel#popupNumber { font-size: 13pt; }"
            "QLabel#popupState { color: white; border-radius: 4px; padding: 1px 6px; }"
        )
        self._drag: QPoint | None = None
        self._build()
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.setInterval(ENDED_CLOSE_MS)
        self._close_timer.timeout.connect(self._auto_close)
        self.show_view(view)

    # -- building ------------------------------------------------------------------------------
    def _button(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setAutoDefault(False)
        return b

    def _build(self) -> None:
        self.line_label = QLabel(self)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("popupState")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setToolTip(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(self.line_label, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.close_button)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("popupName")
        self.name_label.setWordWrap(True)
        self.name_label.setFixedWidth(CARD_WIDTH - 20)  # the card's width (its height follows the content)
        self.company_label = QLabel(self)
        self.company_label.setWordWrap(True)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("popupNumber")
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.network_label = QLabel(self)
        for label in (
            self.line_label,
            self.name_label,
            self.company_label,
            self.number_label,
            self.network_label,
        ):
            align_leading(label)

        self.facts = QGridLayout()
        self.fact_values: dict[str, QLabel] = {}
        captions = {
            "last_call": self.tr("Last call"),
            "calls_today": self.tr("Calls today"),
            "letters": self.tr("Open letters"),
            "tasks": self.tr("Open tasks"),
            "conversations": self.tr("Open conversations"),
        }
        for row, (key, caption) in enumerate(captions.items()):
            cap = align_leading(QLabel(caption, self))
            cap.setStyleSheet("color: #5b6b7a;")
            value = align_leading(QLabel("…", self))
            value.setObjectName(f"fact_{key}")
            self.facts.addWidget(cap, row, 0)
            self.facts.addWidget(value, row, 1)
            self.fact_values[key] = value
        self.facts.setColumnStretch(1, 1)
        self.facts_box = QWidget(self)
        self.facts_box.setLayout(self.facts)

        self.answered_label = align_leading(QLabel(self))
        self.answered_label.setStyleSheet("color: #1f8a4c; font-weight: bold;")

        self.open_button = self._button(self.tr("Open the file"), "open")
        self.edit_button = self._button(self.tr("Edit"), "edit")
        self.note_button = self._button(self.tr("Add a note"), "note")
        self.referral_button = self._button(self.tr("Refer…"), "referral")
        self.task_button = self._button(self.tr("New task…"), "task")
        self.create_button = self._button(self.tr("Create a contact"), "create")
        self.link_button = self._button(self.tr("Link to a contact…"), "link")
        self.took_button = self._button(self.tr("I took it"), "took")
        self.took_button.setStyleSheet("font-weight: bold;")
        self.actions_grid = QGridLayout()
        self.actions_grid.setSpacing(4)

        layout = QVBoxLayout(self)
        # The card is always exactly as tall as its content (it shrinks when rows hide).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.name_label)
        layout.addWidget(self.company_label)
        layout.addWidget(self.number_label)
        layout.addWidget(self.network_label)
        layout.addWidget(self.facts_box)
        layout.addWidget(self.answered_label)
        layout.addLayout(self.actions_grid)

        self.close_button.clicked.connect(self.close)
        self.open_button.clicked.connect(self.open_file)
        self.edit_button.clicked.connect(self.edit_contact)
        self.note_button.clicked.connect(self.add_note)
        self.referral_button.clicked.connect(self.refer)
        self.task_button.clicked.connect(self.new_task)
        self.create_button.clicked.connect(self.create_contact)
        self.link_button.clicked.connect(self.link_contact)
        self.took_button.clicked.connect(self.take_call)

    # -- showing -------------------------------------------------------------------------------
    def show_view(self, view: PopupView) -> None:
        self.view = view
        region = self.ctx.office.phone_region
        self.line_label.setText(self.tr("Line {line}").format(line=local_digits(self.ctx, view.line)))
        state_text, colour = {
            RINGING: (self.tr("Ringing"), "#c9730a"),
            ON_CALL: (self.tr("On call"), "#1f8a4c"),
            ENDED: (self.tr("Ended"), "#607080"),
            MISSED: (self.tr("Missed"), "#b5472f"),
        }[view.state]
        self.state_label.setText(state_text)
        self.state_label.setStyleSheet(f"background: {colour};")
        if view.known:
            self.name_label.setText(view.contact_name)
        elif view.private:
            self.name_label.setText(self.tr("Private number"))
        else:
            self.name_label.setText(self.tr("Unknown caller"))
        self.company_label.setText(view.company_name)
        self.company_label.setVisible(bool(view.company_name))
        number = display_number(view, region)
        self.number_label.setText(ltr(number) if number else self.tr("No number"))
        network = view.network_name if view.network_name and view.network_name != view.contact_name else ""
        self.network_label.setText(self.tr("Network name: {name}").format(name=network) if network else "")
        self.network_label.setVisible(bool(network))
        self._show_facts(view)
        if view.answered_by_name:
            self.answered_label.setText(self.tr("Taken by {name}").format(name=view.answered_by_name))
        self.answered_label.setVisible(bool(view.answered_by_name))
        self._layout_actions(view)
        self.adjustSize()
        if view.state in (ENDED, MISSED) and not self.touched:
            self._close_timer.start()
        self.updated.emit()

    def _show_facts(self, view: PopupView) -> None:
        self.facts_box.setVisible(view.known)
        if not view.known:
            return
        locale = self.locale()
        pending = "…" if not view.enriched else "–"

        def count(n: int | None) -> str:
            return reading_order(locale.toString(n)) if n is not None else pending

        last = reading_order(self.ctx.fmt_datetime(view.last_call_at)) if view.last_call_at else pending
        if view.enriched and view.last_call_at is None:
            last = self.tr("First call")
        self.fact_values["last_call"].setText(last)
        self.fact_values["calls_today"].setText(count(view.calls_today))
        self.fact_values["letters"].setText(count(view.open_letters))
        self.fact_values["tasks"].setText(count(view.open_tasks))
        self.fact_values["conversations"].setText(count(view.open_conversations))
        # Tasks and conversations arrive with their own features; a row the store cannot count is hidden.
        for key, value in (("tasks", view.open_tasks), ("conversations", view.open_conversations)):
            hidden = view.enriched and value is None
            row = list(self.fact_values).index(key)
            for col in (0, 1):
                item = self.facts.itemAtPosition(row, col)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.setVisible(not hidden)

    def _layout_actions(self, view: PopupView) -> None:
        while self.actions_grid.count():
            self.actions_grid.takeAt(0)
        can = self.ctx.actor.can
        if view.known:
            buttons = [self.open_button, self.edit_button, self.note_button]
            if self.manager.referral_available() and view.call_id is not None:
                buttons.append(self.referral_button)
            if self.manager.tasks_available() and view.call_id is not None:
                buttons.append(self.task_button)
        else:
            buttons = []
            if view.digits and can("contacts.write"):
                buttons.append(self.create_button)
            if view.call_id is not None:
                buttons.append(self.link_button)
        if view.call_id is not None and view.answered_by_id is None and view.state in (RINGING, ON_CALL):
            buttons.append(self.took_button)
        shown = set(buttons)
        for b in (
            self.open_button,
            self.edit_button,
            self.note_button,
            self.referral_button,
            self.task_button,
            self.create_button,
            self.link_button,
            self.took_button,
        ):
            b.setVisible(b in shown)
        self.edit_button.setEnabled(can("contacts.write"))
        self.note_button.setEnabled(can("activity.write"))
        for i, b in enumerate(buttons):
            self.actions_grid.addWidget(b, i // 2, i % 2)

    # -- actions -------------------------------------------------------------------------------
    def _touch(self, what: str) -> None:
        self.touched = True
        self._close_timer.stop()
        self.action_used.emit(what)

    @Slot()
    def open_file(self) -> None:
        if self.view.contact_id is None:
            return
        from sivadesk.ui.contact_file import open_contact_file

        self._touch("open")
        open_contact_file(self.ctx, self.view.contact_id, self.manager.dialog_parent())

    @Slot()
    def edit_contact(self) -> None:
        if self.view.contact_id is None:
            return
        from sivadesk.ops.contacts import get_contact

        self._touch("edit")
        actor, cid = self.ctx.actor, self.view.contact_id
        self.ctx.runner.submit(
            lambda s: get_contact(s, actor, cid), self._edit_loaded, self._failed, read_only=True
        )

    def _edit_loaded(self, contact: Any) -> None:
        from sivadesk.ui.contact_edit import ContactEditDialog

        dialog = ContactEditDialog(self.ctx, contact, self.manager.dialog_parent())
        self.edit_dialog = dialog
        self._open_dialog(dialog)
        dialog.saved.connect(lambda _c: self.manager.refresh(self))

    @Slot()
    def add_note(self) -> None:
        if self.view.contact_id is None:
            return
        self._touch("note")
        dialog = NoteDialog(self.ctx, self.view, self.manager.dialog_parent())
        dialog.saved.connect(self.manager.note_saved)
        self.note_dialog = dialog
        self._open_dialog(dialog)

    @Slot()
    def refer(self) -> None:
        self._touch("referral")
        self.manager.open_referral(self)

    @Slot()
    def new_task(self) -> None:
        """A task about this call (linked to it, on the caller's timeline), referred as it is made."""
        from sivadesk.ui.task_dialog import TaskDialog

        if self.view.call_id is None:
            return
        self._touch("task")
        dialog = TaskDialog(
            self.ctx,
            None,
            contact_id=self.view.contact_id,
            link=("call", self.view.call_id),
            parent=self.manager.dialog_parent(),
        )
        self.task_dialog = dialog
        self._open_dialog(dialog)

    @Slot()
    def create_contact(self) -> None:
        """A new contact, prefilled with the caller's number (and the network's name)."""
        from sivadesk.ui.contact_edit import ContactEditDialog

        self._touch("create")
        dialog = ContactEditDialog(self.ctx, None, self.manager.dialog_parent())
        number = display_number(self.view, self.ctx.office.phone_region) or self.view.number_raw
        dialog.phones.set_rows([(number, self.tr("Phone"))])
        name = self.view.network_name.strip()
        if name:
            first, _, last = name.partition(" ")
            if last:
                dialog.first_name.setText(first)
                dialog.last_name.setText(last)
            else:
                dialog.last_name.setText(first)
        dialog.saved.connect(lambda c: self.manager.link(self, int(c.id)))
        self._open_dialog(dialog)
        self.create_dialog = dialog

    @Slot()
    def link_contact(self) -> None:
        from sivadesk.ui.search_palette import SearchPalette

        self._touch("link")
        palette = SearchPalette(self.ctx, self.manager.dialog_parent())
        palette.setWindowTitle(self.tr("Link the call to a contact"))
        palette.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        palette.contact_chosen.connect(lambda cid: self.manager.link(self, int(cid)))
        self.link_dialog = palette
        palette.open()

    @Slot()
    def take_call(self) -> None:
        self._touch("took")
        self.took_button.setEnabled(False)
        self.manager.take(self)

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _failed(self, exc: Exception) -> None:
        show_error(self.manager.dialog_parent(), exc)

    @Slot()
    def _auto_close(self) -> None:
        if not self.touched and not self.underMouse():
            self.close()

    # -- window --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.globalPosition().toPoint() - self.frameGeometry().topLeft()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.move(event.globalPosition().toPoint() - self._drag)
            self.touched = True
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag = None
        super().mouseReleaseEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_timer.stop()
        super().closeEvent(event)
        self.dismissed.emit(self)
