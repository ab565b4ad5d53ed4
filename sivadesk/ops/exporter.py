"""Exporting contacts to CSV (UTF-8 with BOM, so Excel shows Persian correctly) or .xlsx.

The columns are those the importer recognises, so importing an export gives the same contacts
back: one "Phone N"/"Phone N label" pair per phone, "E-mail N", one group of address columns per
address, tags joined by ", ", custom fields one column each, and the linked company by name.
The store is read in pages by id, so a million contacts never sit in memory at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session, selectinload

from sivadesk.models import Address as AddressRow
from sivadesk.models import Contact, ContactEmail, ContactPhone, ContactTag, Tag
from sivadesk.ops.contact_search import ContactQuery, _where
from sivadesk.ops.context import Actor
from sivadesk.ops.import_fields import detect_field
from sivadesk.ops.tabular import TableWriter

log = logging.getLogger("sivadesk.export")

BASE_COLUMNS = (
    "Kind",
    "First name",
    "Last name",
    "Organization",
    "Linked company",
    "Job title",
    "Lead status",
)
ADDRESS_COLUMNS = ("Street", "Postcode", "City", "Region", "Country", "Address label")


def _numbered(name: str, k: int) -> str:
    return name if k == 1 else f"{name} {k}"


def _max_per_contact(session: Session, model: Any, ids: Any) -> int:
    counts = (
        select(func.count().label("n"))
        .select_from(model)
        .where(model.contact_id.in_(ids))
        .group_by(model.contact_id)
        .subquery()
    )
    return int(session.scalar(select(func.max(counts.c.n))) or 0)


def _custom_keys(session: Session, conds: Sequence[ColumnElement[bool]]) -> list[str]:
    if session.get_bind().dialect.name == "postgresql":
        keys = func.jsonb_object_keys(Contact.custom)
        stmt = select(keys).where(*conds).distinct()
    else:
        each = func.json_each(Contact.custom).table_valued("key")
        stmt = select(each.c.key).select_from(Contact).join(each, true()).where(*conds).distinct()
    return sorted(str(k) for k in session.scalars(stmt))


def custom_header(key: str) -> str:
    """A custom field's column: its own name, unless the importer would take it for a known field."""
    return key if detect_field(key) == "custom" else f"custom:{key}"


def export_contacts(
    session: Session,
    actor: Actor,
    path: Path | str,
    query: ContactQuery | None = None,
    *,
    page_size: int = 1000,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the contacts matching ``query`` (all by default) to ``path``; returns how many.

    ``.xlsx`` by suffix, CSV otherwise.
    """
    actor.require("contacts.export")
    conds = _where(session, query or ContactQuery())
    ids = select(Contact.id).where(*conds)
    n_phones = max(1, _max_per_contact(session, ContactPhone, ids))
    n_emails = max(1, _max_per_contact(session, ContactEmail, ids))
    n_addresses = max(1, _max_per_contact(session, AddressRow, ids))
    custom_keys = _custom_keys(session, conds)
    columns = list(BASE_COLUMNS)
    for k in range(1, n_phones + 1):
        columns += [f"Phone {k}", f"Phone {k} label"]
    columns += [_numbered("E-mail", k) for k in range(1, n_emails + 1)]
    for k in range(1, n_addresses + 1):
        columns += [_numbered(c, k) for c in ADDRESS_COLUMNS]
    columns += ["Tags", "Notes", *(custom_header(k) for k in custom_keys)]

    written = 0
    last_id = 0
    with TableWriter(Path(path), columns) as out:
        while True:
            page = session.scalars(
                select(Contact)
                .where(*conds, Contact.id > last_id)
                .order_by(Contact.id)
                .limit(page_size)
                .options(
                    selectinload(Contact.phones),
                    selectinload(Contact.emails),
                    selectinload(Contact.addresses),
                )
            ).all()
            if not page:
                break
            page_ids = [c.id for c in page]
            tags: dict[int, list[str]] = {}
            for cid, name in session.execute(
                select(ContactTag.contact_id, Tag.name)
                .join(Tag, Tag.id == ContactTag.tag_id)
                .where(ContactTag.contact_id.in_(page_ids))
                .order_by(Tag.name)
            ):
                tags.setdefault(cid, []).append(name)
            company_ids = {c.company_id for c in page if c.company_id}
            companies = dict(
                session.execute(
                    select(Contact.id, Contact.display_name).where(Contact.id.in_(company_ids))
                ).all()
            )
            for c in page:
                row = [
                    c.kind,
                    c.first_name,
                    c.last_name,
                    c.organization,
                    companies.get(c.company_id, "") if c.company_id else "",
                    c.job_title,
                    c.lead_status,
                ]
                for k in range(n_phones):
                    p = c.phones[k] if k < len(c.phones) else None
                    row += [p.raw, p.label] if p else ["", ""]
                row += [c.emails[k].address if k < len(c.emails) else "" for k in range(n_emails)]
                for k in range(n_addresses):
                    a = c.addresses[k] if k < len(c.addresses) else None
                    row += [a.street, a.postcode, a.city, a.region, a.country, a.label] if a else [""] * 6
                row += [", ".join(tags.get(c.id, [])), c.notes]
                row += [_text(c.custom.get(k)) for k in custom_keys]
                out.write(row)
            written += len(page)
            last_id = page[-1].id
            for c in page:
                session.expunge(c)  # with its phones, e-mails, addresses: memory stays flat
            if progress is not None:
                progress(written)
    log.info("exported %d contacts to %s for %s", written, path, actor.username)
    return written


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
