"""Decoded caller-ID events -> Call rows, line states, change-feed events and timeline entries.

Each line is a small state machine kept in the ``line_state`` table, so several listeners (one per
serial unit) and every desktop agree on it:

* idle --ring / caller ID--> ringing --off-hook--> on_call --on-hook--> idle (answered call)
* ringing --on-hook, or no ring for :data:`RING_TIMEOUT_S`--> idle (missed unless someone took it)
* idle --off-hook--> off_hook (dialling an outgoing call) --dialled number--> (same call) --on-hook--> idle

Units that report whole calls at their end (Whozz Calling ``E`` records, with a duration) close
the open call or, when none is open, log the finished call. Records replayed from a unit's memory
(``popup=False``) only backfill the log: their feed event has state ``logged``, never ``ringing``.
The pop-up on a desktop is driven by ``call`` events whose state is ``ringing``.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from sivadesk import phones
from sivadesk.devices.callerid.events import CallerIdEvent, Event, LineEvent, RingEvent
from sivadesk.models import Contact, utcnow
from sivadesk.models.calls import Call, CallDirection, CallState, DeskUser, LineState, LineStatus
from sivadesk.ops import office
from sivadesk.ops.activity import add_activity
from sivadesk.ops.contact_search import PhoneDirectory, find_by_phone
from sivadesk.ops.context import Actor
from sivadesk.ops.records import emit

log = logging.getLogger("sivadesk.calls")

#: A ringing line with no ring, caller ID or hook event for this long has stopped ringing.
RING_TIMEOUT_S = 12.0
#: A replayed record within this many seconds of a logged call with the same line and number is
#: that call (memory dumps are read more than once).
BACKFILL_SAME_CALL_S = 90
#: An end record (with its duration) belongs to a start record at most this long before the answer.
END_RECORD_SLACK_S = 600


def line_name(line: str | None, unit_line: int | None) -> str:
    """The name a call's line is stored under.

    ``line`` is the configured name: used as is, or with ``{n}`` replaced by the unit's line number
    (``"Front {n}"`` -> ``"Front 2"``) for multi-line units. Without a name, the unit's line number
    (``"1"`` for single-line devices that send none).
    """
    n = str(unit_line) if unit_line is not None else "1"
    if line:
        return line.replace("{n}", n)[:40]
    return n


def _line_state(session: Session, name: str, now: dt.datetime) -> LineState:
    """The line's row, locked until commit (PostgreSQL; SQLite writers are serialised already).

    A new line is created with ``INSERT … ON CONFLICT DO NOTHING``: two listeners seeing a line's
    first call at once both end up locking the one row instead of one failing on the key.
    """
    pg = session.get_bind().dialect.name == "postgresql"
    ls = session.get(LineState, name, with_for_update=pg)
    if ls is None:
        values = {"line": name, "state": LineStatus.IDLE.value, "since": now, "touched_at": now}
        if pg:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            session.execute(pg_insert(LineState).values(**values).on_conflict_do_nothing())
        else:
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            session.execute(sqlite_insert(LineState).values(**values).on_conflict_do_nothing())
        ls = session.get(LineState, name, with_for_update=pg, populate_existing=True)
        assert ls is not None
    return ls


def _open_call(session: Session, ls: LineState) -> Call | None:
    if ls.call_id is None:
        return None
    call = session.get(Call, ls.call_id)
    return call if call is not None and call.state != CallState.ENDED.value else None


def _set_line(
    session: Session, ls: LineState, state: LineStatus, now: dt.datetime, call: Call | None
) -> None:
    changed = ls.state != state.value or ls.call_id != (call.id if call else None)
    ls.touched_at = now
    if not changed:
        return
    ls.state = state.value
    ls.since = now
    ls.call_id = call.id if call is not None else None
    ls.user_id = call.answered_by_id if call is not None else None
    session.flush()
    emit(
        session,
        "line",
        "line_state",
        None,
        {"line": ls.line, "state": ls.state, "call_id": ls.call_id, "user_id": ls.user_id},
    )


def emit_call(session: Session, call: Call, state: str, actor: Actor | None = None, **extra: object) -> None:
    """The ``call`` feed event: ``{call_id, line, number, contact_id, state, direction}`` (+ ``extra``)."""
    payload: dict[str, object] = {
        "call_id": call.id,
        "line": call.line,
        "number": call.number_raw or None,
        "contact_id": call.contact_id,
        "state": state,
        "direction": call.direction,
    }
    emit(session, "call", "call", call.id, payload | extra, actor)


class _Recorder:
    def __init__(self, session: Session, directory: PhoneDirectory | None) -> None:
        self.session = session
        self.directory = directory
        if directory is not None:
            self.region = directory.region
            self.lengths = directory.suffix_lengths
        else:
            settings = office.load(session)
            self.region, self.lengths = settings.phone_region, settings.suffix_lengths

    # -- numbers and contacts -------------------------------------------------------------------

    def set_number(self, call: Call, ev: CallerIdEvent) -> None:
        self.fill_number(call, ev)
        self.session.flush()
        if call.contact_id is not None:
            self.timeline(call)

    def fill_number(self, call: Call, ev: CallerIdEvent) -> None:
        """The number's fields and the matched contact, without a round trip to write them."""
        raw = ev.number or ev.number_raw or ""
        call.number_raw = raw[:80]
        call.name = (ev.name or "")[:200]
        call.private = ev.private
        call.out_of_area = ev.out_of_area
        call.source = ev.format[:40] or call.source
        if ev.rings is not None:
            call.rings = ev.rings
        pp = phones.parse_phone(ev.number or "", self.region) if ev.number else None
        call.number_e164 = pp.e164 if pp else None
        call.number_key = pp.rev_key if pp else ""
        call.contact_id = self.match(ev.number)
        call.unknown = call.contact_id is None

    def match(self, number: str | None) -> int | None:
        """The contact owning ``number``: E.164 first, then the rightmost digits; never a placeholder."""
        if not number or phones.is_placeholder(phones.digits_of(number)):
            return None
        if self.directory is not None:
            found = self.directory.lookup(number, limit=1)
        else:
            found = find_by_phone(self.session, number, self.region, self.lengths, limit=1)
        return found[0].id if found else None

    def timeline(self, call: Call) -> None:
        contact = self.session.get(Contact, call.contact_id) if call.contact_id else None
        if contact is None or contact.deleted_at is not None:
            return
        add_call_activity(self.session, Actor.system(), call, self.region)

    def new_call(
        self,
        ls: LineState,
        direction: CallDirection,
        state: CallState,
        now: dt.datetime,
        ev: CallerIdEvent | None = None,
    ) -> Call:
        """A new call on the line (with ``ev``'s number and contact: one INSERT, not an INSERT and
        an UPDATE, since every round trip counts before the pop-up)."""
        call = Call(
            line=ls.line,
            direction=direction.value,
            state=state.value,
            ring_at=now,
            number_raw="",
            number_key="",
            name="",
            private=False,
            out_of_area=False,
            answered_desk="",
            missed=False,
            unknown=True,
            source="",
        )
        if ev is not None:
            self.fill_number(call, ev)
        self.session.add(call)
        self.session.flush()
        if call.contact_id is not None:
            self.timeline(call)
        return call

    def desk_user(self, desk: str | None) -> int | None:
        """The user assigned to the desk a unit reported (see ``ops.calls.assign_desk``)."""
        if not desk:
            return None
        row = self.session.get(DeskUser, desk[:20])
        return row.user_id if row is not None else None

    # -- transitions ------------------------------------------------------------------------------

    def end(self, ls: LineState, call: Call, now: dt.datetime, duration: int | None = None) -> None:
        call.state = CallState.ENDED.value
        call.end_at = now
        if duration is not None:
            call.duration_s = duration
            if duration > 0 and call.answer_at is None:
                call.answer_at = now - dt.timedelta(seconds=duration)
        elif call.answer_at is not None:
            call.duration_s = max(0, int((now - call.answer_at).total_seconds()))
        elif call.direction == CallDirection.OUT.value:
            call.duration_s = max(0, int((now - call.ring_at).total_seconds()))
        else:
            call.duration_s = 0
        call.missed = (
            call.direction == CallDirection.IN.value
            and call.answer_at is None
            and call.answered_by_id is None
        )
        self.session.flush()
        emit_call(self.session, call, "missed" if call.missed else "ended")
        if ls.call_id == call.id:
            _set_line(self.session, ls, LineStatus.IDLE, now, None)

    def expire(self, ls: LineState, now: dt.datetime) -> None:
        """A ringing line that has been silent for :data:`RING_TIMEOUT_S` is idle again."""
        if ls.state != LineStatus.RINGING.value:
            return
        if (now - ls.touched_at).total_seconds() < RING_TIMEOUT_S:
            return
        call = _open_call(self.session, ls)
        if call is not None:
            self.end(ls, call, ls.touched_at)
        else:
            _set_line(self.session, ls, LineStatus.IDLE, now, None)

    def switch(self, ls: LineState, state: LineStatus, now: dt.datetime, call: Call) -> None:
        """Put the line on ``call``; a different call the line was on, still open, ended unnoticed
        (its caller hung up, or the unit missed the on-hook) and is closed first."""
        previous = _open_call(self.session, ls)
        if previous is not None and previous.id != call.id:
            self.end(ls, previous, ls.touched_at)
        _set_line(self.session, ls, state, now, call)

    def caller_id(self, ls: LineState, ev: CallerIdEvent, now: dt.datetime) -> Call:
        call = _open_call(self.session, ls)
        if ev.direction == "out":
            if call is None or call.direction != CallDirection.OUT.value or call.number_raw:
                call = self.new_call(ls, CallDirection.OUT, CallState.DIALLING, now, ev)
            else:
                self.set_number(call, ev)  # the line was taken first; now we know the number dialled
            emit_call(self.session, call, "dialling")
            self.switch(ls, LineStatus.OFF_HOOK, now, call)
            return call
        if (
            call is not None
            and call.direction == CallDirection.IN.value
            and ls.state == LineStatus.RINGING.value
        ):
            if call.number_raw and call.number_raw == (ev.number or ev.number_raw or ""):
                ls.touched_at = now  # the same caller ID again (repeated by the modem)
                return call
            if not call.number_raw:
                self.set_number(call, ev)  # the ring came first; now we know who it is
                emit_call(self.session, call, "ringing")
                ls.touched_at = now
                return call
        new = self.new_call(ls, CallDirection.IN, CallState.RINGING, now, ev)
        emit_call(self.session, new, "ringing")
        if ls.state in (LineStatus.OFF_HOOK.value, LineStatus.ON_CALL.value):
            # Call waiting: the line is busy, so this call is logged as missed unless someone
            # says "I took it"; the line stays with the call in progress.
            new.state = CallState.ENDED.value
            new.end_at = now
            new.duration_s = 0
            new.missed = True
            self.session.flush()
            return new
        self.switch(ls, LineStatus.RINGING, now, new)
        return new

    def ring(self, ls: LineState, now: dt.datetime) -> Call | None:
        call = _open_call(self.session, ls)
        if ls.state == LineStatus.RINGING.value and call is not None:
            call.rings = (call.rings or 0) + 1
            ls.touched_at = now
            return call
        if ls.state != LineStatus.IDLE.value:
            ls.touched_at = now
            return call
        call = self.new_call(ls, CallDirection.IN, CallState.RINGING, now)
        call.rings = 1
        emit_call(self.session, call, "ringing")
        self.switch(ls, LineStatus.RINGING, now, call)
        return call

    def off_hook(self, ls: LineState, ev: LineEvent, now: dt.datetime) -> Call:
        call = _open_call(self.session, ls)
        if call is not None and ls.state == LineStatus.RINGING.value:
            call.answer_at = now
            call.state = CallState.ON_CALL.value
            call.answered_desk = (ev.desk or "")[:20]
            if call.answered_by_id is None:
                call.answered_by_id = self.desk_user(ev.desk)
            self.session.flush()
            emit_call(self.session, call, "answered")
            self.switch(ls, LineStatus.ON_CALL, now, call)
            return call
        if call is not None:
            if ev.desk and not call.answered_desk:
                call.answered_desk = ev.desk[:20]
            ls.touched_at = now
            return call
        if ev.direction == "in":  # the unit says a call was answered, but we never saw it ring
            call = self.new_call(ls, CallDirection.IN, CallState.ON_CALL, now)
            call.answer_at = now
            call.answered_desk = (ev.desk or "")[:20]
            call.answered_by_id = self.desk_user(ev.desk)
            self.session.flush()
            emit_call(self.session, call, "answered")
            self.switch(ls, LineStatus.ON_CALL, now, call)
            return call
        call = self.new_call(ls, CallDirection.OUT, CallState.DIALLING, now)
        call.answered_desk = (ev.desk or "")[:20]
        call.answered_by_id = self.desk_user(ev.desk)
        call.unknown = False
        self.session.flush()
        self.switch(ls, LineStatus.OFF_HOOK, now, call)
        return call

    def on_hook(self, ls: LineState, now: dt.datetime) -> Call | None:
        call = _open_call(self.session, ls)
        if call is None:
            _set_line(self.session, ls, LineStatus.IDLE, now, None)
            return None
        self.end(ls, call, now)
        return call

    def call_end(self, ls: LineState, ev: CallerIdEvent, now: dt.datetime) -> Call:
        """A unit's end-of-call record (with its duration): close the open call, or log it whole."""
        call = _open_call(self.session, ls)
        direction = CallDirection.OUT if ev.direction == "out" else CallDirection.IN
        same = call is not None and call.direction == direction.value
        if same and call is not None and call.number_raw and ev.number and call.number_raw != ev.number:
            same = False
        if not same or call is None:
            call = self.recent_call(ls, ev, direction, now)
        if call is None:
            start = now - dt.timedelta(seconds=ev.duration_s or 0)
            call = self.new_call(ls, direction, CallState.ON_CALL, start, ev)
        elif not call.number_raw and (ev.number or ev.number_raw):
            self.set_number(call, ev)
        self.end(ls, call, now, ev.duration_s)
        return call

    def recent_call(
        self, ls: LineState, ev: CallerIdEvent, direction: CallDirection, now: dt.datetime
    ) -> Call | None:
        """The start record's call that the line's silence already closed (units that send no rings
        between a call's start and end records)."""
        digits = ev.number or ev.number_raw or ""
        earliest = now - dt.timedelta(seconds=(ev.duration_s or 0) + END_RECORD_SLACK_S)
        return self.session.scalars(
            select(Call)
            .where(
                Call.line == ls.line,
                Call.direction == direction.value,
                Call.number_raw == digits,
                Call.ring_at >= earliest,
                Call.answer_at.is_(None),
                Call.answered_by_id.is_(None),
            )
            .order_by(Call.ring_at.desc())
            .limit(1)
        ).first()

    def backfill(self, ls: LineState, ev: CallerIdEvent, now: dt.datetime) -> Call:
        """A record replayed from a unit's memory: logged once, never a pop-up."""
        at = record_time(ev, now)
        digits = ev.number or ev.number_raw or ""
        window = dt.timedelta(seconds=BACKFILL_SAME_CALL_S)
        existing = self.session.scalars(
            select(Call)
            .where(
                Call.line == ls.line,
                Call.number_raw == digits,
                Call.ring_at >= at - window,
                Call.ring_at <= at + window,
            )
            .limit(1)
        ).first()
        if existing is not None:
            return existing
        direction = CallDirection.OUT if ev.direction == "out" else CallDirection.IN
        call = self.new_call(ls, direction, CallState.ENDED, at, ev)
        call.duration_s = ev.duration_s or 0
        if call.duration_s:
            call.answer_at = at
        call.end_at = at + dt.timedelta(seconds=call.duration_s)
        call.missed = direction == CallDirection.IN and not call.duration_s
        self.session.flush()
        emit_call(self.session, call, "logged")
        return call


