"""YES Tele.com "Identifier" caller-ID and line monitor, computer event mode (after ``AT``; 9600 8N1).

One event per CR/LF-terminated line, fixed comma-separated fields, line number last on 3 digits:

- ``+1,9543440584,Y E S SOFTWARE ,001``: caller ID of an incoming call (name field 15 characters);
- ``+2,S,001`` line event: 0 on hook (idle), 1 ring start, 2 ring stop, 3 off hook (incoming call
  answered), 4 off hook (outgoing), 5 and up ring stop with a distinctive ring;
- ``+5,D,002``: a DTMF digit dialled on the line (outgoing calls);
- ``+6,MMDDhhmmss,number,name,rings|O,seconds,001``: the detail of a call in progress (after ``ATS``);
- ``+7,S,001``: the line's current state (after ``ATS``), same codes as ``+2``;
- ``+8,E,003``: caller-ID signal error ``E`` (2: no signal) reported by the unit.

The digits dialled on an outgoing line are gathered into one outgoing :class:`CallerIdEvent`, given
when the line goes on hook or when no digit came for :data:`DIAL_GAP_S`. Echoed commands (``AT``…,
``OK``) are ignored; anything else is rejected with a logged reason.
"""

from __future__ import annotations

import logging
import re
from collections import deque

from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    LineEvent,
    LineSplitter,
    ProtocolError,
    StatusEvent,
    classify_number,
    clean_name,
    decode_text,
    valid_date,
    valid_time,
)

log = logging.getLogger("sivadesk.devices.callerid.yestele")

MAX_LINE = 160
DIAL_GAP_S = 4.0
MAX_DIALLED = 32

_CID = re.compile(r"^\+1,([^,]*),(.*),(\d{3})$", re.DOTALL)
_STATE = re.compile(r"^\+([27]),(\d),(\d{3})$")
_DTMF = re.compile(r"^\+5,([0-9*#A-D]),(\d{3})$")
_DETAIL = re.compile(r"^\+6,(\d{8,10}),([^,]*),(.*),(\d+|O),(\d+),(\d{3})$", re.DOTALL)
_ERROR = re.compile(r"^\+8,(\d+),(\d{3})$")
_OTHER = re.compile(r"^\+[0349],")
_SIGNAL_ERRORS = {"1": "bad checksum", "2": "no signal", "3": "incomplete message"}


def _cid_event(
    raw: bytes,
    number_field: str,
    name_field: str,
    line: int,
    stamp: str | None = None,
    rings: str | None = None,
    seconds: str | None = None,
) -> CallerIdEvent:
    number_raw = number_field.strip() or None
    number, reason = classify_number(number_raw)
    name_raw = name_field.strip() or None
    name = clean_name(name_raw)
    outgoing = rings == "O"
    return CallerIdEvent(
        number=number,
        name=name,
        date=valid_date(stamp[:4]) if stamp else None,
        time=valid_time(stamp[4:8]) if stamp else None,
        line=line,
        reason=reason,
        raw=raw,
        format="yes",
        number_raw=number_raw if number_raw is not None and number != number_raw else None,
        name_raw=name_raw if name_raw is not None and name != name_raw else None,
        date_raw=stamp[:4] if stamp else None,
        time_raw=stamp[4:8] if stamp else None,
        direction="out" if outgoing else "in",
        rings=int(rings) if rings is not None and not outgoing else None,
        duration_s=int(seconds) if seconds is not None else None,
        extra={"detail": "1"} if stamp else {},
    )


