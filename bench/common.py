"""Shared pieces of the benchmarks: scratch stores, cached big stores, statistics, JSON output.

Big stores (1,000,000 contacts) take minutes to build, so they are kept between runs: the SQLite
file under ``out/bench/`` and the PostgreSQL database ``sivadesk_bench_<n>`` on the test server.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.models import Contact

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out" / "bench"
PG_ADMIN_URL = os.environ.get("SIVADESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def pg_available() -> str | None:
    """None when the PostgreSQL server answers, else the reason."""
    try:
        eng = create_engine(_pg(PG_ADMIN_URL), connect_args={"connect_timeout": 3})
        with eng.connect() as conn:
            conn.execute(text("SELECT 1"))
        eng.dispose()
    except Exception as exc:
        return str(exc).splitlines()[0]
    return None


def _pg(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def pg_database(name: str, fresh: bool) -> str:
    """URL of database ``name`` on the test server, created (or re-created when ``fresh``)."""
    admin = create_engine(_pg(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname=:n"), {"n": name}).first()
        if exists and fresh:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        if not exists or fresh:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    admin.dispose()
    return url


def drop_pg_database(name: str) -> None:
    admin = create_engine(_pg(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def contact_count(db: Database) -> int:
    try:
        with db.read_session() as s:
            return int(s.scalar(select(func.count()).select_from(Contact)) or 0)
    except Exception:
        return -1


def big_store(backend: str, contacts: int) -> str:
    """URL of a demo store with ``contacts`` contacts, built once and then reused."""
    from sivadesk.ops import demo

    if backend == "sqlite":
        OUT.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{OUT / f'contacts-{contacts}.sqlite3'}"
    else:
        url = pg_database(f"sivadesk_bench_{contacts}", fresh=False)
    db = Database(url)
    migrate.upgrade(db, make_backup=False)
    have = contact_count(db)
    if have < contacts:
        db.dispose()
        if backend == "sqlite":
            Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        else:
            url = pg_database(f"sivadesk_bench_{contacts}", fresh=True)
        db = Database(url)
        migrate.upgrade(db, make_backup=False)
        t0 = time.perf_counter()
        demo.generate(db, contacts=contacts, seed=7)
        log(f"built {backend} store with {contacts} contacts in {time.perf_counter() - t0:.0f} s")
    db.dispose()
    return url


def percentiles(values_ms: Sequence[float]) -> dict[str, float]:
    vals = sorted(values_ms)
    if not vals:
        return {}

    def pct(p: float) -> float:
        return round(vals[min(len(vals) - 1, max(0, round(p / 100 * len(vals)) - 1))], 3)

    return {
        "n": len(vals),
        "p50_ms": pct(50),
        "p95_ms": pct(95),
        "p99_ms": pct(99),
        "max_ms": round(vals[-1], 3),
        "mean_ms": round(statistics.fmean(vals), 3),
    }


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def emit(result: dict[str, object]) -> None:
    """The benchmark's answer: one JSON document on stdout."""
    print(json.dumps(result, indent=2, ensure_ascii=False))
