"""Register administration (registers.manage): the list of registers and a form to create or change
one, with a live preview of the next number while the format is typed.

The preview is a hint only: it is computed on the GUI thread from the typed template
(:func:`sivadesk.letters.numbering.validate_rules`, the same check the service makes) and the
register's counters, read once per register; nothing is reserved, another desktop may take the
number first. A bad template shows the service's own message under the format field.
Every change goes through :mod:`sivadesk.ops.registers`, which checks the permission again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.calendars import Calendar
from sivadesk.errors import SivaError, ValidationError
from sivadesk.letters.numbering import calendar_date, validate_rules
from sivadesk.models import (
    Classification,
    GroupMode,
    RegisterCounter,
    RegisterDirection,
    RegisterReset,
    RegisterScope,
)
from sivadesk.ops import registers as register_ops
from sivadesk.ops import users
from sivadesk.ops.registers import RegisterInfo
from sivadesk.ops.users import DepartmentInfo
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import message_of, show_error
from sivadesk.ui.i18n import calendar_label
from sivadesk.ui.letterhead_settings import PrintSettingsWidget
from sivadesk.ui.letters_model import (
    classification_label,
    direction_label,
    display_number,
    group_mode_label,
    reset_label,
    scope_label,
    today,
)

_ERROR_STYLE = "border: 2px solid #c0392b;"


@dataclass(frozen=True, slots=True)
class RegisterData:
    """Everything the page shows, read in one job."""

    registers: list[RegisterInfo]
    departments: list[DepartmentInfo]
    #: register id -> {(period, scope key): last number given}
    counters: dict[int, dict[tuple[str, str], int]] = field(default_factory=dict)


def load_data(s: Session) -> RegisterData:
    counters: dict[int, dict[tuple[str, str], int]] = {}
    for rid, period, scope, last in s.execute(
        select(
            RegisterCounter.register_id,
            RegisterCounter.period,
            RegisterCounter.scope_key,
            RegisterCounter.last,
        )
    ):
        counters.setdefault(int(rid), {})[(str(period), str(scope))] = int(last)
    return RegisterData(register_ops.list_registers(s), users.list_departments(s), counters)


def preview_number(
    fmt: str,
    calendar: str,
    reset: str,
    scope: str,
    counters: dict[tuple[str, str], int],
    when: dt.date,
    dept_code: str | None,
) -> str:
    """The next number with this (unsaved) format: raises ValidationError like the service would."""
    template = validate_rules(fmt, reset, scope)
    year, month, day = calendar_date(when, calendar)
    period = "" if reset == RegisterReset.NEVER else str(year)  # as numbering.period_key
    if scope == RegisterScope.DEPARTMENT:
        last = counters.get((period, dept_code), 0) if dept_code else 0
    else:
        last = counters.get((period, ""), 0)
    return template.format(last + 1, year, month, day, dept_code or None, None, None)


class RegisterForm(QWidget):
    """The fields of one register; ``values()`` is what was entered."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(20)
        self.code_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.direction_combo = QComboBox(self)
        for d in RegisterDirection:
            self.direction_combo.addItem(direction_label(d.value), d.value)
        self.format_edit = QLineEdit(self)
        self.format_edit.setPlaceholderText("{seq}/{year}")
        # A number template reads left to right even in a Persian interface (tokens are Latin).
        self.format_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # Two rows of four: the form stays narrow enough for the page beside the register list.
        self.token_row = QGridLayout()
        self.token_row.setHorizontalSpacing(2)
        self.token_buttons: list[QToolButton] = []
        tokens = (
            ("{seq:05}", self.tr("The counter, here on 5 digits (00042); {seq} alone has no padding.")),
            ("{year}", self.tr("The year in the register's calendar (2025 or 1404).")),
            ("{yy}", self.tr("The year on two digits (25 or 04).")),
            ("{month:02}", self.tr("The month on two digits.")),
            ("{day:02}", self.tr("The day on two digits.")),
            ("{dept}", self.tr("The code of the sender's department.")),
            ("{cat}", self.tr("The letter's category code.")),
            ("{type}", self.tr("The letter's type code.")),
        )
        for token, help_text in tokens:
            button = QToolButton(self)
            button.setText(token)
            button.setToolTip(help_text)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, t=token: self.insert_token(t))
            self.token_row.addWidget(button, len(self.token_buttons) // 4, len(self.token_buttons) % 4)
            self.token_buttons.append(button)
        self.token_row.setColumnStretch(4, 1)
        self.token_help = QLabel(
            self.tr(
                "Literal text is kept as typed (Persian letters too); click a token to insert it. "
                "A brace of the text itself is typed twice."
            ),
            self,
        )
        self.token_help.setWordWrap(True)
        self.token_help.setStyleSheet("color: #666;")
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("preview")
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_hint = QLabel(self)
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setStyleSheet("color: #666;")
        self.format_error = QLabel(self)
        self.format_error.setWordWrap(True)
        self.format_error.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.format_error.hide()
        self.calendar_combo = QComboBox(self)
        for c in Calendar:
            self.calendar_combo.addItem(calendar_label(c.value), c.value)
        self.reset_combo = QComboBox(self)
        for r in RegisterReset:
            self.reset_combo.addItem(reset_label(r.value), r.value)
        self.scope_combo = QComboBox(self)
        for sc in RegisterScope:
            self.scope_combo.addItem(scope_label(sc.value), sc.value)
        self.dept_combo = QComboBox(self)
        self.dept_combo.setToolTip(self.tr("Department shown in the preview"))
        self.group_combo = QComboBox(self)
        for mode in GroupMode:
            self.group_combo.addItem(group_mode_label(mode.value), mode.value)
        self.classification_combo = QComboBox(self)
        for level in Classification:
            self.classification_combo.addItem(classification_label(level.value), level.value)
        self.active_check = QCheckBox(self.tr("Open (letters can be registered)"), self)
        self.active_check.setChecked(True)
        self.rules_note = QLabel(self)
        self.rules_note.setWordWrap(True)
        self.rules_note.setStyleSheet("color: #666;")

        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_label)
        preview_row.addWidget(self.dept_combo)
        preview_row.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Code"), self.code_edit)
        self.form.addRow(self.tr("Direction"), self.direction_combo)
        self.form.addRow(self.tr("Number format"), self.format_edit)
        self.form.addRow("", self.token_row)
        self.form.addRow("", self.token_help)
        self.form.addRow("", self.format_error)
        self.form.addRow(self.tr("Next number"), preview_row)
        self.form.addRow("", self.preview_hint)
        self.form.addRow(self.tr("Calendar"), self.calendar_combo)
        self.form.addRow(self.tr("Numbering restarts"), self.reset_combo)
        self.form.addRow(self.tr("Sequence"), self.scope_combo)
        self.form.addRow(self.tr("Letters to a contact group"), self.group_combo)
        self.form.addRow(self.tr("Default classification"), self.classification_combo)
        self.form.addRow("", self.active_check)
        self.form.addRow("", self.rules_note)

        for signal in (
            self.name_edit.textEdited,
            self.code_edit.textEdited,
            self.format_edit.textChanged,
        ):
            signal.connect(lambda *_: self.changed.emit())
        for combo in (
            self.direction_combo,
            self.calendar_combo,
            self.reset_combo,
            self.scope_combo,
            self.dept_combo,
            self.group_combo,
            self.classification_combo,
        ):
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.active_check.toggled.connect(lambda *_: self.changed.emit())

    def insert_token(self, token: str) -> None:
        self.format_edit.insert(token)
        self.format_edit.setFocus()

    def set_departments(self, departments: list[DepartmentInfo]) -> None:
        current = self.dept_combo.currentData()
        self.dept_combo.blockSignals(True)
        self.dept_combo.clear()
        for d in departments:
            if d.code:
                self.dept_combo.addItem(f"{d.code} — {d.name}", d.code)
        index = self.dept_combo.findData(current)
        self.dept_combo.setCurrentIndex(max(0, index))
        self.dept_combo.blockSignals(False)

    def show_register(self, r: RegisterInfo | None) -> None:
        widgets = (
            self.name_edit,
            self.code_edit,
            self.format_edit,
            self.direction_combo,
            self.calendar_combo,
            self.reset_combo,
            self.scope_combo,
            self.group_combo,
            self.classification_combo,
            self.active_check,
        )
        for w in widgets:
            w.blockSignals(True)
        self.name_edit.setText(r.name if r else "")
        self.code_edit.setText(r.code if r else "")
        self.format_edit.setText(r.format if r else "{seq}/{year}")
        _select(self.direction_combo, r.direction if r else RegisterDirection.OUTBOUND.value)
        _select(self.calendar_combo, r.calendar if r else Calendar.GREGORIAN.value)
        _select(self.reset_combo, r.reset if r else RegisterReset.YEARLY.value)
        _select(self.scope_combo, r.scope if r else RegisterScope.GLOBAL.value)
        _select(self.group_combo, r.group_mode if r else GroupMode.PER_RECIPIENT.value)
        _select(self.classification_combo, r.default_classification if r else Classification.NORMAL.value)
        self.active_check.setChecked(r.active if r else True)
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "code": self.code_edit.text(),
            "direction": self.direction_combo.currentData(),
            "format": self.format_edit.text(),
            "calendar": self.calendar_combo.currentData(),
            "reset": self.reset_combo.currentData(),
            "scope": self.scope_combo.currentData(),
            "group_mode": self.group_combo.currentData(),
            "default_classification": self.classification_combo.currentData(),
            "active": self.active_check.isChecked(),
        }

    def lock_rules(self, locked: bool) -> None:
        """Calendar, reset and scope are fixed once the register has given numbers."""
        for combo in (self.calendar_combo, self.reset_combo, self.scope_combo):
            combo.setEnabled(not locked)
        self.rules_note.setText(
            self.tr(
                "This register has given numbers: its calendar, restart and sequence can no longer "
                "change. The format can, if it keeps numbers distinct."
            )
            if locked
            else ""
        )
        self.rules_note.setVisible(locked)

    def field_widget(self, name: str | None) -> QWidget | None:
        return {
            "name": self.name_edit,
            "code": self.code_edit,
            "format": self.format_edit,
            "direction": self.direction_combo,
            "calendar": self.calendar_combo,
            "reset": self.reset_combo,
            "scope": self.scope_combo,
            "group_mode": self.group_combo,
            "default_classification": self.classification_combo,
        }.get(name or "")


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