def decode_line(line: bytes) -> Event | None:
    """One event line (without its line end); None for blank lines and echoed commands."""
    text = decode_text(line).strip("\r\n\x00")
    stripped = text.strip()
    if not stripped or stripped.upper().startswith("AT") or stripped.upper() in ("OK", "ERROR"):
        return None
    if m := _CID.match(stripped):
        return _cid_event(line, m.group(1), m.group(2), int(m.group(3)))
    if m := _STATE.match(stripped):
        code, ln = m.group(2), int(m.group(3))
        if code == "0":
            return LineEvent(ln, "on_hook", raw=line)
        if code == "1":
            return LineEvent(ln, "ring", raw=line)
        if code == "3":
            return LineEvent(ln, "off_hook", raw=line, direction="in")
        if code == "4":
            return LineEvent(ln, "off_hook", raw=line, direction="out")
        return None  # ring stop (plain or distinctive): the call goes on
    if m := _DTMF.match(stripped):
        return StatusEvent("device_status", detail=f"dtmf {m.group(1)}", line=int(m.group(2)), raw=line)
    if m := _DETAIL.match(stripped):
        stamp, number_field, name_field, rings, seconds, line_no = m.groups()
        return _cid_event(line, number_field, name_field, int(line_no), stamp, rings, seconds)
    if m := _ERROR.match(stripped):
        code = m.group(1)
        detail = f"caller-ID signal error {code} ({_SIGNAL_ERRORS.get(code, 'unknown')})"
        return StatusEvent("device_status", detail=detail, line=int(m.group(2)), raw=line)
    if _OTHER.match(stripped):
        return StatusEvent("device_status", detail=stripped[:80], raw=line)
    return ProtocolError(f"not an Identifier event: {stripped[:80]!r}", line)


class YesTeleDecoder:
    """Sans-IO decoder for the Identifier's event mode; gathers dialled digits into outgoing calls."""

    max_buffer = MAX_LINE

    def __init__(self, dial_gap_s: float = DIAL_GAP_S) -> None:
        self._lines = LineSplitter(MAX_LINE)
        self._events: deque[Event] = deque()
        self._gap = dial_gap_s
        self._outgoing: set[int] = set()  # lines off hook for an outgoing call
        self._dialled: dict[int, tuple[str, float, bytes]] = {}  # line -> digits, last digit time, raw

    @property
    def buffered(self) -> int:
        return self._lines.buffered + sum(len(d) for d, _, _ in self._dialled.values())

    def receive_data(self, data: bytes, now: float) -> None:
        for item in self._lines.feed(data):
            event = item if isinstance(item, ProtocolError) else decode_line(item)
            if event is None:
                continue
            if isinstance(event, ProtocolError):
                log.warning("Identifier event rejected: %s", event.reason)
                self._events.append(event)
            elif isinstance(event, StatusEvent) and event.detail and event.detail.startswith("dtmf "):
                self._digit(event, now)
            else:
                self._track(event)
                self._events.append(event)
        for ln, (_, last, _) in list(self._dialled.items()):
            if now - last >= self._gap:
                self._flush(ln)

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None

    def _track(self, event: Event) -> None:
        if isinstance(event, LineEvent) and event.line is not None:
            if event.state == "off_hook" and event.direction == "out":
                self._outgoing.add(event.line)
            elif event.state == "on_hook":
                self._flush(event.line)
                self._outgoing.discard(event.line)
            elif event.state == "off_hook":
                self._outgoing.discard(event.line)
        if (
            isinstance(event, StatusEvent)
            and event.kind == "device_status"
            and "signal error" in (event.detail or "")
        ):
            log.warning("Identifier reports %s on line %s", event.detail, event.line)

    def _digit(self, event: StatusEvent, now: float) -> None:
        ln = event.line if event.line is not None else 0
        if ln not in self._outgoing:
            return  # digits pressed during an incoming call (menus) are not a number
        digits, _, raw = self._dialled.get(ln, ("", now, b""))
        if len(digits) >= MAX_DIALLED:
            return
        self._dialled[ln] = (digits + (event.detail or "")[-1], now, raw + event.raw + b"\r\n")

    def _flush(self, ln: int) -> None:
        got = self._dialled.pop(ln, None)
        if got is None:
            return
        digits, _, raw = got
        number = "".join(ch for ch in digits if ch.isdigit()) or None
        event = CallerIdEvent(
            number=number,
            name=None,
            date=None,
            time=None,
            line=ln,
            raw=raw,
            format="yes",
            number_raw=digits if number != digits else None,
            direction="out",
        )
        self._events.append(event)
