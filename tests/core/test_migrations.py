"""In-process Alembic migrations on real SQLite files and real PostgreSQL databases."""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.errors import SchemaTooNew, SivaError
from sivadesk.migrations import HEAD
from sivadesk.models import Base
from sivadesk.models.search import index_object_name
from sivadesk.ops import contact_search, contacts, users
from sivadesk.textnorm import normalize, sort_key

PG_ADMIN_URL = os.environ.get("SIVADESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(_alembic_config())


@contextmanager
def _fresh_pg_database() -> Iterator[str]:
    admin = create_engine(
        PG_ADMIN_URL.replace("postgresql://", "postgresql+psycopg://", 1),
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 3},
    )
    name = f"sivadesk_m_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL not reachable at {PG_ADMIN_URL}: {str(exc).splitlines()[0]}")
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store with no schema at all: a new SQLite file, or a brand-new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    else:
        with _fresh_pg_database() as url:
            yield url


@pytest.fixture
def empty_pg_db() -> Iterator[Database]:
    with _fresh_pg_database() as url:
        yield from _open(url)


def _open(url: str) -> Iterator[Database]:
    db = Database(url)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def empty_db(empty_url: str) -> Iterator[Database]:
    yield from _open(empty_url)


def test_head_constant_is_alembic_head() -> None:
    script = _script()
    assert script.get_heads() == [HEAD]  # one line of history, and HEAD names its tip
    assert sorted(r.revision for r in script.walk_revisions()) == migrate.known_revisions()
    assert HEAD in migrate.known_revisions()


def test_upgrade_from_empty_then_idempotent(empty_db: Database) -> None:
    assert migrate.current_revision(empty_db) is None
    assert not migrate.schema_ok(empty_db)
    first = migrate.upgrade(empty_db)
    assert (first.before, first.after, first.changed, first.backup) == (None, HEAD, True, None)
    assert migrate.current_revision(empty_db) == HEAD
    assert migrate.schema_ok(empty_db)
    tables = set(inspect(empty_db.engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    again = migrate.upgrade(empty_db)
    assert (again.before, again.after, again.changed, again.backup) == (HEAD, HEAD, False, None)


def test_models_and_migrated_schema_agree(empty_db: Database) -> None:
    migrate.upgrade(empty_db)
    with empty_db.engine.connect() as conn:
        # The letters' full-text index (FTS5 table and its shadow tables, a GIN expression index)
        # is built by migration 0008 outside the ORM metadata.
        opts = {
            "compare_type": True,
            "compare_server_default": False,
            "include_name": lambda name, _type, _parents: not index_object_name(name),
        }
        ctx = MigrationContext.configure(conn, opts=opts)
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_byte_ordered_keys_on_postgresql(empty_pg_db: Database) -> None:
    """Suffix phone lookup and the list's sort key are range scans: they need the C collation
    (SQLite compares text bytewise already)."""
    migrate.upgrade(empty_pg_db)
    with empty_pg_db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT table_name, column_name, collation_name FROM information_schema.columns "
                "WHERE (table_name, column_name) IN (('contact_phone', 'rev_key'), ('contact', 'sort_key'))"
            )
        ).all()
    assert {(t, c): coll for t, c, coll in rows} == {
        ("contact_phone", "rev_key"): "C",
        ("contact", "sort_key"): "C",
    }


def _older_revisions() -> list[str]:
    """Every revision a real database may still be at (HEAD included: an up-to-date store)."""
    return [r.revision for r in _script().walk_revisions()]


@pytest.mark.parametrize("start", _older_revisions())
def test_upgrade_keeps_data(empty_db: Database, start: str) -> None:
    # Build the database the way that older SivaDesk built it: by running the migrations up to
    # ``start`` only. Then write data the way that schema allows (plain SQL), and upgrade.
    with empty_db.engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, start)
    assert migrate.current_revision(empty_db) == start
    with empty_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO contact (id, kind, display_name, first_name, last_name, organization, job_title, "
                "lead_status, notes, custom, sort_key, search_text, primary_phone, primary_email, city, "
                "has_invalid_phone, updated_at) VALUES (7, 'person', 'Élodie Martin', 'Élodie', 'Martin', '', '', "
                "'', 'old note', '{}', 'elodie martin', 'elodie martin 33612345678', '06 12 34 56 78', '', 'Lyon', "
                ":f, :now)"
            ),
            {"f": False, "now": "2024-01-02 03:04:05"},
        )
        conn.execute(
            text(
                "INSERT INTO contact_phone (contact_id, label, raw, e164, rev_key, valid, position) "
                "VALUES (7, '', '06 12 34 56 78', '+33612345678', '87654321633', :t, 0)"
            ),
            {"t": True},
        )
    result = migrate.upgrade(empty_db)
    assert result.after == HEAD and migrate.schema_ok(empty_db)
    if start != HEAD and empty_db.is_sqlite:
        assert result.backup is not None
        with sqlite3.connect(result.backup) as b:
            assert b.execute("SELECT display_name FROM contact WHERE id = 7").fetchone() == ("Élodie Martin",)
    # The old row reads back through today's services.
    actor = users.Actor.system()
    with empty_db.session() as s:
        c = contacts.get_contact(s, actor, 7)
        assert (c.display_name, c.notes, c.phones[0].e164) == ("Élodie Martin", "old note", "+33612345678")
        assert [m.id for m in contact_search.find_by_phone(s, "+33 6 12 34 56 78", "FR", (10, 9, 8, 7))] == [
            7
        ]


