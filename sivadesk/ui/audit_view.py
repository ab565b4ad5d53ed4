"""The audit log on screen: a contact's "History" tab and the office-wide "Audit log" dialog.

Both show :class:`sivadesk.ops.records.AuditEntry` rows (who, when, what, and the changed fields as
old → new) read by ``records.audit_trail`` on ``ctx.runner``; only admins and managers hold
``audit.read``, and the service checks it whatever the UI shows.

Changed values are stored as text (``str()`` of the form's values, so a list of phones reads
``(PhoneInput(number='…', label='…'),)``): :func:`readable_value` turns them back into what the
form showed, by reading the text's syntax tree (never evaluating it).
"""

from __future__ import annotations

import ast
import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sivadesk.ops.records import AuditEntry, audit_trail
from sivadesk.ui.contacts_model import isolate, kind_label, plural
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error
from sivadesk.ui.i18n import role_label

# How many entries the office-wide dialog reads (newest first).
LOG_LIMIT = 500
# How many entries a contact's History tab reads.
HISTORY_LIMIT = 200

_STRUCTURED = frozenset({"phones", "emails", "addresses", "tags", "custom"})


def action_label(action: str) -> str:
    translate = QCoreApplication.translate  # lupdate extracts calls named translate("ctx", "text")
    labels = {
        "create": translate("AuditView", "Created"),
        "update": translate("AuditView", "Changed"),
        "delete": translate("AuditView", "Deleted"),
        "attach": translate("AuditView", "File attached"),
        "detach": translate("AuditView", "File removed"),
        "password": translate("AuditView", "Password changed"),
        "demo": translate("AuditView", "Demo data"),
        "import": translate("AuditView", "Imported"),
    }
    return labels.get(action, action)


def entity_label(entity: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "contact": translate("AuditView", "Contact"),
        "user": translate("AuditView", "User"),
        "department": translate("AuditView", "Department"),
        "office_setting": translate("AuditView", "Office setting"),
        "attachment": translate("AuditView", "Attachment"),
    }
    return labels.get(entity, entity)


def field_label(name: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "kind": translate("AuditView", "Kind"),
        "first_name": translate("AuditView", "First name"),
        "last_name": translate("AuditView", "Last name"),
        "organization": translate("AuditView", "Organization"),
        "company_id": translate("AuditView", "Company"),
        "job_title": translate("AuditView", "Job title"),
        "lead_status": translate("AuditView", "Lead status"),
        "notes": translate("AuditView", "Notes"),
        "phones": translate("AuditView", "Phones"),
        "emails": translate("AuditView", "E-mails"),
        "addresses": translate("AuditView", "Addresses"),
        "tags": translate("AuditView", "Tags"),
        "custom": translate("AuditView", "Other fields"),
        "role": translate("AuditView", "Role"),
        "position_title": translate("AuditView", "Position"),
        "department_id": translate("AuditView", "Department"),
        "email": translate("AuditView", "E-mail"),
        "active": translate("AuditView", "Active"),
        "sha256": translate("AuditView", "Fingerprint (SHA-256)"),
    }
    return labels.get(name, name)


def _empty() -> str:
    return QCoreApplication.translate("AuditView", "(empty)")


def _comma() -> str:
    #: Between the items of a list (phones, e-mails, tags); keep the space.
    return QCoreApplication.translate("AuditView", ", ")


def _from_tree(node: ast.expr) -> str:
    """The text a form showed for one parsed value (tuple of phones, e-mails, a dict…)."""
    if isinstance(node, ast.Constant):
        return "" if node.value is None else str(node.value)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return _comma().join(t for t in (_from_tree(e) for e in node.elts) if t)
    if isinstance(node, ast.Dict):
        return "; ".join(
            f"{_from_tree(k) if k is not None else ''}: {_from_tree(v)}"
            for k, v in zip(node.keys, node.values, strict=True)
        )
    if isinstance(node, ast.Call):  # PhoneInput(number='…', label='…'), AddressInput(…)
        parts = {kw.arg: _from_tree(kw.value) for kw in node.keywords if kw.arg}
        parts.update({str(i): _from_tree(a) for i, a in enumerate(node.args)})
        label = parts.pop("label", "")
        text = (
            " ".join(p for p in parts.values() if p)
            if "number" in parts
            else _comma().join(p for p in parts.values() if p)
        )
        return f"{text} ({label})" if label else text
    if isinstance(node, ast.Attribute):  # ContactKind.PERSON
        return node.attr.lower()
    if isinstance(node, ast.Name):
        return node.id
    raise ValueError("not a value")


