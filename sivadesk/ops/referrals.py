"""Referral (پاراف / ارجاع) of letters — and later tasks and faxes — between users: one step per
hand-over, forming a tree per item, with the sender's instruction, the receiver's note and every time.

Life of a step: ``open`` (sent) -> ``seen`` (the receiver opened it, :func:`mark_seen`) -> ``acted``
(the receiver wrote what they did, :func:`act`) -> ``closed`` (:func:`close`, by the receiver or
withdrawn by the sender). A receiver may refer the item on from any step they hold, as often as they
like (:func:`refer` with ``parent_step_id``), or send it back with a required note
(:func:`return_to_sender`: the held step is closed and a ``return`` step goes to the referrer).

Departments: a referral to a department becomes one step per *active member* (the referrer excluded),
each carrying ``to_department_id``. Every member thus has their own seen/acted times and cartable
entry, and a member who joins later does not inherit old referrals.

Who sees steps (:func:`history`, :func:`get_step`): a confidential copy only its sender and its
receiver, whoever they are. Other steps: the people involved with the item (sender or receiver of
any of its non-copy steps, and the item's own people — a letter's creator and signer) and the
managers/administrators whose role clears the item (letters: ``ops.letters.CLEARANCE``). Anyone else
sees nothing of the flow. A referral makes the item visible to its receiver (``ops.letters`` asks
:func:`referred_clause` / :func:`is_referred_to`), confidential letters included: the referrer, who
may see it, decides.

Every change is audited and put on the change feed: ``referral.received`` (payload ``to_user_ids``,
``step_id``, ``item_type``, ``item_id``, ``kind``) for each new step, so every desktop where a receiver
is signed in can pop it up, and ``referral.changed`` (``user_ids``…) when a step is seen, acted on or
closed. A referral of a letter linked to a contact adds an entry to the contact's timeline (not for
confidential copies; no subject for classified letters).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from sivadesk.models import Department, ReferralKind, ReferralStatus, ReferralStep, User, utcnow
from sivadesk.ops.activity import add_activity
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit
from sivadesk.ops.referral_items import (
    FINISHED,
    ITEM_TYPES,
    PENDING,
    BoxCount,
    CartableEntry,
    ItemSummary,
    ItemType,
    StepInfo,
    StepNode,
    Target,
    get_step,
    is_own,
    is_referred_to,
    item_summary,
    item_type_of,
    may_see_steps,
    referred_clause,
    step_info,
    step_infos,
    visible_step,
)

__all__ = [
    "BOXES",
    "INSTRUCTIONS",
    "ITEM_TYPES",
    "BoxCount",
    "CartableEntry",
    "ItemSummary",
    "ItemType",
    "StepInfo",
    "StepNode",
    "Target",
    "act",
    "cartable",
    "cartable_counts",
    "close",
    "get_step",
    "history",
    "is_referred_to",
    "item_summary",
    "mark_item_seen",
    "mark_seen",
    "refer",
    "referred_clause",
    "return_to_sender",
]

log = logging.getLogger("sivadesk.referrals")

#: Preset instructions, as language-neutral keys (the UI translates them: "action" is "pour action",
#: جهت اقدام). Any other text is a free instruction.
INSTRUCTIONS: tuple[str, ...] = (
    "action",
    "information",
    "opinion",
    "signature",
    "follow_up",
    "reply",
    "coordination",
    "filing",
)

#: cartable boxes
BOXES: tuple[str, ...] = ("received", "copies", "sent", "done")


# -- referring ------------------------------------------------------------------------------------
def _receivers(session: Session, actor: Actor, targets: Iterable[Target]) -> list[tuple[int, int | None]]:
    """(user id, department id or None), each user once: a user named directly wins over the same
    user reached through a department."""
    direct: dict[int, None] = {}
    via: dict[int, int] = {}
    for t in targets:
        if (t.user_id is None) == (t.department_id is None):
            raise TypeError("a Target names exactly one user or one department")
        if t.user_id is not None:
            user = session.get(User, t.user_id)
            if user is None:
                raise NotFound(what="User", id=t.user_id)
            if not user.active:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "{name} is no longer active and cannot receive referrals."),
                    field="targets",
                    name=user.full_name,
                )
            if user.id == actor.user_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "You cannot refer an item to yourself."), field="targets"
                )
            direct[user.id] = None
        else:
            dept = session.get(Department, t.department_id)
            if dept is None:
                raise NotFound(what="Department", id=t.department_id)
            members = list(
                session.scalars(
                    select(User.id).where(
                        User.department_id == dept.id, User.active.is_(True), User.id != actor.user_id
                    )
                )
            )
            if not members:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "The department {name} has nobody to receive the referral."),
                    field="targets",
                    name=dept.name,
                )
            for uid in members:
                via.setdefault(uid, dept.id)
    found: list[tuple[int, int | None]] = [(uid, None) for uid in direct] + [
        (uid, d) for uid, d in via.items() if uid not in direct
    ]
    if not found:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one person or department to refer to."),
            field="targets",
        )
    return found


def _path_users(session: Session, parent: ReferralStep | None) -> set[int]:
    """Everyone on the path from the first referral down to ``parent`` (senders and receivers)."""
    seen: set[int] = set()
    step = parent
    while step is not None:
        seen.update(u for u in (step.from_user_id, step.to_user_id) if u is not None)
        step = session.get(ReferralStep, step.parent_step_id) if step.parent_step_id is not None else None
    return seen


def _open_holders(session: Session, item_type: str, item_id: int, user_ids: list[int]) -> set[int]:
    q = select(ReferralStep.to_user_id).where(
        ReferralStep.item_type == item_type,
        ReferralStep.item_id == item_id,
        ReferralStep.to_user_id.in_(user_ids),
        ReferralStep.status.in_(PENDING),
        ReferralStep.kind != ReferralKind.COPY.value,
    )
    return {u for u in session.scalars(q) if u is not None}


def _held_step(session: Session, actor: Actor, step_id: int) -> ReferralStep:
    """A step ``actor`` received (NotFound for steps they may not see, PermissionDenied otherwise)."""
    step = visible_step(session, actor, step_id)
    if actor.user_id is None or step.to_user_id != actor.user_id:
        raise PermissionDenied(QT_TRANSLATE_NOOP("errors", "Only the receiver of this referral may do this."))
    return step


def _check_text(text: str, message: str, name: str) -> str:
    if not text.strip():
        raise ValidationError(message, field=name)
    return text.strip()


def refer(
    session: Session,
    actor: Actor,
    item_type: str,
    item_id: int,
    targets: Sequence[Target],
    instruction: str,
    note: str = "",
    deadline: dt.datetime | None = None,
    copy: bool = False,
    parent_step_id: int | None = None,
) -> list[StepInfo]:
    """Refer an item to users and/or departments; one step per receiver, returned in order.

    ``parent_step_id``: re-refer from a step ``actor`` holds (any number of times, to anyone, also
    back up the chain: such steps are flagged, never refused). ``copy``: confidential copies.
    """
    kind_of = item_type_of(item_type)
    actor.require(kind_of.permission)
    kind_of.check(session, actor, item_id)
    instruction = _check_text(
        instruction, QT_TRANSLATE_NOOP("errors", "A referral needs an instruction."), "instruction"
    )[:200]
    if deadline is not None:
        if deadline.tzinfo is None:
            raise ValueError("refer: deadline must be timezone-aware")
        if deadline <= utcnow():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The deadline is already past."), field="deadline"
            )
    parent = None
    if parent_step_id is not None:
        parent = _held_step(session, actor, parent_step_id)
        if (parent.item_type, parent.item_id) != (item_type, item_id):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "This step belongs to another item."), field="parent_step_id"
            )
        if parent.kind == ReferralKind.COPY:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A confidential copy cannot be referred on."),
                field="parent_step_id",
            )
        _touch_seen(parent)
    receivers = _receivers(session, actor, targets)
    holders = _open_holders(session, item_type, item_id, [u for u, _d in receivers])
    on_path = _path_users(session, parent)
    now = utcnow()
    kind = ReferralKind.COPY if copy else ReferralKind.REFER
    steps = []
    for uid, dept_id in receivers:
        step = ReferralStep(
            item_type=item_type,
            item_id=item_id,
            parent_step_id=parent.id if parent else None,
            kind=kind.value,
            from_user_id=actor.user_id,
            to_user_id=uid,
            to_department_id=dept_id,
            instruction=instruction,
            note=note.strip(),
            action_note="",
            status=ReferralStatus.OPEN.value,
            already_open=uid in holders,
            circular=uid in on_path,
            sent_at=now,
            deadline=deadline,
        )
        session.add(step)
        steps.append(step)
    session.flush()
    infos = step_infos(session, steps)
    for info in infos:
        _announce_new(session, actor, info)
    if not copy:
        _add_timeline(session, actor, kind_of, item_id, infos)
    log.info("%s %s %s referred to %d receiver(s)", actor.username, item_type, item_id, len(infos))
    return infos


def _announce_new(session: Session, actor: Actor, info: StepInfo) -> None:
    flags = {"already_open": [None, True]} if info.already_open else {}
    if info.circular:
        flags["circular"] = [None, True]
    audit(
        session,
        actor,
        info.kind,
        "referral_step",
        info.id,
        f"{info.item_type} {info.item_id} → {info.to_name}",
        {"instruction": [None, info.instruction], **flags},
    )
    emit(
        session,
        "referral.received",
        "referral_step",
        info.id,
        {
            "to_user_ids": [info.to_user_id],
            "step_id": info.id,
            "item_type": info.item_type,
            "item_id": info.item_id,
            "kind": info.kind,
        },
        actor,
    )


def _add_timeline(
    session: Session, actor: Actor, kind_of: ItemType, item_id: int, infos: list[StepInfo]
) -> None:
    item = kind_of.describe(session, [item_id]).get(item_id)
    if item is None or item.contact_id is None or not infos:
        return
    names = ", ".join(i.to_name for i in infos[:5]) + (" …" if len(infos) > 5 else "")
    label = item.number or f"#{item.item_id}"
    title = f"{label} → {names}" if item.restricted else f"{label} — {item.title} → {names}"
    body = "" if item.restricted else "\n".join(x for x in (infos[0].instruction, infos[0].note) if x)
    add_activity(
        session,
        actor,
        item.contact_id,
        "letter" if infos[0].item_type == "letter" else infos[0].item_type,
        title,
        body,
        item_type=infos[0].item_type,
        item_id=item_id,
        occurred_at=infos[0].sent_at,
    )


# -- what receivers do ----------------------------------------------------------------------------
def _touch_seen(step: ReferralStep) -> bool:
    if step.seen_at is not None:
        return False
    step.seen_at = utcnow()
    if step.status == ReferralStatus.OPEN:
        step.status = ReferralStatus.SEEN.value
    return True


def _changed(
    session: Session, actor: Actor, step: ReferralStep, action: str, changes: dict[str, object]
) -> None:
    session.flush()
    audit(session, actor, action, "referral_step", step.id, f"{step.item_type} {step.item_id}", changes)
    emit(
        session,
        "referral.changed",
        "referral_step",
        step.id,
        {
            "user_ids": [u for u in (step.from_user_id, step.to_user_id) if u is not None],
            "step_id": step.id,
            "item_type": step.item_type,
            "item_id": step.item_id,
            "status": step.status,
        },
        actor,
    )


def mark_seen(session: Session, actor: Actor, step_id: int) -> StepInfo:
    """The receiver opened the step: the first time sets ``seen_at``; later calls change nothing."""
    step = _held_step(session, actor, step_id)
    if _touch_seen(step):
        _changed(session, actor, step, "seen", {"status": [ReferralStatus.OPEN.value, step.status]})
    return step_info(session, step)


def mark_item_seen(session: Session, actor: Actor, item_type: str, item_id: int) -> int:
    """Opening an item marks every step of it that ``actor`` received and had not opened; how many."""
    if actor.user_id is None:
        return 0
    q = select(ReferralStep).where(
        ReferralStep.item_type == item_type,
        ReferralStep.item_id == item_id,
        ReferralStep.to_user_id == actor.user_id,
        ReferralStep.seen_at.is_(None),
    )
    count = 0
    for step in session.scalars(q):
        if _touch_seen(step):
            _changed(session, actor, step, "seen", {"status": [ReferralStatus.OPEN.value, step.status]})
            count += 1
    return count


def _not_closed(step: ReferralStep) -> None:
    if step.status == ReferralStatus.CLOSED:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This referral step is already closed."))


def act(session: Session, actor: Actor, step_id: int, note: str) -> StepInfo:
    """The receiver records what they did (required note). Acting again replaces the note; the
    first ``acted_at`` is kept (dwell time is measured to it)."""
    step = _held_step(session, actor, step_id)
    _not_closed(step)
    text = _check_text(note, QT_TRANSLATE_NOOP("errors", "Write what you did in the note."), "note")
    old_status, old_note = step.status, step.action_note
    _touch_seen(step)
    step.action_note = text
    step.acted_at = step.acted_at or utcnow()
    step.status = ReferralStatus.ACTED.value
    _changed(
        session, actor, step, "act", {"status": [old_status, step.status], "action_note": [old_note, text]}
    )
    return step_info(session, step)


def close(session: Session, actor: Actor, step_id: int, note: str = "") -> StepInfo:
    """Finish a step: its receiver (done with it), or its sender (withdrawing it)."""
    step = visible_step(session, actor, step_id)
    if actor.user_id is None or actor.user_id not in (step.to_user_id, step.from_user_id):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("errors", "Only the sender or the receiver of this referral may close it.")
        )
    _not_closed(step)
    old = step.status
    if actor.user_id == step.to_user_id:
        _touch_seen(step)
        if note.strip() and not step.action_note:
            step.action_note = note.strip()
    step.closed_at = utcnow()
    step.status = ReferralStatus.CLOSED.value
    _changed(session, actor, step, "close", {"status": [old, step.status]})
    return step_info(session, step)


def return_to_sender(session: Session, actor: Actor, step_id: int, note: str) -> StepInfo:
    """Send a held step back to its referrer with a required note: the held step is closed (the
    note becomes its action note when it has none) and the returned ``return`` step is created."""
    step = _held_step(session, actor, step_id)
    _not_closed(step)
    text = _check_text(
        note, QT_TRANSLATE_NOOP("errors", "Say why you send it back: the note is required."), "note"
    )
    if step.kind == ReferralKind.COPY:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A confidential copy cannot be sent back."))
    sender = session.get(User, step.from_user_id) if step.from_user_id is not None else None
    if sender is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This step has no referrer to send it back to."))
    old = step.status
    _touch_seen(step)
    now = utcnow()
    step.acted_at = step.acted_at or now
    step.action_note = step.action_note or text
    step.closed_at = now
    step.status = ReferralStatus.CLOSED.value
    _changed(session, actor, step, "close", {"status": [old, step.status]})
    back = ReferralStep(
        item_type=step.item_type,
        item_id=step.item_id,
        parent_step_id=step.id,
        kind=ReferralKind.RETURN.value,
        from_user_id=actor.user_id,
        to_user_id=sender.id,
        to_department_id=None,
        instruction="return",
        note=text,
        action_note="",
        status=ReferralStatus.OPEN.value,
        already_open=bool(_open_holders(session, step.item_type, step.item_id, [sender.id])),
        circular=sender.id in _path_users(session, session.get(ReferralStep, step.parent_step_id))
        if step.parent_step_id is not None
        else False,
        sent_at=now,
        deadline=None,
    )
    session.add(back)
    session.flush()
    info = step_info(session, back)
    _announce_new(session, actor, info)
    return info


def history(session: Session, actor: Actor, item_type: str, item_id: int) -> list[StepNode]:
    """The item's referral tree as ``actor`` may see it: roots oldest first, children nested."""
    full = may_see_steps(session, actor, item_type, item_id)
    q = (
        select(ReferralStep)
        .where(ReferralStep.item_type == item_type, ReferralStep.item_id == item_id)
        .order_by(ReferralStep.sent_at, ReferralStep.id)
    )
    steps = [s for s in session.scalars(q) if is_own(actor, s) or (full and s.kind != ReferralKind.COPY)]
    nodes = {info.id: StepNode(info) for info in step_infos(session, steps)}
    roots: list[StepNode] = []
    for node in nodes.values():
        parent = nodes.get(node.step.parent_step_id) if node.step.parent_step_id is not None else None
        (parent.children if parent is not None else roots).append(node)
    return roots


