"""The contact file: one window per contact with its details, timeline and attachments.

``open_contact_file(ctx, contact_id, parent)`` opens the window, or raises it when it is already
open. Everything is read in one job on the store runner (contact, first timeline page, attachment
list and, for those who may read the audit log, the contact's history of changes); the window refreshes itself after its own edits and when the change feed reports
a change to this contact (or, for a company, to one of its people).
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Any

import phonenumbers
import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.errors import NotFound
from sivadesk.models import ContactKind
from sivadesk.ops import activity, attachments
from sivadesk.ops.activity import ActivityInfo
from sivadesk.ops.attachments import AttachmentInfo
from sivadesk.ops.contacts import ContactFile, get_contact
from sivadesk.ops.records import AuditEntry, audit_trail
from sivadesk.ui.audit_view import HISTORY_LIMIT, AuditPanel
from sivadesk.ui.contact_edit import ContactEditDialog
from sivadesk.ui.contact_file_parts import AttachmentsPanel, TimelinePanel
from sivadesk.ui.contacts_model import join_parts, kind_icon, kind_label, ltr, reading_order, warning_icon
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import align_leading

log = logging.getLogger("sivadesk.ui.contacts")

TIMELINE_PAGE = 50
_OPEN: dict[tuple[int, int], ContactFileWindow] = {}


def open_contact_file(ctx: UiContext, contact_id: int, parent: QWidget | None) -> None:
    """Open the contact's file window, or bring it to the front if it is already open."""
    window = find_contact_file(ctx, contact_id)
    if window is None:
        window = ContactFileWindow(ctx, contact_id, parent)
        key = (id(ctx.db), contact_id)
        _OPEN[key] = window
        window.destroyed.connect(lambda *_: _OPEN.pop(key, None))
        window.show()
    else:
        if window.isMinimized():
            window.showNormal()
        window.show()
    window.raise_()
    window.activateWindow()


def find_contact_file(ctx: UiContext, contact_id: int) -> ContactFileWindow | None:
    window = _OPEN.get((id(ctx.db), contact_id))
    if window is not None and not shiboken6.isValid(window):
        _OPEN.pop((id(ctx.db), contact_id), None)
        return None
    return window


@dataclass(frozen=True, slots=True)
class FileData:
    contact: ContactFile
    timeline: list[ActivityInfo]
    attachments: list[AttachmentInfo]
    history: list[AuditEntry] | None  # None: the user may not read the audit log


def country_name(code: str) -> str:
    """The country of an address (stored as an ISO code, "IR") by its name in the interface language.

    Qt names territories in English only (``QLocale.territoryToString``), or in a language spoken
    there (``nativeTerritoryName``): the countries SivaDesk's offices deal with most are translated
    here; others get their name in the interface language when it is spoken there, else in English.
    """
    typed = code.strip()
    code = typed.upper()
    translate = QCoreApplication.translate  # lupdate extracts calls named translate("ctx", "text")
    names = {
        "FR": translate("countries", "France"),
        "IR": translate("countries", "Iran"),
        "BE": translate("countries", "Belgium"),
        "CH": translate("countries", "Switzerland"),
        "CA": translate("countries", "Canada"),
        "DE": translate("countries", "Germany"),
        "ES": translate("countries", "Spain"),
        "IT": translate("countries", "Italy"),
        "GB": translate("countries", "United Kingdom"),
        "US": translate("countries", "United States"),
        "AF": translate("countries", "Afghanistan"),
        "TR": translate("countries", "Türkiye"),
        "AE": translate("countries", "United Arab Emirates"),
    }
    if code in names:
        return names[code]
    territory = QLocale.codeToTerritory(code)
    if len(code) != 2 or territory == QLocale.Country.AnyTerritory:
        return typed  # not an ISO code: shown as typed
    spoken_here = QLocale(QLocale().language(), territory)
    if spoken_here.territory() == territory and spoken_here.language() == QLocale().language():
        return spoken_here.nativeTerritoryName()
    return QLocale.territoryToString(territory)


def international(e164: str | None) -> str:
    if not e164:
        return ""
    try:
        num = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


