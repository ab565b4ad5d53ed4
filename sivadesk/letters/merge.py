"""Merge fields: the correspondent's and the letter's data, usable in a letter's body as
``{{contact.last_name}}``-style placeholders.

:func:`merge_fields` gives a flat ``{name: text}`` dict; :func:`apply_merge` replaces the
placeholders of a text. A placeholder whose name is not a field is left in the text as written, so
it shows on the page, and its name is returned: the letter form lists them, registration does not
refuse them (a letter may legitimately contain ``{{`` in its text). The printing code builds its
document context from the same dict.

Fields (``contact.*`` is the letter's correspondent; every value is text, "" when unknown)::

    contact.name  contact.first_name  contact.last_name  contact.title  contact.kind
    contact.company  contact.street  contact.postcode  contact.city  contact.region
    contact.country  contact.address  (all address lines, one per line)
    contact.phone  contact.email  contact.custom.<key>
    company.name  company.address  company.city  company.phone  company.email
        (a person's company; for a company or a lead, the contact itself)
    letter.number  letter.number_fa  letter.subject  letter.category  letter.kind
    letter.date  letter.date_gregorian  letter.date_jalali  letter.date_jalali_fa
        (registration date, or creation date of a draft, in the office's time zone:
         2025-03-21, 21/03/2025, 1404/01/01, ۱۴۰۴/۰۱/۰۱)
    letter.their_number  letter.their_date  letter.their_date_jalali
    signer.name  signer.title

A person without an address of its own gets its company's address.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Protocol

from sqlalchemy.orm import Session

from sivadesk.calendars import Calendar, format_date
from sivadesk.models import Address, Contact, ContactKind, User
from sivadesk.ops.context import Actor
from sivadesk.textnorm import to_persian_digits


class MergeableLetter(Protocol):
    """What :func:`merge_fields` reads of a letter (a ``Letter`` row or a ``LetterInfo``)."""

    @property
    def number(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def contact_id(self) -> int | None: ...
    @property
    def their_number(self) -> str: ...
    @property
    def their_date(self) -> dt.date | None: ...
    @property
    def signer_user_id(self) -> int | None: ...
    @property
    def signer_title(self) -> str: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def registered_at(self) -> dt.datetime | None: ...


PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[^\s{}.]+)+)\s*\}\}")

CONTACT_FIELDS = (
    "name",
    "first_name",
    "last_name",
    "title",
    "kind",
    "company",
    "street",
    "postcode",
    "city",
    "region",
    "country",
    "address",
    "phone",
    "email",
)
COMPANY_FIELDS = ("name", "address", "city", "phone", "email")
LETTER_FIELDS = (
    "letter.number",
    "letter.number_fa",
    "letter.subject",
    "letter.category",
    "letter.kind",
    "letter.date",
    "letter.date_gregorian",
    "letter.date_jalali",
    "letter.date_jalali_fa",
    "letter.their_number",
    "letter.their_date",
    "letter.their_date_jalali",
    "signer.name",
    "signer.title",
)
#: Every field name a body may use, in the order a field picker lists them (``contact.custom.<key>``
#: come on top, one per custom field of the correspondent).
FIELD_NAMES: tuple[str, ...] = (
    *(f"contact.{k}" for k in CONTACT_FIELDS),
    *(f"company.{k}" for k in COMPANY_FIELDS),
    *LETTER_FIELDS,
)


def _address_lines(a: Address | None) -> list[str]:
    if a is None:
        return []
    lines = [line.strip() for line in a.street.splitlines() if line.strip()]
    town = " ".join(p for p in (a.postcode.strip(), a.city.strip()) if p)
    lines += [p for p in (town, a.region.strip(), a.country.strip()) if p]
    return lines


def _first_address(c: Contact | None) -> Address | None:
    if c is None:
        return None
    return next((a for a in c.addresses if a.street or a.city or a.postcode), None)


def _contact_fields(session: Session, contact_id: int | None) -> dict[str, str]:
    c = session.get(Contact, contact_id) if contact_id is not None else None
    company: Contact | None = None
    if c is not None:
        if c.kind == ContactKind.PERSON and c.company_id is not None:
            company = session.get(Contact, c.company_id)
        elif c.kind != ContactKind.PERSON:
            company = c
    address = _first_address(c) or _first_address(company)
    out = {f"contact.{k}": "" for k in CONTACT_FIELDS}
    out |= {f"company.{k}": "" for k in COMPANY_FIELDS}
    if c is not None:
        out |= {
            "contact.name": c.display_name,
            "contact.first_name": c.first_name,
            "contact.last_name": c.last_name,
            "contact.title": c.job_title,
            "contact.kind": c.kind,
            "contact.company": company.display_name if company is not None else c.organization,
            "contact.phone": c.primary_phone,
            "contact.email": c.primary_email,
            "contact.address": "\n".join(_address_lines(address)),
        }
        if address is not None:
            out |= {
                "contact.street": address.street.strip(),
                "contact.postcode": address.postcode.strip(),
                "contact.city": address.city.strip(),
                "contact.region": address.region.strip(),
                "contact.country": address.country.strip(),
            }
        for key, value in (c.custom or {}).items():
            out[f"contact.custom.{key}"] = "" if value is None else str(value)
    if company is not None:
        caddress = _first_address(company)
        out |= {
            "company.name": company.display_name,
            "company.address": "\n".join(_address_lines(caddress)),
            "company.city": caddress.city.strip() if caddress is not None else "",
            "company.phone": company.primary_phone,
            "company.email": company.primary_email,
        }
    elif c is not None and c.organization:
        out["company.name"] = c.organization
    return out


def merge_fields(session: Session, letter: MergeableLetter) -> dict[str, str]:
    """Every merge field of ``letter`` (see the module docstring). The caller has already checked
    that its user may see the letter."""
    fields = _contact_fields(session, letter.contact_id)
    when = (letter.registered_at or letter.created_at).astimezone()
    jalali = format_date(when, Calendar.JALALI)
    signer = session.get(User, letter.signer_user_id) if letter.signer_user_id is not None else None
    fields |= {
        "letter.number": letter.number,
        "letter.number_fa": to_persian_digits(letter.number),
        "letter.subject": letter.subject,
        "letter.category": letter.category,
        "letter.kind": letter.kind,
        "letter.date": format_date(when, Calendar.GREGORIAN),
        "letter.date_gregorian": format_date(when, Calendar.GREGORIAN, language="fr"),
        "letter.date_jalali": jalali,
        "letter.date_jalali_fa": to_persian_digits(jalali),
        "letter.their_number": letter.their_number,
        "letter.their_date": format_date(letter.their_date, Calendar.GREGORIAN),
        "letter.their_date_jalali": format_date(letter.their_date, Calendar.JALALI),
        "signer.name": signer.full_name if signer is not None else "",
        "signer.title": letter.signer_title or (signer.position_title if signer is not None else ""),
    }
    return fields


def placeholders(text: str) -> list[str]:
    """The field names used in ``text``, in order of first use."""
    return list(dict.fromkeys(m.group(1) for m in PLACEHOLDER.finditer(text)))


def apply_merge(text: str, fields: dict[str, str], *, html_body: bool = False) -> tuple[str, list[str]]:
    """``text`` with every ``{{name}}`` of a known field replaced by its value, and the names that
    are not fields (left as written, visibly). With ``html_body`` the values are HTML-escaped and
    their line breaks become ``<br>`` (a rich-text body); a placeholder split by markup
    (``{{contact.<b>name</b>}}``) is not recognised."""
    unknown: list[str] = []

    def value(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in fields:
            if name not in unknown:
                unknown.append(name)
            return m.group(0)
        v = fields[name]
        return html.escape(v).replace("\n", "<br>") if html_body else v

    return PLACEHOLDER.sub(value, text), unknown


_HTML = re.compile(r"<(?:!doctype|html|body|p|br|div|span|b|i|u|table|ol|ul)\b", re.IGNORECASE)


def looks_like_html(body: str) -> bool:
    """True for a rich-text (HTML) body, as the letter form saves it; False for plain text."""
    return _HTML.search(body) is not None


def merge_letter_body(session: Session, actor: Actor, letter_id: int) -> str:
    """The letter's body with its merge fields filled in (unknown placeholders stay as written);
    :class:`~sivadesk.errors.NotFound` when ``actor`` may not see the letter."""
    from sivadesk.ops.letter_access import load  # lazily: the ops layer imports this package

    letter = load(session, actor, letter_id)
    text, _unknown = apply_merge(
        letter.body, merge_fields(session, letter), html_body=looks_like_html(letter.body)
    )
    return text
