"""TCI fixed 70-column caller-ID records (TCI units, Whozz Calling serial units with DIP7 set to TCI; 9600 8N1).

``01      9/04      1:29 PM       212-555-4000           CARD SERVICES  `` then CR LF. Columns (0-based):
0-1 line, 7-8 month and 10-11 day (leading zero may be a space), 17-24 ``h:mm AM``, 29-43 number right-justified
(or ``PRIVATE`` / ``OUT-OF-AREA``), 55-69 name. The width is counted in characters, not bytes, so a UTF-8 name
(``Vähälä Joe`` is 73 bytes) is still a TCI record; trailing spaces a transport trimmed are put back.
"""

from __future__ import annotations

import logging
import re

from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    LineDecoder,
    ProtocolError,
    classify_number,
    clean_name,
    decode_text,
    hour24,
    valid_date,
    valid_time,
)

log = logging.getLogger("sivadesk.devices.callerid.tci")

WIDTH = 70
MAX_LINE = 256
_MIN_WIDTH = 25  # everything up to the AM/PM marker must be there

_RECORD = re.compile(
    r"^(\d\d) {5}([ \d]\d)/([ \d]\d) {5}([ \d]\d):(\d\d) ([AP]M) {4}(.{15}) {11}(.{15})$",
    re.DOTALL,
)


def decode_record(line: bytes) -> Event | None:
    """One TCI record (without its line end); None for a blank line."""
    text = decode_text(line).rstrip("\r\n")
    if not text.strip():
        return None
    if not _MIN_WIDTH <= len(text) <= WIDTH:
        return ProtocolError(f"TCI record is {len(text)} characters, not {WIDTH}: {text[:80]!r}", line)
    m = _RECORD.match(text.ljust(WIDTH))
    if m is None:
        return ProtocolError(f"not a TCI record: {text[:80]!r}", line)
    line_no, month, day, hour, minute, ampm, number_field, name_field = m.groups()
    date_raw = month.strip().zfill(2) + day.strip().zfill(2)
    time = hour24(hour.strip(), minute, ampm)
    number_raw = number_field.strip() or None
    number, reason = classify_number(number_raw)
    name_raw = name_field.strip() or None
    name = clean_name(name_raw)
    return CallerIdEvent(
        number=number,
        name=name,
        date=valid_date(date_raw),
        time=valid_time(time),
        line=int(line_no),
        reason=reason,
        raw=line,
        format="tci",
        number_raw=number_raw if number_raw is not None and number != number_raw else None,
        name_raw=name_raw if name_raw is not None and name != name_raw else None,
        date_raw=date_raw,
        time_raw=f"{hour.strip()}:{minute} {ampm}",
    )


class TciDecoder(LineDecoder):
    """Sans-IO decoder for a TCI serial stream (one record per CR/LF-terminated line)."""

    def __init__(self) -> None:
        super().__init__(decode_record, MAX_LINE, "TCI record", log)
