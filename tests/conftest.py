"""Shared fixtures: every store-backed test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``SIVADESK_TEST_PG_URL`` (default: the local server at 127.0.0.1:5432, user
postgres, database ``test``). Each test session creates its own database there and drops it at the
end; tests are isolated by truncating every table. Without a server the PostgreSQL runs skip with
the reason.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import hypothesis
import pytest
from sqlalchemy import create_engine, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.models import Base
from sivadesk.ops import users
from sivadesk.ops.context import Actor

# Property tests: no per-example deadline. CI and developers run the suite on 2 busy cores, where a
# 200 ms deadline fails examples for the machine's load, not for the code.
hypothesis.settings.register_profile("sivadesk", deadline=None)
hypothesis.settings.load_profile("sivadesk")

PG_ADMIN_URL = os.environ.get("SIVADESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _pg_admin_engine():  # type: ignore[no-untyped-def]
    url = PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1)
    return create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test session (or a skip with the reason)."""
    try:
        admin = _pg_admin_engine()
        with admin.connect() as conn:
            name = f"sivadesk_t_{os.getpid()}_{uuid.uuid4().hex[:6]}"
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {str(exc).splitlines()[0]}")
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    db = Database(url)
    migrate.upgrade(db)
    db.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


def empty_pg_store(url: str) -> None:
    """Empty the per-session PostgreSQL store between tests.

    ``TRUNCATE ... RESTART IDENTITY`` costs 0.25-0.35 s per test (every table and index gets a new
    file and the server scans shared_buffers to drop the old ones). Test data is tiny, so deleting
    the rows (children first) and ``setval`` on every sequence leaves the same empty store in ~10 ms.
    """
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(text(f'DELETE FROM "{table.name}"'))
            conn.execute(
                text(
                    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, 1, false) "
                    "FROM pg_sequences WHERE schemaname = current_schema()"
                )
            )
    finally:
        db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """URL of an empty, migrated store; the test runs once per backend."""
    if request.param == "sqlite":
        path = tmp_path / "store.sqlite3"
        shutil.copy(sqlite_template, path)
        yield f"sqlite:///{path}"
    else:
        url = request.getfixturevalue("pg_url")
        empty_pg_store(url)
        yield url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def admin(db: Database) -> Actor:
    with db.session() as s:
        return users.create_first_admin(s, "admin", "Admin Istrateur", "correct horse")


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared test data not present at {SHARED}")
    return SHARED
