"""Letter numbers: a register's token template, and gapless counters taken in the caller's transaction.

A template is literal text with tokens in braces::

    {seq}/ق/{dept}/{year}      ->  14505/ق/FIN/1404
    OUT-{year}-{seq:05}         ->  OUT-2025-00042

Tokens: ``{seq}`` (the counter), ``{year}``, ``{yy}``, ``{month}``, ``{day}`` (in the register's
calendar: Gregorian, or Jalali where 2025-03-21 is 1404-01-01), ``{dept}`` (department code), ``{cat}``
(category), ``{type}`` (letter type). Numeric tokens take a zero padding width (``{seq:05}``,
``{month:02}``). ``{{`` and ``}}`` stand for literal braces. Anything else is refused when the register
is configured, not when a letter is numbered.

Numbers are formatted with Latin digits (stored that way); :func:`display_number` shows them with
Persian digits in Persian.

Numbering (:func:`next_number`) increments the counter row of (register, period, scope) with one
``INSERT ... ON CONFLICT DO UPDATE SET last = last + n RETURNING last`` in the caller's transaction
(the row is created on first use). On PostgreSQL that holds the row lock until the caller commits or
rolls back; on SQLite the engine begins every write transaction with ``BEGIN IMMEDIATE``
(:mod:`sivadesk.db`), so numbering transactions are serialized. Either way the numbers are gapless and
duplicate-free, and a rollback gives the number back.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from sivadesk.calendars import Calendar, to_jalali
from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from sivadesk.models import Register, RegisterCounter, RegisterReset, RegisterScope
from sivadesk.ops.context import Actor
from sivadesk.textnorm import to_persian_digits

NUMERIC_TOKENS = frozenset({"seq", "year", "yy", "month", "day"})
TEXT_TOKENS = frozenset({"dept", "cat", "type"})
TOKENS = NUMERIC_TOKENS | TEXT_TOKENS

_TOKEN = re.compile(r"([a-z]+)(?::(0[1-9][0-9]?))?")


@dataclass(frozen=True, slots=True)
class Token:
    name: str
    width: int = 0  # zero padding; 0 = as is


Part = str | Token


@dataclass(frozen=True, slots=True)
class Template:
    source: str
    parts: tuple[Part, ...]

    @property
    def names(self) -> frozenset[str]:
        return frozenset(p.name for p in self.parts if isinstance(p, Token))

    def format(
        self,
        seq: int,
        year: int,
        month: int,
        day: int,
        dept: str | None = "",
        cat: str | None = "",
        type: str | None = "",
    ) -> str:
        """The number; a text token whose value is ``None`` is left as ``{name}`` (previews)."""
        numbers = {"seq": seq, "year": year, "yy": year % 100, "month": month, "day": day}
        texts = {"dept": dept, "cat": cat, "type": type}
        out: list[str] = []
        for p in self.parts:
            if isinstance(p, str):
                out.append(p)
            elif p.name in numbers:
                value = numbers[p.name]
                width = p.width or (2 if p.name == "yy" else 0)
                out.append(f"{value:0{width}d}" if width else str(value))
            else:
                text = texts[p.name]
                out.append("{" + p.name + "}" if text is None else text)
        return "".join(out)


@functools.lru_cache(maxsize=256)
def parse_template(source: str) -> Template:
    """Parse a register's number template, or raise :class:`ValidationError` saying what is wrong."""
    parts: list[Part] = []
    literal: list[str] = []
    i = 0
    while i < len(source):
        ch = source[i]
        if source.startswith("{{", i) or source.startswith("}}", i):
            literal.append(ch)
            i += 2
            continue
        if ch == "}":
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The number format has a closing brace that was never opened (write two closing braces for one).",
                ),
                field="format",
            )
        if ch != "{":
            literal.append(ch)
            i += 1
            continue
        end = source.find("}", i + 1)
        if end < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The number format has a '{' that is never closed."),
                field="format",
            )
        body = source[i + 1 : end]
        m = _TOKEN.fullmatch(body)
        name = m.group(1) if m else body.split(":", 1)[0]
        if name not in TOKENS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Unknown token {token} in the number format; use one of: {known}."
                ),
                field="format",
                token="{" + body + "}",
                known=", ".join("{" + t + "}" for t in sorted(TOKENS)),
            )
        if m is None or (m.group(2) and name in TEXT_TOKENS):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Token {token}: only numbers take a padding, written as a zero and a width, e.g. {{seq:05}}.",
                ),
                field="format",
                token="{" + body + "}",
            )
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(Token(name, int(m.group(2) or 0)))
        i = end + 1
    if literal:
        parts.append("".join(literal))
    template = Template(source, tuple(parts))
    if sum(1 for p in parts if isinstance(p, Token) and p.name == "seq") != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number format must contain {seq} exactly once."),
            field="format",
        )
    return template


def validate_rules(source: str, reset: str, scope: str) -> Template:
    """A template that fits the register's rules: two letters can never get the same number text."""
    template = parse_template(source)
    if reset == RegisterReset.YEARLY and not template.names & {"year", "yy"}:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A register numbered again each year needs {year} or {yy} in its number format."
            ),
            field="format",
        )
    if scope == RegisterScope.DEPARTMENT and "dept" not in template.names:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "A register numbered per department needs {dept} in its number format."
            ),
            field="format",
        )
    return template


def calendar_date(when: dt.date, calendar: str) -> tuple[int, int, int]:
    """(year, month, day) of ``when`` in the register's calendar. A datetime counts by its own date:
    callers pass the registration time in the office's time zone."""
    d = when.date() if isinstance(when, dt.datetime) else when
    if calendar == Calendar.JALALI:
        return to_jalali(d)
    return d.year, d.month, d.day


