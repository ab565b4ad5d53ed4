"""The contact form: create or edit a person, company or lead.

The dialog only gathers a :class:`~sivadesk.ops.contacts.ContactInput`; the service validates it.
A ``ValidationError`` is shown above the form and its field is marked; a ``DuplicateContact`` on
create lists the matches and asks "Create anyway?" before calling again with ``allow_duplicate``.
Phones that do not parse are accepted (the service keeps them raw and flags them); the form shows
the same flag while typing so the user knows before saving.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk import phones
from sivadesk.errors import ValidationError
from sivadesk.models import ContactKind
from sivadesk.ops import contacts as contact_ops
from sivadesk.ops.contact_search import ContactQuery, list_contacts
from sivadesk.ops.contacts import AddressInput, ContactFile, ContactInput, DuplicateContact, PhoneInput
from sivadesk.ui.contacts_model import kind_icon, kind_label, ltr, warning_icon
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import message_of, show_error

log = logging.getLogger("sivadesk.ui.contacts")

_ERROR_STYLE = "border: 2px solid #c0392b;"


class LtrDelegate(QStyledItemDelegate):
    """Shows and edits a column left to right (phone numbers) inside a right-to-left form, where
    the digit groups of "06 12 34 56 78" would otherwise be laid out in reverse."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        option.direction = Qt.LayoutDirection.LeftToRight
        if rtl:  # keep hugging the leading (right) edge like the other columns
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return editor


class RowsEditor(QWidget):
    """A small editable table (phones, e-mails, addresses, custom fields) with Add and Remove."""

    changed = Signal()

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())

    @Slot()
    def _add_clicked(self) -> None:
        self.add_row()
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    @Slot()
    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def add_row(self, values: Sequence[str] = ()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(self.table.columnCount()):
            self.table.setItem(row, col, QTableWidgetItem(values[col] if col < len(values) else ""))

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)

    def rows(self) -> list[list[str]]:
        """Rows with at least one non-blank cell, stripped."""
        out = []
        for row in range(self.table.rowCount()):
            values = []
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                values.append(item.text().strip() if item is not None else "")
            if any(values):
                out.append(values)
        return out


class CompanyField(QWidget):
    """Pick an existing company by typing part of its name (searched on the paging lane)."""

    company_changed = Signal(object)  # company id or None

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id: int | None = None
        self.company_name = ""
        self._serial = 0
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Type to search a company"))
        self.edit.setClearButtonEnabled(True)
        self.results = QStandardItemModel(self)
        self.completer = QCompleter(self.results, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self.linked = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.linked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._edited)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._show_link()

    def choose(self, company_id: int | None, name: str = "") -> None:
        self.company_id = company_id
        self.company_name = name if company_id is not None else ""
        self.edit.setText(self.company_name)
        self._show_link()
        self.company_changed.emit(company_id)

    def _show_link(self) -> None:
        if self.company_id is None:
            self.linked.clear()
            self.linked.setToolTip("")
        else:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.linked.setPixmap(icon.pixmap(16, 16))
            self.linked.setToolTip(self.tr("Linked to this company's file"))

    @Slot(str)
    def _edited(self, text: str) -> None:
        if self.company_id is not None and text != self.company_name:
            self.company_id = None
            self.company_name = ""
            self._show_link()
            self.company_changed.emit(None)
        self._timer.start()

    @Slot()
    def _search(self) -> None:
        text = self.edit.text().strip()
        self._serial += 1
        serial, actor = self._serial, self.ctx.actor
        if not text:
            self.results.clear()
            return
        query = ContactQuery(text=text, kind=ContactKind.COMPANY)

        def job(s: Session) -> tuple[int, list[tuple[int, str, str]]]:
            found = list_contacts(s, actor, query, 0, 20)
            return serial, [(c.id, c.display_name, c.city) for c in found]

        self.ctx.pages.submit(
            job, self._found, lambda exc: log.warning("company search: %s", exc), read_only=True
        )

    def _found(self, result: tuple[int, list[tuple[int, str, str]]]) -> None:
        serial, rows = result
        if serial != self._serial:
            return
        self.results.clear()
        for cid, name, city in rows:
            item = QStandardItem(kind_icon("company"), name)
            item.setData(cid, Qt.ItemDataRole.UserRole)
            item.setToolTip(city)
            self.results.appendRow(item)
        if rows and self.edit.hasFocus():
            self.completer.complete()

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        cid = index.data(Qt.ItemDataRole.UserRole)
        if cid is not None:
            self.choose(int(cid), str(index.data(Qt.ItemDataRole.DisplayRole)))


