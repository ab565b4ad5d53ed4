"""T.4 page coding (sans-IO): modified Huffman (MH, 1-D) and modified READ (MR, 2-D), both ways.

A page is a boolean numpy array, one row per scan line, ``True`` for black, 1728 pixels wide for A4
and Letter. :func:`encode_page` gives the bytes a fax modem sends (or a TIFF-F strip holds):

* every line starts with EOL (``000000000001``); in MR a tag bit follows: 1 = the line is 1-D, 0 = 2-D,
  with at most K-1 two-dimensional lines after a one-dimensional one (K = 2 at standard resolution,
  4 at fine);
* fill (zero bits, only just before an EOL) pads each line to the minimum scan-line time negotiated
  in T.30 (``min_bits`` per line, EOL included) and, optionally, byte-aligns every EOL;
* RTC (six EOLs; in MR each followed by tag 1) ends the page unless ``rtc=False`` (TIFF-F strips);
* bit order: ``"lsb"`` puts the first bit in the least significant bit of each byte (what a modem
  expects with ``+FBO=0`` and TIFF FillOrder 2), ``"msb"`` the most significant (FillOrder 1).

MH lines are coded with numpy over the whole page (runs, code words and bit packing are array
operations); MR's 2-D lines are coded line by line from the changing elements. :func:`decode_page`
reads either kind back, resynchronizes on EOL after a corrupt line (the line is replaced by the one
above, as fax machines do) and reports how many lines were bad.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

import numpy as np
import numpy.typing as npt

from sivadesk.errors import QT_TRANSLATE_NOOP, SivaError
from sivadesk.fax.t4codes import EOL, MAX_MAKEUP, MODE_HORIZONTAL, MODE_PASS, MODE_VERTICAL, run_codes

PAGE_WIDTH = 1728
BitOrder = Literal["lsb", "msb"]
Page = npt.NDArray[np.bool_]


class Coding(StrEnum):
    MH = "mh"
    MR = "mr"


class Resolution(StrEnum):
    """Vertical resolution: standard 3.85 lines/mm (about 98 lpi), fine 7.7 lines/mm (196 lpi)."""

    STANDARD = "standard"
    FINE = "fine"

    @property
    def k(self) -> int:
        """The MR parameter K: at most K-1 two-dimensional lines between one-dimensional ones."""
        return 2 if self is Resolution.STANDARD else 4

    @property
    def lines_per_mm(self) -> float:
        return 3.85 if self is Resolution.STANDARD else 7.7

    @property
    def lines_per_inch(self) -> float:
        """About 98 or 196 (what TIFF-F records as its YResolution)."""
        return self.lines_per_mm * 25.4


class T4Error(SivaError, ValueError):
    """Input that cannot be coded or decoded at all (a wrong page shape, no EOL anywhere)."""

    message = QT_TRANSLATE_NOOP("errors", "The fax page data is not valid: {reason}.")


def _bits(code: str) -> tuple[int, int]:
    return int(code, 2), len(code)


# Code tables as (value, length) pairs, indexed by run length, for both colours.
_WHITE = {n: _bits(c) for n, c in run_codes(False).items()}
_BLACK = {n: _bits(c) for n, c in run_codes(True).items()}
_EOL = _bits(EOL)
_PASS = _bits(MODE_PASS)
_HORIZ = _bits(MODE_HORIZONTAL)
_VERT = {d: _bits(c) for d, c in MODE_VERTICAL.items()}


def _lookup_arrays(table: dict[int, tuple[int, int]]) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64]]:
    """Terminating (0..63) and make-up (index n // 64 for n = 64..2560) codes as arrays."""
    values = np.zeros(64 + MAX_MAKEUP // 64 + 1, dtype=np.uint32)
    lengths = np.zeros(values.shape, dtype=np.int64)
    for n, (v, ln) in table.items():
        i = n if n < 64 else 64 + n // 64
        values[i], lengths[i] = v, ln
    return values, lengths


_ARR = {False: _lookup_arrays(_WHITE), True: _lookup_arrays(_BLACK)}


# -- bit packing -------------------------------------------------------------------------------
def _pack(values: npt.NDArray[np.uint64], lengths: npt.NDArray[np.int64], order: BitOrder) -> bytes:
    """Concatenate code words into bytes. A non-zero word has at most 32 bits; zero words (fill)
    may be any length; zero-length entries vanish."""
    keep = lengths > 0
    vals = values[keep].astype(np.uint32)
    lens = lengths[keep]
    ends = np.cumsum(lens)
    total = int(ends[-1]) if len(ends) else 0
    if total == 0:
        return b""
    # Bit p of the stream belongs to word w: it is bit (end_w - 1 - p) of that word's value.
    shifts = (np.repeat(ends - 1, lens) - np.arange(total)).astype(np.uint32)
    bits = ((np.repeat(vals, lens) >> shifts) & np.uint32(1)).astype(np.uint8)
    return np.packbits(bits, bitorder="little" if order == "lsb" else "big").tobytes()


def _zeros(n: int) -> list[tuple[int, int]]:
    """``n`` fill bits as code words of at most 32 bits."""
    out = []
    while n > 0:
        out.append((0, min(n, 32)))
        n -= 32
    return out


# -- encoding ----------------------------------------------------------------------------------
def _run(n: int, black: bool, out: list[tuple[int, int]]) -> None:
    table = _BLACK if black else _WHITE
    while n > MAX_MAKEUP:
        out.append(table[MAX_MAKEUP])
        n -= MAX_MAKEUP
    if n >= 64:
        out.append(table[n - n % 64])
    out.append(table[n % 64])


@dataclass(frozen=True, slots=True)
class _Runs:
    """The 1-D code words of a whole page: two per run (make-up, possibly empty, then terminating),
    in page order; ``first[i]`` is the index of line i's first run, ``bits[i]`` its code length."""

    values: npt.NDArray[np.uint64]  # 2 per run
    lengths: npt.NDArray[np.int64]
    first: npt.NDArray[np.int64]  # rows + 1 entries
    bits: npt.NDArray[np.int64]
    changes: npt.NDArray[np.int64]  # one per run: where it ends (the line's changing elements + width)

    def line(self, i: int) -> list[tuple[int, int]]:
        a, b = 2 * int(self.first[i]), 2 * int(self.first[i + 1])
        return [
            (v, n) for v, n in zip(self.values[a:b].tolist(), self.lengths[a:b].tolist(), strict=True) if n
        ]


def _mh_runs(page: Page) -> _Runs:
    """Runs, colours and code words of every line, as array operations over the whole page."""
    rows, width = page.shape
    # d[y, x] is True where pixel x differs from the one on its left (white left of the line);
    # column ``width`` is a forced change, so every line ends a run at its right edge.
    d = np.empty((rows, width + 1), dtype=np.bool_)
    d[:, 0] = page[:, 0]
    np.not_equal(page[:, 1:], page[:, :-1], out=d[:, 1:width])
    d[:, width] = True
    flat = np.flatnonzero(d)
    r, c = np.divmod(flat, width + 1)
    count = len(c)
    idx = np.arange(count)
    line_start = np.ones(count, dtype=np.bool_)
    line_start[1:] = r[1:] != r[:-1]
    starts = np.empty_like(c)
    starts[0:1] = 0
    starts[1:] = c[:-1]
    starts[line_start] = 0
    lengths = c - starts
    # Colours alternate from white at each line start.
    black = ((idx - np.maximum.accumulate(np.where(line_start, idx, 0))) % 2).astype(np.bool_)
    if int(lengths.max(initial=0)) > MAX_MAKEUP:
        raise T4Error(reason=f"lines wider than {MAX_MAKEUP} pixels are not supported")
    term = lengths % 64
    mk = np.where(lengths >= 64, 64 + lengths // 64, 0)
    (wv, wl), (bv, bl) = _ARR[False], _ARR[True]
    values = np.empty(2 * count, dtype=np.uint64)
    lens = np.empty(2 * count, dtype=np.int64)
    values[0::2] = np.where(black, bv[mk], wv[mk])
    lens[0::2] = np.where(mk > 0, np.where(black, bl[mk], wl[mk]), 0)
    values[1::2] = np.where(black, bv[term], wv[term])
    lens[1::2] = np.where(black, bl[term], wl[term])
    per_line = np.bincount(r, minlength=rows)
    first = np.concatenate(([0], np.cumsum(per_line)))
    bits = np.bincount(np.repeat(r, 2), weights=lens, minlength=rows).astype(np.int64)
    return _Runs(values, lens, first, bits, c)


def _mr_line(coding: list[int], reference: list[int], width: int) -> list[tuple[int, int]]:
    """2-D code words of one line given both lines' changing elements (T.4 §4.2.1.3).

    Both lists end with ``width``; a0 only moves right, so both are walked once."""
    words: list[tuple[int, int]] = []
    append = words.append
    vert, pass_, horiz = _VERT, _PASS, _HORIZ
    a0, black = -1, False
    i = j = 0
    n_ref, n_cod = len(reference), len(coding)
    while a0 < width:
        # b1: first changing element on the reference line right of a0 whose new colour is the
        # opposite of a0's colour (even indexes turn black, odd turn white); b2 the next one.
        while i < n_ref and reference[i] <= a0:
            i += 1
        k = i + 1 if (i & 1) == (0 if black else 1) else i
        b1 = reference[k] if k < n_ref else width
        b2 = reference[k + 1] if k + 1 < n_ref else width
        while j < n_cod and coding[j] <= a0:
            j += 1
        a1 = coding[j] if j < n_cod else width
        if b2 < a1:
            append(pass_)
            a0 = b2
        elif -3 <= a1 - b1 <= 3:
            append(vert[a1 - b1])
            a0, black = a1, not black
        else:
            a2 = coding[j + 1] if j + 1 < n_cod else width
            append(horiz)
            _run(a1 - (a0 if a0 > 0 else 0), black, words)
            _run(a2 - a1, not black, words)
            a0 = a2
    return words


def _fills(line_bits: list[int], eol_bits: int, min_bits: int, align_eol: bool) -> list[int]:
    """Fill bits before each EOL (one per line, then one before RTC): pad the previous line to
    ``min_bits`` (EOL included) and/or end every EOL on a byte boundary."""
    fills, bits, prev = [], 0, None
    for n in [*line_bits, None]:
        fill = max(0, min_bits - prev) if prev is not None else 0
        if align_eol:
            fill += (-(bits + fill + _EOL[1])) % 8
        fills.append(fill)
        if n is not None:
            bits += fill + eol_bits + n
            prev = eol_bits + n
    return fills


def _rtc_fill(tag_bits: int, align_eol: bool) -> int:
    """Fill between the EOLs of RTC: none, or enough to keep each one byte-aligned."""
    return (-(tag_bits + _EOL[1])) % 8 if align_eol else 0


def encode_page(
    page: Page,
    *,
    coding: Coding | str = Coding.MH,
    resolution: Resolution | str = Resolution.FINE,
    min_bits: int = 0,
    align_eol: bool = False,
    rtc: bool = True,
    order: BitOrder = "lsb",
) -> bytes:
    """T.4 data of one page (``page``: rows x width booleans, True = black)."""
    page = np.asarray(page, dtype=np.bool_)
    if page.ndim != 2 or page.shape[1] == 0 or page.shape[0] == 0:
        raise T4Error(reason=f"a page is a non-empty 2-D array of pixels, got shape {page.shape}")
    coding, resolution = Coding(coding), Resolution(resolution)
    rows, width = page.shape
    runs = _mh_runs(page)
    if coding is Coding.MH:
        return _assemble_mh(runs, rows, min_bits, align_eol, rtc, order)
    k = resolution.k
    lines: list[list[tuple[int, int]]] = []
    reference = [width]
    all_changes = runs.changes.tolist()
    first = runs.first.tolist()
    for i in range(rows):
        changes = all_changes[first[i] : first[i + 1]]
        lines.append(_mr_line(changes, reference, width) if i % k else runs.line(i))
        reference = changes
    fills = _fills([sum(n for _v, n in line) for line in lines], _EOL[1] + 1, min_bits, align_eol)
    words: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        words.append((0, fills[i]))
        words.append(((_EOL[0] << 1) | (0 if i % k else 1), _EOL[1] + 1))
        words.extend(line)
    if rtc:
        between = _rtc_fill(1, align_eol)
        for i in range(6):
            words.append((0, fills[-1] if i == 0 else between))
            words.append(((_EOL[0] << 1) | 1, _EOL[1] + 1))
    values = np.fromiter((v for v, _n in words), dtype=np.uint64, count=len(words))
    lengths = np.fromiter((n for _v, n in words), dtype=np.int64, count=len(words))
    return _pack(values, lengths, order)


def _assemble_mh(runs: _Runs, rows: int, min_bits: int, align_eol: bool, rtc: bool, order: BitOrder) -> bytes:
    """Interleave fill + EOL before each line's run codes, all as array operations."""
    fills = _fills(runs.bits.tolist(), _EOL[1], min_bits, align_eol)
    per_line = np.diff(runs.first) * 2 + 2  # fill, EOL, then two words per run
    offsets = np.concatenate(([0], np.cumsum(per_line)))
    total = int(offsets[-1]) + (12 if rtc else 0)
    values = np.zeros(total, dtype=np.uint64)
    lengths = np.zeros(total, dtype=np.int64)
    lengths[offsets[:-1]] = fills[:-1]
    values[offsets[:-1] + 1] = _EOL[0]
    lengths[offsets[:-1] + 1] = _EOL[1]
    header = np.zeros(total, dtype=np.bool_)
    header[offsets[:-1]] = True
    header[offsets[:-1] + 1] = True
    header[int(offsets[-1]) :] = True
    values[~header] = runs.values
    lengths[~header] = runs.lengths
    if rtc:
        base = int(offsets[-1])
        lengths[base::2] = _rtc_fill(0, align_eol)
        lengths[base] = fills[-1]
        values[base + 1 :: 2] = _EOL[0]
        lengths[base + 1 :: 2] = _EOL[1]
    return _pack(values, lengths, order)


# -- decoding ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DecodedPage:
    pixels: Page  #: rows x width, True = black
    bad_lines: int  #: lines that did not decode (replaced by the line above)
    rtc: bool  #: the page ended with RTC (otherwise the data stopped first)


_WINDOW = 13  # the longest code word (black make-up) has 13 bits


def _decode_table(table: dict[int, tuple[int, int]]) -> list[tuple[int, int]]:
    """13-bit window -> (run length, code length); (-1, 0) where no code word matches."""
    out = [(-1, 0)] * (1 << _WINDOW)
    for run, (value, length) in table.items():
        base = value << (_WINDOW - length)
        for v in range(base, base + (1 << (_WINDOW - length))):
            out[v] = (run, length)
    return out


_DEC = {False: _decode_table(_WHITE), True: _decode_table(_BLACK)}
_MODES = _decode_table(
    {100: _PASS, 101: _HORIZ, **{200 + d: code for d, code in _VERT.items()}}
)  # 100 pass, 101 horizontal, 200+d vertical


class _BadLine(Exception):
    pass


class _Reader:
    def __init__(self, bits: npt.NDArray[np.uint8], windows: list[int], start: int, end: int) -> None:
        self.bits, self.windows, self.pos, self.end = bits, windows, start, end

    def code(self, table: list[tuple[int, int]]) -> int:
        if self.pos >= self.end:
            raise _BadLine
        value, length = table[self.windows[self.pos]]
        if length == 0 or self.pos + length > self.end:
            raise _BadLine
        self.pos += length
        return value

    def run(self, black: bool) -> int:
        total, table = 0, _DEC[black]
        while True:
            n = self.code(table)
            total += n
            if n < 64:
                return total


def _decode_1d(reader: _Reader, width: int) -> list[int]:
    changes: list[int] = []
    pos, black = 0, False
    while pos < width:
        pos += reader.run(black)
        if pos > width:
            raise _BadLine
        if changes and changes[-1] == pos:  # a zero-length run inside the line: the changes cancel
            changes.pop()
        else:
            changes.append(pos)
        black = not black
    if changes and changes[-1] == width:
        changes.pop()
    return [*changes, width]


def _decode_2d(reader: _Reader, reference: list[int], width: int) -> list[int]:
    changes: list[int] = []
    a0, black = -1, False
    n_ref = len(reference)
    while a0 < width:
        i = bisect.bisect_right(reference, a0)
        if (i % 2 == 0) == black:
            i += 1
        b1 = reference[i] if i < n_ref else width
        b2 = reference[i + 1] if i + 1 < n_ref else width
        mode = reader.code(_MODES)
        if mode == 100:
            a0 = b2
        elif mode == 101:
            a1 = max(a0, 0) + reader.run(black)
            a2 = a1 + reader.run(not black)
            if a2 > width or a1 > width:
                raise _BadLine
            changes += [a1, a2]
            a0 = a2
        else:
            a1 = b1 + (mode - 200)
            if a1 < 0 or a1 > width or (a1 <= a0 and a0 >= 0):
                raise _BadLine
            changes.append(a1)
            a0, black = a1, not black
    changes = [c for c in changes if c < width]
    return [*changes, width]


def _row(changes: list[int], width: int) -> Page:
    row = np.zeros(width, dtype=np.bool_)
    for a, b in zip(changes[0::2], changes[1::2], strict=False):
        row[a:b] = True
    return row


def decode_page(
    data: bytes,
    *,
    coding: Coding | str = Coding.MH,
    width: int = PAGE_WIDTH,
    order: BitOrder = "lsb",
    max_lines: int = 10_000,
) -> DecodedPage:
    """Decode T.4 data (with or without RTC, with or without fill)."""
    coding = Coding(coding)
    bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little" if order == "lsb" else "big")
    n = len(bits)
    # EOL ends: a 1 preceded by at least 11 zeros (more zeros are fill).
    ones = np.flatnonzero(bits)
    gaps = np.diff(np.concatenate(([-1], ones)))
    eol_ends = ones[gaps >= 12].tolist()
    if not eol_ends:
        raise T4Error(reason="no EOL in the data")
    padded = np.concatenate((bits, np.zeros(_WINDOW, dtype=np.uint8))).astype(np.int64)
    windows = np.zeros(n, dtype=np.int64)
    for k in range(_WINDOW):
        windows = (windows << 1) | padded[k : k + n]
    win = windows.tolist()
    rows: list[Page] = []
    bad = 0
    reference = [width]
    empty_run = 0
    rtc = False
    for idx, end in enumerate(eol_ends):
        start = end + 1
        stop = (eol_ends[idx + 1] - 11) if idx + 1 < len(eol_ends) else n
        two_d = False
        if coding is Coding.MR:
            if start >= n:
                break
            two_d = bits[start] == 0
            start += 1
        if stop - start <= 0 or not bits[start:stop].any():
            empty_run += 1  # an empty line: part of RTC (or a stray EOL)
            if empty_run >= 5:
                rtc = True
                break
            continue
        empty_run = 0
        reader = _Reader(bits, win, start, stop)
        try:
            changes = _decode_2d(reader, reference, width) if two_d else _decode_1d(reader, width)
            if bits[reader.pos : stop].any():  # code words left over: the line was corrupt
                raise _BadLine
        except _BadLine:
            bad += 1
            rows.append(rows[-1].copy() if rows else np.zeros(width, dtype=np.bool_))
            continue
        reference = changes
        rows.append(_row(changes, width))
        if len(rows) >= max_lines:
            break
    pixels = np.array(rows, dtype=np.bool_) if rows else np.zeros((0, width), dtype=np.bool_)
    return DecodedPage(pixels, bad, rtc)
