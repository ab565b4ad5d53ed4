"""Letter registers (دبیرخانه / chrono): their numbering rules and their gapless counters."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
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


class GroupMode(StrEnum):
    """What registering a letter addressed to a contact group does."""

    PER_RECIPIENT = "per_recipient"  # one letter per contact, each with its own number
    CIRCULAR = "circular"  # one letter, every contact of the group a recipient


class Register(Base):
    """An admin-configured register. ``format`` is a token template (see :mod:`sivadesk.letters.numbering`);
    ``calendar`` (gregorian/jalali) gives the year of ``{year}`` and of the yearly reset.
    ``print_settings`` is a free-form dict owned by the printing code (template, QR, pre-printed
    field positions)."""

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
    group_mode: Mapped[str] = mapped_column(String(20), default=GroupMode.PER_RECIPIENT.value)
    default_classification: Mapped[str] = mapped_column(String(20), default="normal")
    print_settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
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


class LetterStatus(StrEnum):
    DRAFT = "draft"
    REGISTERED = "registered"
    SENT = "sent"
    ARCHIVED = "archived"
    VOID = "void"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"
    IMMEDIATE = "immediate"


class Classification(StrEnum):
    """Ordered from least to most restricted (see :data:`CLASSIFICATION_LEVELS`)."""

    NORMAL = "normal"
    CONFIDENTIAL = "confidential"
    VERY_CONFIDENTIAL = "very_confidential"
    SECRET = "secret"
    TOP_SECRET = "top_secret"


#: classification -> rank; a role's clearance is the highest rank it may read.
CLASSIFICATION_LEVELS: dict[str, int] = {c.value: i for i, c in enumerate(Classification)}


class Letter(Base):
    """A letter. ``seq``/``number`` are empty until registration, then frozen: a numbered letter is
    never deleted (voiding keeps its number). The unique (register, period, scope, seq) is the safety
    net behind the gapless counter."""

    __tablename__ = "letter"
    __table_args__ = (UniqueConstraint("register_id", "period", "scope_key", "seq"),)

    id: Mapped[intpk]
    register_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("register.id", ondelete="RESTRICT"), index=True
    )
    seq: Mapped[int | None] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(10), default="")
    scope_key: Mapped[str] = mapped_column(String(20), default="")
    number: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default=LetterStatus.DRAFT.value)
    direction: Mapped[str] = mapped_column(String(20))
    urgency: Mapped[str] = mapped_column(String(20), default=Urgency.NORMAL.value)
    classification: Mapped[str] = mapped_column(String(20), default=Classification.NORMAL.value)
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    contact_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    their_number: Mapped[str] = mapped_column(String(100), default="")
    their_date: Mapped[dt.date | None] = mapped_column(Date)
    signer_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    creator_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]
    registered_at: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
    in_reply_to_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("letter.id", ondelete="SET NULL"))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    # Office lists (codes): the category and the letter type, usable as {cat} / {type} in numbers.
    category: Mapped[str] = mapped_column(String(40), default="", index=True)
    kind: Mapped[str] = mapped_column(String(40), default="")
    sender_department_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("department.id", ondelete="SET NULL")
    )
    scheduled_send_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    # A reminder for the user who set it ("the sender"), shown at reminder_at until dismissed.
    reminder_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    reminder_note: Mapped[str] = mapped_column(Text, default="")
    reminder_user_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("app_user.id", ondelete="SET NULL")
    )
    reminder_dismissed_at: Mapped[dt.datetime | None]
    # The signer's approval: the printed letter carries the signature only when it is set.
    approved_at: Mapped[dt.datetime | None]
    approved_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    # Archive: content frozen (the stored PDF's hash), metadata still editable.
    archived_at: Mapped[dt.datetime | None]
    archive_sha256: Mapped[str] = mapped_column(String(64), default="")
    retention_class: Mapped[str] = mapped_column(String(40), default="")


class RecipientKind(StrEnum):
    CONTACT = "contact"
    USER = "user"
    DEPARTMENT = "department"
    GROUP = "group"  # a contact group (tag), expanded when the letter is registered


class LetterRecipient(Base):
    """One addressee of a letter, or a copy (رونوشت) when ``copy``. Exactly one of the reference
    columns is set, per ``kind``; ``name`` is the display name when the recipient was chosen (kept if
    the contact is renamed or deleted later)."""

    __tablename__ = "letter_recipient"

    id: Mapped[intpk]
    letter_id: Mapped[int] = mapped_column(BigId, ForeignKey("letter.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    contact_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    # Indexed: a user addressed by name may see the letter (ops.letter_access.visible_clause).
    user_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("app_user.id", ondelete="SET NULL"), index=True
    )
    department_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("department.id", ondelete="SET NULL"))
    tag_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("tag.id", ondelete="SET NULL"))
    name: Mapped[str200] = mapped_column(default="")
    copy: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class LinkKind(StrEnum):
    FOLLOW_UP = "follow_up"  # to_letter follows up from_letter
    REFERENCE = "reference"  # from_letter refers to to_letter


class LetterLink(Base):
    """A follow-up or reference link between two letters (in-reply-to is ``Letter.in_reply_to_id``)."""

    __tablename__ = "letter_link"
    __table_args__ = (UniqueConstraint("from_letter_id", "to_letter_id", "kind"),)

    id: Mapped[intpk]
    from_letter_id: Mapped[int] = mapped_column(BigId, ForeignKey("letter.id", ondelete="CASCADE"))
    to_letter_id: Mapped[int] = mapped_column(BigId, ForeignKey("letter.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    created_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]


class LetterTag(Base):
    """A free-text tag on a letter; ``name_norm`` (textnorm.normalize) is what filters compare."""

    __tablename__ = "letter_tag"
    __table_args__ = (Index("ix_letter_tag_name_norm", "name_norm"),)

    letter_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True
    )
    name_norm: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
