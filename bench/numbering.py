"""Gapless letter numbering under concurrent processes, against a raw-SQL row-lock counter.

Goal (issue 3): 16 processes x 200 registrations into one register on PostgreSQL (6 processes on an
SQLite file), 10 % of the transactions rolled back after their number was taken: 0 duplicates,
0 gaps, and a throughput of at least 0.7 x a raw-SQL counter measured in the same run.

* **service**: each transaction is what a desktop does: ``letters.create_draft`` +
  ``letters.register_letter`` (counter upsert + ``UPDATE … RETURNING``, letter update, audit entry,
  change-feed event) and ``COMMIT``; or ``ROLLBACK`` after numbering for 10 % of them.
* **counter**: SivaDesk's numbering alone (``letters.numbering.next_number``: counter upsert +
  ``UPDATE … RETURNING`` through the same engine and session a desktop uses) + ``INSERT`` of a
  minimal row, the same transaction shape as ``raw_sql``. The goal compares this phase with
  ``raw_sql``: what our numbering costs over the least a row-lock counter can do. ``service`` shows
  what a whole registration costs (it also writes the letter, its audit entry, change-feed event
  and search index).
* **raw_sql**: the least a correct gapless counter can do: ``UPDATE bench_counter SET last = last
  + 1 … RETURNING last`` + ``INSERT`` of a minimal row, with the same rollback ratio (SQLite: in a
  ``BEGIN IMMEDIATE`` transaction, as SivaDesk's engine opens them).

Both run in the same worker processes, one phase after the other (rounds alternate the order), each
phase released by a barrier once every worker has started and connected. Throughput counts every
transaction (committed or rolled back) from the first worker's start to the last worker's end.
Afterwards the register's numbers must be exactly 1..committed, and the counter must say so.

    python bench/numbering.py [--backend postgresql|sqlite|both] [--db URL]
                              [--pg-procs 16] [--sqlite-procs 6] [--each 200] [--rollback 0.1]

Without ``--db`` it makes a scratch PostgreSQL database (dropped afterwards) and a scratch SQLite
file. With ``--db`` it uses that store (it WRITES letters into a new register there: use a scratch
database) and only that store's backend.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import queue
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_pg_database, emit, log, percentiles, pg_available, pg_database
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.models import Letter, RegisterCounter
from sivadesk.ops import letters, registers
from sivadesk.ops.context import Actor

GOAL_RATIO = 0.7
SPAWN = mp.get_context("spawn")
COUNTER, ROWS = "bench_numbering_counter", "bench_numbering_row"
COUNTER_ROWS = "bench_numbering_counter_row"
PHASES = ["raw_sql", "counter", "service", "service_private"]


class _Rollback(Exception):
    pass


# -- worker processes --------------------------------------------------------------------------


def _service_tx(db: Database, actor: Actor, register_id: int, when: dt.date, rollback: bool, i: int) -> int:
    with db.session() as s:
        draft = letters.create_draft(s, actor, register_id, f"Bench letter {i}")
        seq = letters.register_letter(s, actor, draft.id, when).seq
        assert seq is not None
        if rollback:
            raise _Rollback(seq)
    return seq


def _counter_tx(db: Database, actor: Actor, register_id: int, when: dt.date, rollback: bool, i: int) -> int:
    from sivadesk.letters.numbering import next_number

    with db.session() as s:
        seq, _number = next_number(s, actor, register_id, when)
        s.execute(
            text(f"INSERT INTO {COUNTER_ROWS} (seq, label) VALUES (:seq, :label)"),
            {"seq": seq, "label": f"c{i}"},
        )
        if rollback:
            raise _Rollback(seq)
    return seq


def _raw_tx(db: Database, rollback: bool, i: int) -> int:
    with db.engine.connect() as conn, conn.begin():  # rolled back when _Rollback leaves the block
        seq = int(
            conn.execute(
                text(f"UPDATE {COUNTER} SET last = last + 1 WHERE id = 1 RETURNING last")
            ).scalar_one()
        )
        conn.execute(
            text(f"INSERT INTO {ROWS} (seq, label) VALUES (:seq, :label)"), {"seq": seq, "label": f"r{i}"}
        )
        if rollback:
            raise _Rollback(seq)
    return seq


class _LockClock:
    """When the current transaction took its counter's row lock (its ``UPDATE … counter``): the
    time from there to the end of COMMIT/ROLLBACK is how long other desktops had to wait."""

    def __init__(self, db: Database) -> None:
        self.locked_at = 0.0
        self._engine = db.engine
        event.listen(db.engine, "before_cursor_execute", self._on_execute)

    def _on_execute(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith(("UPDATE register_counter", f"UPDATE {COUNTER}")):
            self.locked_at = time.perf_counter()

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._on_execute)

    def held_ms(self) -> float:
        return (time.perf_counter() - self.locked_at) * 1000


def worker(
    url: str,
    register_ids: list[int],
    phases: list[str],
    each: int,
    ratio: float,
    seed: int,
    start: Any,
    out: Any,
) -> None:
    """One desktop: runs every phase when the barrier lets it, reports (phase, committed seqs,
    rolled-back seqs, per-transaction ms, start, end, lock-held ms, failed transactions, CPU ms).
    ``register_ids[0]`` is the shared register, ``register_ids[2 + seed]`` this worker's own (the
    ``service_private`` phase). A transaction the database refuses (SQLite: still locked after the
    busy timeout) is rolled back, counted as failed and not retried, as a desktop would report it."""
    db = Database(url)
    with db.engine.connect() as conn:  # connected before the clock starts
        conn.execute(text("SELECT 1"))
    clock = _LockClock(db)
    actor, when = Actor.system(), dt.date.today()
    for phase in phases:
        rng = random.Random(f"{seed}-{phase}")
        committed: list[int] = []
        rolled_back: list[int] = []
        times: list[float] = []
        held: list[float] = []
        failed: list[str] = []
        start.wait(1800)
        t0, cpu0 = time.monotonic(), time.process_time()
        for i in range(each):
            rollback = rng.random() < ratio
            t = time.perf_counter()
            try:
                if phase == "service":
                    committed.append(_service_tx(db, actor, register_ids[0], when, rollback, i))
                elif phase == "service_private":
                    committed.append(_service_tx(db, actor, register_ids[2 + seed], when, rollback, i))
                elif phase == "counter":
                    committed.append(_counter_tx(db, actor, register_ids[-1], when, rollback, i))
                else:
                    committed.append(_raw_tx(db, rollback, i))
            except _Rollback as exc:
                rolled_back.append(int(exc.args[0]))
            except OperationalError as exc:
                failed.append(str(exc.orig or exc).splitlines()[0])
            held.append(clock.held_ms())
            times.append((time.perf_counter() - t) * 1000)
        cpu_ms = (time.process_time() - cpu0) * 1000
        out.put((phase, committed, rolled_back, times, t0, time.monotonic(), held, failed, cpu_ms))
    db.dispose()


# -- the run -------------------------------------------------------------------------------------


def _prepare(db: Database, procs: int) -> list[int]:
    """The raw counter's two tables, and fresh registers: the shared one, one for the single-process
    figures, then one per worker."""
    migrate.upgrade(db, make_backup=False)
    serial = "INTEGER PRIMARY KEY AUTOINCREMENT" if db.is_sqlite else "BIGSERIAL PRIMARY KEY"
    with db.engine.begin() as conn:
        conn.execute(text(f"DROP TABLE IF EXISTS {ROWS}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {COUNTER_ROWS}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {COUNTER}"))
        conn.execute(text(f"CREATE TABLE {COUNTER} (id INTEGER PRIMARY KEY, last INTEGER NOT NULL)"))
        conn.execute(
            text(f"CREATE TABLE {COUNTER_ROWS} (id {serial}, seq INTEGER NOT NULL UNIQUE, label VARCHAR(40))")
        )
        conn.execute(text(f"INSERT INTO {COUNTER} (id, last) VALUES (1, 0)"))
        conn.execute(
            text(f"CREATE TABLE {ROWS} (id {serial}, seq INTEGER NOT NULL UNIQUE, label VARCHAR(40))")
        )
    ids = []
    with db.session() as s:
        for _ in range(procs + 3):  # shared, single-process, one per worker, the counter phase's
            code = f"B{uuid.uuid4().hex[:8].upper()}"
            ids.append(
                registers.create_register(
                    s, Actor.system(), f"Bench {code}", code, "outbound", f"{code}-{{year}}-{{seq:05}}"
                ).id
            )
    return ids


def _check(seqs: list[int], counter_last: int) -> dict[str, int]:
    """Duplicates and gaps among one counter's committed numbers (they must be exactly 1..n)."""
    distinct = set(seqs)
    return {
        "committed_in_db": len(seqs),
        "duplicates": len(seqs) - len(distinct),
        "gaps": (max(distinct) if distinct else 0) - len(distinct),
        "counter_mismatch": int(counter_last != len(seqs)),
    }


