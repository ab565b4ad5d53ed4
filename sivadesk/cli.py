"""The command line: ``sivadesk db|users|contacts|demo ...``; no sub-command opens the desktop app.

Qt-free (an import-linter contract checks it). :func:`main` returns an exit code, or a
:class:`LaunchGui` request that :mod:`sivadesk.__main__` turns into the window, so this module
never imports the GUI. Exit codes: 0 done, 1 the task failed (message on stderr, and in the log
file), 2 bad usage or a database newer than this SivaDesk.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlalchemy import func, select
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from sivadesk import __version__, logs, migrate
from sivadesk.config import Settings
from sivadesk.db import Database, normalize_url, redact
from sivadesk.errors import SchemaTooNew, SivaError, ValidationError
from sivadesk.migrations import HEAD
from sivadesk.models import Contact, ContactKind, Event, Role, User
from sivadesk.ops import demo, exporter, importer, office, users
from sivadesk.ops.contact_search import ContactQuery
from sivadesk.ops.context import Actor
from sivadesk.ops.import_fields import FIELDS

log = logging.getLogger("sivadesk.cli")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True, slots=True)
class LaunchGui:
    """Asks :mod:`sivadesk.__main__` to open the desktop app on ``db_url`` (None: the settings)."""

    db_url: str | None = None
    demo_login: str | None = None


class UsageError(Exception):
    """Bad arguments: exit code 2."""


_opened: list[Database] = []  # disposed when the command ends


# -- helpers ---------------------------------------------------------------------------------


def resolve_url(db: str | None) -> str:
    """``--db`` (a URL or a file path), else ``SIVADESK_DB``, the settings file, the default file."""
    url = normalize_url(Settings().db_url(db))
    try:
        Database(url).dispose()  # parses the URL and loads its driver; connects to nothing
    except (ArgumentError, NoSuchModuleError) as exc:
        raise UsageError(f"--db {db or url!r} is neither a database URL nor a file path ({exc})") from exc
    return url


def open_store(db: str | None, *, upgrade: bool = True, must_exist: bool = False) -> Database:
    """Open the store and check that it answers; bring its schema up to date (as the app does)."""
    url = resolve_url(db)
    database = Database(url)
    _opened.append(database)
    path = migrate.sqlite_file(database)
    if path is not None:
        if must_exist and not path.exists():
            raise SivaError("There is no database file at {path}.", path=str(path))
        if not path.parent.is_dir():
            raise SivaError("The folder {folder} does not exist.", folder=str(path.parent))
    database.check()
    if upgrade:
        result = migrate.upgrade(database)
        if result.changed:
            print(
                f"Database schema upgraded from {result.before or 'empty'} to {result.after}.",
                file=sys.stderr,
            )
    else:
        migrate.check_not_newer(migrate.current_revision(database))
    return database


def _count(session: object, *where: object, model: type = Contact) -> int:
    stmt = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
    return int(session.scalar(stmt) or 0)  # type: ignore[attr-defined]


def _parse_mapping(items: Sequence[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep or not column.strip() or not target.strip():
            raise UsageError(f"--mapping {item!r}: write COLUMN=FIELD, e.g. 'Tél. bureau=work_phone'")
        mapping[column.strip()] = target.strip()
    return mapping


def _progress(label: str, stream: TextIO) -> Callable[[int, int | None], None]:
    tty = stream.isatty()
    last = [-1]

    def report(done: int, total: int | None) -> None:
        if tty:
            print(
                f"\r{label}: {done:,}" + (f" / {total:,}" if total else ""), end="", file=stream, flush=True
            )
        elif total and done * 10 // total != last[0]:
            last[0] = done * 10 // total
            print(f"{label}: {done:,} / {total:,}", file=stream, flush=True)

    return report


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password: pipe it in with --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise SivaError("The two passwords differ.")
    return first


# -- commands --------------------------------------------------------------------------------


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    database = open_store(args.db, upgrade=False)
    result = migrate.upgrade(database, make_backup=not args.no_backup)
    if result.changed:
        print(f"Upgraded {redact(database.url)} from {result.before or 'empty'} to {result.after}.")
        if result.backup:
            print(f"Backup of the previous file: {result.backup}")
    else:
        print(f"{redact(database.url)} is up to date (schema {result.after}).")
    return EXIT_OK


def cmd_db_backup(args: argparse.Namespace) -> int:
    database = open_store(args.db, upgrade=False, must_exist=True)
    dest = migrate.backup(database, Path(args.to) if args.to else None)
    print(f"Backed up {redact(database.url)} to {dest}")
    return EXIT_OK


def cmd_db_info(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    database = open_store(url, upgrade=False, must_exist=True)
    found = migrate.current_revision(database)
    if found is None:
        state = "empty: run `sivadesk db upgrade`"
    elif found == HEAD:
        state = "up to date"
    else:
        state = "needs `sivadesk db upgrade`"
    print(f"database:  {redact(database.url)}")
    print(f"dialect:   {database.dialect}")
    print(f"schema:    {found or 'none'} (this SivaDesk: {HEAD}; {state})")
    if found is not None:
        with database.read_session() as s:
            settings = office.load(s)
            print(f"users:     {_count(s, model=User)}")
            print(f"contacts:  {_count(s, Contact.deleted_at.is_(None))}")
            print(
                f"companies: {_count(s, Contact.deleted_at.is_(None), Contact.kind == ContactKind.COMPANY.value)}"
            )
            print(f"events:    {_count(s, model=Event)}")
            print(f"office:    {settings.office_name or '-'} (phone region {settings.phone_region})")
            print(f"demo:      {'yes' if settings.demo else 'no'}")
    return EXIT_OK


def cmd_users_add(args: argparse.Namespace) -> int:
    database = open_store(args.db)
    password = _read_password(args.password_stdin)
    with database.session() as s:
        if not users.has_users(s):
            if args.role != Role.ADMIN.value:
                raise SivaError("The first user must be an administrator: use --role admin.")
            actor = users.create_first_admin(s, args.username, args.full_name or "", password)
            if args.position or args.email:
                users.update_user(
                    s, Actor.system(), actor.user_id or 0, position_title=args.position, email=args.email
                )
        else:
            users.create_user(
                s, Actor.system(), args.username, args.full_name or "", password, args.role,
                args.position or "", None, args.email or "",
            )  # fmt: skip
    print(f"User {args.username.strip().lower()} ({args.role}) created.")
    return EXIT_OK


def cmd_users_list(args: argparse.Namespace) -> int:
    database = open_store(args.db)
    with database.read_session() as s:
        for u in users.list_users(s, include_inactive=True):
            state = "" if u.active else "  (inactive)"
            print(f"{u.username:20} {u.role.value:13} {u.full_name}{state}")
    return EXIT_OK


def cmd_contacts_import(args: argparse.Namespace) -> int:
    mapping = _parse_mapping(args.mapping or [])
    path = Path(args.file)
    unknown = "ignore" if args.ignore_unknown else "custom"
    if args.preview:
        p = importer.preview(path, mapping, limit=args.preview, unknown=unknown)
        print(
            f"{path.name}: {p.kind}"
            + (f", {p.encoding}, delimiter {p.delimiter!r}" if p.kind == "csv" else "")
        )
        for column in p.columns:
            print(f"  {column!r:32} -> {p.mapping[column]}")
        for row in p.rows:
            if row.error is not None:
                where = f" [{row.error.column}]" if row.error.column else ""
                print(f"  row {row.row}: ERROR{where} {row.error.message}")
            elif row.contact is not None:
                print(f"  row {row.row}: {row.contact.kind} {row.contact.first_name} {row.contact.last_name} "
                      f"{row.contact.organization}".rstrip())  # fmt: skip
        return EXIT_OK
    database = open_store(args.db)
    report = importer.run_import(
        database,
        Actor.system(),
        path,
        mapping,
        on_duplicate=args.on_duplicate,
        progress=_progress("rows", sys.stderr),
        unknown=unknown,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(report.summary())
    if args.errors:
        n = report.write_errors(Path(args.errors))
        print(f"Error report ({n} lines): {args.errors}")
    return EXIT_OK


def cmd_contacts_export(args: argparse.Namespace) -> int:
    database = open_store(args.db)
    query = ContactQuery(
        text=args.search or "", kind=ContactKind(args.kind) if args.kind else None, tag=args.tag or ""
    )
    with database.read_session() as s:
        n = exporter.export_contacts(s, Actor.system(), Path(args.file), query)
    print(f"{n} contacts written to {args.file}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int | LaunchGui:
    if args.contacts < 0:
        raise UsageError("--contacts must be 0 or more")
    database = open_store(args.db)
    with database.read_session() as s:
        is_demo = bool(office.get(s, "demo"))
        existing = _count(s, Contact.deleted_at.is_(None))
    if existing and not args.force:
        if not is_demo:
            raise SivaError(
                "{url} holds {n} real contacts (it is not a demo database): refusing to add demo data. "
                "Use another --db, or --force.",
                url=redact(database.url),
                n=existing,
            )
        print(
            f"{redact(database.url)} is already a demo database with {existing} contacts (--force adds more)."
        )
    else:
        report = demo.generate(
            database, args.contacts, args.seed, _progress("contacts", sys.stderr), region=args.region
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(report.summary())
        print(f"Demo users: {', '.join(u[0] for u in demo.DEMO_USERS)}; password: {demo.DEMO_PASSWORD}")
    if args.no_gui:
        return EXIT_OK
    return LaunchGui(database.url, demo_login="admin")


# -- parser ----------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    db_opt = argparse.ArgumentParser(add_help=False)
    db_opt.add_argument(
        "--db", default=argparse.SUPPRESS, metavar="URL",
        help="database URL (postgresql://user@host/name) or SQLite file path; default: the settings",
    )  # fmt: skip
    parser = argparse.ArgumentParser(
        prog="sivadesk", description="SivaDesk office CRM. Without a command, opens the desktop app."
    )
    parser.add_argument("--version", action="version", version=f"sivadesk {__version__}")
    parser.add_argument(
        "--db", default=None, metavar="URL", help="database to open (URL or SQLite file path)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr as well as the log file")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_db = sub.add_parser("db", help="database: upgrade, backup, info")
    db_sub = p_db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db_sub.add_parser(
        "upgrade", parents=[db_opt], help="create or upgrade the schema (SQLite: backup first)"
    )
    p.add_argument("--no-backup", action="store_true", help="do not copy an SQLite file before upgrading")
    p.set_defaults(func=cmd_db_upgrade)
    p = db_sub.add_parser("backup", parents=[db_opt], help="copy the database (SQLite file or pg_dump)")
    p.add_argument("--to", metavar="PATH", help="where to write the copy")
    p.set_defaults(func=cmd_db_backup)
    p = db_sub.add_parser("info", parents=[db_opt], help="dialect, schema revision, counts")
    p.set_defaults(func=cmd_db_info)

    p_users = sub.add_parser("users", help="user accounts")
    users_sub = p_users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    p = users_sub.add_parser("add", parents=[db_opt], help="add a user (the first one must be an admin)")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--full-name", default="")
    p.add_argument("--position", default=None, help="position title, e.g. 'Office manager'")
    p.add_argument("--email", default=None)
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=cmd_users_add)
    p = users_sub.add_parser("list", parents=[db_opt], help="list the users")
    p.set_defaults(func=cmd_users_list)

    p_contacts = sub.add_parser("contacts", help="contacts: import, export")
    c_sub = p_contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    p = c_sub.add_parser("import", parents=[db_opt], help="import a CSV or .xlsx file")
    p.add_argument("file")
    p.add_argument(
        "--mapping", nargs="+", metavar="COLUMN=FIELD",
        help=f"override the detected meaning of columns; fields: {', '.join(FIELDS)}, custom:NAME",
    )  # fmt: skip
    p.add_argument("--on-duplicate", choices=importer.DUPLICATE_POLICIES, default="skip")
    p.add_argument("--errors", metavar="REPORT.csv", help="write the rows that need attention to this CSV")
    p.add_argument(
        "--ignore-unknown", action="store_true", help="drop unrecognised columns (default: custom fields)"
    )
    p.add_argument(
        "--preview", type=int, nargs="?", const=10, metavar="N", help="show the mapping and N rows only"
    )
    p.set_defaults(func=cmd_contacts_import)
    p = c_sub.add_parser("export", parents=[db_opt], help="export contacts to .csv or .xlsx")
    p.add_argument("file")
    p.add_argument("--kind", choices=[k.value for k in ContactKind])
    p.add_argument("--tag", help="only contacts with this tag or group")
    p.add_argument("--search", help="only contacts matching this search (name, phone, e-mail)")
    p.set_defaults(func=cmd_contacts_export)

    # Feature command groups live beside their features (imported here: they use this module's helpers).
    from sivadesk.devices.callerid import cli as callerid_cli
    from sivadesk.fax import cli as fax_cli
    from sivadesk.letters import cli as letters_cli

    letters_cli.add_commands(sub, db_opt)
    callerid_cli.add_commands(sub, db_opt)
    fax_cli.add_commands(sub, db_opt)

    p = sub.add_parser("demo", parents=[db_opt], help="make a demo database and open the app on it")
    p.add_argument("--contacts", type=int, default=250, metavar="N", help="how many contacts (default 250)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--region", choices=("FR", "IR"), help="office phone region (default: keep, FR if new)")
    p.add_argument("--force", action="store_true", help="add demo data even if the database has contacts")
    p.add_argument("--no-gui", action="store_true", help="only build the data")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int | LaunchGui:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        return LaunchGui(args.db)
    logs.setup(to_stderr=args.verbose)
    try:
        result: int | LaunchGui = args.func(args)
    except UsageError as exc:
        print(f"sivadesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SchemaTooNew as exc:
        log.error("%s", exc)
        print(f"sivadesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (SivaError, ValidationError) as exc:
        log.error("%s failed: %s", args.command, exc)
        print(f"sivadesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        log.error("%s failed: %s", args.command, exc)
        print(f"sivadesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        while _opened:
            _opened.pop().dispose()
    return result
