"""``sivadesk letters …``: register, list and void letters from scripts (render and search beside them).

Each sub-command is one ``_add_<name>(actions, db_opt)`` function that declares its arguments and one
``cmd_<name>(args)`` that runs it, so a new sub-command is one more pair and one line in
:func:`add_commands`.

``letters register`` prints only the number it assigned on stdout, so a script can capture it::

    number=$(sivadesk letters register --db office.sqlite3 --register DEP --subject "Devis 2025")

Without ``--user`` the commands act as the system account (administrator rights: whoever holds the
database URL is trusted, as for the other commands); with ``--user NAME`` they act as that user, whose
role decides what it may register, void and see.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.calendars import from_jalali
from sivadesk.cli import EXIT_OK, UsageError, open_store
from sivadesk.errors import SivaError
from sivadesk.models import (
    Classification,
    Department,
    LetterStatus,
    Register,
    RegisterDirection,
    Urgency,
    User,
)
from sivadesk.ops import letters
from sivadesk.ops.context import Actor
from sivadesk.ops.users import actor_for

# Persian and Arabic-Indic digits in dates typed by Persian users.
_DIGITS = str.maketrans({chr(base + i): str(i) for base in (0x06F0, 0x0660) for i in range(10)})
#: A year below this is read as a Jalali year (1404-01-01 is Nowruz 2025).
JALALI_BEFORE = 1700


def add_commands(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """Add the ``letters`` command group to the main parser's subparsers."""
    p = sub.add_parser("letters", help="letters: register, list, void, render, search")
    actions = p.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    _add_register(actions, db_opt)
    _add_list(actions, db_opt)
    _add_void(actions, db_opt)
    _add_render(actions, db_opt)
    _add_search(actions, db_opt)


# -- helpers ---------------------------------------------------------------------------------


def parse_date(text: str, option: str = "--date") -> dt.date:
    """``YYYY-MM-DD`` (or with ``/``; Persian digits allowed). A year below 1700 is Jalali."""
    raw = text.strip().translate(_DIGITS).replace("/", "-")
    try:
        y, m, d = (int(part) for part in raw.split("-"))
        return from_jalali(y, m, d) if y < JALALI_BEFORE else dt.date(y, m, d)
    except ValueError as exc:
        raise UsageError(
            f"{option} {text!r}: write the date as YYYY-MM-DD, Gregorian (2025-03-21) or Jalali (1404-01-01)"
        ) from exc


def _actor(session: Session, username: str | None) -> Actor:
    if not username:
        return Actor.system()
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or not user.active:
        raise SivaError("There is no active user {name}.", name=username)
    return actor_for(user)


def _user_id(session: Session, username: str) -> int:
    user_id = session.scalar(select(User.id).where(User.username == username.strip().lower()))
    if user_id is None:
        raise SivaError("There is no user {name}.", name=username)
    return user_id


def _register(session: Session, code: str) -> Register:
    register = session.scalar(select(Register).where(Register.code == code.strip().upper()))
    if register is None:
        known = ", ".join(session.scalars(select(Register.code).order_by(Register.code))) or "none yet"
        raise SivaError("There is no register {code}. Registers: {known}.", code=code, known=known)
    return register


def _department(session: Session, code: str | None, actor: Actor) -> Department | None:
    """The sending department: ``--dept``, else the acting user's (it numbers per-department registers)."""
    if code:
        found = session.scalar(select(Department).where(Department.code == code.strip().upper()))
        if found is None:
            known = ", ".join(session.scalars(select(Department.code).order_by(Department.code))) or "none"
            raise SivaError("There is no department {code}. Departments: {known}.", code=code, known=known)
        return found
    if actor.department_id is not None:
        return session.get(Department, actor.department_id)
    return None


def _read_body(path: str | None) -> str:
    if not path:
        return ""
    if path == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


def _user_opt(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--user",
        metavar="NAME",
        help="act as this user (its rights and clearance); default: the system account",
    )


# -- letters register --------------------------------------------------------------------------


def _add_register(actions: Any, db_opt: argparse.ArgumentParser) -> None:
    p = actions.add_parser(
        "register",
        parents=[db_opt],
        help="create a letter and number it at once; prints the number",
        description="Create a letter in a register and give it its number in the same transaction. "
        "Prints only the number on stdout (the letter id goes to stderr).",
    )
    p.add_argument("--register", required=True, metavar="CODE", help="the register's code, e.g. DEP")
    p.add_argument("--subject", required=True)
    p.add_argument("--body-file", metavar="FILE", help="the body (UTF-8 text or HTML); '-' reads stdin")
    p.add_argument(
        "--direction",
        choices=[d.value for d in RegisterDirection],
        help="refuse unless the register has this direction (a safety check for scripts)",
    )
    p.add_argument("--urgency", choices=[u.value for u in Urgency], default=Urgency.NORMAL.value)
    p.add_argument(
        "--classification",
        choices=[c.value for c in Classification],
        help="default: the register's default classification",
    )
    p.add_argument("--contact", type=int, metavar="ID", help="the correspondent (a contact id)")
    p.add_argument("--category", default="", metavar="CODE", help="a category from the office's list ({cat})")
    p.add_argument("--type", default="", metavar="CODE", help="a letter type from the office's list ({type})")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="a tag (repeat for several)")
    p.add_argument("--signer", metavar="USERNAME", help="who signs it (outgoing letters)")
    p.add_argument("--their-number", default="", metavar="TEXT", help="the correspondent's own number")
    p.add_argument("--their-date", metavar="YYYY-MM-DD", help="the correspondent's date")
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="registration date, which picks the numbering year (default today; a year < 1700 is Jalali)",
    )
    p.add_argument(
        "--dept",
        metavar="CODE",
        help="the sending department, which numbers per-department registers (default: the user's)",
    )
    p.add_argument("--json", action="store_true", help="print {id, number, register} as JSON instead")
    _user_opt(p)
    p.set_defaults(func=cmd_register)


