"""The activity timeline: order, company roll-up, paging, Home counts."""

from __future__ import annotations

import datetime as dt

import pytest

from sivadesk.db import Database
from sivadesk.errors import NotFound, ValidationError
from sivadesk.models import utcnow
from sivadesk.ops import activity, contacts, records
from sivadesk.ops.contacts import ContactInput
from sivadesk.ops.context import Actor

SYS = Actor.system()
T0 = dt.datetime(2025, 3, 21, 8, 0, tzinfo=dt.UTC)


def _contact(db: Database, **kw: object) -> int:
    with db.session() as s:
        return contacts.create_contact(s, SYS, ContactInput(**kw)).id  # type: ignore[arg-type]


def _add(
    db: Database, cid: int | None, title: str, minutes: int, kind: str = "call", actor: Actor = SYS
) -> int:
    with db.session() as s:
        return activity.add_activity(
            s, actor, cid, kind, title, occurred_at=T0 + dt.timedelta(minutes=minutes)
        )


def test_timeline_newest_first_with_details(db: Database, admin: Actor) -> None:
    cid = _contact(db, first_name="Leila", last_name="Hosseini")
    _add(db, cid, "first call", 0)
    _add(db, cid, "letter sent", 30, "letter", admin)
    _add(db, cid, "logged late, happened between", 10)  # recorded after, occurred before
    with db.session() as s:
        note_id = activity.add_note(s, admin, cid, "  Rappeler lundi\nau sujet du devis ")
        tl = activity.timeline(s, SYS, cid)
    assert [a.title for a in tl] == [
        "Rappeler lundi",
        "letter sent",
        "logged late, happened between",
        "first call",
    ]
    note = tl[0]
    assert (note.id, note.kind, note.contact_name, note.user_name) == (
        note_id,
        "note",
        "Leila Hosseini",
        "Admin Istrateur",
    )
    assert note.body == "  Rappeler lundi\nau sujet du devis "
    assert note.occurred_at.tzinfo is not None and utcnow() - note.occurred_at < dt.timedelta(minutes=5)
    assert tl[1].user_name == "Admin Istrateur" and tl[3].user_name == ""  # the system acted
    assert tl[2].occurred_at == T0 + dt.timedelta(minutes=10)


def test_item_reference_and_event(db: Database) -> None:
    cid = _contact(db, first_name="Ref")
    with db.session() as s:
        before = records.last_event_id(s)
        aid = activity.add_activity(s, SYS, cid, "letter", "Letter 1404/12", item_type="letter", item_id=42)
        events = records.events_after(s, before)
        (entry,) = activity.timeline(s, SYS, cid)
    assert (entry.item_type, entry.item_id) == ("letter", 42)
    assert [(e.topic, e.entity, e.entity_id, e.payload) for e in events] == [
        ("activity.added", "contact", cid, {"activity_id": aid, "kind": "letter"})
    ]


def test_company_timeline_includes_its_people(db: Database) -> None:
    company = _contact(db, kind="company", organization="Acme")
    alice = _contact(db, first_name="Alice", company_id=company)
    bob = _contact(db, first_name="Bob", company_id=company)
    stranger = _contact(db, first_name="Stranger")
    _add(db, company, "company call", 0)
    _add(db, alice, "alice call", 1)
    _add(db, bob, "bob meeting", 2)
    _add(db, stranger, "stranger call", 3)
    with db.read_session() as s:
        company_tl = activity.timeline(s, SYS, company)
        alice_tl = activity.timeline(s, SYS, alice)
    assert [(a.title, a.contact_name) for a in company_tl] == [
        ("bob meeting", "Bob"),
        ("alice call", "Alice"),
        ("company call", "Acme"),
    ]
    assert [a.title for a in alice_tl] == ["alice call"]  # a person's file shows only their own


def test_before_id_paging_follows_the_shown_order(db: Database) -> None:
    cid = _contact(db, first_name="Pager")
    # Ids and times disagree on purpose: entries logged after the fact.
    for title, minutes in [
        ("m50", 50),
        ("m10", 10),
        ("m40", 40),
        ("m20", 20),
        ("m30", 30),
        ("m30b", 30),
        ("m00", 0),
    ]:
        _add(db, cid, title, minutes)
    with db.read_session() as s:
        full = activity.timeline(s, SYS, cid)
        pages: list[list[str]] = []
        before: int | None = None
        while True:
            page = activity.timeline(s, SYS, cid, limit=2, before_id=before)
            if not page:
                break
            pages.append([a.title for a in page])
            before = page[-1].id
    assert [a.title for a in full] == ["m50", "m40", "m30b", "m30", "m20", "m10", "m00"]
    assert [t for p in pages for t in p] == [a.title for a in full]  # nothing skipped, nothing repeated
    assert [len(p) for p in pages] == [2, 2, 2, 1]


def test_recent_across_contacts(db: Database) -> None:
    a = _contact(db, first_name="A")
    b = _contact(db, first_name="B")
    _add(db, a, "a1", 0)
    _add(db, b, "b1", 5)
    _add(db, None, "system notice", 7, "system")
    with db.read_session() as s:
        assert [x.title for x in activity.recent(s, SYS)] == ["system notice", "b1", "a1"]
        assert [x.title for x in activity.recent(s, SYS, limit=1)] == ["system notice"]


def test_bad_entries_refused(db: Database) -> None:
    cid = _contact(db, first_name="X")
    with pytest.raises(ValidationError), db.session() as s:
        activity.add_activity(s, SYS, cid, "note", "   ")
    with pytest.raises(ValidationError), db.session() as s:
        activity.add_note(s, SYS, cid, "  \n ")
    with pytest.raises(NotFound), db.session() as s:
        activity.add_activity(s, SYS, 10**6, "note", "nobody")
    with pytest.raises(NotFound), db.read_session() as s:
        activity.timeline(s, SYS, 10**6)
    with db.read_session() as s:
        assert activity.timeline(s, SYS, cid) == []


def test_home_counts(db: Database) -> None:
    with db.read_session() as s:
        assert activity.home_counts(s, SYS) == activity.HomeCounts(0, 0, 0, 0, 0)
    p = _contact(db, first_name="P", phones=(contacts.PhoneInput("not a number"),))
    _contact(db, kind="company", organization="C1")
    _contact(db, kind="company", organization="C2")
    _contact(db, kind="lead", organization="L")
    gone = _contact(db, first_name="Gone", phones=(contacts.PhoneInput("??"),))
    with db.session() as s:
        contacts.delete_contact(s, SYS, gone)
        activity.add_note(s, SYS, p, "today")
        activity.add_activity(s, SYS, p, "call", "yesterday", occurred_at=utcnow() - dt.timedelta(days=2))
    with db.read_session() as s:
        counts = activity.home_counts(s, SYS)
    assert counts == activity.HomeCounts(
        contacts=4, companies=2, leads=1, activities_today=1, invalid_phones=1
    )