class ContactEditDialog(QDialog):
    """Create (``contact=None``) or edit a contact; emits ``saved`` with the stored ContactFile."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        contact: ContactFile | None = None,
        parent: QWidget | None = None,
        *,
        kind: ContactKind | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact = contact
        self.result_contact: ContactFile | None = None
        self._marked: list[QWidget] = []
        self._build()
        self._connect_signals()
        if contact is not None:
            self._fill(contact)
            self.setWindowTitle(self.tr("Edit {name}").format(name=contact.display_name))
        else:
            self.set_kind(kind or ContactKind.PERSON)
            self.setWindowTitle(self.tr("New contact"))
        self._load_tags()
        self.resize(720, 620)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.error_label.hide()

        self.kind = QComboBox(self)
        for k in ContactKind:
            self.kind.addItem(kind_icon(k.value), kind_label(k.value), k.value)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.organization = QLineEdit(self)
        self.company = CompanyField(self.ctx, self)
        self.job_title = QLineEdit(self)
        self.lead_status = QComboBox(self)
        self.lead_status.setEditable(True)
        self.lead_status.addItems(
            ["", self.tr("New"), self.tr("Contacted"), self.tr("Qualified"), self.tr("Won"), self.tr("Lost")]
        )
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Comma separated, e.g. supplier, Paris"))
        self._tag_names = QStringListModel(self)
        tag_completer = QCompleter(self._tag_names, self)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(tag_completer)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("First name"), self.first_name)
        self.form.addRow(self.tr("Last name"), self.last_name)
        self.form.addRow(self.tr("Organization"), self.organization)
        self.form.addRow(self.tr("Works at"), self.company)
        self.form.addRow(self.tr("Job title"), self.job_title)
        self.form.addRow(self.tr("Lead status"), self.lead_status)
        self.form.addRow(self.tr("Tags"), self.tags)

        self.phones = RowsEditor([self.tr("Number"), self.tr("Label")], self)
        self.phones.table.setItemDelegateForColumn(0, LtrDelegate(self.phones.table))
        self.phone_hint = QLabel(self)
        self.phone_hint.setWordWrap(True)
        self.emails = RowsEditor([self.tr("E-mail address")], self)
        self.addresses = RowsEditor(
            [
                self.tr("Label"),
                self.tr("Street"),
                self.tr("Postcode"),
                self.tr("City"),
                self.tr("Region"),
                self.tr("Country"),
            ],
            self,
        )
        self.custom = RowsEditor([self.tr("Field"), self.tr("Value")], self)
        self.notes = QPlainTextEdit(self)

        reach = QWidget(self)
        reach_layout = QVBoxLayout(reach)
        reach_layout.addWidget(QLabel(self.tr("Phones"), reach))
        reach_layout.addWidget(self.phones)
        reach_layout.addWidget(self.phone_hint)
        reach_layout.addWidget(QLabel(self.tr("E-mails"), reach))
        reach_layout.addWidget(self.emails)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(reach, self.tr("Phones and e-mails"))
        self.tabs.addTab(self.addresses, self.tr("Addresses"))
        self.tabs.addTab(self.custom, self.tr("Custom fields"))
        self.tabs.addTab(self.notes, self.tr("Notes"))

        # Our own buttons (not the box's standard ones): widgets created here are tracked by
        # shiboken for their whole life.
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(self.form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.phones.changed.connect(self._check_phones)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _load_tags(self) -> None:
        self.ctx.runner.submit(
            contact_ops.list_tags, self._tag_names.setStringList, lambda e: None, read_only=True
        )

    # -- filling and reading ---------------------------------------------------------------

    def set_kind(self, kind: ContactKind | str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(ContactKind(kind).value)))
        self._kind_changed()

    def current_kind(self) -> ContactKind:
        return ContactKind(self.kind.currentData())

    @Slot()
    def _kind_changed(self) -> None:
        kind = self.current_kind()
        company = kind is ContactKind.COMPANY
        self.form.setRowVisible(self.company, not company)
        self.form.setRowVisible(self.lead_status, kind is ContactKind.LEAD)
        label = self.form.labelForField(self.organization)
        if isinstance(label, QLabel):
            label.setText(self.tr("Company name") if company else self.tr("Organization"))

    def _fill(self, c: ContactFile) -> None:
        self.set_kind(c.kind)
        self.first_name.setText(c.first_name)
        self.last_name.setText(c.last_name)
        self.organization.setText(c.organization)
        if c.company_id is not None:
            self.company.choose(c.company_id, c.company_name)
        self.job_title.setText(c.job_title)
        self.lead_status.setCurrentText(c.lead_status)
        self.tags.setText(", ".join(c.tags))
        self.phones.set_rows([(p.raw, p.label) for p in c.phones])
        self.emails.set_rows([(e,) for e in c.emails])
        self.addresses.set_rows(
            [(a.label, a.street, a.postcode, a.city, a.region, a.country) for a in c.addresses]
        )
        self.custom.set_rows([(str(k), "" if v is None else str(v)) for k, v in c.custom.items()])
        self.notes.setPlainText(c.notes)
        self._check_phones()

    def contact_input(self) -> ContactInput:
        kind = self.current_kind()
        original = self.contact.custom if self.contact is not None else {}
        custom: dict[str, Any] = {}
        for key, value in self.custom.rows():
            if key:
                # Keep a non-text value (number, date...) as it was when its text is unchanged.
                old = original.get(key)
                custom[key] = old if old is not None and str(old) == value else value
        return ContactInput(
            kind=kind,
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organization=self.organization.text(),
            company_id=None if kind is ContactKind.COMPANY else self.company.company_id,
            job_title=self.job_title.text(),
            lead_status=self.lead_status.currentText() if kind is ContactKind.LEAD else "",
            notes=self.notes.toPlainText(),
            phones=tuple(PhoneInput(number, label) for number, label in self.phones.rows() if number),
            emails=tuple(e for (e,) in self.emails.rows() if e),
            addresses=tuple(
                AddressInput(street=st, postcode=pc, city=city, region=rg, country=co, label=lb)
                for lb, st, pc, city, rg, co in self.addresses.rows()
            ),
            tags=tuple(t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()),
            custom=custom,
        )

    @Slot()
    def _check_phones(self) -> None:
        """Flag numbers that will not parse for the office's region (they are still saved, raw)."""
        region = self.ctx.office.phone_region
        table = self.phones.table
        bad = 0
        table.blockSignals(True)
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is None:
                continue
            text = item.text().strip()
            invalid = bool(text) and not phones.parse_phone(text, region).valid
            bad += int(invalid)
            item.setIcon(warning_icon() if invalid else QIcon())
            item.setToolTip(
                self.tr("Not a valid number: it will be kept as typed and flagged.") if invalid else ""
            )
        table.blockSignals(False)
        self.phone_hint.setText(
            self.tr("A number could not be understood; it will be saved as typed and flagged.")
            if bad == 1
            else self.tr(
                "{count} numbers could not be understood; they will be saved as typed and flagged."
            ).format(count=QLocale().toString(bad))
            if bad
            else ""
        )
        self.phone_hint.setVisible(bool(bad))

    # -- saving ----------------------------------------------------------------------------

    @Slot()
    def save(self, allow_duplicate: bool = False) -> None:
        self._clear_errors()
        data = self.contact_input()
        actor = self.ctx.actor
        contact_id = self.contact.id if self.contact is not None else None
        self.save_button.setEnabled(False)

        def job(s: Session) -> ContactFile:
            if contact_id is None:
                return contact_ops.create_contact(s, actor, data, allow_duplicate=allow_duplicate)
            return contact_ops.update_contact(s, actor, contact_id, data)

        self.ctx.runner.submit(job, self._saved, self._failed)

    def _saved(self, result: ContactFile) -> None:
        self.save_button.setEnabled(True)
        self.result_contact = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, DuplicateContact):
            self._ask_duplicate(exc)
        elif isinstance(exc, ValidationError):
            self.show_field_error(exc)
        else:
            show_error(self, exc)

    def _ask_duplicate(self, exc: DuplicateContact) -> None:
        lines = []
        for m in exc.matches[:10]:
            bits = [b for b in (m.organization, ltr(m.primary_phone), m.primary_email, m.city) if b]
            lines.append(f"• {m.display_name}" + (f" ({', '.join(bits)})" if bits else ""))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Possible duplicate"), "", parent=self)
        box.setText(self.tr("A contact with the same phone or e-mail already exists:"))
        box.setInformativeText("\n".join(lines) + "\n\n" + self.tr("Create anyway?"))
        create = box.addButton(self.tr("Create anyway"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(create)
        box.exec()
        if box.clickedButton() is create:
            self.save(allow_duplicate=True)

    def _field_widget(self, field: str | None) -> QWidget | None:
        if field == "name":
            return self.organization if self.current_kind() is ContactKind.COMPANY else self.first_name
        return {
            "kind": self.kind,
            "emails": self.emails.table,
            "phones": self.phones.table,
            "company": self.company.edit,
            "title": self.job_title,
        }.get(field or "")

    def show_field_error(self, exc: ValidationError) -> None:
        self.error_label.setText(message_of(exc))
        self.error_label.show()
        widget = self._field_widget(exc.field)
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE)
            self._marked.append(widget)
            if widget in (self.emails.table, self.phones.table):
                self.tabs.setCurrentIndex(0)
            widget.setFocus()

    def _clear_errors(self) -> None:
        self.error_label.hide()
        self.error_label.clear()
        for w in self._marked:
            w.setStyleSheet("")
        self._marked.clear()
