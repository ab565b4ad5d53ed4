"""A letter after registration, on SQLite and PostgreSQL through the real services: sending now or
at a scheduled time, archiving (content frozen, metadata editable), the signer's approval, the
sender's reminder, and who may do what."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from sivadesk.db import Database
from sivadesk.errors import NotFound, PermissionDenied, ValidationError
from sivadesk.models import AuditLog, Event, Role
from sivadesk.ops import letter_access, letter_recipients, letter_workflow, letters, registers, users
from sivadesk.ops.context import Actor

PASSWORD = "correct horse"
DAY = dt.date(2026, 11, 22)
NOON = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)
SHA = "ab" * 32


def _make(db: Database, admin: Actor, username: str, role: Role) -> Actor:
    with db.session() as s:
        users.create_user(s, admin, username, username.title(), PASSWORD, role, position_title="Directrice")
    with db.session() as s:
        return users.authenticate(s, username, PASSWORD)


def _registered(
    db: Database, admin: Actor, direction: str = "outbound", subject: str = "Offre", **kw: object
) -> int:
    with db.session() as s:
        code = {"outbound": "OUT", "inbound": "IN", "internal": "INT"}[direction]
        existing = {r.code: r.id for r in registers.list_registers(s)}
        rid = (
            existing.get(code)
            or registers.create_register(s, admin, code, code, direction, code + "-{year}-{seq}").id
        )
        lid = letters.create_draft(s, admin, rid, subject, **kw).id  # type: ignore[arg-type]
        letters.register_letter(s, admin, lid, DAY)
    return lid


def _topics(db: Database, lid: int) -> list[str]:
    with db.read_session() as s:
        return list(
            s.scalars(
                select(Event.topic).where(Event.entity == "letter", Event.entity_id == lid).order_by(Event.id)
            )
        )


def test_mark_sent_keeps_each_time(db: Database, admin: Actor) -> None:
    out = _registered(db, admin)
    inbound = _registered(db, admin, "inbound", "Facture reçue")
    with db.session() as s:
        draft = letters.create_draft(s, admin, letters.get_letter(s, admin, out).register_id, "Brouillon").id
    with db.session() as s:
        info = letters.mark_sent(s, admin, out, NOON)
    assert (info.status, info.sent_at) == ("sent", NOON)
    assert info.created_at <= info.registered_at  # type: ignore[operator]
    with pytest.raises(ValidationError, match="not waiting to be sent"), db.session() as s:
        letters.mark_sent(s, admin, out)
    with pytest.raises(ValidationError, match="was received"), db.session() as s:
        letters.mark_sent(s, admin, inbound)
    with pytest.raises(ValidationError, match="Register the letter"), db.session() as s:
        letters.mark_sent(s, admin, draft)
    with pytest.raises(TypeError), db.session() as s:
        letters.mark_sent(s, admin, draft, dt.datetime(2026, 1, 1))
    assert _topics(db, out) == ["letter.changed", "letter.registered", "letter.sent"]
    with db.read_session() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "send"))
        assert entry is not None and entry.entity_id == out


def test_scheduled_send(db: Database, admin: Actor) -> None:
    due = _registered(db, admin, subject="Rappel")
    later = _registered(db, admin, subject="Voeux")
    voided = _registered(db, admin, subject="Erreur")
    inbound = _registered(db, admin, "inbound")
    with db.session() as s:
        letter_workflow.schedule_send(s, admin, due, NOON)
        letter_workflow.schedule_send(s, admin, later, NOON + dt.timedelta(days=30))
        letter_workflow.schedule_send(s, admin, voided, NOON)
        letters.void_letter(s, admin, voided, "doublon")
    with pytest.raises(ValidationError, match="was received"), db.session() as s:
        letter_workflow.schedule_send(s, admin, inbound, NOON)
    with db.session() as s:
        assert letter_workflow.send_due(s, NOON - dt.timedelta(seconds=1)) == []
    with db.session() as s:
        sent = letter_workflow.send_due(s, NOON + dt.timedelta(hours=2))
    assert [(x.id, x.status, x.sent_at) for x in sent] == [(due, "sent", NOON)]
    with db.session() as s:
        assert letter_workflow.send_due(s, NOON + dt.timedelta(hours=3)) == []  # once only
        # Cancelling a schedule; a sent letter cannot be scheduled again.
        assert letter_workflow.schedule_send(s, admin, later, None).scheduled_send_at is None
    with pytest.raises(ValidationError, match="scheduled"), db.session() as s:
        letter_workflow.schedule_send(s, admin, due, NOON)
    with db.read_session() as s:
        assert letters.get_letter(s, admin, voided).status == "void"
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "send"))
        assert entry is not None and entry.username == "system"
    assert "letter.sent" in _topics(db, due)


def test_archive_freezes_content_not_metadata(db: Database, admin: Actor) -> None:
    lid = _registered(db, admin)
    other = _registered(db, admin, subject="Autre")
    with db.session() as s:
        letters.mark_sent(s, admin, lid, NOON)
    with pytest.raises(ValueError, match="SHA-256"), db.session() as s:
        letter_workflow.mark_archived(s, admin, lid, "not-a-hash", "10y")
    with db.session() as s:
        info = letters.mark_archived(s, admin, lid, SHA.upper(), "10y")
    assert (info.status, info.archive_sha256, info.retention_class) == ("archived", SHA, "10y")
    assert info.archived_at is not None and info.sent_at == NOON
    with pytest.raises(ValidationError, match="already archived"), db.session() as s:
        letters.mark_archived(s, admin, lid, SHA, "10y")
    with pytest.raises(ValidationError, match="archived: its content is frozen"), db.session() as s:
        letters.update_draft(s, admin, lid, body="Nouveau texte")
    with pytest.raises(ValidationError, match="archived: its content is frozen"), db.session() as s:
        letter_recipients.set_recipients(s, admin, lid, [])
    with pytest.raises(ValidationError, match="archived: its content is frozen"), db.session() as s:
        letter_access.check_attachment_change(s, admin, lid)
    with db.read_session() as s:
        letter_access.check_attachment_change(s, admin, other)  # registered: scans may still be added
    with db.session() as s:
        got = letters.update_details(s, admin, lid, tags=["contentieux"], retention_class="30y")
        letter_recipients.add_link(s, admin, other, lid, "reference")
        letter_workflow.set_reminder(s, admin, lid, NOON, "relancer")
    assert (got.tags, got.retention_class, got.status) == (("contentieux",), "30y", "archived")
    with pytest.raises(ValidationError, match="not a retention class"), db.session() as s:
        letters.update_details(s, admin, lid, retention_class="forever-ish")
    assert "letter.archived" in _topics(db, lid)
    with db.session() as s:
        draft = letters.create_draft(s, admin, got.register_id, "Pas encore").id
    with pytest.raises(ValidationError, match="register it first"), db.session() as s:
        letters.mark_archived(s, admin, draft, SHA, "")


def test_signer_approval(db: Database, admin: Actor) -> None:
    signer = _make(db, admin, "directrice", Role.MANAGER)
    with db.session() as s:
        rid = registers.create_register(s, admin, "Départ", "OUT", "outbound", "OUT-{year}-{seq}").id
        lid = letters.create_draft(s, admin, rid, "Contrat", "<p>Texte</p>", signer_user_id=signer.user_id).id
        assert letters.get_letter(s, admin, lid).signer_title == "Directrice"  # from the user's position
    with pytest.raises(ValidationError, match="Only the signer"), db.session() as s:
        letter_workflow.approve_letter(s, admin, lid)
    with db.session() as s:
        info = letter_workflow.approve_letter(s, signer, lid)
    assert info.approved and info.approved_by_id == signer.user_id
    # Metadata edits keep the approval; a body edit withdraws it (audited).
    with db.session() as s:
        assert letters.update_draft(s, admin, lid, urgency="urgent").approved
        assert not letters.update_draft(s, admin, lid, body="<p>Autre texte</p>").approved
    with db.read_session() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.action == "unapprove"))
        assert entry is not None and entry.changes["reason"] == [None, "edited"]
    with db.session() as s:
        letter_workflow.approve_letter(s, signer, lid)
        letters.register_letter(s, admin, lid, DAY)
        assert letters.get_letter(s, admin, lid).approved  # registration keeps it
        assert not letter_workflow.revoke_approval(s, signer, lid).approved
    assert "letter.approved" in _topics(db, lid)


def test_reminders(db: Database, admin: Actor) -> None:
    agent = _make(db, admin, "agent", Role.AGENT)
    mine = _registered(db, admin, subject="Relancer le client")
    theirs = _registered(db, admin, subject="Autre")
    soon = _registered(db, admin, subject="Plus tard")
    with db.session() as s:
        letter_workflow.set_reminder(s, admin, mine, NOON, "appeler M. Martin")
        letter_workflow.set_reminder(s, agent, theirs, NOON)
        letter_workflow.set_reminder(s, admin, soon, NOON + dt.timedelta(hours=1))
    with db.read_session() as s:
        on_time = letter_workflow.due_reminders(s, admin, NOON + dt.timedelta(seconds=30))
        after_start_up = letter_workflow.due_reminders(s, admin, NOON + dt.timedelta(hours=5))
        assert letter_workflow.due_reminders(s, admin, NOON - dt.timedelta(seconds=1)) == []
    assert [(r.letter_id, r.note, r.late) for r in on_time] == [(mine, "appeler M. Martin", False)]
    assert [(r.letter_id, r.late) for r in after_start_up] == [(mine, True), (soon, True)]
    with pytest.raises(ValidationError, match="not yours"), db.session() as s:
        letter_workflow.dismiss_reminder(s, agent, mine)
    with db.session() as s:
        letter_workflow.dismiss_reminder(s, admin, mine)
    with db.read_session() as s:
        assert [
            r.letter_id for r in letter_workflow.due_reminders(s, admin, NOON + dt.timedelta(hours=5))
        ] == [soon]
        assert [r.letter_id for r in letter_workflow.due_reminders(s, agent, NOON)] == [theirs]
    with db.session() as s:
        info = letter_workflow.set_reminder(s, admin, soon, None)
    assert (info.reminder_at, info.reminder_user_id) == (None, None)


def test_role_matrix(db: Database, admin: Actor) -> None:
    """Who may send, schedule and archive: the secretariat (admin, manager, receptionist)."""
    allowed = {Role.ADMIN: admin}
    for role in (Role.MANAGER, Role.RECEPTIONIST, Role.AGENT):
        allowed[role] = _make(db, admin, role.value, role)
    for role, actor in allowed.items():
        lid = _registered(db, admin, subject=f"Pour {role.value}")
        if role == Role.AGENT:
            with pytest.raises(PermissionDenied, match=r"letters\.send"), db.session() as s:
                letter_workflow.schedule_send(s, actor, lid, NOON)
            with pytest.raises(PermissionDenied, match=r"letters\.send"), db.session() as s:
                letters.mark_sent(s, actor, lid)
            with pytest.raises(PermissionDenied, match=r"letters\.archive"), db.session() as s:
                letters.mark_archived(s, actor, lid, SHA, "")
            continue
        with db.session() as s:
            letter_workflow.schedule_send(s, actor, lid, NOON)
            letters.mark_sent(s, actor, lid)
            assert letters.mark_archived(s, actor, lid, SHA, "5y").status == "archived"
    # A letter one may not see does not exist, whatever one may do.
    manager = allowed[Role.MANAGER]
    top = _registered(db, admin, subject="Très secret", classification="top_secret")
    with pytest.raises(NotFound), db.session() as s:
        letters.mark_sent(s, manager, top)
    with pytest.raises(NotFound), db.session() as s:
        letter_workflow.set_reminder(s, manager, top, NOON)


def test_files_of_an_archived_letter_can_be_neither_added_nor_removed(db, admin) -> None:
    import datetime as dt

    import pytest

    from sivadesk.errors import SivaError
    from sivadesk.ops import attachments, letters, registers
    from sivadesk.ops.letters import mark_archived

    with db.session() as s:
        reg = registers.create_register(s, admin, "Départ", "DPX", "outbound", "X-{seq}", reset="never")
        x = letters.create_draft(s, admin, reg.id, "Contrat")
        kept = attachments.add_attachment(s, admin, "letter", x.id, "scan.png", b"scan bytes")
        letters.register_letter(s, admin, x.id, dt.date(2026, 11, 23))
        sha = attachments.put_blob(s, b"%PDF frozen")
        mark_archived(s, admin, x.id, sha, "10y")
    with db.session() as s:
        with pytest.raises(SivaError):
            attachments.add_attachment(s, admin, "letter", x.id, "late.png", b"late")
        with pytest.raises(SivaError):
            attachments.remove_attachment(s, admin, kept.id)
    with db.read_session() as s:
        assert [a.filename for a in attachments.list_attachments(s, admin, "letter", x.id)] == ["scan.png"]
