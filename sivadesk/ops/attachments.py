"""Attachments: content-addressed bytes (sha256, stored once) plus per-use metadata.

The bytes live in the database's ``blob`` table in both modes (SQLite file or shared PostgreSQL):
every desktop of a shared office reaches them through the one connection it already has, they
commit or roll back with the letter/fax/contact that uses them, and one backup holds everything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, AttachmentDamaged, NotFound, ValidationError
from sivadesk.models import Attachment, Blob
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

log = logging.getLogger("sivadesk.attachments")
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    sha256: str
    filename: str
    mime_type: str
    size: int
    owner_type: str
    owner_id: int
    description: str
    created_at: dt.datetime


def _info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        a.id, a.sha256, a.filename, a.mime_type, a.size, a.owner_type, a.owner_id, a.description, a.created_at
    )


def put_blob(session: Session, data: bytes) -> str:
    """Store ``data`` once and return its sha256 (the same bytes twice are stored once)."""
    if len(data) > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is larger than {mb} MB."), mb=MAX_BYTES >> 20
        )
    digest = hashlib.sha256(data).hexdigest()
    # Ask for the key only: session.get() would load (possibly) hundreds of MB just to learn
    # that the bytes are already stored.
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == digest)) is None:
        session.add(Blob(sha256=digest, size=len(data), data=bytes(data)))
        session.flush()
    return digest


def add_attachment(
    session: Session,
    actor: Actor,
    owner_type: str,
    owner_id: int,
    filename: str,
    data: bytes,
    mime_type: str | None = None,
    description: str = "",
) -> AttachmentInfo:
    _may_change(session, actor, owner_type, owner_id)
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()[:255]
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An attachment needs a file name."), field="filename"
        )
    digest = put_blob(session, data)
    a = Attachment(
        sha256=digest,
        filename=name,
        mime_type=mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
        size=len(data),
        owner_type=owner_type,
        owner_id=owner_id,
        description=description,
        created_by=actor.user_id,
    )
    session.add(a)
    session.flush()
    audit(session, actor, "attach", owner_type, owner_id, name, {"sha256": digest})
    emit(session, "attachment.added", owner_type, owner_id, {"attachment_id": a.id}, actor)
    return _info(a)


#: owner_type -> check(session, actor, owner_id), raising when ``actor`` may not see that item.
#: Features whose items are not visible to everyone (classified letters...) register theirs here.
OWNER_CHECKS: dict[str, Callable[[Session, Actor, int], None]] = {
    "contact": lambda _s, actor, _id: actor.require("contacts.read"),
}


#: owner_type -> check(session, actor, owner_id) before a file is added or removed; without one
#: the read check applies (whoever may see an item may attach to it). Letters refuse changes once
#: archived (their content is frozen).
WRITE_CHECKS: dict[str, Callable[[Session, Actor, int], None]] = {}


def _may_change(session: Session, actor: Actor, owner_type: str, owner_id: int) -> None:
    actor.require("attachments.write")
    check = WRITE_CHECKS.get(owner_type) or OWNER_CHECKS.get(owner_type)
    if check is not None:
        check(session, actor, owner_id)


def _may_see(session: Session, actor: Actor, owner_type: str, owner_id: int) -> None:
    actor.require("attachments.read")
    check = OWNER_CHECKS.get(owner_type)
    if check is not None:
        check(session, actor, owner_id)


def list_attachments(session: Session, actor: Actor, owner_type: str, owner_id: int) -> list[AttachmentInfo]:
    _may_see(session, actor, owner_type, owner_id)
    q = select(Attachment).where(Attachment.owner_type == owner_type, Attachment.owner_id == owner_id)
    return [_info(a) for a in session.scalars(q.order_by(Attachment.id))]


def read_attachment(session: Session, actor: Actor, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """The bytes, verified against their hash (a damaged store is reported, never served)."""
    a = session.get(Attachment, attachment_id)
    if a is None:
        raise NotFound(what="Attachment", id=attachment_id)
    _may_see(session, actor, a.owner_type, a.owner_id)
    blob = session.get(Blob, a.sha256)
    if blob is None or hashlib.sha256(blob.data).hexdigest() != a.sha256:
        log.error("attachment %s: stored bytes do not match sha256 %s", attachment_id, a.sha256)
        raise AttachmentDamaged(name=a.filename)
    return _info(a), bytes(blob.data)


def remove_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    """Detach the file; the bytes stay while another attachment still uses them."""
    a = session.get(Attachment, attachment_id)
    if a is None:
        raise NotFound(what="Attachment", id=attachment_id)
    _may_change(session, actor, a.owner_type, a.owner_id)
    session.delete(a)
    session.flush()
    if session.scalar(select(Attachment.id).where(Attachment.sha256 == a.sha256).limit(1)) is None:
        blob = session.get(Blob, a.sha256)
        if blob is not None:
            # Other records may hold the same bytes (a fax's pages, an archived letter's PDF):
            # their foreign keys refuse the delete, and the bytes stay.
            try:
                with session.begin_nested():
                    session.delete(blob)
                    session.flush()
            except IntegrityError:
                session.expire_all()
    audit(session, actor, "detach", a.owner_type, a.owner_id, a.filename)
    emit(session, "attachment.removed", a.owner_type, a.owner_id, {"attachment_id": attachment_id}, actor)


# Features that register an owner check are imported with this module, so that no caller can read a
# classified item's attachments merely because it never imported that feature (fail closed).
from sivadesk.ops import letter_access as _letter_access  # noqa: E402,F401  (OWNER_CHECKS["letter"])
from sivadesk.ops import letterhead as _letterhead  # noqa: E402,F401  (OWNER_CHECKS["user_signature"])
