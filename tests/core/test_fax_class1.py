"""The Class 1 drivers (sans-IO) against a scripted Class 1 modem whose far end runs T.30 here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from sivadesk.db import Database
from sivadesk.fax import class1, t30
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
    ReadData,
    SendData,
    WaitLines,
    Write,
    escape,
    unescape,
)
from sivadesk.fax.t4 import Coding, decode_page, encode_page

END = bytes([DLE, ETX])
CODES = "24,48,72,73,74,96,97,98,121,122,145,146"


def _page(seed: int, rows: int = 60) -> np.ndarray:
    rng = np.random.default_rng(seed)
    page = np.zeros((rows, 1728), dtype=bool)
    for r in range(0, rows, 3):
        start = int(rng.integers(0, 1500))
        page[r, start : start + int(rng.integers(5, 200))] = True
    return page


class Line:
    """A Class 1 modem plus the far fax machine. ``far`` reacts to each complete message we send
    (a list of frames) or to high-speed data, by queueing what it sends back."""

    def __init__(self) -> None:
        self.hdlc_in: list[bytes] = []  # frames the far end sent, waiting for +FRH
        self.data_in: list[bytes] = []  # high-speed data waiting for +FRM
        self.sent_frames: list[t30.Frame] = []
        self.message: list[t30.Frame] = []
        self.high_speed: list[tuple[int, bytes]] = []  # (+FTM code, data)
        self.mode = ""  # "fth", "ftm:<code>", "frh", "frm"
        self.pending_at = ""
        self.pages_done: list[int] = []
        self.commands: list[str] = []
        self.on_message: Callable[[list[t30.Frame]], None] = lambda m: None
        self.on_data: Callable[[int, bytes], None] = lambda c, d: None
        self.dial_answer = "CONNECT"
        self.bad_fcs: set[int] = set()  # frames (counted from 1) the modem answers ERROR to
        self.frames_read = 0

    def send_frames(self, *frames: t30.Frame) -> None:
        for i, frame in enumerate(frames):
            last = i == len(frames) - 1
            self.hdlc_in.append(t30.Frame(frame.fcf, frame.fif, last).encode())

    def step(self, step: Any) -> Any:
        if isinstance(step, Command):
            self.commands.append(step.text)
            text = step.text
            if text.startswith("D"):
                return [self.dial_answer]
            if text == "A":
                self.mode = "fth"
                return ["CONNECT"]
            if text == "+FTM=?":
                return [CODES, "OK"]
            if text == "+FTH=3":
                self.mode = "fth"
                return ["CONNECT"]
            if text.startswith("+FTM="):
                self.mode = "ftm:" + text[5:]
                return ["CONNECT"]
            return ["OK"]
        if isinstance(step, SendData):
            assert step.data.endswith(END)
            payload = unescape(step.data[:-2])
            if self.mode == "fth":
                frame = t30.Frame.decode(payload)
                self.sent_frames.append(frame)
                self.message.append(frame)
                if not frame.final:
                    return ["CONNECT"]
                message, self.message = self.message, []
                self.on_message(message)
                return ["OK"]
            code = int(self.mode.split(":")[1])
            self.high_speed.append((code, payload))
            self.on_data(code, payload)
            return ["OK"]
        if isinstance(step, Write):
            if step.data.startswith(b"AT"):
                self.pending_at = step.data.decode().strip()[2:]
                self.commands.append(self.pending_at)
            elif step.data == bytes([CAN]):
                self.pending_at = "abort"
            return None
        if isinstance(step, WaitLines):
            at, self.pending_at = self.pending_at, ""
            if at == "abort":
                return ["OK"]
            if at == "+FRH=3":
                if self.hdlc_in:
                    self.mode = "frh"
                    return ["CONNECT"]
                return []
            if at.startswith("+FRM="):
                if self.data_in:
                    self.mode = "frm"
                    return ["CONNECT"]
                if self.hdlc_in:
                    return ["+FCERROR"]
                return []
            if self.mode == "frh":
                return ["ERROR"] if self.frames_read in self.bad_fcs else ["OK"]
            if self.mode == "frm":
                return ["NO CARRIER"]
            return []
        if isinstance(step, ReadData):
            if self.hdlc_in and self.mode in ("frh", "fth", ""):
                self.mode = "frh"
                self.frames_read += 1
                return escape(self.hdlc_in.pop(0)) + END
            if self.data_in and self.mode == "frm":
                return escape(self.data_in.pop(0)) + END
            return None
        if isinstance(step, PageDone):
            self.pages_done.append(step.number)
            return None
        raise AssertionError(f"unexpected step {step!r}")

    def run(self, driver: Driver) -> CallResult:
        try:
            step = next(driver)
            for _ in range(10_000):
                step = driver.send(self.step(step))
        except StopIteration as stop:
            result: CallResult = stop.value
            return result
        raise AssertionError("the driver did not end")


class FarReceiver:
    """The far fax machine receiving: DIS on connect, CFR unless the rate is in ``ftt_rates``,
    MCF unless the page (1-based, counting resends) is in ``rtn_on``."""

    def __init__(
        self, line: Line, dis: bytes, *, ftt_rates: tuple[int, ...] = (), rtn_on: tuple[int, ...] = ()
    ):
        self.line = line
        self.ftt_rates = ftt_rates
        self.rtn_on = rtn_on
        self.dcs: t30.Dcs | None = None
        self.pages: list[np.ndarray] = []
        self.page_count = 0
        self.last_page: bytes = b""
        self.trained_at: list[int] = []
        self.dis = dis
        self.page_fine: list[bool] = []  # each confirmed page's resolution (its DCS)
        self.dcs_seen: list[t30.Dcs] = []
        self._send_dis()
        line.on_message = self.message
        line.on_data = self.data

    def _send_dis(self) -> None:
        csi = t30.command(t30.CSI, t30.encode_id("+33 1 23 45 67 89"))
        self.line.send_frames(csi, t30.command(t30.DIS, self.dis))

    def message(self, frames: list[t30.Frame]) -> None:
        for frame in frames:
            assert frame.x, f"{frame.name} from the caller must carry the X bit"
            if frame.name == "DCS":
                self.dcs = t30.Dcs.decode(frame.fif)
                self.dcs_seen.append(self.dcs)
            elif frame.name in ("MPS", "EOP", "EOM"):
                self.page_count += 1
                if self.page_count in self.rtn_on:
                    self.line.send_frames(t30.command(t30.RTN))
                else:
                    assert self.dcs is not None
                    decoded = decode_page(self.last_page, coding=Coding.MR if self.dcs.mr else Coding.MH)
                    assert decoded.bad_lines == 0 and decoded.rtc
                    self.pages.append(decoded.pixels)
                    self.page_fine.append(self.dcs.fine)
                    self.line.send_frames(t30.command(t30.MCF))
                    if frame.name == "EOM":  # back to phase B: our DIS again
                        self._send_dis()

    def data(self, code: int, payload: bytes) -> None:
        assert self.dcs is not None
        if code == self.dcs.long_code:  # TCF
            assert payload == bytes(t30.tcf_length(self.dcs.rate))
            self.trained_at.append(self.dcs.rate)
            ok = self.dcs.rate not in self.ftt_rates
            self.line.send_frames(t30.command(t30.CFR if ok else t30.FTT))
        else:
            assert code == self.dcs.short_code
            self.last_page = payload


V17_FINE_MR = t30.encode_dis(max_rate=14400, fine=True, mr=True)


def test_send_two_pages_v17_fine_mr() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR)
    pages = [_page(1), _page(2)]
    settings = ModemSettings(fax_class="1", local_id="+98 21 1234 5678")
    result = line.run(class1.send(settings, "0123456789", pages))
    assert result.ok, result.detail
    assert result.remote_id == "+33 1 23 45 67 89"
    assert [(p.number, p.confirmed, p.status) for p in result.pages] == [(1, True, "MCF"), (2, True, "MCF")]
    assert line.pages_done == [1, 2]
    assert far.dcs == t30.Dcs("V17", 14400, fine=True, mr=True, scan_ms=0)
    assert result.session is not None and result.session.mr and result.session.rate == 14400
    for got, sent in zip(far.pages, pages, strict=True):
        assert np.array_equal(got, sent)
    names = [f.name for f in line.sent_frames]
    assert names == ["TSI", "DCS", "MPS", "EOP", "DCN"]
    assert t30.decode_id(line.sent_frames[0].fif) == "+98 21 1234 5678"
    assert line.commands[:3] == ["E0", "+FCLASS=1", "+FTM=?"]
    assert line.commands[3] == "DT0123456789" and line.commands[-1] == "H0"
    assert [c for c, _ in line.high_speed] == [145, 146, 146]


def test_send_falls_back_on_ftt_and_uses_standard_mh_when_offered_only() -> None:
    line = Line()
    dis = t30.encode_dis(max_rate=14400, fine=False, mr=False, scan_ms=10)
    far = FarReceiver(line, dis, ftt_rates=(14400, 12000, 9600))
    pages = [_page(3, rows=80)]
    result = line.run(class1.send(ModemSettings(fax_class="1.0"), "42", pages))
    assert result.ok, result.detail
    assert far.trained_at == [14400, 12000, 9600, 7200]
    assert far.dcs is not None and (far.dcs.rate, far.dcs.fine, far.dcs.mr, far.dcs.scan_ms) == (
        7200,
        False,
        False,
        10,
    )
    assert "+FCLASS=1.0" in line.commands
    assert np.array_equal(far.pages[0], pages[0][::2])
    # Every line takes at least 10 ms at 7200 bit/s: 72 bits with the EOL.
    assert len(line.high_speed[-1][1]) * 8 >= 72 * 40


def test_send_standard_pages_as_they_are() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR)  # the far end could take fine
    pages = [_page(9, rows=50)]
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", pages, fine=False))
    assert result.ok, result.detail
    assert far.dcs is not None and not far.dcs.fine and far.dcs.mr
    assert np.array_equal(far.pages[0], pages[0])  # not halved again


def test_send_a_standard_fine_mix_renegotiates_with_eom() -> None:
    """Fine, standard, fine: each page at its own resolution; EOM before each change, then the
    far end's DIS, a new DCS and training; every page confirmed once its MCF came."""
    line = Line()
    far = FarReceiver(line, t30.encode_dis(max_rate=14400, fine=True, mr=True, scan_ms=10))
    pages = [_page(30, rows=80), _page(31, rows=40), _page(32, rows=80)]
    settings = ModemSettings(fax_class="1", local_id="+33 1 23 45 67 89")
    result = line.run(class1.send(settings, "42", pages, fine=[True, False, True]))
    assert result.ok, result.detail
    assert [f.name for f in line.sent_frames] == [
        *("TSI", "DCS", "EOM"),
        *("TSI", "DCS", "EOM"),
        *("TSI", "DCS", "EOP"),
        "DCN",
    ]
    assert [d.fine for d in far.dcs_seen] == [True, False, True]
    assert [d.scan_ms for d in far.dcs_seen] == [10, 10, 10]
    assert far.page_fine == [True, False, True]
    for got, sent in zip(far.pages, pages, strict=True):
        assert np.array_equal(got, sent)  # never resampled
    assert [(p.number, p.status) for p in result.pages] == [(1, "MCF"), (2, "MCF"), (3, "MCF")]
    assert line.pages_done == [1, 2, 3]
    assert [c for c, _ in line.high_speed] == [145, 146] * 3  # TCF, page after each DCS
    assert result.session is not None and result.session.fine


