"""Referral of letters on SQLite and PostgreSQL through the real services: steps and departments,
the tree, re-referral in circles (flagged), returns, seen/acted times, who sees what, the cartable,
the change feed, the audit and the contact timeline."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from sivadesk.db import Database
from sivadesk.errors import NotFound, PermissionDenied, ValidationError
from sivadesk.models import AuditLog, Event, ReferralStep, Register, Role, utcnow
from sivadesk.ops import activity, contacts, letters, referrals, registers, users
from sivadesk.ops.context import Actor
from sivadesk.ops.referrals import StepNode, Target

PASSWORD = "correct horse"


def _user(db: Database, admin: Actor, name: str, role: Role = Role.AGENT, dept: int | None = None) -> Actor:
    with db.session() as s:
        info = users.create_user(s, admin, name, name.title(), PASSWORD, role, department_id=dept)
    return Actor(info.id, info.username, role, info.full_name, dept)


def _letter(db: Database, admin: Actor, subject: str = "Devis", **kw: object) -> int:
    with db.session() as s:
        rid = s.scalar(select(Register.id).where(Register.code == "IN"))
        if rid is None:
            rid = registers.create_register(s, admin, "Arrivée", "IN", "inbound", "A-{year}-{seq}").id
    with db.session() as s:
        return letters.create_draft(s, admin, rid, subject, **kw).id  # type: ignore[arg-type]


def _refer(
    db: Database, actor: Actor, letter_id: int, *targets: Target, **kw: object
) -> list[referrals.StepInfo]:
    with db.session() as s:
        return referrals.refer(
            s,
            actor,
            "letter",
            letter_id,
            list(targets),
            str(kw.pop("instruction", "action")),
            **kw,  # type: ignore[arg-type]
        )


def _shape(nodes: list[StepNode]) -> list[tuple[str, str, list[object]]]:
    return [(n.step.from_name, n.step.to_name, _shape(n.children)) for n in nodes]


def test_refer_to_users_and_a_department(db: Database, admin: Actor) -> None:
    with db.session() as s:
        dept = users.create_department(s, admin, "Ventes", "VEN").id
    ali = _user(db, admin, "ali")
    sara = _user(db, admin, "sara", dept=dept)
    _user(db, admin, "reza", dept=dept)
    gone = _user(db, admin, "gone", dept=dept)
    with db.session() as s:
        users.update_user(s, admin, gone.user_id or 0, active=False)
    lid = _letter(db, admin)
    # Ali named directly and Sara both directly and through her department: one step each.
    steps = _refer(
        db,
        admin,
        lid,
        Target.user(ali.user_id or 0),
        Target.department(dept),
        Target.user(sara.user_id or 0),
        note="Rappeler le client",
    )
    assert [(x.to_name, x.to_department_id) for x in steps] == [("Ali", None), ("Sara", None), ("Reza", dept)]
    assert {(x.kind, x.status, x.instruction, x.note, x.from_name) for x in steps} == {
        ("refer", "open", "action", "Rappeler le client", "Admin Istrateur")
    }
    assert all(x.seen_at is None and x.acted_at is None and x.sent_at <= utcnow() for x in steps)
    assert not any(x.flagged for x in steps)
    with db.read_session() as s:
        events = s.scalars(select(Event).where(Event.topic == "referral.received").order_by(Event.id)).all()
        assert [e.payload for e in events] == [
            {
                "to_user_ids": [x.to_user_id],
                "step_id": x.id,
                "item_type": "letter",
                "item_id": lid,
                "kind": "refer",
            }
            for x in steps
        ]
        assert (
            s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity == "referral_step"))
            == 3
        )


def test_re_referral_tree_and_circles_are_flagged(db: Database, admin: Actor) -> None:
    ali, bob = _user(db, admin, "ali"), _user(db, admin, "bob", Role.MANAGER)
    lid = _letter(db, admin)
    (first,) = _refer(db, admin, lid, Target.user(ali.user_id or 0))
    (second,) = _refer(
        db, ali, lid, Target.user(bob.user_id or 0), instruction="opinion", parent_step_id=first.id
    )
    # Bob refers it back to Ali, who still holds his open step, and who is on the path: flagged.
    (third,) = _refer(
        db, bob, lid, Target.user(ali.user_id or 0), instruction="Revoir le montant", parent_step_id=second.id
    )
    assert (second.flagged, third.already_open, third.circular) == (False, True, True)
    # ... and again, without limit; back to the administrator who started it: on the path.
    (fourth,) = _refer(db, ali, lid, Target.user(admin.user_id or 0), parent_step_id=third.id)
    assert (fourth.already_open, fourth.circular) == (False, True)
    with db.read_session() as s:
        tree = referrals.history(s, admin, "letter", lid)
        # Referring on from a step is opening it: the holder's step was marked seen.
        assert referrals.get_step(s, ali, first.id).step.seen_at is not None
    assert _shape(tree) == [
        ("Admin Istrateur", "Ali", [("Ali", "Bob", [("Bob", "Ali", [("Ali", "Admin Istrateur", [])])])])
    ]
    assert tree[0].children[0].step.instruction == "opinion"


def test_return_needs_a_note_and_creates_a_step(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    lid = _letter(db, admin)
    (step,) = _refer(db, admin, lid, Target.user(ali.user_id or 0))
    with pytest.raises(ValidationError, match="note is required"), db.session() as s:
        referrals.return_to_sender(s, ali, step.id, "   ")
    with pytest.raises(PermissionDenied), db.session() as s:  # only its receiver sends a step back
        referrals.return_to_sender(s, admin, step.id, "Non")
    with db.session() as s:
        back = referrals.return_to_sender(s, ali, step.id, "Pas mon service")
    assert (back.kind, back.from_name, back.to_name, back.parent_step_id, back.note, back.status) == (
        "return",
        "Ali",
        "Admin Istrateur",
        step.id,
        "Pas mon service",
        "open",
    )
    with db.read_session() as s:
        held = referrals.get_step(s, ali, step.id).step
        assert (held.status, held.action_note) == ("closed", "Pas mon service")
        assert held.seen_at and held.acted_at and held.closed_at
        assert [e.step.id for e in referrals.cartable(s, admin, "received")] == [back.id]
    with pytest.raises(ValidationError, match="closed"), db.session() as s:
        referrals.act(s, ali, step.id, "Trop tard")


def test_seen_and_acted_times(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    lid = _letter(db, admin)
    deadline = utcnow() + dt.timedelta(days=3)
    (step,) = _refer(db, admin, lid, Target.user(ali.user_id or 0), deadline=deadline)
    with db.session() as s:
        seen = referrals.mark_seen(s, ali, step.id)
    with db.session() as s:
        again = referrals.mark_seen(s, ali, step.id)  # only the first opening counts
    assert seen.status == "seen" and seen.seen_at is not None and again.seen_at == seen.seen_at
    assert abs((seen.deadline or utcnow()) - deadline) < dt.timedelta(seconds=1)
    with pytest.raises(PermissionDenied), db.session() as s:  # the sender cannot act for the receiver
        referrals.act(s, admin, step.id, "Fait")
    with pytest.raises(ValidationError, match="what you did"), db.session() as s:
        referrals.act(s, ali, step.id, "")
    with db.session() as s:
        acted = referrals.act(s, ali, step.id, "Client rappelé")
    assert (acted.status, acted.action_note) == ("acted", "Client rappelé")
    assert acted.acted_at is not None and seen.seen_at is not None and acted.acted_at >= seen.seen_at
    assert acted.dwell() == acted.acted_at - acted.sent_at and not acted.overdue()
    with db.session() as s:
        closed = referrals.close(s, ali, step.id)
    assert closed.status == "closed" and closed.closed_at is not None and closed.acted_at == acted.acted_at
    with db.read_session() as s:
        topics = s.scalars(
            select(Event.topic).where(Event.entity == "referral_step").order_by(Event.id)
        ).all()
    assert topics == ["referral.received", "referral.changed", "referral.changed", "referral.changed"]


def test_opening_the_letter_marks_its_steps_seen(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    lid = _letter(db, admin)
    _refer(db, admin, lid, Target.user(ali.user_id or 0))
    _refer(db, admin, lid, Target.user(ali.user_id or 0), copy=True)
    with db.session() as s:
        assert referrals.mark_item_seen(s, ali, "letter", lid) == 2
    with db.session() as s:
        assert referrals.mark_item_seen(s, ali, "letter", lid) == 0
        assert referrals.cartable_counts(s, ali)["received"].unseen == 0


def test_confidential_letter_referred_to_an_agent_becomes_visible(db: Database, admin: Actor) -> None:
    ali, other = _user(db, admin, "ali"), _user(db, admin, "other")
    lid = _letter(db, admin, "Contrat", classification="confidential")
    with pytest.raises(NotFound), db.read_session() as s:
        letters.get_letter(s, ali, lid)
    with db.read_session() as s:
        assert lid not in [x.id for x in letters.list_letters(s, ali)]
    with pytest.raises(NotFound), db.session() as s:  # an agent cannot refer what he cannot see
        referrals.refer(s, ali, "letter", lid, [Target.user(other.user_id or 0)], "action")
    _refer(db, admin, lid, Target.user(ali.user_id or 0))
    with db.read_session() as s:
        assert letters.get_letter(s, ali, lid).subject == "Contrat"
        assert lid in [x.id for x in letters.list_letters(s, ali)]
    with pytest.raises(NotFound), db.read_session() as s:
        letters.get_letter(s, other, lid)  # still hidden from everyone else
    with db.read_session() as s:
        assert lid not in [x.id for x in letters.list_letters(s, other)]


def test_who_sees_the_steps(db: Database, admin: Actor) -> None:
    ali, bob, boss = _user(db, admin, "ali"), _user(db, admin, "bob"), _user(db, admin, "boss", Role.MANAGER)
    outsider = _user(db, admin, "outsider")
    lid = _letter(db, admin)
    (main,) = _refer(db, admin, lid, Target.user(ali.user_id or 0))
    (secret_copy,) = _refer(
        db, admin, lid, Target.user(bob.user_id or 0), copy=True, instruction="information"
    )
    with db.read_session() as s:

        def visible(actor: Actor) -> list[int]:
            return [n.step.id for n in referrals.history(s, actor, "letter", lid)]

        assert visible(admin) == [main.id, secret_copy.id]  # the sender of the copy
        assert visible(bob) == [secret_copy.id]  # its receiver sees only his copy
        assert visible(ali) == [main.id]  # involved, but not in the confidential copy
        assert visible(boss) == [main.id]  # a manager cleared for the letter, not for the copy
        assert visible(outsider) == []  # uninvolved agent: nothing of the flow
        for actor in (ali, boss, outsider):
            with pytest.raises(NotFound, match="Referral step"):
                referrals.get_step(s, actor, secret_copy.id)
        assert referrals.get_step(s, bob, secret_copy.id).item is not None
    with pytest.raises(ValidationError, match="confidential copy"), db.session() as s:
        referrals.refer(
            s, bob, "letter", lid, [Target.user(ali.user_id or 0)], "action", parent_step_id=secret_copy.id
        )
    with pytest.raises(ValidationError, match="confidential copy"), db.session() as s:
        referrals.return_to_sender(s, bob, secret_copy.id, "Non")


def test_permissions_and_bad_input(db: Database, admin: Actor) -> None:
    with db.session() as s:
        empty = users.create_department(s, admin, "Vide", "VID").id
    ali, bob = _user(db, admin, "ali"), _user(db, admin, "bob")
    lid = _letter(db, admin)
    (step,) = _refer(db, admin, lid, Target.user(ali.user_id or 0))
    bad = [
        ((Target.user(admin.user_id or 0),), {}, "yourself"),
        ((Target.user(ali.user_id or 0),), {"instruction": "  "}, "instruction"),
        ((Target.user(ali.user_id or 0),), {"deadline": utcnow() - dt.timedelta(hours=1)}, "past"),
        ((Target.department(empty),), {}, "nobody"),
        ((), {}, "at least one"),
    ]
    for targets, kw, message in bad:
        with pytest.raises(ValidationError, match=message):
            _refer(db, admin, lid, *targets, **kw)
    with pytest.raises(NotFound, match="User"):
        _refer(db, admin, lid, Target.user(987654))
    with pytest.raises(NotFound, match="Letter"):
        _refer(db, admin, 987654, Target.user(ali.user_id or 0))
    with pytest.raises(ValidationError, match="item_type"), db.session() as s:
        referrals.refer(s, admin, "spaceship", lid, [Target.user(ali.user_id or 0)], "action")
    with pytest.raises(PermissionDenied):  # only the holder refers on from a step, not its sender
        _refer(db, admin, lid, Target.user(bob.user_id or 0), parent_step_id=step.id)
    with pytest.raises(NotFound, match="Referral step"):  # a stranger does not even see the step
        _refer(db, bob, lid, Target.user(ali.user_id or 0), parent_step_id=step.id)
    with pytest.raises(NotFound, match="Referral step"), db.session() as s:
        referrals.close(s, bob, step.id)
    with db.session() as s:  # its sender may withdraw it
        assert referrals.close(s, admin, step.id).status == "closed"
    with pytest.raises(ValidationError, match="box"), db.read_session() as s:
        referrals.cartable(s, ali, "trash")
    with db.session() as s:
        users.update_user(s, admin, bob.user_id or 0, active=False)
    with pytest.raises(ValidationError, match="no longer active"):
        _refer(db, admin, lid, Target.user(bob.user_id or 0))


def test_cartable_boxes_and_counts(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    one, two, three = (_letter(db, admin, s) for s in ("Un", "Deux", "Trois"))
    (a,) = _refer(db, admin, one, Target.user(ali.user_id or 0), deadline=utcnow() + dt.timedelta(hours=1))
    (b,) = _refer(db, admin, two, Target.user(ali.user_id or 0))
    (c,) = _refer(db, admin, three, Target.user(ali.user_id or 0), copy=True)
    with db.session() as s:
        referrals.mark_seen(s, ali, b.id)
        (d,) = referrals.refer(
            s, ali, "letter", two, [Target.user(admin.user_id or 0)], "reply", parent_step_id=b.id
        )
        # time passes: the first step's deadline is behind us
        s.execute(
            update(ReferralStep)
            .where(ReferralStep.id == a.id)
            .values(deadline=utcnow() - dt.timedelta(minutes=1))
        )
    with db.read_session() as s:
        counts = referrals.cartable_counts(s, ali)
        received = referrals.cartable(s, ali, "received")
        copies = referrals.cartable(s, ali, "copies")
        sent = referrals.cartable(s, ali, "sent")
    assert {k: (v.total, v.unseen, v.overdue) for k, v in counts.items()} == {
        "received": (2, 1, 1),
        "copies": (1, 1, 0),
        "sent": (1, 1, 0),
        "done": (0, 0, 0),
    }
    assert [(e.step.id, e.item.title if e.item else None) for e in received] == [(b.id, "Deux"), (a.id, "Un")]
    assert received[1].step.overdue() and [e.step.id for e in copies] == [c.id]
    assert [e.step.id for e in sent] == [d.id]
    with db.session() as s:
        referrals.act(s, ali, a.id, "Fait")
    with db.read_session() as s:
        assert [e.step.id for e in referrals.cartable(s, ali, "done")] == [a.id]
        assert [e.step.id for e in referrals.cartable(s, ali, "received", limit=1)] == [b.id]
        assert referrals.cartable(s, ali, "received", before_id=b.id) == []
        assert referrals.cartable_counts(s, admin)["received"].total == 1  # Ali's reply


def test_timeline_entry_on_the_correspondent(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    with db.session() as s:
        contact = contacts.create_contact(
            s, admin, contacts.ContactInput(first_name="Hamid", last_name="Rezaei")
        )
    open_letter = _letter(db, admin, "Proposition", contact_id=contact.id)
    hidden = _letter(db, admin, "Salaires", contact_id=contact.id, classification="secret")
    _refer(db, admin, open_letter, Target.user(ali.user_id or 0), note="Urgent")
    _refer(db, admin, hidden, Target.user(ali.user_id or 0))
    _refer(db, admin, hidden, Target.user(ali.user_id or 0), copy=True)  # copies stay off the timeline
    with db.read_session() as s:
        entries = activity.timeline(s, admin, contact.id)
    assert [(e.item_id, e.title, e.body) for e in entries] == [
        (hidden, f"#{hidden} → Ali", ""),
        (open_letter, f"#{open_letter} — Proposition → Ali", "action\nUrgent"),
    ]


def test_deleting_a_referred_draft_clears_it_from_every_cartable(db: Database, admin: Actor) -> None:
    ali = _user(db, admin, "ali")
    draft = _letter(db, admin, "Projet de réponse")
    first = _refer(db, admin, draft, Target.user(ali.user_id), instruction="opinion")  # type: ignore[arg-type]
    with db.session() as s:
        referrals.refer(
            s, ali, "letter", draft, [Target.user(admin.user_id)], "opinion", parent_step_id=first[0].id
        )  # type: ignore[arg-type]
        assert referrals.cartable_counts(s, ali)["received"].total == 1
    with db.session() as s:
        letters.delete_draft(s, admin, draft)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(ReferralStep)) == 0
        assert referrals.cartable_counts(s, ali)["received"].total == 0
        assert referrals.cartable_counts(s, admin)["received"].total == 0
