"""Letterhead and signature settings (inside the Settings page), and a register's print settings
(embedded by the register administration page).

* :class:`LetterheadSettings`: administrators set the office logo, seal and address printed on
  letters; every user sets their own signature image (printed only on letters they approved).
* :class:`PrintSettingsWidget`: a register's template (shipped French/Persian/English or its own
  uploaded .docx), QR code, seal, PDF engine, and pre-printed paper with a table of field positions
  in millimetres. Everything is saved through :mod:`sivadesk.ops.letterhead` (checked there).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.letters.render import PREPRINTED_FIELDS
from sivadesk.ops import letterhead
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import message_of

log = logging.getLogger("sivadesk.ui.letterhead")

IMAGE_FILTER = "PNG / JPEG (*.png *.jpg *.jpeg)"
PREVIEW_HEIGHT = 72


def _preview(label: QLabel, data: bytes | None, empty: str) -> None:
    pixmap = QPixmap()
    if data and pixmap.loadFromData(QByteArray(data)):
        label.setPixmap(pixmap.scaledToHeight(PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation))
        label.setToolTip("")
    else:
        label.setPixmap(QPixmap())
        label.setText(empty)


class LetterheadSettings(QGroupBox):
    """The office's letterhead (administrators) and the signed-in user's own signature."""

    #: something was saved
    changed = Signal()
    #: saving failed (the message shown)
    failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Letters: letterhead and signature"))
        self.ctx = ctx
        self.loaded = False
        self.previews: dict[str, QLabel] = {}
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.office_group = QWidget(self)
        office_form = QFormLayout(self.office_group)
        office_form.setContentsMargins(0, 0, 0, 0)
        for which, label in (("logo", self.tr("Office logo:")), ("seal", self.tr("Office seal:"))):
            office_form.addRow(label, self._image_row(which))
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setPlaceholderText(self.tr("Address lines printed under the office name"))
        self.address_edit.setFixedHeight(80)
        self.save_address_button = QPushButton(self.tr("Save address"), self)
        self.save_address_button.clicked.connect(self.save_address)
        address_row = QHBoxLayout()
        address_row.addWidget(self.address_edit, 1)
        address_row.addWidget(self.save_address_button, 0, Qt.AlignmentFlag.AlignTop)
        office_form.addRow(self.tr("Office address:"), address_row)
        self.office_group.setVisible(ctx.actor.can("office.settings"))

        mine = QFormLayout()
        mine.addRow(self.tr("My signature:"), self._image_row("signature"))
        hint = QLabel(self.tr("Printed only on letters you have approved as their signer."), self)
        hint.setWordWrap(True)
        mine.addRow("", hint)

        layout = QVBoxLayout(self)
        layout.addWidget(self.office_group)
        layout.addLayout(mine)
        layout.addWidget(self.status)
        self.refresh()

    def _image_row(self, which: str) -> QHBoxLayout:
        preview = QLabel(self.tr("None"), self)
        preview.setMinimumSize(PREVIEW_HEIGHT * 2, PREVIEW_HEIGHT)
        preview.setFrameShape(QLabel.Shape.StyledPanel)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previews[which] = preview
        choose = QPushButton(self.tr("Choose…"), self)
        remove = QPushButton(self.tr("Remove"), self)
        choose.clicked.connect(lambda: self.choose_image(which))
        remove.clicked.connect(lambda: self.set_image(which, None))
        row = QHBoxLayout()
        row.addWidget(preview)
        row.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        return row

    # -- loading -------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        actor = self.ctx.actor

        def read(s: Session) -> dict[str, Any]:
            head = letterhead.load(s)
            return {
                "address": head.address,
                "logo": letterhead.office_image(s, "logo"),
                "seal": letterhead.office_image(s, "seal"),
                "signature": letterhead.get_signature(s, actor, actor.user_id) if actor.user_id else None,
            }

        self.ctx.runner.submit(read, self._loaded, self._failed, read_only=True)

    @Slot(object)
    def _loaded(self, values: dict[str, Any]) -> None:
        for which in ("logo", "seal", "signature"):
            _preview(self.previews[which], values[which], self.tr("None"))
        self.address_edit.setPlainText("\n".join(values["address"]))
        self.loaded = True

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        text = message_of(exc)
        self.status.setText(text)
        log.info("letterhead settings: %s", text)
        self.failed.emit(text)

    # -- saving --------------------------------------------------------------------------------
    def choose_image(self, which: str) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose an image"), str(Path.home()), IMAGE_FILTER
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self._failed(exc)
            return
        self.set_image(which, data)

    def set_image(self, which: str, data: bytes | None) -> None:
        """Store (or, with None, remove) the logo, the seal or the user's signature."""
        actor = self.ctx.actor

        def write(s: Session) -> None:
            if which == "signature":
                if actor.user_id is None:
                    return
                if data is None:
                    letterhead.remove_signature(s, actor, actor.user_id)
                else:
                    letterhead.set_signature(s, actor, actor.user_id, "signature.png", data)
            else:
                letterhead.set_office_image(s, actor, which, data)

        def done(_: object) -> None:
            _preview(self.previews[which], data, self.tr("None"))
            self.status.setText(self.tr("Saved."))
            self.changed.emit()

        self.ctx.runner.submit(write, done, self._failed)

    @Slot()
    def save_address(self) -> None:
        actor = self.ctx.actor
        lines = self.address_edit.toPlainText().splitlines()

        def done(_: object) -> None:
            self.status.setText(self.tr("Saved."))
            self.changed.emit()

        self.ctx.runner.submit(lambda s: letterhead.set_address(s, actor, lines), done, self._failed)