def test_send_a_mix_keeps_the_rate_that_trained_and_groups_same_resolution_pages() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR, ftt_rates=(14400,))
    pages = [_page(33, rows=30), _page(34, rows=30), _page(35, rows=60)]
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", pages, fine=[False, False, True]))
    assert result.ok, result.detail
    assert [f.name for f in line.sent_frames] == ["DCS", "DCS", "MPS", "EOM", "DCS", "EOP", "DCN"]
    assert far.trained_at == [14400, 12000, 12000]  # after EOM at the rate that trained
    assert far.page_fine == [False, False, True]
    assert all(np.array_equal(g, p) for g, p in zip(far.pages, pages, strict=True))


def test_send_a_mix_to_a_standard_only_machine_needs_no_eom() -> None:
    line = Line()
    far = FarReceiver(line, t30.encode_dis(max_rate=14400, fine=False, mr=True))
    pages = [_page(36, rows=60), _page(37, rows=30)]
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", pages, fine=[True, False]))
    assert result.ok, result.detail
    assert [f.name for f in line.sent_frames] == ["DCS", "MPS", "EOP", "DCN"]
    assert np.array_equal(far.pages[0], pages[0][::2]) and np.array_equal(far.pages[1], pages[1])


def test_send_a_mix_resumes_at_the_first_page_resolution() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR)
    pages = [_page(38, rows=60), _page(39, rows=30), _page(40, rows=60)]
    result = line.run(
        class1.send(ModemSettings(fax_class="1"), "42", pages, first_page=1, fine=[True, False, True])
    )
    assert result.ok, result.detail
    assert [d.fine for d in far.dcs_seen] == [False, True] and line.pages_done == [2, 3]
    with pytest.raises(ValueError, match="2 resolutions given for 3 pages"):
        next(class1.send(ModemSettings(fax_class="1"), "42", pages, fine=[True, False]))


