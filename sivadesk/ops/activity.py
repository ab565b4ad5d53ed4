"""The activity timeline: one table every feature appends to; the contact file and Home read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from sivadesk.models import Activity, Contact, ContactKind, User, utcnow
from sivadesk.ops.context import Actor
from sivadesk.ops.records import emit

#: Kinds known today; later features add theirs (the column is free text).
KINDS = ("note", "call", "letter", "fax", "task", "message", "appointment", "system")


@dataclass(frozen=True, slots=True)
class ActivityInfo:
    id: int
    contact_id: int | None
    contact_name: str
    kind: str
    item_type: str
    item_id: int | None
    title: str
    body: str
    user_name: str
    occurred_at: dt.datetime


def add_activity(
    session: Session,
    actor: Actor,
    contact_id: int | None,
    kind: str,
    title: str,
    body: str = "",
    *,
    item_type: str = "",
    item_id: int | None = None,
    occurred_at: dt.datetime | None = None,
) -> int:
    """Append to the timeline (and to the change feed, so open contact files refresh)."""
    actor.require("activity.write")
    if not title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A timeline entry needs a title."), field="title")
    if contact_id is not None:
        owner = session.get(Contact, contact_id)
        if owner is None or owner.deleted_at is not None:
            raise NotFound(what="Contact", id=contact_id)
    a = Activity(
        contact_id=contact_id,
        kind=kind,
        item_type=item_type,
        item_id=item_id,
        title=title.strip()[:300],
        body=body,
        user_id=actor.user_id,
        occurred_at=occurred_at or utcnow(),
    )
    session.add(a)
    session.flush()
    emit(session, "activity.added", "contact", contact_id, {"activity_id": a.id, "kind": kind}, actor)
    return a.id


def add_note(session: Session, actor: Actor, contact_id: int, text: str) -> int:
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    return add_activity(session, actor, contact_id, "note", first_line[:120], text)


def _rows(
    session: Session, where: list[ColumnElement[bool]], limit: int, before_id: int | None
) -> list[ActivityInfo]:
    q = (
        select(Activity, Contact.display_name, User.full_name)
        .outerjoin(Contact, Contact.id == Activity.contact_id)
        .outerjoin(User, User.id == Activity.user_id)
        .where(*where)
        .order_by(Activity.occurred_at.desc(), Activity.id.desc())
        .limit(limit)
    )
    if before_id is not None:
        # Keyset paging on the sort order itself, (occurred_at, id): entries recorded after the
        # fact (a call logged an hour later) have a high id but an old time, so "id < before_id"
        # alone would skip or repeat rows between pages.
        at = session.scalar(select(Activity.occurred_at).where(Activity.id == before_id))
        if at is None:
            q = q.where(Activity.id < before_id)
        else:
            q = q.where(
                or_(Activity.occurred_at < at, and_(Activity.occurred_at == at, Activity.id < before_id))
            )
    return [
        ActivityInfo(
            a.id,
            a.contact_id,
            cname or "",
            a.kind,
            a.item_type,
            a.item_id,
            a.title,
            a.body,
            uname or "",
            a.occurred_at,
        )
        for a, cname, uname in session.execute(q)
    ]


def timeline(
    session: Session, actor: Actor, contact_id: int, limit: int = 200, before_id: int | None = None
) -> list[ActivityInfo]:
    """A contact's timeline, newest first. A company's includes its people's entries."""
    actor.require("contacts.read")
    c = session.get(Contact, contact_id)
    if c is None:
        raise NotFound(what="Contact", id=contact_id)
    ids = [contact_id]
    if c.kind == ContactKind.COMPANY.value:
        ids += list(session.scalars(select(Contact.id).where(Contact.company_id == contact_id).limit(1000)))
    return _rows(session, [Activity.contact_id.in_(ids)], limit, before_id)


def recent(session: Session, actor: Actor, limit: int = 50) -> list[ActivityInfo]:
    actor.require("contacts.read")
    return _rows(session, [], limit, None)


@dataclass(frozen=True, slots=True)
class HomeCounts:
    contacts: int
    companies: int
    leads: int
    activities_today: int
    invalid_phones: int


def home_counts(session: Session, actor: Actor) -> HomeCounts:
    actor.require("contacts.read")
    rows = dict(
        session.execute(
            select(Contact.kind, func.count()).where(Contact.deleted_at.is_(None)).group_by(Contact.kind)
        ).all()
    )
    midnight = dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    today = session.scalar(select(func.count()).select_from(Activity).where(Activity.occurred_at >= midnight))
    invalid = session.scalar(
        select(func.count())
        .select_from(Contact)
        .where(Contact.has_invalid_phone.is_(True), Contact.deleted_at.is_(None))
    )
    return HomeCounts(
        contacts=int(sum(rows.values())),
        companies=int(rows.get(ContactKind.COMPANY.value, 0)),
        leads=int(rows.get(ContactKind.LEAD.value, 0)),
        activities_today=int(today or 0),
        invalid_phones=int(invalid or 0),
    )
