"""Cross-cutting records: the activity timeline, attachments, the change feed, the audit log,
office-wide settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sivadesk.models.base import Base, BigId, created_at, intpk, str80, str200, utcnow


class Activity(Base):
    """One row on a contact's timeline. Every feature (letters, fax, calls, tasks, messages)
    appends here, naming its own item by ``item_type``/``item_id``."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_contact_id_occurred_at", "contact_id", "occurred_at"),
        Index("ix_activity_occurred_at", "occurred_at"),
        Index("ix_activity_item", "item_type", "item_id"),
    )

    id: Mapped[intpk]
    contact_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("contact.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # note, call, letter, fax, task, message, system...
    item_type: Mapped[str] = mapped_column(String(40), default="")
    item_id: Mapped[int | None] = mapped_column(BigId)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    occurred_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_at: Mapped[created_at]


class Blob(Base):
    """Content-addressed bytes (sha256). Stored in the database in both modes: one backup holds
    everything, the bytes commit with the record that uses them, and desktops of a shared office
    need no file share."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigId)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[created_at]


class Attachment(Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_type", "owner_id"),)

    id: Mapped[intpk]
    sha256: Mapped[str] = mapped_column(
        String(64), ForeignKey("blob.sha256", ondelete="RESTRICT"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigId)
    owner_type: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[int] = mapped_column(BigId)
    description: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]


class Event(Base):
    """The change feed: one row per change other desktops must see, written in the change's own
    transaction. PostgreSQL desktops are woken by NOTIFY; SQLite desktops poll ``max(id)``."""

    __tablename__ = "event"

    id: Mapped[intpk]
    topic: Mapped[str80]
    entity: Mapped[str80] = mapped_column(default="")
    entity_id: Mapped[int | None] = mapped_column(BigId)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    user_id: Mapped[int | None] = mapped_column(BigId)
    created_at: Mapped[created_at]


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[intpk]
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    username: Mapped[str80] = mapped_column(default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str80]
    entity_id: Mapped[int | None] = mapped_column(BigId)
    summary: Mapped[str200] = mapped_column(default="")
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OfficeSetting(Base):
    """Settings shared by every desktop of the office (phone region, office name...)."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