class PrintSettingsWidget(QWidget):
    """One register's print settings; :meth:`set_register` loads them, :meth:`save` writes them."""

    loaded_settings = Signal(object)
    saved = Signal(object)

    COLUMNS = 5  # field, x, y, width, printed

    def __init__(self, ctx: UiContext, register_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.register_id: int | None = None
        self.settings: dict[str, Any] = {}
        self.field_names = {
            "number": self.tr("Number"),
            "date": self.tr("Date"),
            "attachments": self.tr("Attachments"),
            "recipient": self.tr("Recipient"),
            "subject": self.tr("Subject"),
            "body": self.tr("Body"),
            "signer": self.tr("Signer"),
            "copies": self.tr("Copies"),
        }
        self.template_combo = QComboBox(self)
        for code, text in (
            ("auto", self.tr("Automatic (Persian for a Jalali register, else French)")),
            ("fr", self.tr("French")),
            ("fa", self.tr("Persian")),
            ("en", self.tr("English")),
            ("custom", self.tr("The register's own template")),
        ):
            self.template_combo.addItem(text, code)
        self.upload_button = QPushButton(self.tr("Upload a .docx template…"), self)
        self.custom_label = QLabel(self)
        self.qr_check = QCheckBox(self.tr("QR code (number, registration time, identifier)"), self)
        self.seal_check = QCheckBox(self.tr("Office seal beside the signature"), self)
        self.engine_combo = QComboBox(self)
        self.engine_combo.addItem(self.tr("Automatic (LibreOffice when installed)"), "auto")
        self.engine_combo.addItem(self.tr("Built-in"), "builtin")
        self.engine_combo.addItem("LibreOffice", "libreoffice")
        self.preprinted_check = QCheckBox(self.tr("Pre-printed paper: print only the fields"), self)
        self.table = QTableWidget(len(PREPRINTED_FIELDS), self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("X (mm)"),
                self.tr("Y (mm)"),
                self.tr("Width (mm)"),
                self.tr("Printed"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, name in enumerate(PREPRINTED_FIELDS):
            label = QTableWidgetItem(self.field_names[name])
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            label.setData(Qt.ItemDataRole.UserRole, name)
            self.table.setItem(row, 0, label)
            for col in (1, 2, 3):
                self.table.setItem(row, col, QTableWidgetItem(""))
            check = QTableWidgetItem()
            check.setFlags((check.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable)
            check.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 4, check)
        self.table.setMinimumHeight(self.table.verticalHeader().length() + 40)
        self.save_button = QPushButton(self.tr("Save print settings"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        form = QFormLayout()
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_combo, 1)
        template_row.addWidget(self.upload_button)
        form.addRow(self.tr("Template:"), template_row)
        form.addRow("", self.custom_label)
        form.addRow(self.tr("PDF engine:"), self.engine_combo)
        form.addRow("", self.qr_check)
        form.addRow("", self.seal_check)
        form.addRow("", self.preprinted_check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

        self.preprinted_check.toggled.connect(self.table.setEnabled)
        self.save_button.clicked.connect(self.save)
        self.upload_button.clicked.connect(self.choose_template)
        self.setEnabled(False)
        self.table.setEnabled(False)
        self.save_button.setVisible(ctx.actor.can("registers.manage"))
        self.upload_button.setVisible(ctx.actor.can("registers.manage"))
        if register_id is not None:
            self.set_register(register_id)

    def _cell(self, row: int, col: int) -> QTableWidgetItem:
        item = self.table.item(row, col)
        assert item is not None  # every cell is created in __init__
        return item

    def field_row(self, name: str) -> int:
        return PREPRINTED_FIELDS.index(name)

    # -- loading -------------------------------------------------------------------------------
    def set_register(self, register_id: int) -> None:
        self.register_id = register_id
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: letterhead.get_print_settings(s, actor, register_id),
            self._show,
            self._failed,
            read_only=True,
        )

    @Slot(object)
    def _show(self, settings: dict[str, Any]) -> None:
        self.settings = settings
        self.template_combo.setCurrentIndex(
            max(0, self.template_combo.findData(settings.get("template", "auto")))
        )
        custom = settings.get("custom_template") or {}
        self.template_combo.model().item(4).setEnabled(bool(custom))  # type: ignore[attr-defined]
        self.custom_label.setText(
            self.tr("Own template: {name}").format(name=custom.get("filename", "")) if custom else ""
        )
        self.custom_label.setVisible(bool(custom))
        self.engine_combo.setCurrentIndex(max(0, self.engine_combo.findData(settings.get("engine", "auto"))))
        self.qr_check.setChecked(bool(settings.get("qr")))
        self.seal_check.setChecked(bool(settings.get("seal", True)))
        pre = settings.get("preprinted") or {}
        self.preprinted_check.setChecked(bool(pre.get("enabled")))
        fields = pre.get("fields") or {}
        for row, name in enumerate(PREPRINTED_FIELDS):
            pos = fields.get(name) or {}
            for col, key in ((1, "x"), (2, "y"), (3, "w")):
                self._cell(row, col).setText(_number(pos.get(key)))
            self._cell(row, 4).setCheckState(
                Qt.CheckState.Checked if pos.get("on", True) else Qt.CheckState.Unchecked
            )
        self.table.setEnabled(self.preprinted_check.isChecked())
        self.setEnabled(True)
        self.status.clear()
        self.loaded_settings.emit(settings)

    @Slot(object)
    def _failed(self, exc: Exception) -> None:
        self.status.setText(message_of(exc))

    # -- saving --------------------------------------------------------------------------------
    def collect(self) -> dict[str, Any] | None:
        """The settings as typed, or None (with the reason shown) when a position is not a number."""
        fields: dict[str, dict[str, Any]] = {}
        for row, name in enumerate(PREPRINTED_FIELDS):
            values = []
            for col in (1, 2, 3):
                text = self._cell(row, col).text().strip().replace(",", ".").replace("٫", ".")
                text = text.translate({0x06F0 + i: str(i) for i in range(10)})
                try:
                    values.append(float(text))
                except ValueError:
                    self.status.setText(
                        self.tr("{field}: positions are numbers of millimetres.").format(
                            field=self.field_names[name]
                        )
                    )
                    self.table.setCurrentCell(row, col)
                    return None
            on = self._cell(row, 4).checkState() == Qt.CheckState.Checked
            fields[name] = {"x": values[0], "y": values[1], "w": values[2], "on": on}
        return {
            "template": self.template_combo.currentData(),
            "engine": self.engine_combo.currentData(),
            "qr": self.qr_check.isChecked(),
            "seal": self.seal_check.isChecked(),
            "preprinted": {"enabled": self.preprinted_check.isChecked(), "fields": fields},
        }

    @Slot()
    def save(self) -> None:
        if self.register_id is None:
            return
        wanted = self.collect()
        if wanted is None:
            return
        actor, register_id = self.ctx.actor, self.register_id

        def done(settings: dict[str, Any]) -> None:
            self._show(settings)
            self.status.setText(self.tr("Saved."))
            self.saved.emit(settings)

        self.ctx.runner.submit(
            lambda s: letterhead.set_print_settings(s, actor, register_id, wanted), done, self._failed
        )

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), str(Path.home()), self.tr("Word documents (*.docx)")
        )
        if path:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                self._failed(exc)
                return
            self.upload_template(Path(path).name, data)

    def upload_template(self, filename: str, data: bytes, language: str | None = None) -> None:
        """Store the register's own .docx template (its fields filled in ``language``)."""
        if self.register_id is None:
            return
        actor, register_id = self.ctx.actor, self.register_id
        current = self.template_combo.currentData()
        lang = language or (
            current if current in ("fr", "fa", "en") else "fa" if self.ctx.language == "fa" else "fr"
        )

        def done(settings: dict[str, Any]) -> None:
            self._show(settings)
            self.status.setText(self.tr("Template uploaded and chosen for this register."))
            self.saved.emit(settings)

        self.ctx.runner.submit(
            lambda s: letterhead.set_custom_template(s, actor, register_id, filename, data, lang),
            done,
            self._failed,
        )


def _number(value: object) -> str:
    if value is None:
        return ""
    number = float(str(value))
    return f"{number:g}"
