"""Letters as the services see them: the :class:`LetterInfo` handed to callers, who may see which
letter (classification), and the small checks every letter service shares.

Who may see a letter above ``normal``: its creator, its signer, users it was referred to, users it
is addressed or copied to by name once it is registered, and roles cleared for its level.

=============  ===================================================================
Role           Highest classification it may read (besides its own / signed letters)
=============  ===================================================================
admin          top_secret (all letters)
manager        secret
agent          normal
receptionist   normal
=============  ===================================================================

A letter the actor may not see is reported as not existing (its existence is itself information),
by :func:`load` and therefore by every service, and for its attachments
(``attachments.OWNER_CHECKS["letter"]``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, or_, select, true
from sqlalchemy.orm import Session, object_session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from sivadesk.models import (
    CLASSIFICATION_LEVELS,
    Classification,
    Letter,
    LetterRecipient,
    LetterStatus,
    LetterTag,
    RecipientKind,
    Role,
)
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit

CLEARANCE: dict[Role, Classification] = {
    Role.ADMIN: Classification.TOP_SECRET,
    Role.MANAGER: Classification.SECRET,
    Role.AGENT: Classification.NORMAL,
    Role.RECEPTIONIST: Classification.NORMAL,
}


@dataclass(frozen=True, slots=True)
class LetterInfo:
    id: int
    register_id: int
    seq: int | None
    number: str
    status: str
    direction: str
    urgency: str
    classification: str
    subject: str
    body: str
    contact_id: int | None
    their_number: str
    their_date: dt.date | None
    signer_user_id: int | None
    signer_title: str
    creator_id: int | None
    created_at: dt.datetime
    registered_at: dt.datetime | None
    sent_at: dt.datetime | None
    in_reply_to_id: int | None
    void_reason: str
    category: str = ""
    kind: str = ""
    tags: tuple[str, ...] = ()
    sender_department_id: int | None = None
    scheduled_send_at: dt.datetime | None = None
    reminder_at: dt.datetime | None = None
    reminder_note: str = ""
    reminder_user_id: int | None = None
    reminder_dismissed_at: dt.datetime | None = None
    approved_at: dt.datetime | None = None
    approved_by_id: int | None = None
    archived_at: dt.datetime | None = None
    archive_sha256: str = ""
    retention_class: str = ""

    @property
    def approved(self) -> bool:
        """The signer has approved this letter (printing adds the signature only then)."""
        return self.approved_at is not None


def tags_of(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    for i in range(0, len(ids), 500):
        rows = session.execute(
            select(LetterTag.letter_id, LetterTag.name)
            .where(LetterTag.letter_id.in_(ids[i : i + 500]))
            .order_by(LetterTag.letter_id, LetterTag.name_norm)
        )
        for letter_id, name in rows:
            found[letter_id].append(name)
    return {k: tuple(v) for k, v in found.items()}


def info_of(x: Letter, tags: tuple[str, ...] = ()) -> LetterInfo:
    return LetterInfo(
        x.id,
        x.register_id,
        x.seq,
        x.number,
        x.status,
        x.direction,
        x.urgency,
        x.classification,
        x.subject,
        x.body,
        x.contact_id,
        x.their_number,
        x.their_date,
        x.signer_user_id,
        x.signer_title,
        x.creator_id,
        x.created_at,
        x.registered_at,
        x.sent_at,
        x.in_reply_to_id,
        x.void_reason,
        x.category,
        x.kind,
        tags,
        x.sender_department_id,
        x.scheduled_send_at,
        x.reminder_at,
        x.reminder_note,
        x.reminder_user_id,
        x.reminder_dismissed_at,
        x.approved_at,
        x.approved_by_id,
        x.archived_at,
        x.archive_sha256,
        x.retention_class,
    )


def info(session: Session, x: Letter) -> LetterInfo:
    """``x`` as a :class:`LetterInfo` with its tags."""
    return info_of(x, tags_of(session, [x.id])[x.id])


def cleared_levels(actor: Actor) -> list[str]:
    """The classifications ``actor``'s role may read whoever wrote or signs the letter."""
    top = CLASSIFICATION_LEVELS[CLEARANCE[actor.role].value]
    return [c for c, rank in CLASSIFICATION_LEVELS.items() if rank <= top]


