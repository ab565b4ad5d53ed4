"""T.30 for Class 1 modems (sans-IO): HDLC frames, FCF codes, DIS/DTC/DCS fields, TSI/CSI.

Byte order: everything here is in **modem byte order**, the order a Class 1 modem delivers and
accepts HDLC octets: the first bit on the line is the least significant bit of each byte. T.30 writes
FCFs with the first bit on the left, so its ``0000 0001`` (DIS) is ``0x80`` here; HylaFAX and efax
keep the bit-reversed values (DIS 01, DCS 41…) and reverse every byte at the port.

* A frame is ``FF``, a control byte (``03`` when more frames follow, ``13`` for the final frame of a
  message), the FCF and the FIF. The modem adds the FCS on sending and checks it on receiving (OK or
  ERROR after ``DLE ETX``).
* The FCF's first bit (the LSB here) is the X bit: 1 in frames from the station that received a DIS
  (the caller when sending), 0 from the station that sent it. :func:`fcf_name` ignores it.
* DIS/DTC/DCS bits are numbered from 1 as in T.30 Table 2: bit *n* is bit ``(n-1) % 8`` (LSB = 0) of
  FIF byte ``(n-1) // 8``. Bits 24, 32, 40… extend the field by one more byte.
* TSI/CSI/CIG carry 20 characters (digits, ``+``, space), sent last character first: the FIF read
  backwards is the number right-aligned in 20 spaces.
"""

from __future__ import annotations

from dataclasses import dataclass

from sivadesk.fax.modem import RATES

ADDRESS = 0xFF
CONTROL = 0x03  # more frames follow
CONTROL_FINAL = 0x13  # last frame of the message
X_BIT = 0x01

# FCF values, modem byte order, X bit clear.
DIS = 0x80  # digital identification signal
CSI = 0x40  # called subscriber identification
NSF = 0x20  # non-standard facilities
DCS = 0x82  # digital command signal
TSI = 0x42  # transmitting subscriber identification
NSS = 0x22  # non-standard set-up
CFR = 0x84  # confirmation to receive
FTT = 0x44  # failure to train
MPS = 0x4E  # multi-page signal
EOM = 0x8E  # end of message
EOP = 0x2E  # end of procedure
MCF = 0x8C  # message confirmation
RTP = 0xCC  # retrain positive
RTN = 0x4C  # retrain negative
PIP = 0xAC  # procedure interrupt positive
PIN = 0x6C  # procedure interrupt negative
DCN = 0xFA  # disconnect
CRP = 0x1A  # command repeat

FCF_NAMES = {
    DIS: "DIS",
    CSI: "CSI",
    NSF: "NSF",
    DCS: "DCS",
    TSI: "TSI",
    NSS: "NSS",
    CFR: "CFR",
    FTT: "FTT",
    MPS: "MPS",
    EOM: "EOM",
    EOP: "EOP",
    MCF: "MCF",
    RTP: "RTP",
    RTN: "RTN",
    PIP: "PIP",
    PIN: "PIN",
    DCN: "DCN",
    CRP: "CRP",
}


def fcf_name(fcf: int) -> str:
    """The name of an FCF with or without the X bit ("" when unknown)."""
    return FCF_NAMES.get(fcf & ~X_BIT & 0xFF, "")


class T30Error(ValueError):
    """A frame that is not a T.30 frame (too short, wrong address)."""


@dataclass(frozen=True, slots=True)
class Frame:
    """One HDLC frame without its FCS: control, FCF (X bit included) and FIF."""

    fcf: int
    fif: bytes = b""
    final: bool = True

    @property
    def name(self) -> str:
        return fcf_name(self.fcf)

    @property
    def x(self) -> bool:
        return bool(self.fcf & X_BIT)

    def encode(self) -> bytes:
        """The octets handed to the modem after ``AT+FTH=3`` CONNECT (before DLE escaping)."""
        return bytes([ADDRESS, CONTROL_FINAL if self.final else CONTROL, self.fcf]) + self.fif

    @classmethod
    def decode(cls, data: bytes) -> Frame:
        """Octets from the modem (DLE-unescaped, ``DLE ETX`` removed). A trailing FCS, if the modem
        passes it on, stays in ``fif``: callers look only at the bytes they need."""
        if len(data) < 3 or data[0] != ADDRESS:
            raise T30Error(f"not a T.30 frame: {data[:8].hex()}")
        return cls(fcf=data[2], fif=bytes(data[3:]), final=bool(data[1] & 0x10))