def cmd_register(args: argparse.Namespace) -> int:
    if not args.subject.strip():
        raise UsageError("--subject is empty")
    when = parse_date(args.date) if args.date else dt.date.today()
    their_date = parse_date(args.their_date, "--their-date") if args.their_date else None
    body = _read_body(args.body_file)
    database = open_store(args.db)
    with database.session() as s:
        actor = _actor(s, args.user)
        register = _register(s, args.register)
        dept = _department(s, args.dept, actor)
        if args.direction and register.direction != args.direction:
            raise SivaError(
                "Register {code} is an {direction} register, not {wanted}.",
                code=register.code,
                direction=register.direction,
                wanted=args.direction,
            )
        draft = letters.create_draft(
            s,
            actor,
            register.id,
            args.subject,
            body,
            urgency=args.urgency,
            classification=args.classification,
            contact_id=args.contact,
            their_number=args.their_number,
            their_date=their_date,
            signer_user_id=_user_id(s, args.signer) if args.signer else None,
            category=args.category,
            kind=args.type,
            tags=args.tag,
            sender_department_id=dept.id if dept is not None else None,
        )
        info = letters.register_letter(s, actor, draft.id, when, dept.code if dept is not None else None)
        code = register.code
    if args.json:
        print(json.dumps({"id": info.id, "number": info.number, "register": code}, ensure_ascii=False))
    else:
        print(info.number)
        print(f"letter {info.id} registered in {code}", file=sys.stderr)
    return EXIT_OK


# -- letters list ------------------------------------------------------------------------------