def add_call_activity(session: Session, actor: Actor, call: Call, region: str) -> None:
    """The call on its contact's timeline. The title is language-neutral (an arrow and the number):
    the timeline is read in French and Persian, and the kind ``call`` says what it is."""
    number = phones.format_display(call.number_e164, call.number_raw, region) or "?"
    add_activity(
        session,
        actor,
        call.contact_id,
        "call",
        f"{'↙' if call.direction == CallDirection.IN.value else '↗'} {number}",
        call.line,
        item_type="call",
        item_id=call.id,
        occurred_at=call.ring_at,
    )


def record_time(ev: CallerIdEvent, now: dt.datetime) -> dt.datetime:
    """The record's own MMDD HHMM (local time, most recent such moment not after ``now``), else ``now``."""
    if not ev.date or not ev.time:
        return now
    local_now = now.astimezone()
    month, day, hour, minute = int(ev.date[:2]), int(ev.date[2:]), int(ev.time[:2]), int(ev.time[2:])
    for year in (local_now.year, local_now.year - 1):
        try:
            at = dt.datetime(year, month, day, hour, minute).astimezone()
        except ValueError:  # 29 February of a common year
            continue
        if at <= local_now + dt.timedelta(minutes=5):
            return at.astimezone(dt.UTC)
    return now


