"""Caller ID: calls, the live state of each phone line, and the lines each user watches."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sivadesk.models.base import Base, BigId, created_at, intpk


class CallDirection(StrEnum):
    IN = "in"
    OUT = "out"


class CallState(StrEnum):
    """Where a call is in its life: ringing (or dialling), on the line, ended."""

    RINGING = "ringing"
    DIALLING = "dialling"
    ON_CALL = "on_call"
    ENDED = "ended"


class LineStatus(StrEnum):
    IDLE = "idle"
    RINGING = "ringing"
    OFF_HOOK = "off_hook"
    ON_CALL = "on_call"


class Call(Base):
    """One phone call seen by a caller-ID unit.

    ``ring_at`` is when it started (first ring or caller ID of an incoming call, off-hook of an
    outgoing one); ``answer_at`` when it was picked up; ``end_at`` when the line went idle.
    ``missed`` is an incoming call that ended without being answered; ``unknown`` a call whose
    number matched no contact. ``answered_desk`` is the desk/extension a unit reports (Comdial).
    """

    __tablename__ = "call"
    __table_args__ = (
        Index("ix_call_ring_at", "ring_at"),
        Index("ix_call_contact_id_ring_at", "contact_id", "ring_at"),
        Index("ix_call_line_ring_at", "line", "ring_at"),
        Index("ix_call_missed_ring_at", "missed", "ring_at"),
        Index("ix_call_answered_by_id_ring_at", "answered_by_id", "ring_at"),
        Index("ix_call_number_e164", "number_e164"),
        Index("ix_call_number_key", "number_key"),
    )

    id: Mapped[intpk]
    line: Mapped[str] = mapped_column(String(40))
    direction: Mapped[str] = mapped_column(String(3), default=CallDirection.IN.value)
    state: Mapped[str] = mapped_column(String(20), default=CallState.RINGING.value)
    number_raw: Mapped[str] = mapped_column(String(80), default="")
    number_e164: Mapped[str | None] = mapped_column(String(20))
    # Reversed digits (see sivadesk.phones): links an unknown number's calls to a contact later.
    number_key: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200), default="")  # as sent by the network
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    out_of_area: Mapped[bool] = mapped_column(Boolean, default=False)
    ring_at: Mapped[dt.datetime]
    answer_at: Mapped[dt.datetime | None]
    end_at: Mapped[dt.datetime | None]
    duration_s: Mapped[int | None] = mapped_column(Integer)
    rings: Mapped[int | None] = mapped_column(Integer)
    answered_by_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    answered_desk: Mapped[str] = mapped_column(String(20), default="")
    missed: Mapped[bool] = mapped_column(Boolean, default=False)
    unknown: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("contact.id", ondelete="SET NULL"))
    source: Mapped[str] = mapped_column(String(40), default="")  # decoder format that reported it
    created_at: Mapped[created_at]


class LineState(Base):
    """The live state of one phone line (one row per line, kept up to date by the listener)."""

    __tablename__ = "line_state"

    line: Mapped[str] = mapped_column(String(40), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default=LineStatus.IDLE.value)
    since: Mapped[dt.datetime]
    touched_at: Mapped[dt.datetime]  # last ring/event seen: a ringing line that falls silent is idle again
    call_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("call.id", ondelete="SET NULL"))
    user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))


class WatchedLine(Base):
    """A line whose calls pop up on a user's desktop. A user with no rows watches every line."""

    __tablename__ = "watched_line"

    user_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True
    )
    line: Mapped[str] = mapped_column(String(40), primary_key=True)


class DeskUser(Base):
    """Who sits at a desk (station, extension) that a unit reports when a line is taken (Comdial):
    a call answered there is recorded as answered by that user."""

    __tablename__ = "desk_user"

    desk: Mapped[str] = mapped_column(String(20), primary_key=True)
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
