"""Fax: the outbox (every queued fax, its pages and its problems in plain words), the inbox of
received faxes (viewed in the app, linked to a customer file), the send dialog and a job's detail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.models import Letter, Tag
from sivadesk.ops import fax
from sivadesk.ops.fax import FaxJobInfo, ReceivedInfo
from sivadesk.textnorm import to_persian_digits
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.letter_form_parts import ContactField

#: Faxes larger than this are refused before reading them into memory.
MAX_FILE_MB = 50


def state_label(state: str) -> str:
    return {
        "pending": QCoreApplication.translate("fax", "Waiting"),
        "sleeping": QCoreApplication.translate("fax", "Will retry"),
        "active": QCoreApplication.translate("fax", "Sending"),
        "done": QCoreApplication.translate("fax", "Sent"),
        "failed": QCoreApplication.translate("fax", "Failed"),
        "cancelled": QCoreApplication.translate("fax", "Cancelled"),
    }.get(state, state)


def cause_text(cause: str) -> str:
    """What happened on the line, for the people who sent the fax."""
    return {
        "": "",
        "ok": QCoreApplication.translate("fax", "Sent and confirmed by the receiving machine."),
        "busy": QCoreApplication.translate("fax", "The line was busy."),
        "no_answer": QCoreApplication.translate("fax", "Nobody answered."),
        "no_carrier": QCoreApplication.translate(
            "fax", "No fax machine answered (a person or a voice mailbox may have picked up)."
        ),
        "no_dialtone": QCoreApplication.translate(
            "fax", "No dial tone: check that the phone line is plugged into the modem."
        ),
        "protocol": QCoreApplication.translate("fax", "The fax machines could not finish the transmission."),
        "modem": QCoreApplication.translate("fax", "The fax modem did not respond as expected."),
        "cancelled": QCoreApplication.translate("fax", "Cancelled."),
    }.get(cause, cause)


class SendFaxDialog(QDialog):
    """Who (a number, a contact or a contact group), what (documents, cover page), when, how."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New fax"))
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("Fax number, or several separated by commas"))
        self.contact = ContactField(ctx, self)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(no group)"), None)
        self.subject_edit = QLineEdit()
        self.files = QListWidget()
        self.files.setMinimumHeight(80)
        add = QPushButton(self.tr("Add documents…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add_files)
        remove.clicked.connect(
            lambda: [self.files.takeItem(self.files.row(i)) for i in self.files.selectedItems()]
        )
        self.cover_check = QCheckBox(self.tr("Add a cover page"))
        self.cover_language = QComboBox()
        for code, name in (("fr", "Français"), ("fa", "فارسی"), ("en", "English")):
            self.cover_language.addItem(name, code)
        self.cover_language.setCurrentIndex(max(0, self.cover_language.findData(ctx.language)))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Note on the cover page"))
        self.note_edit.setMaximumHeight(70)
        self.later_check = QCheckBox(self.tr("Send later:"))
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setEnabled(False)
        self.later_check.toggled.connect(self.when_edit.setEnabled)
        self.resolution_combo = QComboBox()
        self.resolution_combo.addItem(self.tr("Fine (text and small print)"), "fine")
        self.resolution_combo.addItem(self.tr("Standard (faster)"), "standard")
        self.urgent_check = QCheckBox(self.tr("Urgent: send before the other faxes"))
        form = QFormLayout()
        form.addRow(self.tr("Number:"), self.number_edit)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Contact group:"), self.group_combo)
        form.addRow(self.tr("Subject:"), self.subject_edit)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        buttons_col = QVBoxLayout()
        buttons_col.addWidget(add)
        buttons_col.addWidget(remove)
        buttons_col.addStretch(1)
        files_row.addLayout(buttons_col)
        form.addRow(self.tr("Documents:"), files_row)
        cover_row = QHBoxLayout()
        cover_row.addWidget(self.cover_check)
        cover_row.addWidget(self.cover_language)
        cover_row.addStretch(1)
        form.addRow("", cover_row)
        form.addRow("", self.note_edit)
        when_row = QHBoxLayout()
        when_row.addWidget(self.later_check)
        when_row.addWidget(self.when_edit)
        when_row.addStretch(1)
        form.addRow("", when_row)
        form.addRow(self.tr("Resolution:"), self.resolution_combo)
        form.addRow("", self.urgent_check)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        box.accepted.connect(self.submit)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)
        self.created: list[FaxJobInfo] = []
        ctx.runner.submit(
            lambda s: [(t.id, t.name) for t in s.scalars(select(Tag).order_by(Tag.name))],
            self._tags,
            read_only=True,
        )

    def _tags(self, tags: list[tuple[int, str]]) -> None:
        for tag_id, name in tags:
            self.group_combo.addItem(name, tag_id)

    @Slot()
    def add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Documents to fax"),
            "",
            self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt)"),
        )
        for path in paths:
            self.files.addItem(path)

    def documents(self) -> list[tuple[str, bytes]]:
        out = []
        for i in range(self.files.count()):
            path = Path(self.files.item(i).text())
            if path.stat().st_size > MAX_FILE_MB << 20:
                raise ValueError(
                    self.tr("{name} is larger than {mb} MB.").format(name=path.name, mb=MAX_FILE_MB)
                )
            out.append((path.name, path.read_bytes()))
        return out

    def options(self) -> dict[str, object]:
        cover = None
        if self.cover_check.isChecked():
            cover = {
                "note": self.note_edit.toPlainText(),
                "language": self.cover_language.currentData(),
                "from": self.ctx.office.office_name or self.ctx.actor.full_name,
                "subject": self.subject_edit.text(),
            }
        when = None
        if self.later_check.isChecked():
            local = self.when_edit.dateTime().toPython()
            assert isinstance(local, dt.datetime)
            when = local.astimezone(dt.UTC)
        return {
            "subject": self.subject_edit.text(),
            "cover": cover,
            "scheduled_at": when,
            "resolution": self.resolution_combo.currentData(),
            "priority": 10 if self.urgent_check.isChecked() else 0,
        }

    @Slot()
    def submit(self) -> None:
        try:
            documents = self.documents()
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("New fax"), str(exc))
            return
        numbers = [n.strip() for n in self.number_edit.text().split(",") if n.strip()]
        contact_id = self.contact.contact_id
        tag_id = self.group_combo.currentData()
        options = self.options()
        actor = self.ctx.actor

        def queue(s: Session) -> list[FaxJobInfo]:
            if tag_id is None and contact_id is None and len(numbers) <= 1:
                return [fax.queue_fax(s, actor, numbers[0] if numbers else "", documents, **options)]  # type: ignore[arg-type]
            ids = [contact_id] if contact_id is not None else []
            return fax.queue_bulk(
                s, actor, documents, contact_ids=ids, numbers=numbers, tag_id=tag_id, **options
            )

        self.ctx.runner.submit(queue, self._queued, lambda exc: show_error(self, exc))

    def _queued(self, jobs: list[FaxJobInfo]) -> None:
        self.created = jobs
        self.accept()


