"""Call reports: per day, per hour (peak hours), per contact, per agent, missed vs answered, contacts
with no call since a date. Each returns plain rows; :func:`to_csv` exports any of them.

Days and hours are the desktop's local ones (a call at 23:30 in Tehran is counted on its Tehran
day): the database counts calls per UTC quarter hour and Python puts the quarter hours on local
days and hours (see :data:`BUCKET_S`); the other reports group in the database.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import ColumnElement, Integer, case, func, select
from sqlalchemy.orm import Session

from sivadesk.models import Contact, User
from sivadesk.models.calls import Call, CallDirection
from sivadesk.ops.context import Actor


def _period(date_from: dt.date, date_to: dt.date) -> list[ColumnElement[bool]]:
    start = dt.datetime(date_from.year, date_from.month, date_from.day).astimezone()
    end = dt.datetime(date_to.year, date_to.month, date_to.day).astimezone() + dt.timedelta(days=1)
    return [Call.ring_at >= start, Call.ring_at < end]


#: Calls are counted in the database per quarter hour (UTC), then put on local days and hours here:
#: every UTC offset in use is a whole number of quarter hours (Tehran +3:30, Kathmandu +5:45), so a
#: quarter hour never straddles two local hours, and daylight-saving changes fall on bucket edges.
BUCKET_S = 900


def _quarter_hours(
    session: Session, date_from: dt.date, date_to: dt.date, *extra: ColumnElement[bool]
) -> list[tuple[dt.datetime, str, bool, int]]:
    """(local start of the quarter hour, direction, missed, calls) over the period."""
    if session.get_bind().dialect.name == "postgresql":
        bucket: ColumnElement[Any] = func.floor(func.extract("epoch", Call.ring_at) / BUCKET_S)
    else:
        # Integer division: SQLAlchemy's "/" would divide as floats and nothing would group.
        bucket = func.cast(func.strftime("%s", Call.ring_at), Integer).op("/")(BUCKET_S)
    b = bucket.label("b")
    stmt = (
        select(b, Call.direction, Call.missed, func.count())
        .where(*_period(date_from, date_to), *extra)
        .group_by(b, Call.direction, Call.missed)
    )
    return [
        (dt.datetime.fromtimestamp(int(q) * BUCKET_S, dt.UTC).astimezone(), direction, bool(missed), int(n))
        for q, direction, missed, n in session.execute(stmt)
    ]


@dataclass(frozen=True, slots=True)
class DayRow:
    day: dt.date
    incoming: int
    outgoing: int
    answered: int
    missed: int


def calls_per_day(session: Session, actor: Actor, date_from: dt.date, date_to: dt.date) -> list[DayRow]:
    """One row per day of the period (days without calls included, with zeros)."""
    actor.require("calls.reports")
    counts: dict[dt.date, list[int]] = {}
    day = date_from
    while day <= date_to:
        counts[day] = [0, 0, 0, 0]
        day += dt.timedelta(days=1)
    for start, direction, missed, n in _quarter_hours(session, date_from, date_to):
        c = counts.get(start.date())
        if c is None:
            continue
        if direction == CallDirection.OUT.value:
            c[1] += n
        else:
            c[0] += n
            c[3 if missed else 2] += n
    return [DayRow(d, *c) for d, c in counts.items()]


@dataclass(frozen=True, slots=True)
class HourRow:
    hour: int  # 0-23, local time
    calls: int
    missed: int


def calls_per_hour(session: Session, actor: Actor, date_from: dt.date, date_to: dt.date) -> list[HourRow]:
    """24 rows: incoming calls per hour of the day over the period (the peak hours)."""
    actor.require("calls.reports")
    counts = [[0, 0] for _ in range(24)]
    incoming = Call.direction == CallDirection.IN.value
    for start, _direction, missed, n in _quarter_hours(session, date_from, date_to, incoming):
        c = counts[start.hour]
        c[0] += n
        c[1] += n if missed else 0
    return [HourRow(h, c[0], c[1]) for h, c in enumerate(counts)]


def peak_hours(rows: Sequence[HourRow], top: int = 3) -> list[int]:
    """The busiest hours, busiest first (hours without calls never count)."""
    busy = sorted((r for r in rows if r.calls), key=lambda r: (-r.calls, r.hour))
    return [r.hour for r in busy[:top]]


@dataclass(frozen=True, slots=True)
class ContactRow:
    contact_id: int
    name: str
    organization: str
    calls: int
    missed: int
    talk_s: int
    last_call_at: dt.datetime | None


def calls_per_contact(
    session: Session, actor: Actor, date_from: dt.date, date_to: dt.date, limit: int = 100
) -> list[ContactRow]:
    """Contacts who called or were called in the period, most calls first."""
    actor.require("calls.reports")
    n = func.count(Call.id)
    stmt = (
        select(
            Call.contact_id,
            Contact.display_name,
            Contact.organization,
            n,
            func.sum(case((Call.missed.is_(True), 1), else_=0)),
            func.coalesce(func.sum(Call.duration_s), 0),
            func.max(Call.ring_at),
        )
        .join(Contact, Contact.id == Call.contact_id)
        .where(*_period(date_from, date_to))
        .group_by(Call.contact_id, Contact.display_name, Contact.organization)
        .order_by(n.desc(), Contact.display_name)
        .limit(limit)
    )
    return [
        ContactRow(cid, name, org, int(calls), int(missed or 0), int(talk or 0), last)
        for cid, name, org, calls, missed, talk, last in session.execute(stmt)
    ]


@dataclass(frozen=True, slots=True)
class AgentRow:
    user_id: int
    name: str
    answered: int
    talk_s: int
    average_s: int


def calls_per_agent(session: Session, actor: Actor, date_from: dt.date, date_to: dt.date) -> list[AgentRow]:
    """Calls answered per agent ("I took it" or reported by the unit), most first."""
    actor.require("calls.reports")
    n = func.count(Call.id)
    stmt = (
        select(User.id, User.full_name, n, func.coalesce(func.sum(Call.duration_s), 0))
        .join(User, User.id == Call.answered_by_id)
        .where(*_period(date_from, date_to))
        .group_by(User.id, User.full_name)
        .order_by(n.desc(), User.full_name)
    )
    return [
        AgentRow(int(uid), name, int(count), int(talk or 0), int(talk or 0) // int(count) if count else 0)
        for uid, name, count, talk in session.execute(stmt)
    ]


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    outcome: str  # answered | missed | outgoing
    calls: int


def missed_vs_answered(
    session: Session, actor: Actor, date_from: dt.date, date_to: dt.date
) -> list[OutcomeRow]:
    actor.require("calls.reports")
    rows = session.execute(
        select(Call.direction, Call.missed, func.count())
        .where(*_period(date_from, date_to))
        .group_by(Call.direction, Call.missed)
    )
    out = {"answered": 0, "missed": 0, "outgoing": 0}
    for direction, missed, count in rows:
        key = "outgoing" if direction == CallDirection.OUT.value else ("missed" if missed else "answered")
        out[key] += int(count)
    return [OutcomeRow(k, v) for k, v in out.items()]


@dataclass(frozen=True, slots=True)
class QuietContactRow:
    contact_id: int
    name: str
    organization: str
    phone: str
    last_call_at: dt.datetime | None  # None: never called


def contacts_without_call_since(
    session: Session, actor: Actor, since: dt.date, limit: int = 1000, offset: int = 0
) -> list[QuietContactRow]:
    """Live contacts with a phone and no call (either way) since ``since``, the longest silent first."""
    actor.require("calls.reports")
    start = dt.datetime(since.year, since.month, since.day).astimezone()
    last = (
        select(Call.contact_id.label("cid"), func.max(Call.ring_at).label("last"))
        .where(Call.contact_id.is_not(None))
        .group_by(Call.contact_id)
        .subquery("last_call")
    )
    stmt = (
        select(Contact.id, Contact.display_name, Contact.organization, Contact.primary_phone, last.c.last)
        .outerjoin(last, last.c.cid == Contact.id)
        .where(Contact.deleted_at.is_(None), Contact.primary_phone != "")
        .where((last.c.last.is_(None)) | (last.c.last < start))
        .order_by(last.c.last.is_not(None), last.c.last, Contact.sort_key, Contact.id)
        .offset(offset)
        .limit(limit)
    )
    return [QuietContactRow(cid, name, org, phone, at) for cid, name, org, phone, at in session.execute(stmt)]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone().isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    # Spreadsheet formula injection: a cell that starts like a formula is quoted.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def to_csv(rows: Sequence[Any], out: TextIO | Path | None = None) -> str:
    """Any report's rows as CSV (header from the row fields; UTF-8 with BOM when written to a file).

    Returns the CSV text; also writes it to ``out`` (a path or an open text file) when given.
    """
    if not rows:
        return ""
    fields = [f.name for f in dataclasses.fields(rows[0])]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(fields)
    for row in rows:
        writer.writerow([_cell(getattr(row, name)) for name in fields])
    text = buf.getvalue()
    if isinstance(out, Path):
        out.write_text(text, encoding="utf-8-sig", newline="")
    elif out is not None:
        out.write(text)
    return text
