"""Bellcore GR-30 / ETSI EN 300 659-3 caller-ID frames: SDMF (0x04) and MDMF (0x80).

A frame is ``type, length, payload[length], checksum`` where every byte including the checksum sums to
0 mod 256. :func:`decode_frame` decodes one complete frame; :class:`FrameDecoder` finds frames in a raw
byte stream from an FSK demodulator (skipping the 0x55 channel-seizure preamble and line noise) and
times out frames that stop half way.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass

from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    ProtocolError,
    Reason,
    classify_number,
    clean_name,
    decode_text,
    valid_date,
    valid_time,
)

log = logging.getLogger("sivadesk.devices.callerid.mdmf")

SDMF_CALL = 0x04
MDMF_CALL = 0x80
FRAME_TYPES = frozenset({SDMF_CALL, MDMF_CALL})

# MDMF parameter types (GR-30 and ETSI EN 300 659-3).
P_DATETIME = 0x01
P_NUMBER = 0x02
P_DDN = 0x03
P_NUMBER_ABSENT = 0x04
P_QUALIFIER = 0x06
P_NAME = 0x07
P_NAME_ABSENT = 0x08
P_CALL_TYPE = 0x11

_ABSENCE: dict[bytes, Reason] = {b"P": "private", b"O": "unavailable"}
_CALL_TYPES = {1: "voice", 2: "ring_back_when_free", 0x81: "message_waiting"}

GAP_TIMEOUT_S = 0.5  # a frame whose next byte is this late is abandoned (1200 baud sends 120 bytes/s)
MAX_FRAME = 2 + 255 + 1


def checksum_ok(frame: bytes) -> bool:
    return sum(frame) % 256 == 0


def parse_params(payload: bytes) -> list[tuple[int, bytes]] | str:
    """The MDMF parameters in order, or a reason string when a parameter runs past the payload."""
    params: list[tuple[int, bytes]] = []
    pos = 0
    while pos < len(payload):
        if pos + 2 > len(payload):
            return f"parameter 0x{payload[pos]:02X} at offset {pos} has no length byte"
        ptype, plen = payload[pos], payload[pos + 1]
        if pos + 2 + plen > len(payload):
            return f"parameter 0x{ptype:02X} length {plen} runs past the end of the message"
        params.append((ptype, payload[pos + 2 : pos + 2 + plen]))
        pos += 2 + plen
    return params


def _datetime(value: bytes) -> tuple[str | None, str | None, str, str]:
    text = decode_text(value)
    date_raw, time_raw = text[:4], text[4:8]
    return valid_date(date_raw), valid_time(time_raw), date_raw, time_raw


def decode_frame(frame: bytes, fmt: str = "mdmf") -> CallerIdEvent | ProtocolError:
    """Decode one complete frame (type byte through checksum). Never raises."""
    if len(frame) < 3:
        return ProtocolError(f"frame of {len(frame)} bytes is too short", frame)
    mtype, length = frame[0], frame[1]
    if mtype not in FRAME_TYPES:
        return ProtocolError(f"message type 0x{mtype:02X} is not a call (expected 0x04 or 0x80)", frame)
    if len(frame) != length + 3:
        return ProtocolError(
            f"length byte says {length} payload bytes but the frame has {len(frame) - 3}", frame
        )
    if not checksum_ok(frame):
        return ProtocolError(f"bad checksum 0x{frame[-1]:02X} (bytes sum to 0x{sum(frame) % 256:02X})", frame)
    payload = frame[2:-1]
    if mtype == SDMF_CALL:
        return _decode_sdmf(payload, frame, "sdmf" if fmt == "mdmf" else fmt)
    return _decode_mdmf(payload, frame, fmt)


def _decode_sdmf(payload: bytes, frame: bytes, fmt: str) -> CallerIdEvent | ProtocolError:
    if len(payload) < 9:
        return ProtocolError(f"SDMF payload of {len(payload)} bytes has no number", frame)
    date, time, date_raw, time_raw = _datetime(payload[:8])
    number_raw = decode_text(payload[8:])
    number, reason = classify_number(number_raw)
    return CallerIdEvent(
        number=number,
        name=None,
        date=date,
        time=time,
        reason=reason,
        raw=frame,
        format=fmt,
        number_raw=number_raw if number != number_raw else None,
        date_raw=date_raw,
        time_raw=time_raw,
    )


def _decode_mdmf(payload: bytes, frame: bytes, fmt: str) -> CallerIdEvent | ProtocolError:
    params = parse_params(payload)
    if isinstance(params, str):
        return ProtocolError(params, frame)
    info = decode_params(params)
    if not info.seen:
        return ProtocolError("MDMF call message carries no date, number or name", frame)
    return CallerIdEvent(
        number=info.number,
        name=info.name,
        date=info.date,
        time=info.time,
        reason=info.reason,
        raw=frame,
        format=fmt,
        number_raw=info.number_raw,
        name_raw=info.name_raw,
        date_raw=info.date_raw,
        time_raw=info.time_raw,
        call_type=info.call_type,
        long_distance=info.long_distance,
    )


@dataclass
class MdmfFields:
    """What the parameters of one MDMF message say."""

    number: str | None = None
    name: str | None = None
    date: str | None = None
    time: str | None = None
    reason: Reason | None = None
    number_raw: str | None = None
    name_raw: str | None = None
    date_raw: str | None = None
    time_raw: str | None = None
    call_type: str | None = None
    long_distance: bool = False
    seen: bool = False  # any date, number or name parameter at all


def decode_params(params: list[tuple[int, bytes]]) -> MdmfFields:
    """Fields from MDMF parameters; unknown parameter types are skipped (logged at debug level)."""
    out = MdmfFields()
    for ptype, value in params:
        if ptype == P_DATETIME:
            out.date, out.time, out.date_raw, out.time_raw = _datetime(value)
            out.seen = True
        elif ptype in (P_NUMBER, P_DDN):
            if out.number is None and out.reason is None:  # the first number wins
                raw = decode_text(value)
                out.number, out.reason = classify_number(raw)
                out.number_raw = raw if out.number != raw else None
            out.seen = True
        elif ptype == P_NUMBER_ABSENT:
            if out.number is None:
                out.reason = _ABSENCE.get(value[:1], out.reason)
                out.number_raw = decode_text(value)
            out.seen = True
        elif ptype == P_NAME:
            raw = decode_text(value)
            out.name = clean_name(raw)
            out.name_raw = raw if out.name != raw else None
            out.seen = True
        elif ptype == P_NAME_ABSENT:
            out.name_raw = decode_text(value)
            out.seen = True
        elif ptype == P_QUALIFIER:
            out.long_distance = out.long_distance or value[:1] == b"L"
        elif ptype == P_CALL_TYPE:
            out.call_type = _CALL_TYPES.get(value[0], f"0x{value[0]:02X}") if value else None
        else:
            log.debug("skipping unknown MDMF parameter 0x%02X (%d bytes)", ptype, len(value))
    return out


class FrameDecoder:
    """Raw binary SDMF/MDMF stream (FSK decoder chips, USB boxes) → events.

    Bytes before a frame type byte (0x55 preamble, mark bits, noise) are skipped. A frame interrupted
    for longer than ``gap_timeout`` seconds is rejected. The buffer never holds more than one frame.
    """

    max_buffer = MAX_FRAME

    def __init__(self, gap_timeout: float = GAP_TIMEOUT_S, fmt: str = "mdmf") -> None:
        self._buf = bytearray()
        self._last: float | None = None
        self._gap_timeout = gap_timeout
        self._fmt = fmt
        self._events: deque[Event] = deque()

    @property
    def buffered(self) -> int:
        return len(self._buf)

    def receive_data(self, data: bytes, now: float) -> None:
        """Feed bytes read at time ``now`` (seconds, any monotonic clock). Empty ``data`` only advances time."""
        if self._buf and self._last is not None and now - self._last > self._gap_timeout:
            self._reject(f"partial frame timed out after {len(self._buf)} bytes")
        if data:
            self._last = now
        for byte in data:
            self._feed(byte)

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None

    def _reject(self, reason: str) -> None:
        error = ProtocolError(reason, bytes(self._buf))
        log.warning("caller-ID frame rejected: %s", reason)
        self._events.append(error)
        self._buf.clear()

    def _feed(self, byte: int) -> None:
        if not self._buf:
            if byte in FRAME_TYPES:
                self._buf.append(byte)
            return
        self._buf.append(byte)
        if len(self._buf) >= 2 and len(self._buf) == self._buf[1] + 3:
            frame = bytes(self._buf)
            self._buf.clear()
            event = decode_frame(frame, self._fmt)
            if isinstance(event, ProtocolError):
                log.warning("caller-ID frame rejected: %s", event.reason)
            self._events.append(event)
