"""Calls: recording caller-ID events, the call log, the pop-up's facts, line states, watched lines.

The listener (``sivadesk callerid listen`` or the desktop's own worker) calls :func:`record_event`
for every decoded event, in its own transaction. Desktops learn of calls from the change feed:

* topic ``call``, payload ``{call_id, line, number, contact_id, state, direction}`` where state is
  ``ringing`` (pop up), ``dialling``, ``answered``, ``taken``, ``ended``, ``missed``, ``linked`` or
  ``logged`` (a record replayed from a unit's memory: never a pop-up);
* topic ``line``, payload ``{line, state, call_id, user_id}`` for the line board.

Everything returns plain frozen dataclasses; permissions are checked here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from sivadesk import phones, textnorm
from sivadesk.devices.callerid.events import Event
from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from sivadesk.models import Contact, Letter, LetterStatus, User, utcnow
from sivadesk.models.calls import Call, CallDirection, CallState, DeskUser, LineState, LineStatus, WatchedLine
from sivadesk.ops import call_referrals, office  # call_referrals registers calls as a referral item type
from sivadesk.ops.call_recording import (
    add_call_activity,
    emit_call,
    expire_lines,
    has_stale_lines,
    line_name,
    record,
)
from sivadesk.ops.contact_search import PhoneDirectory
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

__all__ = [
    "CallFilter",
    "CallInfo",
    "DeskInfo",
    "LineStateInfo",
    "PopupInfo",
    "assign_desk",
    "count_calls",
    "desk_assignments",
    "expire_lines",
    "get_call",
    "has_stale_lines",
    "line_name",
    "line_states",
    "link_call_to_contact",
    "list_calls",
    "missed_calls",
    "popup_info",
    "record_event",
    "set_watched_lines",
    "take_call",
    "watched_lines",
    "watches",
]

_Company = aliased(Contact)


@dataclass(frozen=True, slots=True)
class CallInfo:
    id: int
    line: str
    direction: str  # "in" or "out"
    number_raw: str
    number_e164: str | None
    name: str  # the name the network sent
    private: bool
    contact_id: int | None
    contact_name: str
    company_name: str
    ring_at: dt.datetime
    answer_at: dt.datetime | None
    end_at: dt.datetime | None
    duration_s: int | None
    answered_by_id: int | None
    answered_by_name: str
    missed: bool
    unknown: bool
    out_of_area: bool = False
    state: str = CallState.RINGING.value
    answered_desk: str = ""
    rings: int | None = None
    source: str = ""


_INFO_COLUMNS = (Call, Contact.display_name, Contact.organization, _Company.display_name, User.full_name)


def _info_select() -> Select[Call, str, str, str, str]:
    return (
        select(*_INFO_COLUMNS)
        .outerjoin(Contact, Contact.id == Call.contact_id)
        .outerjoin(_Company, _Company.id == Contact.company_id)
        .outerjoin(User, User.id == Call.answered_by_id)
    )


def _info(row: Row[*tuple[Any, ...]] | tuple[Any, ...]) -> CallInfo:
    c: Call = row[0]
    cname, org, company, uname = row[1], row[2], row[3], row[4]
    return CallInfo(
        id=c.id,
        line=c.line,
        direction=c.direction,
        number_raw=c.number_raw,
        number_e164=c.number_e164,
        name=c.name,
        private=c.private,
        contact_id=c.contact_id,
        contact_name=cname or "",
        company_name=company or org or "",
        ring_at=c.ring_at,
        answer_at=c.answer_at,
        end_at=c.end_at,
        duration_s=c.duration_s,
        answered_by_id=c.answered_by_id,
        answered_by_name=uname or "",
        missed=c.missed,
        unknown=c.unknown,
        out_of_area=c.out_of_area,
        state=c.state,
        answered_desk=c.answered_desk,
        rings=c.rings,
        source=c.source,
    )


def _load(session: Session, call_id: int) -> CallInfo:
    row = session.execute(_info_select().where(Call.id == call_id)).first()
    if row is None:
        raise NotFound(what="Call", id=call_id)
    return _info(row)


def record_event(
    session: Session,
    event: Event,
    *,
    line: str | None = None,
    received_at: dt.datetime | None = None,
    directory: PhoneDirectory | None = None,
) -> CallInfo | None:
    """Turn one decoded caller-ID event into Call rows, line states and feed events.

    ``line`` names the line (``{n}`` is replaced by the unit's line number, see
    :func:`~sivadesk.ops.call_recording.line_name`). ``received_at`` is when the bytes arrived
    (default: now). ``directory`` is the listener's :class:`PhoneDirectory` for fast matching.
    Returns the call the event touched, or None (protocol errors, device notices). Device input is
    not an actor's action: no permission applies; the caller owns the transaction.
    """
    call = record(session, event, line, received_at, directory)
    return _info_of(session, call) if call is not None else None


def _info_of(session: Session, call: Call) -> CallInfo:
    """:class:`CallInfo` from a loaded call: the contact and agent are usually in the session already
    (matching loaded them), so this costs no query, where :func:`_load` costs one."""
    contact = session.get(Contact, call.contact_id) if call.contact_id is not None else None
    company = session.get(Contact, contact.company_id) if contact is not None and contact.company_id else None
    agent = session.get(User, call.answered_by_id) if call.answered_by_id is not None else None
    return _info(
        (
            call,
            contact.display_name if contact else None,
            contact.organization if contact else None,
            company.display_name if company else None,
            agent.full_name if agent else None,
        )
    )


def get_call(session: Session, actor: Actor, call_id: int) -> CallInfo:
    actor.require("calls.read")
    return _load(session, call_id)


def take_call(session: Session, actor: Actor, call_id: int) -> CallInfo:
    """ "I took it": the actor answered this call (also after the fact, for units without hook detection)."""
    actor.require("calls.manage")
    call = session.get(Call, call_id)
    if call is None:
        raise NotFound(what="Call", id=call_id)
    previous = call.answered_by_id
    call.answered_by_id = actor.user_id
    if call.answer_at is None:
        call.answer_at = utcnow() if call.end_at is None else call.ring_at
    call.missed = False
    if call.state == CallState.RINGING.value:
        call.state = CallState.ON_CALL.value
    ls = session.get(LineState, call.line)
    if ls is not None and ls.call_id == call.id:
        ls.user_id = actor.user_id
        if ls.state == LineStatus.RINGING.value:
            ls.state = LineStatus.ON_CALL.value
            ls.since = utcnow()
        emit(
            session,
            "line",
            "line_state",
            None,
            {"line": ls.line, "state": ls.state, "call_id": call.id, "user_id": actor.user_id},
            actor,
        )
    session.flush()
    audit(
        session,
        actor,
        "take",
        "call",
        call.id,
        call.number_raw,
        {"answered_by_id": [previous, actor.user_id]},
    )
    emit_call(session, call, "taken", actor, user_id=actor.user_id)
    return _load(session, call.id)


@dataclass(frozen=True, slots=True)
class CallFilter:
    """Call-log filters; None/empty means "any". ``date_to`` is inclusive (a date means that whole day)."""

    direction: str | None = None  # "in" / "out"
    missed: bool | None = None
    unknown: bool | None = None
    line: str | None = None
    agent_id: int | None = None
    date_from: dt.date | dt.datetime | None = None
    date_to: dt.date | dt.datetime | None = None
    contact_id: int | None = None
    text: str = ""


def _start(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.astimezone()
    return dt.datetime(value.year, value.month, value.day).astimezone()


def _end(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.astimezone()
    return _start(value + dt.timedelta(days=1))


def _where(f: CallFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.direction is not None:
        if f.direction not in (CallDirection.IN.value, CallDirection.OUT.value):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{value} is not a call direction; use in or out."),
                field="direction",
                value=f.direction,
            )
        conds.append(Call.direction == f.direction)
    if f.missed is not None:
        conds.append(Call.missed.is_(f.missed))
    if f.unknown is not None:
        conds.append(Call.unknown.is_(f.unknown))
    if f.line:
        conds.append(Call.line == f.line)
    if f.agent_id is not None:
        conds.append(Call.answered_by_id == f.agent_id)
    if f.contact_id is not None:
        conds.append(Call.contact_id == f.contact_id)
    if f.date_from is not None:
        conds.append(Call.ring_at >= _start(f.date_from))
    if f.date_to is not None:
        end = _end(f.date_to)
        conds.append(Call.ring_at < end if not isinstance(f.date_to, dt.datetime) else Call.ring_at <= end)
    text = f.text.strip()
    if text:
        digits = phones.digits_of(text)
        if digits and len(digits) >= len(text.replace(" ", "").replace("+", "").replace("-", "")) - 1:
            conds.append(
                or_(
                    Call.number_raw.contains(digits, autoescape=True),
                    Call.number_key.startswith(digits[::-1]),
                )
            )
        else:
            words = [w for w in textnorm.normalize(text).split(" ") if w]
            for w in words:
                conds.append(
                    or_(
                        Contact.search_text.contains(w, autoescape=True),
                        func.lower(Call.name).contains(w.lower(), autoescape=True),
                    )
                )
    return conds


def list_calls(
    session: Session, actor: Actor, f: CallFilter = CallFilter(), limit: int = 200, offset: int = 0
) -> list[CallInfo]:
    """The call log, newest first, paged.

    Deferred join: the page's ids come from the ``ring_at`` index alone, then only those calls are
    joined with their contact and agent; a plain OFFSET would join every skipped row (a page 100,000
    calls deep took 0.7 s that way).
    """
    actor.require("calls.read")
    ids = select(Call.id.label("id"), Call.ring_at.label("at")).where(*_where(f))
    if f.text.strip():
        ids = ids.outerjoin(Contact, Contact.id == Call.contact_id)
    page = ids.order_by(Call.ring_at.desc(), Call.id.desc()).offset(offset).limit(limit).subquery("page")
    stmt = _info_select().join(page, page.c.id == Call.id).order_by(page.c.at.desc(), page.c.id.desc())
    return [_info(row) for row in session.execute(stmt)]


def count_calls(session: Session, actor: Actor, f: CallFilter = CallFilter()) -> int:
    actor.require("calls.read")
    stmt = (
        select(func.count())
        .select_from(Call)
        .outerjoin(Contact, Contact.id == Call.contact_id)
        .where(*_where(f))
    )
    return int(session.scalar(stmt) or 0)


def missed_calls(
    session: Session,
    actor: Actor,
    *,
    since: dt.date | dt.datetime | None = None,
    include_called_back: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[CallInfo]:
    """Missed incoming calls, newest first. By default those already handled are left out: a later
    outgoing call to the same number, or a later answered call from it, counts as calling back."""
    actor.require("calls.read")
    later = aliased(Call)
    same_number = or_(
        and_(Call.number_e164.is_not(None), later.number_e164 == Call.number_e164),
        and_(Call.number_e164.is_(None), Call.number_key != "", later.number_key == Call.number_key),
    )
    handled = exists().where(
        later.ring_at > Call.ring_at,
        same_number,
        or_(later.direction == CallDirection.OUT.value, later.missed.is_(False)),
    )
    conds: list[ColumnElement[bool]] = [Call.missed.is_(True), Call.direction == CallDirection.IN.value]
    if since is not None:
        conds.append(Call.ring_at >= _start(since))
    if not include_called_back:
        conds.append(~handled)
    stmt = (
        _info_select().where(*conds).order_by(Call.ring_at.desc(), Call.id.desc()).offset(offset).limit(limit)
    )
    return [_info(row) for row in session.execute(stmt)]


def link_call_to_contact(session: Session, actor: Actor, call_id: int, contact_id: int) -> int:
    """Give an unknown caller a contact: this call and every unlinked call from the same number.
    Returns how many calls were linked."""
    actor.require("calls.manage")
    call = session.get(Call, call_id)
    if call is None:
        raise NotFound(what="Call", id=call_id)
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(what="Contact", id=contact_id)
    if call.number_e164:
        same: ColumnElement[bool] = Call.number_e164 == call.number_e164
    elif call.number_key:
        same = Call.number_key == call.number_key
    else:
        same = Call.id == call.id  # withheld number: only this call
    rows = list(
        session.scalars(select(Call).where(or_(Call.id == call.id, and_(same, Call.contact_id.is_(None)))))
    )
    for c in rows:
        c.contact_id = contact_id
        c.unknown = False
    session.flush()
    region = office.load(session).phone_region
    for c in rows:
        add_call_activity(session, actor, c, region)
        emit_call(session, c, "linked", actor)
    audit(
        session,
        actor,
        "link",
        "call",
        call.id,
        contact.display_name,
        {"contact_id": [None, contact_id], "calls": len(rows)},
    )
    return len(rows)


@dataclass(frozen=True, slots=True)
class PopupInfo:
    """What the pop-up shows. ``open_tasks`` counts the referrals still pending (open or seen) on
    the contact's calls and letters: referrals are the office's tasks. ``open_conversations`` is None
    while the store has no conversations (feature not installed)."""

    call: CallInfo
    contact_id: int | None
    contact_name: str
    company_name: str
    number: str  # for display: national format for the office's country, else international
    last_call_at: dt.datetime | None  # the caller's previous call, before this one
    calls_today: int  # from this number (or this contact), today, this call included
    open_letters: int
    open_tasks: int | None = None
    open_conversations: int | None = None


def popup_info(session: Session, actor: Actor, call_id: int) -> PopupInfo:
    actor.require("calls.read")
    info = _load(session, call_id)
    region = office.load(session).phone_region
    if info.contact_id is not None:
        same: ColumnElement[bool] | None = Call.contact_id == info.contact_id
    elif info.number_e164:
        same = Call.number_e164 == info.number_e164
    else:
        key = session.scalar(select(Call.number_key).where(Call.id == call_id))
        same = Call.number_key == key if key else None
    last: dt.datetime | None = None
    today = 1
    if same is not None:
        last = session.scalar(
            select(func.max(Call.ring_at)).where(same, Call.id != call_id, Call.ring_at <= info.ring_at)
        )
        midnight = dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
        today = int(
            session.scalar(select(func.count()).select_from(Call).where(same, Call.ring_at >= midnight)) or 0
        )
    letters = 0
    if info.contact_id is not None:
        letters = int(
            session.scalar(
                select(func.count())
                .select_from(Letter)
                .where(
                    Letter.contact_id == info.contact_id,
                    Letter.status.not_in((LetterStatus.ARCHIVED.value, LetterStatus.VOID.value)),
                )
            )
            or 0
        )
    tasks = call_referrals.open_referrals(session, info.contact_id) if info.contact_id is not None else 0
    if info.private:
        number = "P"
    elif info.out_of_area:
        number = "O"
    else:
        number = phones.format_display(info.number_e164, info.number_raw, region)
    return PopupInfo(
        call=info,
        contact_id=info.contact_id,
        contact_name=info.contact_name,
        company_name=info.company_name,
        number=number,
        last_call_at=last,
        calls_today=today,
        open_letters=letters,
        open_tasks=tasks,
    )


@dataclass(frozen=True, slots=True)
class LineStateInfo:
    line: str
    state: str  # idle | ringing | off_hook | on_call
    since: dt.datetime
    call_id: int | None
    user_id: int | None
    user_name: str
    number: str
    contact_name: str


def line_states(session: Session, actor: Actor | None = None) -> list[LineStateInfo]:
    """Every known line's live state, by line name."""
    if actor is not None:
        actor.require("calls.read")
    stmt = (
        select(LineState, User.full_name, Call.number_raw, Contact.display_name)
        .outerjoin(User, User.id == LineState.user_id)
        .outerjoin(Call, Call.id == LineState.call_id)
        .outerjoin(Contact, Contact.id == Call.contact_id)
        .order_by(LineState.line)
    )
    return [
        LineStateInfo(
            ls.line, ls.state, ls.since, ls.call_id, ls.user_id, uname or "", number or "", cname or ""
        )
        for ls, uname, number, cname in session.execute(stmt)
    ]


