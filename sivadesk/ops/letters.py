"""Letters: drafts, registration (a gapless number taken in the caller's transaction), voiding,
metadata, and lists under the classification rules of :mod:`sivadesk.ops.letter_access`.

Life of a letter::

    draft --register--> registered --mark_sent--> sent --mark_archived--> archived
                            |  (scheduled_send_at: send_due marks it sent)    ^
                            +-----------------mark_archived-------------------+
    any numbered letter --void_letter--> void (keeps its number)

A draft is editable and deletable and has no number. Registration freezes the number; a numbered
letter is never deleted. Content (subject, body, recipients, people) is edited on drafts only; an
archived letter's content is frozen for good (its stored PDF's hash is ``archive_sha256``), while its
metadata (category, type, tags, retention class, links, reminder) stays editable on every letter.
Sending, archiving, approval and reminders are in :mod:`sivadesk.ops.letter_workflow`; recipients
and links in :mod:`sivadesk.ops.letter_recipients`.

Registering a letter addressed to a contact group (a recipient of kind ``group``) follows its
register's ``group_mode``: ``per_recipient`` makes one letter per contact, each with its own number,
all in the caller's transaction; ``circular`` keeps one letter with every contact as a recipient.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sivadesk import textnorm
from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, check_choice
from sivadesk.letters.numbering import next_number, next_numbers, parse_template, period_key
from sivadesk.models import (
    Attachment,
    Classification,
    Contact,
    Department,
    GroupMode,
    Letter,
    LetterRecipient,
    LetterStatus,
    LetterTag,
    RecipientKind,
    Register,
    RegisterScope,
    Urgency,
    User,
    utcnow,
)
from sivadesk.ops.activity import add_activity
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_access import (
    CLEARANCE,
    LetterInfo,
    cleared_levels,
    content_frozen_error,
    draft_only,
    info,
    info_of,
    load,
    may_see,
    tags_of,
    visible_clause,
    withdraw_approval,
)
from sivadesk.ops.letter_groups import clone_letters, expand_groups, replace_recipients
from sivadesk.ops.letter_workflow import mark_archived, mark_sent
from sivadesk.ops.records import audit, emit
from sivadesk.ops.registers import letter_codes

__all__ = [
    "CLEARANCE",
    "LetterInfo",
    "cleared_levels",
    "content_frozen_error",
    "create_draft",
    "delete_draft",
    "draft_only",
    "get_letter",
    "info",
    "info_of",
    "list_letters",
    "load",
    "mark_archived",
    "mark_sent",
    "may_see",
    "register_letter",
    "register_letters",
    "update_details",
    "update_draft",
    "visible_clause",
    "void_letter",
]

MAX_TAGS = 20


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
    sender_department_id: int | None = None,
) -> None:
    if contact_id is not None:
        c = session.get(Contact, contact_id)
        if c is None or c.deleted_at is not None:
            raise NotFound(what="Contact", id=contact_id)
    if signer_user_id is not None and session.get(User, signer_user_id) is None:
        raise NotFound(what="User", id=signer_user_id)
    if in_reply_to_id is not None:
        load(session, actor, in_reply_to_id)
    if sender_department_id is not None and session.get(Department, sender_department_id) is None:
        raise NotFound(what="Department", id=sender_department_id)


def _code(session: Session, value: str, list_key: str, field: str) -> str:
    """A category or letter-type code from the office's list ("" for none)."""
    value = value.strip()
    if value and value not in {c.code for c in letter_codes(session, list_key)}:
        message = (
            QT_TRANSLATE_NOOP("errors", "{value} is not in the office's list of letter categories.")
            if field == "category"
            else QT_TRANSLATE_NOOP("errors", "{value} is not in the office's list of letter types.")
        )
        raise ValidationError(message, field=field, value=value)
    return value


def _clean_tags(tags: Iterable[str]) -> list[tuple[str, str]]:
    """(normalised, shown) pairs, duplicates dropped, in the order given."""
    seen: dict[str, str] = {}
    for raw in tags:
        name = re.sub(r"\s+", " ", raw).strip()[:100]
        norm = textnorm.normalize(name)[:100]
        if norm and norm not in seen:
            seen[norm] = name
    if len(seen) > MAX_TAGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A letter can have at most {count} tags."),
            field="tags",
            count=MAX_TAGS,
        )
    return list(seen.items())


def _set_tags(session: Session, letter_id: int, tags: Iterable[str]) -> tuple[str, ...]:
    session.execute(delete(LetterTag).where(LetterTag.letter_id == letter_id))
    pairs = _clean_tags(tags)
    for norm, name in pairs:
        session.add(LetterTag(letter_id=letter_id, name_norm=norm, name=name))
    session.flush()
    return tags_of(session, [letter_id])[letter_id]


def create_draft(
    session: Session,
    actor: Actor,
    register_id: int,
    subject: str,
    body: str = "",
    *,
    urgency: str = Urgency.NORMAL,
    classification: str | None = None,
    contact_id: int | None = None,
    their_number: str = "",
    their_date: dt.date | None = None,
    signer_user_id: int | None = None,
    signer_title: str = "",
    in_reply_to_id: int | None = None,
    category: str = "",
    kind: str = "",
    tags: Iterable[str] = (),
    sender_department_id: int | None = None,
) -> LetterInfo:
    """A new draft in a register (no number yet); its direction is the register's, its
    classification by default the register's default classification."""
    actor.require("letters.write")
    register = session.get(Register, register_id)
    if register is None:
        raise NotFound(what="Register", id=register_id)
    _check_refs(session, actor, contact_id, signer_user_id, in_reply_to_id, sender_department_id)
    if signer_user_id is not None and not signer_title.strip():
        signer = session.get(User, signer_user_id)
        signer_title = signer.position_title if signer is not None else ""
    x = Letter(
        register_id=register.id,
        direction=register.direction,
        status=LetterStatus.DRAFT.value,
        subject=_subject(subject),
        body=body,
        urgency=check_choice(urgency, Urgency, "urgency"),
        classification=check_choice(
            classification or register.default_classification, Classification, "classification"
        ),
        contact_id=contact_id,
        their_number=their_number.strip(),
        their_date=their_date,
        signer_user_id=signer_user_id,
        signer_title=signer_title.strip(),
        creator_id=actor.user_id,
        in_reply_to_id=in_reply_to_id,
        category=_code(session, category, "letter_categories", "category"),
        kind=_code(session, kind, "letter_kinds", "kind"),
        sender_department_id=sender_department_id,
    )
    session.add(x)
    session.flush()
    shown = _set_tags(session, x.id, tags)
    audit(session, actor, "create", "letter", x.id, x.subject)
    emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return info_of(x, shown)


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
    "sender_department_id",
)
# What the signer approves: changing any of these withdraws the approval.
_SIGNED = frozenset({"subject", "body", "signer_user_id", "signer_title"})


def update_draft(session: Session, actor: Actor, letter_id: int, **fields: Any) -> LetterInfo:
    """Change a draft's content (any of :data:`_EDITABLE`); a numbered letter is refused. Changing
    what the signer approved (subject, body, signer) withdraws the approval, with an audit entry."""
    actor.require("letters.write")
    x = load(session, actor, letter_id)
    draft_only(x)
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
    _check_refs(
        session,
        actor,
        new.get("contact_id"),
        new.get("signer_user_id"),
        new.get("in_reply_to_id"),
        new.get("sender_department_id"),
    )
    changes = {k: [getattr(x, k), v] for k, v in new.items() if getattr(x, k) != v}
    for k, (_old, value) in changes.items():
        setattr(x, k, value)
    if changes:
        session.flush()
        logged = {k: ([str(a), str(b)] if k == "their_date" else [a, b]) for k, (a, b) in changes.items()}
        logged.pop("body", None)
        if "body" in changes:
            logged["body"] = ["…", "…"]  # the text itself is not copied into the audit log
        audit(session, actor, "update", "letter", x.id, x.subject, logged)
        if x.approved_at is not None and _SIGNED & changes.keys():
            withdraw_approval(session, actor, x, reason="edited")
        emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return info(session, x)


