"""Caller-ID format auto-detection: public vectors detect their format and decode as the decoder alone would."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sivadesk.devices.callerid import FORMATS, CallerIdEvent, Event, FormatDetector, ProtocolError, RingEvent
from sivadesk.devices.callerid.detect import MAX_DETECT_BYTES, Decoder

from .callerid_vectors import CASES, needs_cases
from .callerid_vectors import case as _case

# Public case id prefix -> the FORMATS name that decodes it (DTMF has no public byte-stream cases).
PREFIXES = {
    "modem-": "modem",
    "xdmf-": "mdmf",
    "wc-": "whozz",
    "tci-": "tci",
    "netcid-": "netcid",
    "cn-fsk-": "cnfsk",
}


def _format_and_bytes(case: dict[str, Any]) -> tuple[str, bytes]:
    """The format a port carrying this case is expected to be detected as, and the bytes it sends."""
    if "ascii-hex" in case["format"]:  # AT+VCID=2 hex lines come from a modem
        return "modem", case["raw_hex"].encode() + b"\r\n"
    fmt = next(name for prefix, name in PREFIXES.items() if case["id"].startswith(prefix))
    data = bytes.fromhex(case["raw_hex"]) if "raw_hex" in case else case["raw_text"].encode("utf-8")
    if fmt == "whozz":
        data += b"\r\n"
    return fmt, data


CASE_IDS = [c["id"] for c in CASES if any(c["id"].startswith(p) for p in PREFIXES)] or ["<no public cases>"]


def _run(dec: Decoder, data: bytes, how: str) -> list[Event]:
    now = 100.0
    if how == "bytes":
        for i in range(len(data)):
            dec.receive_data(data[i : i + 1], now)
            now += 0.001
            assert dec.buffered <= dec.max_buffer
    else:
        dec.receive_data(data, now)
    dec.receive_data(b"", now + 10.0)
    assert dec.buffered <= dec.max_buffer
    events: list[Event] = []
    while (event := dec.next_event()) is not None:
        events.append(event)
    return events


@needs_cases
@pytest.mark.parametrize("how", ["whole", "bytes"])
@pytest.mark.parametrize("case_id", CASE_IDS)
def test_public_cases_detect_their_format_and_decode_the_same(case_id: str, how: str) -> None:
    fmt, data = _format_and_bytes(_case(case_id))
    alone = _run(FORMATS[fmt](), data, how)
    detector = FormatDetector()
    events = _run(detector, data, how)
    if all(isinstance(e, ProtocolError) for e in alone):
        # Rejected input (bad checksum, truncated frame): no format shows itself, nothing is claimed.
        assert detector.detected is None
        assert events == []
    else:
        assert detector.detected == fmt
        assert events == alone


@needs_cases
def test_stream_of_records_after_line_noise_is_detected_without_losing_records() -> None:
    records = [c for c in CASES if c["id"].startswith("modem-ncid-")][:3]
    data = b"\x00\xff\x13garbage!\r\n" + b"".join(_format_and_bytes(c)[1] for c in records)
    detector = FormatDetector()
    events = _run(detector, data, "bytes")
    assert detector.detected == "modem"
    calls = [e for e in events if isinstance(e, CallerIdEvent)]
    assert len(calls) == len(records)
    assert any(isinstance(e, RingEvent) for e in events)


def test_forced_format_skips_detection() -> None:
    record = "01      9/04      1:29 PM       212-555-4000           ACME LTD".ljust(70).encode()
    detector = FormatDetector(forced="tci")
    assert detector.detected == "tci"
    events = _run(detector, record + b"\r\n", "whole")
    assert events == _run(FORMATS["tci"](), record + b"\r\n", "whole")
    assert [type(e) for e in events] == [CallerIdEvent]
    # Forced means no second-guessing: modem text on a TCI port is rejected, not re-detected.
    forced = FormatDetector(forced="tci")
    events = _run(forced, b"RING\r\nDATE = 0102\r\nTIME = 0304\r\nNMBR = 2125550100\r\n", "whole")
    assert forced.detected == "tci"
    assert events and all(isinstance(e, ProtocolError) for e in events)


def test_unknown_format_is_our_mistake() -> None:
    with pytest.raises(ValueError, match="unknown caller-ID format"):
        FormatDetector(forced="teletype")
    # DTMF and Ethernet Link are chosen, never sniffed.
    assert "dtmf" not in FORMATS and "ethernet" not in FORMATS
    assert FormatDetector(forced="dtmf").detected == "dtmf"
    assert set(FORMATS) == {"modem", "mdmf", "whozz", "tci", "netcid", "cnfsk", "yes", "comdial"}


# Line noise with no letters, digits, NetCallerID '#' or SDMF/MDMF type bytes can carry no record of any format.
_NOISE_BYTES = sorted(
    set(range(256)) - set(b"#0123456789") - {0x04, 0x80} - set(range(65, 91)) - set(range(97, 123))
)


@settings(max_examples=200, deadline=None)
@given(
    chunks=st.lists(
        st.binary(max_size=600).map(lambda b: bytes(_NOISE_BYTES[x % len(_NOISE_BYTES)] for x in b))
    )
)
def test_noise_detects_nothing_never_raises_and_stays_capped(chunks: list[bytes]) -> None:
    detector = FormatDetector()
    now = 0.0
    for chunk in chunks:
        detector.receive_data(chunk, now)
        now += 0.7
        assert detector.buffered <= MAX_DETECT_BYTES
        assert detector.next_event() is None
    detector.receive_data(b"", now + 60.0)
    assert detector.detected is None
    assert detector.next_event() is None
    assert detector.buffered == 0


@settings(max_examples=200, deadline=None)
@given(chunks=st.lists(st.binary(max_size=600)))
def test_arbitrary_bytes_never_raise_and_buffer_is_capped(chunks: list[bytes]) -> None:
    detector = FormatDetector()
    now = 0.0
    for chunk in chunks:
        detector.receive_data(chunk, now)
        now += 0.3
        assert detector.buffered <= detector.max_buffer
        while detector.next_event() is not None:
            pass
    assert detector.detected is None or detector.detected in FORMATS
