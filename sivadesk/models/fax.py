"""Fax: the outgoing queue (any desktop queues, the PC with the modem sends), each call attempt,
and received faxes waiting to be linked to a customer file."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sivadesk.models.base import Base, BigId, JSONType, created_at, intpk


class FaxState(StrEnum):
    PENDING = "pending"  # waiting for its time and a free modem
    SLEEPING = "sleeping"  # waiting before the next try (busy, no answer…)
    ACTIVE = "active"  # a modem service is sending it
    DONE = "done"  # every page confirmed by the far end
    FAILED = "failed"  # gave up (dials or tries used up, page rejected three times, bad document)
    CANCELLED = "cancelled"


#: States a job no longer leaves (but "resend" makes a new job from it).
FINAL_STATES = frozenset({FaxState.DONE.value, FaxState.FAILED.value, FaxState.CANCELLED.value})


class FaxJob(Base):
    """One fax to one number. ``pages_sent`` is the resume point: pages 1..pages_sent were confirmed
    by the far end, and a new try starts at the next one."""

    __tablename__ = "fax_job"
    __table_args__ = (
        Index("ix_fax_job_state_next_try_at", "state", "next_try_at"),
        Index("ix_fax_job_contact_id", "contact_id"),
        Index("ix_fax_job_batch", "batch"),
    )

    id: Mapped[intpk]
    state: Mapped[str] = mapped_column(String(20), default=FaxState.PENDING.value)
    number: Mapped[str] = mapped_column(String(80))  # the dial string
    recipient: Mapped[str] = mapped_column(String(200), default="")
    contact_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("contact.id", ondelete="SET NULL"))
    letter_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("letter.id", ondelete="SET NULL"))
    subject: Mapped[str] = mapped_column(String(500), default="")
    cover: Mapped[dict[str, object]] = mapped_column(JSONType, default=dict)  # cover page fields, {} = none
    resolution: Mapped[str] = mapped_column(String(10), default="fine")
    priority: Mapped[int] = mapped_column(Integer, default=0)  # higher first
    scheduled_at: Mapped[dt.datetime]
    next_try_at: Mapped[dt.datetime]
    pages_total: Mapped[int] = mapped_column(Integer, default=0)
    pages_sent: Mapped[int] = mapped_column(Integer, default=0)
    dials: Mapped[int] = mapped_column(Integer, default=0)
    tries: Mapped[int] = mapped_column(Integer, default=0)  # calls where a fax machine answered
    page_failures: Mapped[int] = mapped_column(Integer, default=0)  # failures at the same page
    last_cause: Mapped[str] = mapped_column(String(20), default="")
    last_detail: Mapped[str] = mapped_column(Text, default="")
    remote_id: Mapped[str] = mapped_column(String(40), default="")
    modem: Mapped[str] = mapped_column(String(200), default="")  # the service holding it (active)
    batch: Mapped[str] = mapped_column(String(40), default="")  # bulk sends share one
    resent_from_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("fax_job.id", ondelete="SET NULL"))
    # Its entry (a letter) in the sent-fax register, once sent: numbered, referable like a letter.
    entry_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("letter.id", ondelete="SET NULL"))
    created_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    created_at: Mapped[created_at]
    done_at: Mapped[dt.datetime | None]


class FaxDocument(Base):
    """A document of a job, in order: the stored file (PDF, image or text) by content hash."""

    __tablename__ = "fax_document"

    id: Mapped[intpk]
    job_id: Mapped[int] = mapped_column(BigId, ForeignKey("fax_job.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), ForeignKey("blob.sha256", ondelete="RESTRICT"))
    pages: Mapped[int] = mapped_column(Integer, default=0)


class FaxAttempt(Base):
    """One call for a job: when, on which modem, how it ended, how many pages were confirmed."""

    __tablename__ = "fax_attempt"

    id: Mapped[intpk]
    job_id: Mapped[int] = mapped_column(BigId, ForeignKey("fax_job.id", ondelete="CASCADE"), index=True)
    modem: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[dt.datetime]
    ended_at: Mapped[dt.datetime | None]
    first_page: Mapped[int] = mapped_column(Integer, default=1)
    pages_confirmed: Mapped[int] = mapped_column(Integer, default=0)
    cause: Mapped[str] = mapped_column(String(20), default="")
    hangup: Mapped[str] = mapped_column(String(10), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
    remote_id: Mapped[str] = mapped_column(String(40), default="")


class ReceivedFax(Base):
    """A fax that came in: its pages (TIFF-F and PDF blobs), who sent it (TSI, caller number), the
    customer file it belongs to once matched or linked by hand."""

    __tablename__ = "received_fax"
    __table_args__ = (Index("ix_received_fax_received_at", "received_at"),)

    id: Mapped[intpk]
    received_at: Mapped[dt.datetime]
    remote_id: Mapped[str] = mapped_column(String(40), default="")  # TSI
    number: Mapped[str] = mapped_column(String(80), default="")  # caller ID, when the line gives it
    pages: Mapped[int] = mapped_column(Integer, default=0)
    bad_lines: Mapped[int] = mapped_column(Integer, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=True)  # False: the call ended early
    tiff_sha256: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("blob.sha256", ondelete="RESTRICT")
    )
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), ForeignKey("blob.sha256", ondelete="RESTRICT"))
    contact_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    matched_by: Mapped[str] = mapped_column(String(10), default="")  # "number", "tsi", "hand", ""
    # Its entry (a letter) in the received-fax register: numbered, referable like a letter.
    letter_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("letter.id", ondelete="SET NULL"))
    modem: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