class JobDetailDialog(QDialog):
    def __init__(self, ctx: UiContext, job: FaxJobInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fax to {number}").format(number=job.recipient or job.number))
        form = QFormLayout()
        form.addRow(self.tr("Number:"), QLabel(job.number))
        form.addRow(self.tr("Subject:"), QLabel(job.subject))
        form.addRow(self.tr("State:"), QLabel(state_label(job.state)))
        form.addRow(self.tr("Pages sent:"), QLabel(f"{job.pages_sent} / {job.pages_total}"))
        form.addRow(self.tr("Dials:"), QLabel(str(job.dials)))
        if job.state == "sleeping":
            form.addRow(self.tr("Next try:"), QLabel(ctx.fmt_datetime(job.next_try_at)))
        if job.remote_id:
            form.addRow(self.tr("Receiving machine:"), QLabel(job.remote_id))
        self.attempts = QTreeWidget()
        self.attempts.setRootIsDecorated(False)
        self.attempts.setHeaderLabels(
            [self.tr("Started"), self.tr("Pages"), self.tr("What happened"), self.tr("Details")]
        )
        for a in job.attempts:
            pages = f"{a.first_page}–{a.first_page + a.pages_confirmed - 1}" if a.pages_confirmed else "—"
            item = QTreeWidgetItem([ctx.fmt_datetime(a.started_at), pages, cause_text(a.cause), a.detail])
            item.setToolTip(3, a.detail)
            self.attempts.addTopLevelItem(item)
        self.attempts.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Calls:")))
        layout.addWidget(self.attempts)
        layout.addWidget(box)
        self.resize(720, 420)


class LinkDialog(QDialog):
    """Choose the customer file an unknown fax belongs to."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a contact"))
        self.contact = ContactField(ctx, self)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Contact:")))
        layout.addWidget(self.contact)
        layout.addWidget(box)


class FaxPage(QWidget):
    OUT_COLUMNS = 7

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.jobs: list[FaxJobInfo] = []
        self.inbox: list[ReceivedInfo] = []
        self._numbers: dict[int, str] = {}  # register entry (letter id) -> its number, for display
        self.tabs = QTabWidget()
        # Outbox
        self.outbox = QTreeWidget()
        self.outbox.setRootIsDecorated(False)
        self.outbox.setHeaderLabels(
            [self.tr("Queued"), self.tr("To"), self.tr("Subject"), self.tr("Pages"), self.tr("State"),
             self.tr("Next try"), self.tr("Last problem"), self.tr("Number")]
        )  # fmt: skip
        self.outbox.header().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.outbox.itemDoubleClicked.connect(lambda *_: self.show_detail())
        self.new_button = QPushButton(self.tr("New fax…"))
        self.cancel_button = QPushButton(self.tr("Cancel fax"))
        self.resend_button = QPushButton(self.tr("Send again"))
        self.detail_button = QPushButton(self.tr("Details…"))
        self.out_entry_button = QPushButton(self.tr("Register entry"))
        self.out_refer_button = QPushButton(self.tr("Refer…"))
        self.new_button.clicked.connect(self.new_fax)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.resend_button.clicked.connect(self.resend_selected)
        self.detail_button.clicked.connect(self.show_detail)
        self.out_entry_button.clicked.connect(lambda: self.open_entry(self._job_entry()))
        self.out_refer_button.clicked.connect(lambda: self.refer_entry(self._job_entry()))
        out_buttons = QHBoxLayout()
        for b in (
            self.new_button, self.cancel_button, self.resend_button, self.detail_button,
            self.out_entry_button, self.out_refer_button,
        ):  # fmt: skip
            out_buttons.addWidget(b)
        out_buttons.addStretch(1)
        out = QWidget()
        out_layout = QVBoxLayout(out)
        out_layout.addLayout(out_buttons)
        out_layout.addWidget(self.outbox)
        # Inbox
        self.inbox_tree = QTreeWidget()
        self.inbox_tree.setRootIsDecorated(False)
        self.inbox_tree.setHeaderLabels(
            [self.tr("Received"), self.tr("From"), self.tr("Contact"), self.tr("Pages"), self.tr("Status"),
             self.tr("Number")]
        )  # fmt: skip
        self.inbox_tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.inbox_tree.itemDoubleClicked.connect(lambda *_: self.view_selected())
        self.unlinked_check = QCheckBox(self.tr("Only faxes not yet linked to a contact"))
        self.unlinked_check.toggled.connect(self.refresh)
        self.view_button = QPushButton(self.tr("View"))
        self.link_button = QPushButton(self.tr("Link to a contact…"))
        self.in_entry_button = QPushButton(self.tr("Register entry"))
        self.in_refer_button = QPushButton(self.tr("Refer…"))
        self.in_entry_button.clicked.connect(lambda: self.open_entry(self._received_entry()))
        self.in_refer_button.clicked.connect(lambda: self.refer_entry(self._received_entry()))
        self.view_button.clicked.connect(self.view_selected)
        self.link_button.clicked.connect(self.link_selected)
        in_buttons = QHBoxLayout()
        for w in (self.view_button, self.link_button, self.in_entry_button, self.in_refer_button):
            in_buttons.addWidget(w)
        in_buttons.addStretch(1)
        in_buttons.addWidget(self.unlinked_check)
        inbox = QWidget()
        in_layout = QVBoxLayout(inbox)
        in_layout.addLayout(in_buttons)
        in_layout.addWidget(self.inbox_tree)
        self.tabs.addTab(out, self.tr("Outbox"))
        self.tabs.addTab(inbox, self.tr("Received"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Fax"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(200)
        self._refresh_timer.timeout.connect(self.refresh)
        self.outbox.itemSelectionChanged.connect(self._update_buttons)
        self.inbox_tree.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.refresh()

    # -- data --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        actor, unlinked = self.ctx.actor, self.unlinked_check.isChecked()

        def load(s: Session) -> tuple[list[FaxJobInfo], list[ReceivedInfo], dict[int, str]]:
            jobs = fax.list_jobs(s, actor, limit=500)
            received = fax.list_received(s, actor, unlinked=unlinked, limit=500)
            ids = [j.entry_id for j in jobs if j.entry_id] + [r.letter_id for r in received if r.letter_id]
            numbers: dict[int, str] = {}
            if ids:
                numbers = {
                    int(row[0]): str(row[1])
                    for row in s.execute(select(Letter.id, Letter.number).where(Letter.id.in_(ids)))
                }
            return jobs, received, numbers

        self.ctx.runner.submit(load, self._show, lambda exc: show_error(self, exc), read_only=True)

    def on_topics(self, topics: set[str]) -> None:
        if any(t.startswith("fax.") for t in topics):
            self._refresh_timer.start()

    def _show(self, data: tuple[list[FaxJobInfo], list[ReceivedInfo], dict[int, str]]) -> None:
        self.jobs, self.inbox, numbers = data
        digits = to_persian_digits if self.ctx.language == "fa" else str
        self._numbers = {i: digits(n) for i, n in numbers.items()}
        selected = self._selected_job()
        self.outbox.clear()
        for job in self.jobs:
            next_try = self.ctx.fmt_datetime(job.next_try_at) if job.state == "sleeping" else ""
            problem = "" if job.state == "done" else cause_text(job.last_cause)
            item = QTreeWidgetItem(
                [self.ctx.fmt_datetime(job.created_at), job.recipient or job.number, job.subject,
                 f"{job.pages_sent} / {job.pages_total}", state_label(job.state), next_try, problem,
                 self._numbers.get(job.entry_id or 0, "")]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, job.id)
            item.setToolTip(6, job.last_detail)
            self.outbox.addTopLevelItem(item)
            if selected is not None and selected.id == job.id:
                item.setSelected(True)
        self.inbox_tree.clear()
        for r in self.inbox:
            status = self.tr("Complete") if r.complete else self.tr("Incomplete: the call ended early")
            item = QTreeWidgetItem(
                [self.ctx.fmt_datetime(r.received_at), r.remote_id or r.number, r.contact_name or self.tr("Unknown sender"),
                 str(r.pages), status, self._numbers.get(r.letter_id or 0, "")]
            )  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            self.inbox_tree.addTopLevelItem(item)
        self._update_buttons()

    def _selected_job(self) -> FaxJobInfo | None:
        items = self.outbox.selectedItems()
        if not items:
            return None
        job_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((j for j in self.jobs if j.id == job_id), None)

    def _selected_received(self) -> ReceivedInfo | None:
        items = self.inbox_tree.selectedItems()
        if not items:
            return None
        fax_id = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.inbox if r.id == fax_id), None)

    def _update_buttons(self) -> None:
        job = self._selected_job()
        final = job is not None and job.state in ("done", "failed", "cancelled")
        self.cancel_button.setEnabled(job is not None and not final)
        self.resend_button.setEnabled(final)
        self.detail_button.setEnabled(job is not None)
        received = self._selected_received()
        self.view_button.setEnabled(received is not None and received.pages > 0)
        self.link_button.setEnabled(received is not None and self.ctx.actor.can("fax.manage"))
        for button in (self.out_entry_button, self.out_refer_button):
            button.setEnabled(self._job_entry() is not None)
        for button in (self.in_entry_button, self.in_refer_button):
            button.setEnabled(self._received_entry() is not None)

    def _job_entry(self) -> int | None:
        job = self._selected_job()
        return job.entry_id if job is not None else None

    def _received_entry(self) -> int | None:
        received = self._selected_received()
        return received.letter_id if received is not None else None

    # -- register entries: a numbered fax is a letter of the fax register ---------------------
    def open_entry(self, letter_id: int | None) -> None:
        if letter_id is None:
            return
        from sivadesk.ui.letter_form import open_letter_form

        open_letter_form(self.ctx, letter_id, self)

    def refer_entry(self, letter_id: int | None) -> QDialog | None:
        if letter_id is None:
            return None
        from sivadesk.ui.referral_dialog import ReferralDialog

        dialog = ReferralDialog(self.ctx, "letter", letter_id, parent=self)
        dialog.open()
        return dialog

    # -- actions -----------------------------------------------------------------------------
    @Slot()
    def new_fax(self) -> SendFaxDialog:
        dialog = SendFaxDialog(self.ctx, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    @Slot()
    def cancel_selected(self) -> None:
        job = self._selected_job()
        if job is None:
            return
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: fax.cancel_job(s, actor, job.id),
            lambda _j: self.refresh(),
            lambda exc: show_error(self, exc),
        )

    @Slot()
    def resend_selected(self) -> None:
        job = self._selected_job()
        if job is None:
            return
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: fax.resend_job(s, actor, job.id),
            lambda _j: self.refresh(),
            lambda exc: show_error(self, exc),
        )

    @Slot()
    def show_detail(self) -> None:
        job = self._selected_job()
        if job is None:
            return
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: fax.get_job(s, actor, job.id),
            lambda full: JobDetailDialog(self.ctx, full, self).open(),
            lambda exc: show_error(self, exc),
            read_only=True,
        )

    @Slot()
    def view_selected(self) -> None:
        received = self._selected_received()
        if received is None or not received.pages:
            return
        actor = self.ctx.actor

        def shown(data: bytes) -> None:
            from sivadesk.ui.attachment_viewer import AttachmentViewer

            viewer = AttachmentViewer(self.ctx, self)
            viewer.setWindowFlag(Qt.WindowType.Window)
            viewer.setWindowTitle(
                self.tr("Fax from {sender}").format(sender=received.remote_id or received.number)
            )
            viewer.show_bytes(f"fax-{received.id}.pdf", "application/pdf", data)
            viewer.show()
            self.viewer = viewer

        self.ctx.runner.submit(
            lambda s: fax.received_pdf(s, actor, received.id),
            shown,
            lambda exc: show_error(self, exc),
            read_only=True,
        )

    @Slot()
    def link_selected(self) -> LinkDialog | None:
        received = self._selected_received()
        if received is None:
            return None
        dialog = LinkDialog(self.ctx, self)
        actor = self.ctx.actor

        def chosen() -> None:
            contact_id = dialog.contact.contact_id
            if contact_id is None:
                return
            self.ctx.runner.submit(
                lambda s: fax.link_received(s, actor, received.id, contact_id),
                lambda _r: self.refresh(),
                lambda exc: show_error(self, exc),
            )

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog
