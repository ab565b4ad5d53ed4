"""Letter registers: administrators create and change them; everyone lists them.

Numbering rules (calendar, reset, scope) are fixed once a register has given a number: changing them
would restart counters under the same number texts. The number format may still change, as long as it
fits the rules (see :func:`sivadesk.letters.numbering.validate_rules`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.calendars import Calendar
from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, check_choice
from sivadesk.letters.numbering import validate_rules
from sivadesk.models import Register, RegisterCounter, RegisterDirection, RegisterReset, RegisterScope
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit


@dataclass(frozen=True, slots=True)
class RegisterInfo:
    id: int
    name: str
    code: str
    direction: str
    format: str
    calendar: str
    reset: str
    scope: str
    active: bool


def _info(r: Register) -> RegisterInfo:
    return RegisterInfo(r.id, r.name, r.code, r.direction, r.format, r.calendar, r.reset, r.scope, r.active)


def _code(session: Session, code: str, register_id: int | None = None) -> str:
    code = code.strip().upper()
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A register needs a code."), field="code")
    other = session.scalar(select(Register.id).where(Register.code == code))
    if other is not None and other != register_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The register code {code} is taken."), field="code", code=code
        )
    return code


def _name(name: str) -> str:
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A register needs a name."), field="name")
    return name.strip()


def create_register(
    session: Session,
    actor: Actor,
    name: str,
    code: str,
    direction: str,
    format: str,
    calendar: str = Calendar.GREGORIAN,
    reset: str = RegisterReset.YEARLY,
    scope: str = RegisterScope.GLOBAL,
    active: bool = True,
) -> RegisterInfo:
    actor.require("registers.manage")
    r = Register(
        name=_name(name),
        code=_code(session, code),
        direction=check_choice(direction, RegisterDirection, "direction"),
        calendar=check_choice(calendar, Calendar, "calendar"),
        reset=check_choice(reset, RegisterReset, "reset"),
        scope=check_choice(scope, RegisterScope, "scope"),
        format=format.strip(),
        active=active,
    )
    validate_rules(r.format, r.reset, r.scope)
    session.add(r)
    session.flush()
    audit(session, actor, "create", "register", r.id, f"{r.code} {r.name}", {"format": [None, r.format]})
    emit(session, "register.changed", "register", r.id, {"code": r.code}, actor)
    return _info(r)


_RULES = ("calendar", "reset", "scope")


def update_register(
    session: Session,
    actor: Actor,
    register_id: int,
    *,
    name: str | None = None,
    code: str | None = None,
    direction: str | None = None,
    format: str | None = None,
    calendar: str | None = None,
    reset: str | None = None,
    scope: str | None = None,
    active: bool | None = None,
) -> RegisterInfo:
    actor.require("registers.manage")
    r = session.get(Register, register_id)
    if r is None:
        raise NotFound(what="Register", id=register_id)
    new: dict[str, Any] = {}
    if name is not None:
        new["name"] = _name(name)
    if code is not None:
        new["code"] = _code(session, code, r.id)
    if direction is not None:
        new["direction"] = check_choice(direction, RegisterDirection, "direction")
    if format is not None:
        new["format"] = format.strip()
    if calendar is not None:
        new["calendar"] = check_choice(calendar, Calendar, "calendar")
    if reset is not None:
        new["reset"] = check_choice(reset, RegisterReset, "reset")
    if scope is not None:
        new["scope"] = check_choice(scope, RegisterScope, "scope")
    if active is not None:
        new["active"] = active
    changes = {k: [getattr(r, k), v] for k, v in new.items() if getattr(r, k) != v}
    if not changes:
        return _info(r)
    if any(k in changes for k in _RULES) and has_numbers(session, r.id):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Register {code} has already given numbers: its calendar, reset and scope can no longer change.",
            ),
            field=next(k for k in _RULES if k in changes),
            code=r.code,
        )
    validate_rules(new.get("format", r.format), new.get("reset", r.reset), new.get("scope", r.scope))
    for k, (_old, value) in changes.items():
        setattr(r, k, value)
    session.flush()
    audit(session, actor, "update", "register", r.id, f"{r.code} {r.name}", changes)
    emit(session, "register.changed", "register", r.id, {"code": r.code}, actor)
    return _info(r)


def has_numbers(session: Session, register_id: int) -> bool:
    return (
        session.scalar(
            select(RegisterCounter.id)
            .where(RegisterCounter.register_id == register_id, RegisterCounter.last > 0)
            .limit(1)
        )
        is not None
    )


def get_register(session: Session, register_id: int) -> RegisterInfo:
    r = session.get(Register, register_id)
    if r is None:
        raise NotFound(what="Register", id=register_id)
    return _info(r)


def list_registers(session: Session, active_only: bool = False) -> list[RegisterInfo]:
    q = select(Register).order_by(Register.code)
    if active_only:
        q = q.where(Register.active.is_(True))
    return [_info(r) for r in session.scalars(q)]
