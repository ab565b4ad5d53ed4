"""Who a letter goes to (recipients and copies, رونوشت) and how letters refer to each other
(follow-up and reference links; in-reply-to is a field of the letter itself).

A recipient is a contact, a user, a department or a contact group (a contact tag, expanded when the
letter is registered, see :func:`sivadesk.ops.letters.register_letters`). Each keeps the display
name it had when chosen, so the letter still says who it went to after a rename or a deletion.
Recipients are part of the content: they change on drafts only.

Links go from one letter to another (``follow_up``: the second follows up on the first;
``reference``: the first refers to the second). Both letters list the link; a user sees only the
links whose other letter it may see. Links are metadata: they change on any letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, check_choice
from sivadesk.models import (
    Contact,
    Department,
    Letter,
    LetterLink,
    LetterRecipient,
    LinkKind,
    RecipientKind,
    Tag,
    User,
)
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_access import draft_only, load, may_see
from sivadesk.ops.records import audit, emit

MAX_RECIPIENTS = 1000


@dataclass(frozen=True, slots=True)
class RecipientInput:
    kind: str  # RecipientKind: contact, user, department or group
    ref_id: int
    copy: bool = False


@dataclass(frozen=True, slots=True)
class RecipientInfo:
    id: int
    kind: str
    ref_id: int | None  # None once the contact/user/department/group was deleted
    name: str
    copy: bool
    position: int


def _ref(r: LetterRecipient) -> int | None:
    return {
        RecipientKind.CONTACT: r.contact_id,
        RecipientKind.USER: r.user_id,
        RecipientKind.DEPARTMENT: r.department_id,
        RecipientKind.GROUP: r.tag_id,
    }[RecipientKind(r.kind)]


def _name_of(session: Session, kind: str, ref_id: int) -> str:
    """The display name of the referenced row, or :class:`NotFound`."""
    if kind == RecipientKind.CONTACT:
        c = session.get(Contact, ref_id)
        if c is None or c.deleted_at is not None:
            raise NotFound(what="Contact", id=ref_id)
        return c.display_name
    if kind == RecipientKind.USER:
        u = session.get(User, ref_id)
        if u is None:
            raise NotFound(what="User", id=ref_id)
        return u.full_name
    if kind == RecipientKind.DEPARTMENT:
        d = session.get(Department, ref_id)
        if d is None:
            raise NotFound(what="Department", id=ref_id)
        return d.name
    t = session.get(Tag, ref_id)
    if t is None:
        raise NotFound(what="Tag", id=ref_id)
    return t.name


def _rows(session: Session, letter_id: int) -> list[LetterRecipient]:
    return list(
        session.scalars(
            select(LetterRecipient)
            .where(LetterRecipient.letter_id == letter_id)
            .order_by(LetterRecipient.position, LetterRecipient.id)
        )
    )


def _info(r: LetterRecipient) -> RecipientInfo:
    return RecipientInfo(r.id, r.kind, _ref(r), r.name, r.copy, r.position)


def set_recipients(
    session: Session, actor: Actor, letter_id: int, recipients: Sequence[RecipientInput]
) -> list[RecipientInfo]:
    """Replace a draft's recipients, in the order given (addressees and copies alike). Every
    referenced contact, user, department or group must exist; the same one twice with the same
    copy flag is kept once."""
    actor.require("letters.write")
    x = load(session, actor, letter_id)
    draft_only(x)
    if len(recipients) > MAX_RECIPIENTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A letter can have at most {count} recipients."),
            field="recipients",
            count=MAX_RECIPIENTS,
        )
    old = [(r.kind, _ref(r), r.copy) for r in _rows(session, x.id)]
    wanted: list[tuple[str, int, bool, str]] = []
    seen: set[tuple[str, int, bool]] = set()
    for item in recipients:
        kind = check_choice(item.kind, RecipientKind, "recipients")
        key = (kind, item.ref_id, bool(item.copy))
        if key in seen:
            continue
        seen.add(key)
        wanted.append((*key, _name_of(session, kind, item.ref_id)[:200]))
    if [(k, i, c) for k, i, c, _n in wanted] == old:
        return list_recipients(session, actor, letter_id)
    for r in _rows(session, x.id):
        session.delete(r)
    session.flush()
    for position, (kind, ref_id, copy, name) in enumerate(wanted):
        r = LetterRecipient(letter_id=x.id, kind=kind, name=name, copy=copy, position=position)
        setattr(
            r,
            {"contact": "contact_id", "user": "user_id", "department": "department_id", "group": "tag_id"}[
                kind
            ],
            ref_id,
        )
        session.add(r)
    session.flush()
    audit(
        session,
        actor,
        "update",
        "letter",
        x.id,
        x.subject,
        {"recipients": [[list(o) for o in old], [[k, i, c] for k, i, c, _n in wanted]]},
    )
    emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return [_info(r) for r in _rows(session, x.id)]


def list_recipients(session: Session, actor: Actor, letter_id: int) -> list[RecipientInfo]:
    """The letter's recipients in order (addressees and copies; ``copy`` tells them apart)."""
    load(session, actor, letter_id)
    return [_info(r) for r in _rows(session, letter_id)]


