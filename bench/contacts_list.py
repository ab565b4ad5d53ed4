"""The contact list over 1,000,000 contacts: first paint, and memory while scrolling.

Goal (issue 2): first paint <= 300 ms, memory flat while scrolling. The real ContactsPage (search
box, filters, lazy model, table view) is built offscreen on a 1,000,000-contact demo store; first
paint is from constructing the page to the table having painted its first rows (count + first
page fetched on the pages worker, view repainted). Then the view is scrolled to many places, top
to bottom and at random, waiting each time for the visible rows; the process's resident memory is
sampled as it goes.

    python bench/contacts_list.py [--contacts 1000000] [--backend both] [--jumps 400]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, big_store, emit, log, pg_available
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from sivadesk.config import Settings
from sivadesk.db import Database
from sivadesk.ops import office
from sivadesk.ops.context import Actor
from sivadesk.ui.contacts_page import ContactsPage
from sivadesk.ui.context import UiContext
from sivadesk.ui.runner import Runner

GOAL_FIRST_PAINT_MS = 300.0


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def wait_until(pred, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.perf_counter() + timeout
    while not pred():
        if time.perf_counter() > deadline:
            raise TimeoutError("the list did not load in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def first_paint(ctx: UiContext) -> tuple[float, ContactsPage]:
    t0 = time.perf_counter()
    page = ContactsPage(ctx)
    page.resize(1200, 760)
    page.show()
    wait_until(lambda: page.model.known and page.model.summary(0) is not None)
    page.view.viewport().repaint()
    return (time.perf_counter() - t0) * 1000, page


def run(url: str, jumps: int) -> dict[str, object]:
    db = Database(url)
    with db.read_session() as s:
        settings = office.load(s)
    ctx = UiContext(
        db,
        Runner(db, "store"),
        Runner(db, "pages"),
        Actor.system(),
        Settings(OUT / "bench-settings.json"),
        settings,
    )
    paints = []
    for _ in range(5):
        ms, page = first_paint(ctx)
        paints.append(ms)
        page.close()
        page.deleteLater()
        QCoreApplication.processEvents()
    ms, page = first_paint(ctx)
    model, table = page.model, page.view
    # The exact count (a scan of the live-contacts index) follows the first page; scroll once known.
    t0 = time.perf_counter()
    wait_until(lambda: model.counted)
    count_ms = (time.perf_counter() - t0 + ms / 1000) * 1000
    bar = table.verticalScrollBar()
    rows = model.rowCount()
    rng = random.Random(5)
    positions = [int(i * bar.maximum() / (jumps // 2)) for i in range(jumps // 2)]
    positions += [rng.randint(0, bar.maximum()) for _ in range(jumps - len(positions))]
    samples = [rss_mb()]
    fetch_ms = []
    for i, pos in enumerate(positions):
        bar.setValue(pos)
        t0 = time.perf_counter()
        QCoreApplication.processEvents()
        top = max(0, table.rowAt(0))
        wait_until(lambda top=top: model.summary(top) is not None)  # type: ignore[misc]
        table.viewport().repaint()
        fetch_ms.append((time.perf_counter() - t0) * 1000)
        if i % 25 == 0:
            samples.append(rss_mb())
    samples.append(rss_mb())
    half = len(samples) // 2
    result = {
        "rows": rows,
        "first_paint_ms": round(statistics.median(paints), 1),
        "first_paint_all_ms": [round(p, 1) for p in paints],
        "exact_count_known_ms": round(count_ms, 1),
        "scroll_jumps": len(positions),
        "jump_to_rows_shown_median_ms": round(statistics.median(fetch_ms), 1),
        "jump_to_rows_shown_p95_ms": round(sorted(fetch_ms)[int(len(fetch_ms) * 0.95)], 1),
        "cached_pages_at_end": len(model.cached_pages()),
        "cached_pages_limit": model.max_pages,
        "rss_mb_start": round(samples[0], 1),
        "rss_mb_after_first_half": round(samples[half], 1),
        "rss_mb_end": round(samples[-1], 1),
        "rss_mb_max": round(max(samples), 1),
        # Flat: the second half of the scrolling grows memory by less than 5 MB.
        "memory_flat": samples[-1] - samples[half] < 5.0,
    }
    page.close()
    ctx.runner.stop()
    ctx.pages.stop()
    db.dispose()
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--contacts", type=int, default=1_000_000)
    ap.add_argument("--backend", default="both", choices=["sqlite", "postgresql", "both"])
    ap.add_argument("--jumps", type=int, default=400)
    args = ap.parse_args()
    app = QApplication([])
    QTimer.singleShot(0, lambda: None)
    result: dict[str, object] = {
        "benchmark": "contacts_list",
        "contacts": args.contacts,
        "goal": {"first_paint_ms": GOAL_FIRST_PAINT_MS, "memory": "flat while scrolling"},
    }
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        if backend == "postgresql" and (reason := pg_available()):
            result[backend] = {"skipped": f"PostgreSQL not reachable: {reason}"}
            continue
        r = run(big_store(backend, args.contacts), args.jumps)
        r["meets_goal"] = float(r["first_paint_ms"]) <= GOAL_FIRST_PAINT_MS and bool(r["memory_flat"])  # type: ignore[arg-type]
        result[backend] = r
        log(
            f"{backend}: first paint {r['first_paint_ms']} ms, rss {r['rss_mb_start']} -> {r['rss_mb_end']} MB"
        )
    app.quit()
    emit(result)


if __name__ == "__main__":
    main()
