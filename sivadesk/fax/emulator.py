"""A scripted Class 2 / Class 2.0 fax modem on a pty, with fault injection, for tests and the demo.

The emulator plays both the modem and the fax machine at the other end of the line: it answers AT
commands the way SP-2388-A (Class 2) or T.32 (Class 2.0) modems do, checks every page it is sent by
decoding its T.4 data (so a page with broken coding gets RTN, as a real receiver would), and can
ring to deliver pages (receiving). Faults: BUSY / NO CARRIER / NO DIALTONE / NO ANSWER on dialling,
a hang-up code at dialling or after a page, ERROR (RTN) for chosen pages, XOFF held for seconds
during page data, silence (a dead modem).

    emu = FaxModemEmulator("2.0", faults=Faults(reject_pages={2: 1}))
    port = emu.start()          # a path pyserial can open
    ...
    emu.stop(); emu.received    # the pages the "far end" got, as T.4 data
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
import tty
from dataclasses import dataclass, field

from sivadesk.fax.modem import DC1, DC2, DLE, ETX, XOFF, XON, escape, reverse_bits, unescape
from sivadesk.fax.t4 import Coding, T4Error, decode_page

log = logging.getLogger(__name__)

DIAL_FAULTS = ("BUSY", "NO CARRIER", "NO DIALTONE", "NO ANSWER")


@dataclass
class Faults:
    dial: str = ""  # "BUSY", "NO CARRIER", "NO DIALTONE", "NO ANSWER", or a hang-up code ("11")
    reject_pages: dict[int, int] = field(default_factory=dict)  # page -> how many times to answer RTN
    hangup_after_page: tuple[int, str] | None = None  # (page, code): the line drops after that page
    xoff_seconds: float = 0.0  # hold XOFF this long once per page, during its data
    xoff_page: int = 0  # only on this page (0: every page)
    silent: bool = False  # answer nothing at all
    fail_command: str = ""  # answer ERROR to this AT command (e.g. "+FCLASS=2.0")


@dataclass
class Incoming:
    pages: list[bytes]  # T.4 data (LSB first) the calling machine sends
    tsi: str = "+98 21 8888 0000"
    session: str = "1,5,0,2,0,0,0,0"
    statuses: list[int] = field(default_factory=list)  # +FPS per page (default 1 = MCF)


class FaxModemEmulator:
    def __init__(
        self,
        fax_class: str = "2.0",
        *,
        remote_id: str = "+33 4 78 00 00 00",
        session: str = "1,5,0,2,0,0,0,0",
        faults: Faults | None = None,
        msb_receive: bool = False,
    ) -> None:
        self.fax_class = fax_class
        self.remote_id = remote_id
        self.session = session  # what +FCS/+FDCS reports: vr,br,wd,ln,df,ec,bf,st
        self.faults = faults or Faults()
        self.msb_receive = msb_receive  # the Rockwell bug: received data comes back MSB first
        self.commands: list[str] = []
        self.received: list[bytes] = []  # pages the far end accepted, T.4 data as sent
        self.attempts: list[bytes] = []  # every page's data, rejected ones included
        self.dialled: list[str] = []
        self._incoming: Incoming | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._master = -1
        self._slave = -1
        self._rejected: dict[int, int] = {}
        self._page = 0
        self._in_call = False
        self._fet_pending = False

    @property
    def class2(self) -> bool:
        return self.fax_class != "2.0"

    def _name(self, v20: str, v2: str) -> str:
        return v2 if self.class2 else v20

    # -- life --------------------------------------------------------------------------------
    def start(self) -> str:
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self._thread = threading.Thread(target=self._run, name="fax-modem-emulator", daemon=True)
        self._thread.start()
        return os.ttyname(self._slave)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for fd in (self._master, self._slave):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = -1

    def ring(self, incoming: Incoming, rings: int = 2, interval: float = 0.2) -> None:
        """A fax machine calls: RING every ``interval`` seconds (``rings`` times)."""
        self._incoming = incoming

        def ringer() -> None:
            for _ in range(rings):
                if self._stop.is_set() or self._in_call:
                    return
                self._send_line("RING")
                time.sleep(interval)

        threading.Thread(target=ringer, daemon=True).start()

    # -- I/O ---------------------------------------------------------------------------------
    def _send(self, data: bytes) -> None:
        if self._master < 0:
            return
        with contextlib.suppress(OSError):
            os.write(self._master, data)

    def _send_line(self, text: str) -> None:
        self._send(f"\r\n{text}\r\n".encode("latin-1"))

    def _read(self, timeout: float = 0.1) -> bytes:
        import select

        if self._master < 0:
            self._stop.set()
            return b""
        try:
            r, _w, _x = select.select([self._master], [], [], timeout)
        except (OSError, ValueError):
            self._stop.set()
            return b""
        if not r:
            return b""
        try:
            return os.read(self._master, 4096)
        except OSError:
            self._stop.set()
            return b""

    def _run(self) -> None:
        buf = bytearray()
        while not self._stop.is_set():
            buf += self._read()
            while b"\r" in buf:
                i = buf.index(b"\r")
                line = bytes(buf[:i]).decode("latin-1").strip()
                del buf[: i + 1]
                if line.upper().startswith("AT") and not self.faults.silent:
                    rest = self._command(line[2:].strip(), buf)
                    if rest is not None:
                        buf = rest

    # -- commands ----------------------------------------------------------------------------
    def _command(self, cmd: str, buf: bytearray) -> bytearray | None:
        """Answer one AT command; returns the unread input when the command consumed data."""
        self.commands.append(cmd)
        up = cmd.upper()
        if self.faults.fail_command and up == self.faults.fail_command.upper():
            self._send_line("ERROR")
            return None
        if up == "+FCLASS=?":
            self._send_line("0,1,1.0,2,2.0,8")
            self._send_line("OK")
        elif up in ("+FMI?", "+FMFR?"):
            self._send_line("SivaDesk emulator")
            self._send_line("OK")
        elif up in ("+FMM?", "+FMDL?"):
            self._send_line(f"Class {self.fax_class} test modem")
            self._send_line("OK")
        elif up.startswith("D"):
            self._dial(cmd)
        elif up == "+FDT":
            return self._page_in(buf)
        elif up.startswith("+FET="):
            self._post_page(int(up.split("=")[1] or 0))
        elif up == "+FPS?":
            self._send_line(f"+FPS:{2 if self._last_rejected else 1}")
            self._send_line("OK")
        elif up == "A":
            self._answer()
        elif up == "+FDR":
            return self._page_out(buf)
        elif up.startswith("H"):
            self._in_call = False
            self._send_line("OK")
        else:
            self._send_line("OK")
        return None

    _last_rejected = False

    def _dial(self, cmd: str) -> None:
        self.dialled.append(cmd[2:] if cmd[1:2].upper() in ("T", "P") else cmd[1:])
        fault = self.faults.dial
        if fault.upper() in DIAL_FAULTS:
            self._send_line(fault.upper())
            return
        if fault:  # a hang-up code
            self._send_line(f"{self._name('+FHS', '+FHNG')}:{fault}")
            self._send_line("OK")
            return
        self._in_call = True
        self._page = 0
        self._send_line(self._name("+FCO", "+FCON"))
        self._send_line(f'{self._name("+FCI", "+FCSI")}:"{self.remote_id}"')
        self._send_line(f"{self._name('+FIS', '+FDIS')}:1,5,0,2,1,0,0,0")
        self._send_line("OK")

    def _page_in(self, buf: bytearray) -> bytearray:
        """+FDT: CONNECT, then read one page of data up to its terminator and judge it."""
        if not self._in_call:
            self._send_line("ERROR")
            return buf
        self._send_line(f"{self._name('+FCS', '+FDCS')}:{self.session}")
        self._send_line("CONNECT")
        if self.class2:
            time.sleep(0.05)
            self._send(bytes([DC1]))
        data = bytearray(buf)
        held = False
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not self._stop.is_set():
            end = _terminator(data, self.class2)
            if end is not None:
                break
            stall = self.faults.xoff_seconds and self.faults.xoff_page in (0, self._page + 1)
            if stall and not held and len(data) > 200:
                held = True
                self._send(bytes([XOFF]))
                self._stop.wait(self.faults.xoff_seconds)
                self._send(bytes([XON]))
            data += self._read()
        else:
            return bytearray()
        stop, kind = end
        page = unescape(bytes(data[:stop]))
        rest = bytearray(data[stop + 2 :])
        if 0x18 in page[-1:]:  # CAN: aborted
            self._send_line("OK")
            return rest
        self._page += 1
        self.attempts.append(page)
        good = self._judge(page)
        self._last_rejected = not good
        if good:
            self.received.append(page)
        if self.class2:
            self._send_line("OK")  # to DLE ETX; the status comes with +FET
            self._fet_pending = True
            return rest
        hang = self.faults.hangup_after_page
        if hang and hang[0] == self._page:
            self._send_line(f"+FHS:{hang[1]}")
            self._send_line("OK" if good else "ERROR")
            self._in_call = False
            return rest
        if kind == ord(".") and good:
            self._send_line("+FHS:00")
            self._send_line("OK")
            self._in_call = False
        else:
            self._send_line("OK" if good else "ERROR")
        return rest

    def _judge(self, page: bytes) -> bool:
        """The far end checks the page: it must decode; chosen pages are rejected (RTN) N times."""
        times = self.faults.reject_pages.get(self._page, 0)
        if self._rejected.get(self._page, 0) < times:
            self._rejected[self._page] = self._rejected.get(self._page, 0) + 1
            self._page -= 1  # the same page comes again
            return False
        mr = self.session.split(",")[4].strip() == "1"
        try:
            decoded = decode_page(page, coding=Coding.MR if mr else Coding.MH)
        except T4Error:
            return False
        return decoded.pixels.shape[0] > 0 and decoded.bad_lines == 0

    def _post_page(self, fet: int) -> None:
        """Class 2: AT+FET=0|1|2 after DLE ETX -> +FPTS (and +FHNG after EOP)."""
        if not self._fet_pending:
            self._send_line("ERROR")
            return
        self._fet_pending = False
        self._send_line(f"+FPTS:{2 if self._last_rejected else 1}")
        hang = self.faults.hangup_after_page
        if hang and hang[0] == self._page:
            self._send_line(f"+FHNG:{hang[1]}")
            self._in_call = False
        elif fet == 2 and not self._last_rejected:
            self._send_line("+FHNG:0")
            self._in_call = False
        self._send_line("OK")

    # -- receiving ---------------------------------------------------------------------------
    def _answer(self) -> None:
        call = self._incoming
        if call is None:
            self._send_line("NO CARRIER")
            return
        self._in_call = True
        self._page = 0
        self._send_line(self._name("+FCO", "+FCON"))
        self._send_line(f'{self._name("+FTI", "+FTSI")}:"{call.tsi}"')
        self._send_line(f"{self._name('+FCS', '+FDCS')}:{call.session}")
        self._send_line("OK")

    def _page_out(self, buf: bytearray) -> bytearray:
        call = self._incoming
        if call is None or not self._in_call:
            self._send_line("ERROR")
            return buf
        if self._page >= len(call.pages):
            self._send_line(f"{self._name('+FHS', '+FHNG')}:{'00' if not self.class2 else '0'}")
            self._send_line("OK")
            self._in_call = False
            self._incoming = None
            return buf
        self._send_line("CONNECT")
        # Wait for the trigger (DC2, or DC1) before the data.
        data = bytearray(buf)
        deadline = time.monotonic() + 5
        while DC2 not in data and DC1 not in data and time.monotonic() < deadline:
            data += self._read()
        page = call.pages[self._page]
        if self.msb_receive:
            page = reverse_bits(page)
        self._send(escape(page) + bytes([DLE, ETX]))
        status = call.statuses[self._page] if self._page < len(call.statuses) else 1
        self._page += 1
        more = self._page < len(call.pages)
        self._send_line(f"{self._name('+FPS', '+FPTS')}:{status}")
        self._send_line(f"+FET:{0 if more else 2}")
        self._send_line("OK")
        return bytearray()


def _terminator(data: bytearray, class2: bool) -> tuple[int, int] | None:
    """Where page data ends: an unescaped DLE followed by ETX (Class 2) or , ; . (Class 2.0)."""
    ends = (ETX,) if class2 else (ord(","), ord(";"), ord("."))
    i = 0
    n = len(data)
    while i < n - 1:
        if data[i] == DLE:
            if data[i + 1] in ends:
                return i, data[i + 1]
            i += 2
            continue
        i += 1
    return None
