"""Caller-ID listener path: record bytes written to a pty -> decoded by the port's worker -> the call
recorded (contact matched, feed event written) and committed. This is the part of the pop-up's latency
that the listener owns; the desktop then sees the ``call`` feed event (bench/change_feed.py) and
shows the pop-up.

The store holds ``--contacts`` demo contacts and ``--calls`` past calls (bulk-inserted), so the
call log's indexes are at their real size. Each measured call is a record for a known contact's
number, written to a pty that a :class:`SerialWorker` reads: a Whozz Calling line (decoded at its
line end) and a modem block (RING, caller ID, RING: the modem decoder ends the block at the next
RING or after 0.3 s of quiet, since the modem does not mark the end).

    python bench/callerid_listen.py [--contacts 20000] [--calls 200000] [--events 200] [--backend both]
"""

from __future__ import annotations

import argparse
import datetime as dt
import queue
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, emit, log, percentiles, pg_available, pg_database
from sqlalchemy import func, insert, select

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.devices.callerid import CallerIdEvent, Event, LineEvent
from sivadesk.devices.callerid.simulate import PtyModem, SimCall, encode
from sivadesk.devices.callerid.transport import PortConfig, SerialWorker
from sivadesk.models import ContactPhone
from sivadesk.models.calls import Call
from sivadesk.ops import calls, demo
from sivadesk.ops.contact_search import PhoneDirectory


def build(url: str, contacts: int, n_calls: int) -> None:
    db = Database(url)
    migrate.upgrade(db, make_backup=False)
    t0 = time.perf_counter()
    demo.generate(db, contacts=contacts, seed=11)
    log(f"{contacts} contacts in {time.perf_counter() - t0:.0f} s")
    rng = random.Random(5)
    with db.read_session() as s:
        owners = list(
            s.execute(select(ContactPhone.contact_id, ContactPhone.e164, ContactPhone.raw).limit(50000))
        )
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    t0 = time.perf_counter()
    batch: list[dict[str, object]] = []
    for i in range(n_calls):
        cid, e164, raw = owners[rng.randrange(len(owners))]
        at = start + dt.timedelta(seconds=i * 20 + rng.randrange(20))
        missed = rng.random() < 0.2
        batch.append(
            {
                "line": str(1 + i % 4),
                "direction": "in" if rng.random() < 0.8 else "out",
                "state": "ended",
                "number_raw": raw,
                "number_e164": e164,
                "number_key": (e164 or "")[1:][::-1],
                "name": "",
                "private": False,
                "out_of_area": False,
                "ring_at": at,
                "answer_at": None if missed else at,
                "end_at": at + dt.timedelta(seconds=60),
                "duration_s": 0 if missed else 60,
                "rings": 2,
                "answered_by_id": None,
                "answered_desk": "",
                "missed": missed,
                "unknown": False,
                "contact_id": cid,
                "source": "bench",
            }
        )
        if len(batch) == 20000:
            with db.session() as s:
                s.execute(insert(Call), batch)
            batch.clear()
    if batch:
        with db.session() as s:
            s.execute(insert(Call), batch)
    log(f"{n_calls} calls in {time.perf_counter() - t0:.0f} s")
    db.dispose()


def measure(url: str, events: int, fmt: str) -> dict[str, object]:
    db = Database(url)
    with db.read_session() as s:
        numbers = [
            r
            for r in s.execute(
                select(ContactPhone.contact_id, ContactPhone.e164)
                .where(ContactPhone.e164.is_not(None))
                .limit(5000)
            )
        ]
        calls_before = int(s.scalar(select(func.count()).select_from(Call)) or 0)
    rng = random.Random(9)
    directory = PhoneDirectory(db)
    inbox: queue.Queue[tuple[Event, float]] = queue.Queue()
    with tempfile.TemporaryDirectory() as tmp:
        modem = PtyModem(link=str(Path(tmp) / "ttyBENCH"))
        worker = SerialWorker(
            PortConfig(modem.path, format=fmt, init=()), lambda e, at: inbox.put((e, time.perf_counter()))
        )
        worker.start()
        worker.connected.wait(5)
        times: list[float] = []
        decode_ms: list[float] = []
        matched = 0
        for i in range(events):
            cid, e164 = numbers[rng.randrange(len(numbers))]
            national = "0" + e164[3:] if e164.startswith("+33") else e164
            frames = encode(fmt, SimCall(number=national, line=1))
            t0 = time.perf_counter()
            modem.write(b"".join(frames))  # modem: RING, the caller-ID block, RING (which ends the block)
            while True:
                event, at = inbox.get(timeout=5)
                if isinstance(event, CallerIdEvent):
                    break
            with db.session() as s:
                info = calls.record_event(s, event, line="bench", directory=directory)
            t1 = time.perf_counter()
            with db.session() as s:  # the line goes idle for the next call
                calls.record_event(s, LineEvent(None, "on_hook"), line="bench", directory=directory)
            times.append((t1 - t0) * 1000)
            decode_ms.append((at - t0) * 1000)
            matched += 1 if info is not None and info.contact_id == cid else 0
            if i % 50 == 0:
                log(f"{i}/{events}")
        worker.stop()
        modem.close()
    directory.close()
    db.dispose()
    return {
        "calls_in_store": calls_before,
        "format": fmt,
        "pty_to_committed": percentiles(times[10:]),
        "pty_to_decoded": percentiles(decode_ms[10:]),
        "decoded_to_committed": percentiles([t - d for t, d in zip(times[10:], decode_ms[10:], strict=True)]),
        "matched": matched,
        "events": events,
    }