def _check_register(s: Session, register_id: int) -> dict[str, int]:
    seqs = s.scalars(select(Letter.seq).where(Letter.register_id == register_id, Letter.seq.is_not(None)))
    last = s.scalar(
        select(func.coalesce(func.sum(RegisterCounter.last), 0)).where(
            RegisterCounter.register_id == register_id
        )
    )
    return _check([int(x) for x in seqs], int(last or 0))


def _check_store(db: Database, register_ids: list[int]) -> dict[str, dict[str, int]]:
    with db.read_session() as s:
        private = [_check_register(s, rid) for rid in register_ids[2:-1]]
        return {
            "service": _check_register(s, register_ids[0]),
            "service_private": {k: sum(c[k] for c in private) for k in private[0]},
            "counter": _check(
                [int(x) for x in s.execute(text(f"SELECT seq FROM {COUNTER_ROWS}")).scalars()],
                int(
                    s.scalar(
                        select(func.coalesce(func.sum(RegisterCounter.last), 0)).where(
                            RegisterCounter.register_id == register_ids[-1]
                        )
                    )
                    or 0
                ),
            ),
            "raw_sql": _check(
                [int(x) for x in s.execute(text(f"SELECT seq FROM {ROWS}")).scalars()],
                int(s.execute(text(f"SELECT last FROM {COUNTER} WHERE id = 1")).scalar_one()),
            ),
        }


