"""The letter form's first tab: the letter's content (register, subject, correspondent, urgency,
classification, signer, sending department, their reference for a received letter, and the body).

It only shows and gathers values; :class:`sivadesk.ui.letter_form.LetterForm` reads and writes them
through the services.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sivadesk.models import Classification, Urgency
from sivadesk.ops.letter_access import LetterInfo
from sivadesk.ops.registers import RegisterInfo
from sivadesk.ops.users import DepartmentInfo, UserInfo
from sivadesk.ui.context import UiContext
from sivadesk.ui.letter_form_panels import date_field
from sivadesk.ui.letter_form_parts import BodyEditor, ContactField
from sivadesk.ui.letters_model import classification_label, urgency_label


def select_data(combo: QComboBox, value: Any) -> None:
    """Show the entry holding ``value`` (the first one when there is none)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


def refill(combo: QComboBox, items: list[tuple[Any, str]], empty: str | None = None) -> None:
    """Replace a combo's entries, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for value, text in items:
        combo.addItem(text, value)
    select_data(combo, current)
    combo.blockSignals(False)


class ContentPanel(QWidget):
    """The content fields of one letter; editable on a draft, read-only once it has a number."""

    #: the register chosen for a new draft changed (its id)
    register_changed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[UserInfo] = []
        self.new = True
        self.register_combo = QComboBox(self)
        self.subject_edit = QLineEdit(self)
        self.contact_field = ContactField(ctx, self)
        self.urgency_combo = QComboBox(self)
        for u in Urgency:
            self.urgency_combo.addItem(urgency_label(u.value), u.value)
        self.classification_combo = QComboBox(self)
        for level in Classification:
            self.classification_combo.addItem(classification_label(level.value), level.value)
        self.signer_combo = QComboBox(self)
        self.signer_title_edit = QLineEdit(self)
        self.department_combo = QComboBox(self)
        self.their_number_edit = QLineEdit(self)
        self.their_number_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.their_date_edit = date_field(ctx, self)
        self.body = BodyEditor(self)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Letter register"), self.register_combo)
        self.form.addRow(self.tr("Subject"), self.subject_edit)
        self.form.addRow(self.tr("Correspondent"), self.contact_field)
        urgency_row = QHBoxLayout()
        urgency_row.addWidget(self.urgency_combo)
        urgency_row.addWidget(QLabel(self.tr("Classification"), self))
        urgency_row.addWidget(self.classification_combo)
        urgency_row.addStretch(1)
        self.form.addRow(self.tr("Urgency"), urgency_row)
        signer_row = QHBoxLayout()
        signer_row.addWidget(self.signer_combo, 1)
        signer_row.addWidget(QLabel(self.tr("Position"), self))
        signer_row.addWidget(self.signer_title_edit, 1)
        self.form.addRow(self.tr("Signer"), signer_row)
        self.form.addRow(self.tr("Sending department"), self.department_combo)
        theirs_row = QHBoxLayout()
        theirs_row.setContentsMargins(0, 0, 0, 0)
        theirs_row.addWidget(self.their_number_edit, 1)
        theirs_row.addWidget(QLabel(self.tr("of"), self))
        theirs_row.addWidget(self.their_date_edit)
        self.theirs_label = QLabel(self.tr("Their reference"), self)
        self.theirs_row = QWidget(self)
        self.theirs_row.setLayout(theirs_row)
        self.form.addRow(self.theirs_label, self.theirs_row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.body, 1)

        self.signer_combo.currentIndexChanged.connect(self._signer_changed)
        self.register_combo.currentIndexChanged.connect(
            lambda *_: self.register_changed.emit(self.register_combo.currentData())
        )

    # -- choices and values ------------------------------------------------------------------

    def set_choices(
        self,
        registers: list[RegisterInfo],
        users: list[UserInfo],
        departments: list[DepartmentInfo],
        register_id: int | None,
    ) -> None:
        """The open registers (plus the letter's own, even closed), signers and departments."""
        self.users = users
        refill(
            self.register_combo,
            [(r.id, f"{r.code} — {r.name}") for r in registers if r.active or r.id == register_id],
        )
        refill(
            self.signer_combo,
            [(u.id, u.full_name or u.username) for u in users if u.active],
            self.tr("(none)"),
        )
        refill(self.department_combo, [(d.id, d.name) for d in departments], self.tr("(none)"))

    def show_letter(self, x: LetterInfo, contact_name: str) -> None:
        self.new = False
        select_data(self.register_combo, x.register_id)
        self.subject_edit.setText(x.subject)
        self.contact_field.choose(x.contact_id, contact_name)
        select_data(self.urgency_combo, x.urgency)
        select_data(self.classification_combo, x.classification)
        self.signer_combo.blockSignals(True)
        select_data(self.signer_combo, x.signer_user_id)
        self.signer_combo.blockSignals(False)
        self.signer_title_edit.setText(x.signer_title)
        select_data(self.department_combo, x.sender_department_id)
        self.their_number_edit.setText(x.their_number)
        self.their_date_edit.setDate(x.their_date)
        self.body.set_html(x.body, self.ctx.language == "fa")
        self.show_theirs(x.direction)
        self.set_read_only(x.status != "draft")

    def values(self) -> dict[str, Any]:
        """The draft's content as the letter service takes it."""
        return {
            "subject": self.subject_edit.text(),
            "body": self.body.html(),
            "urgency": self.urgency_combo.currentData(),
            "classification": self.classification_combo.currentData(),
            "contact_id": self.contact_field.contact_id,
            "their_number": self.their_number_edit.text(),
            "their_date": self.their_date_edit.date(),
            "signer_user_id": self.signer_combo.currentData(),
            "signer_title": self.signer_title_edit.text(),
            "sender_department_id": self.department_combo.currentData(),
        }

    def show_theirs(self, direction: str) -> None:
        """Their number and date: only for a received letter."""
        inbound = direction == "inbound"
        self.theirs_label.setVisible(inbound)
        self.theirs_row.setVisible(inbound)

    def set_read_only(self, read_only: bool) -> None:
        for edit in (self.subject_edit, self.signer_title_edit, self.their_number_edit):
            edit.setReadOnly(read_only)
        for w in (
            self.urgency_combo,
            self.classification_combo,
            self.signer_combo,
            self.department_combo,
            self.their_date_edit,
        ):
            w.setEnabled(not read_only)
        self.register_combo.setEnabled(not read_only and self.new)  # a saved draft stays in its register
        self.contact_field.set_read_only(read_only)
        self.body.set_read_only(read_only)

    @Slot()
    def _signer_changed(self) -> None:
        """A signer chosen by hand brings their position title, unless one was typed."""
        if self.signer_title_edit.isReadOnly():
            return
        uid = self.signer_combo.currentData()
        user = next((u for u in self.users if u.id == uid), None)
        if user is not None and not self.signer_title_edit.isModified():
            self.signer_title_edit.setText(user.position_title)
