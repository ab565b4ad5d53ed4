"""Engines and sessions: SQLite pragmas and locking, URL handling, unreachable servers."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from sivadesk.db import Database, is_sqlite, normalize_url, redact
from sivadesk.errors import DatabaseUnavailable


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/var/lib/sivadesk/store.sqlite3", "sqlite:////var/lib/sivadesk/store.sqlite3"),
        ("store.sqlite3", "sqlite:///store.sqlite3"),
        ("sqlite:///x.sqlite3", "sqlite:///x.sqlite3"),
        ("postgresql://u:p@host:5432/db", "postgresql+psycopg://u:p@host:5432/db"),
        ("postgres://host/db", "postgresql+psycopg://host/db"),
        ("postgresql+psycopg://host/db", "postgresql+psycopg://host/db"),
    ],
)
def test_normalize_url(url: str, expected: str) -> None:
    assert normalize_url(url) == expected


def test_is_sqlite_and_redact() -> None:
    assert is_sqlite("/tmp/x.sqlite3")
    assert not is_sqlite("postgresql://h/db")
    shown = redact("postgresql://anne:s3cret@db.office/crm")
    assert "s3cret" not in shown and "anne" in shown and "db.office" in shown


def test_sqlite_pragmas(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "p.sqlite3"))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 10000
        assert db.is_sqlite and db.dialect == "sqlite"
    finally:
        db.dispose()


def test_sqlite_foreign_keys_enforced(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "fk.sqlite3"))
    try:
        with db.session() as s:
            s.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
            s.execute(text("CREATE TABLE child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent(id))"))
        with pytest.raises(Exception, match="FOREIGN KEY"), db.session() as s:
            s.execute(text("INSERT INTO child (p) VALUES (42)"))
    finally:
        db.dispose()


def _other_writer_blocked(path: Path) -> bool:
    """True when another connection cannot start a write transaction right now."""
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return True
    finally:
        other.close()


def test_session_begins_immediate_and_read_session_does_not(tmp_path: Path) -> None:
    path = tmp_path / "lock.sqlite3"
    db = Database(str(path))
    try:
        with db.session() as s:
            s.execute(text("CREATE TABLE t (x INTEGER)"))
        assert not _other_writer_blocked(path)
        with db.session() as s:
            s.execute(text("SELECT count(*) FROM t")).scalar()
            # Only a read so far, yet the write lock is held: a read-then-write never fails half-way.
            assert _other_writer_blocked(path)
        assert not _other_writer_blocked(path)
        with db.read_session() as s:
            s.execute(text("SELECT count(*) FROM t")).scalar()
            assert not _other_writer_blocked(path)
        # The connection goes back to the pool and must take the lock again in a write session.
        with db.session() as s:
            s.execute(text("SELECT 1"))
            assert _other_writer_blocked(path)
    finally:
        db.dispose()


def test_session_commits_and_rolls_back(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "tx.sqlite3"))
    try:
        with db.session() as s:
            s.execute(text("CREATE TABLE t (x INTEGER)"))
        with pytest.raises(RuntimeError), db.session() as s:
            s.execute(text("INSERT INTO t VALUES (1)"))
            raise RuntimeError("boom")
        with db.session() as s:
            s.execute(text("INSERT INTO t VALUES (2)"))
        with db.read_session() as s:
            assert s.execute(text("SELECT x FROM t")).scalars().all() == [2]
    finally:
        db.dispose()


def test_check_unreachable_postgresql_is_quick_and_clear() -> None:
    db = Database("postgresql://someone:hunter2@127.0.0.1:1/nothing")
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable) as info:
            db.check()
        assert time.monotonic() - started < 6
        message = str(info.value)
        assert "127.0.0.1:1" in message
        assert "hunter2" not in message
        assert "does not answer" in message
        assert info.value.params["reason"]  # the driver's own words, first line
        assert "\n" not in info.value.params["reason"]
    finally:
        db.dispose()


def test_check_unopenable_sqlite(tmp_path: Path) -> None:
    (tmp_path / "a_file").write_text("x")
    db = Database(str(tmp_path / "a_file" / "store.sqlite3"))  # parent is a file, not a folder
    try:
        with pytest.raises(DatabaseUnavailable, match="unable to open"):
            db.check()
    finally:
        db.dispose()


def test_check_ok(db: Database) -> None:
    db.check()
