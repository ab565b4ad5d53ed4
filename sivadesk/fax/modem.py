"""What every fax-modem driver shares: the steps a driver asks its transport to do, DLE framing,
modem settings (quirks), call outcomes and the retry taxonomy.

Drivers are sans-IO generators: they ``yield`` a step (:class:`Command`, :class:`SendData`,
:class:`ReadData`, :class:`WaitByte`, :class:`Pause`) and get back its result (the response lines,
the bytes read, ``None``); they never touch a port. :mod:`sivadesk.fax.transport` runs them over a
serial port, the tests run them over an emulated modem on a pty or against scripted answers.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

DLE, ETX, DC1, DC2, DC3, CAN, SUB = 0x10, 0x03, 0x11, 0x12, 0x13, 0x18, 0x1A
XON, XOFF = DC1, DC3


class Cause(StrEnum):
    """Why a call ended (the queue's retry delay depends on it)."""

    OK = "ok"
    BUSY = "busy"
    NO_ANSWER = "no_answer"
    NO_CARRIER = "no_carrier"
    NO_DIALTONE = "no_dialtone"
    PROTOCOL = "protocol"  # the fax handshake or a page failed (hang-up code)
    MODEM = "modem"  # the modem refused a command or stopped answering
    CANCELLED = "cancelled"


# -- steps a driver yields ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Command:
    """Send ``AT<text>`` and collect response lines until a final one (OK, ERROR, CONNECT, BUSY…)."""

    text: str
    timeout: float = 5.0


@dataclass(frozen=True, slots=True)
class SendData:
    """Send page data (already DLE-escaped and terminated), obeying XON/XOFF from the modem;
    then collect response lines until a final one (``timeout`` for that answer)."""

    data: bytes
    timeout: float = 60.0


@dataclass(frozen=True, slots=True)
class ReadData:
    """Read received page data until ``DLE`` followed by one of ``ends``; returns the raw bytes
    (terminator included) or ``None`` on timeout."""

    ends: bytes
    timeout: float = 60.0


@dataclass(frozen=True, slots=True)
class WaitByte:
    """Wait for one of ``wanted`` (XON before Class 2 page data); returns it, or ``None``."""

    wanted: bytes
    timeout: float = 2.0


@dataclass(frozen=True, slots=True)
class WaitLines:
    """Collect unsolicited lines until a final one, a line starting with one of ``stop_on`` (RING),
    or the timeout; returns the lines."""

    timeout: float
    stop_on: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Write:
    """Send raw bytes (the receive trigger DC2/DC1, CAN to abort); returns None."""

    data: bytes


@dataclass(frozen=True, slots=True)
class PageDone:
    """A page the far end confirmed (1-based page of the document): the caller saves the resume
    point at once. Returns None."""

    number: int


Step = Command | SendData | ReadData | WaitByte | WaitLines | Write | PageDone
Driver = Generator[Step, Any, "CallResult"]

# +FHS / +FHNG are not final: "OK" follows them.
FINAL = re.compile(r"^(OK|ERROR|CONNECT|BUSY|NO CARRIER|NO DIALTONE|NO DIAL TONE|NO ANSWER)$")


def is_final(line: str) -> bool:
    return bool(FINAL.match(line.strip()))


# -- framing -----------------------------------------------------------------------------------
def escape(data: bytes) -> bytes:
    """Double every DLE in data sent to the modem."""
    return data.replace(bytes([DLE]), bytes([DLE, DLE]))


def unescape(data: bytes) -> bytes:
    """Received data: ``DLE DLE`` is one DLE, ``DLE SUB`` two (Class 2.0); other DLE pairs are
    in-band codes and are dropped."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == DLE and i + 1 < n:
            nxt = data[i + 1]
            if nxt == DLE:
                out.append(DLE)
            elif nxt == SUB:
                out += bytes([DLE, DLE])
            i += 2
            continue
        out.append(b)
        i += 1
    return bytes(out)


def reverse_bits(data: bytes) -> bytes:
    """Swap the bit order of every byte (LSB-first <-> MSB-first)."""
    return data.translate(_REVERSE)


_REVERSE = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


# -- settings and results ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ModemSettings:
    """Per-modem settings (HylaFAX calls many of these quirks)."""

    fax_class: str = "2.0"  # "1", "1.0", "2" or "2.0"
    local_id: str = ""  # TSI/CSI, 20 characters: digits, space, '+'
    send_rtc: bool = True  # append RTC to each page (some Class 2.0 modems add it themselves)
    bit_order: str = "lsb"  # page data as sent: "lsb" with +FBO=0 (direct)
    receive_bit_order: str = "lsb"  # Class 2 modems often return MSB-first data (the Rockwell bug)
    receive_trigger: str = "dc2"  # the byte sent after +FDR CONNECT: "dc2" or "dc1"
    flow_control: str = "xonxoff"  # or "rtscts"
    wait_for_xon: bool = True  # Class 2: wait for DC1 after +FDT CONNECT
    max_rate: int = 14400
    mr: bool = True  # offer 2-D coding
    answer_rings: int = 2
    dial_prefix: str = "T"  # ATDT
    init: tuple[str, ...] = ()  # extra AT commands sent after the class is set


RATES = (2400, 4800, 7200, 9600, 12000, 14400)
# ST field -> minimum scan-line time in ms at (standard, fine) resolution
SCAN_TIME_MS = {
    0: (0, 0),
    1: (5, 5),
    2: (10, 5),
    3: (10, 10),
    4: (20, 10),
    5: (20, 20),
    6: (40, 20),
    7: (40, 40),
}


@dataclass(frozen=True, slots=True)
class Session:
    """Negotiated T.30 parameters (+FCS / +FDCS: vr,br,wd,ln,df,ec,bf,st)."""

    fine: bool = True
    rate: int = 9600
    mr: bool = False
    scan_ms: int = 0

    @classmethod
    def parse(cls, text: str) -> Session:
        values = [int(v, 16) if v.strip().isalnum() else 0 for v in text.split(",")]
        values += [0] * (8 - len(values))
        vr, br, _wd, _ln, df, _ec, _bf, st = values[:8]
        fine = vr & 1 == 1
        scan = SCAN_TIME_MS.get(st, (0, 0))[1 if fine else 0]
        return cls(fine=fine, rate=RATES[min(br, len(RATES) - 1)], mr=df == 1, scan_ms=scan)

    @property
    def min_bits(self) -> int:
        return self.rate * self.scan_ms // 1000


@dataclass(slots=True)
class PageResult:
    number: int  # 1-based page of the document
    confirmed: bool
    status: str = ""  # MCF, RTN, RTP, PIN, PIP


@dataclass(slots=True)
class CallResult:
    """How a call went: ``pages`` lists each page sent or received with its confirmation."""

    cause: Cause
    hangup: str = ""  # the modem's hang-up code as given (decimal or hex), "" when none
    remote_id: str = ""  # CSI (the far end when sending) or TSI (when receiving)
    detail: str = ""  # what went wrong, in plain words (English; the UI shows it translated)
    pages: list[PageResult] = field(default_factory=list)
    received: list[bytes] = field(default_factory=list)  # T.4 data of received pages (LSB first)
    session: Session | None = None
    # Each received page's session (its resolution and coding): one per item of ``received``. A
    # Class 1 sender may change them between pages (EOM, a new DCS); empty from the Class 2 drivers.
    received_sessions: list[Session] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.cause is Cause.OK

    @property
    def received_fine(self) -> list[bool]:
        """Each received page's resolution (True: fine), from ``received_sessions`` or else the
        call's single session."""
        if len(self.received_sessions) == len(self.received):
            return [s.fine for s in self.received_sessions]
        return [self.session is None or self.session.fine] * len(self.received)

    @property
    def confirmed_pages(self) -> int:
        """Pages the far end confirmed, counted from the first page of this call."""
        n = 0
        for page in self.pages:
            if not page.confirmed:
                break
            n += 1
        return n


# Hang-up codes (+FHS / +FHNG), kept as strings; 2.0 writes receive Phase D codes in hex.
HANGUP_TEXT: dict[str, str] = {
    "0": "normal end of call",
    "1": "ring detected without successful handshake",
    "2": "call aborted by the host",
    "3": "no loop current",
    "4": "ringback detected, no answer",
    "5": "ringback detected, no answer without CED",
    "10": "unspecified phase A error",
    "11": "no answer (T.30 T1 timeout)",
    "20": "unspecified transmit phase B error",
    "21": "remote cannot receive or send",
    "22": "COMREC error in transmit phase B",
    "23": "COMREC invalid command received",
    "24": "RSPREC error",
    "25": "DCS sent three times without response",
    "26": "DIS/DTC received three times; DCS not recognized",
    "27": "failure to train at 2400 bit/s or +FMS value",
    "28": "RSPREC invalid response received",
    "40": "unspecified transmit phase C error",
    "43": "send data underflow",
    "50": "unspecified transmit phase D error",
    "51": "RSPREC error",
    "52": "no response to MPS repeated three times",
    "53": "invalid response to MPS",
    "54": "no response to EOP repeated three times",
    "55": "invalid response to EOP",
    "56": "no response to EOM repeated three times",
    "57": "invalid response to EOM",
    "58": "unable to continue after PIN or PIP",
    "70": "unspecified receive phase B error",
    "90": "unspecified receive phase C error",
    "91": "missing EOL after 5 seconds",
    "92": "bad CRC or frame (ECM mode)",
    "93": "receive data overflow",
    "A0": "unspecified receive phase D error",
    "A1": "RSPREC error",
    "A2": "COMREC error",
    "A3": "unable to continue after PIN or PIP",
    "E0": "modem timeout",
}


def hangup_text(code: str) -> str:
    """Plain words for a hang-up code ("00" and "0" are the same; unknown codes say so)."""
    key = code.strip().upper().lstrip("0") or "0"
    return HANGUP_TEXT.get(key, f"hang-up code {code.strip()}")


def hangup_cause(code: str) -> Cause:
    key = code.strip().upper().lstrip("0") or "0"
    if key == "0":
        return Cause.OK
    if key == "11":
        return Cause.NO_ANSWER
    if key == "2":
        return Cause.CANCELLED
    return Cause.PROTOCOL


def dial_failure(line: str) -> tuple[Cause, str] | None:
    """The cause of a final result code that ends a dial attempt, or None."""
    text = line.strip().upper()
    if text == "BUSY":
        return Cause.BUSY, "the line was busy"
    if text in ("NO DIALTONE", "NO DIAL TONE"):
        return Cause.NO_DIALTONE, "no dial tone: check the phone line"
    if text == "NO CARRIER":
        return Cause.NO_CARRIER, "no fax machine answered (no carrier)"
    if text == "NO ANSWER":
        return Cause.NO_ANSWER, "nobody answered"
    if text == "ERROR":
        return Cause.MODEM, "the modem refused to dial"
    return None
