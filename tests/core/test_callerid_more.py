"""TCI, NetCallerID and Chinese FSK module decoders: public vectors, whole / byte by byte / trailing noise, fuzzing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sivadesk.devices.callerid import CallerIdEvent, Event, ProtocolError, RingEvent, StatusEvent
from sivadesk.devices.callerid.cnfsk import CnFskDecoder, decode_line
from sivadesk.devices.callerid.detect import Decoder
from sivadesk.devices.callerid.dtmf import DtmfDecoder, decode_message
from sivadesk.devices.callerid.netcid import NetCallerIdDecoder
from sivadesk.devices.callerid.netcid import decode_record as decode_netcid
from sivadesk.devices.callerid.tci import TciDecoder
from sivadesk.devices.callerid.tci import decode_record as decode_tci

from .callerid_vectors import CASES, needs_cases
from .callerid_vectors import case as _case
from .callerid_vectors import drain as _drain
from .callerid_vectors import feed as _feed


def _ids(prefix: str) -> list[str]:
    return [c["id"] for c in CASES if c["id"].startswith(prefix)] or ["<no public cases>"]


HOWS = ["whole", "bytes", "noise"]


def _check(event: Event, expected: dict[str, Any]) -> None:
    assert isinstance(event, CallerIdEvent), event
    assert event.kind == expected["event"]
    for key in ("number", "name", "date", "time", "private", "out_of_area", "line", "direction"):
        assert getattr(event, key) == expected[key], (key, event)
    for key in ("number_raw", "name_raw"):
        if key in expected:
            assert getattr(event, key) == expected[key], (key, event)


def _run_case(make: Callable[[], Decoder], case_id: str, how: str) -> list[Event]:
    case = _case(case_id)
    raw: bytes = case["raw_text"].encode("utf-8")
    events = _feed(make, raw, how)
    assert not [e for e in events if isinstance(e, ProtocolError)], events
    expected = case["expected"]
    calls = [e for e in events if isinstance(e, CallerIdEvent)]
    if expected["event"] == "call":
        assert len(calls) == 1, events
        _check(calls[0], expected)
    else:
        assert calls == [], events
    return events


@needs_cases
@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("case_id", _ids("tci-"))
def test_tci_public_cases(case_id: str, how: str) -> None:
    events = _run_case(TciDecoder, case_id, how)
    assert len(events) == 1
    assert isinstance(events[0], CallerIdEvent) and events[0].format == "tci"


@needs_cases
@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("case_id", _ids("netcid-"))
def test_netcid_public_cases(case_id: str, how: str) -> None:
    events = _run_case(NetCallerIdDecoder, case_id, how)
    assert len(events) == 1
    expected = _case(case_id)["expected"]
    if not expected["accept"]:
        assert isinstance(events[0], StatusEvent) and events[0].kind == expected["event"]


@needs_cases
@pytest.mark.parametrize("how", HOWS)
@pytest.mark.parametrize("case_id", _ids("cn-fsk-"))
def test_cn_fsk_public_cases(case_id: str, how: str) -> None:
    events = _run_case(CnFskDecoder, case_id, how)
    assert len(events) == 1
    event = events[0]
    kind = _case(case_id)["expected"]["event"]
    if kind == "ring":
        assert isinstance(event, RingEvent)
    elif kind == "device_status":
        assert isinstance(event, StatusEvent) and event.kind == "device_status"
    else:
        assert isinstance(event, CallerIdEvent)


TCI_GOOD = "01      9/05     11:17 AM       702-555-1145           CARD SERVICES  "


def test_tci_trimmed_trailing_spaces_and_stream_of_records() -> None:
    data = (TCI_GOOD.rstrip() + "\r\n" + "02     12/31     12:59 PM        OUT-OF-AREA\r\n").encode()
    for how in HOWS:
        events = _feed(TciDecoder, data, how)
        assert [
            (e.line, e.number, e.date, e.time, e.out_of_area) for e in events if isinstance(e, CallerIdEvent)
        ] == [
            (1, "7025551145", "0905", "1117", False),
            (2, None, "1231", "1259", True),
        ]


@pytest.mark.parametrize(
    "line",
    [
        TCI_GOOD + "X",  # 71 characters
        "hello",
        "01      9/05     11:17 XM       702-555-1145           CARD SERVICES  ",
        "0A      9/05     11:17 AM       702-555-1145           CARD SERVICES  ",
        "01      9/05     11:17 AM       702-555-1145  XXXXX    CARD SERVICES  ",
    ],
)
def test_malformed_tci_records_are_rejected(line: str) -> None:
    assert isinstance(decode_tci(line.encode()), ProtocolError)
    events = _feed(TciDecoder, line.encode() + b"\r\n" + TCI_GOOD.encode() + b"\r\n", "whole")
    assert isinstance(events[0], ProtocolError) and events[0].fault == "peer"
    assert isinstance(events[1], CallerIdEvent) and events[1].name == "CARD SERVICES"


def test_tci_invalid_date_and_time_keep_raw() -> None:
    event = decode_tci(b"01     13/05     11:77 AM       702-555-1145           CARD SERVICES  ")
    assert isinstance(event, CallerIdEvent)
    assert (event.date, event.time, event.date_raw) == (None, None, "1305")


NETCID_GOOD = b"###DATE08082225...NMBR14075551212...NAMEJOHN+++\r"


@pytest.mark.parametrize(
    "record",
    [
        b"###DATE0808...NAMEJOHN+++",  # no NMBR
        b"###hello+++",
        b"###NMBR123...DATE08082225...NAMEJOHN+++",  # fields out of order
    ],
)
def test_malformed_netcid_records_are_rejected(record: bytes) -> None:
    assert isinstance(decode_netcid(record), ProtocolError)
    events = _feed(NetCallerIdDecoder, record + b"\r" + NETCID_GOOD, "whole")
    assert isinstance(events[0], ProtocolError) and events[0].fault == "peer"
    assert isinstance(events[1], CallerIdEvent) and events[1].name == "JOHN"


def test_netcid_partial_record_times_out_and_interrupted_record_is_rejected() -> None:
    dec = NetCallerIdDecoder(timeout_s=1.0)
    dec.receive_data(b"###DATE0808", 1.0)
    dec.receive_data(b"", 1.5)
    assert dec.next_event() is None
    dec.receive_data(b"", 2.5)
    event = dec.next_event()
    assert isinstance(event, ProtocolError) and "timed out" in event.reason
    assert dec.buffered == 0
    events = _feed(NetCallerIdDecoder, b"###DATE0808" + NETCID_GOOD, "whole")
    assert isinstance(events[0], ProtocolError) and "interrupted" in events[0].reason
    assert isinstance(events[1], CallerIdEvent) and events[1].number == "14075551212"


def test_netcid_message_waiting_on_and_bad_date() -> None:
    event = decode_netcid(b"###DATE...NMBR...NAME-MSG ON-+++")
    assert isinstance(event, StatusEvent) and event.kind == "mwi_on"
    call = decode_netcid(b"###DATE1399...NMBR4075551212...NAMEX+++")
    assert isinstance(call, CallerIdEvent)
    assert (call.date, call.time, call.date_raw, call.number) == (None, None, "1399", "4075551212")


@pytest.mark.parametrize("line", [b"ATF 0208", b"ATF 02080911ABC", b"hello", b"ATRINGX"])
def test_malformed_cn_fsk_lines_are_rejected(line: bytes) -> None:
    assert isinstance(decode_line(line), ProtocolError)
    events = _feed(CnFskDecoder, line + b"\n" + b"ATF 0208091115018749403\n", "whole")
    assert isinstance(events[0], ProtocolError) and events[0].fault == "peer"
    assert isinstance(events[1], CallerIdEvent) and events[1].number == "15018749403"


def test_overlong_lines_are_rejected_and_buffers_stay_capped() -> None:
    for make in (TciDecoder, CnFskDecoder):
        dec = make()
        dec.receive_data(b"A" * 1000 + b"\nATRING\n", 0.0)
        assert dec.buffered <= dec.max_buffer
        events = _drain(dec)
        assert isinstance(events[0], ProtocolError) and "longer" in events[0].reason
    net = NetCallerIdDecoder()
    net.receive_data(b"###" + b"A" * 1000 + NETCID_GOOD, 0.0)
    assert net.buffered <= net.max_buffer
    events = _drain(net)
    assert isinstance(events[0], ProtocolError) and "longer" in events[0].reason
    assert isinstance(events[-1], CallerIdEvent) and events[-1].name == "JOHN"


@pytest.mark.parametrize(
    ("digits", "number", "reason", "extra"),
    [
        (b"A12345678#", "12345678", None, {}),  # Denmark
        (b"D1#", None, "private", {"d_code": "1"}),
        (b"D2#", None, "unavailable", {"d_code": "2"}),
        (b"D3#", None, "unavailable", {"d_code": "3"}),
        (b"A0701234567C", "0701234567", None, {}),  # Sweden, India
        (b"A0701234567D0812345C", "0701234567", None, {"redirecting": "0812345"}),
        (b"B10C", None, "private", {"info_code": "10"}),
        (b"B00C", None, "unavailable", {"info_code": "00"}),
        (b"D0000000000C", "0000000000", None, {}),  # Netherlands unknown caller
        (b"1 2\r\nA0,70 123\r\n4567C", "0701234567", None, {}),  # stray digits before the start, separators
    ],
)
def test_dtmf_messages(digits: bytes, number: str | None, reason: str | None, extra: dict[str, str]) -> None:
    for how in HOWS:
        events = _feed(DtmfDecoder, digits, how)
        assert len(events) == 1, events
        event = events[0]
        assert isinstance(event, CallerIdEvent) and event.format == "dtmf"
        assert (event.number, event.reason, event.extra) == (number, reason, extra)
        assert event.number_is_placeholder is (number == "0000000000")


@pytest.mark.parametrize("message", [b"A12*34C", b"B1C", b"B100C", b"AC", b"A12A34C", b"A12B10C", b"XY"])
def test_malformed_dtmf_messages_are_rejected(message: bytes) -> None:
    assert isinstance(decode_message(message), ProtocolError)


def test_dtmf_stream_timeouts_and_interruptions() -> None:
    dec = DtmfDecoder(timeout_s=0.5)
    for i, digit in enumerate(b"A123"):
        dec.receive_data(bytes([digit]), 1.0 + 0.14 * i)
    dec.receive_data(b"", 1.6)
    assert dec.next_event() is None
    dec.receive_data(b"", 2.5)
    event = dec.next_event()
    assert isinstance(event, ProtocolError) and "timed out" in event.reason
    events = _feed(DtmfDecoder, b"A123A4567C", "whole")
    assert isinstance(events[0], ProtocolError) and "interrupted" in events[0].reason
    assert isinstance(events[1], CallerIdEvent) and events[1].number == "4567"
    events = _feed(DtmfDecoder, b"A12x" + b"A" + b"1" * 100 + b"C", "whole")
    assert isinstance(events[0], ProtocolError) and "not a DTMF digit" in events[0].reason
    assert isinstance(events[1], ProtocolError) and "longer" in events[1].reason
    assert len(events) == 2


@settings(max_examples=200, deadline=None)
@given(number=st.text("0123456789", min_size=1, max_size=20), end=st.sampled_from([b"C", b"#"]))
def test_accepted_dtmf_messages_round_trip(number: str, end: bytes) -> None:
    events = _feed(DtmfDecoder, b"A" + number.encode() + end, "bytes")
    assert len(events) == 1 and isinstance(events[0], CallerIdEvent)
    assert events[0].number == number


DECODERS: list[Callable[[], Decoder]] = [TciDecoder, NetCallerIdDecoder, CnFskDecoder, DtmfDecoder]


@pytest.mark.parametrize("make", DECODERS, ids=lambda m: m.__name__)
@settings(max_examples=200, deadline=None)
@given(
    chunks=st.lists(
        st.one_of(
            st.binary(max_size=400),
            st.sampled_from(
                [b"###", b"+++", b"...NMBR", b"\r\n", b"ATF 0", b"01   ", b"A", b"B10", b"C", b"#"]
            ),
        ),
        max_size=12,
    ),
    gaps=st.lists(st.floats(0, 3), max_size=12),
)
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
    line=st.integers(0, 99),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    hour=st.integers(0, 23),
    minute=st.integers(0, 59),
    number=st.text("0123456789", min_size=7, max_size=15),
    name=st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=15),
)
def test_accepted_tci_and_netcid_records_round_trip(
    line: int, month: int, day: int, hour: int, minute: int, number: str, name: str
) -> None:
    ampm = "PM" if hour >= 12 else "AM"
    tci = f"{line:02d}     {month:>2}/{day:>2}     {(hour % 12) or 12:>2}:{minute:02d} {ampm}    {number:>15}           {name:<15}"
    expected = (number, f"{month:02d}{day:02d}", f"{hour:02d}{minute:02d}")
    events = _feed(TciDecoder, tci.encode() + b"\r\n", "bytes")
    assert len(events) == 1 and isinstance(events[0], CallerIdEvent)
    if events[0].name is not None:
        assert events[0].name == name
    assert (events[0].number, events[0].date, events[0].time, events[0].line) == (*expected, line)
    net = f"###DATE{expected[1]}{expected[2]}...NMBR{number}...NAME{name}+++\r".encode()
    events = _feed(NetCallerIdDecoder, net, "bytes")
    assert len(events) == 1 and isinstance(events[0], CallerIdEvent)
    assert (events[0].number, events[0].date, events[0].time) == expected
