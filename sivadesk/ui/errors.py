"""Showing errors: domain errors in the user's language, anything else logged with its traceback
and shown in a dialog (never swallowed)."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sivadesk.errors import SivaError

log = logging.getLogger("sivadesk.ui")


def message_of(exc: BaseException) -> str:
    """The translated message of a domain error, or a generic sentence for anything else."""
    if isinstance(exc, SivaError):
        template = QCoreApplication.translate("errors", exc.template)
        params = dict(exc.params)
        if isinstance(params.get("what"), str):
            # An entity name from sivadesk.errors.ENTITY_NAMES ("Contact", "User", ...): English in
            # the core, translated here like the template. Other parameters are data, kept as is.
            params["what"] = QCoreApplication.translate("errors", params["what"])
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):
            return str(exc)
    return QCoreApplication.translate("errors", "Something went wrong.")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    title = title or QCoreApplication.translate("errors", "SivaDesk")
    if isinstance(exc, SivaError):
        log.info("shown to user: %s", exc)
        QMessageBox.warning(parent, title, message_of(exc))
        return
    log.error("unexpected error", exc_info=exc)
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, message_of(exc), QMessageBox.StandardButton.Ok, parent
    )
    box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