def test_send_no_dis_after_eom() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR)
    far._send_dis = lambda: None  # type: ignore[method-assign]
    pages = [_page(41, rows=60), _page(42, rows=30)]
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", pages, fine=[True, False]))
    assert result.cause is Cause.PROTOCOL and "after EOM" in result.detail
    assert line.pages_done == [1] and result.confirmed_pages == 1


def test_send_all_rates_fail() -> None:
    line = Line()
    FarReceiver(line, V17_FINE_MR, ftt_rates=tuple(r for _m, r in t30.FALLBACK))
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", [_page(1)]))
    assert result.cause is Cause.PROTOCOL and result.hangup == "27"
    assert "2400" in result.detail and not result.pages


def test_send_resends_a_page_after_rtn_and_retrains() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR, rtn_on=(1,))
    pages = [_page(4), _page(5)]
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", pages))
    assert result.ok, result.detail
    assert [(p.number, p.confirmed, p.status) for p in result.pages] == [
        (1, False, "RTN"),
        (1, True, "MCF"),
        (2, True, "MCF"),
    ]
    assert line.pages_done == [1, 2]
    assert len(far.trained_at) == 2  # trained again after RTN
    assert [f.name for f in line.sent_frames].count("DCS") == 2


def test_send_repeats_a_command_whose_answer_had_a_bad_fcs() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR)
    # Frames read: 1 CSI, 2 DIS, 3 CFR, 4 MCF (page 1, garbled), then MCF again after the repeat.
    line.bad_fcs = {4}
    pages = [_page(20), _page(21)]
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", pages))
    assert result.ok, result.detail
    assert [f.name for f in line.sent_frames] == ["DCS", "MPS", "MPS", "EOP", "DCN"]
    assert line.pages_done == [1, 2] and len(far.pages) == 3  # the far end saw the MPS twice


