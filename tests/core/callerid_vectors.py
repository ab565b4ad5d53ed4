"""The public caller-ID vectors (``../shared/testdata/callerid``) and how the decoder tests feed them.

Tests skip with the reason when the shared folder is absent; the data is never copied here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sivadesk.devices.callerid import Event
from sivadesk.devices.callerid.detect import Decoder

PUBLIC_CASES = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "callerid" / "public-cases.json"

#: Bytes a noisy line adds after a record (trailing-noise runs).
NOISE = b"\x00\xff\x13\x11garbage\x7f"


def _load_cases() -> list[dict[str, Any]]:
    if not PUBLIC_CASES.exists():
        return []
    cases: list[dict[str, Any]] = json.loads(PUBLIC_CASES.read_text(encoding="utf-8"))["cases"]
    return cases


CASES = _load_cases()
needs_cases = pytest.mark.skipif(not CASES, reason=f"public caller-ID vectors not found at {PUBLIC_CASES}")


def case(case_id: str) -> dict[str, Any]:
    if not CASES:
        pytest.skip(f"public caller-ID vectors not found at {PUBLIC_CASES}")
    return next(c for c in CASES if c["id"] == case_id)


def raw(c: dict[str, Any]) -> bytes:
    if "raw_hex" in c:
        return bytes.fromhex(c["raw_hex"])
    text: str = c["raw_text"]
    return text.encode("utf-8")


def drain(dec: Decoder) -> list[Event]:
    events: list[Event] = []
    while (event := dec.next_event()) is not None:
        events.append(event)
    return events


def feed(make: Callable[[], Decoder], data: bytes, how: str) -> list[Event]:
    """Feed ``data`` whole, one byte at a time, or followed by noise; then let time pass."""
    dec = make()
    now = 100.0
    if how == "bytes":
        for i in range(len(data)):
            dec.receive_data(data[i : i + 1], now)
            now += 0.001
            assert dec.buffered <= dec.max_buffer
    else:
        dec.receive_data(data, now)
        if how == "noise":
            dec.receive_data(NOISE, now + 0.01)
    dec.receive_data(b"", now + 10.0)
    assert dec.buffered <= dec.max_buffer
    return drain(dec)
