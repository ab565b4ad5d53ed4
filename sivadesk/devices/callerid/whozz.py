"""CallerID.com "Whozz Calling?" serial records (9600 8N1, one record per line).

- comprehensive: ``01 I S 0276 G B3 09/26 11:28 AM 800-240-4637 CallerID.com``
- limited (``x``/``c`` toggles): ``$01 09/26 02:30 PM 8002404637 I CallerID.com``
- detail events: ``01 R             09/26 11:28:03`` (R ring, F off-hook, N on-hook, H hook flash)
- Basic units (Whozz Calling Basic / POS): the comprehensive form, always ``I S 0000`` and ring type
  ``A0``, leading zeros of month, day and hour sent as spaces (``02 I S 0000 G A0  9/26  1:28 AM ...``);
- memory dump: ``0248 02 09/26 13:28 I E 0276 G A3 800-555-1212 AT&T INFORMATIO`` (24-hour time); these
  are replays of old calls and are flagged ``popup=False``.

Ethernet Link packets carry the same record after a 21-byte header; :func:`decode_record` accepts them
(the UDP listener passes one packet at a time). Records are parsed by token, not fixed columns, because
outbound records may have no padding and no name.
"""

from __future__ import annotations

import logging
import re

from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Direction,
    Event,
    LineDecoder,
    LineEvent,
    LineState,
    ProtocolError,
    classify_number,
    clean_name,
    decode_text,
    hour24,
    valid_date,
    valid_time,
)

log = logging.getLogger("sivadesk.devices.callerid.whozz")

MAX_LINE = 256

_COMPREHENSIVE = re.compile(
    r"^(\d\d) ([IO]) ([ESB]) (\d{4}) ([GB]) (.)(\d) ([ \d]\d)/([ \d]\d) ([ \d]\d):(\d\d) ([AP]M)(?: (.*))?$"
)
_MEMORY = re.compile(
    r"^(\d{4}) (\d\d) (\d\d)/(\d\d) (\d\d):(\d\d) ([IO]) ([ESB]) (\d{4}) ([GB]) (.)(\d)(?: (.*))?$"
)
_LIMITED = re.compile(r"^\$?(\d\d) (\d\d)/(\d\d) (\d\d):(\d\d) ([AP]M) (\S+) ([IO])(?: (.*))?$")
_DETAIL = re.compile(r"^(\d\d) ([NFRH]) +(\d\d)/(\d\d) (\d\d):(\d\d):\d\d$")
_DETAIL_STATES: dict[str, LineState] = {"R": "ring", "F": "off_hook", "N": "on_hook", "H": "hook_flash"}
_EL_HEADER_LEN = 21


def _number_and_name(rest: str | None) -> tuple[str | None, str | None]:
    """Split ``NUMBER(14) NAME(15)``; a blank number field leaves only a name."""
    if rest is None or not rest.strip():
        return None, None
    if rest[0].isspace():
        return None, rest.strip() or None
    parts = rest.strip().split(None, 1)
    return parts[0], (parts[1].strip() if len(parts) > 1 else None)


def _strip_el_header(line: bytes) -> tuple[bytes, bool | None]:
    """The record inside an Ethernet Link packet and whether the header looked right (None: no header)."""
    if line.startswith(b"^^<U>") and len(line) > _EL_HEADER_LEN and line[20:21] == b"$":
        return line[_EL_HEADER_LEN:], line[11:14] == b"<S>"
    at = line.find(b"<S>")
    if at >= 0 and (line.startswith(b"^^<U>") or line.startswith(b"<U>")):
        dollar = line.find(b"$", at + 3)
        if dollar >= 0:
            return line[dollar + 1 :], False
    return line, None


def _call(
    raw: bytes,
    line_no: str,
    direction: str,
    start_end: str,
    duration: str,
    checksum: str,
    ring_type: str,
    rings: str,
    date_raw: str,
    time: str,
    rest: str | None,
    popup: bool,
    fmt: str,
) -> CallerIdEvent:
    number_raw, name_raw = _number_and_name(rest)
    number, reason = classify_number(number_raw)
    name = clean_name(name_raw)
    dir_: Direction = "out" if direction == "O" else "in"
    return CallerIdEvent(
        number=number,
        name=name,
        date=valid_date(date_raw),
        time=valid_time(time),
        line=int(line_no),
        reason=reason,
        raw=raw,
        format=fmt,
        number_raw=number_raw if number_raw is not None and number != number_raw else None,
        name_raw=name_raw if name_raw is not None and name != name_raw else None,
        date_raw=date_raw,
        time_raw=time,
        direction=dir_,
        kind="call_start" if start_end == "S" else "call_end",
        popup=popup,
        duration_s=int(duration),
        ring_type=ring_type,
        rings=int(rings),
        telco_checksum_ok=checksum == "G",
        extra={"blocked": "1"} if start_end == "B" else {},
    )


def decode_record(line: bytes) -> Event | None:
    """One Whozz Calling record (a serial line or an Ethernet Link packet); None for blank input."""
    body, header_ok = _strip_el_header(line)
    text = decode_text(body).strip("\r\n\x00 ")
    if not text:
        return None
    if m := _COMPREHENSIVE.match(text):
        ln, d, se, dur, cs, rt, rn, mo, dy, hh, mi, ap, rest = m.groups()
        # Basic units send leading zeros of the month, day and hour as spaces.
        date_raw = mo.strip().zfill(2) + dy.strip().zfill(2)
        event = _call(
            line, ln, d, se, dur, cs, rt, rn, date_raw, hour24(hh.strip(), mi, ap), rest, True, "whozz"
        )
        if header_ok is not None:
            event.extra["header_valid"] = "1" if header_ok else "0"
        return event
    if m := _MEMORY.match(text):
        _idx, ln, mo, dy, hh, mi, d, se, dur, cs, rt, rn, rest = m.groups()
        return _call(line, ln, d, se, dur, cs, rt, rn, mo + dy, hh + mi, rest, False, "whozz-memory")
    if m := _LIMITED.match(text):
        ln, mo, dy, hh, mi, ap, number_raw, d, name_raw = m.groups()
        number, reason = classify_number(number_raw)
        name = clean_name(name_raw)
        return CallerIdEvent(
            number=number,
            name=name,
            date=valid_date(mo + dy),
            time=valid_time(hour24(hh, mi, ap)),
            line=int(ln),
            reason=reason,
            raw=line,
            format="whozz-limited",
            number_raw=number_raw if number != number_raw else None,
            name_raw=name_raw if name_raw is not None and name != name_raw else None,
            direction="out" if d == "O" else "in",
        )
    if m := _DETAIL.match(text):
        ln, state, mo, dy, hh, mi = m.groups()
        return LineEvent(int(ln), _DETAIL_STATES[state], valid_date(mo + dy), valid_time(hh + mi), line)
    return ProtocolError(f"not a Whozz Calling record: {text[:80]!r}", line)


class WhozzDecoder(LineDecoder):
    """Sans-IO decoder for the Whozz Calling serial stream (records end with CR and/or LF)."""

    def __init__(self) -> None:
        super().__init__(decode_record, MAX_LINE, "Whozz Calling record", log)
