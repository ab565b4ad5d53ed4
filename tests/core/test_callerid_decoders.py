"""Sans-IO caller-ID decoders: public vectors, whole / byte by byte / trailing noise, fuzzing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sivadesk.devices.callerid import CallerIdEvent, Event, LineEvent, ProtocolError, RingEvent
from sivadesk.devices.callerid.detect import Decoder
from sivadesk.devices.callerid.mdmf import FrameDecoder, decode_frame
from sivadesk.devices.callerid.modem_text import ModemTextDecoder
from sivadesk.devices.callerid.whozz import WhozzDecoder, decode_record

from .callerid_vectors import CASES, needs_cases
from .callerid_vectors import case as _case
from .callerid_vectors import drain as _drain
from .callerid_vectors import feed as _feed
from .callerid_vectors import raw as _raw


def _ids(pred: Callable[[dict[str, Any]], bool]) -> list[str]:
    return [c["id"] for c in CASES if pred(c)] or ["<no public cases>"]


MODEM_TEXT_IDS = _ids(lambda c: c["format"].startswith("modem"))
HEX_LINE_IDS = _ids(lambda c: "ascii-hex" in c["format"])
BINARY_IDS = _ids(lambda c: c["id"].startswith("xdmf-"))
WHOZZ_IDS = _ids(lambda c: c["id"].startswith("wc-"))


def _check(event: Event, expected: dict[str, Any]) -> None:
    assert isinstance(event, CallerIdEvent), event
    for key in ("number", "name", "date", "time", "private", "out_of_area"):
        assert getattr(event, key) == expected[key], (key, event)
    for key in ("line", "direction", "duration_s", "ring_type", "rings", "number_raw", "time_raw"):
        if key in expected:
            assert getattr(event, key) == expected[key], (key, event)
    if "call_type" in expected:
        assert event.call_type == expected["call_type"]
    if "long_distance" in expected:
        assert event.long_distance == expected["long_distance"]
    if "mesg" in expected:
        assert expected["mesg"] in event.mesg
    if "number_label" in expected:
        assert event.extra["number_label"] == expected["number_label"]
    if expected.get("number_is_placeholder"):
        assert event.number_is_placeholder


HOWS = ["whole", "bytes", "noise"]


@needs_cases
@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("case_id", MODEM_TEXT_IDS + HEX_LINE_IDS)
def test_modem_text_public_cases(case_id: str, how: str) -> None:
    case = _case(case_id)
    data = _raw(case) if "raw_text" in case else case["raw_hex"].encode() + b"\r\n"
    events = _feed(ModemTextDecoder, data, how)
    calls = [e for e in events if isinstance(e, CallerIdEvent)]
    assert len(calls) == 1, events
    _check(calls[0], case["expected"])
    assert not [e for e in events if isinstance(e, ProtocolError)]


@needs_cases
@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("case_id", BINARY_IDS)
def test_binary_frames_public_cases(case_id: str, how: str) -> None:
    case = _case(case_id)
    events = _feed(FrameDecoder, _raw(case), how)
    calls = [e for e in events if isinstance(e, CallerIdEvent)]
    if case["expected"]["accept"]:
        assert len(calls) == 1, events
        _check(calls[0], case["expected"])
    else:
        assert calls == []
        errors = [e for e in events if isinstance(e, ProtocolError)]
        assert errors and errors[0].fault == "peer"
        if case["expected"].get("checksum_ok") is False:
            assert "checksum" in errors[0].reason
        if case["expected"].get("truncated") and how != "noise":  # noise soon after completes a bad frame
            assert "timed out" in errors[0].reason


@needs_cases
@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("case_id", WHOZZ_IDS)
def test_whozz_public_cases(case_id: str, how: str) -> None:
    case = _case(case_id)
    raw = _raw(case)
    expected = case["expected"]
    single = decode_record(raw)
    assert isinstance(single, CallerIdEvent)
    _check(single, expected)
    assert single.kind == expected["event"]
    if case["source_kind"] != "vendor-code" or "memory" in case["format"]:
        assert single.popup is ("memory" not in case["format"])
    events = _feed(WhozzDecoder, raw + b"\r\n", how)
    calls = [e for e in events if isinstance(e, CallerIdEvent)]
    assert len(calls) == 1
    _check(calls[0], expected)


def test_modem_text_variants() -> None:
    data = (
        b"\x10R\x10X\r\nRING A\r\n"
        b"DATE=0102\r\nTIME=0304\r\n\x10.\x18NAME=ACME LTD\r\nNMBR=212-555-0100\r\nNMBR = O\r\n"
        b"RING 1\r\nCID RING\r\n"
        b"DATE = 0102\r\nTIME = 0305\r\nNMBR = O\r\n"
        b"DATE = 0102\r\nTIME = 0306\r\nNMBR = PRIVATE\r\n"
    )
    for how in HOWS:
        events = _feed(ModemTextDecoder, data, how)
        rings = [e for e in events if isinstance(e, RingEvent)]
        calls = [e for e in events if isinstance(e, CallerIdEvent)]
        assert [r.cadence for r in rings] == ["A", "1", None]
        assert [c.number for c in calls] == ["2125550100", None, None]
        assert calls[0].name == "ACME LTD"
        assert calls[0].time == "0304"
        assert calls[1].out_of_area and not calls[1].private
        assert calls[2].private


def test_modem_text_record_ends_after_quiet_time_not_before() -> None:
    dec = ModemTextDecoder(quiet_s=0.3)
    dec.receive_data(b"DATE = 0102\r\nTIME = 0304\r\nNMBR = 2125550100\r\n", 1.0)
    dec.receive_data(b"", 1.2)
    assert dec.next_event() is None
    dec.receive_data(b"NAME = LATE NAME\r\n", 1.25)
    dec.receive_data(b"", 1.6)
    event = dec.next_event()
    assert isinstance(event, CallerIdEvent)
    assert event.name == "LATE NAME"


def test_modem_hex_line_with_bad_checksum_is_rejected() -> None:
    bad = b"80200108303332343039303207084A4F484E20444F45020A383030353535313231327D\r\n"
    events = _feed(ModemTextDecoder, bad, "whole")
    assert [type(e) for e in events] == [ProtocolError]
    assert isinstance(events[0], ProtocolError) and "checksum" in events[0].reason


def test_bad_checksum_rejected_and_next_frame_still_decoded() -> None:
    good = bytes.fromhex("802001083035313131383532020A3430373535353030303007084A4F484E20444F4584")
    bad = good[:-1] + bytes([(good[-1] + 1) % 256])
    assert isinstance(decode_frame(bad), ProtocolError)
    events = _feed(FrameDecoder, b"\x55" * 10 + bad + b"\x55" * 10 + good, "whole")
    assert isinstance(events[0], ProtocolError) and "checksum" in events[0].reason
    assert isinstance(events[1], CallerIdEvent) and events[1].name == "JOHN DOE"


def test_malformed_mdmf_parameter_is_rejected() -> None:
    payload = bytes([0x01, 0x08]) + b"05111852" + bytes([0x07, 0x20]) + b"JOHN"
    frame = bytes([0x80, len(payload)]) + payload
    frame += bytes([(-sum(frame)) % 256])
    event = decode_frame(frame)
    assert isinstance(event, ProtocolError) and "runs past" in event.reason


def test_unknown_parameters_are_skipped() -> None:
    payload = bytes([0xE0, 0x02, 0x41, 0x42, 0x02, 0x04]) + b"1234"
    frame = bytes([0x80, len(payload)]) + payload
    frame += bytes([(-sum(frame)) % 256])
    event = decode_frame(frame)
    assert isinstance(event, CallerIdEvent) and event.number == "1234"


def test_whozz_serial_formats() -> None:
    data = (
        b"01 I S 0276 G B3 09/26 11:28 AM 800-240-4637 CallerID.com\r\n"
        b"$01 09/26 02:30 PM 8002404637 I CallerID.com\r\n"
        b"01 R             09/26 11:28:03\r\n"
        b"02 F             09/26 11:29:00\r\n"
        b"0248 02 09/26 13:28 I E 0276 G A3 800-555-1212 AT&T INFORMATIO\r\n"
        b"02 O E 0010 B 00 09/26 12:05 AM Private\r\n"
        b"hello\r\n"
    )
    for how in HOWS:
        events = _feed(WhozzDecoder, data, how)
        calls = [e for e in events if isinstance(e, CallerIdEvent)]
        lines = [e for e in events if isinstance(e, LineEvent)]
        assert [(c.number, c.time, c.popup) for c in calls] == [
            ("8002404637", "1128", True),
            ("8002404637", "1430", True),
            ("8005551212", "1328", False),
            (None, "0005", True),
        ]
        assert calls[1].name == "CallerID.com" and calls[1].format == "whozz-limited"
        assert calls[3].private and calls[3].direction == "out" and calls[3].telco_checksum_ok is False
        assert [(e.line, e.state) for e in lines] == [(1, "ring"), (2, "off_hook")]
        errors = [e for e in events if isinstance(e, ProtocolError)]
        assert len(errors) == 1  # "hello"; the unterminated noise stays buffered


DECODERS: list[Callable[[], Decoder]] = [ModemTextDecoder, FrameDecoder, WhozzDecoder]


@pytest.mark.parametrize("make", DECODERS, ids=lambda m: m.__name__)
@settings(max_examples=200, deadline=None)
@given(chunks=st.lists(st.binary(max_size=400), max_size=8), gaps=st.lists(st.floats(0, 2), max_size=8))
def test_arbitrary_bytes_never_raise_and_buffer_is_capped(
    make: Callable[[], Decoder], chunks: list[bytes], gaps: list[float]
) -> None:
    dec = make()
    now = 0.0
    for i, chunk in enumerate(chunks):
        now += gaps[i] if i < len(gaps) else 0.01
        dec.receive_data(chunk, now)
        assert dec.buffered <= dec.max_buffer
        _drain(dec)


@settings(max_examples=200, deadline=None)
@given(
    number=st.text("0123456789", min_size=1, max_size=20),
    name=st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=15).map(str.strip),
    date=st.sampled_from(["0101", "1231", "0630"]),
    time=st.sampled_from(["0000", "2359", "1200"]),
)
def test_accepted_mdmf_frames_round_trip(number: str, name: str, date: str, time: str) -> None:
    payload = bytes([0x01, 8]) + (date + time).encode() + bytes([0x02, len(number)]) + number.encode()
    if name and name.upper() not in {"O", "P", "NO NAME", "UNAVAILABLE", "OUT-OF-AREA", "OUT OF AREA"}:
        payload += bytes([0x07, len(name)]) + name.encode()
    else:
        name = ""
    frame = bytes([0x80, len(payload)]) + payload
    frame += bytes([(-sum(frame)) % 256])
    events = _feed(FrameDecoder, b"\x55" * 5 + frame, "bytes")
    assert len(events) == 1
    event = events[0]
    assert isinstance(event, CallerIdEvent)
    assert (event.number, event.name or "", event.date, event.time) == (number, name, date, time)
