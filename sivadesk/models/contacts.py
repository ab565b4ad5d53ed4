"""Contact files: people, companies and leads with their phones, e-mails, addresses and tags."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sivadesk.models.base import Base, BigId, KeyText, SortText, created_at, intpk, str80, str200, utcnow

_LIVE: dict[str, Any] = {
    "sqlite_where": text("deleted_at IS NULL"),
    "postgresql_where": text("deleted_at IS NULL"),
}


class ContactKind(StrEnum):
    PERSON = "person"
    COMPANY = "company"
    LEAD = "lead"


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = (
        # The list's sort orders over live contacts only: a page at any OFFSET and the count are
        # then scans of one index, never of the table (migration 0002).
        Index("ix_contact_live_sort_key", "sort_key", "id", **_LIVE),
        Index("ix_contact_live_kind_sort_key", "kind", "sort_key", "id", **_LIVE),
        Index("ix_contact_live_organization", "organization", "id", **_LIVE),
        Index("ix_contact_live_city", "city", "id", **_LIVE),
        Index("ix_contact_live_updated_at", "updated_at", "id", **_LIVE),
    )

    id: Mapped[intpk]
    kind: Mapped[str] = mapped_column(String(10), default=ContactKind.PERSON.value)
    display_name: Mapped[str200]
    first_name: Mapped[str200] = mapped_column(default="")
    last_name: Mapped[str200] = mapped_column(default="")
    organization: Mapped[str200] = mapped_column(default="")  # company name (company/lead) or free text
    company_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    job_title: Mapped[str200] = mapped_column(default="")
    lead_status: Mapped[str80] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Normalised (textnorm) name used for sorting and prefix search; search_text adds phones/e-mails.
    sort_key: Mapped[str] = mapped_column(SortText, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    primary_phone: Mapped[str80] = mapped_column(default="")  # denormalised for the list view
    primary_email: Mapped[str200] = mapped_column(default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    has_invalid_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[dt.datetime | None]

    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactPhone.position"
    )
    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="ContactEmail.position"
    )
    addresses: Mapped[list[Address]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Address.id"
    )


class ContactPhone(Base):
    __tablename__ = "contact_phone"
    __table_args__ = (Index("ix_contact_phone_rev_key", "rev_key"),)

    id: Mapped[intpk]
    contact_id: Mapped[int] = mapped_column(BigId, ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    label: Mapped[str80] = mapped_column(default="")
    raw: Mapped[str80]
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    rev_key: Mapped[str] = mapped_column(KeyText)
    valid: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


class ContactEmail(Base):
    __tablename__ = "contact_email"

    id: Mapped[intpk]
    contact_id: Mapped[int] = mapped_column(BigId, ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    label: Mapped[str80] = mapped_column(default="")
    address: Mapped[str200]
    address_norm: Mapped[str] = mapped_column(String(200), index=True)
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")


class Address(Base):
    __tablename__ = "address"

    id: Mapped[intpk]
    contact_id: Mapped[int] = mapped_column(BigId, ForeignKey("contact.id", ondelete="CASCADE"), index=True)
    label: Mapped[str80] = mapped_column(default="")
    street: Mapped[str] = mapped_column(String(300), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")

    contact: Mapped[Contact] = relationship(back_populates="addresses")


class Tag(Base):
    """A tag; tags double as contact groups (a letter or fax can go to everyone tagged)."""

    __tablename__ = "tag"

    id: Mapped[intpk]
    name: Mapped[str200]
    name_norm: Mapped[str] = mapped_column(String(200), unique=True)
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)


class ContactTag(Base):
    __tablename__ = "contact_tag"

    contact_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )
