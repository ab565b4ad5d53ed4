"""Settings > Caller ID: the lines whose calls pop up for me (stored per user, in the database) and
the caller-ID units plugged into this computer (the ``callerid_sources`` desktop setting, read by
:class:`sivadesk.ui.callerid_host.CallerIdHost`)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from sivadesk.ops import calls as call_ops
from sivadesk.ui.callerid_host import CallerIdHost, Source, configured_sources
from sivadesk.ui.calls_model import local_digits
from sivadesk.ui.context import UiContext
from sivadesk.ui.errors import show_error

log = logging.getLogger("sivadesk.ui.callerid")

#: formats a serial unit can be set to ("auto" detects); UDP units are Ethernet Link
SERIAL_FORMATS = (
    "auto",
    "modem",
    "modem-hex",
    "mdmf",
    "whozz",
    "tci",
    "netcid",
    "cnfsk",
    "yes",
    "comdial",
    "dtmf",
)
KIND, ADDRESS, FORMAT, LINE, STATE = range(5)


class CallerIdSettingsBox(QGroupBox):
    """The Caller ID section of the Settings page."""

    watched_saved = Signal(list)
    sources_saved = Signal(list)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Caller ID"))
        # -- my lines ----------------------------------------------------------------------------
        self.all_lines = QCheckBox(self.tr("Pop up calls of every line"), self)
        self.lines = QListWidget(self)
        self.lines.setMaximumHeight(110)
        self.lines.setFlow(QListWidget.Flow.LeftToRight)
        self.lines.setWrapping(True)
        self.add_line_edit = QLineEdit(self)
        self.add_line_edit.setPlaceholderText(self.tr("Another line's name"))
        self.add_line_button = QPushButton(self.tr("Add"), self)
        self.save_lines_button = QPushButton(self.tr("Save my lines"), self)
        self.lines_saved_label = QLabel(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_line_edit, 1)
        add_row.addWidget(self.add_line_button)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_lines_button)
        save_row.addWidget(self.lines_saved_label, 1)
        # -- this computer's units ---------------------------------------------------------------
        self.units = QTableWidget(0, 5, self)
        self.units.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Port"), self.tr("Format"), self.tr("Line name"), self.tr("State")]
        )
        self.units.verticalHeader().hide()
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.units.setMaximumHeight(140)
        self.add_serial_button = QPushButton(self.tr("Add a serial unit"), self)
        self.add_udp_button = QPushButton(self.tr("Add an Ethernet unit (UDP)"), self)
        self.remove_unit_button = QPushButton(self.tr("Remove"), self)
        self.save_units_button = QPushButton(self.tr("Save and listen"), self)
        self.units_saved_label = QLabel(self)
        self.units_saved_label.setWordWrap(True)
        unit_buttons = QHBoxLayout()
        for b in (self.add_serial_button, self.add_udp_button, self.remove_unit_button):
            unit_buttons.addWidget(b)
        unit_buttons.addStretch(1)
        units_save = QHBoxLayout()
        units_save.addWidget(self.save_units_button)
        units_save.addWidget(self.units_saved_label, 1)
        self.simulate_button = QPushButton(self.tr("Simulate a call"), self)
        self.simulate_button.setToolTip(
            self.tr("Demo database: play a call from a demo contact into this computer")
        )
        self.simulate_button.setVisible(ctx.office.demo)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Lines whose calls pop up for me:"), self))
        layout.addWidget(self.all_lines)
        layout.addWidget(self.lines)
        layout.addLayout(add_row)
        layout.addLayout(save_row)
        units_title = QLabel(self.tr("Caller-ID units plugged into this computer:"), self)
        units_title.setToolTip(
            self.tr("Leave empty on computers without a unit: they get their calls from the one that has it.")
        )
        layout.addWidget(units_title)
        layout.addWidget(self.units)
        layout.addLayout(unit_buttons)
        layout.addLayout(units_save)
        layout.addWidget(self.simulate_button)

        self.all_lines.toggled.connect(lambda on: self.lines.setEnabled(not on))
        self.add_line_button.clicked.connect(self.add_line)
        self.add_line_edit.returnPressed.connect(self.add_line)
        self.save_lines_button.clicked.connect(self.save_lines)
        self.add_serial_button.clicked.connect(lambda: self.add_unit(Source("serial", "", "auto", "")))
        self.add_udp_button.clicked.connect(lambda: self.add_unit(Source("udp", "3520", "ethernet", "")))
        self.remove_unit_button.clicked.connect(self.remove_unit)
        self.save_units_button.clicked.connect(self.save_units)
        self.simulate_button.clicked.connect(self.simulate)
        host = self.host()
        if host is not None:
            host.status_changed.connect(self._status_changed)
        self.load()

    def host(self) -> CallerIdHost | None:
        host = self.ctx.extras.get("callerid_host")
        return host if isinstance(host, CallerIdHost) else None

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        user_id = self.ctx.actor.user_id

        def job(s: Session) -> tuple[list[str], list[str]]:
            known = [x.line for x in call_ops.line_states(s)]
            return known, call_ops.watched_lines(s, user_id) if user_id is not None else []

        self.ctx.runner.submit(job, self._lines_loaded, lambda exc: log.warning("%s", exc), read_only=True)
        self.units.setRowCount(0)
        for source in configured_sources(self.ctx):
            self.add_unit(source)

    def _lines_loaded(self, result: tuple[list[str], list[str]]) -> None:
        known, watched = result
        self.lines.clear()
        for line in sorted(set(known) | set(watched)):
            self._add_line_item(line, line in watched)
        self.all_lines.setChecked(not watched)

    def _add_line_item(self, line: str, checked: bool) -> None:
        item = QListWidgetItem(self.tr("Line {line}").format(line=local_digits(self.ctx, line)))
        item.setData(Qt.ItemDataRole.UserRole, line)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.lines.addItem(item)

    # -- my lines ------------------------------------------------------------------------------
    def chosen_lines(self) -> list[str]:
        if self.all_lines.isChecked():
            return []
        return [
            str(self.lines.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.lines.count())
            if self.lines.item(i).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def add_line(self) -> None:
        name = self.add_line_edit.text().strip()
        if name and name not in [
            self.lines.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.lines.count())
        ]:
            self._add_line_item(name, True)
            self.all_lines.setChecked(False)
        self.add_line_edit.clear()

    @Slot()
    def save_lines(self) -> None:
        lines = self.chosen_lines()
        if not lines and not self.all_lines.isChecked():
            self.lines_saved_label.setText(self.tr("Tick at least one line, or every line."))
            return
        actor = self.ctx.actor
        self.ctx.runner.submit(
            lambda s: call_ops.set_watched_lines(s, actor, lines), self._lines_saved, self._failed
        )

    def _lines_saved(self, lines: list[str]) -> None:
        self.lines_saved_label.setText(self.tr("Saved."))
        popups = getattr(self.host(), "popups", None)
        if popups is not None:
            popups.reload_watched()
        self.watched_saved.emit(lines)

    def _failed(self, exc: Exception) -> None:
        show_error(self, exc)

    # -- units -----------------------------------------------------------------------------------
    def add_unit(self, source: Source) -> None:
        row = self.units.rowCount()
        self.units.insertRow(row)
        kind = QTableWidgetItem(self.tr("Serial") if source.kind == "serial" else self.tr("UDP"))
        kind.setData(Qt.ItemDataRole.UserRole, source.kind)
        kind.setFlags(kind.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.units.setItem(row, KIND, kind)
        if source.kind == "udp":
            port = QSpinBox(self.units)
            port.setRange(1, 65535)
            port.setValue(int(source.address or 3520))
            self.units.setCellWidget(row, ADDRESS, port)
        else:
            edit = QLineEdit(source.address, self.units)
            edit.setPlaceholderText("/dev/ttyUSB0, COM3")
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.units.setCellWidget(row, ADDRESS, edit)
        fmt = QComboBox(self.units)
        for name in SERIAL_FORMATS if source.kind == "serial" else ("ethernet",):
            fmt.addItem(self.tr("Detect") if name == "auto" else name, name)
        fmt.setCurrentIndex(max(0, fmt.findData(source.format)))
        self.units.setCellWidget(row, FORMAT, fmt)
        self.units.setItem(row, LINE, QTableWidgetItem(source.line))
        state = QTableWidgetItem(self._state_text(self._host_state(source.spec())))
        state.setFlags(state.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.units.setItem(row, STATE, state)

    def _host_state(self, spec: str) -> str:
        host = self.host()
        return host.status.get(spec, "") if host is not None else ""

    def _state_text(self, state: str) -> str:
        return {
            "connected": self.tr("Connected"),
            "listening": self.tr("Listening"),
            "disconnected": self.tr("Not connected"),
            "init_failed": self.tr("Does not answer"),
            "failed": self.tr("Cannot open"),
        }.get(state, "")

    def sources(self) -> list[Source]:
        out = []
        for row in range(self.units.rowCount()):
            kind_item = self.units.item(row, KIND)
            if kind_item is None:
                continue
            kind = str(kind_item.data(Qt.ItemDataRole.UserRole))
            widget = self.units.cellWidget(row, ADDRESS)
            address = str(widget.value()) if isinstance(widget, QSpinBox) else widget.text().strip()  # type: ignore[attr-defined]
            fmt = self.units.cellWidget(row, FORMAT).currentData()  # type: ignore[attr-defined]
            line_item = self.units.item(row, LINE)
            line = line_item.text().strip() if line_item is not None else ""
            if address:
                out.append(Source(kind, address, str(fmt), line))
        return out

    @Slot()
    def remove_unit(self) -> None:
        row = self.units.currentRow()
        if row >= 0:
            self.units.removeRow(row)

    @Slot()
    def save_units(self) -> None:
        sources = self.sources()
        s = self.ctx.settings
        s.set("callerid_sources", [x.spec() for x in sources])
        try:
            s.save()
        except OSError as exc:
            show_error(self, exc)
            return
        host = self.host()
        if host is not None:
            if sources:
                host.start(sources)
            else:
                host.stop()
        self.units_saved_label.setText(
            self.tr("Saved. Listening on this computer.")
            if sources
            else self.tr("Saved. No unit on this computer.")
        )
        self.sources_saved.emit(sources)

    @Slot(str, str)
    def _status_changed(self, spec: str, state: str) -> None:
        for row, source in enumerate(self.sources()):
            item = self.units.item(row, STATE)
            if source.spec() == spec and item is not None:
                item.setText(self._state_text(state))

    @Slot()
    def simulate(self) -> None:
        host = self.host()
        if host is None:
            return
        number = host.simulate_call()
        self.units_saved_label.setText(self.tr("Simulated a call from {number}.").format(number=number))
