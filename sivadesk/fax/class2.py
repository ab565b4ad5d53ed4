"""Class 2 (SP-2388-A) and Class 2.0 (T.32) drivers: the modem runs T.30, we send commands and pages.

Sending (2.0 names; Class 2 in brackets)::

    AT+FCLASS=2.0 [2], +FBO=0 [+FBOR], +FLI="id" [+FLID], +FCC=… [+FDCC]
    ATD<number>  -> +FCO [+FCON], +FCI:"csi" [+FCSI], +FIS:… [+FDIS], OK   | BUSY, NO CARRIER…
    AT+FDT       -> +FCS:… [+FDCS], CONNECT           [Class 2: wait for XON]
    page data, DLE doubled, RTC, then DLE ',' (more pages) / DLE '.' (last)  [Class 2: DLE ETX]
                 -> OK (page confirmed) / ERROR (AT+FPS? tells RTN from RTP)  [Class 2: OK, then
                    AT+FET=0|2 -> +FPTS:n OK]
    last page    -> +FHS:00 [+FHNG:0], OK

Receiving: ATA -> +FCO, +FTI:"tsi", +FCS:…, OK; then per page AT+FDR -> CONNECT, the host sends
the trigger (DC2, or DC1 for modems that want it), the modem sends the page data up to DLE ETX,
then +FPS/+FPTS (page status), +FET (what follows: 0 another page, 2 the end) and OK; after the
last page AT+FDR gives +FHS:00 [+FHNG:0].

Hang-up codes are kept as strings (2.0 gives receive Phase D codes in hex: A0–A3).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from sivadesk.fax.modem import (
    DC1,
    DC2,
    DLE,
    ETX,
    RATES,
    CallResult,
    Cause,
    Command,
    Driver,
    ModemSettings,
    PageDone,
    PageResult,
    ReadData,
    SendData,
    Session,
    Step,
    WaitByte,
    WaitLines,
    Write,
    dial_failure,
    escape,
    hangup_cause,
    hangup_text,
    reverse_bits,
    unescape,
)
from sivadesk.fax.t4 import Coding, Page, Resolution, encode_page

log = logging.getLogger(__name__)

PAGE_STATUS = {"1": "MCF", "2": "RTN", "3": "RTP", "4": "PIN", "5": "PIP"}
MAX_PAGE_TRIES = 3


@dataclass(frozen=True, slots=True)
class Dialect:
    fclass: str
    bit_order: str
    local_id: str
    capabilities: str
    page_status: str
    hangup: str
    connect: str
    csi: str
    tsi: str
    dcs: str


CLASS_20 = Dialect("2.0", "+FBO", "+FLI", "+FCC", "+FPS", "+FHS", "+FCO", "+FCI", "+FTI", "+FCS")
CLASS_2 = Dialect("2", "+FBOR", "+FLID", "+FDCC", "+FPTS", "+FHNG", "+FCON", "+FCSI", "+FTSI", "+FDCS")


def dialect(fax_class: str) -> Dialect:
    return CLASS_20 if fax_class == "2.0" else CLASS_2


_INFO = re.compile(r"^(\+F[A-Z]+):?\s*(.*)$")


def _info(lines: Sequence[str]) -> dict[str, str]:
    """Information responses by name (+FCI -> '"+33 4 78…"'), the last one winning."""
    out: dict[str, str] = {}
    for line in lines:
        m = _INFO.match(line.strip())
        if m:
            out[m.group(1)] = m.group(2).strip()
    return out


def _final(lines: Sequence[str]) -> str:
    return lines[-1].strip().upper() if lines else ""


def _unquote(text: str) -> str:
    return text.strip().strip('"').strip()


def capabilities(settings: ModemSettings) -> str:
    """vr,br,wd,ln,df,ec,bf,st: fine, our best rate, A4 width, any length, MR or MH, no ECM."""
    br = RATES.index(settings.max_rate) if settings.max_rate in RATES else len(RATES) - 1
    return f"1,{br},0,2,{1 if settings.mr else 0},0,0,0"


def setup_commands(settings: ModemSettings) -> list[str]:
    d = dialect(settings.fax_class)
    order = 0 if settings.bit_order == "lsb" else 1
    local_id = "".join(ch for ch in settings.local_id if ch.isdigit() or ch in " +")[:20]
    cmds = [f"+FCLASS={d.fclass}", f"{d.bit_order}={order}"]
    if d is CLASS_20:
        cmds += ["+FLO=1" if settings.flow_control == "xonxoff" else "+FLO=2", "+FCR=1", "+FNR=1,1,1,1"]
    else:
        cmds += ["+FCR=1"]
    cmds += [f'{d.local_id}="{local_id}"', f"{d.capabilities}={capabilities(settings)}", *settings.init]
    return cmds


def _setup(settings: ModemSettings) -> Driver:
    for cmd in setup_commands(settings):
        lines = yield Command(cmd)
        if _final(lines) != "OK":
            return CallResult(
                Cause.MODEM, detail=f"the modem refused AT{cmd} ({_final(lines) or 'no answer'})"
            )
    return CallResult(Cause.OK)


def _hangup_in(lines: Sequence[str], d: Dialect) -> str | None:
    return _info(lines).get(d.hangup)


def _ended(result: CallResult, code: str) -> CallResult:
    result.cause = hangup_cause(code)
    result.hangup = code
    if result.cause is not Cause.OK:
        result.detail = hangup_text(code)
    return result


def _page_for(page: Page, raster_fine: bool, session: Session) -> Page:
    """A page rasterized at ``raster_fine`` (fine or standard), as the negotiated resolution wants
    it: every other line of a fine page at standard, each line twice for a standard page at fine."""
    if raster_fine == session.fine:
        return page
    return page[::2] if raster_fine else np.repeat(page, 2, axis=0)


def send(
    settings: ModemSettings, number: str, pages: Sequence[Page], *, first_page: int = 0, fine: bool = True
) -> Driver:
    """Send ``pages[first_page:]`` (rasters at fine resolution, or standard with ``fine=False``) to
    ``number``; the modem negotiates the resolution (we offer fine) and each page is fitted to it.

    Pages are numbered in the result from ``first_page + 1``; a page counts as sent only when the far
    end confirmed it (OK / +FPS:1, 3 or 5)."""
    d = dialect(settings.fax_class)
    setup = yield from _setup(settings)
    if not setup.ok:
        return setup
    result = CallResult(Cause.OK)
    digits = "".join(ch for ch in number if ch.isdigit() or ch in "*#,+W")
    if not digits:
        return CallResult(Cause.NO_ANSWER, detail="no number to dial")
    lines = yield Command(f"D{settings.dial_prefix}{digits}", timeout=90)
    info = _info(lines)
    result.remote_id = _unquote(info.get(d.csi, ""))
    code = info.get(d.hangup)
    if code is not None and hangup_cause(code) is not Cause.OK:
        return _ended(result, code)
    failure = dial_failure(_final(lines))
    if failure is not None:
        result.cause, result.detail = failure
        return result
    if _final(lines) != "OK":
        result.cause, result.detail = Cause.MODEM, f"unexpected answer to dialling: {_final(lines) or 'none'}"
        return result
    index = first_page
    tries = 0
    while index < len(pages):
        last = index == len(pages) - 1
        lines = yield Command("+FDT", timeout=60)
        info = _info(lines)
        code = info.get(d.hangup)
        if code is not None:
            return _ended(result, code) if hangup_cause(code) is not Cause.OK else _protocol(result, code)
        if _final(lines) != "CONNECT":
            result.cause, result.detail = Cause.PROTOCOL, f"the modem did not start page {index + 1}"
            yield Command("H0")
            return result
        session = Session.parse(info[d.dcs]) if d.dcs in info else Session()
        result.session = session
        if d is CLASS_2 and settings.wait_for_xon:
            got = yield WaitByte(bytes([DC1]), timeout=3.0)
            if got is None:
                log.info("no XON after +FDT CONNECT; sending anyway")
        data = encode_page(
            _page_for(pages[index], fine, session),
            coding=Coding.MR if session.mr and settings.mr else Coding.MH,
            resolution=Resolution.FINE if session.fine else Resolution.STANDARD,
            min_bits=session.min_bits,
            rtc=settings.send_rtc,
            order="lsb" if settings.bit_order == "lsb" else "msb",
        )
        tail = bytes([DLE, ord("." if last else ",")]) if d is CLASS_20 else bytes([DLE, ETX])
        lines = yield SendData(escape(data) + tail, timeout=max(60.0, len(data) * 8 / session.rate * 3))
        status, code = yield from _page_status(d, lines, last)
        good = status in ("MCF", "RTP", "PIP")  # confirmed by the far end, even if the line drops next
        result.pages.append(PageResult(index + 1, good, status))
        if good:
            yield PageDone(index + 1)
        if code is not None and hangup_cause(code) is not Cause.OK:
            return _ended(result, code)
        if good:
            index += 1
            tries = 0
            if last:
                if code is None:
                    lines = yield WaitLines(timeout=15)
                    code = _hangup_in(lines, d) or "0"
                return _ended(result, code)
            continue
        tries += 1
        if tries >= MAX_PAGE_TRIES:
            result.cause = Cause.PROTOCOL
            result.detail = f"the far end rejected page {index + 1} {tries} times"
            yield Command("H0")
            return result
    return result


def _protocol(result: CallResult, code: str) -> CallResult:
    result.cause, result.hangup = Cause.PROTOCOL, code
    result.detail = "the far end hung up before the last page was confirmed"
    return result


def _page_status(
    d: Dialect, lines: Sequence[str], last: bool
) -> Generator[Step, Any, tuple[str, str | None]]:
    """(page status name, hang-up code or None) after the page data."""
    code = _hangup_in(lines, d)
    final = _final(lines)
    if d is CLASS_20:
        if final == "OK":
            status = PAGE_STATUS.get(_info(lines).get("+FPS", "1").split(",")[0].strip(), "MCF")
            return status, code
        if code is not None:
            return "", code
        more = yield Command("+FPS?")
        value = _info(more).get("+FPS", "2").split(",")[0].strip()
        return PAGE_STATUS.get(value, "RTN"), _hangup_in(more, d)
    # Class 2: the modem said OK to DLE ETX; the post-page message gets the page status.
    if final != "OK":
        return "", code or "40"
    more = yield Command(f"+FET={2 if last else 0}", timeout=30)
    info = _info(more)
    code = info.get(d.hangup, code)
    pts = info.get("+FPTS")
    if pts is None:
        # Some modems answer the last page with +FHNG:0 and no +FPTS: that is a confirmed page.
        return ("MCF", code) if code is not None and hangup_cause(code) is Cause.OK else ("RTN", code)
    return PAGE_STATUS.get(pts.split(",")[0].strip(), "RTN"), code


def receive(settings: ModemSettings, *, rings_seen: int = 0, ring_timeout: float = 8.0) -> Driver:
    """Answer after ``settings.answer_rings`` rings and receive every page.

    ``rings_seen``: RINGs the caller already read. Pages come back as T.4 data, LSB first, in
    ``result.received`` (failed pages are kept too, marked unconfirmed: nothing is lost)."""
    d = dialect(settings.fax_class)
    rings = rings_seen
    while rings < settings.answer_rings:
        lines = yield WaitLines(timeout=ring_timeout, stop_on=("RING",))
        got = sum(1 for line in lines if line.strip().upper().startswith("RING"))
        if not got:
            return CallResult(Cause.NO_ANSWER, detail="the caller hung up before we answered")
        rings += got
    setup = yield from _setup(settings)
    if not setup.ok:
        return setup
    result = CallResult(Cause.OK)
    lines = yield Command("A", timeout=60)
    info = _info(lines)
    result.remote_id = _unquote(info.get(d.tsi, ""))
    if d.dcs in info:
        result.session = Session.parse(info[d.dcs])
    code = info.get(d.hangup)
    if code is not None and hangup_cause(code) is not Cause.OK:
        return _ended(result, code)
    if _final(lines) != "OK":
        failure = dial_failure(_final(lines))
        result.cause, result.detail = (
            failure if failure else (Cause.MODEM, "the modem did not answer the call")
        )
        return result
    trigger = bytes([DC2 if settings.receive_trigger == "dc2" else DC1])
    number = 0
    while True:
        lines = yield Command("+FDR", timeout=60)
        info = _info(lines)
        result.remote_id = _unquote(info.get(d.tsi, "")) or result.remote_id
        if d.dcs in info:
            result.session = Session.parse(info[d.dcs])
        code = info.get(d.hangup)
        if code is not None:
            return _ended(result, code)
        if _final(lines) != "CONNECT":
            result.cause, result.detail = Cause.PROTOCOL, f"the modem stopped before page {number + 1}"
            return result
        yield Write(trigger)
        raw = yield ReadData(ends=bytes([ETX]), timeout=120)
        if raw is None:
            result.cause, result.detail = Cause.PROTOCOL, f"page {number + 1} did not arrive in time"
            yield Command("H0")
            return result
        data = unescape(raw[:-2] if raw.endswith(bytes([DLE, ETX])) else raw)
        if settings.receive_bit_order == "msb":
            data = reverse_bits(data)
        number += 1
        lines = yield WaitLines(timeout=30)
        info = _info(lines)
        status = PAGE_STATUS.get(info.get(d.page_status, "1").split(",")[0].strip(), "MCF")
        result.received.append(data)
        result.pages.append(PageResult(number, status in ("MCF", "RTP", "PIP"), status))
        code = info.get(d.hangup)
        if code is not None:
            return _ended(result, code)


@dataclass(frozen=True, slots=True)
class ModemInfo:
    classes: tuple[str, ...]  # what +FCLASS=? offers: "1", "1.0", "2", "2.0"…
    manufacturer: str
    model: str

    @property
    def best_class(self) -> str:
        """The class SivaDesk uses on this modem: 2.0 or 2 (the modem runs T.30 itself, which copes
        best with a busy PC), else 1.0 or 1 (T.30 in SivaDesk); "" when it has no fax class."""
        return next((c for c in ("2.0", "2", "1.0", "1") if c in self.classes), "")


def _answer_text(lines: Sequence[str]) -> str:
    text = [line for line in lines if line.strip() and line.strip().upper() not in ("OK", "ERROR")]
    return _unquote(text[0]) if text else ""


def probe() -> Generator[Step, Any, ModemInfo]:
    """Ask the modem which fax classes it has, and who made it."""
    lines = yield Command("+FCLASS=?")
    offered = _answer_text(lines).replace("(", "").replace(")", "")
    classes: list[str] = []
    for part in offered.split(","):
        part = part.strip()
        if "-" in part and part.replace("-", "").isdigit():
            lo, hi = (int(x) for x in part.split("-"))
            classes += [str(n) for n in range(lo, hi + 1)]
        elif part:
            classes.append(part)
    names = ("+FMI?", "+FMM?") if "2.0" in classes else ("+FMFR?", "+FMDL?")
    maker = yield Command(names[0])
    model = yield Command(names[1])
    return ModemInfo(tuple(classes), _answer_text(maker), _answer_text(model))
