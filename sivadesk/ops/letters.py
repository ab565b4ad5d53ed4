"""Letters: drafts, registration (a gapless number taken in the caller's transaction), voiding, and
reading under classification rules enforced here, in the service layer.

Life of a letter: ``draft`` (editable, deletable, no number) -> :func:`register_letter` (``registered``:
number frozen, never deleted) -> ``sent`` / ``archived``; a numbered letter may be voided
(:func:`void_letter`): it keeps its number, with the reason and an audit entry.

Who may see a letter above ``normal``: its creator, its signer, and roles cleared for its level.

=============  ===================================================================
Role           Highest classification it may read (besides its own / signed letters)
=============  ===================================================================
admin          top_secret (all letters)
manager        secret
agent          normal
receptionist   normal
=============  ===================================================================

A letter the actor may not see is reported as not existing (its existence is itself information),
for :func:`get_letter` and for its attachments (``attachments.OWNER_CHECKS["letter"]``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, check_choice
from sivadesk.letters.numbering import next_number, period_key
from sivadesk.models import (
    CLASSIFICATION_LEVELS,
    Classification,
    Contact,
    Letter,
    LetterStatus,
    Register,
    RegisterScope,
    Role,
    Urgency,
    User,
    utcnow,
)
from sivadesk.ops import attachments
from sivadesk.ops.activity import add_activity
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

# role -> the highest classification it may read (the table in this module's docstring).
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


def _info(x: Letter) -> LetterInfo:
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
    )


def cleared_levels(actor: Actor) -> list[str]:
    """The classifications ``actor``'s role may read whoever wrote or signs the letter."""
    top = CLASSIFICATION_LEVELS[CLEARANCE[actor.role].value]
    return [c for c, rank in CLASSIFICATION_LEVELS.items() if rank <= top]


def _visible_clause(actor: Actor) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = [Letter.classification.in_(cleared_levels(actor))]
    if actor.user_id is not None:
        clauses += [Letter.creator_id == actor.user_id, Letter.signer_user_id == actor.user_id]
    return or_(*clauses)


def may_see(actor: Actor, letter: Letter) -> bool:
    if letter.classification in cleared_levels(actor):
        return True
    return actor.user_id is not None and actor.user_id in (letter.creator_id, letter.signer_user_id)


def _letter(session: Session, actor: Actor, letter_id: int) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None or not may_see(actor, letter):
        raise NotFound(what="Letter", id=letter_id)
    return letter


def _check_attachment_owner(session: Session, actor: Actor, letter_id: int) -> None:
    _letter(session, actor, letter_id)


# A letter's attachments and scans follow its classification.
attachments.OWNER_CHECKS["letter"] = _check_attachment_owner


def _subject(subject: str) -> str:
    if not subject.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A letter needs a subject."), field="subject")
    return subject.strip()[:500]


def _check_refs(
    session: Session,
    actor: Actor,
    contact_id: int | None,
    signer_user_id: int | None,
    in_reply_to_id: int | None,
) -> None:
    if contact_id is not None:
        c = session.get(Contact, contact_id)
        if c is None or c.deleted_at is not None:
            raise NotFound(what="Contact", id=contact_id)
    if signer_user_id is not None and session.get(User, signer_user_id) is None:
        raise NotFound(what="User", id=signer_user_id)
    if in_reply_to_id is not None:
        _letter(session, actor, in_reply_to_id)


def create_draft(
    session: Session,
    actor: Actor,
    register_id: int,
    subject: str,
    body: str = "",
    *,
    urgency: str = Urgency.NORMAL,
    classification: str = Classification.NORMAL,
    contact_id: int | None = None,
    their_number: str = "",
    their_date: dt.date | None = None,
    signer_user_id: int | None = None,
    signer_title: str = "",
    in_reply_to_id: int | None = None,
) -> LetterInfo:
    """A new draft in a register (no number yet); its direction is the register's."""
    actor.require("letters.write")
    register = session.get(Register, register_id)
    if register is None:
        raise NotFound(what="Register", id=register_id)
    _check_refs(session, actor, contact_id, signer_user_id, in_reply_to_id)
    x = Letter(
        register_id=register.id,
        direction=register.direction,
        status=LetterStatus.DRAFT.value,
        subject=_subject(subject),
        body=body,
        urgency=check_choice(urgency, Urgency, "urgency"),
        classification=check_choice(classification, Classification, "classification"),
        contact_id=contact_id,
        their_number=their_number.strip(),
        their_date=their_date,
        signer_user_id=signer_user_id,
        signer_title=signer_title.strip(),
        creator_id=actor.user_id,
        in_reply_to_id=in_reply_to_id,
        period="",
        scope_key="",
        number="",
        void_reason="",
    )
    session.add(x)
    session.flush()
    audit(session, actor, "create", "letter", x.id, x.subject)
    emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return _info(x)


def _draft_only(x: Letter) -> None:
    if x.status != LetterStatus.DRAFT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Letter {number} is registered: only a draft can be changed or deleted."
            ),
            number=x.number,
        )


_EDITABLE = (
    "subject",
    "body",
    "urgency",
    "classification",
    "contact_id",
    "their_number",
    "their_date",
    "signer_user_id",
    "signer_title",
    "in_reply_to_id",
)


def update_draft(session: Session, actor: Actor, letter_id: int, **fields: Any) -> LetterInfo:
    """Change a draft's fields (any of :data:`_EDITABLE`); a registered letter is refused."""
    actor.require("letters.write")
    x = _letter(session, actor, letter_id)
    _draft_only(x)
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"update_draft: not editable: {sorted(unknown)}")
    new = dict(fields)
    if "subject" in new:
        new["subject"] = _subject(new["subject"])
    if "urgency" in new:
        new["urgency"] = check_choice(new["urgency"], Urgency, "urgency")
    if "classification" in new:
        new["classification"] = check_choice(new["classification"], Classification, "classification")
    if new.get("in_reply_to_id") == x.id:
        new["in_reply_to_id"] = None
    _check_refs(session, actor, new.get("contact_id"), new.get("signer_user_id"), new.get("in_reply_to_id"))
    changes = {k: [getattr(x, k), v] for k, v in new.items() if getattr(x, k) != v}
    for k, (_old, value) in changes.items():
        setattr(x, k, value)
    if changes:
        session.flush()
        logged = {k: ([str(a), str(b)] if k == "their_date" else [a, b]) for k, (a, b) in changes.items()}
        logged.pop("body", None)
        audit(session, actor, "update", "letter", x.id, x.subject, logged)
        emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return _info(x)


def delete_draft(session: Session, actor: Actor, letter_id: int) -> None:
    """Delete a draft. There is no way to delete a numbered letter: void it instead."""
    actor.require("letters.write")
    x = _letter(session, actor, letter_id)
    _draft_only(x)
    subject = x.subject
    session.delete(x)
    session.flush()
    audit(session, actor, "delete", "letter", letter_id, subject)
    emit(session, "letter.deleted", "letter", letter_id, {}, actor)


def register_letter(
    session: Session, actor: Actor, letter_id: int, when: dt.date, dept_code: str | None = None
) -> LetterInfo:
    """Give a draft its number, in the caller's transaction (a rollback gives the number back).

    ``when`` is the registration date in the office's time zone (it chooses the counter's period);
    ``dept_code`` the department of a per-department register. Commit soon after: until then other
    registrations in the same register wait.
    """
    actor.require("letters.register")
    x = _letter(session, actor, letter_id)
    if x.status != LetterStatus.DRAFT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is already registered."), number=x.number
        )
    register = session.get(Register, x.register_id)
    if register is None:  # pragma: no cover - the foreign key forbids it
        raise NotFound(what="Register", id=x.register_id)
    seq, number = next_number(session, actor, register.id, when, dept_code)
    x.seq = seq
    x.number = number
    x.period = period_key(register, when)
    x.scope_key = (dept_code or "") if register.scope == RegisterScope.DEPARTMENT else ""
    x.status = LetterStatus.REGISTERED.value
    x.registered_at = utcnow()
    session.flush()
    audit(session, actor, "register", "letter", x.id, f"{number} {x.subject}", {"number": [None, number]})
    emit(session, "letter.registered", "letter", x.id, {"number": number, "register_id": register.id}, actor)
    if x.contact_id is not None:
        add_activity(
            session,
            actor,
            x.contact_id,
            "letter",
            f"{number} — {x.subject}",
            item_type="letter",
            item_id=x.id,
            occurred_at=x.registered_at,
        )
    return _info(x)


def void_letter(session: Session, actor: Actor, letter_id: int, reason: str) -> LetterInfo:
    """Void a numbered letter: it keeps its number (no gap, no reuse); the reason is kept and audited."""
    actor.require("letters.void")
    x = _letter(session, actor, letter_id)
    if not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Voiding a letter needs a reason."), field="void_reason"
        )
    if x.status == LetterStatus.DRAFT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A draft has no number to void: delete it instead.")
        )
    if x.status == LetterStatus.VOID:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is already void."), number=x.number
        )
    old = x.status
    x.status = LetterStatus.VOID.value
    x.void_reason = reason.strip()
    session.flush()
    audit(
        session,
        actor,
        "void",
        "letter",
        x.id,
        f"{x.number} {x.subject}",
        {"status": [old, x.status], "void_reason": [None, x.void_reason]},
    )
    emit(session, "letter.voided", "letter", x.id, {"number": x.number}, actor)
    return _info(x)


def get_letter(session: Session, actor: Actor, letter_id: int) -> LetterInfo:
    """The letter, or :class:`NotFound` when it does not exist or ``actor`` may not see it."""
    return _info(_letter(session, actor, letter_id))


def list_letters(
    session: Session,
    actor: Actor,
    register_id: int | None = None,
    status: str | None = None,
    contact_id: int | None = None,
    limit: int = 200,
    before_id: int | None = None,
) -> list[LetterInfo]:
    """Letters ``actor`` may see, newest first (keyset paging on id)."""
    q = select(Letter).where(_visible_clause(actor)).order_by(Letter.id.desc()).limit(limit)
    if register_id is not None:
        q = q.where(Letter.register_id == register_id)
    if status is not None:
        q = q.where(Letter.status == status)
    if contact_id is not None:
        q = q.where(Letter.contact_id == contact_id)
    if before_id is not None:
        q = q.where(Letter.id < before_id)
    return [_info(x) for x in session.scalars(q)]
