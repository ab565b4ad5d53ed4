"""Settings: this desktop's own (database, language, calendar; a JSON file) and, for
administrators, the office's (name, phone region, digits compared for caller ID; in the store)."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QProcess, QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.errors import ValidationError
from sivadesk.ops import office
from sivadesk.ops.office import OfficeSettings
from sivadesk.ui.context import UiContext
from sivadesk.ui.db_dialogs import ChooseDatabaseDialog, ConnectionTester
from sivadesk.ui.errors import message_of, show_error
from sivadesk.ui.i18n import LANGUAGES, calendar_label

log = logging.getLogger("sivadesk.ui.settings")


def parse_digit_counts(text: str) -> list[int]:
    """``"10, 9, 8"`` -> ``[10, 9, 8]``; the service layer checks the range."""
    try:
        counts = [int(part) for part in text.replace(";", ",").replace("،", ",").split(",") if part.strip()]
    except ValueError as exc:
        raise ValidationError(field="suffix_lengths") from exc
    if not counts:
        raise ValidationError(field="suffix_lengths")
    return counts


class SettingsPage(QWidget):
    #: desktop settings were written (``True`` when they only apply at the next start)
    settings_saved = Signal(bool)
    #: office settings were written; the new values
    office_saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restart_box: QMessageBox | None = None
        self._tester = ConnectionTester(self)

        # -- this desktop ------------------------------------------------------------------------
        desktop = QGroupBox(self.tr("This computer"))
        self.db_edit = QLineEdit()
        self.db_edit.setPlaceholderText(self.tr("This computer's own database"))
        self.choose_db_button = QPushButton(self.tr("Choose…"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        db_row = QHBoxLayout()
        db_row.addWidget(self.db_edit, 1)
        db_row.addWidget(self.choose_db_button)
        db_row.addWidget(self.test_button)
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.calendar_combo = QComboBox()
        for code in ("gregorian", "jalali"):
            self.calendar_combo.addItem(calendar_label(code), code)
        self.save_button = QPushButton(self.tr("Save"))
        self.saved_label = QLabel()
        desktop_form = QFormLayout(desktop)
        desktop_form.addRow(self.tr("Database:"), db_row)
        desktop_form.addRow("", self.test_result)
        self.test_result.hide()  # shown with the result of "Test connection"
        desktop_form.addRow(self.tr("Language:"), self.language_combo)
        desktop_form.addRow(self.tr("Calendar:"), self.calendar_combo)
        desktop_form.addRow(_button_row(self.save_button, self.saved_label))

        # -- the office (administrators) ---------------------------------------------------------
        self.office_box = QGroupBox(self.tr("The office (shared by every computer)"))
        self.office_name_edit = QLineEdit()
        self.region_edit = QLineEdit()
        self.region_edit.setMaxLength(2)
        self.region_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,2}"), self))
        self.region_edit.setToolTip(self.tr("Country of numbers dialled without a country code: FR, IR…"))
        self.digits_edit = QLineEdit()
        self.digits_edit.setToolTip(
            self.tr(
                "How many trailing digits of a number identify a contact, longest first. "
                "The longest that the incoming number has is used."
            )
        )
        self.save_office_button = QPushButton(self.tr("Save office settings"))
        self.office_saved_label = QLabel()
        office_form = QFormLayout(self.office_box)
        office_form.addRow(self.tr("Office name:"), self.office_name_edit)
        office_form.addRow(self.tr("Phone region:"), self.region_edit)
        office_form.addRow(self.tr("Digits compared for caller ID:"), self.digits_edit)
        office_form.addRow(_button_row(self.save_office_button, self.office_saved_label))
        self.office_box.setVisible(ctx.actor.can("office.settings"))

        # Forms read badly when stretched across a wide screen: keep them at a reading width.
        column = QWidget()
        column.setMaximumWidth(860)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(desktop)
        column_layout.addWidget(self.office_box)
        from sivadesk.ui.letterhead_settings import LetterheadSettings  # logo, seal, address, my signature

        self.letterhead_box = LetterheadSettings(ctx, column)
        column_layout.addWidget(self.letterhead_box)
        from sivadesk.ui.callerid_settings import CallerIdSettingsBox  # watched lines, units here

        self.callerid_box = CallerIdSettingsBox(ctx, column)
        column_layout.addWidget(self.callerid_box)
        from sivadesk.ui.fax_settings import FaxSettingsBox  # the fax modem on this computer

        self.fax_box = FaxSettingsBox(ctx, column)
        column_layout.addWidget(self.fax_box)
        column_layout.addStretch(1)
        # The boxes are taller than a laptop screen: scroll rather than squeeze them.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 1)

        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.choose_db_button.clicked.connect(self.choose_database)
        self.test_button.clicked.connect(self.test_connection)
        self._tester.finished.connect(self._tested)
        self.save_button.clicked.connect(self.save)
        self.save_office_button.clicked.connect(self.save_office)

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        s = self.ctx.settings
        self.db_edit.setText(str(s.get("db_url")))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(s.get("language"))))
        self.calendar_combo.setCurrentIndex(max(0, self.calendar_combo.findData(s.get("calendar"))))
        self.show_office(self.ctx.office)

    def show_office(self, values: OfficeSettings) -> None:
        self.office_name_edit.setText(values.office_name)
        self.region_edit.setText(values.phone_region)
        self.digits_edit.setText(", ".join(str(n) for n in values.suffix_lengths))

    @Slot()
    def refresh(self) -> None:
        self.ctx.runner.submit(office.load, self._office_loaded, read_only=True)

    @Slot(object)
    def _office_loaded(self, values: OfficeSettings) -> None:
        self.ctx.office = values
        self.show_office(values)

    # -- this desktop --------------------------------------------------------------------------
    @Slot()
    def choose_database(self) -> None:
        dialog = ChooseDatabaseDialog(self.ctx.settings, self.db_edit.text().strip() or self.ctx.db.url, self)
        dialog.accepted.connect(lambda: self.db_edit.setText(dialog.url()))
        dialog.open()

    @Slot()
    def test_connection(self) -> None:
        url = self.db_edit.text().strip() or self.ctx.settings.db_url()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))
        self.test_result.show()
        self._tester.test(url)

    @Slot(str, str)
    def _tested(self, _url: str, problem: str) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(problem or self.tr("The database answers."))

    @Slot()
    def save(self) -> None:
        s = self.ctx.settings
        before = (s.get("db_url"), s.get("language"))
        db_url = self.db_edit.text().strip()
        s.set("db_url", db_url)
        s.set("language", self.language_combo.currentData())
        s.set("calendar", self.calendar_combo.currentData())
        if db_url:
            s.remember_db(db_url)
        try:
            s.save()
        except OSError as exc:
            show_error(self, exc)
            return
        log.info("desktop settings saved to %s", s.path)
        needs_restart = before != (s.get("db_url"), s.get("language"))
        self.saved_label.setText(self.tr("Saved."))
        self.settings_saved.emit(needs_restart)
        if needs_restart:
            self.offer_restart()

    def offer_restart(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Settings saved"),
            self.tr("The new language or database applies when SivaDesk starts again. Restart now?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: restart_application() if box.clickedButton() is restart else None)
        self.restart_box = box
        box.open()

    # -- the office ----------------------------------------------------------------------------
    @Slot()
    def save_office(self) -> None:
        try:
            wanted = {
                "office_name": self.office_name_edit.text().strip(),
                "phone_region": self.region_edit.text().strip().upper(),
                "suffix_lengths": parse_digit_counts(self.digits_edit.text()),
            }
        except ValidationError:
            self.office_saved_label.setText(
                self.tr("Digit counts are numbers separated by commas, e.g. 10, 9, 8.")
            )
            return
        current = self.ctx.office
        changed = {
            k: v
            for k, v in wanted.items()
            if v != (list(current.suffix_lengths) if k == "suffix_lengths" else getattr(current, k))
        }
        actor = self.ctx.actor

        def write(s: Session) -> OfficeSettings:
            for key, value in changed.items():
                office.set_value(s, actor, key, value)
            return office.load(s)

        self.save_office_button.setEnabled(False)
        self.ctx.runner.submit(write, self._office_written, self._office_failed)

    @Slot(object)
    def _office_written(self, values: OfficeSettings) -> None:
        self.save_office_button.setEnabled(True)
        self._office_loaded(values)
        self.office_saved_label.setText(self.tr("Saved."))
        self.office_saved.emit(values)

    @Slot(object)
    def _office_failed(self, exc: Exception) -> None:
        self.save_office_button.setEnabled(True)
        self.office_saved_label.setText(message_of(exc))
        show_error(self, exc)


def _button_row(button: QPushButton, label: QLabel) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addWidget(label, 1)
    return row


def restart_application() -> None:
    """Start a new SivaDesk with the same command line, then quit this one."""
    args = list(getattr(sys, "orig_argv", [sys.executable, *sys.argv]))
    if QProcess.startDetached(args[0], args[1:]):
        QApplication.quit()
    else:
        log.error("could not restart with %s", args)
