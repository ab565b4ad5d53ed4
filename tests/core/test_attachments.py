"""Content-addressed attachments stored in the database, on both backends."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select, text

from sivadesk.db import Database
from sivadesk.errors import AttachmentDamaged, NotFound, PermissionDenied, SivaError, ValidationError
from sivadesk.models import Blob, Role
from sivadesk.ops import attachments, records, users
from sivadesk.ops.context import Actor

SYS = Actor.system()
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF"


def _blobs(db: Database) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(Blob)) or 0)


def _attach(
    db: Database, owner_id: int, name: str, data: bytes, actor: Actor = SYS
) -> attachments.AttachmentInfo:
    with db.session() as s:
        return attachments.add_attachment(s, actor, "contact", owner_id, name, data)


def test_add_and_read_back(db: Database, admin: Actor) -> None:
    info = _attach(db, 1, r"C:\Users\anne\Documents\devis 2025.pdf", PDF, admin)
    assert info.filename == "devis 2025.pdf"  # the folder part of a path is not kept
    assert info.mime_type == "application/pdf"
    assert (info.size, info.sha256) == (len(PDF), hashlib.sha256(PDF).hexdigest())
    with db.read_session() as s:
        meta, data = attachments.read_attachment(s, SYS, info.id)
        listed = attachments.list_attachments(s, SYS, "contact", 1)
        trail = records.audit_trail(s, admin, "contact", 1)
        events = records.events_after(s, 0)
    assert data == PDF and meta == info
    assert listed == [info]
    assert [(e.action, e.summary) for e in trail] == [("attach", "devis 2025.pdf")]
    assert [
        (e.entity, e.entity_id, e.payload, e.user_id) for e in events if e.topic == "attachment.added"
    ] == [("contact", 1, {"attachment_id": info.id}, admin.user_id)]


def test_same_bytes_stored_once(db: Database) -> None:
    a = _attach(db, 1, "scan.pdf", PDF)
    b = _attach(db, 2, "copie.pdf", PDF)
    c = _attach(db, 2, "other.txt", b"different bytes")
    assert a.sha256 == b.sha256 != c.sha256
    assert _blobs(db) == 2
    with db.session() as s:  # within one transaction too
        assert attachments.put_blob(s, PDF) == a.sha256
        assert attachments.put_blob(s, b"") == hashlib.sha256(b"").hexdigest()
    assert _blobs(db) == 3
    with db.read_session() as s:
        assert [x.filename for x in attachments.list_attachments(s, SYS, "contact", 2)] == [
            "copie.pdf",
            "other.txt",
        ]


def test_remove_keeps_blob_while_used(db: Database) -> None:
    a = _attach(db, 1, "a.pdf", PDF)
    b = _attach(db, 2, "b.pdf", PDF)
    with db.session() as s:
        attachments.remove_attachment(s, SYS, a.id)
    assert _blobs(db) == 1
    with db.read_session() as s:
        assert attachments.read_attachment(s, SYS, b.id)[1] == PDF
        with pytest.raises(NotFound):
            attachments.read_attachment(s, SYS, a.id)
        removed = [e for e in records.events_after(s, 0) if e.topic == "attachment.removed"]
    assert [(e.entity, e.entity_id, e.payload) for e in removed] == [("contact", 1, {"attachment_id": a.id})]
    with db.session() as s:
        attachments.remove_attachment(s, SYS, b.id)
    assert _blobs(db) == 0  # the last user gone, the bytes go too
    with pytest.raises(NotFound), db.session() as s:
        attachments.remove_attachment(s, SYS, b.id)


def test_corrupted_blob_is_reported_not_served(db: Database) -> None:
    info = _attach(db, 1, "contract.pdf", PDF)
    damaged = PDF[:100] + b"X" + PDF[101:]
    with db.engine.begin() as conn:  # a bit flipped on disk, behind the application's back
        conn.execute(text("UPDATE blob SET data = :d WHERE sha256 = :h"), {"d": damaged, "h": info.sha256})
    with pytest.raises(AttachmentDamaged, match=r"contract\.pdf") as exc, db.read_session() as s:
        attachments.read_attachment(s, SYS, info.id)
    assert isinstance(exc.value, SivaError)


def test_size_limit(db: Database) -> None:
    too_big = bytes(attachments.MAX_BYTES + 1)  # zero pages: cheap to allocate
    with pytest.raises(ValidationError, match="larger than 200 MB"), db.session() as s:
        attachments.add_attachment(s, SYS, "contact", 1, "huge.iso", too_big)
    assert _blobs(db) == 0


def test_bad_names_and_unknown_type(db: Database) -> None:
    with pytest.raises(ValidationError), db.session() as s:
        attachments.add_attachment(s, SYS, "contact", 1, "C:\\folder\\", b"x")
    info = _attach(db, 1, "notes.siva-unknown", b"x")
    assert info.mime_type == "application/octet-stream"


def test_rollback_stores_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        attachments.add_attachment(s, SYS, "contact", 5, "draft.docx", b"draft bytes")
        raise RuntimeError("cancelled")
    assert _blobs(db) == 0
    with db.read_session() as s:
        assert attachments.list_attachments(s, SYS, "contact", 5) == []


def test_every_role_may_attach(db: Database) -> None:
    for role in Role:
        _attach(db, 9, f"{role.value}.txt", role.value.encode(), Actor(None, role.value, role))
    with db.read_session() as s:
        assert len(attachments.list_attachments(s, SYS, "contact", 9)) == len(Role)


def test_owner_visibility_is_checked_on_read_and_list(db: Database, admin: Actor) -> None:
    # A feature whose items are not visible to everyone registers a check; reading or listing an
    # attachment of such an item goes through it, whoever calls the service.
    with db.session() as s:
        agent_info = users.create_user(s, admin, "agent1", "Agent One", "agent-password", Role.AGENT)
        info = attachments.add_attachment(s, admin, "secret_memo", 3, "plan.pdf", PDF)
    agent = Actor(agent_info.id, agent_info.username, Role.AGENT)

    def managers_only(_s: object, actor: Actor, _owner_id: int) -> None:
        if actor.role not in (Role.ADMIN, Role.MANAGER):
            raise PermissionDenied(permission="secret_memo.read")

    attachments.OWNER_CHECKS["secret_memo"] = managers_only
    try:
        with db.read_session() as s:
            assert attachments.read_attachment(s, admin, info.id)[1] == PDF
            with pytest.raises(PermissionDenied):
                attachments.read_attachment(s, agent, info.id)
            with pytest.raises(PermissionDenied):
                attachments.list_attachments(s, agent, "secret_memo", 3)
            assert [a.id for a in attachments.list_attachments(s, admin, "secret_memo", 3)] == [info.id]
    finally:
        del attachments.OWNER_CHECKS["secret_memo"]
