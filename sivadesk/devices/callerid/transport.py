"""Caller-ID transport (Qt-free): one worker thread per serial port, and a UDP listener for Ethernet units.

:class:`SerialWorker` opens its port with pyserial's ``serial_for_url`` (device paths, ``COM3``, pty
paths, ``rfc2217://`` and ``socket://`` URLs), sends the device's init strings, then reads. Bytes go
through a :class:`~.detect.FormatDetector` (auto or forced format) and every decoded event is handed
to ``on_event(event, received_at)`` on the worker's thread.

* Init strings are sent after every open and again after a modem reset: an ``OK`` the modem sends
  unasked (it restarted and echoes), a health ping (``AT``) that gets no ``OK``, or :meth:`reset`.
  An init entry may list alternatives ``"AT+VCID=1|AT#CID=1"``: the first answered ``OK`` wins.
* A port that cannot be opened or fails (unplugged USB adapter, closed pty) is closed and re-opened
  every :attr:`PortConfig.retry_s` seconds, so a device that comes back is read again within 3 s.

:class:`UdpListener` receives Ethernet Link datagrams (port 3520) and drops the units' resent copies.
"""

from __future__ import annotations

import datetime as dt
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import serial

from sivadesk.devices.callerid.detect import FormatDetector
from sivadesk.devices.callerid.ethernet import PORT as ETHERNET_PORT
from sivadesk.devices.callerid.ethernet import EthernetLinkDecoder
from sivadesk.devices.callerid.events import Event, ProtocolError

log = logging.getLogger("sivadesk.devices.callerid.transport")

EventCallback = Callable[[Event, dt.datetime], None]
StatusCallback = Callable[[str, str], None]  # (port, state): connected, disconnected, init_failed…

#: Init strings by format; modems get caller ID turned on in formatted (or hex) mode.
INIT_STRINGS: dict[str, tuple[str, ...]] = {
    "modem": ("ATZ", "ATE0", "AT+VCID=1|AT#CID=1|AT%CCID=1|AT+CID=1|AT*ID1"),
    "modem-hex": ("ATZ", "ATE0", "AT+VCID=2|AT#CID=2|AT%CCID=2"),
    "yes": ("AT",),  # the Identifier leaves printer mode for event mode
}
#: Formats whose devices answer AT commands (health pings and unsolicited-OK resets apply).
AT_FORMATS = frozenset({"modem", "modem-hex", "yes", "auto"})
#: An unsolicited OK re-sends the init strings at most this often (a late answer must not loop).
REINIT_GAP_S = 10.0


class SerialPort(Protocol):
    """The part of a pyserial port the worker uses."""

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes) -> int | None: ...

    def close(self) -> None: ...

    @property
    def in_waiting(self) -> int: ...


