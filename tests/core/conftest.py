"""Core tests: the shared fixtures of ``tests/conftest.py`` with a cheaper PostgreSQL reset.

Emptying the store between tests with one ``TRUNCATE ... RESTART IDENTITY CASCADE`` of every
table costs 0.25-0.35 s on PostgreSQL: each truncated table and index gets a new file, and the
server scans all of shared_buffers to drop the old ones. Test data is tiny, so deleting the rows
(children first) and setting every sequence back to 1 leaves exactly the same empty store in
about 10 ms. ``setval`` is used rather than ``ALTER SEQUENCE ... RESTART``, which would give the
sequence a new file as well.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from sivadesk.db import Database
from sivadesk.models import Base


def empty_pg_store(url: str) -> None:
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
