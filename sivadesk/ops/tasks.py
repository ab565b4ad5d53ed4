"""Tasks: created by one user, referred to others through the shared referral steps, done with a note.

A task has a title, a description, a priority, an optional due time, an optional contact (person,
company or lead) and an optional link to any item referrals know (``link_type``/``link_id``: a
letter, a call, a fax…). It travels through :mod:`sivadesk.ops.referrals` with ``item_type =
"task"``: refer, re-refer (circles flagged), return to the referrer with a required note — this
module adds nothing to that flow, it only creates the task and refers it in the same transaction.

Who may edit or delete a task: its creator, or a *current holder* (a user with a pending —
open or seen — non-copy step on it). Nobody else, managers included: they see every task and its
flow (``tasks.see_all``) but do not change other people's work. Done (with a required note) by the
creator or a holder; every pending step on the task is then closed. Reopened by the creator.

Reminders (:func:`due_reminders`): an open task whose due time has come reminds its creator and its
holders until each of them dismisses it (:func:`ack_reminder`, shared with appointments); one that
fell due while the app was closed shows at the next start, marked ``late``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError, check_choice
from sivadesk.models import Contact, ReferralKind, ReferralStatus, ReferralStep, User, utcnow
from sivadesk.models.tasks import ReminderAck, Task, TaskPriority, TaskStatus
from sivadesk.ops import referrals
from sivadesk.ops.activity import add_activity
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit
from sivadesk.ops.referral_items import ITEM_TYPES, PENDING, Target, item_type_of, task_visible

log = logging.getLogger("sivadesk.tasks")

#: a reminder shown more than this after its time is "late" (it fell due while the app was closed)
LATE_AFTER = dt.timedelta(minutes=1)
#: task boxes for :func:`list_tasks`
BOXES: tuple[str, ...] = ("mine", "created", "held", "late", "done", "all")
_UNSET: object = object()


@dataclass(frozen=True, slots=True)
class TaskInfo:
    id: int
    title: str
    description: str
    priority: str
    status: str
    due_at: dt.datetime | None
    contact_id: int | None
    contact_name: str
    link_type: str
    link_id: int | None
    created_by_id: int | None
    created_by_name: str
    created_at: dt.datetime
    done_at: dt.datetime | None
    done_note: str
    holder_ids: tuple[int, ...]  # users holding a pending step on it
    holder_names: tuple[str, ...]
    may_edit: bool  # the actor asking is its creator or a holder

    def overdue(self, now: dt.datetime | None = None) -> bool:
        return self.status == TaskStatus.OPEN and self.due_at is not None and (now or utcnow()) > self.due_at


@dataclass(frozen=True, slots=True)
class ItemReminder:
    """A reminder due for one user: a task's due time or an appointment's "before start"."""

    item_type: str  # "task" or "appointment"
    item_id: int
    title: str
    at: dt.datetime  # when the reminder fell due (the key :func:`ack_reminder` records)
    event_at: dt.datetime  # the due time or the appointment's start
    place: str
    late: bool


# -- helpers ---------------------------------------------------------------------------------------
def _holders(session: Session, task_ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    if not task_ids:
        return {}
    q = (
        select(ReferralStep.item_id, User.id, User.full_name)
        .join(User, User.id == ReferralStep.to_user_id)
        .where(
            ReferralStep.item_type == "task",
            ReferralStep.item_id.in_(task_ids),
            ReferralStep.status.in_(PENDING),
            ReferralStep.kind != ReferralKind.COPY.value,
        )
        .order_by(ReferralStep.id)
    )
    out: dict[int, list[tuple[int, str]]] = {}
    for tid, uid, name in session.execute(q):
        lst = out.setdefault(tid, [])
        if all(u != uid for u, _n in lst):
            lst.append((uid, name))
    return out


def _infos(session: Session, actor: Actor, rows: Sequence[Task]) -> list[TaskInfo]:
    holders = _holders(session, [t.id for t in rows])
    user_ids = {t.created_by_id for t in rows if t.created_by_id is not None}
    names: dict[int, str] = {}
    if user_ids:
        names = {
            i: n for i, n in session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids)))
        }
    contact_ids = {t.contact_id for t in rows if t.contact_id is not None}
    contacts: dict[int, str] = {}
    if contact_ids:
        q = select(Contact.id, Contact.display_name).where(Contact.id.in_(contact_ids))
        contacts = {i: n for i, n in session.execute(q)}
    out = []
    for t in rows:
        held = holders.get(t.id, [])
        uid = actor.user_id
        out.append(
            TaskInfo(
                t.id,
                t.title,
                t.description,
                t.priority,
                t.status,
                t.due_at,
                t.contact_id,
                contacts.get(t.contact_id, "") if t.contact_id is not None else "",
                t.link_type,
                t.link_id,
                t.created_by_id,
                names.get(t.created_by_id, "") if t.created_by_id is not None else "",
                t.created_at,
                t.done_at,
                t.done_note,
                tuple(u for u, _n in held),
                tuple(n for _u, n in held),
                uid is not None and (uid == t.created_by_id or any(u == uid for u, _n in held)),
            )
        )
    return out


def _visible(session: Session, actor: Actor, task_id: int) -> Task:
    t = session.get(Task, task_id)
    if t is None or not task_visible(session, actor, t):
        raise NotFound(what="Task", id=task_id)
    return t


def is_holder(session: Session, actor: Actor, task_id: int) -> bool:
    if actor.user_id is None:
        return False
    q = select(ReferralStep.id).where(
        ReferralStep.item_type == "task",
        ReferralStep.item_id == task_id,
        ReferralStep.to_user_id == actor.user_id,
        ReferralStep.status.in_(PENDING),
        ReferralStep.kind != ReferralKind.COPY.value,
    )
    return session.scalar(q.limit(1)) is not None


def held_step_id(session: Session, actor: Actor, task_id: int) -> int | None:
    """The newest pending step of the task that ``actor`` holds (to refer it on from), if any."""
    if actor.user_id is None:
        return None
    q = select(ReferralStep.id).where(
        ReferralStep.item_type == "task",
        ReferralStep.item_id == task_id,
        ReferralStep.to_user_id == actor.user_id,
        ReferralStep.status.in_(PENDING),
        ReferralStep.kind != ReferralKind.COPY.value,
    )
    return session.scalar(q.order_by(ReferralStep.id.desc()).limit(1))


def _editable(session: Session, actor: Actor, task_id: int) -> Task:
    """The task, if ``actor`` is its creator or a current holder (PermissionDenied otherwise)."""
    t = _visible(session, actor, task_id)
    actor.require("tasks.write")
    uid = actor.user_id
    if uid is None or (uid != t.created_by_id and not is_holder(session, actor, t.id)):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP(
                "errors", "Only the creator of this task or the person holding it may change it."
            )
        )
    return t


def _check_title(title: str) -> str:
    if not title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A task needs a title."), field="title")
    return title.strip()[:300]


def _check_due(due_at: dt.datetime | None) -> dt.datetime | None:
    if due_at is None:
        return None
    if due_at.tzinfo is None:
        raise ValueError("tasks: due_at must be timezone-aware")
    if due_at <= utcnow():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The due time is already past."), field="due_at")
    return due_at


def _check_contact(session: Session, contact_id: int | None) -> int | None:
    if contact_id is None:
        return None
    c = session.get(Contact, contact_id)
    if c is None or c.deleted_at is not None:
        raise NotFound(what="Contact", id=contact_id)
    return contact_id


def _check_link(
    session: Session, actor: Actor, link_type: str, link_id: int | None
) -> tuple[str, int | None]:
    if not link_type or link_id is None:
        return "", None
    if link_type == "task":
        _visible(session, actor, link_id)
        return link_type, link_id
    item_type_of(link_type).check(session, actor, link_id)
    return link_type, link_id


def _emit(session: Session, actor: Actor, t: Task, what: str) -> None:
    users = {u for u in (t.created_by_id,) if u is not None} | set(
        u for u, _n in _holders(session, [t.id]).get(t.id, [])
    )
    emit(
        session,
        "task.changed",
        "task",
        t.id,
        {"task_id": t.id, "what": what, "user_ids": sorted(users)},
        actor,
    )


# -- use cases ---------------------------------------------------------------------------------------
def create_task(
    session: Session,
    actor: Actor,
    title: str,
    *,
    description: str = "",
    priority: str = TaskPriority.NORMAL.value,
    due_at: dt.datetime | None = None,
    contact_id: int | None = None,
    link_type: str = "",
    link_id: int | None = None,
    targets: Sequence[Target] = (),
    instruction: str = "action",
    note: str = "",
) -> TaskInfo:
    """Create a task and, when ``targets`` are given, refer it to them in the same transaction (the
    steps' deadline is the task's due time)."""
    actor.require("tasks.write")
    if actor.user_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a signed-in user can create a task."))
    t = Task(
        title=_check_title(title),
        description=description.strip(),
        priority=check_choice(priority, TaskPriority, "priority"),
        status=TaskStatus.OPEN.value,
        due_at=_check_due(due_at),
        contact_id=_check_contact(session, contact_id),
        done_note="",
        created_by_id=actor.user_id,
        created_at=utcnow(),
    )
    t.link_type, t.link_id = _check_link(session, actor, link_type, link_id)
    session.add(t)
    session.flush()
    audit(session, actor, "create", "task", t.id, t.title, {"priority": [None, t.priority]})
    if targets:
        referrals.refer(session, actor, "task", t.id, targets, instruction, note, deadline=t.due_at)
    elif t.contact_id is not None:
        add_activity(
            session, actor, t.contact_id, "task", t.title, t.description, item_type="task", item_id=t.id
        )
    _emit(session, actor, t, "created")
    log.info("%s created task %s", actor.username, t.id)
    return _infos(session, actor, [t])[0]


def get_task(session: Session, actor: Actor, task_id: int) -> TaskInfo:
    return _infos(session, actor, [_visible(session, actor, task_id)])[0]


def update_task(
    session: Session,
    actor: Actor,
    task_id: int,
    *,
    title: str | None = None,
    description: str | None = None,
    priority: str | None = None,
    due_at: dt.datetime | object | None = _UNSET,
    contact_id: int | object | None = _UNSET,
    link: tuple[str, int | None] | None = None,
) -> TaskInfo:
    """Change a task (creator or holder only). Arguments left out stay as they are; ``due_at=None``
    and ``contact_id=None`` clear them, ``link=("", None)`` removes the link."""
    t = _editable(session, actor, task_id)
    changes: dict[str, list[object]] = {}

    def put(name: str, value: object) -> None:
        old = getattr(t, name)
        if old != value:
            changes[name] = [
                old.isoformat() if isinstance(old, dt.datetime) else old,
                value.isoformat() if isinstance(value, dt.datetime) else value,
            ]
            setattr(t, name, value)

    if title is not None:
        put("title", _check_title(title))
    if description is not None:
        put("description", description.strip())
    if priority is not None:
        put("priority", check_choice(priority, TaskPriority, "priority"))
    if due_at is not _UNSET:
        new_due = due_at if isinstance(due_at, dt.datetime) else None
        if new_due != t.due_at:
            put("due_at", _check_due(new_due))
    if contact_id is not _UNSET:
        put("contact_id", _check_contact(session, contact_id if isinstance(contact_id, int) else None))
    if link is not None:
        lt, lid = _check_link(session, actor, *link)
        put("link_type", lt)
        put("link_id", lid)
    if changes:
        session.flush()
        audit(session, actor, "update", "task", t.id, t.title, dict(changes))
        _emit(session, actor, t, "updated")
    return _infos(session, actor, [t])[0]


def delete_task(session: Session, actor: Actor, task_id: int) -> None:
    """Delete a task (creator or holder only) with its referral steps and reminder answers."""
    t = _editable(session, actor, task_id)
    _emit(session, actor, t, "deleted")
    session.execute(
        delete(ReferralStep).where(ReferralStep.item_type == "task", ReferralStep.item_id == t.id)
    )
    session.execute(delete(ReminderAck).where(ReminderAck.item_type == "task", ReminderAck.item_id == t.id))
    audit(session, actor, "delete", "task", t.id, t.title)
    session.delete(t)
    session.flush()
    log.info("%s deleted task %s", actor.username, task_id)


def complete_task(session: Session, actor: Actor, task_id: int, note: str) -> TaskInfo:
    """Mark the task done (creator or holder, with a required note); its pending steps are closed."""
    t = _editable(session, actor, task_id)
    if t.status == TaskStatus.DONE:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This task is already done."))
    if not note.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write what was done in the note."), field="note")
    now = utcnow()
    q = select(ReferralStep).where(
        ReferralStep.item_type == "task", ReferralStep.item_id == t.id, ReferralStep.status.in_(PENDING)
    )
    for step in session.scalars(q):
        if step.to_user_id == actor.user_id:
            step.seen_at = step.seen_at or now
            step.acted_at = step.acted_at or now
            step.action_note = step.action_note or note.strip()
        step.status = ReferralStatus.CLOSED.value
        step.closed_at = now
        emit(
            session,
            "referral.changed",
            "referral_step",
            step.id,
            {
                "user_ids": [u for u in (step.from_user_id, step.to_user_id) if u is not None],
                "step_id": step.id,
                "item_type": "task",
                "item_id": t.id,
                "status": step.status,
            },
            actor,
        )
    t.status = TaskStatus.DONE.value
    t.done_at = now
    t.done_by_id = actor.user_id
    t.done_note = note.strip()
    session.flush()
    audit(session, actor, "done", "task", t.id, t.title, {"status": ["open", "done"]})
    if t.contact_id is not None:
        add_activity(
            session, actor, t.contact_id, "task", f"✓ {t.title}", t.done_note, item_type="task", item_id=t.id
        )
    _emit(session, actor, t, "done")
    return _infos(session, actor, [t])[0]


def reopen_task(session: Session, actor: Actor, task_id: int) -> TaskInfo:
    """Reopen a done task (its creator only)."""
    t = _visible(session, actor, task_id)
    if actor.user_id is None or actor.user_id != t.created_by_id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only the creator of this task may reopen it."))
    if t.status == TaskStatus.OPEN:
        return _infos(session, actor, [t])[0]
    t.status, t.done_at, t.done_by_id = TaskStatus.OPEN.value, None, None
    session.flush()
    audit(session, actor, "reopen", "task", t.id, t.title, {"status": ["done", "open"]})
    _emit(session, actor, t, "reopened")
    return _infos(session, actor, [t])[0]


def list_tasks(
    session: Session, actor: Actor, box: str = "mine", limit: int = 200, contact_id: int | None = None
) -> list[TaskInfo]:
    """``actor``'s tasks, newest first: ``mine`` (open, created by or held by the actor), ``created``
    (open, created by the actor), ``held`` (open, held by the actor), ``late`` (open and past due,
    created or held), ``done`` (done, created or held at some point), ``all`` (every task the actor
    may see)."""
    if box not in BOXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid {setting}; use one of: {allowed}."),
            field="box",
            setting="box",
            value=box,
            allowed=", ".join(BOXES),
        )
    uid = actor.user_id
    held = select(ReferralStep.item_id).where(
        ReferralStep.item_type == "task",
        ReferralStep.to_user_id == uid,
        ReferralStep.status.in_(PENDING),
        ReferralStep.kind != ReferralKind.COPY.value,
    )
    involved = select(ReferralStep.item_id).where(
        ReferralStep.item_type == "task",
        (ReferralStep.to_user_id == uid) | (ReferralStep.from_user_id == uid),
    )
    q = select(Task).order_by(Task.id.desc()).limit(limit)
    open_ = Task.status == TaskStatus.OPEN.value
    if box == "mine":
        q = q.where(open_, or_(Task.created_by_id == uid, Task.id.in_(held)))
    elif box == "created":
        q = q.where(open_, Task.created_by_id == uid)
    elif box == "held":
        q = q.where(open_, Task.id.in_(held))
    elif box == "late":
        q = q.where(open_, Task.due_at < utcnow(), or_(Task.created_by_id == uid, Task.id.in_(held)))
    elif box == "done":
        q = q.where(
            Task.status == TaskStatus.DONE.value, or_(Task.created_by_id == uid, Task.id.in_(involved))
        )
    elif not actor.can("tasks.see_all"):
        q = q.where(or_(Task.created_by_id == uid, Task.id.in_(involved)))
    if contact_id is not None:
        q = q.where(Task.contact_id == contact_id)
    return _infos(session, actor, list(session.scalars(q)))


# -- reminders (shared with appointments) ------------------------------------------------------------
def acked(session: Session, user_id: int, item_type: str, now: dt.datetime) -> set[tuple[int, dt.datetime]]:
    """(item id, reminder time) pairs ``user_id`` dismissed, or snoozed until later than ``now``."""
    q = select(ReminderAck.item_id, ReminderAck.due_at, ReminderAck.snoozed_until).where(
        ReminderAck.user_id == user_id, ReminderAck.item_type == item_type
    )
    return {(i, d) for i, d, until in session.execute(q) if until is None or until > now}


def ack_reminder(
    session: Session,
    actor: Actor,
    item_type: str,
    item_id: int,
    at: dt.datetime,
    snooze_until: dt.datetime | None = None,
) -> None:
    """``actor`` dismissed (``snooze_until`` None) or snoozed the reminder of ``item_type`` ``item_id``
    that fell due at ``at``. Answering again replaces the answer."""
    if actor.user_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This reminder is not yours."))
    if item_type not in ("task", "appointment"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid {setting}; use one of: {allowed}."),
            field="item_type",
            setting="item_type",
            value=item_type,
            allowed="task, appointment",
        )
    q = select(ReminderAck).where(
        ReminderAck.user_id == actor.user_id,
        ReminderAck.item_type == item_type,
        ReminderAck.item_id == item_id,
        ReminderAck.due_at == at,
    )
    row = session.scalar(q)
    if row is None:
        row = ReminderAck(user_id=actor.user_id, item_type=item_type, item_id=item_id, due_at=at)
        session.add(row)
    row.snoozed_until = snooze_until
    row.acked_at = utcnow()
    session.flush()


def due_reminders(session: Session, actor: Actor, now: dt.datetime) -> list[ItemReminder]:
    """Open tasks past their due time that ``actor`` created or holds and has not dismissed."""
    uid = actor.user_id
    if uid is None:
        return []
    held = select(ReferralStep.item_id).where(
        ReferralStep.item_type == "task",
        ReferralStep.to_user_id == uid,
        ReferralStep.status.in_(PENDING),
        ReferralStep.kind != ReferralKind.COPY.value,
    )
    q = (
        select(Task)
        .where(
            Task.status == TaskStatus.OPEN.value,
            Task.due_at.is_not(None),
            Task.due_at <= now,
            or_(Task.created_by_id == uid, Task.id.in_(held)),
        )
        .order_by(Task.due_at, Task.id)
    )
    done = acked(session, uid, "task", now)
    return [
        ItemReminder("task", t.id, t.title, t.due_at, t.due_at, "", now - t.due_at > LATE_AFTER)
        for t in session.scalars(q)
        if t.due_at is not None and (t.id, t.due_at) not in done
    ]


__all__ = [
    "BOXES",
    "ITEM_TYPES",
    "ItemReminder",
    "TaskInfo",
    "ack_reminder",
    "complete_task",
    "create_task",
    "delete_task",
    "due_reminders",
    "get_task",
    "held_step_id",
    "is_holder",
    "list_tasks",
    "reopen_task",
    "update_task",
]
