"""Class 1 / 1.0 (T.31) drivers: T.30 runs here, the modem only modulates.

The modem gives us three tools: V.21 HDLC frames at 300 bit/s (``AT+FTH=3`` sends, ``AT+FRH=3``
receives; frames end with ``DLE ETX`` and the modem says OK, or ERROR for a bad FCS), high-speed page
data (``AT+FTM=<mod>`` / ``AT+FRM=<mod>``, the codes in :data:`sivadesk.fax.t30.MODULATION_CODES`)
and silence (``AT+FTS=8``: 80 ms, the gap T.30 wants between V.21 and the high-speed carrier).

Sending::

    ATD<number>   -> CONNECT; the modem is already receiving frames: [NSF] [CSI] DIS, OK
    AT+FTH=3      -> CONNECT, TSI (03) DLE ETX -> CONNECT, DCS (13) DLE ETX -> OK
    AT+FTS=8, AT+FTM=<long>  -> CONNECT, 1.5 s of zeros (TCF) DLE ETX -> OK
    AT+FRH=3      -> CFR (go on) | FTT (next lower rate, DCS and TCF again)
    per page: AT+FTM=<short> -> CONNECT, page DLE ETX -> OK; AT+FTH=3 MPS|EOP; AT+FRH=3 MCF|RTP|RTN
    AT+FTH=3 DCN, ATH0

Receiving: ``ATA`` -> CONNECT (V.21 transmit), CSI + DIS; DCS (+TSI) comes back; TCF checked with
``AT+FRM=<long>``; CFR or FTT; per page ``AT+FRM=<short>`` up to ``DLE ETX`` and NO CARRIER, then
MPS/EOM/EOP answered MCF (good page) or RTN (too many bad lines); DCN ends the call.

Timers: T1 (35 s) to find the far fax machine, T2 (6 s) for a command, T4 (3 s) for a response, each
command repeated three times before the call is given up. Page data is sent LSB first (the bit
order Class 1 modems use) and received the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Sequence
from typing import Any

from sivadesk.fax import t30
from sivadesk.fax.modem import (
    CAN,
    DLE,
    ETX,
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
    WaitLines,
    Write,
    dial_failure,
    escape,
    unescape,
)
from sivadesk.fax.t4 import Coding, Page, Resolution, T4Error, decode_page, encode_page

log = logging.getLogger(__name__)

T1 = 35.0  # seconds to find the far fax machine
T2 = 6.0  # waiting for a command
T4 = 3.0  # waiting for a response
TRIES = 3  # a command without a response is sent three times
MAX_PAGE_TRIES = 3
END = bytes([DLE, ETX])

Gen = Generator[Step, Any, Any]


def _final(lines: Sequence[str]) -> str:
    return lines[-1].strip().upper() if lines else ""


def _at(text: str, timeout: float) -> Generator[Step, Any, list[str]]:
    """``AT<text>`` whose answer may legitimately never come (+FRH, +FRM waiting for a carrier):
    on timeout the wait is aborted (any byte stops it) and [] is returned."""
    yield Write(f"AT{text}\r".encode("ascii"))
    lines: list[str] = yield WaitLines(timeout=timeout)
    lines = [line for line in lines if not line.upper().startswith("AT")]
    if not lines:
        yield Write(bytes([CAN]))
        yield WaitLines(timeout=1.0)
    return lines


def _read_frame(timeout: float, issue: bool) -> Generator[Step, Any, t30.Frame | str | None]:
    """One HDLC frame: a Frame, "bad" for an FCS error, None when nothing came."""
    if issue:
        lines = yield from _at("+FRH=3", timeout)
        if _final(lines) != "CONNECT":
            return None
    raw = yield ReadData(ends=bytes([ETX]), timeout=max(timeout, 10.0))
    if raw is None:
        yield Write(bytes([CAN]))
        yield WaitLines(timeout=1.0)
        return None
    lines = yield WaitLines(timeout=3.0)
    if _final(lines) != "OK":
        return "bad"
    data = unescape(raw[:-2] if raw.endswith(END) else raw)
    try:
        return t30.Frame.decode(data)
    except t30.T30Error:
        return "bad"


def _read_message(timeout: float, issue: bool = True) -> Generator[Step, Any, list[t30.Frame] | None]:
    """Frames up to the final one (control 13); None when nothing usable came."""
    frames: list[t30.Frame] = []
    while True:
        got = yield from _read_frame(timeout if not frames else T4, issue or bool(frames))
        if got is None:
            return frames or None
        if isinstance(got, str):
            # A frame with a bad FCS: the command is sent again at once (the sender repeats it,
            # the receiver waits for the repeat), as if nothing had come.
            log.info("T.30: a frame arrived with a bad FCS")
            return frames or None
        frames.append(got)
        log.debug("T.30 <- %s %s", got.name or f"{got.fcf:02x}", got.fif.hex())
        if got.final:
            return frames


def _send_message(frames: Sequence[t30.Frame], issue: bool = True) -> Generator[Step, Any, bool]:
    """Send frames in one V.21 transmission; True when the modem sent them all."""
    if issue:
        lines = yield Command("+FTH=3", timeout=5.0)
        if _final(lines) != "CONNECT":
            return False
    for i, frame in enumerate(frames):
        last = i == len(frames) - 1
        framed = t30.Frame(frame.fcf, frame.fif, last)
        log.debug("T.30 -> %s %s", framed.name, framed.fif.hex())
        lines = yield SendData(escape(framed.encode()) + END, timeout=10.0)
        if _final(lines) not in ("OK", "CONNECT") or (last and _final(lines) != "OK"):
            return False
    return True


def _find(frames: Sequence[t30.Frame] | None, *fcfs: int) -> t30.Frame | None:
    for frame in frames or ():
        if frame.fcf & ~t30.X_BIT & 0xFF in fcfs:
            return frame
    return None


def _setup(settings: ModemSettings) -> Generator[Step, Any, CallResult]:
    fclass = "1.0" if settings.fax_class == "1.0" else "1"
    for cmd in ("E0", f"+FCLASS={fclass}", *settings.init):
        lines = yield Command(cmd)
        if _final(lines) != "OK":
            return CallResult(
                Cause.MODEM, detail=f"the modem refused AT{cmd} ({_final(lines) or 'no answer'})"
            )
    return CallResult(Cause.OK)


def _modem_codes() -> Generator[Step, Any, frozenset[int] | None]:
    """The modulations the modem has (``AT+FTM=?``), or None when it does not say."""
    lines = yield Command("+FTM=?")
    if _final(lines) != "OK":
        return None
    codes = set()
    for line in lines[:-1]:
        for part in line.replace("(", "").replace(")", "").split(","):
            if part.strip().isdigit():
                codes.add(int(part))
    return frozenset(codes) or None


def _session(dcs: t30.Dcs) -> Session:
    return Session(fine=dcs.fine, rate=dcs.rate, mr=dcs.mr, scan_ms=dcs.scan_ms)


def _fail(result: CallResult, cause: Cause, detail: str, hangup: str = "") -> CallResult:
    result.cause, result.detail, result.hangup = cause, detail, hangup
    return result


def _hang_up(goodbye: bool, x: bool) -> Gen:
    if goodbye:
        yield from _send_message([t30.command(t30.DCN, x=x)])
    yield Command("H0", timeout=5.0)


# -- sending -----------------------------------------------------------------------------------
def _train(
    settings: ModemSettings, dcs: t30.Dcs, dis: t30.Capabilities, codes: frozenset[int] | None
) -> Generator[Step, Any, tuple[t30.Dcs | None, str]]:
    """DCS + TCF until CFR, falling back on FTT. Returns (the DCS that trained, "") or (None, why)."""
    current: t30.Dcs | None = dcs
    silent = 0
    while current is not None:
        frames = [t30.command(t30.DCS, current.encode(), x=True)]
        if settings.local_id:
            frames.insert(0, t30.command(t30.TSI, t30.encode_id(settings.local_id), x=True))
        if not (yield from _send_message(frames)):
            return None, "the modem could not send the DCS"
        yield Command("+FTS=8")
        lines = yield Command(f"+FTM={current.long_code}", timeout=10.0)
        if _final(lines) != "CONNECT":
            return None, f"the modem refused to train at {current.rate} bit/s"
        lines = yield SendData(bytes(t30.tcf_length(current.rate)) + END, timeout=15.0)
        if _final(lines) != "OK":
            return None, "the modem did not finish the training check"
        reply = yield from _read_message(T4 * 2)
        if _find(reply, t30.CFR):
            return current, ""
        if _find(reply, t30.FTT):
            log.info("T.30: training failed at %s bit/s", current.rate)
            current = t30.fallback_after(current, dis, codes)
            silent = 0
            continue
        if _find(reply, t30.DCN):
            return None, "the far end hung up during training"
        silent += 1
        if silent >= TRIES:
            return None, "DCS sent three times without response"
    return None, "failure to train at 2400 bit/s"


def _far_dis(result: CallResult, timeout: float, issue: bool) -> Generator[Step, Any, t30.Frame | None]:
    """Phase B from the caller's side: the far end's [NSF] [CSI] DIS, waited for ``timeout``
    (``issue`` False right after ``ATD`` CONNECT: the modem is already receiving frames)."""
    message = yield from _read_message(timeout, issue=issue)
    for _ in range(TRIES):
        if message is not None:
            csi = _find(message, t30.CSI)
            if csi is not None:
                result.remote_id = t30.decode_id(csi.fif)
            dis_frame = _find(message, t30.DIS)
            if dis_frame is not None or _find(message, t30.DCN):
                return dis_frame
        message = yield from _read_message(timeout / TRIES)
    return None


def send(
    settings: ModemSettings,
    number: str,
    pages: Sequence[Page],
    *,
    first_page: int = 0,
    fine: bool | Sequence[bool] = True,
) -> Driver:
    """Send ``pages[first_page:]`` to ``number``; a page counts as sent once the far end answered
    MCF (or RTP/PIP) to the post-page command. ``fine``: the pages are rasterized at fine
    resolution (sent as they are when the far end takes fine, every other line otherwise); False:
    at standard resolution, sent as they are. A sequence gives each page's resolution: before a
    page whose resolution differs from the one before, the page before ends with EOM and phase B
    runs again (the far end's DIS, a new DCS, training), so every page goes at its own resolution."""
    if isinstance(fine, bool):
        fines = [fine] * len(pages)
    else:
        fines = [bool(f) for f in fine]
        if len(fines) != len(pages):
            raise ValueError(f"{len(fines)} resolutions given for {len(pages)} pages")
    setup = yield from _setup(settings)
    if not setup.ok:
        return setup
    codes = yield from _modem_codes()
    result = CallResult(Cause.OK)
    digits = "".join(ch for ch in number if ch.isdigit() or ch in "*#,+W")
    if not digits:
        return CallResult(Cause.NO_ANSWER, detail="no number to dial")
    lines = yield Command(f"D{settings.dial_prefix}{digits}", timeout=90)
    final = _final(lines)
    failure = dial_failure(final)
    if failure is not None:
        result.cause, result.detail = failure
        return result
    if final != "CONNECT":
        return _fail(result, Cause.NO_CARRIER, f"no fax machine answered ({final or 'no answer'})")

    # Phase B: the far end's DIS (T1), possibly after NSF and CSI.
    dis_frame = yield from _far_dis(result, T1, False)
    if dis_frame is None:
        yield from _hang_up(False, True)
        return _fail(
            result, Cause.PROTOCOL, "the far end did not identify itself as a fax machine (no DIS)", "23"
        )
    dis = t30.parse_dis(dis_frame.fif)
    if not dis.receiver:
        yield from _hang_up(True, True)
        return _fail(result, Cause.PROTOCOL, "the far fax machine cannot receive", "21")
    start = min(first_page, len(pages) - 1) if pages else 0
    chosen = t30.choose_dcs(
        dis, max_rate=settings.max_rate, fine=bool(fines and fines[start]), mr=settings.mr, modem_codes=codes
    )
    if chosen is None:
        yield from _hang_up(True, True)
        return _fail(result, Cause.PROTOCOL, "the fax machines have no common speed", "21")
    dcs, why = yield from _train(settings, chosen, dis, codes)
    if dcs is None:
        yield from _hang_up(True, True)
        return _fail(result, Cause.PROTOCOL, why, "27" if "2400" in why else "25")
    result.session = _session(dcs)

    # Phases C and D, page by page.
    index, tries = first_page, 0
    while index < len(pages):
        last = index == len(pages) - 1
        page = pages[index][::2] if fines[index] and not dcs.fine else pages[index]
        data = encode_page(
            page,
            coding=Coding.MR if dcs.mr else Coding.MH,
            resolution=Resolution.FINE if dcs.fine else Resolution.STANDARD,
            min_bits=dcs.min_bits,
            rtc=True,
            order="lsb",
        )
        yield Command("+FTS=8")
        lines = yield Command(f"+FTM={dcs.short_code}", timeout=10.0)
        if _final(lines) != "CONNECT":
            yield from _hang_up(False, True)
            return _fail(result, Cause.PROTOCOL, f"the modem did not start page {index + 1}", "40")
        lines = yield SendData(escape(data) + END, timeout=max(60.0, len(data) * 8 / dcs.rate * 3))
        if _final(lines) != "OK":
            yield from _hang_up(False, True)
            return _fail(result, Cause.PROTOCOL, f"page {index + 1} could not be sent", "43")
        # EOM when the next page goes at the other resolution: phase B again before it.
        change = not last and (fines[index + 1] and dis.fine) != dcs.fine
        post = t30.EOP if last else t30.EOM if change else t30.MPS
        reply: list[t30.Frame] | None = None
        yield Command("+FTS=8")
        for _ in range(TRIES):
            if not (yield from _send_message([t30.command(post, x=True)])):
                break
            reply = yield from _read_message(T4 * 2)
            if reply is not None and not _find(reply, t30.CRP):
                break
            reply = None
        answer = next(
            (f.name for f in reply or () if f.name in ("MCF", "RTP", "RTN", "PIP", "PIN", "DCN")), ""
        )
        if not answer or answer == "DCN":
            result.pages.append(PageResult(index + 1, False, ""))
            yield from _hang_up(False, True)
            what = t30.fcf_name(post)
            detail = f"no response to {what} repeated three times" if not answer else "the far end hung up"
            code = {"EOP": "54", "EOM": "56", "MPS": "52"}[what]
            return _fail(result, Cause.PROTOCOL, detail, code if not answer else "51")
        good = answer in ("MCF", "RTP", "PIP")
        result.pages.append(PageResult(index + 1, good, answer))
        if good:
            yield PageDone(index + 1)
            index, tries = index + 1, 0
        else:
            tries += 1
            if tries >= MAX_PAGE_TRIES:
                yield from _hang_up(True, True)
                return _fail(
                    result, Cause.PROTOCOL, f"the far end rejected page {index + 1} {tries} times", "50"
                )
        if good and post == t30.EOM:
            # Phase B again: the far end sends its DIS (at once, or after waiting T2 for a command
            # as efax does), we answer with a DCS at the next page's resolution (at the rate that
            # trained last) and train.
            dis_frame = yield from _far_dis(result, T1, True)
            if dis_frame is None:
                yield from _hang_up(True, True)
                return _fail(result, Cause.PROTOCOL, "no DIS from the far end after EOM", "20")
            dis = t30.parse_dis(dis_frame.fif)
            again = t30.choose_dcs(
                dis, max_rate=dcs.rate, fine=fines[index], mr=settings.mr, modem_codes=codes
            )
            if again is None:
                yield from _hang_up(True, True)
                return _fail(result, Cause.PROTOCOL, "the fax machines have no common speed", "21")
            if (dcs.modulation, dcs.rate) in dis.modes():
                again = again.with_mode((dcs.modulation, dcs.rate))
            dcs_after, why = yield from _train(settings, again, dis, codes)
            if dcs_after is None:
                yield from _hang_up(True, True)
                return _fail(result, Cause.PROTOCOL, why, "27" if "2400" in why else "25")
            dcs = dcs_after
            result.session = _session(dcs)
        elif answer in ("RTP", "RTN", "PIP", "PIN") and index < len(pages):
            dcs_after, why = yield from _train(settings, dcs, dis, codes)
            if dcs_after is None:
                yield from _hang_up(True, True)
                return _fail(result, Cause.PROTOCOL, why, "27")
            dcs = dcs_after
            result.session = _session(dcs)
    yield from _hang_up(True, True)
    return result


# -- receiving ---------------------------------------------------------------------------------
def page_is_good(data: bytes, dcs: t30.Dcs) -> bool:
    """MCF or RTN: the page decodes, with at most 10 % bad lines (and never more than 50)."""
    try:
        page = decode_page(data, coding=Coding.MR if dcs.mr else Coding.MH, width=dcs.width)
    except T4Error:
        return False
    rows = len(page.pixels)
    return rows > 0 and page.bad_lines <= min(50, max(2, rows // 10))


def receive(settings: ModemSettings, *, rings_seen: int = 0, ring_timeout: float = 8.0) -> Driver:
    """Answer after ``settings.answer_rings`` rings and receive every page (T.4 data, LSB first, in
    ``result.received``; a page rejected with RTN and never sent again is kept, unconfirmed). Each
    page's DCS (resolution, coding) is in ``result.received_sessions``: a sender that changes the
    resolution between pages ends a page with EOM, and phase B runs again (our DIS, its DCS)."""
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
    codes = yield from _modem_codes()
    result = CallResult(Cause.OK)
    lines = yield Command("A", timeout=60)
    if _final(lines) != "CONNECT":
        failure = dial_failure(_final(lines))
        result.cause, result.detail = (
            failure if failure else (Cause.MODEM, "the modem did not answer the call")
        )
        return result
    max_rate = settings.max_rate
    if codes is not None:
        usable = [
            rate for (_mod, rate), (long_code, _s) in t30.MODULATION_CODES.items() if long_code in codes
        ]
        max_rate = min(max_rate, max(usable, default=2400))
    dis_frames = [t30.command(t30.DIS, t30.encode_dis(max_rate=max_rate, fine=True, mr=settings.mr))]
    if settings.local_id:
        dis_frames.insert(0, t30.command(t30.CSI, t30.encode_id(settings.local_id)))

    dcs: t30.Dcs | None = None
    rejected: bytes | None = None  # a page answered RTN, kept until it comes again
    rejected_dcs = t30.Dcs()
    answered = ""  # our last post-page answer (said again if the sender repeats its command)
    eop = False
    issue = False  # ATA CONNECT already put the modem in V.21 transmit
    command = yield from _phase_b(dis_frames, issue)
    if command is False:
        return _fail(result, Cause.MODEM, "the modem could not send our capabilities (DIS)")
    silent = 0
    while True:
        if not isinstance(command, list):
            silent += 1
            if eop or silent >= TRIES:
                break
            command = yield from _read_message(T2)
            continue
        silent = 0
        tsi = _find(command, t30.TSI)
        if tsi is not None:
            result.remote_id = t30.decode_id(tsi.fif)
        if _find(command, t30.DCN):
            break
        dcs_frame = _find(command, t30.DCS)
        post = _find(command, t30.MPS, t30.EOP, t30.EOM)
        if dcs_frame is None and post is not None and answered and dcs is not None:
            # The sender did not hear our answer and repeats its command: say it again; after a
            # repeated MPS answered MCF the next page follows at once.
            yield from _send_message([t30.command(t30.MCF if answered == "MCF" else t30.RTN)])
            if not (answered == "MCF" and post.name == "MPS"):
                command = yield from _read_message(T2)
                continue
        elif dcs_frame is None:
            command = yield from _read_message(T2)
            continue
        else:
            dcs = t30.Dcs.decode(dcs_frame.fif)
            result.session = _session(dcs)
            trained = yield from _check_training(dcs)
            yield from _send_message([t30.command(t30.CFR if trained else t30.FTT)])
            if not trained:
                log.info("T.30: training check failed at %s bit/s", dcs.rate)
                command = yield from _read_message(T2)
                continue
        # Phase C and D, page after page while the sender says MPS.
        while True:
            data = yield from _receive_page(dcs)
            if data is None:
                command = yield from _read_message(T2)
                break
            post_msg: list[t30.Frame] | None = None
            for _ in range(TRIES):
                post_msg = yield from _read_message(T2)
                if post_msg is not None:
                    break
            post = _find(post_msg, t30.MPS, t30.EOP, t30.EOM)
            if post is None:
                # the page came, but not what follows: kept, unconfirmed
                rejected, rejected_dcs = data, dcs
                command = post_msg
                break
            good = page_is_good(data, dcs)
            answered = "MCF" if good else "RTN"
            if good:
                result.received.append(data)
                result.received_sessions.append(_session(dcs))
                result.pages.append(PageResult(len(result.pages) + 1, True, "MCF"))
                rejected = None
            else:
                rejected, rejected_dcs = data, dcs
                log.info("T.30: page %s rejected (RTN)", len(result.pages) + 1)
            yield Command("+FTS=8")
            yield from _send_message([t30.command(t30.MCF if good else t30.RTN)])
            name = post.name
            if good and name == "MPS":
                continue
            if good and name == "EOP":
                eop = True
            if good and name == "EOM":
                command = yield from _phase_b(dis_frames, True)
                break
            command = yield from _read_message(T2)
            break
        if command is False:
            break
    if rejected is not None:
        result.received.append(rejected)
        result.received_sessions.append(_session(rejected_dcs))
        result.pages.append(PageResult(len(result.pages) + 1, False, "RTN"))
    yield Command("H0", timeout=5.0)
    if not eop:
        if not result.received:
            return _fail(result, Cause.PROTOCOL, "no page was received", "70")
        return _fail(result, Cause.PROTOCOL, "the sender hung up before the end of the fax", "A0")
    return result


def _phase_b(
    dis_frames: Sequence[t30.Frame], issue: bool
) -> Generator[Step, Any, list[t30.Frame] | bool | None]:
    """Send CSI + DIS until a command comes back (three times at most); False when the modem
    could not send."""
    for _ in range(TRIES):
        if not (yield from _send_message(dis_frames, issue=issue)):
            return False
        issue = True
        command = yield from _read_message(T2)
        if command is not None and (_find(command, t30.DCS) or _find(command, t30.DCN)):
            return command
    return None


def _check_training(dcs: t30.Dcs) -> Generator[Step, Any, bool]:
    lines = yield from _at(f"+FRM={dcs.long_code}", T2)
    if _final(lines) != "CONNECT":
        return False
    raw = yield ReadData(ends=bytes([ETX]), timeout=10.0)
    yield WaitLines(timeout=3.0)
    yield Command("+FTS=8")
    return raw is not None and t30.tcf_ok(unescape(raw[:-2]), dcs.rate)


def _receive_page(dcs: t30.Dcs) -> Generator[Step, Any, bytes | None]:
    lines = yield from _at(f"+FRM={dcs.short_code}", T2 * 2)
    if _final(lines) != "CONNECT":
        return None
    raw = yield ReadData(ends=bytes([ETX]), timeout=600.0)
    if raw is None:
        return None
    yield WaitLines(timeout=5.0)
    return unescape(raw[:-2] if raw.endswith(END) else raw)
