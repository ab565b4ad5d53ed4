"""``sivadesk callerid decode|listen|simulate``: JSON output, errors as JSON, and ``listen`` end to end
(a subprocess reading a pty, calls recorded in the store, clean exit on SIGINT and SIGTERM)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy import select

from sivadesk import cli
from sivadesk.db import Database
from sivadesk.devices.callerid.simulate import PtyModem, SimCall, encode
from sivadesk.models.calls import Call
from sivadesk.ops.contacts import ContactInput, PhoneInput, create_contact
from sivadesk.ops.context import Actor

from .callerid_vectors import case, needs_cases

ROOT = Path(__file__).resolve().parents[2]


def run_decode(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes, *args: str
) -> list[dict[str, Any]]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert cli.main(["callerid", "decode", *args]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


KEYS = {
    "event",
    "number",
    "name",
    "date",
    "time",
    "line",
    "direction",
    "private",
    "out_of_area",
    "format",
    "duration",
}


def test_decode_modem_text(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = b"RING\r\nDATE = 0302\r\nTIME = 1405\r\nNMBR = 0612345678\r\nNAME = Claire\r\n\r\nRING\r\n"
    ring, call, ring2 = run_decode(monkeypatch, capsys, data)
    assert set(call) == KEYS and ring["event"] == ring2["event"] == "ring"
    assert call == {
        "event": "call",
        "number": "0612345678",
        "name": "Claire",
        "date": "0302",
        "time": "1405",
        "line": None,
        "direction": "in",
        "private": False,
        "out_of_area": False,
        "format": "modem-text",
        "duration": None,
    }


@needs_cases
def test_decode_hex_and_bad_checksum(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = case("xdmf-ncidapi-mdmf")["raw_hex"].encode()
    (call,) = run_decode(monkeypatch, capsys, good[:20] + b"\n  " + good[20:] + b"\n", "--hex")
    assert call["number"] == "4075550000" and call["name"] == "JOHN DOE"
    bad = case("xdmf-minimodem-mdmf-badcs")["raw_hex"].encode()
    (err,) = run_decode(monkeypatch, capsys, bad, "--hex", "--format", "mdmf")
    assert set(err) == {"error"} and "checksum" in err["error"]


def test_decode_rejections_are_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_decode(monkeypatch, capsys, b"zz top", "--hex") == [
        {"error": "not hex: non-hexadecimal number found in fromhex() arg at position 0"}
    ]
    (err,) = run_decode(monkeypatch, capsys, b"just some text\r\n")
    assert "no record" in err["error"]
    (err,) = run_decode(monkeypatch, capsys, b"><9xx\r\n", "--format", "comdial")
    assert "not a Comdial" in err["error"]
    assert run_decode(monkeypatch, capsys, b"") == []


@pytest.mark.parametrize(
    "fmt", ["yes", "comdial", "whozz-basic", "tci", "netcid", "mdmf", "sdmf", "modem-hex"]
)
def test_simulate_stdout_decodes(
    fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = io.BytesIO()

    class Std:
        buffer = out

    monkeypatch.setattr(sys, "stdout", Std)
    assert (
        cli.main(
            ["callerid", "simulate", "--format", fmt, "--stdout", "--number", "0612345678", "--line", "2"]
        )
        == 0
    )
    monkeypatch.undo()
    events = run_decode(monkeypatch, capsys, out.getvalue())
    calls = [e for e in events if e.get("number")]
    assert calls and calls[0]["number"] == "0612345678"


def test_simulate_udp_sends_resent_copies() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(2)
        port = sock.getsockname()[1]
        rc = cli.main(
            [
                "callerid",
                "simulate",
                "--format",
                "ethernet",
                "--udp",
                f"127.0.0.1:{port}",
                "--copies",
                "2",
                "--gap",
                "0",
                "--number",
                "7702637111",
            ]
        )
        assert rc == 0
        got = [sock.recv(2048) for _ in range(2)]
    assert got[0] == got[1] and got[0].startswith(b"^^<U>") and b"770-263-7111" in got[0]


def test_simulate_bad_udp_address_is_usage_error() -> None:
    assert cli.main(["callerid", "simulate", "--format", "ethernet", "--udp", "nowhere"]) == 2


def test_listen_needs_a_port_or_udp(tmp_path: Path) -> None:
    assert cli.main(["callerid", "listen", "--db", str(tmp_path / "x.sqlite3")]) == 2


# -- listen, end to end ---------------------------------------------------------------------------


def _reader(stream: IO[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


def _wait_line(q: queue.Queue[str], needle: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = q.get(timeout=0.2)
        except queue.Empty:
            continue
        if needle in line:
            return line
    pytest.fail(f"no line with {needle!r} within {timeout} s")


@pytest.mark.parametrize(("stop_signal", "per_port"), [(signal.SIGINT, False), (signal.SIGTERM, True)])
def test_listen_records_calls_from_a_pty(
    db: Database, admin: Actor, db_url: str, tmp_path: Path, stop_signal: int, per_port: bool
) -> None:
    with db.session() as s:
        contact_id = create_contact(
            s,
            admin,
            ContactInput(first_name="Claire", last_name="Martin", phones=(PhoneInput("+33 6 12 34 56 78"),)),
        ).id
    modem = PtyModem(link=str(tmp_path / "ttyWC"))
    if per_port:
        port_args = ["--port", f"{modem.path}|whozz|Accueil {{n}}"]
    else:
        port_args = ["--port", modem.path, "--format", "whozz", "--line", "Accueil {n}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SIVADESK_LOG_DIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sivadesk", "callerid", "listen", "--db", db_url, *port_args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    out: queue.Queue[str] = queue.Queue()
    err: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None and proc.stderr is not None
    readers = [
        threading.Thread(target=_reader, args=(proc.stdout, out), daemon=True),
        threading.Thread(target=_reader, args=(proc.stderr, err), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        _wait_line(err, ": connected")
        for frame in encode("whozz", SimCall(number="0612345678", name="MARTIN C", line=2, duration_s=35)):
            modem.write(frame)
        ringing = json.loads(_wait_line(out, '"ringing"'))
        assert ringing["contact_id"] == contact_id and ringing["line"] == "Accueil 2"
        ended = json.loads(_wait_line(out, '"ended"'))
        assert ended["call_id"] == ringing["call_id"] and not ended["missed"]
        for frame in encode("whozz", SimCall(number=None, reason="private", line=1)):
            modem.write(frame)
        private = json.loads(_wait_line(out, '"ringing"'))
        assert private["contact_id"] is None and private["line"] == "Accueil 1"
        proc.send_signal(stop_signal)
        assert proc.wait(timeout=10) == 0
        _wait_line(err, "stopped")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for reader in readers:
            reader.join(timeout=5)
        proc.stdout.close()
        proc.stderr.close()
        modem.close()
    with db.session() as s:
        rows = list(s.scalars(select(Call).order_by(Call.id)))
    assert [(c.line, c.contact_id, c.duration_s, c.private) for c in rows] == [
        ("Accueil 2", contact_id, 35, False),
        ("Accueil 1", None, None, True),
    ]
    assert rows[0].number_e164 == "+33612345678" and rows[1].unknown


def test_port_specs() -> None:
    from sivadesk.devices.callerid.cli import parse_port

    assert parse_port("/dev/ttyUSB0", "auto", None) == ("/dev/ttyUSB0", "auto", None)
    assert parse_port("COM3|modem", "auto", "Main") == ("COM3", "modem", "Main")
    assert parse_port("COM4||Fax", "whozz", None) == ("COM4", "whozz", "Fax")
    for bad in ("|modem", "COM3|teletype", "a|b|c|d"):
        with pytest.raises(cli.UsageError):
            parse_port(bad, "auto", None)


def test_listener_keeps_calls_while_the_store_is_locked(tmp_path: Path, sqlite_template: Path) -> None:
    import shutil
    import sqlite3

    from sqlalchemy import event

    from sivadesk.devices.callerid.cli import _Store
    from sivadesk.devices.callerid.events import CallerIdEvent
    from sivadesk.ops import calls

    path = tmp_path / "locked.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    # A short busy timeout, so the lock below shows as "database is locked" at once.
    event.listen(db.engine, "connect", lambda conn, _rec: conn.execute("PRAGMA busy_timeout=100"))
    store = _Store(db, calls, None)
    locker = sqlite3.connect(path)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        ring = CallerIdEvent(number="0612345678", name=None, date=None, time=None, line=1)
        store.add(ring, dt.datetime.now(dt.UTC), "1")
        store.flush()
        store.expire()  # must not raise either
        assert len(store.pending) == 1 and store.down
    finally:
        locker.rollback()
        locker.close()
    store.flush(force=True)
    assert not store.pending and not store.down
    with db.session() as s:
        assert [c.number_raw for c in s.scalars(select(Call))] == ["0612345678"]
    db.dispose()
