"""Transport on real pseudo-terminals and loopback UDP: init strings reach the emulated modem, events are
decoded, an unplugged port is read again within 3 s of coming back, modem resets re-send the init strings,
Ethernet Link duplicates are dropped."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sivadesk.devices.callerid import CallerIdEvent, Event, LineEvent
from sivadesk.devices.callerid.simulate import PtyModem, SimCall, encode, ethernet_packet, send_udp
from sivadesk.devices.callerid.transport import PortConfig, SerialWorker, UdpListener


class Sink:
    def __init__(self) -> None:
        self.events: list[tuple[Event, dt.datetime]] = []
        self.statuses: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, event: Event, at: dt.datetime) -> None:
        with self._lock:
            self.events.append((event, at))

    def status(self, port: str, state: str) -> None:
        with self._lock:
            self.statuses.append(state)

    def calls(self) -> list[CallerIdEvent]:
        with self._lock:
            return [e for e, _ in self.events if isinstance(e, CallerIdEvent)]


def wait_for(check: Callable[[], bool], timeout: float = 5.0) -> float:
    """Seconds it took for ``check`` to hold; fails after ``timeout``."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > timeout:
            pytest.fail(f"condition not met within {timeout} s")
        time.sleep(0.02)
    return time.monotonic() - start


@pytest.fixture
def modem(tmp_path: Path) -> Iterator[PtyModem]:
    m = PtyModem(link=str(tmp_path / "ttyCID0"))
    yield m
    m.close()


def _worker(modem: PtyModem, sink: Sink, **kw: object) -> SerialWorker:
    config = PortConfig(modem.path, **kw)  # type: ignore[arg-type]
    worker = SerialWorker(config, sink, on_status=sink.status)
    worker.start()
    return worker


def test_init_strings_reach_the_modem_and_records_are_decoded(modem: PtyModem) -> None:
    sink = Sink()
    worker = _worker(modem, sink, format="modem")
    try:
        wait_for(lambda: modem.command_count("AT+VCID=1") == 1)
        assert modem.commands[:3] == ["ATZ", "ATE0", "AT+VCID=1"]
        for frame in encode("modem", SimCall(number="0612345678", name="Claire Martin")):
            modem.write(frame)
        wait_for(lambda: len(sink.calls()) == 1)
        (call,) = sink.calls()
        assert (call.number, call.name) == ("0612345678", "Claire Martin")
        assert all(at.tzinfo is not None for _, at in sink.events)
    finally:
        worker.stop()
    assert sink.statuses[0] == "connected" and sink.statuses[-1] == "disconnected"


def test_alternative_init_string_after_error(tmp_path: Path) -> None:
    m = PtyModem(link=str(tmp_path / "ttyERR"), answer=b"ERROR\r\n")
    sink = Sink()
    worker = _worker(m, sink, format="modem", init=("AT+VCID=1|AT#CID=1",), answer_timeout_s=0.5)
    try:
        wait_for(lambda: m.command_count("AT#CID=1") == 1)
        wait_for(lambda: "init_failed" in sink.statuses)
    finally:
        worker.stop()
        m.close()


def test_unplugged_port_is_read_again_within_3_s_of_coming_back(modem: PtyModem) -> None:
    sink = Sink()
    worker = _worker(modem, sink, format="whozz", init=("ATE0",))
    try:
        wait_for(lambda: worker.connected.is_set() and modem.command_count() == 1)
        modem.unplug()
        wait_for(lambda: not worker.connected.is_set())
        time.sleep(1.0)  # the device stays away for a while; the worker keeps trying
        modem.replug()
        took = wait_for(lambda: modem.command_count() == 2, timeout=3.0)
        assert took < 3.0 and worker.opens == 2  # init strings re-sent on the new port
        for frame in encode("whozz", SimCall(number="7702637111", name="CALLERID.COM", line=3)):
            modem.write(frame)
        wait_for(lambda: len(sink.calls()) == 1)
        assert sink.calls()[0].line == 3 and sink.calls()[0].number == "7702637111"
    finally:
        worker.stop()


def test_modem_reset_sends_init_strings_again(modem: PtyModem) -> None:
    sink = Sink()
    worker = _worker(modem, sink, format="modem", reinit_gap_s=0.2)
    try:
        wait_for(lambda: modem.command_count("AT+VCID=1") == 1)
        worker.reset()  # explicit reset
        wait_for(lambda: modem.command_count("AT+VCID=1") == 2)
        # An OK nobody asked for: the modem restarted (once past the guard against late answers).
        time.sleep(0.3)
        modem.write(b"\r\nOK\r\n")
        wait_for(lambda: modem.command_count("AT+VCID=1") == 3)
        assert worker.inits == 3
    finally:
        worker.stop()


def test_silent_modem_gets_a_ping_and_init_again_when_it_does_not_answer(tmp_path: Path) -> None:
    m = PtyModem(link=str(tmp_path / "ttyPING"))
    sink = Sink()
    worker = _worker(m, sink, format="modem", ping_s=0.5, answer_timeout_s=0.3)
    try:
        wait_for(lambda: m.command_count("AT+VCID=1") == 1)
        wait_for(lambda: m.commands.count("AT") >= 1, timeout=3.0)  # the health ping, answered OK
        m.answer = b""  # the modem stops answering: its settings are presumed lost
        wait_for(lambda: m.command_count("AT+VCID=1") >= 2, timeout=5.0)
    finally:
        worker.stop()
        m.close()


def test_auto_detection_on_a_port(modem: PtyModem) -> None:
    sink = Sink()
    worker = _worker(modem, sink)
    try:
        wait_for(worker.connected.is_set)
        for frame in encode("comdial", SimCall(number="8049782200", line=5, duration_s=30, desk="12")):
            modem.write(frame)
        wait_for(lambda: len(sink.events) == 3)
        assert worker.detected_format == "comdial"
        answered = sink.events[1][0]
        assert isinstance(answered, LineEvent) and answered.desk == "12"
    finally:
        worker.stop()


def test_port_that_never_exists_keeps_retrying_without_raising(tmp_path: Path) -> None:
    sink = Sink()
    worker = SerialWorker(PortConfig(str(tmp_path / "absent"), retry_s=0.05), sink, on_status=sink.status)
    worker.start()
    time.sleep(0.3)
    worker.stop()
    assert not worker.is_alive() and worker.opens == 0 and sink.events == []


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_udp_listener_drops_resent_packets() -> None:
    sink = Sink()
    listener = UdpListener(sink, port=_free_udp_port(), host="127.0.0.1")
    listener.start()
    try:
        frames = encode("ethernet", SimCall(number="7702637111", name="CALLERID.COM", line=2, duration_s=40))
        send_udp(frames, "127.0.0.1", listener.address[1], copies=3)
        send_udp(
            [ethernet_packet("01 R             03/02 14:05:09")], "127.0.0.1", listener.address[1], copies=2
        )
        wait_for(lambda: len(sink.events) == 3)
        time.sleep(0.3)
        assert len(sink.events) == 3 and listener.duplicates == 5
        start, end, ring = (e for e, _ in sink.events)
        assert isinstance(start, CallerIdEvent) and start.kind == "call_start"
        assert isinstance(end, CallerIdEvent) and end.kind == "call_end" and end.duration_s == 40
        assert isinstance(ring, LineEvent) and ring.state == "ring"
    finally:
        listener.stop()
