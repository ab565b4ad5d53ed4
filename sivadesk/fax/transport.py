"""Runs a sans-IO fax driver (:mod:`sivadesk.fax.class2`) over a serial port.

The transport owns the port: it writes ``AT`` commands and collects response lines (skipping the
echo and blank lines), sends page data in small chunks while obeying XON/XOFF from the modem (a
modem's buffer can be ~100 bytes), reads received page data up to an unescaped ``DLE`` + end byte,
and enforces every timeout. Any port path pyserial understands works, including a pty.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Generator
from typing import Any, TypeVar

import serial

from sivadesk.fax.modem import (
    DLE,
    XOFF,
    XON,
    CallResult,
    Cause,
    Command,
    Driver,
    PageDone,
    ReadData,
    SendData,
    Step,
    WaitByte,
    WaitLines,
    Write,
    is_final,
)

T = TypeVar("T")

log = logging.getLogger(__name__)

CHUNK = 64  # bytes of page data written between flow-control checks
XOFF_LIMIT = 30.0  # seconds the modem may hold us off before the page is abandoned


class ModemTimeout(Exception):
    pass


class SerialTransport:
    """One modem on one port. Not thread-safe: one driver at a time."""

    def __init__(
        self, port: str, baudrate: int = 19200, *, trace: Callable[[str, bytes], None] | None = None
    ) -> None:
        self.port_name = port
        self.baudrate = baudrate
        self.trace = trace
        self.cancelled = threading.Event()
        #: called with each page the far end confirmed (PageDone), during the call
        self.on_page: Callable[[int], None] | None = None
        self._buf = bytearray()
        self._port: Any = None

    # -- port --------------------------------------------------------------------------------
    def open(self) -> None:
        self._port = serial.serial_for_url(
            self.port_name, baudrate=self.baudrate, timeout=0.05, write_timeout=10
        )
        self._buf.clear()

    @property
    def is_open(self) -> bool:
        return self._port is not None

    def close(self) -> None:
        if self._port is not None:
            try:
                self._port.close()
            finally:
                self._port = None

    def __enter__(self) -> SerialTransport:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, data: bytes) -> None:
        if self.trace:
            self.trace(">", data)
        self._port.write(data)
        self._port.flush()

    def _fill(self, timeout: float) -> bool:
        """Read what has arrived (waiting up to ``timeout``); False when nothing came."""
        deadline = time.monotonic() + timeout
        while True:
            chunk = self._port.read(self._port.in_waiting or 1)
            if chunk:
                if self.trace:
                    self.trace("<", chunk)
                self._buf += chunk
                return True
            if time.monotonic() >= deadline or self.cancelled.is_set():
                return False

    # -- lines -------------------------------------------------------------------------------
    def _line(self, deadline: float) -> str | None:
        while True:
            for sep in (b"\r\n", b"\n", b"\r"):
                i = self._buf.find(sep)
                if i >= 0:
                    raw = bytes(self._buf[:i])
                    del self._buf[: i + len(sep)]
                    # Flow-control bytes may sit in front of a line; they are not text.
                    text = (
                        raw.replace(bytes([XON]), b"").replace(bytes([XOFF]), b"").decode("latin-1").strip()
                    )
                    return text
            left = deadline - time.monotonic()
            if left <= 0 or (not self._fill(min(left, 0.2)) and time.monotonic() >= deadline):
                return None

    def lines(self, timeout: float, sent: str = "", stop_on: tuple[str, ...] = ()) -> list[str]:
        """Response lines until a final result code (or a line starting with one of ``stop_on``);
        an empty list ends in a timeout."""
        deadline = time.monotonic() + timeout
        out: list[str] = []
        while True:
            line = self._line(deadline)
            if line is None:
                return out
            if not line or (sent and line.upper() == sent.upper()):
                continue  # blank line, or the modem echoing the command
            out.append(line)
            if is_final(line) or (stop_on and line.upper().startswith(stop_on)):
                return out

    def command(self, text: str, timeout: float = 5.0) -> list[str]:
        self._buf.clear()
        self._write(f"AT{text}\r".encode("ascii"))
        got = self.lines(timeout, sent=f"AT{text}")
        if not got or not is_final(got[-1]):
            raise ModemTimeout(f"no answer to AT{text} within {timeout:.0f} s")
        return got

    # -- data --------------------------------------------------------------------------------
    def send_data(self, data: bytes, timeout: float) -> list[str]:
        held_since: float | None = None
        pos = 0
        while pos < len(data):
            if self.cancelled.is_set():
                self._write(b"\x18")  # CAN: abort the page
                raise ModemTimeout("cancelled")
            if self._port.in_waiting:
                self._fill(0)
            if XOFF in self._buf or XON in self._buf:
                # The last flow-control byte decides; other bytes stay for the response.
                last_off, last_on = self._buf.rfind(bytes([XOFF])), self._buf.rfind(bytes([XON]))
                held = last_off > last_on
                self._buf = bytearray(b for b in self._buf if b not in (XON, XOFF))
                if held and held_since is None:
                    held_since = time.monotonic()
                elif not held:
                    held_since = None
            if held_since is not None:
                if time.monotonic() - held_since > XOFF_LIMIT:
                    raise ModemTimeout(f"the modem held the data (XOFF) for more than {XOFF_LIMIT:.0f} s")
                self._fill(0.05)
                continue
            self._write(data[pos : pos + CHUNK])
            pos += CHUNK
        got = self.lines(timeout)
        if not got:
            raise ModemTimeout(f"no answer after the page data within {timeout:.0f} s")
        return got

    def read_data(self, ends: bytes, timeout: float) -> bytes | None:
        deadline = time.monotonic() + timeout
        scanned = 0
        while True:
            i = scanned
            while i < len(self._buf) - 1:
                if self._buf[i] == DLE:
                    if self._buf[i + 1] in ends:
                        out = bytes(self._buf[: i + 2])
                        del self._buf[: i + 2]
                        return out
                    i += 2  # DLE DLE or another DLE pair: skip both
                    continue
                i += 1
            scanned = i
            left = deadline - time.monotonic()
            if left <= 0 or self.cancelled.is_set():
                return None
            self._fill(min(left, 0.2))

    def wait_byte(self, wanted: bytes, timeout: float) -> bytes | None:
        deadline = time.monotonic() + timeout
        while True:
            for i, b in enumerate(self._buf):
                if b in wanted:
                    del self._buf[: i + 1]
                    return bytes([b])
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self._fill(min(left, 0.2))

    # -- drivers -----------------------------------------------------------------------------
    def run(self, driver: Driver) -> CallResult:
        """Run a driver to its end; a modem that stops answering ends the call with a clear cause."""
        try:
            step: Any = next(driver)
            while True:
                if self.cancelled.is_set() and not isinstance(step, Command):
                    raise ModemTimeout("cancelled")
                reply = self._do(step)
                step = driver.send(reply)
        except StopIteration as stop:
            result: CallResult = stop.value
            return result
        except ModemTimeout as exc:
            cancelled = self.cancelled.is_set()
            log.warning("fax modem on %s: %s", self.port_name, exc)
            self._hang_up()
            return CallResult(Cause.CANCELLED if cancelled else Cause.MODEM, detail=str(exc))
        except (serial.SerialException, OSError) as exc:
            log.error("fax modem on %s failed: %s", self.port_name, exc)
            return CallResult(Cause.MODEM, detail=f"the modem port failed: {exc}")

    def run_steps(self, driver: Generator[Step, Any, T]) -> T:
        """Run a driver that does not make a call (probing); a silent modem raises ModemTimeout."""
        try:
            step: Any = next(driver)
            while True:
                step = driver.send(self._do(step))
        except StopIteration as stop:
            value: T = stop.value
            return value

    def _hang_up(self) -> None:
        try:
            self._buf.clear()
            self._write(b"ATH0\r")
            self.lines(1.0)
        except (serial.SerialException, OSError):  # pragma: no cover - the port is gone
            pass

    def _do(self, step: Any) -> Any:
        if isinstance(step, Command):
            return self.command(step.text, step.timeout)
        if isinstance(step, SendData):
            return self.send_data(step.data, step.timeout)
        if isinstance(step, ReadData):
            return self.read_data(step.ends, step.timeout)
        if isinstance(step, WaitByte):
            return self.wait_byte(step.wanted, step.timeout)
        if isinstance(step, WaitLines):
            return self.lines(step.timeout, stop_on=step.stop_on)
        if isinstance(step, PageDone):
            if self.on_page is not None:
                self.on_page(step.number)
            return None
        if isinstance(step, Write):
            self._write(step.data)
            return None
        raise TypeError(f"unknown driver step {step!r}")  # pragma: no cover
