"""``sivadesk callerid …``: listen on ports and record calls, decode captured bytes, simulate a unit.

* ``listen --db URL --port DEV [--port DEV2] [--format X] [--line NAME] [--udp PORT]`` reads the units
  (one thread per port, reconnecting), records every call into the store and prints one JSON line
  per call change on stdout, until SIGINT/SIGTERM (exit 0).
* ``decode [--format auto|X] [--hex]`` reads raw bytes (or hex text) on stdin and prints one JSON
  object per record; rejected input prints ``{"error": reason}``. Exit 0 unless the command itself
  failed.
* ``simulate --format X (--pty | --udp HOST:PORT | --serial DEV | --stdout) [--number N --name NAME]
  [--repeat N --interval S]`` plays calls as a unit of that format would send them.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Literal

from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as SATimeoutError

from sivadesk.devices.callerid import simulate
from sivadesk.devices.callerid.detect import ALL_FORMATS, FormatDetector
from sivadesk.devices.callerid.ethernet import PORT as ETHERNET_PORT
from sivadesk.devices.callerid.events import (
    CallerIdEvent,
    Event,
    LineEvent,
    ProtocolError,
    RingEvent,
    StatusEvent,
)
from sivadesk.errors import DatabaseUnavailable

log = logging.getLogger("sivadesk.devices.callerid.cli")

EXIT_OK = 0
#: Formats ``--format`` accepts for ports: the decoders, plus ``modem-hex`` (modem decoder, hex init strings).
PORT_FORMATS = ("auto", *ALL_FORMATS, "modem-hex")


def add_commands(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """Add the ``callerid`` command group to the main parser's subparsers."""
    p = sub.add_parser("callerid", help="caller ID: listen, decode, simulate")
    actions = p.add_subparsers(dest="callerid_command", metavar="ACTION", required=True)

    a = actions.add_parser(
        "listen", parents=[db_opt], help="read caller-ID units and record calls until stopped"
    )
    a.add_argument(
        "--port",
        action="append",
        default=[],
        metavar="DEV[|FORMAT[|LINE]]",
        help="serial device or pyserial URL, optionally with its own format and line name (repeatable)",
    )
    a.add_argument(
        "--format", default="auto", choices=PORT_FORMATS, help="the units' format (default: detect)"
    )
    a.add_argument("--line", default=None, metavar="NAME", help='line name; "{n}" is the unit\'s line number')
    a.add_argument(
        "--udp",
        type=int,
        nargs="?",
        const=ETHERNET_PORT,
        default=None,
        metavar="PORT",
        help=f"also listen for Ethernet Link units on this UDP port (default {ETHERNET_PORT})",
    )
    a.add_argument("--udp-host", default="0.0.0.0", metavar="ADDR", help="address the UDP listener binds")
    a.add_argument("--baud", type=int, default=9600, help="serial speed (default 9600)")
    a.add_argument(
        "--init",
        action="append",
        default=None,
        metavar="AT…",
        help="init string sent after open and after a modem reset (repeatable; replaces the format's)",
    )
    a.add_argument(
        "--ping",
        type=float,
        default=300.0,
        metavar="S",
        help="seconds of silence before checking that a modem still answers OK (0: never)",
    )
    a.set_defaults(func=cmd_listen)

    d = actions.add_parser("decode", help="decode bytes on stdin; one JSON object per record")
    d.add_argument(
        "--format", default="auto", choices=("auto", *ALL_FORMATS), help="format (default: detect)"
    )
    d.add_argument("--hex", action="store_true", help="stdin is hex text (spaces and line breaks ignored)")
    d.set_defaults(func=cmd_decode)

    s = actions.add_parser("simulate", help="play calls as a caller-ID unit would send them")
    s.add_argument("--format", required=True, choices=tuple(simulate.ENCODERS), help="the unit to imitate")
    where = s.add_mutually_exclusive_group(required=True)
    where.add_argument("--pty", action="store_true", help="create a pseudo-terminal and print its path")
    where.add_argument("--udp", metavar="HOST:PORT", help="send datagrams (Ethernet Link units)")
    where.add_argument(
        "--serial", metavar="DEV", help="write to a serial device (through a null-modem cable)"
    )
    where.add_argument("--stdout", action="store_true", help="write the raw bytes to stdout")
    s.add_argument("--link", metavar="PATH", help="with --pty: also make PATH a symlink to the pty")
    s.add_argument("--number", default="0612345678", help="caller's number (digits)")
    s.add_argument("--name", default=None, help="caller's name")
    s.add_argument("--private", action="store_true", help="a withheld number")
    s.add_argument("--unavailable", action="store_true", help="an unavailable (out-of-area) number")
    s.add_argument("--line", type=int, default=1, help="the unit's line number")
    s.add_argument("--direction", choices=("in", "out"), default="in")
    s.add_argument(
        "--duration", type=int, default=0, metavar="S", help="answered call of S seconds (end records)"
    )
    s.add_argument("--repeat", type=int, default=1, metavar="N", help="calls to play (0: until stopped)")
    s.add_argument("--interval", type=float, default=5.0, metavar="S", help="seconds between calls")
    s.add_argument("--gap", type=float, default=0.3, metavar="S", help="seconds between a call's frames")
    s.add_argument(
        "--wait", type=float, default=2.0, metavar="S", help="with --pty: seconds before the first call"
    )
    s.add_argument(
        "--copies", type=int, default=2, metavar="N", help="with --udp: copies of each packet (units resend)"
    )
    s.add_argument("--baud", type=int, default=9600)
    s.set_defaults(func=cmd_simulate)