def _next_report(out: Any, workers: list[Any]) -> tuple[Any, ...]:
    """The next worker report; stops the run if a worker died instead of waiting for it forever."""
    while True:
        try:
            report: tuple[Any, ...] = out.get(timeout=5)
            return report
        except queue.Empty:
            dead = [w.exitcode for w in workers if w.exitcode not in (None, 0)]
            if dead:
                for w in workers:
                    w.kill()
                raise SystemExit(f"a worker died (exit code {dead[0]}); see its traceback above") from None


def _seconds(reports: list[tuple[Any, ...]]) -> float:
    """Wall time of one phase: the first worker's start to the last worker's end."""
    return float(max(r[5] for r in reports) - min(r[4] for r in reports))


def _summary(runs: list[list[tuple[Any, ...]]]) -> dict[str, Any]:
    """One phase over its rounds (each round: one report per worker)."""
    reports = [r for run in runs for r in run]
    committed = [x for r in reports for x in r[1]]
    rolled_back = sum(len(r[2]) for r in reports)
    times = [x for r in reports for x in r[3]]
    failed = [x for r in reports for x in r[7]]
    seconds = sum(_seconds(run) for run in runs)
    return {
        "transactions": len(times),
        "committed": len(committed),
        "rolled_back": rolled_back,
        "failed": len(failed),
        **({"failed_because": sorted(set(failed))} if failed else {}),
        "seconds": round(seconds, 3),
        "tx_per_s": round(len(times) / seconds, 1),
        # What one transaction costs the desktop's process, whatever the machine's load.
        "client_cpu_ms_per_tx": round(sum(r[8] for r in reports) / len(times), 3),
        **{k: v for k, v in percentiles(times).items() if k != "n"},
        "lock_held_ms": {
            k: v for k, v in percentiles([x for r in reports for x in r[6]]).items() if k != "n"
        },
    }


def _single_process(db: Database, register_id: int, n: int = 100) -> dict[str, float]:
    """Median cost of one transaction of each kind with nobody else about: the work itself."""
    clock = _LockClock(db)
    actor, when = Actor.system(), dt.date.today()
    out: dict[str, float] = {}
    for phase in ("raw_sql", "service"):
        times, held = [], []
        for i in range(n):
            t = time.perf_counter()
            if phase == "service":
                _service_tx(db, actor, register_id, when, False, i)
            else:
                _raw_tx(db, False, i)
            times.append((time.perf_counter() - t) * 1000)
            held.append(clock.held_ms())
        out[phase] = round(statistics.median(times), 3)
        out[f"{phase}_lock_held"] = round(statistics.median(held), 3)
    clock.close()
    return out