def record(
    session: Session,
    event: Event,
    line: str | None,
    received_at: dt.datetime | None,
    directory: PhoneDirectory | None,
) -> Call | None:
    """The implementation behind :func:`sivadesk.ops.calls.record_event`; returns the call touched."""
    if not isinstance(event, CallerIdEvent | RingEvent | LineEvent):
        return None  # protocol errors and device notices are not calls
    now = received_at or utcnow()
    ls = _line_state(session, line_name(line, event.line), now)
    rec = _Recorder(session, directory)
    if isinstance(event, CallerIdEvent) and not event.popup:
        return rec.backfill(ls, event, now)
    rec.expire(ls, now)
    if isinstance(event, CallerIdEvent):
        if event.kind == "call_end":
            return rec.call_end(ls, event, now)
        return rec.caller_id(ls, event, now)
    if isinstance(event, RingEvent) or event.state == "ring":
        return rec.ring(ls, now)
    if event.state == "off_hook":
        return rec.off_hook(ls, event, now)
    if event.state == "on_hook":
        return rec.on_hook(ls, now)
    ls.touched_at = now  # hook flash: the call goes on
    return _open_call(session, ls)


def _stale(now: dt.datetime) -> Select[LineState]:
    cutoff = now - dt.timedelta(seconds=RING_TIMEOUT_S)
    return select(LineState).where(LineState.state == LineStatus.RINGING.value, LineState.touched_at < cutoff)


def has_stale_lines(session: Session, now: dt.datetime | None = None) -> bool:
    """Whether :func:`expire_lines` has work: a read, so a periodic check needs no write transaction
    (on SQLite every write transaction takes the database's write lock)."""
    return session.scalars(_stale(now or utcnow()).limit(1)).first() is not None


def expire_lines(session: Session, now: dt.datetime | None = None) -> int:
    """End the calls of lines that stopped ringing (units without hook detection). Returns how many."""
    now = now or utcnow()
    stale = list(session.scalars(_stale(now)))
    if not stale:
        return 0
    rec = _Recorder(session, None)
    for ls in stale:
        rec.expire(ls, now)
    return len(stale)