# -- decode -----------------------------------------------------------------------------------


def event_json(event: Event) -> dict[str, Any]:
    """The issue's JSON shape for one decoded event."""
    if isinstance(event, ProtocolError):
        return {"error": event.reason}
    out: dict[str, Any] = dict.fromkeys(
        (
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
        )
    )
    out["private"] = out["out_of_area"] = False
    if isinstance(event, CallerIdEvent):
        out.update(
            event=event.kind,
            number=event.number,
            name=event.name,
            date=event.date,
            time=event.time,
            line=event.line,
            direction=event.direction,
            private=event.private,
            out_of_area=event.out_of_area,
            format=event.format,
            duration=event.duration_s,
        )
        if not event.popup:
            out["popup"] = False
    elif isinstance(event, RingEvent):
        out.update(event="ring", line=event.line)
        if event.cadence:
            out["cadence"] = event.cadence
    elif isinstance(event, LineEvent):
        out.update(
            event=event.state, line=event.line, date=event.date, time=event.time, direction=event.direction
        )
        if event.desk:
            out["desk"] = event.desk
    elif isinstance(event, StatusEvent):
        out.update(event=event.kind, line=event.line)
        out["detail"] = event.detail
    return out


def decode_bytes(data: bytes, fmt: str = "auto") -> list[dict[str, Any]]:
    """Every record in ``data`` as JSON-ready dicts (partial input times out; never raises)."""
    detector = FormatDetector(forced=None if fmt == "auto" else fmt)
    detector.receive_data(data, 0.0)
    detector.receive_data(b"", 3600.0)  # let partial frames time out
    out: list[dict[str, Any]] = []
    while (event := detector.next_event()) is not None:
        out.append(event_json(event))
    if not out and data.strip():
        what = "no record of any supported format" if fmt == "auto" else f"no {fmt} record"
        out.append({"error": f"{what} in {len(data)} bytes"})
    return out


def cmd_decode(args: argparse.Namespace) -> int:
    raw = sys.stdin.buffer.read()
    if args.hex:
        text = b"".join(raw.split()).decode("ascii", "replace")
        try:
            raw = bytes.fromhex(text)
        except ValueError as exc:
            print(json.dumps({"error": f"not hex: {exc}"}))
            return EXIT_OK
    for obj in decode_bytes(raw, args.format):
        print(json.dumps(obj, ensure_ascii=False))
    return EXIT_OK


# -- listen -----------------------------------------------------------------------------------


def parse_port(spec: str, default_format: str, default_line: str | None) -> tuple[str, str, str | None]:
    """``DEV``, ``DEV|FORMAT`` or ``DEV|FORMAT|LINE`` (an empty part takes the command's default)."""
    from sivadesk.cli import UsageError

    parts = spec.split("|")
    if len(parts) > 3 or not parts[0].strip():
        raise UsageError(f"--port {spec!r}: write DEV, DEV|FORMAT or DEV|FORMAT|LINE")
    dev = parts[0].strip()
    fmt = (parts[1].strip() if len(parts) > 1 else "") or default_format
    if fmt not in PORT_FORMATS:
        raise UsageError(f"--port {spec!r}: unknown format {fmt!r} (known: {', '.join(PORT_FORMATS)})")
    line = (parts[2].strip() if len(parts) > 2 else "") or default_line
    return dev, fmt, line


