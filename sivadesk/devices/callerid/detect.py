"""Per-port caller-ID format auto-detection with a manual override (sans-IO, same interface as the decoders).

:class:`FormatDetector` with no forced format holds the first bytes of a port (at most :data:`MAX_DETECT_BYTES`
bytes and :data:`DETECT_WINDOW_S` seconds, measured with the ``now`` passed in) and feeds them, chunk by chunk with
their original times, to one trial decoder per candidate format. The first candidate to produce a call, ring, line or
status event without having produced a :class:`ProtocolError` before it wins; when several win on the same chunk,
the order of :data:`FORMATS` breaks the tie. The detector then locks onto a fresh decoder of that format and replays
the held bytes (with their times) into it, so the first record is not lost, and from then on just passes data through.

A candidate that rejects input is out of the running. When every candidate is out, or the window or byte cap is
exceeded without a winner, the held bytes are dropped and detection starts again from the next bytes (so a port that
only sends noise holds a bounded amount of memory and never raises).

``FormatDetector(forced="tci")`` skips detection (the manual override). An unknown format name raises ValueError:
that is a mistake in our configuration, not bad device data.

DTMF caller ID and Ethernet Link packets are in :data:`MANUAL_FORMATS`, not :data:`FORMATS`: DTMF input is received
digits from a DTMF receiver, not a byte stream a serial port could be sniffed for, and Ethernet Link packets arrive by
UDP one datagram at a time. Both are chosen explicitly (``FormatDetector(forced="dtmf")``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from sivadesk.devices.callerid.cnfsk import CnFskDecoder
from sivadesk.devices.callerid.comdial import ComdialDecoder
from sivadesk.devices.callerid.dtmf import DtmfDecoder
from sivadesk.devices.callerid.ethernet import EthernetLinkDecoder
from sivadesk.devices.callerid.events import Event, ProtocolError
from sivadesk.devices.callerid.mdmf import FrameDecoder
from sivadesk.devices.callerid.modem_text import ModemTextDecoder
from sivadesk.devices.callerid.netcid import NetCallerIdDecoder
from sivadesk.devices.callerid.tci import TciDecoder
from sivadesk.devices.callerid.whozz import WhozzDecoder
from sivadesk.devices.callerid.yestele import YesTeleDecoder

MAX_DETECT_BYTES = 4096
DETECT_WINDOW_S = 30.0


class Decoder(Protocol):
    """What every sans-IO caller-ID decoder provides."""

    max_buffer: int

    @property
    def buffered(self) -> int: ...

    def receive_data(self, data: bytes, now: float) -> None: ...

    def next_event(self) -> Event | None: ...


# Detection candidates, in tie-break priority order (most specific framing first).
FORMATS: dict[str, Callable[[], Decoder]] = {
    "netcid": NetCallerIdDecoder,
    "comdial": ComdialDecoder,
    "yes": YesTeleDecoder,
    "whozz": WhozzDecoder,
    "tci": TciDecoder,
    "cnfsk": CnFskDecoder,
    "modem": ModemTextDecoder,
    "mdmf": FrameDecoder,
}

# Formats that are never sniffed, only chosen: DTMF digits from a DTMF receiver, and Ethernet Link
# datagrams (each ``receive_data`` call is one UDP packet).
MANUAL_FORMATS: dict[str, Callable[[], Decoder]] = {
    "dtmf": DtmfDecoder,
    "ethernet": EthernetLinkDecoder,
}

#: Every format a port can be set to.
ALL_FORMATS: dict[str, Callable[[], Decoder]] = {**FORMATS, **MANUAL_FORMATS}


class FormatDetector:
    """Sans-IO decoder that detects the port's format (or uses the forced one) and then decodes with it."""

    max_buffer = MAX_DETECT_BYTES

    def __init__(self, forced: str | None = None) -> None:
        if forced is not None and forced not in ALL_FORMATS:
            known = ", ".join(ALL_FORMATS)
            raise ValueError(f"unknown caller-ID format {forced!r} (known: {known})")
        self._decoder: Decoder | None = ALL_FORMATS[forced]() if forced is not None else None
        self._detected: str | None = forced
        self._chunks: list[tuple[bytes, float]] = []
        self._held = 0
        self._started: float | None = None
        self._trials: dict[str, Decoder] = {}
        self._restart()

    @property
    def detected(self) -> str | None:
        """The format in use (forced or detected), or None while still detecting."""
        return self._detected

    @property
    def buffered(self) -> int:
        if self._decoder is not None:
            return self._decoder.buffered
        return self._held

    def receive_data(self, data: bytes, now: float) -> None:
        """Feed bytes read at ``now`` (seconds); empty ``data`` only advances time."""
        if self._decoder is not None:
            self._decoder.receive_data(data, now)
            return
        if not data and not self._chunks:
            return  # nothing held: time passing tells no candidate anything
        if self._started is None:
            self._started = now
        if not data and not self._chunks[-1][0]:
            self._chunks[-1] = (b"", now)  # coalesce time-only calls so the list stays bounded
        else:
            self._chunks.append((bytes(data), now))
        self._held += len(data)
        winners: list[str] = []
        for name, trial in list(self._trials.items()):
            trial.receive_data(data, now)
            while (event := trial.next_event()) is not None:
                if isinstance(event, ProtocolError):
                    del self._trials[name]
                    break
                winners.append(name)
                break
        if winners:
            self._lock(min(winners, key=list(FORMATS).index))
        elif not self._trials or self._held > MAX_DETECT_BYTES or now - self._started > DETECT_WINDOW_S:
            self._restart()

    def next_event(self) -> Event | None:
        return self._decoder.next_event() if self._decoder is not None else None

    def _lock(self, name: str) -> None:
        decoder = FORMATS[name]()
        for data, at in self._chunks:
            decoder.receive_data(data, at)
        self._decoder = decoder
        self._detected = name
        self._chunks = []
        self._held = 0
        self._trials = {}

    def _restart(self) -> None:
        self._chunks = []
        self._held = 0
        self._started = None
        self._trials = {} if self._decoder is not None else {name: make() for name, make in FORMATS.items()}
