"""Users, departments and log-in. Passwords are hashed with argon2id; roles are checked here."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, AuthenticationFailed, NotFound, ValidationError
from sivadesk.models import Department, Role, User, utcnow
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

log = logging.getLogger("sivadesk.users")
_hasher = PasswordHasher()
MIN_PASSWORD = 8
_FIRST_ADMIN_LOCK = 0x5D_0002  # pg advisory lock key held while the first admin is created


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    position_title: str
    department_id: int | None
    department_name: str
    email: str
    active: bool
    last_login_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class DepartmentInfo:
    id: int
    name: str
    code: str
    parent_id: int | None


def _info(u: User, dept: Department | None) -> UserInfo:
    return UserInfo(
        u.id,
        u.username,
        u.full_name,
        Role(u.role),
        u.position_title,
        u.department_id,
        dept.name if dept else "",
        u.email,
        u.active,
        u.last_login_at,
    )


def actor_for(u: User) -> Actor:
    return Actor(u.id, u.username, Role(u.role), u.full_name, u.department_id)


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The password must have at least {n} characters."),
            field="password",
            n=MIN_PASSWORD,
        )


def _role(value: Role | str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown role {role}."), field="role", role=value
        ) from None


def create_first_admin(session: Session, username: str, full_name: str, password: str) -> Actor:
    """First run: the very first account is an administrator. Refused once any user exists."""
    if session.get_bind().dialect.name == "postgresql":
        # Two desktops on a fresh shared database must not both create "the first" admin: the
        # second waits for the first to commit, then sees its user. (SQLite's BEGIN IMMEDIATE
        # already serializes writers.)
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _FIRST_ADMIN_LOCK})
    if has_users(session):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An administrator already exists."))
    info = _create(session, Actor.system(), username, full_name, password, Role.ADMIN, "", None, "")
    return Actor(info.id, info.username, Role.ADMIN, info.full_name)


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    full_name: str,
    password: str,
    role: Role | str = Role.AGENT,
    position_title: str = "",
    department_id: int | None = None,
    email: str = "",
) -> UserInfo:
    actor.require("users.manage")
    return _create(
        session, actor, username, full_name, password, _role(role), position_title, department_id, email
    )


def _create(
    session: Session,
    actor: Actor,
    username: str,
    full_name: str,
    password: str,
    role: Role,
    position_title: str,
    department_id: int | None,
    email: str,
) -> UserInfo:
    username = username.strip().lower()
    if not username or len(username) > 80 or any(c.isspace() for c in username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A user name is one word of at most 80 characters."), field="username"
        )
    _check_password(password)
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The user name {name} is taken."), field="username", name=username
        )
    dept = session.get(Department, department_id) if department_id else None
    if department_id and dept is None:
        raise NotFound(what="Department", id=department_id)
    user = User(
        username=username,
        full_name=full_name.strip() or username,
        password_hash=_hasher.hash(password),
        role=role.value,
        position_title=position_title.strip(),
        department_id=department_id,
        email=email.strip(),
    )
    session.add(user)
    session.flush()
    audit(session, actor, "create", "user", user.id, username, {"role": role.value})
    emit(session, "user.changed", "user", user.id, {}, actor)
    return _info(user, dept)


def authenticate(session: Session, username: str, password: str) -> Actor:
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None or not user.active:
        # Hash anyway so that a missing user takes as long as a wrong password.
        _hasher.hash(password)
        log.info("failed login for %r (no such active user)", username)
        raise AuthenticationFailed()
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        log.info("failed login for %r", username)
        raise AuthenticationFailed() from exc
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = utcnow()
    return actor_for(user)


def change_password(session: Session, actor: Actor, user_id: int, old: str | None, new: str) -> None:
    """Users change their own password (old one required); an admin may reset anyone's."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(what="User", id=user_id)
    if actor.user_id != user_id or old is None:
        actor.require("users.manage")
    else:
        try:
            _hasher.verify(user.password_hash, old)
        except (VerificationError, InvalidHashError) as exc:
            raise AuthenticationFailed() from exc
    _check_password(new)
    user.password_hash = _hasher.hash(new)
    audit(session, actor, "password", "user", user_id, user.username)


def update_user(
    session: Session,
    actor: Actor,
    user_id: int,
    *,
    full_name: str | None = None,
    role: Role | str | None = None,
    position_title: str | None = None,
    department_id: int | None = None,
    email: str | None = None,
    active: bool | None = None,
) -> UserInfo:
    actor.require("users.manage")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(what="User", id=user_id)
    changes: dict[str, list[object]] = {}
    new_role = _role(role).value if role is not None else None
    if department_id is not None and session.get(Department, department_id) is None:
        raise NotFound(what="Department", id=department_id)
    for field, value in (
        ("full_name", full_name),
        ("role", new_role),
        ("position_title", position_title),
        ("department_id", department_id),
        ("email", email),
        ("active", active),
    ):
        if value is not None and getattr(user, field) != value:
            changes[field] = [getattr(user, field), value]
            setattr(user, field, value)
    if user.id == actor.user_id and (user.role != Role.ADMIN.value or not user.active):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "You cannot remove your own administrator rights."))
    audit(session, actor, "update", "user", user.id, user.username, changes)
    emit(session, "user.changed", "user", user.id, {}, actor)
    dept = session.get(Department, user.department_id) if user.department_id else None
    return _info(user, dept)


def list_users(session: Session, include_inactive: bool = False) -> list[UserInfo]:
    q = (
        select(User, Department)
        .outerjoin(Department, User.department_id == Department.id)
        .order_by(User.username)
    )
    if not include_inactive:
        q = q.where(User.active.is_(True))
    return [_info(u, d) for u, d in session.execute(q)]


def create_department(
    session: Session, actor: Actor, name: str, code: str, parent_id: int | None = None
) -> DepartmentInfo:
    actor.require("users.manage")
    code = code.strip().upper()
    if not name.strip() or not code:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A department needs a name and a code."))
    if session.scalar(select(Department.id).where(Department.code == code)) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The department code {code} is taken."), field="code", code=code
        )
    d = Department(name=name.strip(), code=code, parent_id=parent_id)
    session.add(d)
    session.flush()
    audit(session, actor, "create", "department", d.id, d.name)
    return DepartmentInfo(d.id, d.name, d.code, d.parent_id)


def list_departments(session: Session) -> list[DepartmentInfo]:
    return [
        DepartmentInfo(d.id, d.name, d.code, d.parent_id)
        for d in session.scalars(select(Department).order_by(Department.name))
    ]