def readable_value(name: str, value: Any) -> str:
    """One old or new value as a person reads it; "(empty)" when there was none."""
    if value is None:
        return _empty()
    if isinstance(value, bool):
        translate = QCoreApplication.translate
        return translate("AuditView", "Yes") if value else translate("AuditView", "No")
    text = str(value).strip()
    if name in _STRUCTURED:
        with contextlib.suppress(SyntaxError, ValueError, RecursionError):
            text = _from_tree(ast.parse(text, mode="eval").body)
    if name == "kind":
        text = kind_label(text.removeprefix("ContactKind.").lower())
    elif name == "role":
        text = role_label(text)
    elif name == "sha256":
        text = text[:12] + "…" if len(text) > 12 else text
    if text in ("", "None"):
        return _empty()
    return text if len(text) <= 160 else text[:160] + "…"


def change_lines(changes: dict[str, Any]) -> list[str]:
    """One line per changed field: "Last name: Martin → Dupont" (in Persian "… از Martin به Dupont").

    Each part is a bidi isolate, so a Latin value in a Persian line keeps its place and the line
    reads from the old value to the new one in the interface's reading direction.
    """
    translate = QCoreApplication.translate
    lines = []
    for name, value in changes.items():
        # A value that is not an [old, new] pair (a new user's role, a file's fingerprint) was set
        # from nothing.
        old, new = value if isinstance(value, (list, tuple)) and len(value) == 2 else (None, value)
        #: A changed field: its name, the value before and the value after.
        line = translate("AuditView", "{field}: {old} → {new}").format(
            field=isolate(field_label(name)),
            old=isolate(readable_value(name, old)),
            new=isolate(readable_value(name, new)),
        )
        lines.append(line)
    return lines


class AuditTable(QTreeWidget):
    """Audit entries, newest first: date, user, action, [record type,] summary, changes."""

    def __init__(self, ctx: UiContext, with_entity: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.with_entity = with_entity
        headers = [self.tr("Date"), self.tr("User"), self.tr("Action")]
        if with_entity:
            headers.append(self.tr("Record"))
        headers += [self.tr("Summary"), self.tr("Changes")]
        self.setHeaderLabels(headers)
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        # One line per changed field, never wrapped (a wrapped line would not get its height):
        # the Changes column is as wide as its longest line and scrolls sideways.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setUniformRowHeights(False)
        self.setSelectionBehavior(QTreeWidget.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QTreeWidget.ScrollMode.ScrollPerPixel)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.entries: list[AuditEntry] = []

    @property
    def changes_column(self) -> int:
        return self.columnCount() - 1

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.clear()
        self.entries = list(entries)
        for e in entries:
            cells = [self.ctx.fmt_datetime(e.at), e.username, action_label(e.action)]
            if self.with_entity:
                cells.append(entity_label(e.entity))
            cells += [e.summary, "\n".join(change_lines(e.changes))]
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, e.id)
            if self.with_entity and e.entity_id is not None:
                item.setToolTip(3, f"{entity_label(e.entity)} #{e.entity_id}")
            if e.changes:
                item.setToolTip(self.changes_column, cells[-1])
            self.addTopLevelItem(item)
        for col in range(self.columnCount() - 1):
            self.resizeColumnToContents(col)
            self.setColumnWidth(col, min(self.columnWidth(col) + 8, 220))
        self._fit_changes_column()

    def _fit_changes_column(self) -> None:
        """The Changes column fills the rest of the view, or more when a line is longer."""
        last = self.changes_column
        others = sum(self.columnWidth(c) for c in range(last))
        wanted = max(self.sizeHintForColumn(last), self.header().sectionSizeHint(last)) + 12
        self.setColumnWidth(last, max(wanted, self.viewport().width() - others))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_changes_column()

    def rows(self) -> list[list[str]]:
        """The cells as shown (tests and the dialog's filter read them)."""
        out = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            if item is not None:
                out.append([item.text(c) for c in range(self.columnCount())])
        return out

    def visible_rows(self) -> list[list[str]]:
        items = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        return [
            [item.text(c) for c in range(self.columnCount())]
            for item in items
            if item is not None and not item.isHidden()
        ]