def update_details(
    session: Session,
    actor: Actor,
    letter_id: int,
    *,
    category: str | None = None,
    kind: str | None = None,
    tags: Iterable[str] | None = None,
    retention_class: str | None = None,
) -> LetterInfo:
    """Change a letter's metadata, whatever its status (archived included): category, type, tags,
    retention class (one of ``letter_archive.RETENTION_CLASSES``, or "" for none). A category or
    type that is part of the letter's number cannot change once the number is given."""
    actor.require("letters.write")
    x = load(session, actor, letter_id)
    changes: dict[str, list[Any]] = {}
    new: dict[str, str] = {}
    if category is not None:
        new["category"] = _code(session, category, "letter_categories", "category")
    if kind is not None:
        new["kind"] = _code(session, kind, "letter_kinds", "kind")
    if retention_class is not None:
        from sivadesk.ops.letter_archive import check_retention  # lazily: it imports this module

        new["retention_class"] = check_retention(retention_class) if retention_class.strip() else ""
    for k, v in new.items():
        if getattr(x, k) != v:
            changes[k] = [getattr(x, k), v]
    if x.seq is not None and changes.keys() & {"category", "kind"}:
        register = session.get(Register, x.register_id)
        names = parse_template(register.format).names if register is not None else frozenset()
        frozen = {
            "category": (
                "cat",
                QT_TRANSLATE_NOOP("errors", "The category of letter {number} is part of its number."),
            ),
            "kind": (
                "type",
                QT_TRANSLATE_NOOP("errors", "The type of letter {number} is part of its number."),
            ),
        }
        for field, (token, message) in frozen.items():
            if field in changes and token in names:
                raise ValidationError(message, field=field, number=x.number)
    for k, (_old, v) in changes.items():
        setattr(x, k, v)
    shown = tags_of(session, [x.id])[x.id]
    if tags is not None:
        old_tags = shown
        shown = _set_tags(session, x.id, tags)
        if old_tags != shown:
            changes["tags"] = [list(old_tags), list(shown)]
    if changes:
        session.flush()
        audit(session, actor, "update", "letter", x.id, f"{x.number} {x.subject}".strip(), changes)
        emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return info_of(x, shown)


def delete_draft(session: Session, actor: Actor, letter_id: int) -> None:
    """Delete a draft. There is no way to delete a numbered letter: void it instead."""
    actor.require("letters.write")
    x = load(session, actor, letter_id)
    draft_only(x)
    subject = x.subject
    session.execute(
        delete(Attachment).where(Attachment.owner_type == "letter", Attachment.owner_id == letter_id)
    )
    # A draft referred for an opinion leaves nothing behind in anyone's cartable.
    from sivadesk.models.referrals import ReferralStep

    session.execute(
        delete(ReferralStep).where(ReferralStep.item_type == "letter", ReferralStep.item_id == letter_id)
    )
    session.delete(x)
    session.flush()
    audit(session, actor, "delete", "letter", letter_id, subject)
    emit(session, "letter.deleted", "letter", letter_id, {}, actor)


def _assign(
    x: Letter, seq: int, number: str, register: Register, when: dt.date, dept_code: str | None
) -> None:
    x.seq = seq
    x.number = number
    x.period = period_key(register, when)
    x.scope_key = (dept_code or "") if register.scope == RegisterScope.DEPARTMENT else ""
    x.status = LetterStatus.REGISTERED.value
    x.registered_at = utcnow()


def _registered(session: Session, actor: Actor, x: Letter) -> None:
    """Audit, change feed and the correspondent's timeline for a letter just numbered (flushed)."""
    audit(session, actor, "register", "letter", x.id, f"{x.number} {x.subject}", {"number": [None, x.number]})
    emit(
        session,
        "letter.registered",
        "letter",
        x.id,
        {"number": x.number, "register_id": x.register_id},
        actor,
    )
    if x.contact_id is not None:
        add_activity(
            session,
            actor,
            x.contact_id,
            "letter",
            f"{x.number} — {x.subject}",
            item_type="letter",
            item_id=x.id,
            occurred_at=x.registered_at,
        )


