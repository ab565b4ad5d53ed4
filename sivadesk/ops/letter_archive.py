"""Archiving a letter: its content frozen as a PDF, stored with its SHA-256, with a retention class.

:func:`archive_letter` renders the letter's PDF as it stands (the register's template and engine;
signature and seal when approved), stores the bytes as a blob (content-addressed, in the database,
committed with the status change) and records the hash through
:func:`sivadesk.ops.letters.mark_archived`. From then on :func:`sivadesk.letters.render.render_letter`
returns that stored PDF for the letter, whatever changes later (templates, office name, signature
images); its metadata (tags, category, retention class…) stays editable.
:func:`verify_archive` re-hashes the stored bytes: a changed or missing PDF is reported.

Retention classes (:data:`RETENTION_CLASSES`): how long the archived letter must be kept before it
may be disposed of. Nothing is ever deleted automatically; the class is recorded, shown and
searchable, and :func:`retention_until` says from when a letter may be disposed of.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, AttachmentDamaged, ValidationError
from sivadesk.models import Blob, Letter
from sivadesk.ops import attachments
from sivadesk.ops.context import Actor
from sivadesk.ops.letters import LetterInfo, get_letter, mark_archived
from sivadesk.ops.records import audit

log = logging.getLogger("sivadesk.letter_archive")

#: class -> years kept (None: permanently). "1y": routine correspondence; "5y": contracts and
#: quotes after their end; "10y": accounting documents (French Code de commerce L123-22);
#: "30y": personnel files, real estate; "permanent": never disposed of.
RETENTION_CLASSES: dict[str, int | None] = {
    "1y": 1,
    "5y": 5,
    "10y": 10,
    "30y": 30,
    "permanent": None,
}
RETENTION_LABELS: dict[str, str] = {
    "1y": QT_TRANSLATE_NOOP("letters", "1 year"),
    "5y": QT_TRANSLATE_NOOP("letters", "5 years"),
    "10y": QT_TRANSLATE_NOOP("letters", "10 years"),
    "30y": QT_TRANSLATE_NOOP("letters", "30 years"),
    "permanent": QT_TRANSLATE_NOOP("letters", "Permanent"),
}


@dataclass(frozen=True, slots=True)
class ArchiveCheck:
    """The result of :func:`verify_archive`."""

    letter_id: int
    number: str
    expected_sha256: str
    actual_sha256: str  # "" when the stored PDF is missing
    size: int

    @property
    def ok(self) -> bool:
        return bool(self.expected_sha256) and self.expected_sha256 == self.actual_sha256


def check_retention(retention_class: str) -> str:
    value = retention_class.strip()
    if value not in RETENTION_CLASSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a retention class; use one of: {allowed}."),
            field="retention_class",
            value=value,
            allowed=", ".join(RETENTION_CLASSES),
        )
    return value


def retention_until(archived_at: dt.datetime, retention_class: str) -> dt.date | None:
    """The first day the letter may be disposed of (None: keep permanently)."""
    years = RETENTION_CLASSES.get(retention_class)
    if years is None:
        return None
    day = archived_at.date()
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def archive_letter(session: Session, actor: Actor, letter_id: int, retention_class: str) -> LetterInfo:
    """Freeze the letter: render its PDF, store it, record its hash and retention class, in the
    caller's transaction."""
    from sivadesk.letters.render import render_letter

    actor.require("letters.archive")
    klass = check_retention(retention_class)
    get_letter(session, actor, letter_id)  # NotFound when not visible, before rendering anything
    # One savepoint: a refusal by mark_archived (a draft, a void or already archived letter) takes
    # the stored PDF back with it, even when the caller goes on and commits.
    with session.begin_nested():
        rendered = render_letter(session, actor, letter_id, "pdf")
        digest = attachments.put_blob(session, rendered.data)
        info = mark_archived(session, actor, letter_id, digest, klass)
    log.info(
        "letter %s archived: %d bytes, sha256 %s (%s)", letter_id, len(rendered.data), digest, rendered.engine
    )
    return info


def read_archived_pdf(session: Session, actor: Actor, letter_id: int) -> bytes:
    """The frozen PDF of an archived letter (verified against its hash)."""
    from sivadesk.letters.render import blob_bytes

    info = get_letter(session, actor, letter_id)
    letter = session.get(Letter, letter_id)
    assert letter is not None
    if not letter.archive_sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is not archived."), number=info.number
        )
    data = blob_bytes(session, letter.archive_sha256)
    if data is None:
        log.error("letter %s: archived PDF %s is missing", letter_id, letter.archive_sha256)
        raise AttachmentDamaged(name=f"{info.number}.pdf")
    return data


def verify_archive(session: Session, actor: Actor, letter_id: int) -> ArchiveCheck:
    """Re-hash the stored PDF of an archived letter and compare with the recorded hash; the check is
    audited (a mismatch is also logged as an error)."""
    info = get_letter(session, actor, letter_id)
    letter = session.get(Letter, letter_id)
    assert letter is not None
    if not letter.archive_sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is not archived."), number=info.number
        )
    blob = session.get(Blob, letter.archive_sha256)
    actual = hashlib.sha256(bytes(blob.data)).hexdigest() if blob is not None else ""
    check = ArchiveCheck(
        letter.id, letter.number, letter.archive_sha256, actual, blob.size if blob is not None else 0
    )
    if not check.ok:
        log.error(
            "letter %s: archived PDF does not match its hash (%s != %s)",
            letter.id,
            actual,
            letter.archive_sha256,
        )
    audit(
        session,
        actor,
        "verify_archive",
        "letter",
        letter.id,
        f"{letter.number} {'ok' if check.ok else 'MISMATCH'}",
        {"archive_sha256": [letter.archive_sha256, actual]},
    )
    return check
