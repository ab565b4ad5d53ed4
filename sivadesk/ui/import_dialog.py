"""The contact import dialog: choose a CSV/XLSX file, check the preview and the column mapping,
pick a duplicate policy, import on the store runner with a progress bar, read the report.

All the work is :mod:`sivadesk.ops.importer`; this widget only shows it. Reading the preview and
the import itself run on ``ctx.runner`` (never the GUI thread); progress comes back through a
queued signal, and "Stop" ends the import after the current batch.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sivadesk.ops import importer
from sivadesk.ops.importer import FIELDS, ImportPreview, ImportReport
from sivadesk.ui.contacts_model import join_parts, plural
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import message_of

log = logging.getLogger("sivadesk.ui.import")

ERROR_BRUSH = QBrush(QColor(255, 205, 205))
WARNING_BRUSH = QBrush(QColor(255, 240, 190))


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


class _ProgressRelay(QObject):
    """Carries progress from the runner's thread to the GUI thread (queued connection)."""

    progressed = Signal(int, int)  # done, total (0: unknown)

    def __init__(self) -> None:
        super().__init__()
        self.stop = threading.Event()

    def report(self, done: int, total: int | None) -> bool:
        self.progressed.emit(done, total or 0)
        return not self.stop.is_set()


class ImportDialog(QDialog):
    """``imported(report)`` is emitted once an import has run (the contact list may refresh)."""

    imported = Signal(object)
    preview_ready = Signal()  # for tests and accessibility tools: the preview table is filled

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self._relay: _ProgressRelay | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(900, 640)
        self._build()
        self._connect_signals()
        self._update_buttons()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_edit = QLineEdit(readOnly=True)
        self.file_edit.setPlaceholderText(self.tr("A CSV or Excel (.xlsx) file"))
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)

        self.policy_combo = QComboBox()
        for value, label in (
            ("skip", self.tr("Skip rows whose phone or e-mail already exists")),
            ("update", self.tr("Update the existing contact with the row")),
            ("create", self.tr("Create a new contact anyway")),
        ):
            self.policy_combo.addItem(label, value)
        self.custom_check = QCheckBox(self.tr("Keep unrecognised columns as custom fields"))
        self.custom_check.setChecked(True)
        options = QFormLayout()
        options.addRow(self.tr("File:"), file_row)
        options.addRow(self.tr("Duplicates:"), self.policy_combo)
        options.addRow("", self.custom_check)

        self.info_label = QLabel(wordWrap=True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Imported as"),
                                                      self.tr("First value")])  # fmt: skip
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().hide()

        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addLayout(options)
        setup_layout.addWidget(self.info_label)
        setup_layout.addWidget(QLabel(self.tr("Columns:")))
        setup_layout.addWidget(self.mapping_table, 1)
        setup_layout.addWidget(QLabel(self.tr("Preview of the first rows (rows with errors are red):")))
        setup_layout.addWidget(self.preview_table, 2)

        self.summary_label = QLabel(wordWrap=True)
        self.issues_table = QTableWidget(0, 4)
        self.issues_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Status"), self.tr("Column"), self.tr("Reason")]
        )
        self.issues_table.horizontalHeader().setStretchLastSection(True)
        self.issues_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.issues_table.verticalHeader().hide()
        self.save_errors_button = QPushButton(self.tr("Save the error report…"))
        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.addWidget(self.summary_label)
        result_layout.addWidget(self.issues_table, 1)
        result_layout.addWidget(self.save_errors_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(result)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.stop_button = self.buttons.addButton(self.tr("Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.stop_button.setVisible(False)

        self.permission_label = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.permission_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.permission_label.setVisible(not self.ctx.actor.can("contacts.import"))
        self.permission_label.setText(self.tr("Only an administrator or a manager may import contacts."))

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._choose_file)
        self.custom_check.toggled.connect(lambda _on: self._load_preview())
        self.import_button.clicked.connect(self.start_import)
        self.stop_button.clicked.connect(self._stop)
        self.close_button.clicked.connect(self.reject)
        self.save_errors_button.clicked.connect(self._choose_error_file)

    # -- preview -------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contacts"),
            "",
            self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.preview = None
        self._load_preview(reset=True)

    def current_mapping(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            combo = self.mapping_table.cellWidget(row, 1)
            if item is not None and isinstance(combo, QComboBox):
                mapping[item.text()] = str(combo.currentData())
        return mapping

    def _load_preview(self, reset: bool = False) -> None:
        if self.path is None:
            return
        path, region = self.path, self.ctx.office.phone_region
        mapping = {} if reset else self.current_mapping()
        unknown = "custom" if self.custom_check.isChecked() else "ignore"
        if reset or not self.custom_check.isChecked():
            mapping = {c: t for c, t in mapping.items() if t != "custom"}
        self.info_label.setText(self.tr("Reading the file…"))
        self._update_buttons()
        self.ctx.runner.submit(
            lambda _s: importer.preview(path, mapping, region=region, unknown=unknown),
            self._show_preview,
            self._preview_failed,
            read_only=True,
        )

    @Slot(object)
    def _show_preview(self, preview: ImportPreview) -> None:
        if self.path is None or preview.path != self.path:
            return  # an older file's preview
        self.preview = preview
        kind = "CSV" if preview.kind == "csv" else "Excel"
        total = (
            plural(self.tr("%Ln row(s)", "", preview.total), preview.total)
            if preview.total is not None
            else ""
        )
        self.info_label.setText(join_parts((kind, preview.encoding, total)))
        self._fill_mapping(preview)
        self._fill_preview(preview)
        self._update_buttons()
        self.preview_ready.emit()

    @Slot(object)
    def _preview_failed(self, exc: Exception) -> None:
        self.preview = None
        self.info_label.setText(message_of(exc))
        self.mapping_table.setRowCount(0)
        self.preview_table.setRowCount(0)
        self._update_buttons()
        self.preview_ready.emit()

    def _fill_mapping(self, preview: ImportPreview) -> None:
        first = preview.rows[0].cells if preview.rows else ()
        self.mapping_table.setRowCount(len(preview.columns))
        for row, column in enumerate(preview.columns):
            name = QTableWidgetItem(column)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(row, 0, name)
            combo = QComboBox()
            for field, label in FIELDS.items():
                combo.addItem(_tr(label), field)
            target = preview.mapping[column]
            if combo.findData(target) < 0:  # custom:Other name
                combo.addItem(self.tr("Custom field “{name}”").format(name=target.split(":", 1)[1]), target)
            combo.setCurrentIndex(combo.findData(target))
            combo.currentIndexChanged.connect(lambda _i: self._load_preview())
            self.mapping_table.setCellWidget(row, 1, combo)
            sample = QTableWidgetItem(first[row] if row < len(first) else "")
            sample.setFlags(sample.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(row, 2, sample)

    def _fill_preview(self, preview: ImportPreview) -> None:
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(preview.columns) + 2)
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Check"), *preview.columns])
        table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            if row.error is not None:
                status, brush = row.error.translated(QCoreApplication.translate), ERROR_BRUSH
            elif row.warnings:
                status = "; ".join(w.translated(QCoreApplication.translate) for w in row.warnings)
                brush = WARNING_BRUSH
            else:
                status, brush = self.tr("OK"), None
            cells = [str(row.row), status, *row.cells]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if brush is not None:
                    item.setBackground(brush)
                    item.setToolTip(status)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    # -- import --------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running = self._relay is not None
        can = self.ctx.actor.can("contacts.import")
        self.import_button.setEnabled(
            can and not running and self.preview is not None and self.report is None
        )
        self.import_button.setVisible(self.report is None)
        self.stop_button.setVisible(running)
        self.choose_button.setEnabled(not running and self.report is None)
        self.mapping_table.setEnabled(not running)
        self.policy_combo.setEnabled(not running)
        self.custom_check.setEnabled(not running)
        self.close_button.setEnabled(not running)

    def start_import(self) -> None:
        if self.path is None or self.preview is None or self._relay is not None:
            return
        relay = _ProgressRelay()
        relay.progressed.connect(self._on_progress)
        self._relay = relay
        path, actor, store = self.path, self.ctx.actor, self.ctx.db
        mapping = self.current_mapping()
        policy = str(self.policy_combo.currentData())
        unknown = "custom" if self.custom_check.isChecked() else "ignore"
        self.progress.setVisible(True)
        self.progress.setRange(0, self.preview.total or 0)
        self.progress.setValue(0)
        self._update_buttons()
        # run_import opens its own transactions (one per batch); the runner's session stays unused.
        self.ctx.runner.submit(
            lambda _s: importer.run_import(
                store, actor, path, mapping, on_duplicate=policy, progress=relay.report, unknown=unknown
            ),
            self._show_report,
            self._import_failed,
        )

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _stop(self) -> None:
        if self._relay is not None:
            self._relay.stop.set()
            self.stop_button.setEnabled(False)

    @Slot(object)
    def _import_failed(self, exc: Exception) -> None:
        self._relay = None
        self.progress.setVisible(False)
        self.info_label.setText(message_of(exc))
        self._update_buttons()

    @Slot(object)
    def _show_report(self, report: ImportReport) -> None:
        self._relay = None
        self.report = report
        self.progress.setVisible(False)
        number = QLocale().toString
        lines = [
            plural(self.tr("%Ln row(s) read.", "", report.rows_read), report.rows_read),
            self.tr("Created: {n}").format(n=number(report.created)),
            self.tr("Updated: {n}").format(n=number(report.updated)),
            self.tr("Skipped (already there): {n}").format(n=number(len(report.skipped))),
            self.tr("Failed: {n}").format(n=number(len(report.failed))),
            self.tr("Phone numbers kept as typed and flagged: {n}").format(n=number(len(report.flagged))),
        ]
        if report.cancelled:
            lines.append(self.tr("Stopped after row {row}: the rows after it were not imported.").format(
                row=number(report.last_row)))  # fmt: skip
        self.summary_label.setText("\n".join(lines))
        issues = list(report.issues(QCoreApplication.translate))
        self.issues_table.setRowCount(len(issues))
        for r, (row, status, column, message, _raw) in enumerate(issues):
            for c, value in enumerate((str(row), status, column, message)):
                self.issues_table.setItem(r, c, QTableWidgetItem(value))
        self.issues_table.resizeColumnsToContents()
        self.save_errors_button.setEnabled(bool(issues))
        self.pages.setCurrentIndex(1)
        self._update_buttons()
        self.imported.emit(report)

    def _choose_error_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the error report"), "import-errors.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.save_errors(Path(name))

    def save_errors(self, path: Path) -> int:
        """Write the rows needing attention, in the user's language, as CSV."""
        if self.report is None:
            return 0
        try:
            return self.report.write_errors(path, QCoreApplication.translate)
        except OSError as exc:
            self.summary_label.setText(self.summary_label.text() + "\n" + str(exc))
            log.warning("could not write the error report %s: %s", path, exc)
            return 0

    def reject(self) -> None:
        if self._relay is None:  # never close while the import runs: Stop first
            super().reject()
