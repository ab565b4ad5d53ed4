"""Contact files: create, edit, delete, duplicate warnings, tags and person-to-company links."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, selectinload

from sivadesk import phones, textnorm
from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, SivaError, ValidationError
from sivadesk.models import Address, Contact, ContactEmail, ContactKind, ContactPhone, ContactTag, Tag, utcnow
from sivadesk.ops import office
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class PhoneInput:
    number: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class AddressInput:
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    label: str = ""


@dataclass(frozen=True, slots=True)
class ContactInput:
    """What a form, an import row or an API call supplies to create or replace a contact."""

    kind: ContactKind | str = ContactKind.PERSON
    first_name: str = ""
    last_name: str = ""
    organization: str = ""
    company_id: int | None = None
    job_title: str = ""
    lead_status: str = ""
    notes: str = ""
    phones: tuple[PhoneInput, ...] = ()
    emails: tuple[str, ...] = ()
    addresses: tuple[AddressInput, ...] = ()
    tags: tuple[str, ...] = ()
    custom: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PhoneInfo:
    id: int
    raw: str
    e164: str | None
    display: str
    label: str
    valid: bool


@dataclass(frozen=True, slots=True)
class ContactSummary:
    id: int
    kind: ContactKind
    display_name: str
    organization: str
    primary_phone: str
    primary_email: str
    city: str
    updated_at: dt.datetime | None = None
    has_invalid_phone: bool = False  # a phone could not be parsed: kept raw, flagged in lists


@dataclass(frozen=True, slots=True)
class ContactFile:
    id: int
    kind: ContactKind
    display_name: str
    first_name: str
    last_name: str
    organization: str
    company_id: int | None
    company_name: str
    job_title: str
    lead_status: str
    notes: str
    phones: tuple[PhoneInfo, ...]
    emails: tuple[str, ...]
    addresses: tuple[AddressInput, ...]
    tags: tuple[str, ...]
    custom: dict[str, Any]
    members: tuple[ContactSummary, ...]  # people linked to this company
    created_at: dt.datetime
    updated_at: dt.datetime
    has_invalid_phone: bool

    def as_input(self) -> ContactInput:
        return ContactInput(
            kind=self.kind,
            first_name=self.first_name,
            last_name=self.last_name,
            organization=self.organization,
            company_id=self.company_id,
            job_title=self.job_title,
            lead_status=self.lead_status,
            notes=self.notes,
            phones=tuple(PhoneInput(p.raw, p.label) for p in self.phones),
            emails=self.emails,
            addresses=self.addresses,
            tags=self.tags,
            custom=dict(self.custom),
        )


class DuplicateContact(SivaError):
    """Raised on create when a contact with the same phone or e-mail exists; the UI asks the user
    and calls again with ``allow_duplicate=True`` if they confirm."""

    message = QT_TRANSLATE_NOOP("errors", "A contact with the same phone or e-mail already exists: {names}")

    def __init__(self, matches: list[ContactSummary]) -> None:
        super().__init__(names=", ".join(m.display_name for m in matches[:5]))
        self.matches = matches


def summary_of(c: Contact) -> ContactSummary:
    return ContactSummary(
        c.id,
        ContactKind(c.kind),
        c.display_name,
        c.organization,
        c.primary_phone,
        c.primary_email,
        c.city,
        c.updated_at,
        c.has_invalid_phone,
    )


def display_name_of(data: ContactInput) -> str:
    kind = ContactKind(data.kind)
    person = " ".join(p for p in (data.first_name.strip(), data.last_name.strip()) if p)
    if kind is ContactKind.COMPANY:
        return data.organization.strip() or person
    return person or data.organization.strip()


def _validate(data: ContactInput) -> ContactInput:
    try:
        kind = ContactKind(data.kind)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown contact kind {kind}."), field="kind", kind=data.kind
        ) from None
    if not display_name_of(data):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A contact needs a name or a company name."), field="name"
        )
    emails = tuple(e.strip() for e in data.emails if e.strip())
    for e in emails:
        if not EMAIL_RE.match(e):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{email} is not an e-mail address."), field="emails", email=e
            )
    phone_list = tuple(p for p in data.phones if p.number.strip())
    for p in phone_list:
        if len(p.number) > 80:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "A phone number is too long."), field="phones")
    return replace(data, kind=kind, emails=emails, phones=phone_list)


def _apply(session: Session, c: Contact, data: ContactInput, region: str) -> None:
    c.kind = ContactKind(data.kind).value
    c.first_name = data.first_name.strip()
    c.last_name = data.last_name.strip()
    c.organization = data.organization.strip()
    c.job_title = data.job_title.strip()
    c.lead_status = data.lead_status.strip()
    c.notes = data.notes
    c.custom = dict(data.custom)
    if data.company_id is not None:
        company = session.get(Contact, data.company_id)
        # A deleted company cannot get new people; a person already linked keeps the link.
        newly_deleted = company is not None and company.deleted_at is not None and c.company_id != company.id
        if (
            company is None
            or company.kind != ContactKind.COMPANY.value
            or company.id == c.id
            or newly_deleted
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The linked company does not exist."), field="company"
            )
        c.company_id = company.id
        if not c.organization:
            c.organization = company.display_name
    else:
        c.company_id = None
    c.display_name = display_name_of(data)
    parsed = [(phones.parse_phone(p.number, region), p.label) for p in data.phones]
    c.phones = [
        ContactPhone(
            label=label, raw=pp.raw.strip(), e164=pp.e164, rev_key=pp.rev_key, valid=pp.valid, position=i
        )
        for i, (pp, label) in enumerate(parsed)
    ]
    c.emails = [
        ContactEmail(address=e, address_norm=e.casefold(), position=i) for i, e in enumerate(data.emails)
    ]
    c.addresses = [
        Address(
            label=a.label,
            street=a.street,
            postcode=a.postcode,
            city=a.city,
            region=a.region,
            country=a.country.upper()[:2],
        )
        for a in data.addresses
    ]
    c.has_invalid_phone = any(not pp.valid for pp, _ in parsed)
    c.primary_phone = phones.format_display(parsed[0][0].e164, parsed[0][0].raw, region) if parsed else ""
    c.primary_email = data.emails[0] if data.emails else ""
    c.city = data.addresses[0].city if data.addresses else ""
    c.sort_key = textnorm.sort_key(c.display_name)
    c.search_text = search_text_of(
        c.display_name, c.organization, c.job_title, c.city, data.emails, parsed, data.tags
    )


def search_text_of(
    name: str,
    organization: str,
    job_title: str,
    city: str,
    emails: tuple[str, ...] | list[str],
    parsed: list[tuple[phones.ParsedPhone, str]],
    tags: tuple[str, ...] | list[str],
) -> str:
    parts = [name, organization, job_title, city, *emails, *tags]
    for pp, _ in parsed:
        parts.append(pp.digits)
        parts.append(phones.digits_of(pp.raw))
    return textnorm.normalize(" ".join(parts))


def _set_tags(session: Session, contact_id: int, tags: tuple[str, ...]) -> None:
    session.execute(delete(ContactTag).where(ContactTag.contact_id == contact_id))
    seen: set[str] = set()
    for name in tags:
        norm = textnorm.normalize(name)
        if not norm or norm in seen:
            continue
        seen.add(norm)
        tag = session.scalar(select(Tag).where(Tag.name_norm == norm))
        if tag is None:
            tag = Tag(name=name.strip(), name_norm=norm)
            session.add(tag)
            session.flush()
        session.add(ContactTag(contact_id=contact_id, tag_id=tag.id))


def find_duplicates(
    session: Session, data: ContactInput, region: str | None = None, exclude_id: int | None = None
) -> list[ContactSummary]:
    """Contacts sharing a phone (same E.164, or same digits when unparseable) or an e-mail."""
    region = region or office.get(session, "phone_region")
    conds = []
    e164s = set()
    keys = set()
    for p in data.phones:
        pp = phones.parse_phone(p.number, region)
        if pp.e164:
            e164s.add(pp.e164)
        elif not phones.is_placeholder(pp.digits):
            keys.add(pp.rev_key)
    if e164s:
        conds.append(Contact.id.in_(select(ContactPhone.contact_id).where(ContactPhone.e164.in_(e164s))))
    if keys:
        conds.append(Contact.id.in_(select(ContactPhone.contact_id).where(ContactPhone.rev_key.in_(keys))))
    mails = {e.strip().casefold() for e in data.emails if e.strip()}
    if mails:
        conds.append(
            Contact.id.in_(select(ContactEmail.contact_id).where(ContactEmail.address_norm.in_(mails)))
        )
    if not conds:
        return []
    q = select(Contact).where(or_(*conds), Contact.deleted_at.is_(None)).limit(20)
    if exclude_id is not None:
        q = q.where(Contact.id != exclude_id)
    return [summary_of(c) for c in session.scalars(q)]


def create_contact(
    session: Session, actor: Actor, data: ContactInput, *, allow_duplicate: bool = False
) -> ContactFile:
    actor.require("contacts.write")
    data = _validate(data)
    region = office.get(session, "phone_region")
    if not allow_duplicate:
        dups = find_duplicates(session, data, region)
        if dups:
            raise DuplicateContact(dups)
    c = Contact(created_by=actor.user_id)
    _apply(session, c, data, region)
    session.add(c)
    session.flush()
    _set_tags(session, c.id, data.tags)
    audit(session, actor, "create", "contact", c.id, c.display_name)
    emit(session, "contact.created", "contact", c.id, {"name": c.display_name}, actor)
    return get_contact(session, actor, c.id)


def update_contact(session: Session, actor: Actor, contact_id: int, data: ContactInput) -> ContactFile:
    actor.require("contacts.write")
    data = _validate(data)
    c = _load(session, contact_id)
    before_file = get_contact(session, actor, contact_id)
    if before_file.members and ContactKind(data.kind) is not ContactKind.COMPANY:
        # People would stay linked to something that is no longer a company.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "People are linked to this company; unlink them before changing its kind."
            ),
            field="kind",
        )
    before = before_file.as_input()
    _apply(session, c, data, office.get(session, "phone_region"))
    c.updated_at = utcnow()
    _set_tags(session, c.id, data.tags)
    changes = {
        k: [str(getattr(before, k)), str(getattr(data, k))]
        for k in ContactInput.__dataclass_fields__
        if getattr(before, k) != getattr(data, k)
    }
    audit(session, actor, "update", "contact", c.id, c.display_name, changes)
    emit(session, "contact.updated", "contact", c.id, {"name": c.display_name}, actor)
    return get_contact(session, actor, c.id)


def delete_contact(session: Session, actor: Actor, contact_id: int) -> None:
    """Soft delete: the file disappears from lists and lookups; its history stays for the audit."""
    actor.require("contacts.delete")
    c = _load(session, contact_id)
    c.deleted_at = utcnow()
    audit(session, actor, "delete", "contact", c.id, c.display_name)
    emit(session, "contact.deleted", "contact", c.id, {"name": c.display_name}, actor)


def _load(session: Session, contact_id: int) -> Contact:
    c = session.get(
        Contact,
        contact_id,
        options=[selectinload(Contact.phones), selectinload(Contact.emails), selectinload(Contact.addresses)],
    )
    if c is None or c.deleted_at is not None:
        raise NotFound(what="Contact", id=contact_id)
    return c


def get_contact(session: Session, actor: Actor, contact_id: int) -> ContactFile:
    actor.require("contacts.read")
    c = _load(session, contact_id)
    region = office.get(session, "phone_region")
    tags = tuple(
        session.scalars(
            select(Tag.name)
            .join(ContactTag, ContactTag.tag_id == Tag.id)
            .where(ContactTag.contact_id == c.id)
            .order_by(Tag.name)
        )
    )
    company = session.get(Contact, c.company_id) if c.company_id else None
    members: tuple[ContactSummary, ...] = ()
    if c.kind == ContactKind.COMPANY.value:
        members = tuple(
            summary_of(m)
            for m in session.scalars(
                select(Contact)
                .where(Contact.company_id == c.id, Contact.deleted_at.is_(None))
                .order_by(Contact.sort_key)
                .limit(500)
            )
        )
    return ContactFile(
        id=c.id,
        kind=ContactKind(c.kind),
        display_name=c.display_name,
        first_name=c.first_name,
        last_name=c.last_name,
        organization=c.organization,
        company_id=c.company_id,
        company_name=company.display_name if company else "",
        job_title=c.job_title,
        lead_status=c.lead_status,
        notes=c.notes,
        phones=tuple(
            PhoneInfo(p.id, p.raw, p.e164, phones.format_display(p.e164, p.raw, region), p.label, p.valid)
            for p in c.phones
        ),
        emails=tuple(e.address for e in c.emails),
        addresses=tuple(
            AddressInput(a.street, a.postcode, a.city, a.region, a.country, a.label) for a in c.addresses
        ),
        tags=tags,
        custom=dict(c.custom),
        members=members,
        created_at=c.created_at,
        updated_at=c.updated_at,
        has_invalid_phone=c.has_invalid_phone,
    )


def list_tags(session: Session) -> list[str]:
    return list(session.scalars(select(Tag.name).order_by(Tag.name_norm)))


def tag_as_group(session: Session, actor: Actor, name: str, is_group: bool = True) -> None:
    actor.require("contacts.write")
    tag = session.scalar(select(Tag).where(Tag.name_norm == textnorm.normalize(name)))
    if tag is None:
        raise NotFound(what="Tag", id=name)
    tag.is_group = is_group
