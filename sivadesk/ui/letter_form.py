"""The letter form: one window per letter (or per new draft) with its content, recipients, details,
attachments, referral history and audit trail, and the actions of its life (register, approve,
mark sent, void, print, refer).

``open_letter_form(ctx, letter_id, parent)`` opens the window or raises it when already open;
``open_letter_form(ctx, None, parent, register_id=…, contact_id=…)`` starts a new draft. A draft's
content is edited and saved; once registered the content is read-only (the number is frozen) and
only its metadata (category, type, tags, reminder) can change. Every read and write is one job on
the store runner through :mod:`sivadesk.ops.letters` and its companions, which check permissions
and classification again.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.errors import SivaError
from sivadesk.ops import contacts, letter_workflow
from sivadesk.ops import letters as letter_ops
from sivadesk.ops.records import EventInfo
from sivadesk.ui.contacts_model import isolate
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import message_of, show_error
from sivadesk.ui.letter_content import ContentPanel, select_data
from sivadesk.ui.letter_form_panels import (
    DetailsPanel,
    FilesPanel,
    FormData,
    RecipientsPanel,
    load_form,
    save_recipients,
)
from sivadesk.ui.letter_form_parts import VoidDialog
from sivadesk.ui.letter_links import LinksPanel
from sivadesk.ui.letters_model import (
    direction_label,
    display_number,
    status_label,
    today,
)

log = logging.getLogger("sivadesk.ui.letters")

_OPEN: dict[tuple[int, int], LetterForm] = {}
_ERROR_STYLE = "border: 2px solid #c0392b;"


def open_letter_form(
    ctx: UiContext,
    letter_id: int | None,
    parent: QWidget | None = None,
    *,
    register_id: int | None = None,
    contact_id: int | None = None,
    reply_to: Any = None,
) -> LetterForm:
    """The letter's window (raised when already open), or a new draft's (``reply_to``: the
    LetterInfo it answers)."""
    form = find_letter_form(ctx, letter_id) if letter_id is not None else None
    if form is None:
        form = LetterForm(
            ctx, letter_id, parent, register_id=register_id, contact_id=contact_id, reply_to=reply_to
        )
        form.show()
    elif form.isMinimized():
        form.showNormal()
    form.raise_()
    form.activateWindow()
    return form


def find_letter_form(ctx: UiContext, letter_id: int) -> LetterForm | None:
    form = _OPEN.get((id(ctx.db), letter_id))
    if form is not None and not shiboken6.isValid(form):
        _OPEN.pop((id(ctx.db), letter_id), None)
        return None
    return form


class LetterForm(QWidget):
    """One letter. ``saved`` carries the stored LetterInfo after each successful write."""

    saved = Signal(object)
    #: a load finished (tests wait on it)
    loaded = Signal()

    def __init__(
        self,
        ctx: UiContext,
        letter_id: int | None = None,
        parent: QWidget | None = None,
        *,
        register_id: int | None = None,
        contact_id: int | None = None,
        reply_to: Any = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.letter: Any = None
        self.letter_id = letter_id
        self.data: FormData | None = None
        self.loads = 0
        self._initial_register = register_id
        self._initial_contact = contact_id
        self.reply_to = reply_to  # the letter this new draft answers
        self._marked: list[QWidget] = []
        self.dialog: QWidget | None = None
        self._then: Any = None
        self._after_text = ""
        self._pending_contact: int | None = None
        self._clean: tuple[Any, ...] = ()
        self._build()
        self._connect_signals()
        self._remember()
        self.resize(980, 760)
        self.reload()

    def _remember(self) -> None:
        if self.letter_id is not None:
            key = (id(self.ctx.db), self.letter_id)
            _OPEN[key] = self
            self.destroyed.connect(lambda *_: _OPEN.pop(key, None))

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.number_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.number_label.setFont(font)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.register_label = QLabel(self)
        self.register_label.setStyleSheet("color: #666;")
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #8a1c12; padding: 6px;")
        self.banner.hide()
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setStyleSheet("color: #2d6a2d;")
        self.info.hide()

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.register_button = QPushButton(self.tr("Register"), self)
        self.register_button.setToolTip(
            self.tr("Give the letter its number (it cannot be deleted afterwards)")
        )
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.sent_button = QPushButton(self.tr("Mark sent"), self)
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.delete_button = QPushButton(self.tr("Delete draft"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.refer_button = QPushButton(self.tr("Refer…"), self)
        self.reply_button = QPushButton(self.tr("Reply…"), self)
        self.reply_button.setToolTip(self.tr("Write the answer: a new outgoing letter in reply to this one"))
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addWidget(self.status_label)
        header.addWidget(self.register_label)
        header.addStretch(1)
        actions = QHBoxLayout()
        for b in (
            self.save_button,
            self.register_button,
            self.approve_button,
            self.sent_button,
            self.print_button,
            self.refer_button,
            self.reply_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.void_button)
        actions.addWidget(self.delete_button)

        self.content = ContentPanel(self.ctx, self)
        # The form's fields by their names (the content panel holds them).
        c = self.content
        self.register_combo, self.subject_edit, self.contact_field = (
            c.register_combo,
            c.subject_edit,
            c.contact_field,
        )
        self.urgency_combo, self.classification_combo = c.urgency_combo, c.classification_combo
        self.signer_combo, self.signer_title_edit, self.department_combo = (
            c.signer_combo,
            c.signer_title_edit,
            c.department_combo,
        )
        self.their_number_edit, self.their_date_edit, self.theirs_row = (
            c.their_number_edit,
            c.their_date_edit,
            c.theirs_row,
        )
        self.body, self.letter_form = c.body, c.form
        self.recipients = RecipientsPanel(self.ctx, self)

        self.details = DetailsPanel(self.ctx, self)
        self.files = FilesPanel(self.ctx, self)
        self.links = LinksPanel(self.ctx, self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.content, self.tr("Letter"))
        self.tabs.addTab(self.recipients, self.tr("Recipients"))
        self.tabs.addTab(self.details, self.tr("Details"))
        self.tabs.addTab(self.files, self.tr("Attachments"))
        self.tabs.addTab(self.links, self.tr("Links"))
        self.referral_tree: QWidget | None = None
        self.audit_panel: Any = None
        if self.ctx.actor.can("audit.read"):
            from sivadesk.ui.audit_view import AuditPanel

            self.audit_panel = AuditPanel(self.ctx, self)
            self.tabs.addTab(self.audit_panel, self.tr("Changes"))

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.info)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(lambda: self.save())
        self.register_button.clicked.connect(self.register)
        self.approve_button.clicked.connect(self.approve)
        self.sent_button.clicked.connect(self.mark_sent)
        self.void_button.clicked.connect(self.ask_void)
        self.delete_button.clicked.connect(self.ask_delete)
        self.print_button.clicked.connect(self.print_letter)
        self.refer_button.clicked.connect(self.refer)
        self.reply_button.clicked.connect(self.reply)
        self.details.save_button.clicked.connect(self.save_details)
        self.content.register_changed.connect(self._register_changed)
        self.files.changed.connect(self.reload)
        self.links.changed.connect(self.reload)
        self.links.failed.connect(self._failed)
        self.files.message.connect(self._show_info)
        self.files.failed.connect(self._failed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._feed_timer = QTimer(self)
        self._feed_timer.setSingleShot(True)
        self._feed_timer.setInterval(300)
        self._feed_timer.timeout.connect(self.reload)
        feed = self.ctx.feed
        if feed is not None and hasattr(feed, "topic_event"):
            feed.topic_event.connect(self._on_topic)

    # -- reading -----------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        actor, lid = self.ctx.actor, self.letter_id
        self.ctx.runner.submit(
            lambda s: load_form(s, actor, lid), self._loaded, self._load_failed, read_only=True
        )

    def _loaded(self, data: FormData) -> None:
        first = self.data is None
        self.data = data
        self.letter = data.letter
        self.content.set_choices(
            data.registers, data.users, data.departments, data.letter.register_id if data.letter else None
        )
        self.recipients.set_choices(
            [(u.id, u.full_name or u.username) for u in data.users if u.active],
            [(d.id, d.name) for d in data.departments],
            data.groups,
        )
        self.details.set_codes(data.categories, data.kinds)
        if data.letter is not None:
            self._show_letter(data)
        elif first:
            self._new_draft(data)
        x = data.letter
        self.files.set_entries(
            x.id if x else None, data.attachments, x is not None and x.status != "archived"
        )
        count = len(data.attachments)
        self.tabs.setTabText(
            3, self.tr("Attachments ({count})").format(count=count) if count else self.tr("Attachments")
        )
        if self.audit_panel is not None and data.history is not None:
            self.audit_panel.set_entries(data.history)
        self._attach_referrals()
        self._update_buttons()
        self._clean = self.state()
        self.loads += 1
        self.loaded.emit()

    def _load_failed(self, exc: Exception) -> None:
        self._show_banner(message_of(exc))
        for w in (self.tabs, self.save_button, self.register_button):
            w.setEnabled(False)

    def _new_draft(self, data: FormData) -> None:
        self.setWindowTitle(self.tr("New letter"))
        self.number_label.setText(self.tr("New letter"))
        self.status_label.setText(status_label("draft"))
        if self._initial_register is not None:
            select_data(self.register_combo, self._initial_register)
        if self.ctx.actor.department_id is not None:
            select_data(self.department_combo, self.ctx.actor.department_id)
        if self._initial_contact is not None:
            cid = self._initial_contact
            actor = self.ctx.actor
            self.ctx.runner.submit(
                lambda s: contacts.get_contact(s, actor, cid).display_name,
                self._contact_named,
                read_only=True,
            )
            self._pending_contact = cid
        self.body.set_html("", self.ctx.language == "fa")
        if self.reply_to is not None:
            number = display_number(self.reply_to.number, self.ctx.language)
            self.subject_edit.setText(self.tr("Re: {subject}").format(subject=self.reply_to.subject))
            self._show_info(self.tr("In reply to letter {number}.").format(number=number))
        self._register_changed(self.register_combo.currentData())

    def _contact_named(self, name: str) -> None:
        if self.contact_field.contact_id is None and self._pending_contact is not None:
            self.contact_field.choose(self._pending_contact, name)
            self._clean = self.state()

    def _show_letter(self, data: FormData) -> None:
        x = data.letter
        register = next((r for r in data.registers if r.id == x.register_id), None)
        shown = display_number(x.number, self.ctx.language) if x.number else self.tr("Draft")
        self.number_label.setText(shown)
        self.setWindowTitle(f"{shown} — {x.subject}" if x.number else x.subject)
        self.status_label.setText(self._status_text(x))
        self.register_label.setText(
            f"{register.code} — {register.name} ({direction_label(register.direction)})" if register else ""
        )
        self.content.show_letter(x, data.contact_name)
        self.recipients.set_recipients(data.recipients)
        self.recipients.set_read_only(x.status != "draft")
        self.details.show_letter(x)
        self.links.set_links(x.id, data.links, x.status == "draft")

    def _status_text(self, x: Any) -> str:
        text = status_label(x.status)
        if x.status == "void" and x.void_reason:
            text = self.tr("{status}: {reason}").format(status=text, reason=x.void_reason)
        elif x.approved_at is not None:
            text = self.tr("{status}, approved by the signer").format(status=text)
        if x.registered_at is not None:
            text = self.tr("{status} · {when}").format(
                status=text, when=isolate(self.ctx.fmt_datetime(x.registered_at))
            )
        return text

    def _attach_referrals(self) -> None:
        if self.referral_tree is not None or self.letter is None:
            return
        from sivadesk.ui.referral_tree import ReferralTree

        self.referral_tree = ReferralTree(self.ctx, "letter", self.letter.id, parent=self)
        self.tabs.insertTab(5, self.referral_tree, self.tr("Referrals"))

    def _update_buttons(self) -> None:
        can = self.ctx.actor.can
        x = self.letter
        status = x.status if x is not None else "draft"
        draft = status == "draft"
        numbered = x is not None and bool(x.number)
        self.save_button.setVisible(draft)
        self.save_button.setEnabled(draft and can("letters.write"))
        self.register_button.setVisible(draft)
        self.register_button.setEnabled(draft and can("letters.register"))
        self.delete_button.setVisible(x is not None and draft)
        self.delete_button.setEnabled(can("letters.write"))
        self.void_button.setVisible(numbered and status != "void")
        self.void_button.setEnabled(can("letters.void"))
        signer = x is not None and x.signer_user_id == self.ctx.actor.user_id
        approved = x is not None and x.approved_at is not None
        # Only the signer approves (the service checks it too); approval is withdrawn by edits.
        self.approve_button.setVisible(
            x is not None and signer and not approved and status in ("draft", "registered")
        )
        self.sent_button.setVisible(x is not None and status == "registered" and x.direction != "inbound")
        self.sent_button.setEnabled(can("letters.send"))
        self.print_button.setVisible(x is not None and status != "void")
        self.refer_button.setVisible(x is not None and status != "void")
        self.reply_button.setVisible(
            x is not None and x.direction == "inbound" and status in ("registered", "sent", "archived")
        )
        self.reply_button.setEnabled(can("letters.write") and self._reply_register() is not None)
        self.details.save_button.setEnabled(x is not None and can("letters.write"))

    # -- writing -----------------------------------------------------------------------------

    @Slot()
    def save(self, then: Any = None) -> None:
        """Create or update the draft (and its recipients); ``then(info)`` runs after success."""
        if self.letter is not None and self.letter.status != "draft":
            return
        self._clear_marks()
        actor = self.ctx.actor
        values = self.content.values()
        if self.letter is None and self.reply_to is not None:
            values["in_reply_to_id"] = self.reply_to.id
        details = self.details.values()
        recipients = self.recipients.recipients()
        register_id = self.register_combo.currentData()
        lid = self.letter.id if self.letter is not None else None

        def job(s: Session) -> Any:
            if lid is None:
                if register_id is None:
                    from sivadesk.errors import QT_TRANSLATE_NOOP, ValidationError

                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Choose the register of the letter."), field="register"
                    )
                retention = details.pop("retention_class")
                x = letter_ops.create_draft(
                    s, actor, register_id, values.pop("subject"), values.pop("body"), **values, **details
                )
                if retention:
                    x = letter_ops.update_details(s, actor, x.id, retention_class=retention)
            else:
                letter_ops.update_draft(s, actor, lid, **values)
                x = letter_ops.update_details(s, actor, lid, **details)
            save_recipients(s, actor, x.id, recipients)
            return x

        self.save_button.setEnabled(False)
        self._then = then
        self.ctx.runner.submit(job, self._saved, self._failed)

    def _saved(self, x: Any) -> None:
        then, self._then = self._then, None
        new = self.letter_id is None
        self.letter_id = x.id
        self.letter = x
        self._clean = self.state()
        if new:
            self._remember()
        self._show_info(self.tr("Saved."))
        self.saved.emit(x)
        if then is not None:
            then(x)
        else:
            self.reload()

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        if not isinstance(exc, SivaError):
            show_error(self, exc)
            return
        self._show_banner(message_of(exc))
        widget = {
            "subject": self.subject_edit,
            "register": self.register_combo,
            "contact_id": self.contact_field,
            "signer_user_id": self.signer_combo,
            "category": self.details.category_combo,
            "kind": self.details.kind_combo,
            "department": self.department_combo,
            "void_reason": self.void_button,
        }.get(getattr(exc, "field", "") or "")
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE)
            self._marked.append(widget)
            widget.setFocus()

    @Slot()
    def register(self) -> None:
        """Save the draft, then give it its number (one more job: a failed registration leaves a
        saved draft, never a half-numbered letter)."""
        self.save(then=self._register_saved)

    def _register_saved(self, x: Any) -> None:
        self._register(x.id)

    def _register(self, letter_id: int) -> None:
        actor, when = self.ctx.actor, today()

        def job(s: Session) -> list[Any]:
            return letter_ops.register_letters(s, actor, letter_id, when)

        self.ctx.runner.submit(job, self._registered, self._failed)

    def _registered(self, letters: list[Any]) -> None:
        x = letters[0]
        self.letter = x
        numbers = ", ".join(display_number(y.number, self.ctx.language) for y in letters)
        if len(letters) > 1:
            text = self.tr("{count} letters registered, one per recipient: {numbers}").format(
                count=len(letters), numbers=numbers
            )
        else:
            text = self.tr("Registered under number {number}.").format(number=numbers)
        self._show_info(text)
        self.saved.emit(x)
        self.reload()

    @Slot()
    def approve(self) -> None:
        self._workflow(letter_workflow.approve_letter, self.tr("Approved: the signature will be printed."))

    @Slot()
    def mark_sent(self) -> None:
        self._workflow(letter_workflow.mark_sent, self.tr("Marked as sent."))

    def _workflow(self, fn: Any, done: str) -> None:
        if self.letter is None:
            return
        actor, lid = self.ctx.actor, self.letter.id
        self._after_text = done
        self.ctx.runner.submit(lambda s: fn(s, actor, lid), self._after, self._failed)

    def _after(self, x: Any) -> None:
        self.letter = x
        self._show_info(self._after_text)
        self.saved.emit(x)
        self.reload()

    @Slot()
    def save_details(self) -> None:
        if self.letter is None:
            return
        actor, lid = self.ctx.actor, self.letter.id
        details = self.details.values()
        send_at = self.details.send_at()
        remind_at = self.details.remind_at()
        note = self.details.reminder_note.text().strip()
        old = self.letter
        old_remind = old.reminder_at if old.reminder_user_id == actor.user_id else None

        def job(s: Session) -> Any:
            x = letter_ops.update_details(s, actor, lid, **details)
            if send_at != old.scheduled_send_at and x.status == "registered" and x.direction != "inbound":
                x = letter_workflow.schedule_send(s, actor, lid, send_at)
            if remind_at != old_remind or (remind_at is not None and note != old.reminder_note):
                x = letter_workflow.set_reminder(s, actor, lid, remind_at, note)
            return x

        self._after_text = self.tr("Details saved.")
        self.ctx.runner.submit(job, self._after, self._failed)

    @Slot()
    def ask_void(self) -> None:
        if self.letter is None:
            return
        dialog = VoidDialog(display_number(self.letter.number, self.ctx.language), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.void(dialog.value()))
        self.dialog = dialog
        dialog.open()

    def void(self, reason: str) -> None:
        if self.letter is None:
            return
        actor, lid = self.ctx.actor, self.letter.id
        self._after_text = self.tr("Voided. The number stays taken.")
        self.ctx.runner.submit(
            lambda s: letter_ops.void_letter(s, actor, lid, reason),
            self._after,
            self._failed,
        )

    @Slot()
    def ask_delete(self) -> None:
        if self.letter is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft «{subject}»? It has no number yet.").format(
                subject=self.letter.subject
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            actor, lid = self.ctx.actor, self.letter.id
            self.ctx.runner.submit(
                lambda s: letter_ops.delete_draft(s, actor, lid), self._deleted, self._failed
            )

    def _deleted(self, _result: object) -> None:
        self.saved.emit(None)
        self._clean = self.state()  # nothing left to save
        self.close()

    # -- closing -------------------------------------------------------------------------------

    def state(self) -> tuple[Any, ...]:
        """What the user can change on a draft (compared on close)."""
        return (self.content.values(), self.recipients.recipients(), self.details.values())

    def has_changes(self) -> bool:
        editable = self.letter is None or self.letter.status == "draft"
        return (
            editable
            and self.loads > 0
            and self.ctx.actor.can("letters.write")
            and self.state() != self._clean
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this draft before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                self.save(then=self._close_saved)
                return
        super().closeEvent(event)

    def _close_saved(self, _x: Any) -> None:
        self.close()

    @Slot()
    def print_letter(self) -> None:
        from sivadesk.ui.letter_print import LetterPrintDialog

        if self.letter is None:
            return
        dialog = LetterPrintDialog(self.ctx, self.letter.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.archived_changed.connect(self._archived)
        self.dialog = dialog
        dialog.open()

    def _reply_register(self) -> int | None:
        """Where an answer goes: the first open outgoing register (the secretariat's)."""
        registers = self.data.registers if self.data is not None else []
        return next((r.id for r in registers if r.active and r.direction == "outbound"), None)

    @Slot(object)
    def _register_changed(self, register_id: int | None) -> None:
        """A new draft's register: what it receives or sends, and its default classification."""
        if self.data is None or self.letter is not None:
            return
        register = next((r for r in self.data.registers if r.id == register_id), None)
        if register is not None:
            self.content.show_theirs(register.direction)
            self.register_label.setText(
                f"{register.code} — {register.name} ({direction_label(register.direction)})"
            )
            select_data(self.classification_combo, register.default_classification)

    @Slot()
    def reply(self) -> None:
        x = self.letter
        if x is None:
            return
        self.dialog = open_letter_form(
            self.ctx,
            None,
            self.parentWidget() or self,
            register_id=self._reply_register(),
            contact_id=x.contact_id,
            reply_to=x,
        )

    @Slot(bool)
    def _archived(self, _archived: bool) -> None:
        """Archived from the print dialog: the content is frozen from now on."""
        self.saved.emit(self.letter)
        self.reload()

    @Slot()
    def refer(self) -> None:
        from sivadesk.ui.referral_dialog import ReferralDialog

        if self.letter is None:
            return
        dialog = ReferralDialog(self.ctx, "letter", self.letter.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: self.reload())
        self.dialog = dialog
        dialog.open()

    # -- messages and feed -------------------------------------------------------------------

    def _show_banner(self, text: str) -> None:
        self.info.hide()
        self.banner.setText(text)
        self.banner.show()

    def _show_info(self, text: str) -> None:
        self.banner.hide()
        self.info.setText(text)
        self.info.show()

    def _clear_marks(self) -> None:
        self.banner.hide()
        for w in self._marked:
            w.setStyleSheet("")
        self._marked = []

    @Slot(str, object)
    def _on_topic(self, topic: str, event: EventInfo) -> None:
        if self.letter_id is None:
            return
        if topic.startswith("referral."):
            payload = event.payload
            same = payload.get("item_type") == "letter" and payload.get("item_id") == self.letter_id
        else:
            same = event.entity == "letter" and event.entity_id == self.letter_id
        if same:
            self._feed_timer.start()