def cmd_listen(args: argparse.Namespace) -> int:
    from sivadesk.cli import UsageError, open_store
    from sivadesk.devices.callerid.transport import PortConfig, SerialWorker, UdpListener
    from sivadesk.ops import calls
    from sivadesk.ops.contact_search import PhoneDirectory

    if not args.port and args.udp is None:
        raise UsageError("callerid listen needs --port DEV and/or --udp [PORT]")
    database = open_store(getattr(args, "db", None))
    directory = PhoneDirectory(database)
    inbox: queue.Queue[tuple[Event, dt.datetime, str | None]] = queue.Queue()
    stop = threading.Event()

    def receiver(line: str | None) -> Callable[[Event, dt.datetime], None]:
        def on_event(event: Event, received_at: dt.datetime) -> None:
            inbox.put((event, received_at, line))

        return on_event

    def on_signal(signum: int, frame: object) -> None:
        del frame
        log.info("signal %d: stopping", signum)
        stop.set()

    old_int = signal.signal(signal.SIGINT, on_signal)
    old_term = signal.signal(signal.SIGTERM, on_signal)
    workers: list[SerialWorker] = []
    udp: UdpListener | None = None
    try:
        for spec in args.port:
            dev, port_format, port_line = parse_port(spec, args.format, args.line)
            fmt = None if port_format == "auto" else port_format
            init = tuple(args.init) if args.init is not None else None
            config = PortConfig(
                dev, format=fmt, baudrate=args.baud, init=init, line=port_line, ping_s=args.ping
            )
            worker = SerialWorker(
                config,
                receiver(port_line),
                on_status=lambda port, state: print(
                    f"sivadesk: {port}: {state}", file=sys.stderr, flush=True
                ),
            )
            worker.start()
            workers.append(worker)
            inits = ", ".join(config.init_strings) or "none"
            print(
                f"sivadesk: listening on {dev} (format {port_format}, init: {inits})",
                file=sys.stderr,
                flush=True,
            )
        if args.udp is not None:
            udp = UdpListener(receiver(args.line), port=args.udp, host=args.udp_host)
            udp.start()
            print(
                f"sivadesk: listening for Ethernet Link packets on UDP {udp.address[1]}",
                file=sys.stderr,
                flush=True,
            )
        store = _Store(database, calls, directory)
        last_expiry = time.monotonic()
        while not stop.is_set():
            with contextlib.suppress(queue.Empty):
                store.add(*inbox.get(timeout=0.2))
            store.flush()
            if time.monotonic() - last_expiry >= 1.0:
                last_expiry = time.monotonic()
                store.expire()
        while not inbox.empty():  # what was read before the signal is still recorded
            store.add(*inbox.get_nowait())
        store.flush(force=True)
        if store.pending:
            log.error("%d caller-ID events were not recorded: the store did not answer", len(store.pending))
            print(
                f"sivadesk: {len(store.pending)} calls not recorded (the store did not answer)",
                file=sys.stderr,
            )
    finally:
        for worker in workers:
            worker.stop()
        if udp is not None:
            udp.stop()
        directory.close()
        signal.signal(signal.SIGINT, old_int)
        signal.signal(signal.SIGTERM, old_term)
    print("sivadesk: stopped", file=sys.stderr, flush=True)
    return EXIT_OK


#: Errors that mean "the store does not answer right now" (server restarting, network, a lock held
#: longer than the busy timeout): the events wait and are recorded when it answers again.
_TRANSIENT = (OperationalError, InterfaceError, SATimeoutError, DatabaseUnavailable)
#: Events kept while the store does not answer (the oldest are dropped beyond this, with a log line).
MAX_PENDING = 5000
RETRY_S = 2.0