def test_backup_of_sqlite_store_holds_data(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    for db in _open(f"sqlite:///{path}"):
        migrate.upgrade(db)
        with db.session() as s:
            admin = users.create_first_admin(s, "admin", "Admin", "correct horse")
            contacts.create_contact(s, admin, contacts.ContactInput(first_name="Reza", last_name="Karimi"))
        # Recent writes sit in the WAL file; the backup must still hold them, in one file.
        assert Path(f"{path}-wal").exists()
        dest = migrate.backup(db)
    assert dest.parent == path.parent and dest.name.startswith("office.backup-") and dest.suffix == ".sqlite3"
    alone = tmp_path / "elsewhere" / "copy.sqlite3"
    alone.parent.mkdir()
    alone.write_bytes(dest.read_bytes())  # the main file alone, no -wal beside it
    with sqlite3.connect(alone) as b:
        assert b.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert b.execute("SELECT display_name FROM contact").fetchall() == [("Reza Karimi",)]
        assert b.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    for copy_db in _open(f"sqlite:///{alone}"):
        assert migrate.schema_ok(copy_db)


def test_backup_to_chosen_file(tmp_path: Path) -> None:
    for db in _open(f"sqlite:///{tmp_path / 'a.sqlite3'}"):
        migrate.upgrade(db)
        dest = migrate.backup(db, tmp_path / "chosen.sqlite3")
    assert dest == tmp_path / "chosen.sqlite3"
    with sqlite3.connect(dest) as b:
        assert b.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)


def test_backup_of_postgresql_with_pg_dump(empty_pg_db: Database, tmp_path: Path) -> None:
    migrate.upgrade(empty_pg_db)
    dest = migrate.backup(empty_pg_db, tmp_path / "office.dump")
    assert dest.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format


def test_failed_pg_dump_is_a_clear_error(empty_pg_db: Database, tmp_path: Path) -> None:
    with pytest.raises(SivaError, match="pg_dump failed"):
        migrate.backup(empty_pg_db, tmp_path / "no such folder" / "office.dump")


def test_newer_schema_refused(empty_db: Database, tmp_path: Path) -> None:
    migrate.upgrade(empty_db)
    with empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    with pytest.raises(SchemaTooNew) as info:
        migrate.upgrade(empty_db)
    assert "ffff" in str(info.value) and HEAD in str(info.value)
    with pytest.raises(SchemaTooNew):
        migrate.schema_ok(empty_db)
    assert migrate.current_revision(empty_db) == "ffff"  # left untouched
    assert not list(tmp_path.glob("*backup*"))  # and no backup taken for a refused upgrade


def test_two_desktops_upgrade_at_once(empty_url: str) -> None:
    """Two processes' worth of start-ups on one fresh store: both succeed, one schema results."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def start() -> None:
        for db in _open(empty_url):
            try:
                barrier.wait(5)
                migrate.upgrade(db)
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    for db in _open(empty_url):
        assert migrate.schema_ok(db)


def test_0003_recomputes_persian_sort_keys(empty_db: Database) -> None:
    # A store at 0002 holds keys built by plain normalisation (پ after ه in byte order).
    with empty_db.engine.begin() as conn:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    rows = [(1, "هانیه"), (2, "پریسا"), (3, "Zoé Martin")]
    with empty_db.engine.begin() as conn:
        for cid, name in rows:
            conn.execute(
                text(
                    "INSERT INTO contact (id, kind, display_name, first_name, last_name, organization, job_title, "
                    "lead_status, notes, custom, sort_key, search_text, primary_phone, primary_email, city, "
                    "has_invalid_phone, updated_at) VALUES (:id, 'person', :n, :n2, '', '', '', '', '', '{}', :k, :k2, "
                    "'', '', '', :f, '2024-01-01 00:00:00')"
                ),
                {"id": cid, "n": name, "n2": name, "k": normalize(name), "k2": normalize(name), "f": False},
            )
    migrate.upgrade(empty_db)
    actor = users.Actor.system()
    with empty_db.session() as s:
        listed = [c.display_name for c in contact_search.list_contacts(s, actor)]
    assert listed == ["Zoé Martin", "پریسا", "هانیه"]
    with empty_db.engine.connect() as conn:
        keys = dict(conn.execute(text("SELECT id, sort_key FROM contact")).all())
    assert keys == {cid: sort_key(name) for cid, name in rows}
