"""Engines and sessions for the embedded SQLite store and the shared PostgreSQL store."""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sivadesk.errors import DatabaseUnavailable

log = logging.getLogger("sivadesk.db")


def normalize_url(url: str) -> str:
    """Accept ``postgresql://`` and plain file paths; use psycopg 3 for PostgreSQL."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(url_or_engine: str | Engine) -> bool:
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(normalize_url(url_or_engine))
    return url.get_backend_name() == "sqlite"


def redact(url: str) -> str:
    return make_url(normalize_url(url)).render_as_string(hide_password=True)


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy own transactions (pysqlite's implicit BEGIN is disabled), then turn on WAL,
    # foreign keys and a busy timeout so concurrent desktops/processes wait instead of failing.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=10000")
    _use_wal(cur)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _use_wal(cur: Any) -> None:
    """Switch the file to WAL once (the mode is stored in the file).

    The switch needs an exclusive lock, and SQLite answers a lock-upgrade deadlock with
    "database is locked" at once, without waiting for the busy timeout. That happens when two
    processes open a brand-new file together (a desktop and a device service starting at the same
    moment), so the switch is retried for a few seconds.
    """
    deadline = time.monotonic() + 10
    while True:
        if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() in ("wal", "memory"):
            return
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            log.debug("switching to WAL: %s; retrying", exc)
            time.sleep(0.05)


def _sqlite_on_begin(conn: Any) -> None:
    # BEGIN IMMEDIATE: writers take the lock up front, so a read-then-write (counters, numbering)
    # never fails half-way with SQLITE_BUSY upgrading a shared lock.
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("immediate", True) else "BEGIN")


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalize_url(url)
    if is_sqlite(url):
        engine = create_engine(url, connect_args={"timeout": 10}, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
    else:
        kwargs.setdefault("pool_pre_ping", True)
        connect_args = kwargs.pop("connect_args", {})
        connect_args.setdefault("connect_timeout", 5)
        engine = create_engine(url, connect_args=connect_args, **kwargs)
    return engine


class Database:
    """One store: an engine plus a session factory. ``session()`` is one unit of work."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = normalize_url(url)
        self.engine = engine or make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back if it raises."""
        with self._sessions() as s, s.begin():
            yield s

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read-only unit of work; on SQLite it does not take the write lock."""
        with self.engine.connect() as conn:
            conn.info["immediate"] = False
            try:
                with Session(bind=conn) as s, s.begin():
                    yield s
            finally:
                conn.info["immediate"] = True

    def check(self) -> None:
        """Raise :class:`DatabaseUnavailable` with the driver's reason when the store does not answer."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise DatabaseUnavailable(url=redact(self.url), reason=reason) from exc

    def dispose(self) -> None:
        self.engine.dispose()
