"""Appointments on SQLite and PostgreSQL: participants and who may change them, durations and the
calendar window, the held record (actual start and duration), the contact timeline, the cartable
list, and reminders before the start — including one that fell due while the app was closed."""

from __future__ import annotations

import datetime as dt

import pytest

from sivadesk.db import Database
from sivadesk.errors import NotFound, PermissionDenied, ValidationError
from sivadesk.models import Role, utcnow
from sivadesk.ops import activity, contacts, tasks, users
from sivadesk.ops import appointments as appts
from sivadesk.ops.context import Actor

PASSWORD = "correct horse"
TEHRAN = dt.timezone(dt.timedelta(hours=3, minutes=30))


def _user(db: Database, admin: Actor, name: str, role: Role = Role.AGENT) -> Actor:
    with db.session() as s:
        info = users.create_user(s, admin, name, name.title(), PASSWORD, role)
    return Actor(info.id, info.username, role, info.full_name)


def _uid(a: Actor) -> int:
    assert a.user_id is not None
    return a.user_id


def test_plan_participants_durations_and_calendar(db: Database, admin: Actor) -> None:
    ali, sara, reza = (_user(db, admin, n) for n in ("ali", "sara", "reza"))
    start = dt.datetime(2030, 3, 20, 10, 0, tzinfo=TEHRAN)  # Nowruz 1409, 10:00 in Tehran
    with db.session() as s:
        a = appts.create_appointment(
            s, ali, "Réunion devis", start, 90, kind="external", participant_ids=[_uid(sara)], place="Salle 2"
        )
    assert a.participant_names == ("Ali", "Sara")  # the organiser is always a participant
    assert a.start_at == start and a.start_at.tzinfo == dt.UTC
    assert a.end_at == start + dt.timedelta(minutes=90)
    assert a.remind_at == start - dt.timedelta(minutes=15)
    day = dt.datetime(2030, 3, 20, tzinfo=TEHRAN)
    with db.session() as s:
        assert [x.id for x in appts.between(s, sara, day, day + dt.timedelta(days=1))] == [a.id]
        assert appts.between(s, reza, day, day + dt.timedelta(days=1)) == []
        # a window starting during the meeting still shows it; one starting at its end does not
        assert [
            x.id
            for x in appts.between(s, ali, start + dt.timedelta(minutes=89), start + dt.timedelta(hours=3))
        ]
        assert appts.between(s, ali, a.end_at, a.end_at + dt.timedelta(hours=3)) == []
        with pytest.raises(PermissionDenied):
            appts.between(s, sara, day, day + dt.timedelta(days=1), user_id=ali.user_id)
        assert [
            x.id for x in appts.between(s, admin, day, day + dt.timedelta(days=1), user_id=ali.user_id)
        ] == [a.id]
    # Reza may neither see nor change it; Sara (participant) may
    with db.session() as s, pytest.raises(NotFound):
        appts.update_appointment(s, reza, a.id, title="x")
    with db.session() as s:
        b = appts.update_appointment(
            s, sara, a.id, duration_minutes=45, participant_ids=[_uid(sara), _uid(reza)]
        )
    assert (b.duration_minutes, b.participant_names) == (45, ("Ali", "Reza", "Sara"))
    with db.session() as s:
        b = appts.update_appointment(s, ali, a.id, participant_ids=[_uid(sara)])
    assert b.participant_names == ("Ali", "Sara")
    boss = _user(db, admin, "boss", Role.MANAGER)
    with db.session() as s:
        assert appts.get_appointment(s, boss, a.id).title == "Réunion devis"
        with pytest.raises(PermissionDenied):
            appts.cancel_appointment(s, boss, a.id)
    with db.session() as s:
        assert appts.cancel_appointment(s, sara, a.id).status == "cancelled"
        assert appts.between(s, ali, day, day + dt.timedelta(days=1)) == []
        assert len(appts.between(s, ali, day, day + dt.timedelta(days=1), include_cancelled=True)) == 1
    with db.session() as s:
        appts.delete_appointment(s, ali, a.id)
    with db.session() as s, pytest.raises(NotFound):
        appts.get_appointment(s, ali, a.id)


