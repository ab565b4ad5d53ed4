"""Letters on SQLite and PostgreSQL: drafts, registration numbers, rollbacks, voiding, classification
and the unique safety net, through the real services."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sivadesk.db import Database
from sivadesk.errors import NotFound, PermissionDenied, ValidationError
from sivadesk.models import Activity, AuditLog, Event, Letter, Role
from sivadesk.ops import activity, attachments, contacts, letters, registers, users
from sivadesk.ops.context import Actor

PASSWORD = "correct horse"
DAY = dt.date(2026, 11, 22)


def _make(db: Database, admin: Actor, username: str, role: Role) -> Actor:
    with db.session() as s:
        users.create_user(s, admin, username, username.title(), PASSWORD, role)
    with db.session() as s:
        return users.authenticate(s, username, PASSWORD)


def _register(db: Database, admin: Actor, fmt: str = "OUT-{year}-{seq:04}") -> int:
    with db.session() as s:
        return registers.create_register(s, admin, "Départ", "OUT", "outbound", fmt).id


def _draft(db: Database, actor: Actor, register_id: int, subject: str = "Devis", **kw: object) -> int:
    with db.session() as s:
        return letters.create_draft(s, actor, register_id, subject, **kw).id  # type: ignore[arg-type]


def test_register_gives_the_next_number_and_freezes_it(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    first, second = _draft(db, admin, rid), _draft(db, admin, rid, "Relance")
    with db.session() as s:
        draft = letters.get_letter(s, admin, first)
    assert (draft.status, draft.seq, draft.number, draft.direction) == ("draft", None, "", "outbound")
    with db.session() as s:
        one = letters.register_letter(s, admin, first, DAY)
    with db.session() as s:
        two = letters.register_letter(s, admin, second, DAY)
    assert (one.seq, one.number, one.status) == (1, "OUT-2026-0001", "registered")
    assert (two.seq, two.number) == (2, "OUT-2026-0002")
    assert one.registered_at is not None
    # Frozen: the register's format may change later, the number text does not; nor is it renumbered.
    with db.session() as s:
        registers.update_register(s, admin, rid, format="D/{year}/{seq}")
    with pytest.raises(ValidationError, match="already registered"), db.session() as s:
        letters.register_letter(s, admin, first, DAY)
    with db.read_session() as s:
        assert letters.get_letter(s, admin, first).number == "OUT-2026-0001"
        assert s.scalar(select(Event.topic).where(Event.topic == "letter.registered").limit(1))
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "register")) == 2


def test_rollback_releases_the_number(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    lost, kept = _draft(db, admin, rid), _draft(db, admin, rid)
    with pytest.raises(RuntimeError), db.session() as s:
        assert letters.register_letter(s, admin, lost, DAY).seq == 1
        raise RuntimeError("printer on fire")  # the registering transaction fails after numbering
    with db.session() as s:
        assert letters.get_letter(s, admin, lost).status == "draft"
        got = letters.register_letter(s, admin, kept, DAY)
    assert (got.seq, got.number) == (1, "OUT-2026-0001")


def test_void_keeps_the_number_and_audits(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    lid = _draft(db, admin, rid)
    with db.session() as s:
        letters.register_letter(s, admin, lid, DAY)
    with pytest.raises(ValidationError, match="reason"), db.session() as s:
        letters.void_letter(s, admin, lid, "  ")
    agent = _make(db, admin, "agent", Role.AGENT)
    with pytest.raises(PermissionDenied), db.session() as s:
        letters.void_letter(s, agent, lid, "wrong address")
    with db.session() as s:
        info = letters.void_letter(s, admin, lid, "wrong address")
    assert (info.status, info.number, info.seq, info.void_reason) == (
        "void",
        "OUT-2026-0001",
        1,
        "wrong address",
    )
    with pytest.raises(ValidationError, match="already void"), db.session() as s:
        letters.void_letter(s, admin, lid, "again")
    with pytest.raises(ValidationError), db.session() as s:
        letters.delete_draft(s, admin, lid)
    with db.read_session() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "void", AuditLog.entity == "letter"))
        assert entry is not None and entry.entity_id == lid
        assert entry.changes["void_reason"] == [None, "wrong address"]
        assert s.get(Letter, lid) is not None
    # The voided number is not given again.
    with db.session() as s:
        assert letters.register_letter(s, admin, _draft_in(s, admin, rid), DAY).seq == 2


def _draft_in(s: Session, actor: Actor, rid: int) -> int:
    return letters.create_draft(s, actor, rid, "Suite").id


def test_only_drafts_are_editable_and_deletable(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    lid, gone = _draft(db, admin, rid), _draft(db, admin, rid)
    with db.session() as s:
        info = letters.update_draft(s, admin, lid, subject=" Devis n°2 ", urgency="urgent")
    assert (info.subject, info.urgency) == ("Devis n°2", "urgent")
    with pytest.raises(ValidationError, match="subject"), db.session() as s:
        letters.update_draft(s, admin, lid, subject=" ")
    with pytest.raises(ValidationError, match="classification"), db.session() as s:
        letters.update_draft(s, admin, lid, classification="eyes_only")
    with db.session() as s:
        letters.delete_draft(s, admin, gone)
    with pytest.raises(NotFound), db.read_session() as s:
        letters.get_letter(s, admin, gone)
    with db.session() as s:
        letters.register_letter(s, admin, lid, DAY)
    with pytest.raises(ValidationError, match="only a draft"), db.session() as s:
        letters.update_draft(s, admin, lid, subject="Changed after registration")
    with pytest.raises(ValidationError, match="only a draft"), db.session() as s:
        letters.delete_draft(s, admin, lid)
    with db.read_session() as s:
        assert letters.get_letter(s, admin, lid).subject == "Devis n°2"


def test_classification_enforced_for_read_list_and_attachments(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    agent = _make(db, admin, "agent", Role.AGENT)
    other = _make(db, admin, "other", Role.AGENT)
    manager = _make(db, admin, "manager", Role.MANAGER)
    secret = _draft(db, admin, rid, "Budget", classification="confidential")
    top = _draft(db, admin, rid, "Fusion", classification="top_secret")
    public = _draft(db, admin, rid, "Horaires")
    own = _draft(db, agent, rid, "Mon dossier", classification="secret")
    signed = _draft(
        db, admin, rid, "À signer", classification="very_confidential", signer_user_id=other.user_id
    )
    with db.session() as s:
        att = attachments.add_attachment(s, admin, "letter", secret, "scan.pdf", b"%PDF-1.4 budget")

    def visible(actor: Actor) -> set[int]:
        with db.read_session() as s:
            return {x.id for x in letters.list_letters(s, actor)}

    assert visible(agent) == {public, own}
    assert visible(other) == {public, signed}
    assert visible(manager) == {secret, public, own, signed}
    assert visible(admin) == {secret, top, public, own, signed}
    with db.read_session() as s:
        for lid in (secret, top, signed):
            with pytest.raises(NotFound, match="Letter"):
                letters.get_letter(s, agent, lid)
        assert letters.get_letter(s, agent, own).subject == "Mon dossier"
        with pytest.raises(NotFound):
            letters.get_letter(s, manager, top)
        with pytest.raises(NotFound):
            attachments.list_attachments(s, agent, "letter", secret)
        with pytest.raises(NotFound):
            attachments.read_attachment(s, agent, att.id)
        assert [a.id for a in attachments.list_attachments(s, manager, "letter", secret)] == [att.id]
        assert attachments.read_attachment(s, manager, att.id)[1] == b"%PDF-1.4 budget"
    # Nor can the agent change, register or delete what it cannot see.
    with pytest.raises(NotFound), db.session() as s:
        letters.update_draft(s, agent, secret, subject="Leak")
    with pytest.raises(NotFound), db.session() as s:
        letters.delete_draft(s, agent, secret)


def test_registration_adds_a_timeline_entry_for_the_correspondent(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        contact = contacts.create_contact(
            s, admin, contacts.ContactInput(first_name="Hamid", last_name="Rezaei")
        )
    lid = _draft(db, admin, rid, "Proposition", contact_id=contact.id)
    with db.read_session() as s:
        assert activity.timeline(s, admin, contact.id) == []  # a draft is not on the timeline
    receptionist = _make(db, admin, "accueil", Role.RECEPTIONIST)
    with db.session() as s:
        letters.register_letter(s, receptionist, lid, DAY)
    with db.read_session() as s:
        entries = activity.timeline(s, admin, contact.id)
        assert [(e.kind, e.item_type, e.item_id, e.title) for e in entries] == [
            ("letter", "letter", lid, "OUT-2026-0001 — Proposition")
        ]
        assert s.scalar(select(func.count()).select_from(Activity)) == 1
    with pytest.raises(NotFound, match="Contact"), db.session() as s:
        letters.create_draft(s, admin, rid, "Nobody", contact_id=987654)


def test_unique_number_is_the_safety_net(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    lid = _draft(db, admin, rid)
    with db.session() as s:
        letters.register_letter(s, admin, lid, DAY)
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(
            Letter(
                register_id=rid,
                seq=1,
                period="2026",
                scope_key="",
                number="OUT-2026-0001 (twin)",
                direction="outbound",
                subject="Duplicate",
            )
        )
        s.flush()
    # Drafts (no seq yet) never collide.
    _draft(db, admin, rid)
    _draft(db, admin, rid)
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Letter)) == 3


def test_agent_may_draft_but_not_register(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    agent = _make(db, admin, "agent", Role.AGENT)
    lid = _draft(db, agent, rid)
    with pytest.raises(PermissionDenied, match=r"letters\.register"), db.session() as s:
        letters.register_letter(s, agent, lid, DAY)
    with db.read_session() as s:
        assert letters.get_letter(s, agent, lid).seq is None
