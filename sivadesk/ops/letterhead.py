"""The letterhead and the images printed letters carry: the office's logo, address and seal (set by
administrators), each user's own signature image, and a register's print settings and custom template.

* Office images are blobs named in the office setting ``letterhead`` (``{"address": [...],
  "logo": sha256, "seal": sha256}``); every desktop reads the same.
* A signature is an attachment with ``owner_type`` ``"user_signature"`` and ``owner_id`` the user's
  id. Only that user (or an administrator) may set, read or remove it; printing reads it only for the
  signer of a letter the signer approved (:func:`sivadesk.letters.render.build_context`).
* A register's ``print_settings`` (see :mod:`sivadesk.letters.render`) are changed by administrators
  (``registers.manage``); a custom .docx template is stored as a blob and named there.
"""

from __future__ import annotations

import io
import logging
import zipfile
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from sivadesk.models import Attachment, OfficeSetting, Register, Role, User
from sivadesk.ops import attachments
from sivadesk.ops.context import Actor
from sivadesk.ops.office import get as office_get
from sivadesk.ops.records import audit, emit

log = logging.getLogger("sivadesk.letterhead")

KEY = "letterhead"
SIGNATURE_OWNER = "user_signature"
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


@dataclass(frozen=True, slots=True)
class Letterhead:
    office_name: str
    address: tuple[str, ...]
    logo_sha256: str
    seal_sha256: str


def _raw(session: Session) -> dict[str, Any]:
    row = session.get(OfficeSetting, KEY)
    value = row.value.get("v") if row is not None else None
    return dict(value) if isinstance(value, dict) else {}


def load(session: Session) -> Letterhead:
    raw = _raw(session)
    return Letterhead(
        office_name=str(office_get(session, "office_name")),
        address=tuple(str(line) for line in raw.get("address") or () if str(line).strip()),
        logo_sha256=str(raw.get("logo") or ""),
        seal_sha256=str(raw.get("seal") or ""),
    )