def queries(url: str) -> dict[str, float]:
    """Call-log and report queries on the same store, ms (one warm run each)."""
    from sivadesk.ops import call_reports as r
    from sivadesk.ops.context import Actor

    db = Database(url)
    actor = Actor.system()
    d0, d1 = dt.date(2024, 1, 1), dt.date(2024, 1, 31)
    with db.read_session() as s:
        last = calls.list_calls(s, actor, limit=1)[0].id
    cases = {
        "log_first_page": lambda s: calls.list_calls(s, actor),
        "log_page_100000_deep": lambda s: calls.list_calls(s, actor, offset=100000),
        "log_count": lambda s: calls.count_calls(s, actor),
        "log_line_filter": lambda s: calls.list_calls(s, actor, calls.CallFilter(line="2")),
        "log_text_search": lambda s: calls.list_calls(s, actor, calls.CallFilter(text="612")),
        "missed_calls": lambda s: calls.missed_calls(s, actor),
        "popup_info": lambda s: calls.popup_info(s, actor, last),
        "report_per_day_month": lambda s: r.calls_per_day(s, actor, d0, d1),
        "report_per_hour_month": lambda s: r.calls_per_hour(s, actor, d0, d1),
        "report_per_contact_month": lambda s: r.calls_per_contact(s, actor, d0, d1),
        "report_silent_contacts": lambda s: r.contacts_without_call_since(
            s, actor, dt.date(2024, 2, 1), limit=200
        ),
    }
    out: dict[str, float] = {}
    for name, fn in cases.items():
        with db.read_session() as s:
            fn(s)
            t0 = time.perf_counter()
            fn(s)
            out[name] = round((time.perf_counter() - t0) * 1000, 1)
    db.dispose()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=20000)
    ap.add_argument("--calls", type=int, default=200000)
    ap.add_argument("--events", type=int, default=200)
    ap.add_argument("--format", nargs="+", default=["whozz", "modem"], help="unit formats to play")
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = ap.parse_args()
    result: dict[str, object] = {"contacts": args.contacts, "calls": args.calls}
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        name = f"callerid-{args.contacts}-{args.calls}"
        if backend == "sqlite":
            OUT.mkdir(parents=True, exist_ok=True)
            path = OUT / f"{name}.sqlite3"
            url = f"sqlite:///{path}"
            fresh = not path.exists()
        else:
            reason = pg_available()
            if reason:
                result[backend] = {"skipped": reason}
                continue
            url = pg_database(f"sivadesk_bench_{name.replace('-', '_')}", fresh=False)
            probe = Database(url)
            migrate.upgrade(probe, make_backup=False)
            with probe.read_session() as s:
                fresh = int(s.scalar(select(func.count()).select_from(Call)) or 0) < args.calls
            probe.dispose()
            if fresh:
                url = pg_database(f"sivadesk_bench_{name.replace('-', '_')}", fresh=True)
        if fresh:
            build(url, args.contacts, args.calls)
        if backend == "postgresql" and fresh:
            from sqlalchemy import text

            probe = Database(url)
            with probe.engine.connect() as conn:
                conn.execute(text("ANALYZE"))  # as autovacuum would after a bulk load
                conn.commit()
            probe.dispose()
        result[backend] = {fmt: measure(url, args.events, fmt) for fmt in args.format}
        result[backend]["queries_ms"] = queries(url)
    emit(result)


if __name__ == "__main__":
    main()
