"""Contact groups at registration: a group recipient becomes its contacts, either on one circular
letter or as one copy of the letter per contact (see :func:`sivadesk.ops.letters.register_letters`,
which numbers them all in the caller's transaction)."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, ValidationError
from sivadesk.models import (
    Attachment,
    Contact,
    ContactTag,
    Letter,
    LetterRecipient,
    LetterStatus,
    LetterTag,
    RecipientKind,
)
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit


def _group_members(session: Session, tag_id: int | None) -> list[Contact]:
    if tag_id is None:
        return []
    return list(
        session.scalars(
            select(Contact)
            .join(ContactTag, ContactTag.contact_id == Contact.id)
            .where(ContactTag.tag_id == tag_id, Contact.deleted_at.is_(None))
            .order_by(Contact.sort_key, Contact.id)
        )
    )


def _contact_row(c: Contact, copy: bool) -> LetterRecipient:
    return LetterRecipient(
        kind=RecipientKind.CONTACT.value, contact_id=c.id, name=c.display_name[:200], copy=copy
    )


def expand_groups(session: Session, rows: list[LetterRecipient]) -> list[LetterRecipient]:
    """The recipients with every group row replaced by its contacts (same copy flag), without
    contacts twice. Unsaved rows, in order; a group without contacts is an error."""
    out: list[LetterRecipient] = []
    seen: set[tuple[int | None, bool]] = {
        (r.contact_id, r.copy) for r in rows if r.kind == RecipientKind.CONTACT
    }
    for r in rows:
        if r.kind != RecipientKind.GROUP:
            out.append(r)
            continue
        members = _group_members(session, r.tag_id)
        if not members:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The contact group {name} has no contacts."),
                field="recipients",
                name=r.name,
            )
        for c in members:
            if (c.id, r.copy) not in seen:
                seen.add((c.id, r.copy))
                out.append(_contact_row(c, r.copy))
    return out


def replace_recipients(session: Session, rows_by_letter: dict[int, list[LetterRecipient]]) -> None:
    """Give each letter its new recipient rows (copied from ``rows``, in order). Not flushed."""
    session.execute(
        delete(LetterRecipient)
        .where(LetterRecipient.letter_id.in_(list(rows_by_letter)))
        .execution_options(synchronize_session="fetch")
    )
    session.add_all(
        LetterRecipient(
            letter_id=letter_id,
            kind=r.kind,
            contact_id=r.contact_id,
            user_id=r.user_id,
            department_id=r.department_id,
            tag_id=r.tag_id,
            name=r.name,
            copy=r.copy,
            position=position,
        )
        for letter_id, rows in rows_by_letter.items()
        for position, r in enumerate(rows)
    )


# Columns a per-recipient copy takes from the letter it was made from.
_CLONED = (
    "register_id",
    "direction",
    "urgency",
    "classification",
    "subject",
    "body",
    "their_number",
    "their_date",
    "signer_user_id",
    "signer_title",
    "creator_id",
    "created_at",
    "in_reply_to_id",
    "category",
    "kind",
    "sender_department_id",
    "approved_at",
    "approved_by_id",
)


def clone_letters(session: Session, actor: Actor, x: Letter, contact_ids: list[int | None]) -> list[Letter]:
    """Drafts copied from ``x`` (content, tags, files), one per correspondent in ``contact_ids``,
    inserted in one batch and audited as copies of ``x``."""
    if not contact_ids:
        return []
    ys = [
        Letter(status=LetterStatus.DRAFT.value, contact_id=cid, **{k: getattr(x, k) for k in _CLONED})
        for cid in contact_ids
    ]
    session.add_all(ys)
    session.flush()
    tags = list(session.scalars(select(LetterTag).where(LetterTag.letter_id == x.id)))
    files = list(
        session.scalars(
            select(Attachment)
            .where(Attachment.owner_type == "letter", Attachment.owner_id == x.id)
            .order_by(Attachment.id)
        )
    )
    for y in ys:
        session.add_all(LetterTag(letter_id=y.id, name_norm=t.name_norm, name=t.name) for t in tags)
        session.add_all(
            Attachment(
                sha256=a.sha256,
                filename=a.filename,
                mime_type=a.mime_type,
                size=a.size,
                owner_type="letter",
                owner_id=y.id,
                description=a.description,
                created_by=a.created_by,
            )
            for a in files
        )
        audit(session, actor, "create", "letter", y.id, y.subject, {"copy_of": [None, x.id]})
    return ys