def test_send_resumes_at_first_page() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR)
    pages = [_page(6), _page(7), _page(8)]
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", pages, first_page=2))
    assert result.ok and [p.number for p in result.pages] == [3] and line.pages_done == [3]
    assert len(far.pages) == 1 and np.array_equal(far.pages[0], pages[2])
    assert [f.name for f in line.sent_frames][-2:] == ["EOP", "DCN"]


def test_send_gives_up_after_three_rtn() -> None:
    line = Line()
    FarReceiver(line, V17_FINE_MR, rtn_on=(1, 2, 3))
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", [_page(1)]))
    assert result.cause is Cause.PROTOCOL and "3 times" in result.detail
    assert result.confirmed_pages == 0 and line.pages_done == []


def test_send_no_response_to_eop() -> None:
    line = Line()
    far = FarReceiver(line, V17_FINE_MR)
    far.message = lambda frames: (  # type: ignore[method-assign]
        None if frames[-1].name == "EOP" else FarReceiver.message(far, frames)
    )
    line.on_message = far.message
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", [_page(1)]))
    assert result.cause is Cause.PROTOCOL and result.hangup == "54"
    assert "EOP" in result.detail and result.confirmed_pages == 0
    assert [f.name for f in line.sent_frames].count("EOP") == 3


@pytest.mark.parametrize(("answer", "cause"), [("BUSY", Cause.BUSY), ("NO CARRIER", Cause.NO_CARRIER)])
def test_send_dial_failures(answer: str, cause: Cause) -> None:
    line = Line()
    line.dial_answer = answer
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", [_page(1)]))
    assert result.cause is cause


