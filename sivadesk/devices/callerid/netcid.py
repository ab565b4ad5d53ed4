"""NetCallerID serial records (4800 8N1).

``###DATE03301423...NMBR4075551212...NAMEWIRELESS CALL+++`` then CR. DATE is MMDDhhmm; any field may be empty
(``...NMBR...``). A NAME of ``-MSG ON-`` / ``-MSG OFF-`` is a message-waiting notice, not a call. Bytes outside
``###`` ... ``+++`` are ignored; a record that is not finished within ``timeout_s`` is dropped with an error.
"""

from __future__ import annotations

import logging
import re
from collections import deque

from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    ProtocolError,
    StatusEvent,
    classify_number,
    clean_name,
    decode_text,
    valid_date,
    valid_time,
)

log = logging.getLogger("sivadesk.devices.callerid.netcid")

MAX_RECORD = 160
START = b"###"
END = b"+++"

_RECORD = re.compile(r"^###DATE(.*?)\.\.\.NMBR(.*?)\.\.\.NAME(.*)\+\+\+$", re.DOTALL)
_MWI = re.compile(r"^-MSG (ON|OFF)-$")
# Names the unit puts between dashes when it has none.
_NO_NAME = frozenset({"UNKNOWN CALLER", "UNKNOWN", "PRIVATE CALLER", "PRIVATE", "OUT OF AREA", "NO NAME"})


def _name(raw: str | None) -> str | None:
    name = clean_name(raw)
    if (
        name is not None
        and name.startswith("-")
        and name.endswith("-")
        and name.strip("-").upper() in _NO_NAME
    ):
        return None
    return name


def decode_record(record: bytes) -> Event:
    """One complete ``###`` ... ``+++`` record."""
    text = decode_text(record)
    m = _RECORD.match(text)
    if m is None:
        return ProtocolError(f"not a NetCallerID record: {text[:80]!r}", record)
    stamp, number_field, name_field = (part.strip() for part in m.groups())
    mwi = _MWI.match(name_field.upper())
    if mwi is not None:
        return StatusEvent("mwi_on" if mwi.group(1) == "ON" else "mwi_off", detail=name_field, raw=record)
    if stamp and (len(stamp) != 8 or not stamp.isdigit()):
        date_raw: str | None = stamp
        time_raw: str | None = None
    else:
        date_raw, time_raw = (stamp[:4], stamp[4:]) if stamp else (None, None)
    number_raw = number_field or None
    number, reason = classify_number(number_raw)
    name_raw = name_field or None
    name = _name(name_raw)
    return CallerIdEvent(
        number=number,
        name=name,
        date=valid_date(date_raw),
        time=valid_time(time_raw),
        reason=reason,
        raw=record,
        format="netcallerid",
        number_raw=number_raw if number_raw is not None and number != number_raw else None,
        name_raw=name_raw if name_raw is not None and name != name_raw else None,
        date_raw=date_raw,
        time_raw=time_raw,
    )


class NetCallerIdDecoder:
    """Sans-IO decoder for a NetCallerID serial stream."""

    max_buffer = MAX_RECORD

    def __init__(self, timeout_s: float = 2.0) -> None:
        self.timeout_s = timeout_s
        self._buf = bytearray()
        self._in_record = False
        self._started = 0.0
        self._events: deque[Event] = deque()

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def _reject(self, reason: str, raw: bytes) -> None:
        log.warning("NetCallerID record rejected: %s", reason)
        self._events.append(ProtocolError(reason, raw))

    def receive_data(self, data: bytes, now: float) -> None:
        """Feed bytes read at ``now``; an empty ``data`` just lets time pass."""
        if self._in_record and now - self._started > self.timeout_s:
            self._reject(f"record not finished within {self.timeout_s:g} s (timed out)", bytes(self._buf))
            self._buf.clear()
            self._in_record = False
        self._buf.extend(data)
        while True:
            if not self._in_record:
                start = self._buf.find(START)
                if start < 0:
                    del self._buf[: max(0, len(self._buf) - (len(START) - 1))]
                    return
                del self._buf[:start]
                self._in_record = True
                self._started = now
            end = self._buf.find(END, len(START))
            restart = self._buf.find(START, len(START))
            interrupted = restart >= 0 and (end < 0 or restart < end)
            span = restart if interrupted else (end + len(END) if end >= 0 else len(self._buf))
            if span > MAX_RECORD:
                self._reject(f"record longer than {MAX_RECORD} bytes", bytes(self._buf[:MAX_RECORD]))
                del self._buf[
                    : span if (interrupted or end >= 0) else max(len(START), span - (len(START) - 1))
                ]
                self._in_record = False
                continue
            if interrupted:
                self._reject("record interrupted by the start of another", bytes(self._buf[:restart]))
                del self._buf[:restart]
                self._in_record = False
                continue
            if end < 0:
                return
            record = bytes(self._buf[: end + len(END)])
            del self._buf[: end + len(END)]
            self._in_record = False
            event = decode_record(record)
            if isinstance(event, ProtocolError):
                log.warning("NetCallerID record rejected: %s", event.reason)
            self._events.append(event)

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None