def visible_clause(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on :class:`Letter` keeping the letters ``actor`` may see (for other queries)."""
    levels = cleared_levels(actor)
    if len(levels) == len(CLASSIFICATION_LEVELS):
        return true()  # cleared for every level: no need to ask who wrote, signs or received it
    clauses: list[ColumnElement[bool]] = [Letter.classification.in_(levels)]
    if actor.user_id is not None:
        from sivadesk.ops.referrals import referred_clause  # lazily: referrals imports this module

        clauses += [
            Letter.creator_id == actor.user_id,
            Letter.signer_user_id == actor.user_id,
            referred_clause(actor, "letter", Letter.id),  # a letter referred to the actor
            and_(  # a numbered letter addressed or copied to the actor by name
                Letter.status != LetterStatus.DRAFT.value,
                Letter.id.in_(_addressed_to(actor.user_id)),
            ),
        ]
    return or_(*clauses)


def _addressed_to(user_id: int) -> Select[int]:
    return select(LetterRecipient.letter_id).where(
        LetterRecipient.kind == RecipientKind.USER.value, LetterRecipient.user_id == user_id
    )


def may_see(actor: Actor, letter: Letter) -> bool:
    if letter.classification in cleared_levels(actor):
        return True
    if actor.user_id is None:
        return False
    if actor.user_id in (letter.creator_id, letter.signer_user_id):
        return True
    from sivadesk.ops.referrals import is_referred_to  # lazily: referrals imports this module

    session = object_session(letter)
    if session is None:
        return False
    if letter.status != LetterStatus.DRAFT and session.scalar(
        _addressed_to(actor.user_id).where(LetterRecipient.letter_id == letter.id).limit(1)
    ):
        return True
    return is_referred_to(session, actor, "letter", letter.id)


def load(session: Session, actor: Actor, letter_id: int) -> Letter:
    """The letter, or :class:`NotFound` when it does not exist or ``actor`` may not see it."""
    letter = session.get(Letter, letter_id)
    if letter is None or not may_see(actor, letter):
        raise NotFound(what="Letter", id=letter_id)
    return letter


def content_frozen_error(x: Letter) -> ValidationError:
    if x.status == LetterStatus.ARCHIVED:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Letter {number} is archived: its content is frozen, only its details can change."
            ),
            number=x.number,
        )
    return ValidationError(
        QT_TRANSLATE_NOOP("errors", "Letter {number} is registered: only a draft can be changed or deleted."),
        number=x.number,
    )


def draft_only(x: Letter) -> None:
    if x.status != LetterStatus.DRAFT:
        raise content_frozen_error(x)


def withdraw_approval(session: Session, actor: Actor, x: Letter, reason: str) -> None:
    """Clear the signer's approval of ``x`` (audited as ``unapprove``)."""
    old = x.approved_at
    x.approved_at = None
    x.approved_by_id = None
    session.flush()
    audit(
        session,
        actor,
        "unapprove",
        "letter",
        x.id,
        f"{x.number} {x.subject}".strip(),
        {"approved_at": [old.isoformat() if old else None, None], "reason": [None, reason]},
    )


def aware(value: dt.datetime) -> dt.datetime:
    """``value`` if it carries a time zone (times are instants), else a TypeError: a caller's bug."""
    if value.tzinfo is None:
        raise TypeError("a naive datetime was given where an instant is needed")
    return value


def _check_attachment_owner(session: Session, actor: Actor, letter_id: int) -> None:
    load(session, actor, letter_id)


def check_attachment_change(session: Session, actor: Actor, letter_id: int) -> None:
    """May ``actor`` add or remove a file of this letter? Not when it may not see the letter
    (:class:`NotFound`), nor once the letter is archived (its content, files included, is frozen).
    Scans are added to registered letters too (an inbound letter is scanned after registration)."""
    x = load(session, actor, letter_id)
    if x.status == LetterStatus.ARCHIVED:
        raise content_frozen_error(x)


# A letter's attachments and scans follow its classification. Imported last: attachments imports
# the letter services, which import this module.
from sivadesk.ops import attachments  # noqa: E402

attachments.OWNER_CHECKS["letter"] = _check_attachment_owner
attachments.WRITE_CHECKS["letter"] = check_attachment_change
