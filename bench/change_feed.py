"""Change feed across desktops: one process writes, another process's subscriber gets the event.

Goal (issue 2): two processes on one PostgreSQL database, p95 <= 300 ms from the writer's commit
to the other process's Qt subscriber emitting the event. The SQLite (polling) figure is printed too.

    python bench/change_feed.py [--writes 200] [--backend postgresql|sqlite|both]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_pg_database, emit, log, percentiles, pg_available, pg_database

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.ops import contacts, users
from sivadesk.ops.contacts import ContactInput, PhoneInput
from sivadesk.ops.records import emit as emit_event

GOAL_P95_MS = 300.0


def listener(url: str, expected: int) -> None:
    """Child process: a Qt FeedSubscriber (the same one the desktop runs) timestamps each ping."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QTimer

    from sivadesk.ui.feed import FeedSubscriber

    app = QCoreApplication([])
    db = Database(url)
    sub = FeedSubscriber(db)
    got: list[float] = []

    def on_events(events: list) -> None:  # type: ignore[type-arg]
        now = time.time()
        for e in events:
            if e.topic == "bench.ping":
                got.append((now - e.payload["committed"]) * 1000)
        if len(got) >= expected:
            app.quit()

    sub.events.connect(on_events)
    sub.started.connect(lambda: print("READY", flush=True))
    sub.start()
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    sub.stop()
    print(json.dumps(got), flush=True)


def run(url: str, writes: int) -> dict[str, object]:
    db = Database(url)
    migrate.upgrade(db, make_backup=False)
    with db.session() as s:
        actor = (
            users.create_first_admin(s, "bench", "Bench", "benchmark1")
            if not users.has_users(s)
            else users.Actor.system()
        )
    child = subprocess.Popen(
        [sys.executable, __file__, "--role", "listener", "--db", url, "--writes", str(writes)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    if child.stdout.readline().strip() != "READY":
        raise SystemExit("listener did not start")
    rng = random.Random(1)
    for i in range(writes):
        with db.session() as s:
            c = contacts.create_contact(
                s,
                actor,
                ContactInput(first_name="Feed", last_name=f"Bench {i}", phones=(PhoneInput(f"06{i:08d}"),)),
                allow_duplicate=True,
            )
            # Stamped as late as possible before COMMIT: the latency includes the commit itself.
            emit_event(s, "bench.ping", "contact", c.id, {"committed": time.time()})
        time.sleep(rng.uniform(0.01, 0.05))
    out, _ = child.communicate(timeout=150)
    latencies = json.loads(out.strip().splitlines()[-1])
    db.dispose()
    return {"received": len(latencies), "sent": writes, **percentiles(latencies)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--role", default="writer")
    ap.add_argument("--db")
    ap.add_argument("--writes", type=int, default=200)
    ap.add_argument("--backend", default="both", choices=["postgresql", "sqlite", "both"])
    args = ap.parse_args()
    if args.role == "listener":
        listener(args.db, args.writes)
        return
    result: dict[str, object] = {"benchmark": "change_feed", "goal": {"postgresql_p95_ms": GOAL_P95_MS}}
    if args.backend in ("postgresql", "both"):
        reason = pg_available()
        if reason:
            result["postgresql"] = {"skipped": f"PostgreSQL not reachable: {reason}"}
        else:
            url = pg_database("sivadesk_bench_feed", fresh=True)
            try:
                pg = run(url, args.writes)
            finally:
                drop_pg_database("sivadesk_bench_feed")
            pg["meets_goal"] = pg["received"] == args.writes and float(pg["p95_ms"]) <= GOAL_P95_MS  # type: ignore[arg-type]
            result["postgresql"] = pg
            log(f"postgresql: p95 {pg['p95_ms']} ms")
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            result["sqlite_polling"] = run(f"sqlite:///{tmp}/feed.sqlite3", args.writes)
    emit(result)


if __name__ == "__main__":
    main()