class _Store:
    """Records events in order; keeps them while the store does not answer and retries."""

    def __init__(self, database: Any, calls: Any, directory: Any) -> None:
        self.database = database
        self.calls = calls
        self.directory = directory
        self.pending: deque[tuple[Event, dt.datetime, str | None]] = deque()
        self.retry_at = 0.0
        self.down = False

    def add(self, event: Event, received_at: dt.datetime, line: str | None) -> None:
        if isinstance(event, ProtocolError):
            return
        if len(self.pending) >= MAX_PENDING:
            dropped = self.pending.popleft()
            log.error("the store has not answered for %d events; dropping %r", MAX_PENDING, dropped[0])
        self.pending.append((event, received_at, line))

    def flush(self, force: bool = False) -> None:
        if not self.pending or (not force and time.monotonic() < self.retry_at):
            return
        while self.pending:
            event, received_at, line = self.pending[0]
            try:
                with self.database.session() as s:
                    info = self.calls.record_event(
                        s, event, line=line, received_at=received_at, directory=self.directory
                    )
            except _TRANSIENT as exc:
                self._unavailable(exc)
                return
            except Exception:  # refused for good (a bug, bad data): logged, never blocks the next calls
                log.exception("recording a caller-ID event failed; it is dropped")
                print("sivadesk: recording a call failed (see the log)", file=sys.stderr, flush=True)
            else:
                self._available()
                if info is not None:
                    _print_call(info)
            self.pending.popleft()

    def expire(self) -> None:
        try:
            with self.database.read_session() as s:
                due = self.calls.has_stale_lines(s)
            if due:
                with self.database.session() as s:
                    self.calls.expire_lines(s)
        except _TRANSIENT as exc:
            self._unavailable(exc)

    def _unavailable(self, exc: BaseException) -> None:
        self.retry_at = time.monotonic() + RETRY_S
        if not self.down:
            self.down = True
            log.warning("the store does not answer (%s); calls wait and are recorded when it does", exc)
            print("sivadesk: the store does not answer; calls wait", file=sys.stderr, flush=True)

    def _available(self) -> None:
        if self.down:
            self.down = False
            log.info("the store answers again")
            print("sivadesk: the store answers again", file=sys.stderr, flush=True)


def _print_call(info: Any) -> None:
    print(
        json.dumps(
            {
                "call_id": info.id,
                "line": info.line,
                "number": info.number_raw or None,
                "contact_id": info.contact_id,
                "contact": info.contact_name or None,
                "state": info.state,
                "missed": info.missed,
                "direction": info.direction,
            },
            ensure_ascii=False,
        ),
        flush=True,
    )


# -- simulate ---------------------------------------------------------------------------------


def _sim_call(args: argparse.Namespace) -> simulate.SimCall:
    reason: Literal["private", "unavailable"] | None = (
        "private" if args.private else "unavailable" if args.unavailable else None
    )
    number = None if reason else "".join(ch for ch in args.number if ch.isdigit()) or None
    return simulate.SimCall(
        number=number,
        name=args.name,
        line=args.line,
        direction=args.direction,
        reason=reason,
        duration_s=args.duration,
    )


def cmd_simulate(args: argparse.Namespace) -> int:
    from sivadesk.cli import UsageError

    modem: simulate.PtyModem | None = None
    port: Any = None
    if args.pty:
        if not hasattr(os, "openpty"):
            raise UsageError(
                "--pty needs Linux or macOS; on Windows use --serial with a virtual null-modem pair, or --udp"
            )
        modem = simulate.PtyModem(link=args.link)
        print(modem.path, flush=True)
        time.sleep(max(0.0, args.wait))
    elif args.serial:
        import serial

        port = serial.serial_for_url(args.serial, baudrate=args.baud, timeout=0.1)
    elif args.udp:
        host, _, port_text = args.udp.rpartition(":")
        if not host or not port_text.isdigit():
            raise UsageError(f"--udp {args.udp!r}: write HOST:PORT, for example 127.0.0.1:3520")
    stop = threading.Event()
    old_term = signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    played = 0
    try:
        while not stop.is_set() and (args.repeat == 0 or played < args.repeat):
            frames = simulate.encode(args.format, _sim_call(args))
            if args.udp:
                host, _, port_text = args.udp.rpartition(":")
                for frame in frames:
                    simulate.send_udp([frame], host.strip("[]"), int(port_text), copies=max(1, args.copies))
                    stop.wait(args.gap)
            else:
                for frame in frames:
                    if modem is not None:
                        modem.write(frame)
                    elif port is not None:
                        port.write(frame)
                    else:
                        sys.stdout.buffer.write(frame)
                        sys.stdout.buffer.flush()
                    if not args.stdout:
                        stop.wait(args.gap)
            played += 1
            print(f"sivadesk: played call {played} ({args.format})", file=sys.stderr, flush=True)
            if args.repeat == 0 or played < args.repeat:
                stop.wait(args.interval)
        if modem is not None:
            stop.wait(1.0)  # let the listener read the last bytes before the pty goes away
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, old_term)
        if modem is not None:
            modem.close()
        if port is not None:
            port.close()
    return EXIT_OK


__all__ = ["add_commands", "decode_bytes", "event_json"]