def register_letters(
    session: Session, actor: Actor, letter_id: int, when: dt.date, dept_code: str | None = None
) -> list[LetterInfo]:
    """Give a draft its number, in the caller's transaction (a rollback gives every number back),
    and return the registered letters: the draft itself first, then, for a contact group in a
    ``per_recipient`` register, one new letter per further contact, each with its own number.

    ``when`` is the registration date in the office's time zone (it chooses the counter's period);
    ``dept_code`` the department of a per-department register (default: the code of the letter's
    sending department). Commit soon after: until then other registrations in the register wait.
    """
    actor.require("letters.register")
    x = load(session, actor, letter_id)
    if x.status != LetterStatus.DRAFT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Letter {number} is already registered."), number=x.number
        )
    register = session.get(Register, x.register_id)
    if register is None:  # pragma: no cover - the foreign key forbids it
        raise NotFound(what="Register", id=x.register_id)
    if dept_code is None and x.sender_department_id is not None:
        dept = session.get(Department, x.sender_department_id)
        dept_code = dept.code if dept is not None else None
    rows = list(
        session.scalars(
            select(LetterRecipient)
            .where(LetterRecipient.letter_id == x.id)
            .order_by(LetterRecipient.position, LetterRecipient.id)
        )
    )
    per_recipient = register.group_mode == GroupMode.PER_RECIPIENT and any(
        r.kind == RecipientKind.GROUP and not r.copy for r in rows
    )
    had_groups = any(r.kind == RecipientKind.GROUP for r in rows)
    if had_groups:
        rows = expand_groups(session, rows)
    if not per_recipient:
        if had_groups:
            replace_recipients(session, {x.id: rows})
        mains = [r.contact_id for r in rows if r.kind == RecipientKind.CONTACT and not r.copy]
        if x.contact_id is None and len(mains) == 1:
            x.contact_id = mains[0]
        seq, number = next_number(session, actor, register.id, when, dept_code, x.category, x.kind)
        _assign(x, seq, number, register, when, dept_code)
        session.flush()
        _registered(session, actor, x)
        return [info(session, x)]
    addressees = [r for r in rows if r.kind == RecipientKind.CONTACT and not r.copy]
    shared = [r for r in rows if not (r.kind == RecipientKind.CONTACT and not r.copy)]
    # Numbers first (a refusal then leaves nothing behind), all with one counter update; then the
    # copies, their recipients, tags and files in batches: the counter stays locked until commit.
    numbers = next_numbers(
        session, actor, register.id, when, dept_code, x.category, x.kind, count=len(addressees)
    )
    letters = [x, *clone_letters(session, actor, x, [a.contact_id for a in addressees[1:]])]
    replace_recipients(session, {y.id: [a, *shared] for y, a in zip(letters, addressees, strict=True)})
    for y, a, (seq, number) in zip(letters, addressees, numbers, strict=True):
        y.contact_id = a.contact_id
        _assign(y, seq, number, register, when, dept_code)
    # The correspondents, loaded at once for the timeline entries.
    session.scalars(select(Contact).where(Contact.id.in_([y.contact_id for y in letters]))).all()
    session.flush()
    for y in letters:
        _registered(session, actor, y)
    tags = tags_of(session, [y.id for y in letters])
    return [info_of(y, tags[y.id]) for y in letters]


def register_letter(
    session: Session, actor: Actor, letter_id: int, when: dt.date, dept_code: str | None = None
) -> LetterInfo:
    """:func:`register_letters`, returning the letter itself (the first of the letters registered)."""
    return register_letters(session, actor, letter_id, when, dept_code)[0]


def void_letter(session: Session, actor: Actor, letter_id: int, reason: str) -> LetterInfo:
    """Void a numbered letter: it keeps its number (no gap, no reuse); the reason is kept and audited.
    A scheduled sending is cancelled."""
    actor.require("letters.void")
    x = load(session, actor, letter_id)
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
    x.scheduled_send_at = None
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
    return info(session, x)


def get_letter(session: Session, actor: Actor, letter_id: int) -> LetterInfo:
    """The letter, or :class:`NotFound` when it does not exist or ``actor`` may not see it."""
    return info(session, load(session, actor, letter_id))


def list_letters(
    session: Session,
    actor: Actor,
    register_id: int | None = None,
    status: str | Sequence[str] | None = None,
    contact_id: int | None = None,
    limit: int = 200,
    before_id: int | None = None,
    *,
    category: str | None = None,
    kind: str | None = None,
    tag: str | None = None,
) -> list[LetterInfo]:
    """Letters ``actor`` may see, newest first (keyset paging on id). ``status`` is one status or
    several; ``tag`` matches a tag whatever its case, accents or Persian letter variants."""
    q = select(Letter).where(visible_clause(actor)).order_by(Letter.id.desc()).limit(limit)
    if register_id is not None:
        q = q.where(Letter.register_id == register_id)
    if isinstance(status, str):
        q = q.where(Letter.status == status)
    elif status is not None:
        q = q.where(Letter.status.in_(list(status)))
    if contact_id is not None:
        q = q.where(Letter.contact_id == contact_id)
    if category is not None:
        q = q.where(Letter.category == category)
    if kind is not None:
        q = q.where(Letter.kind == kind)
    if tag is not None:
        q = q.where(
            Letter.id.in_(
                select(LetterTag.letter_id).where(LetterTag.name_norm == textnorm.normalize(tag)[:100])
            )
        )
    if before_id is not None:
        q = q.where(Letter.id < before_id)
    rows = list(session.scalars(q))
    tags = tags_of(session, [x.id for x in rows])
    return [info_of(x, tags[x.id]) for x in rows]