def check_image(data: bytes, field: str) -> str:
    """``"png"`` or ``"jpeg"``; anything else (or too big) is a :class:`ValidationError`."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The image is larger than {mb} MB."),
            field=field,
            mb=MAX_IMAGE_BYTES >> 20,
        )
    if data.startswith(_PNG):
        return "png"
    if data.startswith(_JPEG):
        return "jpeg"
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "The image must be a PNG or JPEG file."), field=field)


def _write(session: Session, actor: Actor, raw: dict[str, Any], what: str) -> None:
    row = session.get(OfficeSetting, KEY)
    if row is None:
        session.add(OfficeSetting(key=KEY, value={"v": raw}))
    else:
        row.value = {"v": raw}
    session.flush()
    audit(session, actor, "update", "office_setting", None, KEY, {what: [None, raw.get(what)]})
    emit(session, "office.settings", "office_setting", None, {"key": KEY}, actor)


def set_address(session: Session, actor: Actor, lines: list[str]) -> Letterhead:
    """The office address lines printed under its name (administrators)."""
    actor.require("office.settings")
    raw = _raw(session)
    raw["address"] = [line.strip()[:200] for line in lines if line.strip()][:6]
    _write(session, actor, raw, "address")
    return load(session)


def set_office_image(session: Session, actor: Actor, which: str, data: bytes | None) -> Letterhead:
    """Set (or clear, with ``None``) the office ``logo`` or ``seal`` image (administrators)."""
    actor.require("office.settings")
    if which not in ("logo", "seal"):
        raise ValueError(which)
    raw = _raw(session)
    if data is None:
        raw.pop(which, None)
    else:
        check_image(data, which)
        raw[which] = attachments.put_blob(session, data)
    _write(session, actor, raw, which)
    return load(session)


def office_image(session: Session, which: str) -> bytes | None:
    from sivadesk.letters.render import blob_bytes

    return blob_bytes(session, _raw(session).get(which))


# -- signatures ---------------------------------------------------------------------------------


def _own_or_admin(session: Session, actor: Actor, user_id: int) -> None:
    if actor.user_id != user_id and actor.role != Role.ADMIN:
        raise PermissionDenied(permission="signature")
    if session.get(User, user_id) is None:
        raise NotFound(what="User", id=user_id)


def _check_signature_owner(session: Session, actor: Actor, user_id: int) -> None:
    _own_or_admin(session, actor, user_id)


# A user's signature image is theirs: no one else lists or reads it through the attachments API.
attachments.OWNER_CHECKS[SIGNATURE_OWNER] = _check_signature_owner


def _signature_rows(session: Session, user_id: int) -> list[Attachment]:
    q = select(Attachment).where(Attachment.owner_type == SIGNATURE_OWNER, Attachment.owner_id == user_id)
    return list(session.scalars(q.order_by(Attachment.id.desc())))


def set_signature(session: Session, actor: Actor, user_id: int, filename: str, data: bytes) -> int:
    """Store ``user_id``'s signature image (the user themself or an administrator); replaces the old
    one. Returns the attachment id."""
    _own_or_admin(session, actor, user_id)
    kind = check_image(data, "signature")
    for old in _signature_rows(session, user_id):
        attachments.remove_attachment(session, actor, old.id)
    info = attachments.add_attachment(
        session, actor, SIGNATURE_OWNER, user_id, filename or f"signature.{kind}", data, f"image/{kind}"
    )
    log.info("signature image of user %s set by %s", user_id, actor.username)
    return info.id


def remove_signature(session: Session, actor: Actor, user_id: int) -> None:
    _own_or_admin(session, actor, user_id)
    for old in _signature_rows(session, user_id):
        attachments.remove_attachment(session, actor, old.id)


def get_signature(session: Session, actor: Actor, user_id: int) -> bytes | None:
    """The signature image, for the user themself (or an administrator) to see in the settings."""
    _own_or_admin(session, actor, user_id)
    return signature_bytes(session, user_id)


def signature_bytes(session: Session, user_id: int) -> bytes | None:
    """The signature image printing uses (no actor check: the caller checked the signer approved).

    Only an image the user uploaded themself, or an administrator for them, counts: a signature
    attached by anyone else through the generic attachments API is ignored."""
    from sivadesk.letters.render import blob_bytes

    for row in _signature_rows(session, user_id):
        by = session.get(User, row.created_by) if row.created_by is not None else None
        if row.created_by == user_id or (by is not None and by.role == Role.ADMIN):
            return blob_bytes(session, row.sha256)
        log.warning(
            "ignoring signature attachment %s of user %s: added by user %s", row.id, user_id, row.created_by
        )
    return None


# -- register print settings ----------------------------------------------------------------------


def get_print_settings(session: Session, actor: Actor, register_id: int) -> dict[str, Any]:
    from sivadesk.letters.render import print_settings

    register = session.get(Register, register_id)
    if register is None:
        raise NotFound(what="Register", id=register_id)
    return print_settings(register)


def set_print_settings(
    session: Session, actor: Actor, register_id: int, settings: dict[str, Any]
) -> dict[str, Any]:
    """Change a register's print settings (administrators): ``settings`` are merged into the
    current ones, checked, and saved through :func:`sivadesk.ops.registers.update_register`."""
    from sivadesk.letters.render import check_print_settings, print_settings
    from sivadesk.ops.registers import update_register

    actor.require("registers.manage")
    register = session.get(Register, register_id)
    if register is None:
        raise NotFound(what="Register", id=register_id)
    new = check_print_settings({**(register.print_settings or {}), **settings})
    update_register(session, actor, register_id, print_settings=new)
    return print_settings(register)


def set_custom_template(
    session: Session, actor: Actor, register_id: int, filename: str, data: bytes, language: str = "fr"
) -> dict[str, Any]:
    """Store a register's own .docx template (administrators) and choose it for the register.

    ``language`` says which language's labels and digits its fields are filled with."""
    actor.require("registers.manage")
    from sivadesk.letters.render import LANGUAGES

    if len(data) > MAX_TEMPLATE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is larger than {mb} MB."), mb=MAX_TEMPLATE_BYTES >> 20
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            ok = "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        ok = False
    if not ok:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a Word (.docx) document."),
            field="template",
            name=filename,
        )
    if language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a letter template."), field="template", value=language
        )
    sha = attachments.put_blob(session, data)
    custom = {
        "sha256": sha,
        "filename": filename.replace("\\", "/").rsplit("/", 1)[-1][:200],
        "language": language,
    }
    return set_print_settings(session, actor, register_id, {"template": "custom", "custom_template": custom})
