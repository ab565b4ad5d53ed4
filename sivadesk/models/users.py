"""People who use SivaDesk: users with a role, departments, position titles."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from sivadesk.models.base import Base, BigId, created_at, intpk, str80, str200


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    AGENT = "agent"
    RECEPTIONIST = "receptionist"


class Department(Base):
    __tablename__ = "department"

    id: Mapped[intpk]
    name: Mapped[str200]
    code: Mapped[str] = mapped_column(String(20), unique=True)
    parent_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("department.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[intpk]
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str200]
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default=Role.AGENT.value)
    position_title: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str80] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[dt.datetime | None]
    created_at: Mapped[created_at]
