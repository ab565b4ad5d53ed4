"""Settings: the fax modem plugged into this computer (port, class, our fax number, rings before
answering), with a button that asks the modem what it is."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from sivadesk.fax import class2
from sivadesk.fax.transport import ModemTimeout, SerialTransport
from sivadesk.ui.context import UiContext
from sivadesk.ui.fax_host import FaxHost, FaxModemConfig, parse_config

log = logging.getLogger(__name__)


def serial_ports() -> list[str]:
    try:
        from serial.tools import list_ports
    except ImportError:  # pragma: no cover - pyserial is a dependency
        return []
    return sorted(p.device for p in list_ports.comports())


class FaxSettingsBox(QGroupBox):
    probed = Signal(str)  # what the modem said, from the probing thread

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Fax modem on this computer"), parent)
        self.ctx = ctx
        self.port_combo = QComboBox()
        self.port_combo.setEditable(True)
        self.port_combo.addItem("")
        for port in serial_ports():
            self.port_combo.addItem(port)
        edit = self.port_combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("None: this computer has no fax modem"))
        self.class_combo = QComboBox()
        self.class_combo.addItem(self.tr("Class 2.0"), "2.0")
        self.class_combo.addItem(self.tr("Class 2"), "2")
        self.class_combo.addItem(self.tr("Class 1.0"), "1.0")
        self.class_combo.addItem(self.tr("Class 1"), "1")
        self.local_id_edit = QLineEdit()
        self.local_id_edit.setMaxLength(20)
        self.local_id_edit.setPlaceholderText("+33 4 78 12 34 56")
        self.rings_spin = QSpinBox()
        self.rings_spin.setRange(0, 9)
        self.rings_spin.setSpecialValueText(self.tr("Never answer"))
        self.test_button = QPushButton(self.tr("Test the modem"))
        self.save_button = QPushButton(self.tr("Save"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Serial port:"), self.port_combo)
        form.addRow(self.tr("Fax class:"), self.class_combo)
        form.addRow(self.tr("Our fax number (sent to the far end):"), self.local_id_edit)
        form.addRow(self.tr("Answer incoming faxes after (rings):"), self.rings_spin)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.status)
        self.test_button.clicked.connect(self.test_modem)
        self.save_button.clicked.connect(self.save)
        self.probed.connect(self._probed)
        self.load()

    @Slot(str)
    def _probed(self, text: str) -> None:
        self.status.setText(text)
        self.test_button.setEnabled(True)

    def load(self) -> None:
        config = parse_config(str(self.ctx.settings.get("fax_modem"))) or FaxModemConfig("")
        self.port_combo.setCurrentText(config.port)
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(config.fax_class)))
        self.local_id_edit.setText(config.local_id)
        self.rings_spin.setValue(config.rings)

    def config(self) -> FaxModemConfig:
        return FaxModemConfig(
            self.port_combo.currentText().strip(),
            str(self.class_combo.currentData()),
            self.local_id_edit.text().strip(),
            self.rings_spin.value(),
        )

    @Slot()
    def save(self) -> None:
        config = self.config()
        self.ctx.settings.set("fax_modem", config.spec if config.port else "")
        host = self.ctx.extras.get("fax_host")
        if isinstance(host, FaxHost):
            if config.port:
                host.start(config)
            else:
                host.stop()
        self.status.setText(
            self.tr("Saved: this computer sends and receives the office's faxes.")
            if config.port
            else self.tr("Saved: this computer has no fax modem.")
        )

    @Slot()
    def test_modem(self) -> threading.Thread | None:
        port = self.port_combo.currentText().strip()
        if not port:
            self.status.setText(self.tr("Choose the modem's serial port first."))
            return None
        host = self.ctx.extras.get("fax_host")
        if isinstance(host, FaxHost) and host.running:
            self.status.setText(self.tr("The fax service is using the modem; it was tested when it started."))
            return None
        self.status.setText(self.tr("Asking the modem…"))
        self.test_button.setEnabled(False)

        def ask() -> None:
            try:
                with SerialTransport(port) as transport:
                    info = transport.run_steps(class2.probe())
                best = info.best_class
                if best:
                    text = self.tr(
                        "{maker} {model}: fax classes {classes}. SivaDesk will use class {best}."
                    ).format(
                        maker=info.manufacturer,
                        model=info.model,
                        classes=", ".join(info.classes),
                        best=best,
                    )
                else:
                    text = self.tr(
                        "{maker} {model} offers fax classes {classes} only: SivaDesk needs class 1, 1.0, 2 or 2.0."
                    ).format(
                        maker=info.manufacturer, model=info.model, classes=", ".join(info.classes) or "—"
                    )
            except (ModemTimeout, OSError) as exc:
                log.warning("fax modem test on %s: %s", port, exc)
                text = self.tr("The modem on {port} did not answer: {reason}").format(port=port, reason=exc)
            self.probed.emit(text)  # the GUI thread shows it (_probed)

        thread = threading.Thread(target=ask, daemon=True)
        thread.start()
        return thread