def _box_clause(actor: Actor, box: str) -> ColumnElement[bool]:
    """The steps of a box. The user is matched as the range ``[uid, uid]``, not ``= uid``: with an
    equality PostgreSQL treats the user as a constant, drops it from ``ORDER BY user, id`` and
    scans the primary key backwards through every other user's newer steps (200 ms at 300,000
    steps when the user's are the oldest); with the range only the ``(user, id)`` index gives the
    order, and a page reads about its 200 rows."""
    uid = actor.user_id
    to_me, from_me = ReferralStep.to_user_id.between(uid, uid), ReferralStep.from_user_id.between(uid, uid)
    clauses: dict[str, ColumnElement[bool]] = {
        "received": to_me
        & ReferralStep.kind.in_((ReferralKind.REFER.value, ReferralKind.RETURN.value))
        & ReferralStep.status.in_(PENDING),
        "copies": to_me
        & (ReferralStep.kind == ReferralKind.COPY.value)
        & (ReferralStep.status != ReferralStatus.CLOSED.value),
        "sent": from_me & ReferralStep.status.in_(PENDING),
        "done": to_me & ReferralStep.status.in_(FINISHED) & (ReferralStep.kind != ReferralKind.COPY.value),
    }
    if box not in clauses:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid {setting}; use one of: {allowed}."),
            field="box",
            setting="box",
            value=box,
            allowed=", ".join(BOXES),
        )
    return clauses[box]


