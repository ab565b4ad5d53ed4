"""Domain errors raised by the service layer; the UI shows their (translated) message.

Messages are marked with ``QT_TRANSLATE_NOOP`` so that lupdate collects them under the
"errors" context while this module stays Qt-free.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class SivaError(Exception):
    """Base of every error the user may see. ``message`` is English with ``{placeholders}``."""

    message = QT_TRANSLATE_NOOP("errors", "Something went wrong.")

    def __init__(self, message: str | None = None, **params: Any) -> None:
        self.template = message or self.message
        self.params = params
        super().__init__(self.template.format(**params) if params else self.template)


class PermissionDenied(SivaError):
    message = QT_TRANSLATE_NOOP("errors", "You are not allowed to do this ({permission}).")


# What a :class:`NotFound` can be about: ``what`` is one of these English names, which the UI
# translates in the "errors" context before filling the message (marked here so lupdate sees them).
ENTITY_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("errors", "Contact"),
    QT_TRANSLATE_NOOP("errors", "User"),
    QT_TRANSLATE_NOOP("errors", "Department"),
    QT_TRANSLATE_NOOP("errors", "Tag"),
    QT_TRANSLATE_NOOP("errors", "Attachment"),
    QT_TRANSLATE_NOOP("errors", "Register"),
    QT_TRANSLATE_NOOP("errors", "Letter"),
    QT_TRANSLATE_NOOP("errors", "Letter link"),
    QT_TRANSLATE_NOOP("errors", "Referral step"),
    QT_TRANSLATE_NOOP("errors", "Fax"),
    QT_TRANSLATE_NOOP("errors", "Call"),
    QT_TRANSLATE_NOOP("errors", "Saved search"),
    QT_TRANSLATE_NOOP("errors", "Task"),
    QT_TRANSLATE_NOOP("errors", "Appointment"),
)


class NotFound(SivaError):
    """``what`` is one of :data:`ENTITY_NAMES`; ``id`` the id (or name) that was asked for."""

    message = QT_TRANSLATE_NOOP("errors", "{what} {id} does not exist.")


class ValidationError(SivaError):
    message = QT_TRANSLATE_NOOP("errors", "The form has errors.")

    def __init__(self, message: str | None = None, field: str | None = None, **params: Any) -> None:
        super().__init__(message, **params)
        self.field = field


def check_choice(value: str, allowed: Iterable[Any], field: str) -> str:
    """``value`` if it is one of the enum ``allowed``'s values, else a :class:`ValidationError`."""
    values = [m.value for m in allowed]
    if value not in values:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid {setting}; use one of: {allowed}."),
            field=field,
            setting=field,
            value=value,
            allowed=", ".join(values),
        )
    return str(value)


class AuthenticationFailed(SivaError):
    message = QT_TRANSLATE_NOOP("errors", "Wrong user name or password.")


class DatabaseUnavailable(SivaError):
    message = QT_TRANSLATE_NOOP("errors", "The database at {url} does not answer: {reason}")


class SchemaTooNew(SivaError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This database was upgraded by a newer SivaDesk (schema {found}); this version knows up to {known}. "
        "Install the newer SivaDesk to open it.",
    )


class AttachmentDamaged(SivaError):
    """Stored bytes no longer match their sha256: reported, never served."""

    message = QT_TRANSLATE_NOOP("errors", "The stored file {name} is damaged.")


class ConversionFailed(SivaError):
    """LibreOffice could not turn a document into PDF (not installed, failed, or timed out)."""

    message = QT_TRANSLATE_NOOP("errors", "The document could not be converted to PDF: {reason}")
    missing = QT_TRANSLATE_NOOP(
        "errors", "LibreOffice is not installed on this computer: choose the built-in PDF engine."
    )
    timeout = QT_TRANSLATE_NOOP(
        "errors", "LibreOffice did not finish converting the document within {seconds} seconds."
    )


class FontMissing(SivaError):
    """The built-in PDF renderer found no font for a script the letter uses."""

    message = QT_TRANSLATE_NOOP("errors", "No font is installed for printing letters (install {package}).")
    persian = QT_TRANSLATE_NOOP(
        "errors", "No Persian font is installed for printing Persian letters (install {package})."
    )
