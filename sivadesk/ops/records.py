"""The change feed and the audit log: written in the caller's transaction with the change itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sivadesk.models import AuditLog, Event
from sivadesk.ops.context import Actor

#: PostgreSQL channel on which every committed event id is announced.
NOTIFY_CHANNEL = "sivadesk_events"


@dataclass(frozen=True, slots=True)
class EventInfo:
    id: int
    topic: str
    entity: str
    entity_id: int | None
    payload: dict[str, Any]
    user_id: int | None
    created_at: dt.datetime


def emit(
    session: Session,
    topic: str,
    entity: str = "",
    entity_id: int | None = None,
    payload: dict[str, Any] | None = None,
    actor: Actor | None = None,
) -> int:
    """Append an event; other desktops see it once the caller's transaction commits."""
    ev = Event(
        topic=topic,
        entity=entity,
        entity_id=entity_id,
        payload=payload or {},
        user_id=actor.user_id if actor else None,
    )
    session.add(ev)
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        # NOTIFY is transactional: listeners are woken only after COMMIT, never for a rollback.
        session.execute(text("SELECT pg_notify(:c, :p)"), {"c": NOTIFY_CHANNEL, "p": str(ev.id)})
    return ev.id


def events_after(session: Session, after_id: int, limit: int = 500) -> list[EventInfo]:
    rows = session.scalars(select(Event).where(Event.id > after_id).order_by(Event.id).limit(limit))
    return [
        EventInfo(e.id, e.topic, e.entity, e.entity_id, dict(e.payload), e.user_id, e.created_at)
        for e in rows
    ]


def events_by_ids(session: Session, ids: list[int]) -> list[EventInfo]:
    """The events among ``ids`` that exist (are committed and visible), oldest first."""
    found: list[EventInfo] = []
    for i in range(0, len(ids), 500):
        rows = session.scalars(select(Event).where(Event.id.in_(ids[i : i + 500])).order_by(Event.id))
        found += [
            EventInfo(e.id, e.topic, e.entity, e.entity_id, dict(e.payload), e.user_id, e.created_at)
            for e in rows
        ]
    return sorted(found, key=lambda e: e.id)


def last_event_id(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(Event.id), 0))) or 0)


def audit(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    changes: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditLog(
            user_id=actor.user_id,
            username=actor.username,
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary[:200],
            changes=changes or {},
        )
    )


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    changes: dict[str, Any]


def audit_trail(
    session: Session, actor: Actor, entity: str | None = None, entity_id: int | None = None, limit: int = 200
) -> list[AuditEntry]:
    actor.require("audit.read")
    q = select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)
    if entity is not None:
        q = q.where(AuditLog.entity == entity)
    if entity_id is not None:
        q = q.where(AuditLog.entity_id == entity_id)
    return [
        AuditEntry(a.id, a.at, a.username, a.action, a.entity, a.entity_id, a.summary, dict(a.changes))
        for a in session.scalars(q)
    ]
