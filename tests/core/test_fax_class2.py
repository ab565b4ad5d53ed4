"""Class 2 and Class 2.0 drivers against the emulated modem on a pty, faults included."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from sivadesk.fax import class2
from sivadesk.fax.emulator import Faults, FaxModemEmulator, Incoming
from sivadesk.fax.modem import CallResult, Cause, Command, ModemSettings, Session, hangup_text
from sivadesk.fax.t4 import PAGE_WIDTH, decode_page, encode_page
from sivadesk.fax.transport import SerialTransport

CLASSES = ["2.0", "2"]


def _pages(n: int = 2, rows: int = 120) -> list[np.ndarray]:
    rng = np.random.default_rng(n)
    out = []
    for i in range(n):
        page = np.zeros((rows, PAGE_WIDTH), dtype=bool)
        for y in range(4, rows - 4, 6):
            for x in rng.integers(100, 1500, size=8):
                page[y : y + 3, x : x + int(rng.integers(5, 120))] = True
        page[i * 3 : i * 3 + 2, :] = True  # pages differ
        out.append(page)
    return out


@pytest.fixture
def modem() -> Iterator[list[FaxModemEmulator]]:
    made: list[FaxModemEmulator] = []
    yield made
    for emu in made:
        emu.stop()


def _run(
    made: list[FaxModemEmulator], fax_class: str, pages: list[np.ndarray], *, first: int = 0, **kw: object
) -> tuple[CallResult, FaxModemEmulator]:
    emu = FaxModemEmulator(fax_class, **kw)  # type: ignore[arg-type]
    made.append(emu)
    port = emu.start()
    settings = ModemSettings(fax_class=fax_class, local_id="+33 4 78 12 34 56")
    with SerialTransport(port) as tr:
        result = tr.run(class2.send(settings, "0478123456", pages, first_page=first))
    return result, emu


@pytest.mark.parametrize("fax_class", CLASSES)
def test_two_pages_arrive_intact_and_confirmed(modem: list[FaxModemEmulator], fax_class: str) -> None:
    pages = _pages()
    result, emu = _run(modem, fax_class, pages)
    assert result.ok, result.detail
    assert result.confirmed_pages == 2 and result.hangup.lstrip("0") == ""
    assert result.remote_id == "+33 4 78 00 00 00"
    assert emu.dialled == ["0478123456"]
    assert any(c.startswith(("+FLI=", "+FLID=")) and "+33 4 78 12 34 56" in c for c in emu.commands)
    for sent, got in zip(pages, emu.received, strict=True):
        assert np.array_equal(decode_page(got).pixels, sent)


@pytest.mark.parametrize("fax_class", CLASSES)
def test_standard_resolution_and_mr_follow_the_negotiated_session(
    modem: list[FaxModemEmulator], fax_class: str
) -> None:
    pages = _pages(1)
    result, emu = _run(modem, fax_class, pages, session="0,3,0,2,1,0,0,3")  # standard, 9600, MR, 10 ms
    assert result.ok, result.detail
    assert result.session == Session(fine=False, rate=9600, mr=True, scan_ms=10)
    decoded = decode_page(emu.received[0], coding="mr")
    assert np.array_equal(decoded.pixels, pages[0][::2])
    assert len(emu.received[0]) * 8 >= 96 * (pages[0].shape[0] // 2)  # every line padded to 96 bits


@pytest.mark.parametrize(
    ("fault", "cause"),
    [
        ("BUSY", Cause.BUSY),
        ("NO CARRIER", Cause.NO_CARRIER),
        ("NO DIALTONE", Cause.NO_DIALTONE),
        ("NO ANSWER", Cause.NO_ANSWER),
        ("11", Cause.NO_ANSWER),
        ("23", Cause.PROTOCOL),
    ],
)
def test_dial_faults_end_the_call_with_their_cause(
    modem: list[FaxModemEmulator], fault: str, cause: Cause
) -> None:
    result, emu = _run(modem, "2.0", _pages(1), faults=Faults(dial=fault))
    assert result.cause is cause
    assert result.detail
    assert result.confirmed_pages == 0 and emu.received == []


@pytest.mark.parametrize("fax_class", CLASSES)
def test_a_rejected_page_is_sent_again_in_the_same_call(
    modem: list[FaxModemEmulator], fax_class: str
) -> None:
    pages = _pages(3)
    result, emu = _run(modem, fax_class, pages, faults=Faults(reject_pages={2: 1}))
    assert result.ok, result.detail
    assert [(p.number, p.status) for p in result.pages] == [(1, "MCF"), (2, "RTN"), (2, "MCF"), (3, "MCF")]
    assert len(emu.received) == 3 and len(emu.attempts) == 4


def test_a_page_rejected_three_times_fails_the_call(modem: list[FaxModemEmulator]) -> None:
    result, _emu = _run(modem, "2.0", _pages(2), faults=Faults(reject_pages={2: 5}))
    assert result.cause is Cause.PROTOCOL and "rejected page 2" in result.detail
    assert result.confirmed_pages == 1


@pytest.mark.parametrize("fax_class", CLASSES)
def test_the_line_dropping_after_a_page_keeps_what_was_confirmed(
    modem: list[FaxModemEmulator], fax_class: str
) -> None:
    result, emu = _run(modem, fax_class, _pages(3), faults=Faults(hangup_after_page=(1, "50")))
    assert result.cause is Cause.PROTOCOL and result.hangup == "50"
    assert result.confirmed_pages == 1 and len(emu.received) == 1


def test_resuming_sends_only_the_remaining_pages(modem: list[FaxModemEmulator]) -> None:
    pages = _pages(3)
    result, emu = _run(modem, "2.0", pages, first=1)
    assert result.ok and [p.number for p in result.pages] == [2, 3]
    assert np.array_equal(decode_page(emu.received[0]).pixels, pages[1])


def test_xoff_held_for_seconds_pauses_the_data_without_losing_it(modem: list[FaxModemEmulator]) -> None:
    pages = _pages(1, rows=400)
    result, emu = _run(modem, "2.0", pages, faults=Faults(xoff_seconds=1.5))
    assert result.ok, result.detail
    assert np.array_equal(decode_page(emu.received[0]).pixels, pages[0])


def test_a_modem_refusing_setup_or_not_answering_is_a_modem_failure(modem: list[FaxModemEmulator]) -> None:
    result, _ = _run(modem, "2.0", _pages(1), faults=Faults(fail_command="+FCLASS=2.0"))
    assert result.cause is Cause.MODEM and "+FCLASS=2.0" in result.detail
    result, _ = _run(modem, "2.0", _pages(1), faults=Faults(silent=True))
    assert result.cause is Cause.MODEM and "no answer" in result.detail


@pytest.mark.parametrize(("fax_class", "msb"), [("2.0", False), ("2", True)])
def test_receiving_answers_after_the_rings_and_keeps_every_page(
    modem: list[FaxModemEmulator], fax_class: str, msb: bool
) -> None:
    pages = _pages(2)
    data = [encode_page(p) for p in pages]
    emu = FaxModemEmulator(fax_class, msb_receive=msb)
    modem.append(emu)
    port = emu.start()
    settings = ModemSettings(
        fax_class=fax_class, answer_rings=2, receive_bit_order="msb" if msb else "lsb",
        receive_trigger="dc1" if fax_class == "2" else "dc2",
    )  # fmt: skip
    with SerialTransport(port) as tr:
        emu.ring(Incoming(data, tsi="+98 21 8888 0000"), rings=2)
        result = tr.run(class2.receive(settings))
    assert result.ok, result.detail
    assert result.remote_id == "+98 21 8888 0000"
    assert [p.confirmed for p in result.pages] == [True, True]
    for page, got in zip(pages, result.received, strict=True):
        assert np.array_equal(decode_page(got).pixels, page)
    assert "A" in emu.commands


def test_a_caller_who_hangs_up_before_we_answer_is_not_a_fax(modem: list[FaxModemEmulator]) -> None:
    emu = FaxModemEmulator("2.0")
    modem.append(emu)
    port = emu.start()
    with SerialTransport(port) as tr:
        emu.ring(Incoming([]), rings=1)
        result = tr.run(class2.receive(ModemSettings(answer_rings=3), ring_timeout=1.0))
    assert result.cause is Cause.NO_ANSWER
    assert "A" not in emu.commands


def test_error_after_a_page_asks_the_page_status_sans_io() -> None:
    """The driver alone, fed scripted answers: ERROR after page data -> AT+FPS? decides."""
    settings = ModemSettings(fax_class="2.0")
    gen = class2.send(settings, "123", _pages(1, rows=8))
    step = next(gen)
    sent: list[str] = []
    answers = {"D": ["+FCO", "+FIS:1,5,0,2,0,0,0,0", "OK"], "+FDT": ["+FCS:1,5,0,2,0,0,0,0", "CONNECT"]}
    fps = iter(["+FPS:3", "OK"])
    try:
        while True:
            if isinstance(step, Command):
                sent.append(step.text)
                if step.text == "+FPS?":
                    reply: object = [next(fps), next(fps)]
                else:
                    reply = answers.get(step.text[:1] if step.text.startswith("D") else step.text, ["OK"])
            else:
                reply = ["ERROR"] if type(step).__name__ == "SendData" else ["+FHS:00", "OK"]
            step = gen.send(reply)
    except StopIteration as stop:
        result = stop.value
    assert "+FPS?" in sent
    assert result.ok and result.pages[0].status == "RTP"  # ERROR, but RTP: the page got through


def test_session_and_hangup_codes_read_like_the_specs() -> None:
    assert Session.parse("1,5,0,2,1,0,0,0") == Session(fine=True, rate=14400, mr=True, scan_ms=0)
    assert Session.parse("0,1,0,0,0,0,0,5").min_bits == 4800 * 20 // 1000
    assert hangup_text("A1") == "RSPREC error" and hangup_text("00") == "normal end of call"
    assert hangup_text("ZZ") == "hang-up code ZZ"


def test_probe_reports_classes_and_model(modem: list[FaxModemEmulator]) -> None:
    emu = FaxModemEmulator("2.0")
    modem.append(emu)
    with SerialTransport(emu.start()) as tr:
        info = tr.run_steps(class2.probe())
    assert info.classes == ("0", "1", "1.0", "2", "2.0", "8") and info.best_class == "2.0"
    assert info.manufacturer == "SivaDesk emulator" and info.model == "Class 2.0 test modem"


@pytest.mark.parametrize(("session", "expect"), [("1,5,0,2,0,0,0,0", "doubled"), ("0,5,0,2,0,0,0,0", "same")])
def test_standard_rasters_are_fitted_to_the_negotiated_resolution(
    modem: list[FaxModemEmulator], session: str, expect: str
) -> None:
    standard = _pages(1, rows=60)[0]
    emu = FaxModemEmulator("2.0", session=session)
    modem.append(emu)
    with SerialTransport(emu.start()) as tr:
        result = tr.run(class2.send(ModemSettings(fax_class="2.0"), "0478123456", [standard], fine=False))
    assert result.ok, result.detail
    got = decode_page(emu.received[0]).pixels
    want = np.repeat(standard, 2, axis=0) if expect == "doubled" else standard
    assert np.array_equal(got, want)
