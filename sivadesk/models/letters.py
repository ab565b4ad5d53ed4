"""Letter registers (دبیرخانه / chrono): their numbering rules and their gapless counters."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sivadesk.models.base import Base, BigId, created_at, intpk, str200


class RegisterDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    INTERNAL = "internal"


class RegisterReset(StrEnum):
    YEARLY = "yearly"
    NEVER = "never"


class RegisterScope(StrEnum):
    GLOBAL = "global"
    DEPARTMENT = "department"


class Register(Base):
    """An admin-configured register. ``format`` is a token template (see :mod:`sivadesk.letters.numbering`);
    ``calendar`` (gregorian/jalali) gives the year of ``{year}`` and of the yearly reset."""

    __tablename__ = "register"

    id: Mapped[intpk]
    name: Mapped[str200]
    code: Mapped[str] = mapped_column(String(20), unique=True)
    direction: Mapped[str] = mapped_column(String(20))
    format: Mapped[str] = mapped_column(String(200))
    calendar: Mapped[str] = mapped_column(String(20), default="gregorian")
    reset: Mapped[str] = mapped_column(String(20), default=RegisterReset.YEARLY.value)
    scope: Mapped[str] = mapped_column(String(20), default=RegisterScope.GLOBAL.value)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[created_at]


class RegisterCounter(Base):
    """The last number given in one register, period (``"1404"``, ``"2025"``, ``""`` when the register
    never resets) and scope (a department code, ``""`` for a global register). Only touched inside the
    transaction that registers a letter: its row lock serializes numbering, a rollback gives the number back."""

    __tablename__ = "register_counter"
    __table_args__ = (UniqueConstraint("register_id", "period", "scope_key"),)

    id: Mapped[intpk]
    register_id: Mapped[int] = mapped_column(BigId, ForeignKey("register.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(10), default="")
    scope_key: Mapped[str] = mapped_column(String(20), default="")
    last: Mapped[int] = mapped_column(Integer, default=0)