class RegistersPage(QWidget):
    """Registers on the left, the selected one's form (or a new one's) on the right."""

    #: a register was created or changed from this page (its id)
    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = RegisterData([], [])
        self.current: RegisterInfo | None = None
        self.loads = 0
        self._marked: QWidget | None = None
        self._build()
        self._connect_signals()
        self.new_register()
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Direction"), self.tr("Format"), self.tr("State")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes what is left
        header.setStretchLastSection(False)
        self.new_button = QPushButton(self.tr("New register"), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Registers"), left))
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.error_label.hide()
        self.form = RegisterForm(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status, 1)
        numbering = QWidget(self)
        numbering_layout = QVBoxLayout(numbering)
        numbering_layout.addWidget(self.form)
        numbering_layout.addLayout(buttons)
        numbering_layout.addStretch(1)
        self.details = QTabWidget(self)
        self.details.addTab(_scrolled(numbering, self), self.tr("Numbering"))
        # The register's printing (template, QR code, pre-printed paper): the printing feature's widget.
        self.print_settings = PrintSettingsWidget(self.ctx, parent=self)
        self.details.addTab(_scrolled(self.print_settings, self), self.tr("Printing"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.details, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(120)

    def _connect_signals(self) -> None:
        self.tree.currentItemChanged.connect(self._item_changed)
        self.new_button.clicked.connect(self.new_register)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.form.changed.connect(self._preview_timer.start)
        self.form.changed.connect(self._clear_saved)
        self._preview_timer.timeout.connect(self.update_preview)
        # every keystroke in the format updates the preview at once (the timer covers the rest)
        self.form.format_edit.textChanged.connect(lambda *_: self.update_preview())
        feed = self.ctx.feed
        if feed is not None and hasattr(feed, "topic_event"):
            feed.topic_event.connect(self._on_topic)

    # -- reading -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self.ctx.runner.submit(load_data, self._loaded, self._load_failed, read_only=True)

    def _loaded(self, data: RegisterData) -> None:
        self.data = data
        self.loads += 1
        selected = self.current.id if self.current is not None else None
        self.tree.blockSignals(True)
        self.tree.clear()
        for r in data.registers:
            item = QTreeWidgetItem(
                [
                    r.code,
                    r.name,
                    direction_label(r.direction),
                    r.format,
                    self.tr("Open") if r.active else self.tr("Closed"),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            item.setData(
                3,
                Qt.ItemDataRole.TextAlignmentRole,
                int(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignAbsolute
                    | Qt.AlignmentFlag.AlignVCenter
                ),
            )
            if not r.active:
                item.setForeground(0, self.palette().placeholderText())
            self.tree.addTopLevelItem(item)
            if r.id == selected:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.form.set_departments(data.departments)
        if selected is not None:
            fresh = next((r for r in data.registers if r.id == selected), None)
            if fresh is not None:
                self.current = fresh
                self.form.lock_rules(self._has_numbers(fresh.id))
        self.update_preview()

    def _load_failed(self, exc: Exception) -> None:
        show_error(self, exc)

    def _has_numbers(self, register_id: int) -> bool:
        return any(last > 0 for last in self.data.counters.get(register_id, {}).values())

    def register_codes(self) -> list[str]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if item is not None]

    def select_register(self, register_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == register_id:
                self.tree.setCurrentItem(item)
                return

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _item_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        rid = item.data(0, Qt.ItemDataRole.UserRole)
        r = next((x for x in self.data.registers if x.id == rid), None)
        if r is not None:
            self.edit_register(r)

    def edit_register(self, r: RegisterInfo) -> None:
        self.current = r
        self.title.setText(self.tr("Register {code}").format(code=r.code))
        self._clear_error()
        self.form.show_register(r)
        self.form.lock_rules(self._has_numbers(r.id))
        self._show_print_settings(r)
        self.update_preview()

    @Slot()
    def new_register(self) -> None:
        self.current = None
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(None)  # type: ignore[call-overload]
        self.tree.clearSelection()
        self.tree.blockSignals(False)
        self.title.setText(self.tr("New register"))
        self._clear_error()
        self.form.show_register(None)
        self.form.lock_rules(False)
        self._show_print_settings(None)
        self.form.name_edit.setFocus()
        self.update_preview()

    def _show_print_settings(self, r: RegisterInfo | None) -> None:
        self.details.setTabEnabled(1, r is not None)  # a new register is saved before it prints
        if r is not None:
            self.print_settings.set_register(r.id)

    @Slot()
    def _revert(self) -> None:
        if self.current is not None:
            self.edit_register(self.current)
        else:
            self.new_register()

    # -- preview -----------------------------------------------------------------------------

    @Slot()
    def update_preview(self) -> None:
        v = self.form.values()
        scope = str(v["scope"])
        self.form.dept_combo.setVisible(
            scope == RegisterScope.DEPARTMENT and self.form.dept_combo.count() > 0
        )
        dept = self.form.dept_combo.currentData() if scope == RegisterScope.DEPARTMENT else None
        counters = self.data.counters.get(self.current.id, {}) if self.current is not None else {}
        when = today()
        try:
            number = preview_number(
                str(v["format"]), str(v["calendar"]), str(v["reset"]), scope, counters, when, dept
            )
        except ValidationError as exc:
            self.form.preview_label.setText("—")
            self.form.format_error.setText(message_of(exc))
            self.form.format_error.show()
            self.form.format_edit.setStyleSheet(_ERROR_STYLE)
            self.form.preview_hint.clear()
            return
        self.form.format_error.hide()
        self.form.format_edit.setStyleSheet("")
        self.form.preview_label.setText(f"<b>{_html(display_number(number, self.ctx.language))}</b>")
        self.form.preview_hint.setText(
            self.tr(
                "If a letter were registered today ({date}). A hint only: the number is given at "
                "registration, and another desktop may take this one first."
            ).format(date=self.ctx.fmt_date(when))
        )

    def preview_text(self) -> str:
        """The preview as plain text (tests)."""
        text = self.form.preview_label.text()
        return (
            text.removeprefix("<b>")
            .removesuffix("</b>")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
        )

    # -- saving ------------------------------------------------------------------------------

    @Slot()
    def save(self) -> None:
        v = self.form.values()
        actor = self.ctx.actor
        current = self.current

        def job(s: Session) -> RegisterInfo:
            if current is None:
                return register_ops.create_register(s, actor, **v)
            return register_ops.update_register(s, actor, current.id, **v)

        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.ctx.runner.submit(job, self._saved, self._save_failed)

    def _saved(self, r: RegisterInfo) -> None:
        self.save_button.setEnabled(True)
        self._clear_error()
        self.current = r
        self.title.setText(self.tr("Register {code}").format(code=r.code))
        self.status.setText(self.tr("Register {code} saved.").format(code=r.code))
        self._show_print_settings(r)
        self.saved.emit(r.id)
        self.refresh()

    def _save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status.clear()
        if not isinstance(exc, SivaError):
            show_error(self, exc)
            return
        self.error_label.setText(message_of(exc))
        self.error_label.show()
        widget = self.form.field_widget(getattr(exc, "field", None))
        if widget is not None:
            widget.setStyleSheet(_ERROR_STYLE)
            widget.setFocus()
            self._marked = widget

    def _clear_error(self) -> None:
        self.error_label.hide()
        if self._marked is not None and self._marked is not self.form.format_edit:
            self._marked.setStyleSheet("")
        self._marked = None

    @Slot()
    def _clear_saved(self) -> None:
        if self.status.text() and self.save_button.isEnabled():
            self.status.clear()

    @Slot(str, object)
    def _on_topic(self, topic: str, _event: Any) -> None:
        if topic == "register.changed" or topic == "letter.registered":
            self.refresh()


def _scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """``widget`` in a scroll area that scrolls only vertically (labels wrap instead)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    return scroll


def _html(text: str) -> str:
    import html

    return html.escape(text)
