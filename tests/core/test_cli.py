"""The command line, run as a real subprocess (``python -m sivadesk``) on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sivadesk import __version__, cli
from sivadesk.db import Database
from sivadesk.models import Contact, User
from sivadesk.ops import users


def run(home: Path, *args: str, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIVADESK_")}
    env["SIVADESK_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [sys.executable, "-m", "sivadesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def pg_fresh(pg_url: str) -> str:
    """An empty PostgreSQL database (no schema) for upgrade tests."""
    import uuid

    from sqlalchemy import create_engine, text

    admin = create_engine(Database(pg_url).engine.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"sivadesk_cli_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield Database(pg_url).engine.url.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_version(tmp_path: Path) -> None:
    r = run(tmp_path, "--version")
    assert (r.returncode, r.stdout.strip()) == (0, f"sivadesk {__version__}")


def test_no_command_asks_for_the_gui() -> None:
    assert cli.main([]) == cli.LaunchGui(None)
    assert cli.main(["--db", "x.sqlite3"]) == cli.LaunchGui("x.sqlite3")


def test_upgrade_info_users_on_fresh_sqlite(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = tmp_path / "office.sqlite3"
    r = run(home, "db", "upgrade", "--db", str(store))
    assert r.returncode == 0, r.stderr
    assert "from empty to" in r.stdout
    r = run(home, "db", "upgrade", "--db", str(store))
    assert r.returncode == 0 and "up to date" in r.stdout
    r = run(
        home,
        "users",
        "add",
        "bob",
        "--role",
        "agent",
        "--password-stdin",
        "--db",
        str(store),
        stdin="s3cret-pass\n",
    )
    assert r.returncode == 1 and "first user must be an administrator" in r.stderr
    r = run(home, "users", "add", "Boss", "--role", "admin", "--full-name", "Le Patron", "--password-stdin",
            "--db", str(store), stdin="s3cret-pass\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = run(
        home,
        "users",
        "add",
        "bob",
        "--role",
        "agent",
        "--password-stdin",
        "--db",
        str(store),
        stdin="s3cret-pass\n",
    )
    assert r.returncode == 0, r.stderr
    r = run(
        home,
        "users",
        "add",
        "bob",
        "--role",
        "agent",
        "--password-stdin",
        "--db",
        str(store),
        stdin="other-pass\n",
    )
    assert r.returncode == 1 and "taken" in r.stderr
    r = run(
        home,
        "users",
        "add",
        "eve",
        "--role",
        "agent",
        "--password-stdin",
        "--db",
        str(store),
        stdin="short\n",
    )
    assert r.returncode == 1 and "at least" in r.stderr
    db = Database(f"sqlite:///{store}")
    with db.session() as s:
        assert users.authenticate(s, "boss", "s3cret-pass").role.value == "admin"
        assert s.scalar(select(func.count()).select_from(User)) == 2
    db.dispose()
    r = run(home, "db", "info", "--db", str(store))
    assert r.returncode == 0, r.stderr
    assert "dialect:   sqlite" in r.stdout and "up to date" in r.stdout and "users:     2" in r.stdout
    r = run(home, "users", "list", "--db", str(store))
    assert r.stdout.split()[:3] == ["bob", "agent", "bob"]
    # The settings' default database lives under SIVADESK_HOME.
    r = run(home, "db", "upgrade")
    assert r.returncode == 0 and str(home) in r.stdout


def test_upgrade_and_info_on_fresh_postgresql(tmp_path: Path, pg_fresh: str) -> None:
    r = run(tmp_path, "db", "info", "--db", pg_fresh)
    assert r.returncode == 0 and "schema:    none" in r.stdout
    r = run(tmp_path, "db", "upgrade", "--db", pg_fresh)
    assert r.returncode == 0, r.stderr
    assert "from empty to" in r.stdout and "password" not in r.stdout
    r = run(tmp_path, "users", "add", "admin", "--role", "admin", "--password-stdin", "--db", pg_fresh,
            stdin="s3cret-pass\n")  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = run(tmp_path, "db", "info", "--db", pg_fresh)
    assert "dialect:   postgresql" in r.stdout and "users:     1" in r.stdout and "up to date" in r.stdout


def test_bad_db_is_a_clear_error(tmp_path: Path) -> None:
    r = run(tmp_path, "db", "info", "--db", str(tmp_path / "missing.sqlite3"))
    assert r.returncode == 1 and "no database file" in r.stderr and "Traceback" not in r.stderr
    r = run(tmp_path, "db", "upgrade", "--db", str(tmp_path / "no" / "dir" / "x.sqlite3"))
    assert r.returncode == 1 and "does not exist" in r.stderr
    r = run(tmp_path, "db", "info", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert r.returncode == 1 and "does not answer" in r.stderr and "Traceback" not in r.stderr
    r = run(tmp_path, "db", "info", "--db", "nosuchdriver://x/y")
    assert r.returncode == 2 and "neither a database URL" in r.stderr
    r = run(tmp_path, "frobnicate")
    assert r.returncode == 2 and "invalid choice" in r.stderr


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    store = tmp_path / "new.sqlite3"
    assert run(tmp_path, "db", "upgrade", "--db", str(store)).returncode == 0
    import sqlite3

    with sqlite3.connect(store) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    r = run(tmp_path, "db", "info", "--db", str(store))
    assert r.returncode == 2 and "newer SivaDesk" in r.stderr


def test_contacts_import_and_export(tmp_path: Path, db_url: str) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Prénom", "Nom", "Ligne directe", "E-mail", "Ville"])
        w.writerow(["Jean", "Dupont", "04 78 00 00 01", "jean@example.fr", "Lyon"])
        w.writerow(["", "", "04 78 00 00 02", "", ""])
        w.writerow(["Zoé", "Roux", "0612345678", "zoe@example", ""])
        w.writerow(["Ana", "Lee", "12", "", ""])
    r = run(tmp_path, "contacts", "import", str(src), "--db", db_url, "--preview")
    assert r.returncode == 0 and "'Ligne directe'" in r.stdout and "-> custom" in r.stdout
    errors = tmp_path / "errors.csv"
    r = run(tmp_path, "contacts", "import", str(src), "--db", db_url, "--mapping", "Ligne directe=work_phone",
            "--errors", str(errors))  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "created: 2" in r.stdout and "failed: 2" in r.stdout and "flagged: 1" in r.stdout
    assert "row 3" in r.stdout and "row 4 [E-mail]" in r.stdout
    with errors.open(encoding="utf-8-sig") as f:
        assert [line[0] for line in csv.reader(f)] == ["Row", "3", "4", "5"]
    r = run(tmp_path, "contacts", "import", str(src), "--db", db_url, "--mapping", "Nope")
    assert r.returncode == 2 and "COLUMN=FIELD" in r.stderr
    r = run(tmp_path, "contacts", "import", str(tmp_path / "absent.csv"), "--db", db_url)
    assert r.returncode == 1 and "no file" in r.stderr
    out = tmp_path / "out.xlsx"
    r = run(tmp_path, "contacts", "export", str(out), "--db", db_url)
    assert r.returncode == 0 and "2 contacts written" in r.stdout
    db = Database(db_url)
    with db.session() as s:
        phones = s.scalars(select(Contact.primary_phone).order_by(Contact.id)).all()
    db.dispose()
    assert phones == ["04 78 00 00 01", "12"]


def test_demo_without_gui(tmp_path: Path, db_url: str) -> None:
    r = run(tmp_path, "demo", "--db", db_url, "--contacts", "40", "--no-gui")
    assert r.returncode == 0, r.stderr
    assert "40 contacts" in r.stdout and "demo1234" in r.stdout
    r = run(tmp_path, "demo", "--db", db_url, "--contacts", "40", "--no-gui")
    assert r.returncode == 0 and "already a demo database with 40 contacts" in r.stdout
    r = run(tmp_path, "demo", "--db", db_url, "--contacts", "5", "--no-gui", "--force")
    assert r.returncode == 0 and "5 contacts" in r.stdout
    assert cli.main(["demo", "--db", db_url, "--contacts", "1"]) == cli.LaunchGui(
        Database(db_url).url, demo_login="admin"
    )


def test_demo_refuses_a_real_database(tmp_path: Path, db_url: str) -> None:
    src = tmp_path / "one.csv"
    src.write_text("Nom\nMartin\n", encoding="utf-8")
    assert run(tmp_path, "contacts", "import", str(src), "--db", db_url).returncode == 0
    r = run(tmp_path, "demo", "--db", db_url, "--no-gui")
    assert r.returncode == 1 and "not a demo database" in r.stderr
