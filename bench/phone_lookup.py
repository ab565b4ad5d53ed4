"""Contact lookup by an incoming number, 1,000,000 contacts, SQLite and PostgreSQL.

Goal (issue 2): p99 <= 2 ms per lookup on each backend, with the number in any of the formats a
caller-ID unit or a user gives ("0612345678", "+33 6 12 34 56 78", "612345678", "0033612345678",
Iranian numbers likewise), plus numbers nobody has (the slowest path: every suffix length tried).
Each lookup is what the caller-ID service does: ``PhoneDirectory.lookup`` (a held connection, in
autocommit on PostgreSQL: one round trip per call; a short read transaction on SQLite).

    python bench/phone_lookup.py [--contacts 1000000] [--lookups 5000] [--backend both]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import big_store, emit, log, percentiles, pg_available
from sqlalchemy import select

from sivadesk import phones
from sivadesk.db import Database
from sivadesk.models import ContactPhone
from sivadesk.ops import office
from sivadesk.ops.contact_search import PhoneDirectory

GOAL_P99_MS = 2.0


def variants(e164: str) -> list[str]:
    """The forms a stored E.164 number reaches us in."""
    cc = "33" if e164.startswith("+33") else "98" if e164.startswith("+98") else None
    if cc is None:
        return [e164]
    national = e164[1 + len(cc) :]
    spaced = " ".join(national[i : i + 2] for i in range(0, len(national), 2))
    return [f"0{national}", f"+{cc} {spaced}", national, f"00{cc}{national}"]


def sample_numbers(db: Database, n: int, rng: random.Random) -> list[tuple[str, bool]]:
    with db.read_session() as s:
        max_id = s.scalar(select(ContactPhone.id).order_by(ContactPhone.id.desc()).limit(1)) or 0
        picked: list[str] = []
        while len(picked) < n // 8 + 1:
            ids = [rng.randint(1, max_id) for _ in range(200)]
            picked += [e for e in s.scalars(select(ContactPhone.e164).where(ContactPhone.id.in_(ids))) if e]
    known = [(v, True) for e in picked for v in variants(e)]
    unknown = [(f"+33 7 {rng.randint(10, 99)} {rng.randint(100000, 999999)}", False) for _ in range(n // 5)]
    out = known + unknown
    rng.shuffle(out)
    return out[:n]


def run(url: str, lookups: int) -> dict[str, object]:
    db = Database(url)
    rng = random.Random(3)
    numbers = sample_numbers(db, lookups, rng)
    with db.read_session() as s:
        settings = office.load(s)
    directory = PhoneDirectory(db)
    # Warm the connection and caches the way a running caller-ID service is warm.
    for number, _ in numbers[:500]:
        directory.lookup(number)
    times: list[float] = []
    misses = 0
    for number, known in numbers:
        t0 = time.perf_counter()
        found = directory.lookup(number)
        times.append((time.perf_counter() - t0) * 1000)
        if known and not found:
            misses += 1
    directory.close()
    # parse_phone alone, to show how much of a lookup is number parsing rather than the database.
    t0 = time.perf_counter()
    for number, _ in numbers:
        phones.parse_phone(number, settings.phone_region)
    parse_ms = (time.perf_counter() - t0) * 1000 / len(numbers)
    db.dispose()
    stats = percentiles(times)
    return {**stats, "known_numbers_not_found": misses, "parse_only_mean_ms": round(parse_ms, 4)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--lookups", type=int, default=5000)
    ap.add_argument("--backend", default="both", choices=["sqlite", "postgresql", "both"])
    args = ap.parse_args()
    result: dict[str, object] = {
        "benchmark": "phone_lookup",
        "contacts": args.contacts,
        "goal": {"p99_ms": GOAL_P99_MS},
    }
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        if backend == "postgresql" and (reason := pg_available()):
            result[backend] = {"skipped": f"PostgreSQL not reachable: {reason}"}
            continue
        url = big_store(backend, args.contacts)
        r = run(url, args.lookups)
        r["meets_goal"] = float(r["p99_ms"]) <= GOAL_P99_MS and r["known_numbers_not_found"] == 0  # type: ignore[arg-type]
        result[backend] = r
        log(f"{backend}: p99 {r['p99_ms']} ms")
    emit(result)


if __name__ == "__main__":
    main()
