"""The change feed table and the audit log, written in the caller's transaction."""

from __future__ import annotations

import pytest

from sivadesk.db import Database
from sivadesk.errors import PermissionDenied
from sivadesk.models import Role
from sivadesk.ops import records
from sivadesk.ops.context import Actor

SYS = Actor.system()


def test_emit_and_read_events(db: Database, admin: Actor) -> None:
    with db.read_session() as s:
        start = records.last_event_id(s)  # creating the admin already wrote one
    assert start >= 1
    with db.session() as s:
        a = records.emit(s, "contact.created", "contact", 7, {"name": "مریم احمدی", "n": [1, 2]}, admin)
        b = records.emit(s, "call.ringing")
    assert start < a < b
    with db.read_session() as s:
        assert records.last_event_id(s) == b
        events = records.events_after(s, start)
        assert [e.id for e in records.events_after(s, start, limit=1)] == [a]
        assert records.events_after(s, b) == []
        assert [e.id for e in records.events_by_ids(s, [b, a, 10**9])] == [a, b]
        assert records.events_by_ids(s, []) == []
    first, second = events
    assert (first.topic, first.entity, first.entity_id, first.payload, first.user_id) == (
        "contact.created",
        "contact",
        7,
        {"name": "مریم احمدی", "n": [1, 2]},
        admin.user_id,
    )
    assert (second.topic, second.entity, second.entity_id, second.payload, second.user_id) == (
        "call.ringing",
        "",
        None,
        {},
        None,
    )
    assert first.created_at.tzinfo is not None


def test_empty_feed(db: Database) -> None:
    with db.read_session() as s:
        assert records.last_event_id(s) == 0
        assert records.events_after(s, 0) == []


def test_rolled_back_event_never_appears(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        records.emit(s, "contact.created", "contact", 1)
        raise RuntimeError("rolled back")
    with db.read_session() as s:
        assert records.events_after(s, 0) == []


def test_audit_trail(db: Database, admin: Actor) -> None:
    with db.session() as s:
        records.audit(s, admin, "create", "contact", 1, "Anne")
        records.audit(s, admin, "update", "contact", 1, "Anne B.", {"last_name": ["", "B."]})
        records.audit(s, SYS, "create", "contact", 2, "x" * 500)
        records.audit(s, admin, "create", "letter", 1, "Letter")
    with db.read_session() as s:
        everything = records.audit_trail(s, admin)
        contact_1 = records.audit_trail(s, admin, "contact", 1)
        contacts_all = records.audit_trail(s, admin, "contact")
        last_two = records.audit_trail(s, admin, limit=2)
    assert [e.summary for e in contact_1] == ["Anne B.", "Anne"]  # newest first
    assert contact_1[0].changes == {"last_name": ["", "B."]} and contact_1[1].changes == {}
    assert contact_1[0].username == "admin" and contact_1[0].at.tzinfo is not None
    assert len(contacts_all) == 3 and all(e.entity == "contact" for e in contacts_all)
    system_row = next(e for e in contacts_all if e.entity_id == 2)
    assert system_row.username == "system" and system_row.summary == "x" * 200  # capped to the column
    assert [e.id for e in last_two] == [e.id for e in everything[:2]]
    assert everything[-1].action == "create" and everything[-1].entity == "user"  # the first admin


@pytest.mark.parametrize("role", list(Role))
def test_who_reads_the_audit(db: Database, role: Role) -> None:
    actor = Actor(None, role.value, role)
    with db.read_session() as s:
        if role in (Role.ADMIN, Role.MANAGER):
            assert records.audit_trail(s, actor) == []
        else:
            with pytest.raises(PermissionDenied):
                records.audit_trail(s, actor)
