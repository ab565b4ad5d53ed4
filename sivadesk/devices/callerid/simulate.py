"""Caller-ID unit simulator: encoders for every supported format, and players into a pty, UDP or a port.

:func:`encode` turns one :class:`SimCall` into the frames a unit of that format sends (one frame per
UDP packet; a serial unit's frames are written one after the other). The decoders' tests use the
same encoders for their round trips, and ``sivadesk callerid simulate`` uses them for demos.

:class:`PtyModem` plays a unit on a pseudo-terminal: it answers ``OK`` to AT commands (so a
listener's init strings succeed and can be checked) and writes records when asked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import select
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from sivadesk.devices.callerid.mdmf import MDMF_CALL, SDMF_CALL

Direction = Literal["in", "out"]


@dataclass(frozen=True, slots=True)
class SimCall:
    """One call to play. ``number`` digits or None with ``reason`` (private/unavailable)."""

    number: str | None = "0612345678"
    name: str | None = None
    when: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(second=0, microsecond=0))
    line: int = 1
    direction: Direction = "in"
    reason: Literal["private", "unavailable"] | None = None
    duration_s: int = 0  # >0: units that report call ends send an end record with it
    desk: str = "10"  # Comdial: the station that answers


def _mmdd(c: SimCall) -> str:
    return c.when.strftime("%m%d")


def _hhmm(c: SimCall) -> str:
    return c.when.strftime("%H%M")


def _ampm(c: SimCall, pad: str = "0") -> str:
    hour = c.when.hour % 12 or 12
    return f"{hour:{pad}>2}:{c.when.minute:02d} {'PM' if c.when.hour >= 12 else 'AM'}"


def _marker(c: SimCall, private: str, unavailable: str) -> str:
    return private if c.reason == "private" else unavailable


def _number_or(c: SimCall, private: str = "P", unavailable: str = "O") -> str:
    return c.number if c.number else _marker(c, private, unavailable)


def _dashed(number: str) -> str:
    return f"{number[:3]}-{number[3:6]}-{number[6:]}" if len(number) == 10 else number


# -- frames ------------------------------------------------------------------------------------


def _checksummed(body: bytes) -> bytes:
    return body + bytes([(-sum(body)) % 256])


def mdmf_frame(c: SimCall) -> bytes:
    params = bytearray()

    def param(ptype: int, value: bytes) -> None:
        params.extend((ptype, len(value)))
        params.extend(value)

    param(0x01, (_mmdd(c) + _hhmm(c)).encode())
    if c.number:
        param(0x02, c.number.encode())
    else:
        param(0x04, b"P" if c.reason == "private" else b"O")
    if c.name:
        param(0x07, c.name.encode("utf-8"))
    elif c.number is None:
        param(0x08, b"P" if c.reason == "private" else b"O")
    return _checksummed(bytes((MDMF_CALL, len(params))) + bytes(params))


def sdmf_frame(c: SimCall) -> bytes:
    body = (_mmdd(c) + _hhmm(c) + _number_or(c)).encode()
    return _checksummed(bytes((SDMF_CALL, len(body))) + body)


def _modem(c: SimCall) -> list[bytes]:
    lines = [f"DATE = {_mmdd(c)}", f"TIME = {_hhmm(c)}", f"NMBR = {_number_or(c)}"]
    if c.name:
        lines.append(f"NAME = {c.name}")
    return [b"RING\r\n", ("\r\n" + "\r\n".join(lines) + "\r\n\r\n").encode("utf-8"), b"RING\r\n"]


def _modem_hex(c: SimCall) -> list[bytes]:
    return [b"RING\r\n", b"\r\n" + mdmf_frame(c).hex().upper().encode() + b"\r\n", b"RING\r\n"]


def _mdmf(c: SimCall) -> list[bytes]:
    return [b"\x55" * 30 + mdmf_frame(c)]


def _sdmf(c: SimCall) -> list[bytes]:
    return [b"\x55" * 30 + sdmf_frame(c)]


def _dtmf(c: SimCall) -> list[bytes]:
    if c.number:
        return [f"A{c.number}C".encode()]
    return [b"B10C" if c.reason == "private" else b"B00C"]


def _whozz_record(c: SimCall, start_end: str, duration: int, basic: bool = False) -> str:
    io = "O" if c.direction == "out" else "I"
    rings = "00" if c.direction == "out" else ("A0" if basic else "A1")
    number = _dashed(c.number) if c.number else _marker(c, "Private", "Out-of-Area")
    if basic:
        date = f"{c.when.month:>2}/{c.when.day:02d}"
        clock = _ampm(c, pad=" ")
    else:
        date = c.when.strftime("%m/%d")
        clock = _ampm(c)
    return f"{c.line:02d} {io} {start_end} {duration:04d} G {rings} {date} {clock} {number:<14} {(c.name or ''):<15}"


def _whozz(c: SimCall) -> list[bytes]:
    frames = [(_whozz_record(c, "S", 0) + "\r\n").encode("utf-8")]
    if c.duration_s:
        frames.append((_whozz_record(c, "E", c.duration_s) + "\r\n").encode("utf-8"))
    return frames


def _whozz_basic(c: SimCall) -> list[bytes]:
    return [(_whozz_record(c, "S", 0, basic=True) + "\r\n").encode("utf-8")]


def _whozz_limited(c: SimCall) -> list[bytes]:
    number = c.number or _marker(c, "P", "O")
    io = "O" if c.direction == "out" else "I"
    return [
        f"${c.line:02d} {c.when.strftime('%m/%d')} {_ampm(c)} {number} {io} {c.name or ''}".rstrip().encode()
        + b"\r\n"
    ]


def _tci(c: SimCall) -> list[bytes]:
    number = _dashed(c.number) if c.number else _marker(c, "PRIVATE", "OUT-OF-AREA")
    date = f"{c.when.month:>2}/{c.when.day:02d}"
    record = f"{c.line:02d}     {date}     {_ampm(c, pad=' ')}    {number:>15}           {(c.name or ''):<15}"
    return [record.encode("utf-8") + b"\r\n"]


def _netcid(c: SimCall) -> list[bytes]:
    number = c.number or ""
    name = c.name or ("-PRIVATE-" if c.reason == "private" else "-UNKNOWN CALLER-")
    return [f"###DATE{_mmdd(c)}{_hhmm(c)}...NMBR{number}...NAME{name}+++\r".encode()]


def _cnfsk(c: SimCall) -> list[bytes]:
    return [b"ATRING\n", f"ATF {_mmdd(c)}{_hhmm(c)}{_number_or(c)}\n".encode()]


def _yes(c: SimCall) -> list[bytes]:
    ln = f"{c.line:03d}"
    if c.direction == "out":
        frames = [f"+2,4,{ln}\r\n".encode()]
        frames += [f"+5,{d},{ln}\r\n".encode() for d in (c.number or "")]
        return [*frames, f"+2,0,{ln}\r\n".encode()]
    number = c.number or _marker(c, "P", "O")
    frames = [f"+2,1,{ln}\r\n".encode(), f"+2,2,{ln}\r\n".encode()]
    frames.append(f"+1,{number},{(c.name or ''):<15},{ln}\r\n".encode())
    frames.append(f"+2,1,{ln}\r\n".encode())
    if c.duration_s:
        frames += [f"+2,3,{ln}\r\n".encode(), f"+2,0,{ln}\r\n".encode()]
    return frames


def _comdial(c: SimCall) -> list[bytes]:
    data = _dashed(c.number) if c.number else _marker(c, "PRIVATE", "OUT OF AREA")
    frames = [f"><1{c.line:02d}{data:<15}\r\n".encode()]
    if c.duration_s:
        frames += [f"><2{c.line:02d}{c.desk:0>2}\r\n".encode(), f"><4{c.line:02d}\r\n".encode()]
    return frames


def ethernet_packet(record: str, unit: int = 35193, serial: int = 8669316) -> bytes:
    return (
        b"^^<U>"
        + unit.to_bytes(6, "big")
        + b"<S>"
        + serial.to_bytes(6, "big")
        + b"$"
        + record.encode("utf-8")
    )


def _ethernet(c: SimCall) -> list[bytes]:
    frames = [ethernet_packet(_whozz_record(c, "S", 0))]
    if c.duration_s:
        frames.append(ethernet_packet(_whozz_record(c, "E", c.duration_s)))
    return frames


#: format name -> encoder (the names the decoders and ``--format`` use, plus variants).
ENCODERS: dict[str, Callable[[SimCall], list[bytes]]] = {
    "modem": _modem,
    "modem-hex": _modem_hex,
    "mdmf": _mdmf,
    "sdmf": _sdmf,
    "dtmf": _dtmf,
    "whozz": _whozz,
    "whozz-limited": _whozz_limited,
    "whozz-basic": _whozz_basic,
    "tci": _tci,
    "netcid": _netcid,
    "cnfsk": _cnfsk,
    "yes": _yes,
    "comdial": _comdial,
    "ethernet": _ethernet,
}

#: simulator format -> the decoder format that reads it
DECODER_FOR: dict[str, str] = {
    "modem-hex": "modem",
    "sdmf": "mdmf",
    "whozz-limited": "whozz",
    "whozz-basic": "whozz",
}


def encode(fmt: str, call: SimCall) -> list[bytes]:
    """The frames a unit of format ``fmt`` sends for ``call``; ValueError for an unknown format."""
    try:
        return ENCODERS[fmt](call)
    except KeyError:
        raise ValueError(f"unknown simulator format {fmt!r} (known: {', '.join(ENCODERS)})") from None


# -- players -----------------------------------------------------------------------------------


class PtyModem:
    """A unit on a pseudo-terminal (Linux, macOS): ``path`` is the device a listener opens.

    AT commands written by the listener are recorded in :attr:`commands` and answered ``OK``.
    With ``link``, ``path`` is that symlink (re-pointed when the pty is re-created by
    :meth:`replug`), so a test can unplug and plug the "device" back.
    """

    def __init__(self, link: str | None = None, answer: bytes = b"OK\r\n") -> None:
        self.link = link
        self.answer = answer
        self.commands: list[str] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._master = -1
        self._slave = -1
        self._partial = b""
        self._open()
        self._thread = threading.Thread(target=self._serve, name="pty-modem", daemon=True)
        self._thread.start()

    @property
    def path(self) -> str:
        return self.link or os.ttyname(self._slave)

    def _open(self) -> None:
        import tty  # POSIX only (termios): imported here so the encoders load on Windows too

        master, slave = os.openpty()
        tty.setraw(slave)  # no echo, no CR/LF translation: bytes pass as a serial line's would
        os.set_blocking(master, False)
        with self._lock:
            self._master, self._slave = master, slave
        if self.link:
            tmp = f"{self.link}.new"
            if os.path.lexists(tmp):
                os.unlink(tmp)
            os.symlink(os.ttyname(slave), tmp)
            os.replace(tmp, self.link)

    def unplug(self) -> None:
        """Close both ends (the listener's reads fail) and remove the link."""
        with self._lock:
            for fd in (self._master, self._slave):
                if fd >= 0:
                    os.close(fd)
            self._master = self._slave = -1
        if self.link and os.path.lexists(self.link):
            os.unlink(self.link)

    def replug(self) -> None:
        """A new pty behind the same link (the device came back)."""
        self._open()

    def write(self, data: bytes) -> None:
        with self._lock:
            fd = self._master
        if fd < 0:
            raise OSError("the simulated unit is unplugged")
        view = memoryview(data)
        while view:
            try:
                n = os.write(fd, view)
            except BlockingIOError:
                select.select([], [fd], [], 0.1)
                continue
            view = view[n:]

    def command_count(self, prefix: str = "AT") -> int:
        with self._lock:
            return sum(1 for c in self.commands if c.upper().startswith(prefix))

    def _serve(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                fd = self._master
            if fd < 0:
                self._stop.wait(0.05)
                continue
            try:
                ready, _, _ = select.select([fd], [], [], 0.05)
                data = os.read(fd, 1024) if ready else b""
            except OSError:
                self._stop.wait(0.05)
                continue
            if not data:
                continue
            self._partial += data
            *lines, self._partial = self._partial.replace(b"\n", b"\r").split(b"\r")
            for line in lines:
                text = line.decode("latin-1").strip()
                if not text:
                    continue
                with self._lock:
                    self.commands.append(text)
                if text.upper().startswith("AT"):
                    with contextlib.suppress(OSError):
                        self.write(self.answer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.unplug()


def send_udp(frames: list[bytes], host: str, port: int, copies: int = 1) -> None:
    """Each frame as one datagram (``copies`` times, as Ethernet Link units resend them)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        for frame in frames:
            for _ in range(copies):
                sock.sendto(frame, (host, port))
