"""Referral steps as plain data, the item types referrals reach, and who may see what.

:mod:`sivadesk.ops.referrals` (the one API the rest of the application uses; it re-exports what is
public here) holds the use cases. This module holds what they share: the per-item-type hooks
(:data:`ITEM_TYPES`: letters here; tasks and faxes register theirs), the dataclasses handed to the
UI, and the visibility rules described in :mod:`sivadesk.ops.referrals`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import QueryableAttribute, Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from sivadesk.models import Department, Letter, ReferralKind, ReferralStatus, ReferralStep, Role, User, utcnow
from sivadesk.models.tasks import Task
from sivadesk.ops import letters
from sivadesk.ops.context import Actor

PENDING = (ReferralStatus.OPEN.value, ReferralStatus.SEEN.value)
FINISHED = (ReferralStatus.ACTED.value, ReferralStatus.CLOSED.value)
STAFF = frozenset({Role.ADMIN, Role.MANAGER})


# -- item types ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ItemSummary:
    """What a cartable line and a pop-up show of an item (plain data, already safe to show)."""

    item_id: int
    number: str
    title: str
    urgency: str = "normal"
    restricted: bool = False  # above "normal": its title stays off the contacts' timeline
    contact_id: int | None = None


@dataclass(frozen=True, slots=True)
class ItemType:
    """How referrals reach one kind of item. Features register theirs in :data:`ITEM_TYPES`."""

    permission: str  # needed to refer such an item
    check: Callable[[Session, Actor, int], None]  # NotFound unless ``actor`` may see the item
    describe: Callable[[Session, list[int]], dict[int, ItemSummary]]
    own_users: Callable[[Session, int], set[int]]  # the item's own people (a letter's creator, signer)
    cleared: Callable[[Session, Actor, int], bool]  # does the actor's role alone clear the item?


ITEM_TYPES: dict[str, ItemType] = {}


def _letter_type() -> ItemType:
    def check(session: Session, actor: Actor, item_id: int) -> None:
        x = session.get(Letter, item_id)
        if x is None or not letters.may_see(actor, x):
            raise NotFound(what="Letter", id=item_id)

    def describe(session: Session, ids: list[int]) -> dict[int, ItemSummary]:
        rows: Iterable[Letter] = session.scalars(select(Letter).where(Letter.id.in_(ids))) if ids else []
        return {
            x.id: ItemSummary(
                x.id, x.number, x.subject, x.urgency, x.classification != "normal", x.contact_id
            )
            for x in rows
        }

    def own_users(session: Session, item_id: int) -> set[int]:
        x = session.get(Letter, item_id)
        return {u for u in (x.creator_id, x.signer_user_id) if u is not None} if x else set()

    def cleared(session: Session, actor: Actor, item_id: int) -> bool:
        x = session.get(Letter, item_id)
        return x is not None and x.classification in letters.cleared_levels(actor)

    return ItemType("letters.refer", check, describe, own_users, cleared)


ITEM_TYPES["letter"] = _letter_type()


def task_visible(session: Session, actor: Actor, task: Task) -> bool:
    """Its creator, anyone a step of it was sent to or from, and the managers see a task."""
    if actor.can("tasks.see_all") or (actor.user_id is not None and actor.user_id == task.created_by_id):
        return True
    if actor.user_id is None:
        return False
    q = select(ReferralStep.id).where(
        ReferralStep.item_type == "task",
        ReferralStep.item_id == task.id,
        (ReferralStep.to_user_id == actor.user_id) | (ReferralStep.from_user_id == actor.user_id),
    )
    return session.scalar(q.limit(1)) is not None


def _task_type() -> ItemType:
    def check(session: Session, actor: Actor, item_id: int) -> None:
        x = session.get(Task, item_id)
        if x is None or not task_visible(session, actor, x):
            raise NotFound(what="Task", id=item_id)

    def describe(session: Session, ids: list[int]) -> dict[int, ItemSummary]:
        rows: Iterable[Task] = session.scalars(select(Task).where(Task.id.in_(ids))) if ids else []
        urgency = {"urgent": "immediate", "high": "urgent"}
        return {
            x.id: ItemSummary(
                x.id, f"#{x.id}", x.title, urgency.get(x.priority, "normal"), contact_id=x.contact_id
            )
            for x in rows
        }

    def own_users(session: Session, item_id: int) -> set[int]:
        x = session.get(Task, item_id)
        return {x.created_by_id} if x is not None and x.created_by_id is not None else set()

    def cleared(session: Session, actor: Actor, item_id: int) -> bool:
        del session, item_id
        return actor.can("tasks.see_all")

    return ItemType("tasks.write", check, describe, own_users, cleared)


ITEM_TYPES["task"] = _task_type()


def item_type_of(item_type: str) -> ItemType:
    kind = ITEM_TYPES.get(item_type)
    if kind is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid {setting}; use one of: {allowed}."),
            field="item_type",
            setting="item_type",
            value=item_type,
            allowed=", ".join(ITEM_TYPES),
        )
    return kind


# -- visibility of the items themselves (used by ops.letters) ------------------------------------
def referred_clause(
    actor: Actor, item_type: str, item_id: ColumnElement[int] | QueryableAttribute[int]
) -> ColumnElement[bool]:
    """SQL: some step of ``item_type`` ``item_id`` was sent to ``actor``.

    ``item_id IN (the ids referred to the actor)`` rather than a correlated ``EXISTS``: inside the
    ``OR`` of a list's visibility rule the database runs it once (a hashed subplan on PostgreSQL,
    an ephemeral table on SQLite) instead of once per letter."""
    referred = select(ReferralStep.item_id).where(
        ReferralStep.to_user_id == actor.user_id, ReferralStep.item_type == item_type
    )
    return item_id.in_(referred)


def is_referred_to(session: Session, actor: Actor, item_type: str, item_id: int) -> bool:
    if actor.user_id is None:
        return False
    q = select(ReferralStep.id).where(
        ReferralStep.item_type == item_type,
        ReferralStep.item_id == item_id,
        ReferralStep.to_user_id == actor.user_id,
    )
    return session.scalar(q.limit(1)) is not None


# -- plain data out -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Target:
    """A receiver: a user or a department (see the module docstring for departments)."""

    user_id: int | None = None
    department_id: int | None = None

    @classmethod
    def user(cls, user_id: int) -> Target:
        return cls(user_id=user_id)

    @classmethod
    def department(cls, department_id: int) -> Target:
        return cls(department_id=department_id)


@dataclass(frozen=True, slots=True)
class StepInfo:
    id: int
    item_type: str
    item_id: int
    parent_step_id: int | None
    kind: str
    from_user_id: int | None
    from_name: str
    to_user_id: int | None
    to_name: str
    to_department_id: int | None
    to_department_name: str
    instruction: str
    note: str
    action_note: str
    status: str
    already_open: bool
    circular: bool
    sent_at: dt.datetime
    seen_at: dt.datetime | None
    acted_at: dt.datetime | None
    closed_at: dt.datetime | None
    deadline: dt.datetime | None

    @property
    def flagged(self) -> bool:
        """Sent to someone already holding the item, or back to someone already on its path."""
        return self.already_open or self.circular

    def dwell(self, now: dt.datetime | None = None) -> dt.timedelta:
        """How long the step stayed with its receiver: until acted on or closed, else until now."""
        end = self.acted_at or self.closed_at or now or utcnow()
        return max(end - self.sent_at, dt.timedelta(0))

    def overdue(self, now: dt.datetime | None = None) -> bool:
        return self.deadline is not None and self.status in PENDING and (now or utcnow()) > self.deadline


@dataclass(frozen=True, slots=True)
class StepNode:
    step: StepInfo
    children: list[StepNode] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CartableEntry:
    step: StepInfo
    item: ItemSummary | None  # None: the item no longer exists (a deleted draft)


@dataclass(frozen=True, slots=True)
class BoxCount:
    total: int
    unseen: int
    overdue: int


def step_infos(session: Session, steps: Sequence[ReferralStep]) -> list[StepInfo]:
    user_ids = {u for s in steps for u in (s.from_user_id, s.to_user_id) if u is not None}
    dept_ids = {s.to_department_id for s in steps if s.to_department_id is not None}
    users: dict[int, str] = {}
    if user_ids:
        users = {
            i: n for i, n in session.execute(select(User.id, User.full_name).where(User.id.in_(user_ids)))
        }
    depts: dict[int, str] = {}
    if dept_ids:
        q = select(Department.id, Department.name).where(Department.id.in_(dept_ids))
        depts = {i: n for i, n in session.execute(q)}
    return [
        StepInfo(
            s.id,
            s.item_type,
            s.item_id,
            s.parent_step_id,
            s.kind,
            s.from_user_id,
            users.get(s.from_user_id, "") if s.from_user_id is not None else "",
            s.to_user_id,
            users.get(s.to_user_id, "") if s.to_user_id is not None else "",
            s.to_department_id,
            depts.get(s.to_department_id, "") if s.to_department_id is not None else "",
            s.instruction,
            s.note,
            s.action_note,
            s.status,
            s.already_open,
            s.circular,
            s.sent_at,
            s.seen_at,
            s.acted_at,
            s.closed_at,
            s.deadline,
        )
        for s in steps
    ]


def step_info(session: Session, step: ReferralStep) -> StepInfo:
    return step_infos(session, [step])[0]


# -- who sees steps --------------------------------------------------------------------------------------
def may_see_steps(session: Session, actor: Actor, item_type: str, item_id: int) -> bool:
    """May ``actor`` see the item's non-copy steps (involved, or staff whose role clears it)?"""
    kind_of = item_type_of(item_type)
    kind_of.check(session, actor, item_id)
    if actor.role in STAFF and kind_of.cleared(session, actor, item_id):
        return True
    uid = actor.user_id
    if uid is None:
        return False
    if uid in kind_of.own_users(session, item_id):
        return True
    q = select(ReferralStep.id).where(
        ReferralStep.item_type == item_type,
        ReferralStep.item_id == item_id,
        ReferralStep.kind != ReferralKind.COPY.value,
        (ReferralStep.to_user_id == uid) | (ReferralStep.from_user_id == uid),
    )
    return session.scalar(q.limit(1)) is not None


