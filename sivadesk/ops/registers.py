"""Letter registers and the office's letter lists: administrators create and change them; everyone
lists them.

Numbering rules (calendar, reset, scope) are fixed once a register has given a number: changing them
would restart counters under the same number texts. The number format may still change, as long as it
fits the rules (see :func:`sivadesk.letters.numbering.validate_rules`).

A register also says what registering a letter to a contact group does (``group_mode``: one letter
per contact, or one circular letter), the classification of its new letters, and keeps the printing
code's settings (``print_settings``: a JSON object, free-form for the printing code).

The office's letter categories and letter types are lists of (code, name) kept in the office
settings (:func:`letter_categories`, :func:`letter_kinds`); a letter stores the code, which numbers
use as ``{cat}`` / ``{type}``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.calendars import Calendar
from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, check_choice
from sivadesk.letters.numbering import validate_rules
from sivadesk.models import (
    Classification,
    GroupMode,
    OfficeSetting,
    Register,
    RegisterCounter,
    RegisterDirection,
    RegisterReset,
    RegisterScope,
)
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
    group_mode: str = GroupMode.PER_RECIPIENT.value
    default_classification: str = Classification.NORMAL.value
    print_settings: dict[str, Any] = field(default_factory=dict)


def _info(r: Register) -> RegisterInfo:
    return RegisterInfo(
        r.id,
        r.name,
        r.code,
        r.direction,
        r.format,
        r.calendar,
        r.reset,
        r.scope,
        r.active,
        r.group_mode,
        r.default_classification,
        dict(r.print_settings or {}),
    )


MAX_PRINT_SETTINGS = 64_000  # characters of JSON


def _print_settings(value: Any) -> dict[str, Any]:
    """A JSON object (dict with string keys and JSON values), at most :data:`MAX_PRINT_SETTINGS`."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        text = ""
    if not isinstance(value, dict) or not text or len(text) > MAX_PRINT_SETTINGS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The print settings of a register must be a JSON object."),
            field="print_settings",
        )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


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
    *,
    group_mode: str = GroupMode.PER_RECIPIENT,
    default_classification: str = Classification.NORMAL,
    print_settings: dict[str, Any] | None = None,
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
        group_mode=check_choice(group_mode, GroupMode, "group_mode"),
        default_classification=check_choice(default_classification, Classification, "default_classification"),
        print_settings=_print_settings(print_settings or {}),
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
    group_mode: str | None = None,
    default_classification: str | None = None,
    print_settings: dict[str, Any] | None = None,
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
    if group_mode is not None:
        new["group_mode"] = check_choice(group_mode, GroupMode, "group_mode")
    if default_classification is not None:
        new["default_classification"] = check_choice(
            default_classification, Classification, "default_classification"
        )
    if print_settings is not None:
        new["print_settings"] = _print_settings(print_settings)
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


@dataclass(frozen=True, slots=True)
class LetterCode:
    """An entry of an office list of letter categories or letter types."""

    code: str
    name: str


_CODE_LISTS = ("letter_categories", "letter_kinds")
_CODE = re.compile(r"[^\s{}]{1,40}")


def letter_codes(session: Session, key: str) -> list[LetterCode]:
    """The office list ``key`` (``letter_categories`` or ``letter_kinds``), in the admin's order."""
    if key not in _CODE_LISTS:
        raise ValueError(f"not a letter code list: {key}")
    row = session.get(OfficeSetting, key)
    items = row.value.get("v", []) if row is not None else []
    return [LetterCode(str(i["code"]), str(i["name"])) for i in items]


def letter_categories(session: Session) -> list[LetterCode]:
    return letter_codes(session, "letter_categories")


def letter_kinds(session: Session) -> list[LetterCode]:
    return letter_codes(session, "letter_kinds")


def set_letter_codes(
    session: Session, actor: Actor, key: str, items: list[LetterCode] | list[tuple[str, str]]
) -> list[LetterCode]:
    """Replace the office list ``key``. Codes are short (no spaces or braces: they may go into
    numbers) and unique; names are what lists show. Letters keep codes removed from the list."""
    actor.require("registers.manage")
    if key not in _CODE_LISTS:
        raise ValueError(f"not a letter code list: {key}")
    clean: list[LetterCode] = []
    seen: set[str] = set()
    for item in items:
        code, name = (item.code, item.name) if isinstance(item, LetterCode) else item
        code, name = code.strip(), " ".join(name.split())
        if not _CODE.fullmatch(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The code {code} must be 1 to 40 characters, without spaces or braces."
                ),
                field="code",
                code=code,
            )
        if code.casefold() in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The code {code} is in the list twice."), field="code", code=code
            )
        seen.add(code.casefold())
        clean.append(LetterCode(code, name[:200] or code))
    old = [[c.code, c.name] for c in letter_codes(session, key)]
    value = {"v": [{"code": c.code, "name": c.name} for c in clean]}
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    audit(
        session, actor, "update", "office_setting", None, key, {key: [old, [[c.code, c.name] for c in clean]]}
    )
    emit(session, "office.settings", "office_setting", None, {"key": key}, actor)
    return clean


def set_letter_categories(
    session: Session, actor: Actor, items: list[LetterCode] | list[tuple[str, str]]
) -> list[LetterCode]:
    return set_letter_codes(session, actor, "letter_categories", items)


def set_letter_kinds(
    session: Session, actor: Actor, items: list[LetterCode] | list[tuple[str, str]]
) -> list[LetterCode]:
    return set_letter_codes(session, actor, "letter_kinds", items)