def test_send_no_dis() -> None:
    line = Line()  # connected, but nothing speaks T.30
    result = line.run(class1.send(ModemSettings(fax_class="1"), "42", [_page(1)]))
    assert result.cause is Cause.PROTOCOL and result.hangup == "23"


class FarSender:
    """The far fax machine sending ``pages`` (already coded T.4) after our DIS."""

    def __init__(
        self,
        line: Line,
        pages: list[bytes],
        *,
        rate: int = 9600,
        mr: bool = False,
        bad_tcf: int = 0,
        fines: list[bool] | None = None,
    ):
        self.line = line
        self.pages = pages
        self.fines = fines or [True] * len(pages)
        self.index = 0
        self.posts: list[str] = []
        self.bad_tcf = bad_tcf
        self.dcs = t30.Dcs("V29" if rate in (9600, 7200) else "V17", rate, fine=True, mr=mr)
        self.answers: list[str] = []
        self.our_dis: t30.Capabilities | None = None
        line.on_message = self.message

    def _train(self) -> None:
        self.dcs = t30.Dcs(self.dcs.modulation, self.dcs.rate, self.fines[self.index], self.dcs.mr)
        tsi = t30.command(t30.TSI, t30.encode_id("+33 9 87 65 43 21"), x=True)
        self.line.send_frames(tsi, t30.command(t30.DCS, self.dcs.encode(), x=True))
        tcf = bytes(t30.tcf_length(self.dcs.rate))
        if self.bad_tcf:
            self.bad_tcf -= 1
            tcf = bytes(range(1, 256)) * 20
        self.line.data_in.append(tcf)

    def message(self, frames: list[t30.Frame]) -> None:
        for frame in frames:
            assert not frame.x, f"{frame.name} from the answering side has no X bit"
            name = frame.name
            if name == "DIS":
                self.our_dis = t30.parse_dis(frame.fif)
                self._train()
            elif name == "FTT":
                self._train()
            elif name == "CFR":
                self._page()
            elif name in ("MCF", "RTN"):
                self.answers.append(name)
                if name == "MCF":
                    self.index += 1
                if self.index >= len(self.pages):
                    self.line.send_frames(t30.command(t30.DCN, x=True))
                elif name == "MCF" and self.posts[-1] == "EOM":
                    pass  # phase B again: the receiver sends its DIS, we train at the new resolution
                elif name == "RTN":
                    self._train()
                else:
                    self._page()

    def _page(self) -> None:
        self.line.data_in.append(self.pages[self.index])
        last = self.index == len(self.pages) - 1
        change = not last and self.fines[self.index + 1] != self.fines[self.index]
        post = t30.EOP if last else t30.EOM if change else t30.MPS
        self.posts.append(t30.fcf_name(post))
        self.line.send_frames(t30.command(post, x=True))


