"""Letter numbering across processes (spawned interpreters, not threads) on SQLite and PostgreSQL.

Desktops of one office are separate processes on one database. Several of them register letters in
one register at once, some transactions roll back after their number was taken, and one desktop is
killed (SIGKILL) while it holds a number: the numbers stay gapless and duplicate-free, and the next
registration neither waits forever nor skips the dead desktop's number.

The Jalali reset at Nowruz is covered by ``test_numbering.py::test_jalali_year_resets_at_nowruz``.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import random
import signal
import sys
import threading
import time
from typing import Any

import pytest
from sqlalchemy import func, select

from sivadesk.db import Database
from sivadesk.models import Letter, RegisterCounter
from sivadesk.ops import letters, registers
from sivadesk.ops.context import Actor

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fcntl locks: POSIX")

WHEN = dt.date(2025, 6, 2)
SPAWN = mp.get_context("spawn")


class _Rollback(Exception):
    """Raised inside a registration's transaction to roll it back after the number was taken."""


def _make_register(db: Database, admin: Actor) -> int:
    with db.session() as s:
        return registers.create_register(
            s, admin, "Courrier départ", "DEP", "outbound", "DEP-{year}-{seq:05}"
        ).id


# -- child processes (module level: spawned interpreters import them by name) ------------------


def _register_many(
    url: str,
    actor: Actor,
    register_id: int,
    count: int,
    rollback_ratio: float,
    seed: int,
    start: Any,
    out: Any,
) -> None:
    """Register ``count`` letters, each in its own transaction; roll back about ``rollback_ratio``
    of them after numbering. Reports ``(committed seqs, rolled-back seqs)``."""
    db = Database(url)
    rng = random.Random(seed)
    committed: list[int] = []
    rolled_back: list[int] = []
    start.wait(120)
    for i in range(count):
        try:
            with db.session() as s:
                draft = letters.create_draft(s, actor, register_id, f"Letter {seed}-{i}")
                info = letters.register_letter(s, actor, draft.id, WHEN)
                assert info.seq is not None and info.number == f"DEP-2025-{info.seq:05}"
                if rng.random() < rollback_ratio:
                    rolled_back.append(info.seq)
                    raise _Rollback
            committed.append(info.seq)
        except _Rollback:
            pass
    db.dispose()
    out.put((committed, rolled_back))


def _register_and_hang(url: str, actor: Actor, register_id: int, out: Any) -> None:
    """Take a number, report it, then hang with the transaction open until killed."""
    db = Database(url)
    with db.session() as s:
        draft = letters.create_draft(s, actor, register_id, "Never committed")
        info = letters.register_letter(s, actor, draft.id, WHEN)
        out.put((draft.id, info.seq))
        time.sleep(600)


# -- checks ------------------------------------------------------------------------------------


def _assert_gapless(db: Database, register_id: int) -> int:
    """Seqs of the register's letters are exactly 1..n and the counter says n; returns n."""
    with db.read_session() as s:
        seqs = sorted(
            s.scalars(select(Letter.seq).where(Letter.register_id == register_id, Letter.seq.is_not(None)))
        )
        last = s.scalar(select(RegisterCounter.last).where(RegisterCounter.register_id == register_id))
        numbers = s.scalar(
            select(func.count(func.distinct(Letter.number))).where(Letter.register_id == register_id)
        )
    assert seqs == list(range(1, len(seqs) + 1)), "gap or duplicate in the numbers"
    assert last == len(seqs) == numbers
    return len(seqs)


# -- tests -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_processes_number_gapless_with_rollbacks(db: Database, admin: Actor) -> None:
    rid = _make_register(db, admin)
    procs_n, each = 4, 25
    start = SPAWN.Barrier(procs_n)
    out = SPAWN.Queue()
    procs = [
        SPAWN.Process(target=_register_many, args=(db.url, admin, rid, each, 0.1, seed, start, out))
        for seed in range(procs_n)
    ]
    for p in procs:
        p.start()
    reports = [out.get(timeout=300) for _ in procs]
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    committed = [seq for c, _ in reports for seq in c]
    rolled_back = [seq for _, r in reports for seq in r]
    assert len(committed) + len(rolled_back) == procs_n * each
    assert rolled_back, "the seeds roll some transactions back"
    # Every committed number was handed to exactly one process, and rolled-back ones were reused.
    assert sorted(committed) == list(range(1, len(committed) + 1))
    assert set(rolled_back) <= set(committed) | {len(committed) + 1}
    assert _assert_gapless(db, rid) == len(committed)


def _kill_while_numbered(db: Database, admin: Actor, rid: int) -> tuple[int, int]:
    """A child takes a number and hangs; it is SIGKILLed while this process waits to register.
    Returns (the dead child's seq, the waiting registration's seq)."""
    with db.session() as s:
        first = letters.register_letter(s, admin, letters.create_draft(s, admin, rid, "Before").id, WHEN)
    assert first.seq == 1
    out = SPAWN.Queue()
    child = SPAWN.Process(target=_register_and_hang, args=(db.url, admin, rid, out))
    child.start()
    try:
        _draft_id, dead_seq = out.get(timeout=120)
        assert dead_seq == 2
        got: list[int | None] = []
        errors: list[BaseException] = []

        def wait_and_register() -> None:  # another desktop, waiting for the counter
            try:
                with db.session() as s:
                    draft = letters.create_draft(s, admin, rid, "After")
                    got.append(letters.register_letter(s, admin, draft.id, WHEN).seq)
            except BaseException as exc:  # asserted below
                errors.append(exc)

        waiter = threading.Thread(target=wait_and_register)
        waiter.start()
        waiter.join(1.0)
        assert waiter.is_alive(), "the counter was not held by the child's open transaction"
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join(30)
        assert child.exitcode == -signal.SIGKILL
        waiter.join(60)  # SQLite: the lock dies with the process; PostgreSQL: the server rolls back
        assert not waiter.is_alive(), "the registration after the kill did not complete"
        assert errors == []
    finally:
        if child.is_alive():
            child.kill()
            child.join(10)
    with db.read_session() as s:
        # The dead transaction's draft is gone with it (SQLite may reuse its id for the next one).
        assert s.scalar(select(Letter.id).where(Letter.subject == "Never committed")) is None
    assert got[0] is not None
    return dead_seq, got[0]


@pytest.mark.slow
def test_kill_9_during_registration_leaves_no_gap(db: Database, admin: Actor) -> None:
    rid = _make_register(db, admin)
    dead_seq, next_seq = _kill_while_numbered(db, admin, rid)
    assert next_seq == dead_seq == 2  # the dead desktop's number went to the next letter
    assert _assert_gapless(db, rid) == 2
    # And numbering simply goes on.
    with db.session() as s:
        info = letters.register_letter(s, admin, letters.create_draft(s, admin, rid, "Later").id, WHEN)
    assert info.number == "DEP-2025-00003"
