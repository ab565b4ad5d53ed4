"""DTMF caller ID (DTMF CLIP) from the digits a DTMF receiver reports, with the time each arrived.

A message starts with ``A``, ``B`` or ``D`` and ends with ``C`` or ``#``:

- Denmark: ``A<digits>#``; ``D1#`` restricted, ``D2#`` international (unavailable), ``D3#`` technical (unavailable).
- Sweden: ``[A<digits>][D<redirecting digits>][B<info>]C`` with information codes ``B00`` unavailable and
  ``B10`` restricted (as Asterisk's ``callerid_get_dtmf`` also reads them).
- Netherlands unknown caller: ``D0000000000C`` (a placeholder number; it never matches a contact).
- India and other ``A<digits>C`` exchanges.

Digits outside a message and line breaks, spaces or commas a receiver puts between digits are ignored. A message
with a bad digit, a bad information code, no end within ``timeout_s`` of its last digit, or more than
``MAX_MESSAGE`` digits is rejected with a :class:`ProtocolError`.
"""

from __future__ import annotations

import logging
from collections import deque

from sivadesk.devices.callerid.events import CallerIdEvent, Event, ProtocolError, Reason

log = logging.getLogger("sivadesk.devices.callerid.dtmf")

MAX_MESSAGE = 40
_STARTS = frozenset(b"ABD")
_ENDS = frozenset(b"C#")
_DIGITS = frozenset(b"0123456789")
_SEPARATORS = frozenset(b" ,\r\n\t")
_DTMF = _DIGITS | frozenset(b"ABCD*#")
_INFO_CODES: dict[str, Reason] = {"00": "unavailable", "10": "private"}
_DENMARK_CODES: dict[str, Reason] = {"1": "private", "2": "unavailable", "3": "unavailable"}


def decode_message(message: bytes) -> Event:
    """One complete message, start digit through end digit (``A12345678#``, ``B10C``)."""
    text = message.decode("latin-1")
    if len(text) < 2 or text[0] not in "ABD" or text[-1] not in "C#":
        return ProtocolError(f"not a DTMF caller-ID message: {text[:60]!r}", message)
    fields: dict[str, str] = {}
    letter = ""
    for ch in text[:-1]:
        if ch in "ABD":
            if ch in fields:
                return ProtocolError(f"DTMF field {ch} given twice: {text!r}", message)
            letter = ch
            fields[ch] = ""
        elif ch.isdigit():
            fields[letter] += ch
        else:
            return ProtocolError(f"unexpected DTMF digit {ch!r} in {text!r}", message)
    reason: Reason | None = None
    extra: dict[str, str] = {}
    number: str | None = fields.get("A") or None
    if "B" in fields:
        info = fields["B"]
        if len(info) != 2:
            return ProtocolError(f"DTMF information code must be two digits: {text!r}", message)
        extra["info_code"] = info
        reason = _INFO_CODES.get(info)
    if "D" in fields:
        d = fields["D"]
        if "A" not in fields and d in _DENMARK_CODES:
            reason = reason or _DENMARK_CODES[d]
            extra["d_code"] = d
        elif "A" in fields:
            if d:
                extra["redirecting"] = d
        else:
            number = d or None
    if number is not None and reason is not None:
        return ProtocolError(f"DTMF message has both a number and an absence code: {text!r}", message)
    if number is None and reason is None and "info_code" not in extra:
        return ProtocolError(f"DTMF message carries no number and no code: {text!r}", message)
    return CallerIdEvent(
        number=number,
        name=None,
        date=None,
        time=None,
        reason=reason,
        raw=message,
        format="dtmf",
        extra=extra,
    )


class DtmfDecoder:
    """Sans-IO decoder for a stream of received DTMF digits (ASCII ``0-9 A-D * #``)."""

    max_buffer = MAX_MESSAGE

    def __init__(self, timeout_s: float = 1.5) -> None:
        self.timeout_s = timeout_s
        self._msg = bytearray()
        self._last = 0.0
        self._events: deque[Event] = deque()

    @property
    def buffered(self) -> int:
        return len(self._msg)

    def _reject(self, reason: str, raw: bytes) -> None:
        log.warning("DTMF caller-ID message rejected: %s", reason)
        self._events.append(ProtocolError(reason, raw))

    def _finish(self) -> None:
        message = bytes(self._msg)
        self._msg.clear()
        event = decode_message(message)
        if isinstance(event, ProtocolError):
            log.warning("DTMF caller-ID message rejected: %s", event.reason)
        self._events.append(event)

    def receive_data(self, data: bytes, now: float) -> None:
        """Feed digits received at ``now``; an empty ``data`` just lets time pass."""
        if self._msg and now - self._last > self.timeout_s:
            self._reject(f"no end digit within {self.timeout_s:g} s (timed out)", bytes(self._msg))
            self._msg.clear()
        for byte in data:
            if byte in _SEPARATORS:
                continue
            if not self._msg:
                if byte in _STARTS:
                    self._msg.append(byte)
                    self._last = now
                continue  # digits outside a message are not caller ID
            self._last = now
            if byte not in _DTMF:
                self._reject(f"not a DTMF digit: {bytes([byte])!r}", bytes(self._msg) + bytes([byte]))
                self._msg.clear()
                continue
            if byte == self._msg[0] and byte in b"AB" and len(self._msg) > 1:
                # the same start digit again: the previous message was cut short
                self._reject("message interrupted by the start of another", bytes(self._msg))
                self._msg.clear()
            self._msg.append(byte)
            if byte in _ENDS:
                self._finish()
            elif len(self._msg) >= MAX_MESSAGE:
                self._reject(f"message longer than {MAX_MESSAGE} digits", bytes(self._msg))
                self._msg.clear()

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None
