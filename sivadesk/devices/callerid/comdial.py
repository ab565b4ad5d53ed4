"""Comdial DSU II caller-ID data port (RS-232 port B; 9600 8N1), four ASCII messages ending in CR LF:

- ``><1LL`` + 15 characters of caller-ID data (the number, space padded): caller ID arrived on line LL;
- ``><2LLSS``: the ringing line LL with caller ID was answered (or taken off hold) at station SS;
- ``><3LLSS``: line LL was taken at station SS without caller ID (an unidentified answer, or a line
  seized to dial out);
- ``><4LL``: line LL is idle again.

Line and station numbers are two digits. The station is reported as the desk that took the call.
"""

from __future__ import annotations

import logging
import re

from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    LineDecoder,
    LineEvent,
    ProtocolError,
    classify_number,
    decode_text,
)

log = logging.getLogger("sivadesk.devices.callerid.comdial")

MAX_LINE = 64
DATA_WIDTH = 15

_CID = re.compile(r"^><1(\d\d)(.{0,15})$", re.DOTALL)
_ANSWERED = re.compile(r"^><([23])(\d\d)(\d\d)$")
_IDLE = re.compile(r"^><4(\d\d)$")


def decode_message(line: bytes) -> Event | None:
    """One message (without its CR LF); None for a blank line."""
    text = decode_text(line).strip("\r\n\x00")
    if not text.strip():
        return None
    text = text.lstrip()
    if m := _CID.match(text):
        line_no, data = int(m.group(1)), m.group(2).strip()
        number, reason = classify_number(data or None)
        if data and number is None and reason is None:
            return ProtocolError(f"Comdial caller-ID data is not a number: {data!r}", line)
        return CallerIdEvent(
            number=number,
            name=None,
            date=None,
            time=None,
            line=line_no,
            reason=reason,
            raw=line,
            format="comdial",
            number_raw=data if data and number != data else None,
        )
    if m := _ANSWERED.match(text):
        kind, line_field, station = m.groups()
        return LineEvent(
            int(line_field), "off_hook", raw=line, desk=station, direction="in" if kind == "2" else None
        )
    if m := _IDLE.match(text):
        return LineEvent(int(m.group(1)), "on_hook", raw=line)
    return ProtocolError(f"not a Comdial caller-ID message: {text[:60]!r}", line)


class ComdialDecoder(LineDecoder):
    """Sans-IO decoder for the DSU II caller-ID port (one message per CR/LF-terminated line)."""

    def __init__(self) -> None:
        super().__init__(decode_message, MAX_LINE, "Comdial message", log)
