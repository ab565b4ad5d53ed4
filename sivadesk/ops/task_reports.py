"""The referral workload report: per user, open and overdue steps, finished steps and their average
dwell time (every item type: letters, tasks, calls, faxes), and open tasks created; CSV export.
Managers and administrators only (``tasks.see_all``)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sivadesk.models import ReferralKind, ReferralStep, User, utcnow
from sivadesk.models.tasks import Task, TaskStatus
from sivadesk.ops.context import Actor
from sivadesk.ops.referral_items import PENDING

__all__ = ["UserLoad", "workload", "workload_csv"]


@dataclass(frozen=True, slots=True)
class UserLoad:
    """One user's share of the referral flow (every item type: letters, tasks, calls, faxes)."""

    user_id: int
    name: str
    open_steps: int  # referred to them, not yet acted on or closed
    overdue_steps: int  # of those, past their deadline
    finished_steps: int  # acted on or closed since the report's start
    average_dwell: dt.timedelta | None  # sent -> acted (or closed), over the finished ones
    open_tasks_created: int


def workload(
    session: Session, actor: Actor, since: dt.datetime, now: dt.datetime | None = None
) -> list[UserLoad]:
    """Per active user: open and overdue referral steps, finished steps since ``since`` with their
    average dwell time, and open tasks they created. Managers and administrators only."""
    actor.require("tasks.see_all")
    now = now or utcnow()
    people = list(
        session.execute(select(User.id, User.full_name).where(User.active.is_(True)).order_by(User.full_name))
    )
    pending = session.execute(
        select(ReferralStep.to_user_id, ReferralStep.deadline).where(
            ReferralStep.status.in_(PENDING), ReferralStep.kind != ReferralKind.COPY.value
        )
    )
    open_n: dict[int, int] = {}
    late_n: dict[int, int] = {}
    for uid, deadline in pending:
        if uid is None:
            continue
        open_n[uid] = open_n.get(uid, 0) + 1
        if deadline is not None and deadline < now:
            late_n[uid] = late_n.get(uid, 0) + 1
    finished = session.execute(
        select(
            ReferralStep.to_user_id, ReferralStep.sent_at, ReferralStep.acted_at, ReferralStep.closed_at
        ).where(
            ReferralStep.status.not_in(PENDING),
            ReferralStep.kind != ReferralKind.COPY.value,
            ReferralStep.sent_at >= since,
        )
    )
    dwell: dict[int, list[dt.timedelta]] = {}
    for uid, sent, acted, closed in finished:
        end = acted or closed
        if uid is not None and end is not None:
            dwell.setdefault(uid, []).append(max(end - sent, dt.timedelta(0)))
    created = dict(
        session.execute(
            select(Task.created_by_id, func.count())
            .where(Task.status == TaskStatus.OPEN.value, Task.created_by_id.is_not(None))
            .group_by(Task.created_by_id)
        ).all()
    )
    out = []
    for uid, name in people:
        times = dwell.get(uid, [])
        average = sum(times, dt.timedelta(0)) / len(times) if times else None
        out.append(
            UserLoad(
                uid,
                name,
                open_n.get(uid, 0),
                late_n.get(uid, 0),
                len(times),
                average,
                int(created.get(uid, 0)),
            )
        )
    return out


def workload_csv(rows: Sequence[UserLoad]) -> str:
    """The report as CSV (UTF-8 text, header row; dwell in hours with one decimal)."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(
        ["user", "open_steps", "overdue_steps", "finished_steps", "average_dwell_hours", "open_tasks_created"]
    )
    for r in rows:
        hours = "" if r.average_dwell is None else f"{r.average_dwell.total_seconds() / 3600:.1f}"
        w.writerow([r.name, r.open_steps, r.overdue_steps, r.finished_steps, hours, r.open_tasks_created])
    return buf.getvalue()