class ContactFileWindow(QWidget):
    """Header, details, timeline and attachments of one contact."""

    def __init__(self, ctx: UiContext, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.contact_id = contact_id
        self.contact: ContactFile | None = None
        self.deleted = False
        self.loads = 0  # completed loads (tests and the status line use it)
        self._build()
        self._connect_signals()
        self.setWindowTitle(self.tr("Contact file"))
        self.resize(980, 640)
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_badge = QLabel(self)
        self.name_label = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind_text = QLabel(self)
        self.kind_text.setStyleSheet("color: #666;")
        self.company_link = QLabel(self)
        self.company_link.setTextFormat(Qt.TextFormat.RichText)
        self.tags_label = QLabel(self)
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setEnabled(False)
        self.edit_button.setToolTip(self.tr("Edit this contact (Ctrl+E)"))
        self.edit_button.setShortcut(self.tr("Ctrl+E"))
        self.letter_button = QPushButton(self.tr("New letter"), self)
        self.letter_button.setEnabled(False)
        self.letter_button.setToolTip(self.tr("Write a letter to this contact"))
        self.task_button = QPushButton(self.tr("New task"), self)
        self.task_button.setEnabled(False)
        self.appointment_button = QPushButton(self.tr("New appointment"), self)
        self.appointment_button.setEnabled(False)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fdecea; color: #8a1c12; padding: 6px;")
        self.banner.hide()

        title_row = QHBoxLayout()
        title_row.addWidget(self.kind_badge)
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.kind_text)
        title_row.addStretch(1)
        title_row.addWidget(self.task_button)
        title_row.addWidget(self.appointment_button)
        title_row.addWidget(self.letter_button)
        title_row.addWidget(self.edit_button)
        sub_row = QHBoxLayout()
        sub_row.addWidget(self.company_link)
        sub_row.addWidget(self.tags_label)
        sub_row.addStretch(1)

        self.details = QWidget(self)
        self.details_form = QFormLayout(self.details)
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.members = QListWidget(self)
        self.members.setWordWrap(True)
        self.members.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setSpacing(2)
        self.members_label = QLabel(self.tr("People at this company"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.details)
        left_layout.addWidget(self.members_label)
        left_layout.addWidget(self.members, 1)
        left_layout.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(left)
        scroll.setMinimumWidth(300)

        self.timeline = TimelinePanel(self.ctx, self.contact_id, self)
        self.attachments = AttachmentsPanel(self.ctx, self.contact_id, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        # The audit log's entries for this contact: admins and managers only (audit.read).
        self.history: AuditPanel | None = None
        if self.ctx.actor.can("audit.read"):
            self.history = AuditPanel(self.ctx, self)
            self.tabs.addTab(self.history, self.tr("History"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 560])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addLayout(sub_row)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.edit_button.clicked.connect(self.edit)
        self.letter_button.clicked.connect(self.new_letter)
        self.task_button.clicked.connect(self.new_task)
        self.appointment_button.clicked.connect(self.new_appointment)
        self.company_link.linkActivated.connect(self._open_link)
        self.members.itemActivated.connect(self._member_activated)
        self.timeline.changed.connect(self.reload)
        self.timeline.load_older_requested.connect(self._load_older)
        self.attachments.changed.connect(self._reload_attachments)
        self.attachments.changed.connect(self._reload_history)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(200)
        self._reload_timer.timeout.connect(self.reload)
        feed = self.ctx.feed
        if feed is not None and hasattr(feed, "topic_event"):
            feed.topic_event.connect(self._on_topic)

    # -- loading ---------------------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        actor, cid = self.ctx.actor, self.contact_id

        with_history = self.history is not None

        def job(s: Session) -> FileData:
            return FileData(
                get_contact(s, actor, cid),
                activity.timeline(s, actor, cid, limit=TIMELINE_PAGE),
                attachments.list_attachments(s, actor, "contact", cid),
                audit_trail(s, actor, "contact", cid, HISTORY_LIMIT) if with_history else None,
            )

        self.ctx.runner.submit(job, self._loaded, self._load_failed, read_only=True)

    def _loaded(self, data: FileData) -> None:
        self.show_contact(data.contact)
        self.timeline.set_entries(data.timeline, more=len(data.timeline) >= TIMELINE_PAGE)
        self.attachments.set_entries(data.attachments)
        if self.history is not None and data.history is not None:
            self.history.set_entries(data.history)
        self.loads += 1

    def _load_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFound):
            self.deleted = True
            self.banner.setText(self.tr("This contact has been deleted."))
            self.banner.show()
            self.edit_button.setEnabled(False)
            self.letter_button.setEnabled(False)
            self.task_button.setEnabled(False)
            self.appointment_button.setEnabled(False)
            self.timeline.setEnabled(False)
            self.attachments.setEnabled(False)
            self.loads += 1
            self._reload_history()  # a deleted contact's history stays readable
        else:
            show_error(self, exc)

    def _load_older(self, before_id: int) -> None:
        actor, cid = self.ctx.actor, self.contact_id
        self.ctx.runner.submit(
            lambda s: activity.timeline(s, actor, cid, limit=TIMELINE_PAGE, before_id=before_id),
            self._older_loaded,
            self._load_failed,
            read_only=True,
        )

    def _older_loaded(self, rows: list[ActivityInfo]) -> None:
        self.timeline.append_entries(rows, more=len(rows) >= TIMELINE_PAGE)

    @Slot()
    def _reload_attachments(self) -> None:
        actor, cid = self.ctx.actor, self.contact_id
        self.ctx.runner.submit(
            lambda s: attachments.list_attachments(s, actor, "contact", cid),
            self.attachments.set_entries,
            self._load_failed,
            read_only=True,
        )

    @Slot()
    def _reload_history(self) -> None:
        if self.history is None:
            return
        actor, cid = self.ctx.actor, self.contact_id
        self.ctx.runner.submit(
            lambda s: audit_trail(s, actor, "contact", cid, HISTORY_LIMIT),
            self.history.set_entries,
            self._history_failed,
            read_only=True,
        )

    def _history_failed(self, exc: Exception) -> None:
        log.warning("history of contact %s not read: %s", self.contact_id, exc)

    @Slot(str, object)
    def _on_topic(self, topic: str, event: Any) -> None:
        if not (
            topic.startswith("contact.")
            or topic in ("activity.added", "attachment.added", "attachment.removed")
        ):
            return
        entity = getattr(event, "entity", None) or (event.get("entity") if isinstance(event, dict) else None)
        entity_id = getattr(event, "entity_id", None)
        if entity_id is None and isinstance(event, dict):
            entity_id = event.get("entity_id")
        if entity not in (None, "contact"):
            return
        related = {self.contact_id}
        if self.contact is not None:
            related |= {m.id for m in self.contact.members}
            if self.contact.company_id is not None:
                related.add(self.contact.company_id)
        if entity_id in related:
            self._reload_timer.start()

    # -- showing ---------------------------------------------------------------------------

    def show_contact(self, c: ContactFile) -> None:
        self.contact = c
        self.setWindowTitle(self.tr("{name} — contact file").format(name=c.display_name))
        self.kind_badge.setPixmap(kind_icon(c.kind.value).pixmap(28, 28))
        self.name_label.setText(c.display_name)
        self.kind_text.setText(kind_label(c.kind.value))
        self.edit_button.setEnabled(self.ctx.actor.can("contacts.write") and not self.deleted)
        self.letter_button.setEnabled(self.ctx.actor.can("letters.write") and not self.deleted)
        self.task_button.setEnabled(self.ctx.actor.can("tasks.write") and not self.deleted)
        self.appointment_button.setEnabled(self.ctx.actor.can("appointments.write") and not self.deleted)
        if c.company_id is not None:
            self.company_link.setText(
                self.tr("Works at {company}").format(
                    company=f'<a href="contact:{c.company_id}">{html.escape(c.company_name)}</a>'
                )
            )
        elif c.organization and c.kind is not ContactKind.COMPANY:
            self.company_link.setText(html.escape(c.organization))
        else:
            self.company_link.setText("")
        self.company_link.setVisible(bool(self.company_link.text()))
        self.tags_label.setVisible(bool(c.tags))
        self.tags_label.setText(
            " ".join(
                f'<span style="background:#e4ecf7; color:#1d3d66;">&nbsp;{html.escape(t)}&nbsp;</span>'
                for t in c.tags
            )
        )
        self._fill_details(c)
        self.members.clear()
        for m in c.members:
            details = join_parts((ltr(m.primary_phone), m.primary_email))
            text = f"{m.display_name}\n{details}" if details else m.display_name
            item = QListWidgetItem(kind_icon(m.kind.value), text)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.members.addItem(item)
        is_company = c.kind is ContactKind.COMPANY
        self.members.setVisible(is_company)
        self.members_label.setVisible(is_company)

    def _fill_details(self, c: ContactFile) -> None:
        form = self.details_form
        while form.rowCount():
            form.removeRow(0)
        if c.job_title:
            form.addRow(self.tr("Job title"), self._label(c.job_title))
        if c.kind is ContactKind.LEAD and c.lead_status:
            form.addRow(self.tr("Lead status"), self._label(c.lead_status))
        for p in c.phones:
            label = self.tr("Phone ({label})").format(label=p.label) if p.label else self.tr("Phone")
            form.addRow(label, self._phone_widget(p.display, p.e164, p.valid))
        for e in c.emails:
            link = self._label(
                f'<a href="mailto:{html.escape(e, quote=True)}">{html.escape(e)}</a>', rich=True
            )
            link.setOpenExternalLinks(True)
            form.addRow(self.tr("E-mail"), link)
        for a in c.addresses:
            country = country_name(a.country) if a.country else ""
            lines = [a.street, " ".join(x for x in (a.postcode, a.city) if x), a.region, country]
            label = self.tr("Address ({label})").format(label=a.label) if a.label else self.tr("Address")
            form.addRow(label, self._label("\n".join(x for x in lines if x)))
        for key, value in c.custom.items():
            form.addRow(str(key), self._label("" if value is None else str(value)))
        if c.notes.strip():
            form.addRow(self.tr("Notes"), self._label(c.notes))
        form.addRow(self.tr("Created"), self._label(self.ctx.fmt_datetime(c.created_at)))
        form.addRow(self.tr("Updated"), self._label(self.ctx.fmt_datetime(c.updated_at)))

    def _label(self, text: str, rich: bool = False) -> QLabel:
        """A value of the details form, on the interface's reading side whatever its own direction.

        The label is selectable, so each line is laid out in the direction of its own text: without
        an explicit side, a Latin line ("samira@…") or a digits-only date would sit on the left of a
        Persian form and the Persian lines on the right.
        """
        if not rich:
            text = "\n".join(reading_order(line) for line in text.split("\n"))
        label = align_leading(QLabel(text, self.details))
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            if rich
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        return label

    def _phone_widget(self, display: str, e164: str | None, valid: bool) -> QWidget:
        """The number as dialled here, the international form beside it, and a warning below when
        the number could not be understood."""
        box = QWidget(self.details)
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(12)
        number = QLabel(ltr(display), box)
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(number)
        intl = international(e164)
        if intl and intl != display:
            other = QLabel(ltr(intl), box)
            other.setStyleSheet("color: #666;")
            other.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            top.addWidget(other)
        top.addStretch(1)
        rows.addLayout(top)
        if not valid:
            bottom = QHBoxLayout()
            icon = QLabel(box)
            icon.setPixmap(warning_icon().pixmap(16, 16))
            warn = QLabel(self.tr("Not a valid number: kept as typed."), box)
            warn.setWordWrap(True)
            warn.setStyleSheet("color: #b35c00;")
            box.setToolTip(self.tr("This number could not be understood; it is kept exactly as typed."))
            bottom.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            bottom.addWidget(warn, 1)
            rows.addLayout(bottom)
        box.setProperty("invalid_phone", not valid)
        return box

    # -- actions ---------------------------------------------------------------------------

    @Slot()
    def edit(self) -> None:
        if self.contact is None or self.deleted:
            return
        dialog = ContactEditDialog(self.ctx, self.contact, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._edited)
        self.edit_dialog = dialog
        dialog.open()

    def new_letter(self) -> None:
        """A new draft addressed to this contact (its correspondent), in the letter window."""
        if self.contact is None or self.deleted:
            return
        from sivadesk.ui.letter_form import open_letter_form

        self.letter_form = open_letter_form(self.ctx, None, self, contact_id=self.contact.id)

    def new_task(self) -> None:
        """A task about this contact; it lands on the timeline when saved."""
        if self.contact is None or self.deleted:
            return
        from sivadesk.ui.task_dialog import TaskDialog

        dialog = TaskDialog(self.ctx, contact_id=self.contact.id, parent=self)
        dialog.changed.connect(lambda _i: self.reload())
        self.task_dialog = dialog
        dialog.open()

    def new_appointment(self) -> None:
        """An external meeting with this contact; it lands on the timeline when saved."""
        if self.contact is None or self.deleted:
            return
        from sivadesk.ui.appointment_dialog import AppointmentDialog

        dialog = AppointmentDialog(self.ctx, contact_id=self.contact.id, parent=self)
        dialog.kind.setCurrentIndex(max(dialog.kind.findData("external"), 0))
        dialog.changed.connect(lambda _i: self.reload())
        self.appointment_dialog = dialog
        dialog.open()

    def _edited(self, contact: ContactFile) -> None:
        self.show_contact(contact)
        self._reload_history()

    @Slot(str)
    def _open_link(self, link: str) -> None:
        if link.startswith("contact:"):
            open_contact_file(self.ctx, int(link.split(":", 1)[1]), self.parentWidget())

    @Slot(QListWidgetItem)
    def _member_activated(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid is not None:
            open_contact_file(self.ctx, int(cid), self.parentWidget())