@dataclass(frozen=True, slots=True)
class PortConfig:
    url: str
    format: str | None = None  # None: detect; "modem-hex" is the modem decoder with hex init strings
    baudrate: int = 9600
    init: tuple[str, ...] | None = None  # None: the format's INIT_STRINGS
    line: str | None = None  # line name given to record_event ("{n}" = the unit's line number)
    retry_s: float = 0.5
    answer_timeout_s: float = 2.0
    ping_s: float = 300.0  # idle health check for AT devices; 0 disables it
    reinit_gap_s: float = REINIT_GAP_S  # an unsolicited OK re-inits at most this often

    @property
    def decoder_format(self) -> str | None:
        return "modem" if self.format == "modem-hex" else self.format

    @property
    def init_strings(self) -> tuple[str, ...]:
        if self.init is not None:
            return self.init
        return INIT_STRINGS.get(self.format or "", ())


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SerialWorker(threading.Thread):
    """Reads one serial caller-ID device until :meth:`stop`; reconnects when the port fails."""

    def __init__(
        self,
        config: PortConfig,
        on_event: EventCallback,
        on_status: StatusCallback | None = None,
        open_port: Callable[[PortConfig], SerialPort] | None = None,
    ) -> None:
        super().__init__(name=f"callerid-{config.url}", daemon=True)
        self.config = config
        self._on_event = on_event
        self._on_status = on_status
        self._open_port = open_port or _open_serial
        self._stop_event = threading.Event()
        self._reset = threading.Event()
        self._port: SerialPort | None = None
        self._detector = FormatDetector(forced=config.decoder_format)
        self._lines = bytearray()
        self._answers: list[str] = []
        self._awaiting = False
        self._last_reinit = 0.0
        self.connected = threading.Event()
        self.opens = 0  # times the port was opened (reconnects = opens - 1)
        self.inits = 0  # times the init strings were sent

    # -- control (any thread) -------------------------------------------------------------------

    def stop(self, timeout: float = 3.0) -> None:
        self._stop_event.set()
        self.join(timeout)

    def reset(self) -> None:
        """Send the init strings again (the modem was reset or its settings were lost)."""
        self._reset.set()

    @property
    def detected_format(self) -> str | None:
        return self._detector.detected

    # -- the thread -----------------------------------------------------------------------------

    def run(self) -> None:
        while not self._stop_event.is_set():
            try:
                self._port = self._open_port(self.config)
            except (serial.SerialException, OSError, ValueError) as exc:
                log.debug("cannot open %s: %s", self.config.url, exc)
                self._stop_event.wait(self.config.retry_s)
                continue
            self.opens += 1
            log.info("caller-ID port %s open", self.config.url)
            self._status("connected")
            self.connected.set()
            try:
                self._session()
            except (serial.SerialException, OSError) as exc:
                log.warning("caller-ID port %s failed: %s; reconnecting", self.config.url, exc)
            finally:
                self.connected.clear()
                self._close()
                self._status("disconnected")
            if not self._stop_event.is_set():
                self._stop_event.wait(self.config.retry_s)
        self._close()

    def _session(self) -> None:
        self._send_init()
        last_traffic = time.monotonic()
        while not self._stop_event.is_set():
            if self._reset.is_set():
                self._reset.clear()
                self._send_init()
            data = self._read()
            now = time.monotonic()
            if data:
                last_traffic = now
            elif self._needs_ping(now - last_traffic):
                last_traffic = now
                if not self._command("AT"):
                    log.warning(
                        "modem on %s stopped answering OK; sending its init strings again", self.config.url
                    )
                    self._send_init()

    def _needs_ping(self, idle_s: float) -> bool:
        fmt = self.config.format or "auto"
        return (
            self.config.ping_s > 0
            and fmt in AT_FORMATS
            and bool(self.config.init_strings)
            and idle_s >= self.config.ping_s
        )

    def _read(self) -> bytes:
        port = self._port
        assert port is not None
        data = port.read(max(1, min(port.in_waiting, 4096)))
        now = time.monotonic()
        received = _utcnow()
        self._detector.receive_data(data, now)
        if data:
            self._scan_answers(data)
        while (event := self._detector.next_event()) is not None:
            if isinstance(event, ProtocolError):
                log.info("%s: rejected input: %s", self.config.url, event.reason)
            try:
                self._on_event(event, received)
            except Exception:  # a failing consumer must not kill the port
                log.exception("caller-ID event handler failed on %s", self.config.url)
        return data

    def _scan_answers(self, data: bytes) -> None:
        for byte in data:
            if byte not in (0x0A, 0x0D):
                if len(self._lines) < 256:
                    self._lines.append(byte)
                continue
            text = self._lines.decode("latin-1").strip().upper()
            self._lines.clear()
            if text not in ("OK", "ERROR"):
                continue
            if self._awaiting:
                self._answers.append(text)
            elif text == "OK" and self._resets_on_ok():
                # Nobody asked: the modem restarted (power cut, reset) and lost its caller-ID mode.
                log.warning(
                    "unsolicited OK from %s: modem reset; sending its init strings again", self.config.url
                )
                self._reset.set()

    def _resets_on_ok(self) -> bool:
        fmt = self.config.format or "auto"
        now = time.monotonic()
        if (
            fmt not in AT_FORMATS
            or not self.config.init_strings
            or now - self._last_reinit < self.config.reinit_gap_s
        ):
            return False
        self._last_reinit = now
        return True

    def _command(self, command: str) -> bool:
        """Send one command; True when the device answers OK within the timeout."""
        port = self._port
        assert port is not None
        self._answers.clear()
        self._awaiting = True
        self._last_reinit = time.monotonic()
        try:
            port.write(command.encode("ascii", "replace") + b"\r")
            deadline = time.monotonic() + self.config.answer_timeout_s
            while time.monotonic() < deadline and not self._stop_event.is_set():
                self._read()
                if "OK" in self._answers:
                    return True
                if "ERROR" in self._answers:
                    return False
            return False
        finally:
            self._awaiting = False
            self._answers.clear()

    def _send_init(self) -> None:
        strings = self.config.init_strings
        if not strings:
            return
        self.inits += 1
        for entry in strings:
            choices = [c.strip() for c in entry.split("|") if c.strip()]
            if not any(self._command(choice) for choice in choices):
                log.warning("%s: no OK for %s", self.config.url, " / ".join(choices))
                self._status("init_failed")

    def _status(self, state: str) -> None:
        if self._on_status is not None:
            try:
                self._on_status(self.config.url, state)
            except Exception:
                log.exception("caller-ID status handler failed")

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except (serial.SerialException, OSError):
                log.debug("closing %s failed", self.config.url, exc_info=True)


def _open_serial(config: PortConfig) -> SerialPort:
    port = serial.serial_for_url(config.url, baudrate=config.baudrate, timeout=0.1, exclusive=None)
    return port  # type: ignore[no-any-return]


class UdpListener(threading.Thread):
    """Receives Ethernet Link datagrams on ``port`` (default 3520) and hands decoded events to ``on_event``."""

    def __init__(
        self,
        on_event: EventCallback,
        port: int = ETHERNET_PORT,
        host: str = "0.0.0.0",
        duplicate_window_s: float | None = None,
    ) -> None:
        super().__init__(name=f"callerid-udp-{port}", daemon=True)
        self._on_event = on_event
        self._decoder = (
            EthernetLinkDecoder() if duplicate_window_s is None else EthernetLinkDecoder(duplicate_window_s)
        )
        self._stop_event = threading.Event()
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self._sock = socket.socket(family, socket.SOCK_DGRAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self._sock.settimeout(0.2)
        self.address = self._sock.getsockname()

    @property
    def duplicates(self) -> int:
        return self._decoder.duplicates

    def run(self) -> None:
        try:
            while not self._stop_event.is_set():
                try:
                    data, sender = self._sock.recvfrom(2048)
                except TimeoutError:
                    self._decoder.receive_data(b"", time.monotonic())
                    continue
                except OSError:
                    if self._stop_event.is_set():
                        break
                    raise
                received = _utcnow()
                self._decoder.receive_data(data, time.monotonic())
                while (event := self._decoder.next_event()) is not None:
                    if isinstance(event, ProtocolError):
                        log.info("UDP packet from %s rejected: %s", sender[0], event.reason)
                    try:
                        self._on_event(event, received)
                    except Exception:
                        log.exception("caller-ID event handler failed (UDP)")
        finally:
            self._sock.close()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop_event.set()
        self.join(timeout)