def test_receive_two_pages() -> None:
    line = Line()
    sent = [_page(10), _page(11)]
    coded = [encode_page(p, coding=Coding.MR) for p in sent]
    far = FarSender(line, coded, mr=True)
    settings = ModemSettings(fax_class="1", local_id="+98 21 5555", answer_rings=2)
    result = line.run(class1.receive(settings, rings_seen=2))
    assert result.ok, result.detail
    assert result.remote_id == "+33 9 87 65 43 21"
    assert result.received == coded
    assert [(p.number, p.confirmed) for p in result.pages] == [(1, True), (2, True)]
    assert result.session is not None and result.session.mr and result.session.rate == 9600
    assert far.answers == ["MCF", "MCF"]
    assert far.our_dis is not None and far.our_dis.v17 and far.our_dis.fine and far.our_dis.mr
    assert [f.name for f in line.sent_frames][:2] == ["CSI", "DIS"]
    assert t30.decode_id(line.sent_frames[0].fif) == "+98 21 5555"
    assert line.commands[-1] == "H0"
    assert "+FRM=96" in line.commands


def test_receive_a_standard_fine_mix() -> None:
    """The sender ends page 1 with EOM, we send DIS again, it commands standard; EOM again, fine:
    each page's resolution comes back with it."""
    line = Line()
    sent = [_page(43, rows=60), _page(44, rows=30), _page(45, rows=60)]
    coded = [encode_page(p, coding=Coding.MR) for p in sent]
    far = FarSender(line, coded, mr=True, fines=[True, False, True])
    result = line.run(class1.receive(ModemSettings(fax_class="1"), rings_seen=2))
    assert result.ok, result.detail
    assert far.posts == ["EOM", "EOM", "EOP"] and far.answers == ["MCF"] * 3
    assert result.received == coded
    assert result.received_fine == [True, False, True]
    assert [s.mr for s in result.received_sessions] == [True] * 3
    assert [f.name for f in line.sent_frames] == [
        "DIS",
        "CFR",
        "MCF",
        "DIS",
        "CFR",
        "MCF",
        "DIS",
        "CFR",
        "MCF",
    ]


def test_receive_bad_training_then_bad_page() -> None:
    line = Line()
    good = encode_page(_page(12))
    broken = bytearray(good)
    for i in range(40, len(broken) - 40, 7):
        broken[i] ^= 0x5A
    far = FarSender(line, [bytes(broken)], bad_tcf=1)

    def resend_good(frames: list[t30.Frame]) -> None:
        if any(f.name == "RTN" for f in frames):
            far.pages = [good]
        FarSender.message(far, frames)

    line.on_message = resend_good
    result = line.run(class1.receive(ModemSettings(fax_class="1"), rings_seen=5))
    assert result.ok, result.detail
    assert [f.name for f in line.sent_frames].count("FTT") == 1
    assert far.answers == ["RTN", "MCF"]
    assert result.received == [good] and [p.confirmed for p in result.pages] == [True]


def test_receive_answers_a_repeated_mps_again_and_gets_the_next_page() -> None:
    line = Line()
    sent = [_page(14), _page(15)]
    coded = [encode_page(p) for p in sent]
    far = FarSender(line, coded)
    deaf = [True]

    def lose_first_mcf(frames: list[t30.Frame]) -> None:
        if deaf[0] and any(f.name == "MCF" for f in frames):
            deaf[0] = False  # the first MCF was lost on the line: MPS again
            line.send_frames(t30.command(t30.MPS, x=True))
            return
        FarSender.message(far, frames)

    line.on_message = lose_first_mcf
    result = line.run(class1.receive(ModemSettings(fax_class="1"), rings_seen=2))
    assert result.ok, result.detail
    assert result.received == coded
    assert [f.name for f in line.sent_frames].count("MCF") == 3


def test_receive_nobody_sends() -> None:
    line = Line()
    result = line.run(class1.receive(ModemSettings(fax_class="1"), rings_seen=2))
    assert result.cause is Cause.PROTOCOL and not result.received
    assert [f.name for f in line.sent_frames] == ["DIS", "DIS", "DIS"]


