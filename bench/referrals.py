"""Referral benchmarks: opening a big cartable, and a referral reaching another desktop process.

* ``cartable``: one user holds ``--steps`` referral steps (received, copies, done, and as many sent
  by them) among twice as many steps of other people; "opening the cartable" is what the Home panel
  does: :func:`cartable_counts` (four counts with unseen and late) plus the first page (200 rows)
  of the received box, with the letters' numbers and subjects. Also timed: each box's first page,
  and the history tree of a letter with 50 steps. Goal (issue 6): <= 300 ms at 100,000 items.
* ``second_desktop``: another process signed in as the receiver listens to the change feed (LISTEN/
  NOTIFY on PostgreSQL, polling every 200 ms on SQLite, as the desktop does) and, for each
  ``referral.received`` addressed to it, reads the step and its letter through
  :func:`sivadesk.ops.referrals.get_step`, exactly what the pop-up does before drawing the card.
  Measured from just before the referring transaction commits to the step read in the other
  process (wall clocks of one machine). Goal (issue 6): p95 <= 300 ms on PostgreSQL.

    python bench/referrals.py [--steps 100000] [--samples 30] [--referrals 40] [--backend both]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, ROOT, emit, log, percentiles, pg_available, pg_database
from sqlalchemy import insert

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.models import Letter, ReferralStep, Role, utcnow
from sivadesk.ops import letters, referrals, registers, users
from sivadesk.ops.context import Actor
from sivadesk.ops.referrals import Target

CARTABLE_GOAL_MS = 300.0
SECOND_DESKTOP_GOAL_MS = 300.0
CHUNK = 10_000

LISTENER = r"""
import sys, time, threading
from sivadesk.db import Database
from sivadesk.feed import FeedListener
from sivadesk.ops import referrals
from sivadesk.ops.context import Actor
from sivadesk.models import Role
db = Database(sys.argv[1])
me = Actor(int(sys.argv[2]), "receiver", Role.AGENT, "Receiver")
listener = FeedListener(db, poll_interval=0.2)
print("ready", flush=True)
stop = threading.Event()
def on_events(batch):
    for e in batch:
        if e.topic == "referral.received" and me.user_id in e.payload.get("to_user_ids", []):
            with db.read_session() as s:
                entry = referrals.get_step(s, me, e.payload["step_id"])
            print(entry.step.id, time.time(), flush=True)
        elif e.topic == "bench.stop":
            stop.set()