def period_key(register: Register, when: dt.date) -> str:
    """The counter's period: the year in the register's calendar, or "" for a register never reset."""
    if register.reset == RegisterReset.NEVER:
        return ""
    return str(calendar_date(when, register.calendar)[0])


def _scope_key(register: Register, dept_code: str | None) -> str:
    if register.scope != RegisterScope.DEPARTMENT:
        return ""
    if not dept_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Register {code} numbers per department: choose a department."),
            field="department",
            code=register.code,
        )
    return dept_code


def _register(session: Session, register_id: int) -> Register:
    register = session.get(Register, register_id)
    if register is None:
        raise NotFound(what="Register", id=register_id)
    return register


def preview_next(
    session: Session,
    register_id: int,
    when: dt.date,
    dept_code: str | None = None,
    category: str | None = None,
    type: str | None = None,
) -> str:
    """The number the next letter would get if registered now: a hint only, nothing is reserved
    (another desktop may take it first). Unknown department/category/type show as their token."""
    register = _register(session, register_id)
    template = parse_template(register.format)
    period = period_key(register, when)
    if register.scope == RegisterScope.DEPARTMENT and not dept_code:
        last = 0
    else:
        last = (
            session.scalar(
                select(RegisterCounter.last).where(
                    RegisterCounter.register_id == register.id,
                    RegisterCounter.period == period,
                    RegisterCounter.scope_key == _scope_key(register, dept_code),
                )
            )
            or 0
        )
    year, month, day = calendar_date(when, register.calendar)
    return template.format(last + 1, year, month, day, dept_code or None, category, type)


_COUNTER = cast(Table, RegisterCounter.__table__)


@functools.cache
def _take(dialect: str) -> Any:
    """One statement that creates the counter row at ``n`` or adds ``n`` to it, and returns the new
    last number: ``INSERT … ON CONFLICT (register, period, scope) DO UPDATE … RETURNING last``. The
    row stays locked until the transaction ends (PostgreSQL: the conflicting row's lock; SQLite: the
    write transaction), so numbers are gapless, and a rollback gives them back."""
    values: dict[str, Any] = {
        "register_id": bindparam("b_rid"),
        "period": bindparam("b_period"),
        "scope_key": bindparam("b_scope"),
        "last": bindparam("b_n"),
    }
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        pg = postgresql.insert(_COUNTER).values(values)
        return pg.on_conflict_do_update(
            index_elements=["register_id", "period", "scope_key"],
            set_={"last": _COUNTER.c.last + pg.excluded.last},
        ).returning(_COUNTER.c.last)
    from sqlalchemy.dialects import sqlite

    lite = sqlite.insert(_COUNTER).values(values)
    return lite.on_conflict_do_update(
        index_elements=["register_id", "period", "scope_key"],
        set_={"last": _COUNTER.c.last + lite.excluded.last},
    ).returning(_COUNTER.c.last)


def next_number(
    session: Session,
    actor: Actor,
    register_id: int,
    when: dt.date,
    dept_code: str | None = None,
    category: str = "",
    type: str = "",
) -> tuple[int, str]:
    """Take the next number of a register in the caller's transaction: ``(seq, formatted)``.

    Call it as the last step before the letter is inserted and commit soon: until then other
    registrations on the same counter wait. A rollback gives the number back. ``actor`` is who
    registers; permission to register is the letter service's to check.
    """
    return next_numbers(session, actor, register_id, when, dept_code, category, type, count=1)[0]


def next_numbers(
    session: Session,
    actor: Actor,
    register_id: int,
    when: dt.date,
    dept_code: str | None = None,
    category: str = "",
    type: str = "",
    *,
    count: int,
) -> list[tuple[int, str]]:
    """Take ``count`` consecutive numbers at once (one letter per contact of a group): like
    :func:`next_number`, with one counter update for them all."""
    if count < 1:
        raise ValueError(f"next_numbers: count must be at least 1, not {count}")
    register = _register(session, register_id)
    if not register.active:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Register {code} is closed."), field="register", code=register.code
        )
    template = parse_template(register.format)
    if "cat" in template.names and not category:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Register {code} puts the letter's category in its numbers: choose a category first.",
            ),
            field="category",
            code=register.code,
        )
    if "type" in template.names and not type:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Register {code} puts the letter's type in its numbers: choose a type first."
            ),
            field="kind",
            code=register.code,
        )
    if "dept" in template.names and not dept_code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Register {code} numbers per department: choose a department."),
            field="department",
            code=register.code,
        )
    period = period_key(register, when)
    scope = _scope_key(register, dept_code)
    key = {"b_rid": register.id, "b_period": period, "b_scope": scope, "b_n": count}
    # A prebuilt Core statement with bound parameters (compiled once per process, no ORM unit of
    # work), one round trip: the counter row is locked from here to the end of the transaction.
    last = session.execute(_take(session.get_bind().dialect.name), key).scalar_one()
    year, month, day = calendar_date(when, register.calendar)
    return [
        (seq, template.format(seq, year, month, day, dept_code or "", category, type))
        for seq in range(last - count + 1, last + 1)
    ]


def display_number(number: str, language: str) -> str:
    """A stored number as shown to a reader of ``language``: Persian digits for Persian (``fa``),
    the stored Latin digits otherwise. Only the digits change: letters and separators stay where
    they are in logical order, and the bidirectional algorithm lays out ``14505/ق/1404`` right to
    left in a Persian paragraph as an Iranian reader writes it (Persian digits are European-number
    class, like the Latin ones), so no reordering or marks are added here."""
    return to_persian_digits(number) if language.split("_")[0].split("-")[0] == "fa" else number
