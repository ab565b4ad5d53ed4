"""CallerID.com Ethernet Link (EL) UDP packets, port 3520, with duplicate suppression.

A packet is ``^^<U>`` + 6-byte unit number + ``<S>`` + 6-byte serial number + ``$`` and then one
standard Whozz Calling record (call record, detail event), so the record starts at offset 21. The
unit and serial numbers are big-endian binary; vendor tools also send ASCII digits there, which
are accepted (the record is what matters) and reported as ``header_valid=0``.

Units send the same packet more than once (and several EL units may relay one event). A packet
whose unit, serial and record equal one seen within :data:`DUPLICATE_WINDOW_S` is dropped.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict, deque
from dataclasses import dataclass

from sivadesk.devices.callerid import whozz
from sivadesk.devices.callerid.events import CallerIdEvent, Event, LineEvent, ProtocolError

log = logging.getLogger("sivadesk.devices.callerid.ethernet")

PORT = 3520
RECORD_OFFSET = 21
MAX_PACKET = 512
DUPLICATE_WINDOW_S = 10.0
_MAX_REMEMBERED = 256


@dataclass(frozen=True, slots=True)
class Packet:
    unit: int | None  # None when the header is not the binary form
    serial: int | None
    header_valid: bool
    record: bytes


def _number(field: bytes) -> int:
    """A 6-byte header number: big-endian binary, or six ASCII digits as some vendor tools send."""
    return int(field) if field.isdigit() else int.from_bytes(field, "big")


def parse_packet(data: bytes) -> Packet | ProtocolError:
    """Split one datagram into its header numbers and the record after ``$``."""
    if len(data) > MAX_PACKET:
        return ProtocolError(f"Ethernet Link packet of {len(data)} bytes is too long", data[:MAX_PACKET])
    if (
        data.startswith(b"^^<U>")
        and len(data) > RECORD_OFFSET
        and data[11:14] == b"<S>"
        and data[20:21] == b"$"
    ):
        return Packet(_number(data[5:11]), _number(data[14:20]), True, data[RECORD_OFFSET:])
    if data.startswith((b"^^<U>", b"<U>")):
        at = data.find(b"<S>")
        dollar = data.find(b"$", at + 3) if at >= 0 else -1
        if dollar >= 0:
            return Packet(None, None, False, data[dollar + 1 :])
    if data.startswith(b"^^"):
        return ProtocolError(f"Ethernet Link packet without a record: {data[:40]!r}", data)
    return ProtocolError(f"not an Ethernet Link packet: {data[:40]!r}", data)


def decode_packet(data: bytes) -> Event | None:
    """One datagram as a caller-ID event (no duplicate suppression); None for an empty record."""
    packet = parse_packet(data)
    if isinstance(packet, ProtocolError):
        return packet
    event = whozz.decode_record(packet.record.rstrip(b"\r\n"))
    if event is None:
        return None
    if isinstance(event, ProtocolError):
        return ProtocolError(f"Ethernet Link record: {event.reason}", data)
    if isinstance(event, CallerIdEvent):
        extra = {k: v for k, v in event.extra.items() if k != "header_valid"}
        extra["header_valid"] = "1" if packet.header_valid else "0"
        if packet.unit is not None and packet.serial is not None:
            extra["unit_number"] = str(packet.unit)
            extra["serial_number"] = str(packet.serial)
        return dataclasses.replace(
            event, raw=data, format="whozz-el" if event.popup else event.format, extra=extra
        )
    if isinstance(event, LineEvent):
        return dataclasses.replace(event, raw=data)
    return event


class EthernetLinkDecoder:
    """Sans-IO decoder for Ethernet Link datagrams: each ``receive_data`` call is one datagram."""

    max_buffer = MAX_PACKET

    def __init__(self, duplicate_window_s: float = DUPLICATE_WINDOW_S) -> None:
        self._window = duplicate_window_s
        self._seen: OrderedDict[bytes, float] = OrderedDict()
        self._events: deque[Event] = deque()
        self.duplicates = 0

    @property
    def buffered(self) -> int:
        return 0

    def receive_data(self, data: bytes, now: float) -> None:
        for key, at in list(self._seen.items()):
            if now - at < self._window:
                break
            del self._seen[key]
        if not data:
            return
        packet = parse_packet(data)
        key = data if isinstance(packet, ProtocolError) else _key(packet)
        if key in self._seen:
            self.duplicates += 1
            log.debug("duplicate Ethernet Link packet dropped: %r", data[:60])
            return
        self._seen[key] = now
        while len(self._seen) > _MAX_REMEMBERED:
            self._seen.popitem(last=False)
        event = decode_packet(data)
        if isinstance(event, ProtocolError):
            log.warning("Ethernet Link packet rejected: %s", event.reason)
        if event is not None:
            self._events.append(event)

    def next_event(self) -> Event | None:
        return self._events.popleft() if self._events else None


def _key(packet: Packet) -> bytes:
    head = b"%d/%d/" % (packet.unit or 0, packet.serial or 0)
    return head + packet.record.rstrip(b"\r\n ")


__all__ = ["PORT", "EthernetLinkDecoder", "Packet", "decode_packet", "parse_packet"]
