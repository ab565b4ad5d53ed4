"""Schema upgrades at start-up and from ``sivadesk db upgrade``; backups; schema info.

Start-up reads ``alembic_version`` directly and loads Alembic only when an upgrade is due, which
keeps the common start fast. A database stamped with a revision this code does not ship is
refused (:class:`SchemaTooNew`) rather than opened and damaged. Before upgrading an existing
SQLite file a consistent copy is taken with SQLite's online backup API.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text

from sivadesk.db import Database
from sivadesk.errors import QT_TRANSLATE_NOOP, SchemaTooNew, SivaError
from sivadesk.migrations import HEAD

log = logging.getLogger("sivadesk.migrate")

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_UPGRADE_LOCK = 0x5D_0001  # pg advisory lock key held while the schema is upgraded


def known_revisions() -> list[str]:
    """Revisions shipped with this code, oldest first (file names start with the revision id)."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return str(row[0]) if row else None


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def sqlite_file(db: Database) -> Path | None:
    path = db.engine.url.database
    if not db.is_sqlite or not path or path == ":memory:":
        return None
    return Path(path)


def backup(db: Database, dest: Path | None = None) -> Path:
    """Copy the store to ``dest``: SQLite by its online backup API, PostgreSQL by ``pg_dump``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    src = sqlite_file(db)
    if src is not None:
        dest = dest or src.with_name(f"{src.stem}.backup-{stamp}{src.suffix}")
        # sqlite3's own context manager only commits; closing() really closes, even on error.
        with closing(sqlite3.connect(src)) as source, closing(sqlite3.connect(dest)) as target:
            source.backup(target)
        log.info("backed up %s to %s", src, dest)
        return dest
    if db.is_sqlite:
        raise SivaError("An in-memory database cannot be backed up.")
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise SivaError("pg_dump is not installed on this computer; install postgresql-client.")
    url = db.engine.url.set(drivername="postgresql")
    dest = dest or Path(f"sivadesk-{url.database}-{stamp}.dump")
    # The password goes through the environment, not the command line other users can read.
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    conninfo = url.set(password=None).render_as_string(hide_password=False)
    done = subprocess.run(
        [pg_dump, "--format=custom", f"--file={dest}", conninfo], env=env, capture_output=True, text=True
    )
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[0]
        raise SivaError(
            QT_TRANSLATE_NOOP("errors", "The backup with pg_dump failed: {reason}"), reason=reason
        )
    log.info("backed up %s to %s", url.render_as_string(hide_password=True), dest)
    return dest


def check_not_newer(found: str | None) -> None:
    if found is not None and found not in known_revisions():
        raise SchemaTooNew(found=found, known=HEAD)


def upgrade(db: Database, *, make_backup: bool = True) -> UpgradeResult:
    """Bring the schema to ``HEAD``. Idempotent and cheap when nothing is to do."""
    before = current_revision(db)
    check_not_newer(before)
    if before == HEAD:
        return UpgradeResult(before, HEAD, None)
    copy = backup(db) if (make_backup and before is not None and sqlite_file(db) is not None) else None

    from alembic import command  # loaded only when an upgrade is due
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two desktops starting at once must not both create the schema: the second waits
            # here, then Alembic reads the revision the first one committed and has nothing to do.
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _UPGRADE_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    log.info("database upgraded from %s to %s", before or "empty", HEAD)
    return UpgradeResult(before, HEAD, copy)


def schema_ok(db: Database) -> bool:
    """True when the store is at this code's schema (start-up fast path)."""
    found = current_revision(db)
    check_not_newer(found)
    return found == HEAD
