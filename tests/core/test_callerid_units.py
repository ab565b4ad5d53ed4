"""YES Tele Identifier, Comdial DSU II, Ethernet Link and Whozz Basic decoders, and round trips of every
simulator encoder through its decoder: whole / byte by byte / trailing noise, malformed input, fuzzing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import string
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sivadesk.devices.callerid import CallerIdEvent, Event, LineEvent, ProtocolError, RingEvent, StatusEvent
from sivadesk.devices.callerid.comdial import ComdialDecoder, decode_message
from sivadesk.devices.callerid.detect import ALL_FORMATS, FormatDetector
from sivadesk.devices.callerid.ethernet import EthernetLinkDecoder, decode_packet, parse_packet
from sivadesk.devices.callerid.simulate import DECODER_FOR, ENCODERS, SimCall, encode, ethernet_packet
from sivadesk.devices.callerid.whozz import decode_record as decode_whozz
from sivadesk.devices.callerid.yestele import YesTeleDecoder, decode_line

from .callerid_vectors import CASES, drain, feed, needs_cases
from .callerid_vectors import case as _case

HOWS = ["whole", "bytes", "noise"]

# The vendor's own example of two calls in event mode (yes-tele.com "Caller ID Output Examples").
YES_SESSION = (
    b"+2,4,002\r\n+5,3,002\r\n+5,4,002\r\n+5,4,002\r\n+5,7,002\r\n+5,6,002\r\n+5,6,002\r\n+5,5,002\r\n"
    b"+2,1,001\r\n+2,2,001\r\n+1,9543440584,Y E S SOFTWARE ,001\r\n+2,1,001\r\n+2,2,001\r\n+2,3,001\r\n"
    b"+2,0,002\r\n+2,0,001\r\n"
)


def _calls(events: list[Event]) -> list[CallerIdEvent]:
    return [e for e in events if isinstance(e, CallerIdEvent)]


# -- YES Tele Identifier -------------------------------------------------------------------------


@pytest.mark.parametrize("how", HOWS)
def test_yes_vendor_session(how: str) -> None:
    events = feed(YesTeleDecoder, YES_SESSION, how)
    assert not [e for e in events if isinstance(e, ProtocolError)]
    (outgoing,) = [c for c in _calls(events) if c.direction == "out"]
    (incoming,) = [c for c in _calls(events) if c.direction == "in"]
    assert (outgoing.number, outgoing.direction, outgoing.line) == ("3447665", "out", 2)
    assert (incoming.number, incoming.name, incoming.line, incoming.direction) == (
        "9543440584",
        "Y E S SOFTWARE",
        1,
        "in",
    )
    states = [(e.line, e.state, e.direction) for e in events if isinstance(e, LineEvent)]
    assert states == [
        (2, "off_hook", "out"),
        (1, "ring", None),
        (1, "ring", None),
        (1, "off_hook", "in"),
        (2, "on_hook", None),
        (1, "on_hook", None),
    ]
    # The dialled number comes before the on-hook that ended the outgoing call.
    assert events.index(outgoing) < events.index(
        next(e for e in events if isinstance(e, LineEvent) and e.line == 2 and e.state == "on_hook")
    )


def test_yes_dialled_digits_end_after_a_pause_and_not_on_incoming_calls() -> None:
    dec = YesTeleDecoder()
    dec.receive_data(b"+2,4,003\r\n+5,1,003\r\n+5,2,003\r\n", 0.0)
    dec.receive_data(b"", 1.0)
    assert _calls(drain(dec)) == []
    dec.receive_data(b"", 10.0)
    (call,) = _calls(drain(dec))
    assert call.number == "12" and call.line == 3
    dec.receive_data(b"+2,1,004\r\n+2,3,004\r\n+5,9,004\r\n+2,0,004\r\n", 20.0)
    dec.receive_data(b"", 40.0)
    assert _calls(drain(dec)) == []  # menu digits pressed during an incoming call are not a number


def test_yes_detail_error_and_notices() -> None:
    detail = decode_line(b"+6,0101112000,9543440584,Y E S SOFTWARE ,2,00066,001")
    assert isinstance(detail, CallerIdEvent)
    assert (detail.date, detail.time, detail.rings, detail.duration_s, detail.line) == (
        "0101",
        "1120",
        2,
        66,
        1,
    )
    out = decode_line(b"+6,0101115900,3447665, ,O,00012,002")
    assert isinstance(out, CallerIdEvent) and out.direction == "out" and out.rings is None
    err = decode_line(b"+8,2,003")
    assert isinstance(err, StatusEvent) and err.line == 3 and "no signal" in (err.detail or "")
    assert decode_line(b"+7,3,001") == LineEvent(1, "off_hook", raw=b"+7,3,001", direction="in")
    assert decode_line(b"+2,5,003") is None  # ring stop with a distinctive ring
    assert decode_line(b"ATS1") is None and decode_line(b"OK") is None
    private = decode_line(b"+1,P,               ,002")
    assert isinstance(private, CallerIdEvent) and private.private and private.number is None


@pytest.mark.parametrize("line", [b"+1,9543440584,NAME,01", b"+2,x,001", b"hello", b"+5,3,2", b"+6,01,1,2,3"])
def test_yes_malformed_rejected_with_logged_reason(line: bytes, caplog: pytest.LogCaptureFixture) -> None:
    dec = YesTeleDecoder()
    with caplog.at_level(logging.WARNING, logger="sivadesk.devices.callerid.yestele"):
        dec.receive_data(line + b"\r\n", 0.0)
    (event,) = drain(dec)
    assert isinstance(event, ProtocolError) and event.reason
    assert "rejected" in caplog.text


# -- Comdial DSU II ------------------------------------------------------------------------------

# The manual's four typical messages (IMI66-132, "Caller ID data distribution").
COMDIAL_SESSION = b"><1051-804-978-2200 \r\n><21210\r\n><31512\r\n><405\r\n"


@pytest.mark.parametrize("how", HOWS)
def test_comdial_manual_messages(how: str) -> None:
    events = feed(ComdialDecoder, COMDIAL_SESSION, how)
    cid, answered, seized, idle = events
    assert isinstance(cid, CallerIdEvent) and (cid.number, cid.line, cid.number_raw) == (
        "18049782200",
        5,
        "1-804-978-2200",
    )
    assert answered == LineEvent(12, "off_hook", raw=b"><21210", desk="10", direction="in")
    assert seized == LineEvent(15, "off_hook", raw=b"><31512", desk="12", direction=None)
    assert idle == LineEvent(5, "on_hook", raw=b"><405")


@pytest.mark.parametrize(
    "line", [b"><5011", b"><1xx123", b"><2123", b"><4", b"SMDR 12 34", b"><1051-804-PIZZA-HUT"]
)
def test_comdial_malformed_rejected(line: bytes) -> None:
    event = decode_message(line)
    assert isinstance(event, ProtocolError) and event.reason


def test_comdial_private() -> None:
    event = decode_message(b"><103PRIVATE        ")
    assert isinstance(event, CallerIdEvent) and event.private and event.line == 3


# -- Ethernet Link -------------------------------------------------------------------------------


@needs_cases
def test_ethernet_public_packet_header_numbers() -> None:
    c = _case("wc-el-udp-packet")
    event = decode_packet(bytes.fromhex(c["raw_hex"]))
    assert isinstance(event, CallerIdEvent)
    exp = c["expected"]
    assert (event.number, event.name, event.date, event.time, event.line) == (
        exp["number"],
        exp["name"],
        exp["date"],
        exp["time"],
        exp["line"],
    )
    assert (
        event.kind == exp["event"] and event.duration_s == exp["duration_s"] and event.rings == exp["rings"]
    )
    assert event.extra["unit_number"] == str(exp["unit_number"]) and event.extra["serial_number"] == str(
        exp["serial_number"]
    )
    assert event.extra["header_valid"] == "1"


@needs_cases
@pytest.mark.parametrize("case_id", [c["id"] for c in CASES if c["id"].startswith("wc-el")] or ["<none>"])
def test_ethernet_public_cases(case_id: str) -> None:
    c = _case(case_id)
    raw = bytes.fromhex(c["raw_hex"]) if "raw_hex" in c else c["raw_text"].encode()
    event = decode_packet(raw)
    assert isinstance(event, CallerIdEvent)
    for key in (
        "number",
        "name",
        "date",
        "time",
        "line",
        "direction",
        "private",
        "out_of_area",
        "duration_s",
        "rings",
    ):
        assert getattr(event, key) == c["expected"][key], key
    if "header_valid" in c["expected"]:
        assert event.extra["header_valid"] == ("1" if c["expected"]["header_valid"] else "0")


def test_ethernet_duplicates_suppressed_within_window() -> None:
    packet = ethernet_packet("01 I S 0000 G A1 03/02 02:05 PM 770-263-7111   CALLERID.COM   ")
    dec = EthernetLinkDecoder(duplicate_window_s=10.0)
    for at in (0.0, 0.1, 0.5, 9.0):
        dec.receive_data(packet, at)
    assert len(drain(dec)) == 1 and dec.duplicates == 3
    dec.receive_data(packet, 25.0)  # the same record long after: a new event
    assert len(drain(dec)) == 1
    other_unit = ethernet_packet("01 I S 0000 G A1 03/02 02:05 PM 770-263-7111   CALLERID.COM   ", unit=7)
    dec.receive_data(other_unit, 25.1)
    assert len(drain(dec)) == 1


@pytest.mark.parametrize(
    "packet",
    [
        b"hello",
        b"^^Id-V",
        b"^^<U>\x00\x00\x00\x00\x00\x01<S>\x00\x00\x00\x00\x00\x01$garbage record",
        b"x" * 600,
    ],
)
def test_ethernet_malformed_rejected(packet: bytes) -> None:
    dec = EthernetLinkDecoder()
    dec.receive_data(packet, 0.0)
    (event,) = drain(dec)
    assert isinstance(event, ProtocolError) and event.reason


def test_ethernet_detail_packet() -> None:
    event = decode_packet(ethernet_packet("01 F             03/02 14:05:09"))
    assert event == LineEvent(
        1, "off_hook", "0302", "1405", raw=ethernet_packet("01 F             03/02 14:05:09")
    )
    assert parse_packet(b"^^<U>000001<S>585858$x") == parse_packet(b"^^<U>000001<S>585858$x")


# -- Whozz Basic ---------------------------------------------------------------------------------


def test_whozz_basic_space_padded_record() -> None:
    event = decode_whozz(b"02 I S 0000 G A0  9/26  1:28 AM 770-263-7111   CALLERID.COM   ")
    assert isinstance(event, CallerIdEvent)
    assert (event.date, event.time, event.number, event.line, event.rings) == (
        "0926",
        "0128",
        "7702637111",
        2,
        0,
    )
    etsi = decode_whozz(b"01 I S 0000 G A0 12/01 11:59 PM 01632960123")
    assert isinstance(etsi, CallerIdEvent) and etsi.time == "2359" and etsi.number == "01632960123"
    private = decode_whozz(b"01 I S 0000 G A0 12/01 11:59 PM Private")
    assert isinstance(private, CallerIdEvent) and private.private


# -- every encoder round-trips through its decoder, and auto-detection ---------------------------

_NAME_CHARS = string.ascii_letters + string.digits + " .&'-"
names = (
    st.text(_NAME_CHARS, min_size=1, max_size=15)
    .map(str.strip)
    .filter(
        lambda n: (
            bool(n)
            and n.upper() not in {"O", "P", "NO NAME", "UNAVAILABLE", "UNKNOWN", "PRIVATE"}
            and "  " not in n
        )
    )
)
calls = st.builds(
    SimCall,
    number=st.one_of(
        st.none(), st.text("0123456789", min_size=7, max_size=11).filter(lambda d: d[0] != "0" or len(d) > 7)
    ),
    name=st.one_of(st.none(), names),
    when=st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 12, 31)).map(
        lambda t: t.replace(second=0, microsecond=0)
    ),
    line=st.integers(1, 9),
    reason=st.sampled_from(["private", "unavailable"]),
)

# What each format carries (the rest is lost by the unit, not by us).
_HAS_NAME = {
    "modem",
    "modem-hex",
    "mdmf",
    "whozz",
    "whozz-limited",
    "whozz-basic",
    "tci",
    "netcid",
    "yes",
    "ethernet",
}
_HAS_STAMP = {
    "modem",
    "modem-hex",
    "mdmf",
    "sdmf",
    "whozz",
    "whozz-limited",
    "whozz-basic",
    "tci",
    "netcid",
    "cnfsk",
    "ethernet",
}
_HAS_LINE = {"whozz", "whozz-limited", "whozz-basic", "tci", "yes", "comdial", "ethernet"}


def _decode_frames(fmt: str, frames: list[bytes]) -> list[Event]:
    dec = ALL_FORMATS[DECODER_FOR.get(fmt, fmt)]()
    now = 0.0
    for frame in frames:
        dec.receive_data(frame, now)
        now += 0.05
    dec.receive_data(b"", now + 30.0)
    return drain(dec)


@pytest.mark.parametrize("fmt", list(ENCODERS))
@settings(max_examples=60)
@given(call=calls)
def test_encoders_round_trip(fmt: str, call: SimCall) -> None:
    if call.number is None and fmt == "whozz-limited":
        call = dataclasses.replace(call, reason="private")
    events = _decode_frames(fmt, encode(fmt, call))
    assert not [e for e in events if isinstance(e, ProtocolError)], events
    first = _calls(events)[0]
    assert first.number == call.number
    if call.number is None:
        assert first.reason == call.reason or (fmt in {"netcid"} and first.reason is None)
    if fmt in _HAS_NAME and call.name:
        assert first.name == call.name
    if fmt in _HAS_STAMP:
        assert (first.date, first.time) == (call.when.strftime("%m%d"), call.when.strftime("%H%M"))
    if fmt in _HAS_LINE:
        assert first.line == call.line


@pytest.mark.parametrize("fmt", [f for f in ENCODERS if f not in ("dtmf", "ethernet")])
def test_every_serial_format_is_auto_detected(fmt: str) -> None:
    detector = FormatDetector()
    for frame in encode(fmt, SimCall(number="0612345678", name="Claire Martin", line=2)):
        detector.receive_data(frame, 0.0)
    assert detector.detected == DECODER_FOR.get(fmt, fmt)
    assert _calls(drain(detector))


# -- fuzzing: no exception escapes, buffers stay capped ----------------------------------------


@pytest.mark.parametrize("make", [YesTeleDecoder, ComdialDecoder, EthernetLinkDecoder])
@settings(max_examples=150)
@given(chunks=st.lists(st.binary(max_size=300), max_size=12))
def test_fuzz_new_decoders(make: Any, chunks: list[bytes]) -> None:
    dec = make()
    now = 0.0
    for chunk in chunks:
        dec.receive_data(chunk, now)
        now += 0.3
        assert dec.buffered <= dec.max_buffer + 32 * 4
        while (event := dec.next_event()) is not None:
            assert isinstance(event, CallerIdEvent | RingEvent | LineEvent | ProtocolError | StatusEvent)


_YES_ALPHABET = b"+0123456789,OPAT \r\nYES"
_COMDIAL_ALPHABET = b"><0123456789- PRIVATE\r\n"


@settings(max_examples=200)
@given(data=st.binary(max_size=400))
def test_fuzz_structured_inputs(data: bytes) -> None:
    for alphabet, make in ((_YES_ALPHABET, YesTeleDecoder), (_COMDIAL_ALPHABET, ComdialDecoder)):
        dec = make()
        dec.receive_data(bytes(alphabet[b % len(alphabet)] for b in data), 0.0)
        dec.receive_data(b"", 100.0)
        for event in drain(dec):
            if isinstance(event, CallerIdEvent) and event.number is not None:
                assert event.number.isdigit()


@pytest.mark.parametrize("how", HOWS)
def test_whozz_basic_stream(how: str) -> None:
    from sivadesk.devices.callerid.whozz import WhozzDecoder

    data = b"02 I S 0000 G A0  9/26  1:28 AM 770-263-7111   CALLERID.COM   \r\n"
    events = feed(WhozzDecoder, data, how)
    (call,) = _calls(events)
    assert (call.number, call.name, call.date, call.time, call.line) == (
        "7702637111",
        "CALLERID.COM",
        "0926",
        "0128",
        2,
    )