@dataclass(frozen=True, slots=True)
class LinkInfo:
    id: int | None  # None for an in-reply-to relation (a field of the letter, not a link row)
    kind: str  # follow_up, reference or in_reply_to
    outgoing: bool  # True: this letter -> other (this letter follows up / refers to / replies to)
    other_id: int
    other_number: str
    other_subject: str
    created_at: dt.datetime | None


IN_REPLY_TO = "in_reply_to"


def add_link(session: Session, actor: Actor, from_id: int, to_id: int, kind: str) -> LinkInfo:
    """Link two letters the actor may see (``follow_up``: ``to`` follows up on ``from``;
    ``reference``: ``from`` refers to ``to``). Works on letters of any status."""
    actor.require("letters.write")
    kind = check_choice(kind, LinkKind, "kind")
    a = load(session, actor, from_id)
    b = load(session, actor, to_id)
    if a.id == b.id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A letter cannot be linked to itself."), field="kind"
        )
    if session.scalar(
        select(LetterLink.id).where(
            LetterLink.from_letter_id == a.id, LetterLink.to_letter_id == b.id, LetterLink.kind == kind
        )
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "These letters are already linked."), field="kind")
    link = LetterLink(from_letter_id=a.id, to_letter_id=b.id, kind=kind, created_by_id=actor.user_id)
    session.add(link)
    session.flush()
    changes = {"link": [None, [kind, a.id, b.id]]}
    audit(session, actor, "link", "letter", a.id, f"{a.number} {a.subject}".strip(), changes)
    audit(session, actor, "link", "letter", b.id, f"{b.number} {b.subject}".strip(), changes)
    for x in (a, b):
        emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)
    return LinkInfo(link.id, kind, True, b.id, b.number, b.subject, link.created_at)


def remove_link(session: Session, actor: Actor, link_id: int) -> None:
    """Remove a link; the actor must see both letters."""
    actor.require("letters.write")
    link = session.get(LetterLink, link_id)
    if link is None:
        raise NotFound(what="Letter link", id=link_id)
    try:
        a = load(session, actor, link.from_letter_id)
        b = load(session, actor, link.to_letter_id)
    except NotFound:
        raise NotFound(what="Letter link", id=link_id) from None
    changes = {"link": [[link.kind, a.id, b.id], None]}
    session.delete(link)
    session.flush()
    for x in (a, b):
        audit(session, actor, "unlink", "letter", x.id, f"{x.number} {x.subject}".strip(), changes)
        emit(session, "letter.changed", "letter", x.id, {"status": x.status}, actor)


def list_links(session: Session, actor: Actor, letter_id: int) -> list[LinkInfo]:
    """The letter's links in both directions, and its in-reply-to relations (the letter it answers,
    the letters answering it), leaving out every letter ``actor`` may not see; oldest first."""
    x = load(session, actor, letter_id)
    out: list[LinkInfo] = []
    links = list(
        session.scalars(
            select(LetterLink)
            .where(or_(LetterLink.from_letter_id == x.id, LetterLink.to_letter_id == x.id))
            .order_by(LetterLink.id)
        )
    )
    others = {
        o.id: o
        for o in session.scalars(
            select(Letter).where(
                Letter.id.in_(
                    {lk.to_letter_id if lk.from_letter_id == x.id else lk.from_letter_id for lk in links}
                )
            )
        )
    }
    if x.in_reply_to_id is not None:
        parent = session.get(Letter, x.in_reply_to_id)
        if parent is not None and may_see(actor, parent):
            out.append(LinkInfo(None, IN_REPLY_TO, True, parent.id, parent.number, parent.subject, None))
    for reply in session.scalars(select(Letter).where(Letter.in_reply_to_id == x.id).order_by(Letter.id)):
        if may_see(actor, reply):
            out.append(LinkInfo(None, IN_REPLY_TO, False, reply.id, reply.number, reply.subject, None))
    for lk in links:
        outgoing = lk.from_letter_id == x.id
        other = others.get(lk.to_letter_id if outgoing else lk.from_letter_id)
        if other is not None and may_see(actor, other):
            out.append(
                LinkInfo(lk.id, lk.kind, outgoing, other.id, other.number, other.subject, lk.created_at)
            )
    return out