def cartable(
    session: Session,
    actor: Actor,
    box: str = "received",
    limit: int = 200,
    before_id: int | None = None,
    item_type: str | None = None,
) -> list[CartableEntry]:
    """``actor``'s cartable box, newest first (keyset paging on the step id): ``received`` (to deal
    with), ``copies`` (confidential copies not closed), ``sent`` (waiting on others), ``done``."""
    if actor.user_id is None:
        return []
    # (user, id): the same order as id alone for one user, and the one the (user, id) index gives
    user = ReferralStep.from_user_id if box == "sent" else ReferralStep.to_user_id
    q = (
        select(ReferralStep)
        .where(_box_clause(actor, box))
        .order_by(user.desc(), ReferralStep.id.desc())
        .limit(limit)
    )
    if before_id is not None:
        q = q.where(ReferralStep.id < before_id)
    if item_type is not None:
        q = q.where(ReferralStep.item_type == item_type)
    infos = step_infos(session, list(session.scalars(q)))
    by_type: dict[str, dict[int, ItemSummary]] = {}
    for t in {i.item_type for i in infos}:
        kind_of = ITEM_TYPES.get(t)
        ids = sorted({i.item_id for i in infos if i.item_type == t})
        by_type[t] = kind_of.describe(session, ids) if kind_of else {}
    return [CartableEntry(i, by_type[i.item_type].get(i.item_id)) for i in infos]