def watched_lines(session: Session, user_id: int) -> list[str]:
    """The lines whose calls pop up for ``user_id``; empty means every line."""
    return list(
        session.scalars(
            select(WatchedLine.line).where(WatchedLine.user_id == user_id).order_by(WatchedLine.line)
        )
    )


def watches(watched: list[str] | tuple[str, ...] | frozenset[str], line: str) -> bool:
    """Whether a user with these watched lines sees a pop-up for ``line`` (no lines: all of them)."""
    return not watched or line in watched


def set_watched_lines(session: Session, actor: Actor, lines: list[str]) -> list[str]:
    """Replace the actor's watched lines (empty: watch every line). Returns the stored list."""
    actor.require("calls.manage")
    if actor.user_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a signed-in user can watch lines."))
    clean = sorted({ln.strip()[:40] for ln in lines if ln.strip()})
    session.execute(delete(WatchedLine).where(WatchedLine.user_id == actor.user_id))
    session.add_all(WatchedLine(user_id=actor.user_id, line=ln) for ln in clean)
    session.flush()
    emit(session, "calls.watched", "app_user", actor.user_id, {"lines": clean}, actor)
    return clean


@dataclass(frozen=True, slots=True)
class DeskInfo:
    desk: str
    user_id: int
    user_name: str


def desk_assignments(session: Session, actor: Actor) -> list[DeskInfo]:
    """Which user sits at each desk (station, extension) a unit reports."""
    actor.require("calls.read")
    stmt = select(DeskUser.desk, DeskUser.user_id, User.full_name).join(User, User.id == DeskUser.user_id)
    return [DeskInfo(d, u, n) for d, u, n in session.execute(stmt.order_by(DeskUser.desk))]


def assign_desk(session: Session, actor: Actor, desk: str, user_id: int | None) -> None:
    """Seat ``user_id`` at ``desk`` (None: nobody). Calls a unit reports answered at that desk are
    then recorded as answered by that user."""
    actor.require("users.manage")
    desk = desk.strip()[:20]
    if not desk:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A desk needs a number or a name."), field="desk")
    row = session.get(DeskUser, desk)
    if user_id is None:
        if row is not None:
            session.delete(row)
    else:
        if session.get(User, user_id) is None:
            raise NotFound(what="User", id=user_id)
        if row is None:
            session.add(DeskUser(desk=desk, user_id=user_id))
        else:
            row.user_id = user_id
    session.flush()
    audit(session, actor, "assign_desk", "desk_user", user_id, desk, {"desk": desk, "user_id": user_id})
