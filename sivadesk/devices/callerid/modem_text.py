"""Modem caller-ID text after ``AT+VCID=1`` / ``AT#CID=1`` (and hex lines after ``AT+VCID=2``).

Handles the variants seen in the field: ``TAG = value`` with or without spaces, tags in any order,
NAME missing, caller ID before the first RING (UK/ETSI), number labels NMBR/DDN_NMBR/DDN/NBR, combined
``DATE TIME=MM/DD HH:MM`` (Kortex/France Telecom with CALLING MSG / END MSG), MESG lines (an MDMF
parameter in hex), P/O and textual absence markers, Motorola DLE junk, distinctive rings (``RING A``,
``RING 1``, ``CID RING``), and unformatted hex frames decoded and checksum-checked by :mod:`.mdmf`.

A record ends at a RING, END MSG, a repeated DATE, or after ``quiet_s`` seconds without a new line
(modems print the whole block at once, so a short quiet time keeps the pop-up ahead of the next ring).
"""

from __future__ import annotations

import logging
import re
from collections import deque
from dataclasses import dataclass, field

from sivadesk.devices.callerid import mdmf
from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    ProtocolError,
    RingEvent,
    classify_number,
    clean_name,
    decode_text,
    valid_date,
    valid_time,
)

log = logging.getLogger("sivadesk.devices.callerid.modem_text")

MAX_LINE = 512  # bytes; a longer line is device garbage
QUIET_S = 0.3
DLE = 0x10

_TAG = re.compile(r"(DATE\s*TIME|DDN_NMBR|NMBR|DDN|NBR|NAME|DATE|TIME|MESG)\s*=\s*(.*)$")
_RING = re.compile(r"^(?:CID\s+)?RING(?:\s+([A-Z0-9]))?$")
_HEX = re.compile(r"^(?:[0-9A-F]{2}){3,}$")
_COMBINED = re.compile(r"^(\d\d)/?(\d\d)\s+(\d\d):?(\d\d)$")
_NUMBER_TAGS = frozenset({"NMBR", "DDN_NMBR", "DDN", "NBR"})


@dataclass
class _Record:
    fields: dict[str, str] = field(default_factory=dict)
    number_label: str | None = None
    mesg: list[str] = field(default_factory=list)
    raw: bytearray = field(default_factory=bytearray)


def _clean_line(line: bytes) -> bytes:
    """Drop DLE escape pairs (``DLE x``) and other control characters."""
    out = bytearray()
    skip = False
    for byte in line:
        if skip:
            skip = False
        elif byte == DLE:
            skip = True
        elif byte >= 0x20 or byte == 0x09:
            out.append(byte)
    return bytes(out)


class ModemTextDecoder:
    """Sans-IO decoder for modem formatted caller-ID text."""

    max_buffer = MAX_LINE

    def __init__(self, quiet_s: float = QUIET_S) -> None:
        self._line = bytearray()
        self._discarding = False
        self._record: _Record | None = None
        self._last_line_at = 0.0
        self._quiet_s = quiet_s
        self._events: deque[Event] = deque()

    @property
    def buffered(self) -> int:
        return len(self._line)

    def receive_data(self, data: bytes, now: float) -> None:
        """Feed bytes read at ``now`` (seconds). Empty ``data`` only advances time (ends a quiet record)."""
        if self._record is not None and now - self._last_line_at > self._quiet_s:
            self._finish()
        for byte in data:
            if byte in (0x0A, 0x0D):
                if self._discarding:
                    self._discarding = False
                elif self._line:
                    line = bytes(self._line)
                    self._line.clear()
                    self._last_line_at = now
                    self._handle_line(line)
            elif not self._discarding:
                self._line.append(byte)
                if len(self._line) >= MAX_LINE:
                    self._error(f"line longer than {MAX_LINE} bytes without a line end", bytes(self._line))
                    self._line.clear()
                    self._discarding = True

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None

    def _error(self, reason: str, raw: bytes) -> None:
        log.warning("caller-ID modem text rejected: %s", reason)
        self._events.append(ProtocolError(reason, raw))

    def _handle_line(self, line: bytes) -> None:
        text = decode_text(_clean_line(line)).strip()
        if not text:
            return
        upper = text.upper()
        ring = _RING.match(upper)
        if ring:
            self._finish()
            self._events.append(RingEvent(cadence=ring.group(1), raw=line))
            return
        if upper == "END MSG":
            self._finish()
            return
        if upper == "CALLING MSG":
            self._finish()
            self._record = _Record()
            return
        compact = upper.replace(" ", "")
        if _HEX.match(compact) and int(compact[:2], 16) in mdmf.FRAME_TYPES:
            self._finish()
            event = mdmf.decode_frame(bytes.fromhex(compact), "modem-vcid2")
            if isinstance(event, ProtocolError):
                log.warning("caller-ID hex frame rejected: %s", event.reason)
            self._events.append(event)
            return
        tag = _TAG.search(text) or _TAG.search(upper)
        if tag is None:
            log.debug("ignoring modem line %r", text)
            return
        name = re.sub(r"\s+", " ", upper[tag.start(1) : tag.end(1)])
        value = text[tag.start(2) :].strip()
        record = self._record
        if record is not None and name in ("DATE", "DATE TIME") and "date" in record.fields:
            self._finish()
            record = None
        if record is None:
            record = self._record = _Record()
        record.raw += line + b"\n"
        if name == "DATE TIME":
            match = _COMBINED.match(value)
            if match:
                record.fields["date"] = match.group(1) + match.group(2)
                record.fields["time"] = match.group(3) + match.group(4)
            else:
                record.fields["date"] = value
        elif name == "DATE":
            record.fields["date"] = value
        elif name == "TIME":
            record.fields["time"] = value
        elif name in _NUMBER_TAGS:
            if "number" not in record.fields:  # a later "NMBR = O" only masks; keep the first
                record.fields["number"] = value
                record.number_label = name
        elif name == "NAME":
            record.fields["name"] = value
        elif name == "MESG":
            record.mesg.append(value)

    def _finish(self) -> None:
        record, self._record = self._record, None
        if record is None or not record.fields:
            return
        f = record.fields
        number_raw = f.get("number")
        number, reason = classify_number(number_raw)
        name_raw = f.get("name")
        name = clean_name(name_raw)
        date_raw, time_raw = f.get("date") or None, f.get("time") or None
        call_type: str | None = None
        long_distance = False
        for mesg in record.mesg:
            hex_text = mesg.replace(" ", "").upper()
            if not _HEX.match(hex_text) and not re.fullmatch(r"(?:[0-9A-F]{2}){2}", hex_text):
                continue
            params = mdmf.parse_params(bytes.fromhex(hex_text))
            if isinstance(params, str):
                continue
            info = mdmf.decode_params(params)
            call_type = info.call_type or call_type
            long_distance = long_distance or info.long_distance
        self._events.append(
            CallerIdEvent(
                number=number,
                name=name,
                date=valid_date(date_raw),
                time=valid_time(time_raw),
                reason=reason,
                raw=bytes(record.raw),
                format="modem-text",
                number_raw=number_raw if number_raw is not None and number != number_raw else None,
                name_raw=name_raw if name_raw is not None and name != name_raw else None,
                date_raw=date_raw,
                time_raw=time_raw,
                call_type=call_type,
                long_distance=long_distance,
                mesg=tuple(record.mesg),
                extra={"number_label": record.number_label} if record.number_label else {},
            )
        )