def _add_list(actions: Any, db_opt: argparse.ArgumentParser) -> None:
    p = actions.add_parser("list", parents=[db_opt], help="list letters, newest first")
    p.add_argument("--register", metavar="CODE", help="only this register")
    p.add_argument("--status", choices=[st.value for st in LetterStatus])
    p.add_argument("--contact", type=int, metavar="ID", help="only letters with this correspondent")
    p.add_argument("--limit", type=int, default=100, metavar="N", help="at most N letters (default 100)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    _user_opt(p)
    p.set_defaults(func=cmd_list)


def _as_json(info: letters.LetterInfo, code: str) -> dict[str, object]:
    def iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value is not None else None

    return {
        "id": info.id,
        "register": code,
        "number": info.number or None,
        "seq": info.seq,
        "status": info.status,
        "direction": info.direction,
        "urgency": info.urgency,
        "classification": info.classification,
        "subject": info.subject,
        "contact_id": info.contact_id,
        "their_number": info.their_number,
        "their_date": iso(info.their_date),
        "created_at": iso(info.created_at),
        "registered_at": iso(info.registered_at),
        "sent_at": iso(info.sent_at),
        "void_reason": info.void_reason,
    }


def cmd_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    database = open_store(args.db)
    with database.read_session() as s:
        actor = _actor(s, args.user)
        register_id = _register(s, args.register).id if args.register else None
        codes: dict[int, str] = {rid: code for rid, code in s.execute(select(Register.id, Register.code))}
        found = letters.list_letters(
            s, actor, register_id=register_id, status=args.status, contact_id=args.contact, limit=args.limit
        )
    for info in found:
        code = codes.get(info.register_id, "?")
        if args.json:
            print(json.dumps(_as_json(info, code), ensure_ascii=False))
            continue
        when = info.registered_at or info.created_at
        print(
            f"{info.id:>7}  {code:<8} {info.number or '-':<22} {info.status:<10} "
            f"{when:%Y-%m-%d}  {info.subject}"
        )
    if not args.json:
        print(f"{len(found)} letter(s)", file=sys.stderr)
    return EXIT_OK


# -- letters void ------------------------------------------------------------------------------


def _add_void(actions: Any, db_opt: argparse.ArgumentParser) -> None:
    p = actions.add_parser(
        "void", parents=[db_opt], help="void a numbered letter (it keeps its number; the reason is audited)"
    )
    p.add_argument("id", type=int, help="the letter id (see `letters list`)")
    p.add_argument("--reason", required=True, help="why the letter is void")
    _user_opt(p)
    p.set_defaults(func=cmd_void)


def cmd_void(args: argparse.Namespace) -> int:
    if not args.reason.strip():
        raise UsageError("--reason is empty")
    database = open_store(args.db)
    with database.session() as s:
        actor = _actor(s, args.user)
        info = letters.void_letter(s, actor, args.id, args.reason)
    print(f"Letter {info.id} ({info.number}) is void.")
    return EXIT_OK


# -- letters search (owner: the letter search feature, sivadesk/ops/letter_search.py) ---------------


def _add_search(actions: Any, db_opt: argparse.ArgumentParser) -> None:
    p = actions.add_parser(
        "search",
        parents=[db_opt],
        help="full-text search with filters; prints one JSON object per line",
        description="Search number, subject, body and correspondent (Persian and French spellings "
        "fold together; the last word matches as a prefix). Most relevant first, then newest.",
    )
    p.add_argument("query", nargs="?", default="", help="the words to look for (may be empty: filters only)")
    p.add_argument("--register", metavar="CODE", help="only this register")
    p.add_argument(
        "--from", dest="date_from", metavar="YYYY-MM-DD", help="registered (or created) on or after"
    )
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="registered (or created) on or before")
    p.add_argument("--urgency", choices=[u.value for u in Urgency])
    p.add_argument("--status", choices=[st.value for st in LetterStatus])
    p.add_argument("--direction", choices=[d.value for d in RegisterDirection])
    p.add_argument("--category", metavar="CODE")
    p.add_argument("--signer", metavar="USERNAME", help="only letters this user signs")
    p.add_argument("--correspondent", metavar="ID|TEXT", help="a contact id, or words of their name")
    p.add_argument("--limit", type=int, default=100, metavar="N", help="at most N letters (default 100)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N")
    _user_opt(p)
    p.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from sivadesk.ops.letter_search import LetterQuery, search_letters

    if not 1 <= args.limit <= 1000:
        raise UsageError("--limit must be between 1 and 1000")
    if args.offset < 0:
        raise UsageError("--offset must be 0 or more")
    corr = (args.correspondent or "").strip()
    database = open_store(args.db)
    with database.read_session() as s:
        actor = _actor(s, args.user)
        signer = _user_id(s, args.signer) if args.signer else None
        q = LetterQuery(
            text=args.query,
            register_id=_register(s, args.register).id if args.register else None,
            date_from=parse_date(args.date_from, "--from") if args.date_from else None,
            date_to=parse_date(args.date_to, "--to") if args.date_to else None,
            urgency=args.urgency,
            status=args.status,
            direction=args.direction,
            category=args.category,
            signer_user_id=signer,
            correspondent=(int(corr) if corr.isdigit() else corr) or None,
        )
        codes: dict[int, str] = {rid: code for rid, code in s.execute(select(Register.id, Register.code))}
        found = search_letters(s, actor, q, limit=args.limit, offset=args.offset)
    for info in found:
        print(json.dumps(_as_json(info, codes.get(info.register_id, "?")), ensure_ascii=False))
    return EXIT_OK


# -- letters render (owner: letter printing, sivadesk/letters/render.py) --------------------------


def _add_render(actions: Any, db_opt: argparse.ArgumentParser) -> None:
    p = actions.add_parser(
        "render",
        parents=[db_opt],
        help="print a letter to DOCX or PDF on the register's letterhead (an archived letter: its frozen PDF)",
    )
    p.add_argument("id", type=int, help="the letter id (see `letters list`)")
    p.add_argument("--format", choices=("docx", "pdf"), default=None, help="default: from the file name")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it ('-': stdout)")
    p.add_argument(
        "--template", choices=("fr", "fa", "en", "custom"), help="default: the register's print settings"
    )
    p.add_argument(
        "--engine",
        choices=("auto", "builtin", "libreoffice"),
        help="PDF engine (auto: LibreOffice when installed, else the built-in renderer)",
    )
    p.add_argument("--preprinted", action="store_true", help="only the fields, for pre-printed paper (PDF)")
    _user_opt(p)
    p.set_defaults(func=cmd_render)


def cmd_render(args: argparse.Namespace) -> int:
    from sivadesk.letters.render import render_letter

    fmt = args.format or Path(args.output).suffix.lower().lstrip(".")
    if fmt not in ("docx", "pdf"):
        raise UsageError(f"--format docx|pdf (the file name {args.output!r} does not say which)")
    database = open_store(args.db)
    with database.read_session() as s:
        actor = _actor(s, args.user)
        out = render_letter(
            s,
            actor,
            args.id,
            fmt,
            template=args.template,
            engine=args.engine,
            preprinted=args.preprinted or None,
        )
    if args.output == "-":
        sys.stdout.buffer.write(out.data)
        sys.stdout.buffer.flush()
    else:
        Path(args.output).write_bytes(out.data)
        print(f"{args.output}: {len(out.data)} bytes ({out.format}, {out.engine})", file=sys.stderr)
    return EXIT_OK
