"""Events produced by the sans-IO caller-ID decoders (plain dataclasses, no I/O, no Qt).

Every decoder turns bytes into these. A decoder never raises on bad input from the device: it yields a
:class:`ProtocolError` saying what was wrong with the peer's data instead.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Reason = Literal["private", "unavailable"]
Direction = Literal["in", "out"]
LineState = Literal["ring", "off_hook", "on_hook", "hook_flash"]

# Values a device puts in the number field instead of digits.
_PRIVATE_MARKERS = frozenset({"P", "PRIVATE", "WITHHELD", "RESTRICTED", "ANONYMOUS", "BLOCKED"})
_UNAVAILABLE_MARKERS = frozenset({"O", "UNAVAILABLE", "OUT-OF-AREA", "OUT OF AREA", "UNKNOWN"})
# Values in the name field that carry no name.
_NO_NAME_MARKERS = frozenset({"", "O", "P", "NO NAME", "UNAVAILABLE", "OUT-OF-AREA", "OUT OF AREA"})
_NUMBER_CHARS = re.compile(r"^\+?[0-9][0-9 ()./-]*$")


@dataclass(frozen=True, slots=True)
class CallerIdEvent:
    """One caller-ID record. ``number`` is digits only, or None when withheld, unavailable or not numeric."""

    number: str | None
    name: str | None
    date: str | None  # MMDD, None when missing or invalid (date_raw keeps what was sent)
    time: str | None  # HHMM 24 h, None when missing or invalid (time_raw keeps what was sent)
    line: int | None = None
    reason: Reason | None = None
    raw: bytes = b""
    format: str = ""
    number_raw: str | None = None
    name_raw: str | None = None
    date_raw: str | None = None
    time_raw: str | None = None
    direction: Direction | None = "in"
    kind: Literal["call", "call_start", "call_end"] = "call"
    popup: bool = True  # False for records replayed from a unit's memory
    call_type: str | None = None
    long_distance: bool = False
    mesg: tuple[str, ...] = ()
    duration_s: int | None = None
    ring_type: str | None = None
    rings: int | None = None
    telco_checksum_ok: bool | None = None  # as reported by a unit that checked it for us
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def private(self) -> bool:
        return self.reason == "private"

    @property
    def out_of_area(self) -> bool:
        return self.reason == "unavailable"

    @property
    def number_is_placeholder(self) -> bool:
        return self.number is not None and set(self.number) == {"0"}


@dataclass(frozen=True, slots=True)
class RingEvent:
    """A ring reported by the device; ``cadence`` is the distinctive-ring tag (``A``, ``1``) when given."""

    line: int | None = None
    cadence: str | None = None
    raw: bytes = b""


@dataclass(frozen=True, slots=True)
class LineEvent:
    """A line-status change (ring, off-hook, on-hook, hook flash) from units that report them.

    ``desk`` is the desk (station, extension) that took the line when the unit says so (Comdial);
    ``direction`` is set when the unit tells an answered call (``in``) from a line seized to dial
    (``out``).
    """

    line: int | None
    state: LineState
    date: str | None = None
    time: str | None = None
    raw: bytes = b""
    desk: str | None = None
    direction: Direction | None = None


@dataclass(frozen=True, slots=True)
class ProtocolError:
    """Input that was rejected. ``fault`` is ``"peer"`` for bad device data (the usual case)."""

    reason: str
    raw: bytes = b""
    fault: Literal["peer", "ours"] = "peer"


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """A device notice that is not a call and never pops up: message waiting on/off, device connected."""

    kind: Literal["mwi_on", "mwi_off", "device_status"]
    detail: str | None = None
    line: int | None = None
    raw: bytes = b""


Event = CallerIdEvent | RingEvent | LineEvent | ProtocolError | StatusEvent


def decode_text(data: bytes) -> str:
    """Device text: UTF-8 when it is valid, otherwise Latin-1 (which never fails)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def classify_number(value: str | None) -> tuple[str | None, Reason | None]:
    """(digits or None, absence reason) for what a device sent in its number field."""
    if value is None:
        return None, None
    text = value.strip()
    upper = text.upper()
    if upper in _PRIVATE_MARKERS:
        return None, "private"
    if upper in _UNAVAILABLE_MARKERS:
        return None, "unavailable"
    if text and _NUMBER_CHARS.match(text):
        return "".join(ch for ch in text if ch.isdigit()), None
    return None, None


def clean_name(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip()
    return None if text.upper() in _NO_NAME_MARKERS else text


def valid_date(mmdd: str | None) -> str | None:
    """MMDD when it is a plausible month and day, else None."""
    if mmdd is None or len(mmdd) != 4 or not mmdd.isdigit():
        return None
    month, day = int(mmdd[:2]), int(mmdd[2:])
    return mmdd if 1 <= month <= 12 and 1 <= day <= 31 else None


def valid_time(hhmm: str | None) -> str | None:
    """HHMM (24 h) when hours < 24 and minutes < 60, else None."""
    if hhmm is None or len(hhmm) != 4 or not hhmm.isdigit():
        return None
    return hhmm if int(hhmm[:2]) < 24 and int(hhmm[2:]) < 60 else None


def hour24(hour: str, minute: str, ampm: str) -> str:
    """HHMM (24 h) from a 12-hour clock reading (``12:11 AM`` is ``0011``); the caller validates the result."""
    h = int(hour) % 12 + (12 if ampm.upper() == "PM" else 0)
    return f"{h:02d}{minute}"


class LineSplitter:
    """Splits a byte stream into lines ended by CR and/or LF, holding at most ``max_line`` bytes of a partial line.

    A line that reaches ``max_line`` bytes without an end is given back as a :class:`ProtocolError` and the rest of
    it, up to the next line end, is dropped.
    """

    def __init__(self, max_line: int) -> None:
        self.max_line = max_line
        self._line = bytearray()
        self._discarding = False

    @property
    def buffered(self) -> int:
        return len(self._line)

    def feed(self, data: bytes) -> list[bytes | ProtocolError]:
        """Complete non-empty lines (without their end) and overflow errors, in stream order."""
        out: list[bytes | ProtocolError] = []
        for byte in data:
            if byte in (0x0A, 0x0D):
                if self._discarding:
                    self._discarding = False
                elif self._line:
                    out.append(bytes(self._line))
                    self._line.clear()
            elif not self._discarding:
                self._line.append(byte)
                if len(self._line) >= self.max_line:
                    reason = f"line longer than {self.max_line} bytes without a line end"
                    out.append(ProtocolError(reason, bytes(self._line)))
                    self._line.clear()
                    self._discarding = True
        return out


class LineDecoder:
    """Sans-IO decoder for formats that send one record per CR/LF-terminated line.

    ``decode`` turns one line into an event, None (nothing to report) or a :class:`ProtocolError`;
    rejected lines are logged as ``what`` on ``logger``. Lines end the record, so ``now`` is accepted
    only for the decoders' uniform interface.
    """

    def __init__(
        self, decode: Callable[[bytes], Event | None], max_line: int, what: str, logger: logging.Logger
    ) -> None:
        self.max_buffer = max_line
        self._decode = decode
        self._what = what
        self._log = logger
        self._lines = LineSplitter(max_line)
        self._events: deque[Event] = deque()

    @property
    def buffered(self) -> int:
        return self._lines.buffered

    def receive_data(self, data: bytes, now: float) -> None:
        del now  # accepted for a uniform decoder interface
        for item in self._lines.feed(data):
            event = item if isinstance(item, ProtocolError) else self._decode(item)
            if isinstance(event, ProtocolError):
                self._log.warning("%s rejected: %s", self._what, event.reason)
            if event is not None:
                self._events.append(event)

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None
