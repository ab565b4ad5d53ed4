"""About: versions, the database in use and its schema revision, where the log file is."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import Qt, Slot, qVersion
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

import sivadesk
from sivadesk import paths
from sivadesk.db import redact
from sivadesk.ui.context import UiContext
from sivadesk.ui.i18n import align_leading, technical


def _value(text: str = "", ltr: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return technical(label) if ltr else align_leading(label)


class AboutPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("SivaDesk"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(self.tr("Contacts, letters, faxes and calls for the whole office."))
        blurb.setWordWrap(True)
        align_leading(title)
        align_leading(blurb)

        self.version = _value(sivadesk.__version__)
        self.database = _value(redact(ctx.db.url))
        self.dialect = _value(ctx.db.dialect)
        self.revision = _value("…")
        self.log_file = _value(str(ctx.extras.get("log_file") or paths.log_dir() / "sivadesk.log"))
        self.qt = _value(
            self.tr("Qt {qt}, PySide {pyside}, Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=sys.version.split()[0]
            ),
            ltr=False,
        )
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("Database type:"), self.dialect)
        form.addRow(self.tr("Schema revision:"), self.revision)
        form.addRow(self.tr("Log file:"), self.log_file)
        form.addRow(self.tr("Libraries:"), self.qt)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(12)
        layout.addLayout(form)
        layout.addStretch(1)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        from sivadesk import migrate

        def revision(_s: Session) -> str:
            return migrate.current_revision(self.ctx.db) or ""

        self.ctx.runner.submit(revision, self._show_revision, read_only=True)

    @Slot(object)
    def _show_revision(self, revision: str) -> None:
        self.revision.setText(revision or self.tr("none"))