def command(fcf: int, fif: bytes = b"", *, x: bool = False, final: bool = True) -> Frame:
    return Frame(fcf | (X_BIT if x else 0), fif, final)


# -- identities --------------------------------------------------------------------------------
ID_CHARS = frozenset("0123456789+ ")


def clean_id(text: str) -> str:
    """What T.30 allows in a TSI/CSI: digits, '+' and spaces, at most 20."""
    return "".join(ch for ch in text if ch in ID_CHARS).strip()[:20]


def encode_id(text: str) -> bytes:
    """20 FIF octets: the characters last first, then spaces."""
    return clean_id(text)[::-1].ljust(20).encode("ascii")


def decode_id(fif: bytes) -> str:
    """The identity in a TSI/CSI/CIG FIF (non-printable bytes dropped)."""
    chars = bytes(b for b in fif[:20] if 0x20 <= b < 0x7F).decode("ascii")
    return chars[::-1].strip()


# -- DIS / DCS ---------------------------------------------------------------------------------
def get_bit(fif: bytes, n: int) -> bool:
    """Bit ``n`` (1-based, T.30 numbering) of a DIS/DCS FIF; bits past the end are 0."""
    i = (n - 1) // 8
    return i < len(fif) and bool(fif[i] >> ((n - 1) % 8) & 1)


def _bits(fif: bytes, first: int, count: int) -> tuple[int, ...]:
    return tuple(int(get_bit(fif, first + k)) for k in range(count))


def _set(buf: bytearray, n: int, value: bool = True) -> None:
    i = (n - 1) // 8
    while len(buf) <= i:
        buf.append(0)
    if value:
        buf[i] |= 1 << ((n - 1) % 8)
    else:
        buf[i] &= ~(1 << ((n - 1) % 8)) & 0xFF


# Bits 11-14 of a DIS: modulations offered (bit 11 first).
DIS_V27_FALLBACK = (0, 0, 0, 0)  # 2400 only
DIS_V27 = (0, 1, 0, 0)  # 4800, 2400
DIS_V29 = (1, 0, 0, 0)  # 9600, 7200
DIS_V27_V29 = (1, 1, 0, 0)
DIS_V27_V29_V17 = (1, 1, 0, 1)

# Bits 11-14 of a DCS: the one modulation and rate chosen.
DCS_RATE_BITS: dict[tuple[str, int], tuple[int, ...]] = {
    ("V27", 2400): (0, 0, 0, 0),
    ("V27", 4800): (0, 1, 0, 0),
    ("V29", 9600): (1, 0, 0, 0),
    ("V29", 7200): (1, 1, 0, 0),
    ("V17", 14400): (0, 0, 0, 1),
    ("V17", 12000): (0, 1, 0, 1),
    ("V17", 9600): (1, 0, 0, 1),
    ("V17", 7200): (1, 1, 0, 1),
}
_RATE_OF_BITS = {bits: key for key, bits in DCS_RATE_BITS.items()}

# Bits 21-23: minimum scan-line time in ms at (standard, fine). In a DCS only the first five mean
# anything; the last three ("half at fine") appear in a DIS.
SCAN_BITS: dict[tuple[int, ...], tuple[int, int]] = {
    (0, 0, 0): (20, 20),
    (0, 0, 1): (40, 40),
    (0, 1, 0): (10, 10),
    (1, 0, 0): (5, 5),
    (1, 1, 1): (0, 0),
    (0, 1, 1): (10, 5),
    (1, 1, 0): (20, 10),
    (1, 0, 1): (40, 20),
}
_SCAN_CODE: dict[int, tuple[int, ...]] = {
    0: (1, 1, 1),
    5: (1, 0, 0),
    10: (0, 1, 0),
    20: (0, 0, 0),
    40: (0, 0, 1),
}

# Bits 17-18 width (DIS: what the receiver takes; DCS: what is sent); 19-20 length.
WIDTHS: dict[tuple[int, ...], int] = {(0, 0): 1728, (1, 0): 2048, (0, 1): 2432}
LENGTHS: dict[tuple[int, ...], str] = {(0, 0): "A4", (1, 0): "B4", (0, 1): "unlimited"}

