"""Helpers of the caller-ID screen tests: calls recorded through the real ``record_event`` path."""

from __future__ import annotations

import datetime as dt

from sivadesk.db import Database
from sivadesk.devices.callerid.events import CallerIdEvent, LineEvent, RingEvent
from sivadesk.ops import calls
from sivadesk.ops.contacts import ContactInput, PhoneInput, create_contact
from sivadesk.ops.context import Actor


def caller_id(number: str | None, line: int = 1, name: str | None = None) -> CallerIdEvent:
    return CallerIdEvent(number=number, name=name, date=None, time=None, line=line, format="test")


def add_person(db: Database, admin: Actor, first: str, last: str, *numbers: str, org: str = "") -> int:
    with db.session() as s:
        data = ContactInput(
            first_name=first, last_name=last, organization=org, phones=tuple(PhoneInput(n) for n in numbers)
        )
        return create_contact(s, admin, data, allow_duplicate=True).id


def ring(
    db: Database, number: str | None, line: int = 1, name: str | None = None, at: dt.datetime | None = None
) -> calls.CallInfo:
    """A ring then the caller ID on ``line`` (the unit's line number; stored as the line's name)."""
    at = at or dt.datetime.now(dt.UTC)
    with db.session() as s:
        calls.record_event(s, RingEvent(line=line), received_at=at)
        info = calls.record_event(s, caller_id(number, line, name), received_at=at + dt.timedelta(seconds=1))
    assert info is not None
    return info


def hook(db: Database, line: int, state: str, at: dt.datetime | None = None) -> calls.CallInfo | None:
    with db.session() as s:
        return calls.record_event(s, LineEvent(line, state), received_at=at or dt.datetime.now(dt.UTC))  # type: ignore[arg-type]


def watch(db: Database, actor: Actor, *lines: str) -> None:
    with db.session() as s:
        calls.set_watched_lines(s, actor, list(lines))