def run(url: str, procs: int, each: int, ratio: float, rounds: int) -> dict[str, Any]:
    db = Database(url)
    register_ids = _prepare(db, procs)
    solo = _single_process(db, register_ids[1])
    phases: list[str] = []
    for r in range(rounds):
        phases += PHASES if r % 2 == 0 else PHASES[::-1]
    start, out = SPAWN.Barrier(procs), SPAWN.Queue()
    workers = [
        SPAWN.Process(target=worker, args=(db.url, register_ids, phases, each, ratio, seed, start, out))
        for seed in range(procs)
    ]
    for w in workers:
        w.start()
    by_phase: dict[str, list[list[tuple[Any, ...]]]] = {p: [] for p in PHASES}
    shared_committed: list[int] = []
    for phase in phases:
        reports = [_next_report(out, workers) for _ in workers]
        assert all(r[0] == phase for r in reports)
        by_phase[phase].append(reports)
        if phase == "service":
            shared_committed += [x for r in reports for x in r[1]]
        log(f"{db.dialect} {phase}: {_summary([reports])['tx_per_s']} tx/s")
    for w in workers:
        w.join(60)
        if w.exitcode != 0:
            raise SystemExit(f"a worker failed (exit code {w.exitcode})")
    result: dict[str, Any] = {
        "processes": procs,
        "each": each,
        "rollback_ratio": ratio,
        "rounds": rounds,
        "single_process_ms_per_tx": solo,
    }
    for phase, runs in by_phase.items():
        result[phase] = _summary(runs)
        result[phase]["tx_per_s_by_round"] = [_summary([reports])["tx_per_s"] for reports in runs]
    for phase, check in _check_store(db, register_ids).items():
        result[phase].update(check)
    service, raw, private = result["service"], result["raw_sql"], result["service_private"]
    counter = result["counter"]
    # Every committed number was handed out once (as the workers saw it), and the store agrees.
    service["duplicates_reported"] = len(shared_committed) - len(set(shared_committed))
    by_round = [s / r for s, r in zip(service["tx_per_s_by_round"], raw["tx_per_s_by_round"], strict=True)]
    # The goal: SivaDesk's numbering against the raw row-lock counter, same transaction shape.
    result["ratio"] = round(counter["tx_per_s"] / raw["tx_per_s"], 3)
    result["ratio_by_round"] = [
        round(c / r, 3) for c, r in zip(counter["tx_per_s_by_round"], raw["tx_per_s_by_round"], strict=True)
    ]
    # What a whole registration (letter, audit, feed, index) costs against the same baseline.
    result["service_ratio"] = round(service["tx_per_s"] / raw["tx_per_s"], 3)
    result["service_ratio_by_round"] = [round(x, 3) for x in by_round]
    # Diagnostic: the same service work without a shared counter (one register per worker).
    result["shared_over_private"] = round(service["tx_per_s"] / private["tx_per_s"], 3)
    result["gapless"] = all(
        c["duplicates"] == 0 and c["gaps"] == 0 and c["counter_mismatch"] == 0
        for c in (service, private, raw, counter)
    ) and (service["duplicates_reported"] == 0 and service["committed_in_db"] == service["committed"])
    result["meets_goal"] = bool(result["gapless"] and result["ratio"] >= GOAL_RATIO)
    with db.engine.begin() as conn:
        conn.execute(text(f"DROP TABLE IF EXISTS {ROWS}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {COUNTER_ROWS}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {COUNTER}"))
    db.dispose()
    log(f"{'sqlite' if url.startswith('sqlite') else 'postgresql'}: {json.dumps(result)}")
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--backend", default="both", choices=["postgresql", "sqlite", "both"])
    ap.add_argument("--db", metavar="URL", help="use this store (scratch only: letters are written to it)")
    ap.add_argument("--pg-procs", type=int, default=16)
    ap.add_argument("--sqlite-procs", type=int, default=6)
    ap.add_argument("--each", type=int, default=200, help="registrations per process and phase")
    ap.add_argument("--rollback", type=float, default=0.1, help="share of transactions rolled back")
    ap.add_argument("--rounds", type=int, default=2, help="service/raw pairs, alternating the order")
    args = ap.parse_args()
    result: dict[str, Any] = {
        "benchmark": "numbering",
        "goal": {"duplicates": 0, "gaps": 0, "service_over_raw_sql_min": GOAL_RATIO},
    }
    if args.db:
        db = Database(args.db)
        backend, url = ("sqlite" if db.is_sqlite else "postgresql"), db.url
        db.dispose()
        procs = args.sqlite_procs if backend == "sqlite" else args.pg_procs
        result[backend] = run(url, procs, args.each, args.rollback, args.rounds)
        emit(result)
        return
    if args.backend in ("postgresql", "both"):
        reason = pg_available()
        if reason:
            result["postgresql"] = {"skipped": f"PostgreSQL not reachable: {reason}"}
        else:
            url = pg_database("sivadesk_bench_numbering", fresh=True)
            try:
                result["postgresql"] = run(url, args.pg_procs, args.each, args.rollback, args.rounds)
            finally:
                drop_pg_database("sivadesk_bench_numbering")
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            result["sqlite"] = run(
                f"sqlite:///{tmp}/numbering.sqlite3", args.sqlite_procs, args.each, args.rollback, args.rounds
            )
    emit(result)


if __name__ == "__main__":
    main()