listener.run(on_events, stop)
"""


def build(url: str, steps: int) -> tuple[Actor, Actor, int]:
    """Users, a register, letters and ``steps`` steps for the measured user (3x that in all)."""
    db = Database(url)
    migrate.upgrade(db, make_backup=False)
    with db.session() as s:
        admin = users.create_first_admin(s, "admin", "Admin", "long password")
    people: list[Actor] = []
    with db.session() as s:
        for i in range(20):
            u = users.create_user(s, admin, f"user{i}", f"User {i}", "long password", Role.AGENT)
            people.append(Actor(u.id, u.username, Role.AGENT, u.full_name))
    me = people[0]
    with db.session() as s:
        rid = registers.create_register(s, admin, "Arrivée", "IN", "inbound", "A-{year}-{seq:06}").id
    n_letters = max(steps // 5, 100)
    now = utcnow()
    rng = random.Random(7)
    t0 = time.perf_counter()
    with db.session() as s:
        for start in range(0, n_letters, CHUNK):
            rows = [
                {
                    "register_id": rid,
                    "seq": i + 1,
                    "period": "2026",
                    "scope_key": "",
                    "number": f"A-2026-{i + 1:06}",
                    "status": "registered",
                    "direction": "inbound",
                    "subject": f"Courrier {i + 1}",
                    "creator_id": admin.user_id,
                    "registered_at": now,
                }
                for i in range(start, min(start + CHUNK, n_letters))
            ]
            s.execute(insert(Letter), rows)
    first_letter = 1
    statuses = ["open", "open", "seen", "seen", "acted", "closed"]

    def step_rows(n: int, to: int | None, frm: int | None) -> list[dict[str, Any]]:
        out = []
        for _ in range(n):
            receiver = to if to is not None else people[rng.randrange(1, len(people))].user_id
            sender = frm if frm is not None else people[rng.randrange(1, len(people))].user_id
            copy = rng.random() < 0.05
            sent = now - dt.timedelta(minutes=rng.randrange(1, 500_000))
            status = rng.choice(statuses)
            out.append(
                {
                    "item_type": "letter",
                    "item_id": first_letter + rng.randrange(n_letters),
                    "kind": "copy" if copy else "refer",
                    "from_user_id": sender,
                    "to_user_id": receiver,
                    "instruction": rng.choice(referrals.INSTRUCTIONS),
                    "note": "",
                    "action_note": "" if status in ("open", "seen") else "fait",
                    "status": status,
                    "already_open": False,
                    "circular": False,
                    "sent_at": sent,
                    "seen_at": None if status == "open" else sent + dt.timedelta(hours=1),
                    "acted_at": sent + dt.timedelta(hours=5) if status in ("acted", "closed") else None,
                    "deadline": sent + dt.timedelta(days=7) if rng.random() < 0.3 else None,
                }
            )
        return out

    with db.session() as s:
        for who_to, who_from, n in (
            (me.user_id, None, steps),
            (None, me.user_id, steps),
            (None, None, steps),
        ):
            for start in range(0, n, CHUNK):
                s.execute(insert(ReferralStep), step_rows(min(CHUNK, n - start), who_to, who_from))
    log(
        f"built {url.split(':')[0]} store: {n_letters} letters, {3 * steps} steps in {time.perf_counter() - t0:.1f} s"
    )
    # one letter with a 50-step history for the tree
    with db.session() as s:
        lid = letters.create_draft(s, admin, rid, "Dossier suivi").id
    with db.session() as s:
        parent = referrals.refer(s, admin, "letter", lid, [Target.user(me.user_id or 0)], "action")[0]
        holder = me
        for i in range(49):
            nxt = people[(i % (len(people) - 1)) + 1] if holder is me else me
            parent = referrals.refer(
                s, holder, "letter", lid, [Target.user(nxt.user_id or 0)], "opinion", parent_step_id=parent.id
            )[0]
            holder = nxt
    if db.dialect == "postgresql":  # what autovacuum does to a table this size: statistics, visibility map
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    db.dispose()
    return admin, me, lid


def time_ms(fn: Any, samples: int) -> dict[str, float]:
    fn()  # warm the caches
    values = []
    for _ in range(samples):
        t0 = time.perf_counter()
        fn()
        values.append((time.perf_counter() - t0) * 1000)
    return percentiles(values)


def cartable_bench(url: str, me: Actor, admin: Actor, lid: int, samples: int) -> dict[str, Any]:
    db = Database(url)

    def open_cartable() -> None:
        with db.read_session() as s:
            referrals.cartable_counts(s, me)
            referrals.cartable(s, me, "received", 200)

    result: dict[str, Any] = {"open_cartable": time_ms(open_cartable, samples)}
    with db.read_session() as s:
        result["counts"] = {k: vars_of(v) for k, v in referrals.cartable_counts(s, me).items()}
    for box in referrals.BOXES:

        def page(box: str = box) -> None:
            with db.read_session() as s:
                referrals.cartable(s, me, box, 200)

        result[f"page_{box}"] = time_ms(page, samples)

    def tree() -> None:
        with db.read_session() as s:
            referrals.history(s, admin, "letter", lid)

    result["history_50_steps"] = time_ms(tree, samples)
    result["goal_ms"] = CARTABLE_GOAL_MS
    result["meets_goal"] = result["open_cartable"]["p95_ms"] <= CARTABLE_GOAL_MS
    db.dispose()
    return result


def vars_of(count: referrals.BoxCount) -> dict[str, int]:
    return {"total": count.total, "unseen": count.unseen, "overdue": count.overdue}


def second_desktop(url: str, admin: Actor, me: Actor, lid: int, n: int) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", LISTENER, url, str(me.user_id)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    db = Database(url)
    sent: dict[int, float] = {}
    values = []
    try:
        for _ in range(n):
            with db.session() as s:
                step = referrals.refer(
                    s, admin, "letter", lid, [Target.user(me.user_id or 0)], "information"
                )[0]
                t0 = time.time()  # COMMIT follows on leaving the block
            sent[step.id] = t0
            line = proc.stdout.readline().split()
            got_id, at = int(line[0]), float(line[1])
            values.append((at - sent[got_id]) * 1000)
            time.sleep(0.05)
        from sivadesk.ops.records import emit as emit_event

        with db.session() as s:
            emit_event(s, "bench.stop")
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        db.dispose()
    stats = percentiles(values)
    return {
        **stats,
        "goal_p95_ms": SECOND_DESKTOP_GOAL_MS,
        "meets_goal": stats["p95_ms"] <= SECOND_DESKTOP_GOAL_MS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=100_000)
    parser.add_argument("--samples", type=int, default=30)
    parser.add_argument("--referrals", type=int, default=40)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    result: dict[str, Any] = {"steps_for_the_user": args.steps, "steps_in_store": 3 * args.steps + 50}
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        if backend == "postgresql":
            reason = pg_available()
            if reason is not None:
                result["postgresql"] = {"skipped": reason}
                continue
            url = pg_database("sivadesk_bench_referrals", fresh=True)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path = OUT / "referrals.sqlite3"
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                p.unlink(missing_ok=True)
            url = f"sqlite:///{path}"
        admin, me, lid = build(url, args.steps)
        result[backend] = {
            "cartable": cartable_bench(url, me, admin, lid, args.samples),
            "second_desktop": second_desktop(url, admin, me, lid, args.referrals),
        }
        log(f"{backend}: done")
    emit(result)


if __name__ == "__main__":
    main()
