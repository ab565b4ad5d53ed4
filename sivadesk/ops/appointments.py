"""Appointments: internal or external meetings with a contact, participants, a place and a reminder.

An appointment starts at an aware datetime (shown in the user's calendar, Jalali or Gregorian: the
UI formats it) and lasts ``duration_minutes``. Its participants are users; the creator is always
one. Participants see it in their cartable (:func:`upcoming`) and in the day/week calendar
(:func:`between`); an appointment with a contact is on the contact's timeline (when planned and
when held). After the meeting, :func:`record_held` keeps the actual start and duration.

Who may change or cancel it: its creator and its participants. Managers see everyone's
(``appointments.see_all``). Reminders: ``reminder_minutes`` before the start, for every participant,
until dismissed (:func:`sivadesk.ops.tasks.ack_reminder`); one that fell due while the app was closed
shows at the next start, marked late, as long as the meeting has not ended.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError, check_choice
from sivadesk.models import Contact, User, utcnow
from sivadesk.models.tasks import (
    Appointment,
    AppointmentKind,
    AppointmentParticipant,
    AppointmentStatus,
    ReminderAck,
)
from sivadesk.ops.activity import add_activity
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit
from sivadesk.ops.tasks import LATE_AFTER, ItemReminder, acked
from sivadesk.ops.tasks import due_reminders as task_due_reminders

log = logging.getLogger("sivadesk.appointments")

MAX_MINUTES = 7 * 24 * 60  # a week: longer is a typo
_UNSET: object = object()


@dataclass(frozen=True, slots=True)
class AppointmentInfo:
    id: int
    title: str
    kind: str
    status: str
    contact_id: int | None
    contact_name: str
    start_at: dt.datetime
    duration_minutes: int
    place: str
    notes: str
    reminder_minutes: int | None
    actual_start_at: dt.datetime | None
    actual_duration_minutes: int | None
    created_by_id: int | None
    participant_ids: tuple[int, ...]
    participant_names: tuple[str, ...]

    @property
    def end_at(self) -> dt.datetime:
        return self.start_at + dt.timedelta(minutes=self.duration_minutes)

    @property
    def remind_at(self) -> dt.datetime | None:
        if self.reminder_minutes is None:
            return None
        return self.start_at - dt.timedelta(minutes=self.reminder_minutes)

    @property
    def actual_end_at(self) -> dt.datetime | None:
        if self.actual_start_at is None or self.actual_duration_minutes is None:
            return None
        return self.actual_start_at + dt.timedelta(minutes=self.actual_duration_minutes)


def _infos(session: Session, rows: Sequence[Appointment]) -> list[AppointmentInfo]:
    ids = [a.id for a in rows]
    people: dict[int, list[tuple[int, str]]] = {}
    if ids:
        q = (
            select(AppointmentParticipant.appointment_id, User.id, User.full_name)
            .join(User, User.id == AppointmentParticipant.user_id)
            .where(AppointmentParticipant.appointment_id.in_(ids))
            .order_by(User.full_name)
        )
        for aid, uid, name in session.execute(q):
            people.setdefault(aid, []).append((uid, name))
    contact_ids = {a.contact_id for a in rows if a.contact_id is not None}
    contacts: dict[int, str] = {}
    if contact_ids:
        q2 = select(Contact.id, Contact.display_name).where(Contact.id.in_(contact_ids))
        contacts = {i: n for i, n in session.execute(q2)}
    return [
        AppointmentInfo(
            a.id,
            a.title,
            a.kind,
            a.status,
            a.contact_id,
            contacts.get(a.contact_id, "") if a.contact_id is not None else "",
            a.start_at,
            a.duration_minutes,
            a.place,
            a.notes,
            a.reminder_minutes,
            a.actual_start_at,
            a.actual_duration_minutes,
            a.created_by_id,
            tuple(u for u, _n in people.get(a.id, [])),
            tuple(n for _u, n in people.get(a.id, [])),
        )
        for a in rows
    ]


def _participant_ids(session: Session, appointment_id: int) -> set[int]:
    q = select(AppointmentParticipant.user_id).where(AppointmentParticipant.appointment_id == appointment_id)
    return set(session.scalars(q))


def _visible(session: Session, actor: Actor, appointment_id: int) -> Appointment:
    a = session.get(Appointment, appointment_id)
    if a is None:
        raise NotFound(what="Appointment", id=appointment_id)
    uid = actor.user_id
    if actor.can("appointments.see_all") or (
        uid is not None and (uid == a.created_by_id or uid in _participant_ids(session, a.id))
    ):
        return a
    raise NotFound(what="Appointment", id=appointment_id)


def _editable(session: Session, actor: Actor, appointment_id: int) -> Appointment:
    a = _visible(session, actor, appointment_id)
    actor.require("appointments.write")
    uid = actor.user_id
    if uid is None or (uid != a.created_by_id and uid not in _participant_ids(session, a.id)):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only the organiser or a participant may change this appointment.")
        )
    return a


def _check_minutes(value: int | None, name: str, *, minimum: int) -> int | None:
    if value is None:
        return None
    if not minimum <= value <= MAX_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{setting} must be between {low} and {high} minutes."),
            field=name,
            setting=name,
            low=minimum,
            high=MAX_MINUTES,
        )
    return value


def _aware(value: dt.datetime, name: str) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError(f"appointments: {name} must be timezone-aware")
    return value.astimezone(dt.UTC)


def _check_contact(session: Session, contact_id: int | None) -> int | None:
    if contact_id is None:
        return None
    c = session.get(Contact, contact_id)
    if c is None or c.deleted_at is not None:
        raise NotFound(what="Contact", id=contact_id)
    return contact_id


def _set_participants(session: Session, a: Appointment, user_ids: Sequence[int]) -> set[int]:
    wanted = set(user_ids) | ({a.created_by_id} if a.created_by_id is not None else set())
    for uid in wanted:
        if session.get(User, uid) is None:
            raise NotFound(what="User", id=uid)
    have = _participant_ids(session, a.id)
    if have - wanted:
        session.execute(
            delete(AppointmentParticipant).where(
                AppointmentParticipant.appointment_id == a.id,
                AppointmentParticipant.user_id.in_(have - wanted),
            )
        )
    for uid in sorted(wanted - have):
        session.add(AppointmentParticipant(appointment_id=a.id, user_id=uid))
    session.flush()
    return wanted


def _emit(session: Session, actor: Actor, a: Appointment, what: str, users: set[int]) -> None:
    emit(
        session,
        "appointment.changed",
        "appointment",
        a.id,
        {"appointment_id": a.id, "what": what, "user_ids": sorted(users)},
        actor,
    )


def _timeline(session: Session, actor: Actor, a: Appointment, body: str, at: dt.datetime) -> None:
    if a.contact_id is not None:
        add_activity(
            session,
            actor,
            a.contact_id,
            "appointment",
            a.title,
            body,
            item_type="appointment",
            item_id=a.id,
            occurred_at=at,
        )


def create_appointment(
    session: Session,
    actor: Actor,
    title: str,
    start_at: dt.datetime,
    duration_minutes: int = 30,
    *,
    kind: str = AppointmentKind.INTERNAL.value,
    contact_id: int | None = None,
    participant_ids: Sequence[int] = (),
    place: str = "",
    notes: str = "",
    reminder_minutes: int | None = 15,
) -> AppointmentInfo:
    """Plan an appointment; the creator is always a participant."""
    actor.require("appointments.write")
    if actor.user_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a signed-in user can plan an appointment."))
    if not title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An appointment needs a title."), field="title")
    a = Appointment(
        title=title.strip()[:300],
        kind=check_choice(kind, AppointmentKind, "kind"),
        status=AppointmentStatus.PLANNED.value,
        contact_id=_check_contact(session, contact_id),
        start_at=_aware(start_at, "start_at"),
        duration_minutes=_check_minutes(duration_minutes, "duration_minutes", minimum=1),
        place=place.strip()[:200],
        notes=notes.strip(),
        reminder_minutes=_check_minutes(reminder_minutes, "reminder_minutes", minimum=0),
        created_by_id=actor.user_id,
        created_at=utcnow(),
    )
    session.add(a)
    session.flush()
    users = _set_participants(session, a, participant_ids)
    audit(
        session, actor, "create", "appointment", a.id, a.title, {"start_at": [None, a.start_at.isoformat()]}
    )
    _timeline(session, actor, a, a.place, a.start_at)
    _emit(session, actor, a, "created", users)
    log.info("%s planned appointment %s", actor.username, a.id)
    return _infos(session, [a])[0]


def get_appointment(session: Session, actor: Actor, appointment_id: int) -> AppointmentInfo:
    return _infos(session, [_visible(session, actor, appointment_id)])[0]


def update_appointment(
    session: Session,
    actor: Actor,
    appointment_id: int,
    *,
    title: str | None = None,
    start_at: dt.datetime | None = None,
    duration_minutes: int | None = None,
    kind: str | None = None,
    contact_id: int | object | None = _UNSET,
    participant_ids: Sequence[int] | None = None,
    place: str | None = None,
    notes: str | None = None,
    reminder_minutes: int | object | None = _UNSET,
) -> AppointmentInfo:
    """Change an appointment (organiser or participant). Left-out arguments stay as they are."""
    a = _editable(session, actor, appointment_id)
    before = _participant_ids(session, a.id)
    changes: dict[str, list[object]] = {}

    def put(name: str, value: object) -> None:
        old = getattr(a, name)
        if old != value:
            changes[name] = [
                old.isoformat() if isinstance(old, dt.datetime) else old,
                value.isoformat() if isinstance(value, dt.datetime) else value,
            ]
            setattr(a, name, value)

    if title is not None:
        if not title.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "An appointment needs a title."), field="title")
        put("title", title.strip()[:300])
    if start_at is not None:
        put("start_at", _aware(start_at, "start_at"))
    if duration_minutes is not None:
        put("duration_minutes", _check_minutes(duration_minutes, "duration_minutes", minimum=1))
    if kind is not None:
        put("kind", check_choice(kind, AppointmentKind, "kind"))
    if contact_id is not _UNSET:
        put("contact_id", _check_contact(session, contact_id if isinstance(contact_id, int) else None))
    if place is not None:
        put("place", place.strip()[:200])
    if notes is not None:
        put("notes", notes.strip())
    if reminder_minutes is not _UNSET:
        value = reminder_minutes if isinstance(reminder_minutes, int) else None
        put("reminder_minutes", _check_minutes(value, "reminder_minutes", minimum=0))
    after = before
    if participant_ids is not None:
        after = _set_participants(session, a, participant_ids)
        if after != before:
            changes["participants"] = [sorted(before), sorted(after)]
    if changes:
        session.flush()
        audit(session, actor, "update", "appointment", a.id, a.title, changes)
        _emit(session, actor, a, "updated", before | after)
    return _infos(session, [a])[0]


def cancel_appointment(session: Session, actor: Actor, appointment_id: int) -> AppointmentInfo:
    a = _editable(session, actor, appointment_id)
    if a.status != AppointmentStatus.CANCELLED:
        old = a.status
        a.status = AppointmentStatus.CANCELLED.value
        session.flush()
        audit(session, actor, "cancel", "appointment", a.id, a.title, {"status": [old, a.status]})
        _emit(session, actor, a, "cancelled", _participant_ids(session, a.id))
    return _infos(session, [a])[0]


def delete_appointment(session: Session, actor: Actor, appointment_id: int) -> None:
    a = _editable(session, actor, appointment_id)
    _emit(session, actor, a, "deleted", _participant_ids(session, a.id))
    session.execute(
        delete(ReminderAck).where(ReminderAck.item_type == "appointment", ReminderAck.item_id == a.id)
    )
    audit(session, actor, "delete", "appointment", a.id, a.title)
    session.delete(a)
    session.flush()


def record_held(
    session: Session,
    actor: Actor,
    appointment_id: int,
    actual_start_at: dt.datetime,
    actual_duration_minutes: int,
) -> AppointmentInfo:
    """The meeting took place: keep its actual start and duration (and put it on the timeline)."""
    a = _editable(session, actor, appointment_id)
    start = _aware(actual_start_at, "actual_start_at")
    if start > utcnow() + dt.timedelta(minutes=1):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The actual start cannot be in the future."), field="actual_start_at"
        )
    if a.status == AppointmentStatus.CANCELLED:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This appointment was cancelled."))
    minutes = _check_minutes(actual_duration_minutes, "actual_duration_minutes", minimum=1)
    old = a.status
    a.actual_start_at, a.actual_duration_minutes = start, minutes
    a.status = AppointmentStatus.HELD.value
    session.flush()
    audit(
        session,
        actor,
        "held",
        "appointment",
        a.id,
        a.title,
        {"status": [old, a.status], "actual_duration_minutes": [None, minutes]},
    )
    _timeline(session, actor, a, f"{minutes} min", start)
    _emit(session, actor, a, "held", _participant_ids(session, a.id))
    return _infos(session, [a])[0]


def between(
    session: Session,
    actor: Actor,
    start: dt.datetime,
    end: dt.datetime,
    user_id: int | None = None,
    include_cancelled: bool = False,
) -> list[AppointmentInfo]:
    """Appointments overlapping ``[start, end)`` by start time: ``user_id``'s (default: the actor's;
    another user's needs ``appointments.see_all``)."""
    uid = user_id if user_id is not None else actor.user_id
    if uid is None:
        return []
    if uid != actor.user_id and not actor.can("appointments.see_all"):
        raise PermissionDenied(permission="appointments.see_all")
    mine = select(AppointmentParticipant.appointment_id).where(AppointmentParticipant.user_id == uid)
    # an appointment lasts at most MAX_MINUTES: start no earlier than that before the window
    q = (
        select(Appointment)
        .where(
            Appointment.start_at < _aware(end, "end"),
            Appointment.start_at >= _aware(start, "start") - dt.timedelta(minutes=MAX_MINUTES),
            or_(Appointment.id.in_(mine), Appointment.created_by_id == uid),
        )
        .order_by(Appointment.start_at, Appointment.id)
    )
    if not include_cancelled:
        q = q.where(Appointment.status != AppointmentStatus.CANCELLED.value)
    return [x for x in _infos(session, list(session.scalars(q))) if x.end_at > start]