def is_own(actor: Actor, step: ReferralStep) -> bool:
    return actor.user_id is not None and actor.user_id in (step.from_user_id, step.to_user_id)


def visible_step(session: Session, actor: Actor, step_id: int) -> ReferralStep:
    step = session.get(ReferralStep, step_id)
    if step is None:
        raise NotFound(what="Referral step", id=step_id)
    if is_own(actor, step):
        item_type_of(step.item_type).check(session, actor, step.item_id)
        return step
    if step.kind == ReferralKind.COPY or not may_see_steps(session, actor, step.item_type, step.item_id):
        raise NotFound(what="Referral step", id=step_id)
    return step


def item_summary(session: Session, actor: Actor, item_type: str, item_id: int) -> ItemSummary:
    """What the referral dialog shows of the item (NotFound unless ``actor`` may see it)."""
    kind_of = item_type_of(item_type)
    kind_of.check(session, actor, item_id)
    return kind_of.describe(session, [item_id])[item_id]


def get_step(session: Session, actor: Actor, step_id: int) -> CartableEntry:
    """One step with its item's summary (what the pop-up shows)."""
    step = visible_step(session, actor, step_id)
    item = item_type_of(step.item_type).describe(session, [step.item_id]).get(step.item_id)
    return CartableEntry(step_info(session, step), item)
