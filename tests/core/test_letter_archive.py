"""Archiving: the letter's PDF frozen in the store with its SHA-256, verified, tamper detected, later
renders return the frozen bytes, retention classes checked. Both stores."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import update

from core.letter_samples import FR_SUBJECT, make_letter, pdf_text
from sivadesk.db import Database
from sivadesk.errors import AttachmentDamaged, NotFound, PermissionDenied, ValidationError
from sivadesk.letters.render import render_letter
from sivadesk.models import Blob, Letter, Role
from sivadesk.ops import letterhead, office, users
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_archive import (
    RETENTION_CLASSES,
    archive_letter,
    read_archived_pdf,
    retention_until,
    verify_archive,
)
from sivadesk.ops.letters import create_draft, get_letter


def test_archive_freezes_the_pdf_and_verifies(db: Database, admin: Actor, tmp_path: Path) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=2)
    with db.session() as s:
        info = archive_letter(s, admin, sample.letter_id, "10y")
    assert info.status == "archived"
    with db.session() as s:
        letter = s.get(Letter, sample.letter_id)
        assert letter is not None and letter.retention_class == "10y"
        digest = letter.archive_sha256
        frozen = read_archived_pdf(s, admin, sample.letter_id)
        check = verify_archive(s, admin, sample.letter_id)
    assert hashlib.sha256(frozen).hexdigest() == digest
    assert check.ok and check.size == len(frozen)
    assert f"Objet : {FR_SUBJECT}" in pdf_text(frozen, tmp_path)

    # later changes to the letterhead, the template choice or the signature do not reach it
    with db.session() as s:
        office.set_value(s, admin, "office_name", "Autre Nom SA")
        letterhead.remove_signature(s, sample.signer, sample.signer.user_id or 0)
        letterhead.set_print_settings(s, admin, sample.register_id, {"template": "en", "engine": "builtin"})
    with db.read_session() as s:
        again = render_letter(s, admin, sample.letter_id, "pdf")
        docx = render_letter(s, admin, sample.letter_id, "docx")  # DOCX is a fresh (editable) copy
    assert again.data == frozen and again.engine == "archive"
    assert docx.format == "docx"
    assert "Autre Nom SA" not in pdf_text(again.data, tmp_path)


def test_tampered_archive_is_detected(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=1, approve=False)
    with db.session() as s:
        archive_letter(s, admin, sample.letter_id, "permanent")
    with db.session() as s:
        letter = s.get(Letter, sample.letter_id)
        assert letter is not None
        digest = letter.archive_sha256
        s.execute(update(Blob).where(Blob.sha256 == digest).values(data=b"%PDF-1.4 forged"))
    with db.session() as s:
        check = verify_archive(s, admin, sample.letter_id)
        assert not check.ok and check.expected_sha256 == digest
        assert check.actual_sha256 == hashlib.sha256(b"%PDF-1.4 forged").hexdigest()
        with pytest.raises(AttachmentDamaged):
            read_archived_pdf(s, admin, sample.letter_id)
        with pytest.raises(AttachmentDamaged):
            render_letter(s, admin, sample.letter_id, "pdf")


def test_archive_refusals(db: Database, admin: Actor) -> None:
    sample = make_letter(db, admin, "fr", paragraphs=1)
    with db.session() as s, pytest.raises(ValidationError, match="retention"):
        archive_letter(s, admin, sample.letter_id, "forever")
    with db.session() as s:
        draft = create_draft(s, admin, sample.register_id, "Brouillon")
        blobs_before = sorted(b.size for b in s.query(Blob))
    with db.session() as s, pytest.raises(ValidationError):
        archive_letter(s, admin, draft.id, "1y")
    with db.read_session() as s:
        # the refused letter's rendered PDF was rolled back with the refusal
        assert sorted(b.size for b in s.query(Blob)) == blobs_before
        assert get_letter(s, admin, draft.id).status == "draft"
        with pytest.raises(ValidationError, match="not archived"):
            verify_archive(s, admin, sample.letter_id)
    with db.session() as s:
        archive_letter(s, admin, sample.letter_id, "5y")
    with db.session() as s, pytest.raises(ValidationError, match="already archived"):
        archive_letter(s, admin, sample.letter_id, "5y")
    with db.session() as s:
        agent = users.create_user(s, admin, "agent", "Agent", "agent-password", Role.AGENT)
    other = Actor(agent.id, agent.username, Role.AGENT)
    with db.session() as s, pytest.raises(PermissionDenied):
        archive_letter(s, other, sample.letter_id, "5y")
    with db.session() as s, pytest.raises(NotFound):
        archive_letter(s, admin, 999999, "5y")


def test_retention_classes() -> None:
    assert list(RETENTION_CLASSES) == ["1y", "5y", "10y", "30y", "permanent"]
    at = dt.datetime(2024, 2, 29, 10, tzinfo=dt.UTC)
    assert retention_until(at, "1y") == dt.date(2025, 2, 28)
    assert retention_until(at, "10y") == dt.date(2034, 2, 28)
    assert retention_until(at, "5y") == dt.date(2029, 2, 28)
    assert retention_until(dt.datetime(2025, 6, 1, tzinfo=dt.UTC), "30y") == dt.date(2055, 6, 1)
    assert retention_until(at, "permanent") is None
