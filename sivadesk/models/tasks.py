"""Tasks, appointments and the reminders users have acknowledged.

A task is created by one user and referred to others through the shared referral steps
(:class:`sivadesk.models.referrals.ReferralStep` with ``item_type = "task"``); it may point at a
contact (person, company or lead) and at any other item (``link_type``/``link_id``: a letter, a
fax, a call). An appointment is an internal or external meeting with participants (users).

Reminders are computed from the items (a task's ``due_at``, an appointment's start minus its
``reminder_minutes``); :class:`ReminderAck` records, per user, that one reminder was dismissed or
snoozed, so a reminder that fell due while the app was closed still shows at the next start.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sivadesk.models.base import Base, BigId, created_at, intpk


class TaskPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class AppointmentKind(StrEnum):
    INTERNAL = "internal"
    EXTERNAL = "external"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"  # the actual start and duration are recorded
    CANCELLED = "cancelled"


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (
        Index("ix_task_created_by_id_id", "created_by_id", "id"),
        Index("ix_task_status_due_at", "status", "due_at"),
        Index("ix_task_contact_id", "contact_id"),
        Index("ix_task_link", "link_type", "link_id"),
    )

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(20), default=TaskPriority.NORMAL.value)
    status: Mapped[str] = mapped_column(String(20), default=TaskStatus.OPEN.value)
    due_at: Mapped[dt.datetime | None]
    contact_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("contact.id", ondelete="SET NULL"))
    link_type: Mapped[str] = mapped_column(String(20), default="")
    link_id: Mapped[int | None] = mapped_column(BigId)
    created_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]
    done_at: Mapped[dt.datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    done_note: Mapped[str] = mapped_column(Text, default="")


class Appointment(Base):
    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_start_at", "start_at"),
        Index("ix_appointment_contact_id_start_at", "contact_id", "start_at"),
    )

    id: Mapped[intpk]
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default=AppointmentKind.INTERNAL.value)
    status: Mapped[str] = mapped_column(String(20), default=AppointmentStatus.PLANNED.value)
    contact_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("contact.id", ondelete="SET NULL"))
    start_at: Mapped[dt.datetime]
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    reminder_minutes: Mapped[int | None] = mapped_column(Integer)
    actual_start_at: Mapped[dt.datetime | None]
    actual_duration_minutes: Mapped[int | None] = mapped_column(Integer)
    created_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]


class AppointmentParticipant(Base):
    __tablename__ = "appointment_participant"
    __table_args__ = (Index("ix_appointment_participant_user_id", "user_id"),)

    appointment_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("appointment.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True
    )


class ReminderAck(Base):
    """One user's answer to one reminder: dismissed (``snoozed_until`` empty) or snoozed."""

    __tablename__ = "reminder_ack"
    __table_args__ = (UniqueConstraint("user_id", "item_type", "item_id", "due_at"),)

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="CASCADE"))
    item_type: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[int] = mapped_column(BigId)
    due_at: Mapped[dt.datetime]  # the reminder time answered (a changed due time reminds again)
    snoozed_until: Mapped[dt.datetime | None]
    acked_at: Mapped[created_at]
