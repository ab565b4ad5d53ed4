"""Referral steps: one model for referring letters (and later tasks and faxes) to users or departments.

A step is one hand-over (پاراف / ارجاع): who referred which item to whom, with what instruction, and
what the receiver did about it. Steps form a tree through ``parent_step_id`` (a re-referral or a
return hangs under the step it came from), so the whole flow of an item is one query on
``(item_type, item_id)``. The item itself is generic: ``item_type`` names it (``"letter"`` now,
``"task"``/``"fax"`` later) and ``item_id`` is its id, without a foreign key (one column cannot
reference several tables); :mod:`sivadesk.ops.referrals` checks it through per-type hooks.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from sivadesk.models.base import Base, BigId, intpk, utcnow
from sivadesk.models.base import UTCDateTime as _UTC


class ReferralKind(StrEnum):
    REFER = "refer"  # the receiver is to deal with the item
    COPY = "copy"  # confidential copy (رونوشت محرمانه): seen only by its receiver and its sender
    RETURN = "return"  # sent back to the referrer, with a required note


class ReferralStatus(StrEnum):
    OPEN = "open"  # sent, not opened by the receiver yet
    SEEN = "seen"  # opened by the receiver
    ACTED = "acted"  # the receiver wrote what they did (action note)
    CLOSED = "closed"  # finished (by the receiver or withdrawn by the sender)


class ReferralStep(Base):
    """One referral of an item to one receiver.

    ``to_user_id`` is the receiver. A referral to a department becomes one step per active member,
    each with ``to_department_id`` set to that department (how it reached them), so every member
    has their own seen/acted times. ``instruction`` is a preset key (``"action"``, ``"information"``,
    see ``ops.referrals.INSTRUCTIONS``) or free text; ``note`` is the sender's paraf text and
    ``action_note`` the receiver's. ``already_open`` records that the receiver already held an open
    step on the same item when this one was sent; ``circular`` that the receiver was already on the
    path from the first referral down to this step.
    """

    __tablename__ = "referral_step"
    __table_args__ = (
        CheckConstraint("to_user_id IS NOT NULL OR to_department_id IS NOT NULL", name="has_receiver"),
        Index("ix_referral_step_item", "item_type", "item_id"),
        # a cartable box's pages, newest first: a backward scan of one user's steps
        Index("ix_referral_step_to_user_id_id", "to_user_id", "id"),
        Index("ix_referral_step_from_user_id_id", "from_user_id", "id"),
        # the boxes' counts (total, unseen, late) from the index alone
        Index("ix_referral_step_to_user_counts", "to_user_id", "status", "kind", "deadline"),
        Index("ix_referral_step_from_user_counts", "from_user_id", "status", "deadline"),
        Index("ix_referral_step_parent_step_id", "parent_step_id"),
        Index("ix_referral_step_to_department_id", "to_department_id"),
    )

    id: Mapped[intpk]
    item_type: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[int] = mapped_column(BigId)
    parent_step_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("referral_step.id", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(20), default=ReferralKind.REFER.value)
    from_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    to_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="SET NULL"))
    to_department_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("department.id", ondelete="SET NULL")
    )
    instruction: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    action_note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default=ReferralStatus.OPEN.value)
    already_open: Mapped[bool] = mapped_column(Boolean, default=False)
    circular: Mapped[bool] = mapped_column(Boolean, default=False)
    sent_at: Mapped[dt.datetime] = mapped_column(_UTC(), default=utcnow)
    seen_at: Mapped[dt.datetime | None]
    acted_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    deadline: Mapped[dt.datetime | None]
