"""What happens to a letter after registration: sending (now or at a scheduled time), archiving,
the signer's approval, and the sender's reminder.

``send_due`` is called by the application on a timer (and at start-up); it marks sent every
registered letter whose ``scheduled_send_at`` has come. ``due_reminders`` gives the signed-in user
the reminders whose time has come, late ones included (flagged ``late`` when more than a minute
overdue, e.g. after the desktop was off).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, ValidationError
from sivadesk.models import Letter, LetterStatus, utcnow
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_access import LetterInfo, aware, info, load, may_see, withdraw_approval
from sivadesk.ops.records import audit, emit


def _outgoing(x: Letter) -> None:
    if x.direction == "inbound":
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Letter {number} was received: only outgoing and internal letters are sent."
            ),
            number=x.number,
        )


def send(session: Session, actor: Actor, x: Letter, at: dt.datetime) -> None:
    """Mark ``x`` sent at ``at``; the checks and the records of :func:`mark_sent`."""
    _outgoing(x)
    if x.status == LetterStatus.DRAFT:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Register the letter before sending it."))
    if x.status != LetterStatus.REGISTERED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is not waiting to be sent."), number=x.number
        )
    x.status = LetterStatus.SENT.value
    x.sent_at = aware(at)
    session.flush()
    audit(
        session,
        actor,
        "send",
        "letter",
        x.id,
        f"{x.number} {x.subject}",
        {"status": [LetterStatus.REGISTERED.value, x.status], "sent_at": [None, x.sent_at.isoformat()]},
    )
    emit(session, "letter.sent", "letter", x.id, {"number": x.number}, actor)


def mark_sent(session: Session, actor: Actor, letter_id: int, at: dt.datetime | None = None) -> LetterInfo:
    """A registered outgoing or internal letter has left: ``sent`` at ``at`` (default now)."""
    actor.require("letters.send")
    when = aware(at) if at is not None else utcnow()
    x = load(session, actor, letter_id)
    send(session, actor, x, when)
    return info(session, x)


_SHA256 = re.compile(r"[0-9a-f]{64}")


def mark_archived(
    session: Session, actor: Actor, letter_id: int, archive_sha256: str, retention_class: str
) -> LetterInfo:
    """Archive a registered or sent letter whose frozen PDF has hash ``archive_sha256`` (the archive
    service stores the PDF). From now on its content cannot change; its metadata still can."""
    actor.require("letters.archive")
    x = load(session, actor, letter_id)
    if x.status == LetterStatus.DRAFT:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A draft cannot be archived: register it first."))
    if x.status == LetterStatus.ARCHIVED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is already archived."), number=x.number
        )
    if x.status == LetterStatus.VOID:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is void: it cannot be archived."), number=x.number
        )
    digest = archive_sha256.strip().lower()
    if not _SHA256.fullmatch(digest):
        raise ValueError(f"mark_archived: not a SHA-256 hex digest: {archive_sha256!r}")
    old = x.status
    x.status = LetterStatus.ARCHIVED.value
    x.archived_at = utcnow()
    x.archive_sha256 = digest
    x.retention_class = retention_class.strip()[:40]
    x.scheduled_send_at = None
    session.flush()
    audit(
        session,
        actor,
        "archive",
        "letter",
        x.id,
        f"{x.number} {x.subject}",
        {
            "status": [old, x.status],
            "archive_sha256": [None, digest],
            "retention_class": [None, x.retention_class],
        },
    )
    emit(session, "letter.archived", "letter", x.id, {"number": x.number}, actor)
    return info(session, x)


def schedule_send(session: Session, actor: Actor, letter_id: int, at: dt.datetime | None) -> LetterInfo:
    """Have a registered outgoing or internal letter marked sent at ``at`` by :func:`send_due`
    (``None`` cancels). A time already past is sent at the next :func:`send_due`."""
    actor.require("letters.send")
    x = load(session, actor, letter_id)
    if at is not None:
        aware(at)
        _outgoing(x)
        if x.status != LetterStatus.REGISTERED:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Only a registered letter that is not sent yet can be scheduled.")
            )
    old = x.scheduled_send_at
    if old == at:
        return info(session, x)
    x.scheduled_send_at = at
    session.flush()
    audit(
        session,
        actor,
        "schedule",
        "letter",
        x.id,
        f"{x.number} {x.subject}",
        {"scheduled_send_at": [old.isoformat() if old else None, at.isoformat() if at else None]},
    )
    emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return info(session, x)


def send_due(session: Session, now: dt.datetime) -> list[LetterInfo]:
    """Mark sent every registered letter whose scheduled time is ``now`` or earlier; return them.

    The application calls it on a timer on every desktop: on PostgreSQL the rows are locked
    (``SKIP LOCKED``), on SQLite writers are serialised, so each letter is sent once. Audited as the
    system; the caller shows a returned letter only to users who may see it (``may_see``).
    """
    aware(now)
    system = Actor.system()
    q = (
        select(Letter)
        .where(
            Letter.status == LetterStatus.REGISTERED.value,
            Letter.scheduled_send_at.is_not(None),
            Letter.scheduled_send_at <= now,
        )
        .order_by(Letter.scheduled_send_at, Letter.id)
        .limit(500)
    )
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update(skip_locked=True)
    sent: list[LetterInfo] = []
    for x in list(session.scalars(q)):
        if x.status != LetterStatus.REGISTERED or x.scheduled_send_at is None:  # pragma: no cover
            continue
        send(session, system, x, x.scheduled_send_at)
        sent.append(info(session, x))
    return sent


def _signer_only(actor: Actor, x: Letter) -> None:
    if actor.user_id is None or actor.user_id != x.signer_user_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only the signer of a letter can approve it."), field="signer_user_id"
        )


def approve_letter(session: Session, actor: Actor, letter_id: int) -> LetterInfo:
    """The signer approves the letter as it stands (printing then adds the signature). Only the
    letter's signer may; editing the subject, body or signer afterwards withdraws the approval."""
    x = load(session, actor, letter_id)
    _signer_only(actor, x)
    if x.status in (LetterStatus.VOID, LetterStatus.ARCHIVED):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is closed: it can no longer be approved."),
            number=x.number,
        )
    if x.approved_at is not None:
        return info(session, x)
    x.approved_at = utcnow()
    x.approved_by_id = actor.user_id
    session.flush()
    audit(
        session,
        actor,
        "approve",
        "letter",
        x.id,
        f"{x.number} {x.subject}".strip(),
        {"approved_at": [None, x.approved_at.isoformat()]},
    )
    emit(session, "letter.approved", "letter", x.id, {"status": x.status}, actor)
    return info(session, x)