# Class 1 +FTM/+FRM codes: (modulation, rate) -> (long training, short training)
MODULATION_CODES: dict[tuple[str, int], tuple[int, int]] = {
    ("V27", 2400): (24, 24),
    ("V27", 4800): (48, 48),
    ("V29", 7200): (72, 72),
    ("V29", 9600): (96, 96),
    ("V17", 7200): (73, 74),
    ("V17", 9600): (97, 98),
    ("V17", 12000): (121, 122),
    ("V17", 14400): (145, 146),
}
# The fall-back order when training fails: 14400 -> 12000 -> 9600 -> 7200 -> 4800 -> 2400, the
# V.17 rates first and V.29 at the same rate when V.17 is not offered.
FALLBACK: tuple[tuple[str, int], ...] = (
    ("V17", 14400),
    ("V17", 12000),
    ("V17", 9600),
    ("V29", 9600),
    ("V17", 7200),
    ("V29", 7200),
    ("V27", 4800),
    ("V27", 2400),
)


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a DIS offers (or a DCS chooses): modulations, resolution, coding, size, scan time."""

    v27: bool = True
    v29: bool = True
    v17: bool = True
    v27_fallback_only: bool = False
    fine: bool = True
    mr: bool = True
    width: int = 1728
    length: str = "unlimited"
    scan_ms: tuple[int, int] = (0, 0)  # (standard, fine)
    ecm: bool = False
    receiver: bool = True  # bit 10: able to receive (DIS), set to receive (DCS)
    polling: bool = False  # bit 9: a document is waiting to be polled

    def modes(self) -> list[tuple[str, int]]:
        """(modulation, rate) pairs offered, best first."""
        return [
            m
            for m in FALLBACK
            if (m[0] == "V17" and self.v17)
            or (m[0] == "V29" and self.v29)
            or (m[0] == "V27" and (self.v27 or (self.v27_fallback_only and m[1] == 2400)))
        ]


def parse_dis(fif: bytes) -> Capabilities:
    """A DIS (or DTC) FIF."""
    rate = _bits(fif, 11, 4)
    v17 = rate == DIS_V27_V29_V17
    v29 = rate[0] == 1 or v17
    v27 = rate[1] == 1 or v17
    return Capabilities(
        v27=v27,
        v29=v29,
        v17=v17,
        v27_fallback_only=rate == DIS_V27_FALLBACK,
        fine=get_bit(fif, 15),
        mr=get_bit(fif, 16),
        width=WIDTHS.get(_bits(fif, 17, 2), 1728),
        length=LENGTHS.get(_bits(fif, 19, 2), "A4"),
        scan_ms=SCAN_BITS[_bits(fif, 21, 3)],
        ecm=get_bit(fif, 27),
        receiver=get_bit(fif, 10),
        polling=get_bit(fif, 9),
    )


def encode_dis(
    *, max_rate: int = 14400, fine: bool = True, mr: bool = True, scan_ms: int = 0, polling: bool = False
) -> bytes:
    """Our DIS FIF (3 bytes): receiver, the modulations up to ``max_rate``, fine, MR, A4 width,
    unlimited length, the scan time we need, no ECM."""
    buf = bytearray(3)
    _set(buf, 9, polling)
    _set(buf, 10)
    if max_rate >= 12000:
        rate = DIS_V27_V29_V17
    elif max_rate >= 7200:
        rate = DIS_V27_V29
    elif max_rate >= 4800:
        rate = DIS_V27
    else:
        rate = DIS_V27_FALLBACK
    for k, bit in enumerate(rate):
        _set(buf, 11 + k, bool(bit))
    _set(buf, 15, fine)
    _set(buf, 16, mr)
    _set(buf, 20)  # unlimited length (bits 19-20 = 0,1)
    for k, bit in enumerate(_SCAN_CODE[_scan_value(scan_ms)]):
        _set(buf, 21 + k, bool(bit))
    return bytes(buf)


def _scan_value(ms: int) -> int:
    return min((v for v in _SCAN_CODE if v >= ms), default=40)


@dataclass(frozen=True, slots=True)
class Dcs:
    """What a DCS commands: modulation and rate, resolution, coding, width, scan time (ms)."""

    modulation: str = "V17"
    rate: int = 14400
    fine: bool = True
    mr: bool = False
    width: int = 1728
    length: str = "unlimited"
    scan_ms: int = 0

    @property
    def long_code(self) -> int:
        """The +FTM/+FRM code with long training (TCF)."""
        return MODULATION_CODES[(self.modulation, self.rate)][0]

    @property
    def short_code(self) -> int:
        """The +FTM/+FRM code for page data (short training for V.17)."""
        return MODULATION_CODES[(self.modulation, self.rate)][1]

    @property
    def min_bits(self) -> int:
        return self.rate * self.scan_ms // 1000

    def encode(self) -> bytes:
        buf = bytearray(3)
        _set(buf, 10)
        for k, bit in enumerate(DCS_RATE_BITS[(self.modulation, self.rate)]):
            _set(buf, 11 + k, bool(bit))
        _set(buf, 15, self.fine)
        _set(buf, 16, self.mr)
        width = {v: k for k, v in WIDTHS.items()}[self.width]
        _set(buf, 17, bool(width[0]))
        _set(buf, 18, bool(width[1]))
        length = {v: k for k, v in LENGTHS.items()}[self.length]
        _set(buf, 19, bool(length[0]))
        _set(buf, 20, bool(length[1]))
        for k, bit in enumerate(_SCAN_CODE[_scan_value(self.scan_ms)]):
            _set(buf, 21 + k, bool(bit))
        return bytes(buf)

    @classmethod
    def decode(cls, fif: bytes) -> Dcs:
        modulation, rate = _RATE_OF_BITS.get(_bits(fif, 11, 4), ("V27", 2400))
        fine = get_bit(fif, 15)
        std, fine_ms = SCAN_BITS[_bits(fif, 21, 3)]
        return cls(
            modulation=modulation,
            rate=rate,
            fine=fine,
            mr=get_bit(fif, 16),
            width=WIDTHS.get(_bits(fif, 17, 2), 1728),
            length=LENGTHS.get(_bits(fif, 19, 2), "A4"),
            scan_ms=fine_ms if fine else std,
        )

    def with_mode(self, mode: tuple[str, int]) -> Dcs:
        return Dcs(mode[0], mode[1], self.fine, self.mr, self.width, self.length, self.scan_ms)


def choose_dcs(
    dis: Capabilities,
    *,
    max_rate: int = 14400,
    fine: bool = True,
    mr: bool = True,
    modem_codes: frozenset[int] | None = None,
) -> Dcs | None:
    """The DCS a sender picks from the far end's DIS and our settings: the best modulation both
    sides (and our modem, when its ``+FTM=?`` codes are given) have, fine only when the receiver
    takes it, MR only when it offers 2-D, A4 width and the receiver's scan time at that resolution.
    None when there is no common modulation."""
    modes = [
        m
        for m in dis.modes()
        if m[1] <= max_rate and (modem_codes is None or MODULATION_CODES[m][0] in modem_codes)
    ]
    if not modes:
        return None
    use_fine = fine and dis.fine
    scan = dis.scan_ms[1] if use_fine else dis.scan_ms[0]
    return Dcs(modes[0][0], modes[0][1], use_fine, mr and dis.mr, 1728, dis.length, scan)


def fallback_after(dcs: Dcs, dis: Capabilities, modem_codes: frozenset[int] | None = None) -> Dcs | None:
    """The next lower mode after a failed training (FTT), or None after 2400."""
    modes = [
        m
        for m in dis.modes()
        if m[1] < dcs.rate and (modem_codes is None or MODULATION_CODES[m][0] in modem_codes)
    ]
    return dcs.with_mode(modes[0]) if modes else None


def rate_index(rate: int) -> int:
    return RATES.index(rate) if rate in RATES else 0


def tcf_length(rate: int, seconds: float = 1.5) -> int:
    """Zero bytes in a TCF of ``seconds`` at ``rate``."""
    return int(rate * seconds) // 8


def tcf_ok(data: bytes, rate: int, need: float = 0.8) -> bool:
    """A received TCF is good when its longest run of zero bytes lasts ``need`` s (of the 1.5 s)."""
    best = run = 0
    for b in data:
        run = run + 1 if b == 0 else 0
        best = max(best, run)
    return best >= int(rate * need) // 8