def cartable_counts(session: Session, actor: Actor) -> dict[str, BoxCount]:
    """Per box: how many steps, how many not yet opened by their receiver, how many past deadline.

    Two grouped queries (steps to the actor by status and kind, steps from the actor by status),
    each answered from a covering index, instead of one scan per box.
    """
    if actor.user_id is None:
        return {b: BoxCount(0, 0, 0) for b in BOXES}
    late = func.coalesce(func.sum(case((ReferralStep.deadline < utcnow(), 1), else_=0)), 0)
    to_me = session.execute(
        select(ReferralStep.status, ReferralStep.kind, func.count(), late)
        .where(ReferralStep.to_user_id == actor.user_id)
        .group_by(ReferralStep.status, ReferralStep.kind)
    ).all()
    from_me = session.execute(
        select(ReferralStep.status, func.count(), late)
        .where(ReferralStep.from_user_id == actor.user_id, ReferralStep.status.in_(PENDING))
        .group_by(ReferralStep.status)
    ).all()
    totals = {b: [0, 0, 0] for b in BOXES}
    for status, kind, n, over in to_me:
        copy = kind == ReferralKind.COPY
        if status in PENDING:
            box = "copies" if copy else "received"
        elif copy and status != ReferralStatus.CLOSED:
            box = "copies"
        elif not copy:
            box = "done"
        else:
            continue
        pending = status in PENDING
        totals[box][0] += int(n)
        totals[box][1] += int(n) if status == ReferralStatus.OPEN else 0
        totals[box][2] += int(over or 0) if pending else 0
    for status, n, over in from_me:
        totals["sent"][0] += int(n)
        totals["sent"][1] += int(n) if status == ReferralStatus.OPEN else 0
        totals["sent"][2] += int(over or 0)
    return {b: BoxCount(*totals[b]) for b in BOXES}