class AuditPanel(QWidget):
    """The "History" tab of a contact file: every recorded change to the contact, newest first."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = AuditTable(ctx, with_entity=False, parent=self)
        self.empty_label = QLabel(self.tr("No change recorded for this contact yet."), self)
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.table.set_entries(entries)
        self.empty_label.setVisible(not entries)

    def rows(self) -> list[list[str]]:
        return self.table.rows()


class AuditLogDialog(QDialog):
    """The office's latest audit entries (all records), filtered by record type and user name."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loads = 0  # completed loads (tests use it)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 600)
        self.entity_combo = QComboBox(self)
        self.entity_combo.addItem(self.tr("All records"), None)
        for entity in ("contact", "user", "department", "office_setting"):
            self.entity_combo.addItem(entity_label(entity), entity)
        self.user_edit = QLineEdit(self)
        self.user_edit.setPlaceholderText(self.tr("User name contains…"))
        self.user_edit.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.table = AuditTable(ctx, with_entity=True, parent=self)
        self.status = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        filters = QHBoxLayout()
        entity_label_widget = QLabel(self.tr("Record type:"), self)
        entity_label_widget.setBuddy(self.entity_combo)
        user_label_widget = QLabel(self.tr("User:"), self)
        user_label_widget.setBuddy(self.user_edit)
        filters.addWidget(entity_label_widget)
        filters.addWidget(self.entity_combo)
        filters.addSpacing(12)
        filters.addWidget(user_label_widget)
        filters.addWidget(self.user_edit, 1)
        filters.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        buttons.rejected.connect(self.reject)
        self.entity_combo.currentIndexChanged.connect(self.reload)
        self.user_edit.textChanged.connect(self._apply_user_filter)
        self.refresh_button.clicked.connect(self.reload)
        self.table.itemActivated.connect(self._open_record)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the latest entries of the chosen record type (all types: every entity) off the GUI thread."""
        actor = self.ctx.actor
        entity = self.entity_combo.currentData()
        self.refresh_button.setEnabled(False)
        self.ctx.runner.submit(
            lambda s: audit_trail(s, actor, entity=entity, limit=LOG_LIMIT),
            self._loaded,
            self._failed,
            read_only=True,
        )

    def _loaded(self, entries: list[AuditEntry]) -> None:
        self.table.set_entries(entries)
        self.refresh_button.setEnabled(True)
        self._apply_user_filter()
        self.loads += 1

    def _failed(self, exc: Exception) -> None:
        self.refresh_button.setEnabled(True)
        self.loads += 1
        show_error(self, exc)

    @Slot()
    def _apply_user_filter(self) -> None:
        needle = self.user_edit.text().strip().casefold()
        shown = 0
        for i, entry in enumerate(self.table.entries):
            item = self.table.topLevelItem(i)
            if item is None:
                continue
            hidden = bool(needle) and needle not in entry.username.casefold()
            item.setHidden(hidden)
            shown += not hidden
        self.status.setText(plural(self.tr("%Ln change(s) shown", "", shown), shown))

    @Slot(QTreeWidgetItem, int)
    def _open_record(self, item: QTreeWidgetItem, _column: int) -> None:
        index = self.table.indexOfTopLevelItem(item)
        if 0 <= index < len(self.table.entries):
            entry = self.table.entries[index]
            if entry.entity == "contact" and entry.entity_id is not None:
                from sivadesk.ui.contact_file import open_contact_file  # it imports this module

                open_contact_file(self.ctx, entry.entity_id, self.parentWidget())


def add_audit_log_action(menu: QMenu, ctx: UiContext, parent: QWidget) -> QAction | None:
    """Add "Audit log…" to ``menu`` for those who may read it (admins, managers); None otherwise."""
    if not ctx.actor.can("audit.read"):
        return None
    action = menu.addAction(QCoreApplication.translate("AuditView", "&Audit log…"))
    opened: list[AuditLogDialog] = []

    def open_dialog() -> None:
        if opened and opened[0].isVisible():
            opened[0].raise_()
            opened[0].activateWindow()
            return
        dialog = AuditLogDialog(ctx, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda *_: opened.clear())
        opened[:] = [dialog]
        dialog.show()

    action.triggered.connect(open_dialog)
    return action