def upcoming(
    session: Session, actor: Actor, days: int = 7, now: dt.datetime | None = None
) -> list[AppointmentInfo]:
    """What the cartable lists: ``actor``'s planned appointments not yet over, up to ``days`` ahead."""
    now = now or utcnow()
    return [
        x
        for x in between(session, actor, now, now + dt.timedelta(days=days))
        if x.status == AppointmentStatus.PLANNED
    ]


def for_contact(session: Session, actor: Actor, contact_id: int, limit: int = 50) -> list[AppointmentInfo]:
    """A contact's appointments, newest first (those ``actor`` may see)."""
    q = select(Appointment).where(Appointment.contact_id == contact_id).order_by(Appointment.start_at.desc())
    if not actor.can("appointments.see_all"):
        mine = select(AppointmentParticipant.appointment_id).where(
            AppointmentParticipant.user_id == actor.user_id
        )
        q = q.where(or_(Appointment.id.in_(mine), Appointment.created_by_id == actor.user_id))
    return _infos(session, list(session.scalars(q.limit(limit))))


def due_reminders(session: Session, actor: Actor, now: dt.datetime) -> list[ItemReminder]:
    """``actor``'s appointment reminders whose time has come, not dismissed, for meetings not over."""
    uid = actor.user_id
    if uid is None:
        return []
    mine = select(AppointmentParticipant.appointment_id).where(AppointmentParticipant.user_id == uid)
    q = (
        select(Appointment)
        .where(
            Appointment.id.in_(mine),
            Appointment.status == AppointmentStatus.PLANNED.value,
            Appointment.reminder_minutes.is_not(None),
            # not over yet (a meeting lasts at most MAX_MINUTES), reminded at most MAX_MINUTES early
            Appointment.start_at > now - dt.timedelta(minutes=MAX_MINUTES),
            Appointment.start_at <= now + dt.timedelta(minutes=MAX_MINUTES),
        )
        .order_by(Appointment.start_at, Appointment.id)
    )
    done = acked(session, uid, "appointment", now)
    out = []
    for a in session.scalars(q):
        remind = a.start_at - dt.timedelta(minutes=a.reminder_minutes or 0)
        end = a.start_at + dt.timedelta(minutes=a.duration_minutes)
        if remind <= now < end and (a.id, remind) not in done:
            out.append(
                ItemReminder(
                    "appointment", a.id, a.title, remind, a.start_at, a.place, now - remind > LATE_AFTER
                )
            )
    return out


def all_due_reminders(session: Session, actor: Actor, now: dt.datetime) -> list[ItemReminder]:
    """Task and appointment reminders due for ``actor``, oldest first (what the app's timer shows)."""
    return sorted(
        task_due_reminders(session, actor, now) + due_reminders(session, actor, now), key=lambda r: r.at
    )


__all__ = [
    "AppointmentInfo",
    "all_due_reminders",
    "between",
    "cancel_appointment",
    "create_appointment",
    "delete_appointment",
    "due_reminders",
    "for_contact",
    "get_appointment",
    "record_held",
    "upcoming",
    "update_appointment",
]
