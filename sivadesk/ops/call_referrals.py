"""Calls as an item type of referrals: a call can be referred to a colleague ("call them back",
"send the quote"). Registered in :data:`sivadesk.ops.referral_items.ITEM_TYPES` when
:mod:`sivadesk.ops.calls` is imported."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from sivadesk import phones
from sivadesk.errors import NotFound
from sivadesk.models import Contact, Letter, ReferralStep
from sivadesk.models.calls import Call
from sivadesk.ops import office
from sivadesk.ops.context import Actor
from sivadesk.ops.referral_items import ITEM_TYPES, PENDING, ItemSummary, ItemType


def register() -> None:
    def check(session: Session, actor: Actor, item_id: int) -> None:
        if not actor.can("calls.read") or session.get(Call, item_id) is None:
            raise NotFound(what="Call", id=item_id)

    def describe(session: Session, ids: list[int]) -> dict[int, ItemSummary]:
        if not ids:
            return {}
        region = office.load(session).phone_region
        rows = session.execute(
            select(
                Call.id, Call.number_e164, Call.number_raw, Call.name, Call.contact_id, Contact.display_name
            )
            .outerjoin(Contact, Contact.id == Call.contact_id)
            .where(Call.id.in_(ids))
        )
        out: dict[int, ItemSummary] = {}
        for cid, e164, raw, name, contact_id, contact_name in rows:
            number = phones.format_display(e164, raw, region)
            out[cid] = ItemSummary(cid, number, contact_name or name or number, contact_id=contact_id)
        return out

    def own_users(session: Session, item_id: int) -> set[int]:
        call = session.get(Call, item_id)
        return {call.answered_by_id} if call is not None and call.answered_by_id is not None else set()

    def cleared(session: Session, actor: Actor, item_id: int) -> bool:
        del session, item_id
        return actor.can("calls.read")  # calls carry no classification

    ITEM_TYPES["call"] = ItemType("calls.manage", check, describe, own_users, cleared)


register()


def open_referrals(session: Session, contact_id: int) -> int:
    """Referrals still pending (open or seen) on the contact's calls and letters."""
    their_calls = select(Call.id).where(Call.contact_id == contact_id).scalar_subquery()
    their_letters = select(Letter.id).where(Letter.contact_id == contact_id).scalar_subquery()
    stmt = (
        select(func.count())
        .select_from(ReferralStep)
        .where(
            ReferralStep.status.in_(PENDING),
            or_(
                and_(ReferralStep.item_type == "call", ReferralStep.item_id.in_(their_calls)),
                and_(ReferralStep.item_type == "letter", ReferralStep.item_id.in_(their_letters)),
            ),
        )
    )
    return int(session.scalar(stmt) or 0)