def revoke_approval(session: Session, actor: Actor, letter_id: int) -> LetterInfo:
    """The signer takes the approval back (before printing, for instance)."""
    x = load(session, actor, letter_id)
    _signer_only(actor, x)
    if x.approved_at is not None:
        withdraw_approval(session, actor, x, reason="revoked")
        emit(session, "letter.approved", "letter", x.id, {"status": x.status}, actor)
    return info(session, x)


@dataclass(frozen=True, slots=True)
class ReminderInfo:
    letter_id: int
    number: str
    subject: str
    at: dt.datetime
    note: str
    late: bool  # more than LATE_AFTER overdue: the desktop was off or busy at the time


LATE_AFTER = dt.timedelta(minutes=1)


def set_reminder(
    session: Session, actor: Actor, letter_id: int, at: dt.datetime | None, note: str = ""
) -> LetterInfo:
    """Remind ``actor`` of this letter at ``at`` (``None`` removes the reminder). One reminder per
    letter: setting it again replaces it (and whose it is). Allowed on archived letters too."""
    actor.require("letters.write")
    x = load(session, actor, letter_id)
    if at is not None:
        aware(at)
    if actor.user_id is None and at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a signed-in user can set a reminder."))
    old = x.reminder_at
    x.reminder_at = at
    x.reminder_note = note.strip() if at is not None else ""
    x.reminder_user_id = actor.user_id if at is not None else None
    x.reminder_dismissed_at = None
    session.flush()
    audit(
        session,
        actor,
        "remind",
        "letter",
        x.id,
        f"{x.number} {x.subject}".strip(),
        {"reminder_at": [old.isoformat() if old else None, at.isoformat() if at else None]},
    )
    emit(session, "letter.reminder", "letter", x.id, {"user_id": x.reminder_user_id}, actor)
    return info(session, x)


def due_reminders(session: Session, actor: Actor, now: dt.datetime) -> list[ReminderInfo]:
    """``actor``'s reminders whose time has come and that are not dismissed, oldest first."""
    aware(now)
    if actor.user_id is None:
        return []
    rows = session.scalars(
        select(Letter)
        .where(
            Letter.reminder_user_id == actor.user_id,
            Letter.reminder_at.is_not(None),
            Letter.reminder_at <= now,
            Letter.reminder_dismissed_at.is_(None),
        )
        .order_by(Letter.reminder_at, Letter.id)
    )
    return [
        ReminderInfo(
            x.id, x.number, x.subject, x.reminder_at, x.reminder_note, now - x.reminder_at > LATE_AFTER
        )
        for x in rows
        if x.reminder_at is not None and may_see(actor, x)
    ]


def dismiss_reminder(session: Session, actor: Actor, letter_id: int) -> None:
    """``actor`` has seen the reminder: it is no longer due (the time and note stay on the letter)."""
    x = load(session, actor, letter_id)
    if x.reminder_user_id is None or x.reminder_user_id != actor.user_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This reminder is not yours."))
    if x.reminder_dismissed_at is None:
        x.reminder_dismissed_at = utcnow()
        session.flush()
        emit(session, "letter.reminder", "letter", x.id, {"user_id": x.reminder_user_id}, actor)