def test_bad_input(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    start = utcnow() + dt.timedelta(days=1)
    with db.session() as s:
        for kw in (
            {"duration_minutes": 0},
            {"reminder_minutes": -5},
            {"kind": "party"},
            {"duration_minutes": 10**6},
        ):
            with pytest.raises(ValidationError):
                appts.create_appointment(s, ali, "x", start, **kw)  # type: ignore[arg-type]
        with pytest.raises(ValidationError):
            appts.create_appointment(s, ali, " ", start)
        with pytest.raises(ValueError):
            appts.create_appointment(s, ali, "x", dt.datetime(2030, 1, 1))
        with pytest.raises(NotFound):
            appts.create_appointment(s, ali, "x", start, participant_ids=[999_999])
        with pytest.raises(NotFound):
            appts.create_appointment(s, ali, "x", start, contact_id=999_999)


def test_held_record_timeline_and_cartable(db: Database, admin: Actor) -> None:
    ali, sara = _user(db, admin, "ali"), _user(db, admin, "sara")
    with db.session() as s:
        cid = contacts.create_contact(
            s, admin, contacts.ContactInput(first_name="Hamid", last_name="Rezaei")
        ).id
    soon = utcnow() + dt.timedelta(hours=2)
    later = utcnow() + dt.timedelta(days=20)
    with db.session() as s:
        a = appts.create_appointment(
            s, ali, "Visite client", soon, 60, contact_id=cid, participant_ids=[_uid(sara)]
        )
        appts.create_appointment(s, ali, "Salon", later, 60)
    with db.session() as s:
        assert [x.id for x in appts.upcoming(s, sara)] == [a.id]
        assert [x.title for x in appts.upcoming(s, ali, days=30)] == ["Visite client", "Salon"]
        assert [x.id for x in appts.for_contact(s, sara, cid)] == [a.id]
    with db.session() as s, pytest.raises(ValidationError):
        appts.record_held(s, ali, a.id, utcnow() + dt.timedelta(hours=1), 30)
    began = utcnow() - dt.timedelta(minutes=50)
    with db.session() as s:
        held = appts.record_held(s, sara, a.id, began, 47)
    assert (held.status, held.actual_start_at, held.actual_duration_minutes) == ("held", began, 47)
    assert held.actual_end_at == began + dt.timedelta(minutes=47)
    with db.session() as s:
        assert appts.upcoming(s, sara) == []  # held: no longer waiting in the cartable
        timeline = [x for x in activity.timeline(s, admin, cid) if x.item_type == "appointment"]
    assert [(x.kind, x.item_id, x.body) for x in timeline] == [
        ("appointment", a.id, ""),
        ("appointment", a.id, "47 min"),
    ]  # newest first: the planned entry is dated at the (future) start


def test_reminders_before_the_start_and_after_a_restart(db: Database, admin: Actor) -> None:
    ali, sara = _user(db, admin, "ali"), _user(db, admin, "sara")
    start = utcnow() + dt.timedelta(hours=1)
    with db.session() as s:
        a = appts.create_appointment(
            s, ali, "Comité", start, 60, participant_ids=[_uid(sara)], reminder_minutes=30
        )
        appts.create_appointment(s, ali, "Sans rappel", start, 60, reminder_minutes=None)
    remind = start - dt.timedelta(minutes=30)
    with db.session() as s:
        assert appts.due_reminders(s, sara, remind - dt.timedelta(minutes=1)) == []
        (on_time,) = appts.due_reminders(s, sara, remind + dt.timedelta(seconds=20))
        assert (on_time.item_type, on_time.item_id, on_time.at, on_time.event_at, on_time.late) == (
            "appointment",
            a.id,
            remind,
            start,
            False,
        )
        # the desktop was closed at reminder time and starts again 20 minutes later: late, still shown
        (late,) = appts.due_reminders(s, sara, remind + dt.timedelta(minutes=20))
        assert late.late
        # once the meeting is over, no reminder any more
        assert appts.due_reminders(s, sara, start + dt.timedelta(minutes=61)) == []
    with db.session() as s:
        tasks.ack_reminder(s, sara, "appointment", a.id, remind)
    with db.session() as s:
        assert appts.due_reminders(s, sara, remind + dt.timedelta(minutes=20)) == []
        assert [r.item_id for r in appts.all_due_reminders(s, ali, remind + dt.timedelta(minutes=20))] == [
            a.id
        ]
    # moving the meeting reminds again (the answer was for the old time)
    with db.session() as s:
        appts.update_appointment(s, ali, a.id, start_at=start + dt.timedelta(minutes=10))
    with db.session() as s:
        assert len(appts.due_reminders(s, sara, remind + dt.timedelta(minutes=20))) == 1
    with db.session() as s, pytest.raises(ValidationError):
        tasks.ack_reminder(s, sara, "letter", a.id, remind)
