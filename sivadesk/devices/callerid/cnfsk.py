"""Chinese FSK caller-ID module lines (HT9032-style hobby units, 9600 8N1, LF-terminated).

- ``ATF MMDDhhmm<number>``: a caller-ID record (no name in this format);
- ``ATRING``: a ring;
- ``ATLINKOK``: the module is connected (a status notice, never a call).
"""

from __future__ import annotations

import logging
import re

from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    LineDecoder,
    ProtocolError,
    RingEvent,
    StatusEvent,
    classify_number,
    decode_text,
    valid_date,
    valid_time,
)

log = logging.getLogger("sivadesk.devices.callerid.cnfsk")

MAX_LINE = 128

_ATF = re.compile(r"^ATF ?(\d{8})(.*)$")


def decode_line(line: bytes) -> Event | None:
    """One module line (without its line end); None for a blank line."""
    text = decode_text(line).strip(" \t\r\n\x00")
    if not text:
        return None
    if text == "ATRING":
        return RingEvent(raw=line)
    if text == "ATLINKOK":
        return StatusEvent("device_status", detail="link_ok", raw=line)
    m = _ATF.match(text)
    if m is None:
        return ProtocolError(f"not a Chinese FSK module line: {text[:80]!r}", line)
    stamp, number_field = m.groups()
    number_raw = number_field.strip() or None
    number, reason = classify_number(number_raw)
    if number_raw is not None and number is None and reason is None:
        return ProtocolError(f"ATF number is not a number: {number_raw[:40]!r}", line)
    return CallerIdEvent(
        number=number,
        name=None,
        date=valid_date(stamp[:4]),
        time=valid_time(stamp[4:]),
        reason=reason,
        raw=line,
        format="cn-fsk",
        number_raw=number_raw if number_raw is not None and number != number_raw else None,
        date_raw=stamp[:4],
        time_raw=stamp[4:],
    )


class CnFskDecoder(LineDecoder):
    """Sans-IO decoder for the Chinese FSK module's serial stream."""

    def __init__(self) -> None:
        super().__init__(decode_line, MAX_LINE, "Chinese FSK module line", log)