def test_receive_waits_for_rings() -> None:
    line = Line()
    driver = class1.receive(ModemSettings(fax_class="1", answer_rings=2))
    step = next(driver)
    assert isinstance(step, WaitLines) and step.stop_on == ("RING",)
    try:
        driver.send([])
    except StopIteration as stop:
        assert stop.value.cause is Cause.NO_ANSWER
    else:  # pragma: no cover
        raise AssertionError("the driver should end")
    del line


def test_page_is_good() -> None:
    dcs = t30.Dcs("V17", 14400, mr=False)
    data = encode_page(_page(13))
    assert class1.page_is_good(data, dcs)
    assert not class1.page_is_good(b"\xff" * 100, dcs)
    assert not class1.page_is_good(b"", dcs)


def test_cli_serve_takes_class_1() -> None:
    import argparse

    from sivadesk.fax.cli import add_commands

    parser = argparse.ArgumentParser()
    db_opt = argparse.ArgumentParser(add_help=False)
    db_opt.add_argument("--db")
    add_commands(parser.add_subparsers(dest="command"), db_opt)
    for value in ("1", "1.0", "2", "2.0"):
        args = parser.parse_args(["fax", "serve", "--port", "/dev/ttyACM0", "--class", value])
        assert args.fax_class == value
    with pytest.raises(SystemExit):
        parser.parse_args(["fax", "serve", "--port", "/dev/ttyACM0", "--class", "3"])


def test_service_picks_the_driver_by_class() -> None:
    from typing import cast

    from sivadesk.db import Database
    from sivadesk.fax import class2
    from sivadesk.fax.service import FaxService

    no_db = cast(Database, None)  # the constructor does not touch the store
    for value, driver in (("1", class1), ("1.0", class1), ("2", class2), ("2.0", class2)):
        assert FaxService(no_db, "loop://", ModemSettings(fax_class=value)).driver is driver
    with pytest.raises(ValueError, match="not supported"):
        FaxService(no_db, "loop://", ModemSettings(fax_class="3"))


def test_a_received_mix_is_stored_page_by_page_at_its_own_resolution(db: Database) -> None:
    """record_received decodes each page with its own session and keeps each page's resolution: a
    fine page says 196 dpi in the TIFF-F, a standard one 98, and both fill the same paper in the PDF."""
    from io import BytesIO

    import pypdfium2
    from PIL import Image

    from sivadesk.fax.modem import Session
    from sivadesk.models.fax import ReceivedFax
    from sivadesk.models.records import Blob
    from sivadesk.ops import fax

    fine_page, standard_page = _page(50, rows=80), _page(51, rows=40)
    sessions = [Session(fine=True, rate=9600, mr=True), Session(fine=False, rate=9600, mr=False)]
    result = CallResult(
        Cause.OK,
        remote_id="+33 9 87 65 43 21",
        received=[encode_page(fine_page, coding=Coding.MR), encode_page(standard_page, coding=Coding.MH)],
        session=sessions[-1],
        received_sessions=sessions,
    )
    assert result.received_fine == [True, False]
    with db.session() as s:
        info = fax.record_received(s, result)
        assert info.pages == 2 and info.bad_lines == 0
        row = s.get(ReceivedFax, info.id)
        assert row is not None and row.tiff_sha256 and row.pdf_sha256
        tiff, pdf = s.get(Blob, row.tiff_sha256), s.get(Blob, row.pdf_sha256)
        assert tiff is not None and pdf is not None
        image = Image.open(BytesIO(tiff.data))
        for n, (sent, dpi) in enumerate(((fine_page, 196), (standard_page, 98))):
            image.seek(n)
            assert image.info["dpi"] == (204, dpi)
            assert np.array_equal(~np.array(image.convert("1")), sent)
        doc = pypdfium2.PdfDocument(pdf.data)
        try:
            heights = [doc[i].get_size()[1] for i in range(len(doc))]
        finally:
            doc.close()
        assert len(heights) == 2 and abs(heights[0] - heights[1]) < 1.0  # the same paper length
