"""What an import column can mean, how header names in English, French and Persian are recognised,
and how one row of cells becomes a :class:`~sivadesk.ops.contacts.ContactInput`.

A mapping is ``{column name: field}``. Fields that repeat (phones, e-mails, address parts, phone
and address labels) pair up by order: the second "City" column belongs to the second address, the
first "Phone label" column labels the first phone column. ``custom`` keeps the cell as a custom
field named after the column (``custom:Name`` picks another name); ``ignore`` drops the column on
purpose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sivadesk import textnorm
from sivadesk.errors import QT_TRANSLATE_NOOP, ValidationError
from sivadesk.models import ContactKind
from sivadesk.ops.contacts import AddressInput, ContactInput, PhoneInput
from sivadesk.ops.tabular import clean_cell

#: field -> label shown to the user (translated in the "import" context)
FIELDS: dict[str, str] = {
    "ignore": QT_TRANSLATE_NOOP("import", "(ignore)"),
    "custom": QT_TRANSLATE_NOOP("import", "Custom field"),
    "kind": QT_TRANSLATE_NOOP("import", "Kind (person, company, lead)"),
    "full_name": QT_TRANSLATE_NOOP("import", "Full name"),
    "first_name": QT_TRANSLATE_NOOP("import", "First name"),
    "last_name": QT_TRANSLATE_NOOP("import", "Last name"),
    "organization": QT_TRANSLATE_NOOP("import", "Organization"),
    "company": QT_TRANSLATE_NOOP("import", "Linked company"),
    "job_title": QT_TRANSLATE_NOOP("import", "Job title"),
    "lead_status": QT_TRANSLATE_NOOP("import", "Lead status"),
    "phone": QT_TRANSLATE_NOOP("import", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("import", "Mobile phone"),
    "work_phone": QT_TRANSLATE_NOOP("import", "Work phone"),
    "home_phone": QT_TRANSLATE_NOOP("import", "Home phone"),
    "fax": QT_TRANSLATE_NOOP("import", "Fax"),
    "phone_label": QT_TRANSLATE_NOOP("import", "Phone label"),
    "email": QT_TRANSLATE_NOOP("import", "E-mail"),
    "street": QT_TRANSLATE_NOOP("import", "Street address"),
    "postcode": QT_TRANSLATE_NOOP("import", "Postcode"),
    "city": QT_TRANSLATE_NOOP("import", "City"),
    "region": QT_TRANSLATE_NOOP("import", "Region"),
    "country": QT_TRANSLATE_NOOP("import", "Country"),
    "address_label": QT_TRANSLATE_NOOP("import", "Address label"),
    "tags": QT_TRANSLATE_NOOP("import", "Tags / groups"),
    "notes": QT_TRANSLATE_NOOP("import", "Notes"),
}

PHONE_FIELDS = {"phone": "", "mobile": "mobile", "work_phone": "work", "home_phone": "home", "fax": "fax"}
ADDRESS_FIELDS = ("street", "postcode", "city", "region", "country", "address_label")

# fmt: off
_ALIASES: dict[str, tuple[str, ...]] = {
    "kind": ("kind", "type", "contact type", "type de contact", "nature", "نوع", "نوع مخاطب"),
    "full_name": ("name", "full name", "display name", "contact", "contact name", "nom complet", "nom et prénom", "prénom nom", "nom prénom", "نام و نام خانوادگی", "نام کامل", "مخاطب"),
    "first_name": ("first name", "firstname", "given name", "forename", "prénom", "prenom", "نام", "اسم"),
    "last_name": ("last name", "lastname", "surname", "family name", "nom", "nom de famille", "نام خانوادگی", "فامیل", "فامیلی"),
    "organization": ("organization", "organisation", "company", "company name", "société", "entreprise", "raison sociale", "employer", "شرکت", "سازمان", "نام شرکت", "موسسه"),
    "company": ("linked company", "company link", "société liée", "entreprise liée", "شرکت مرتبط"),
    "job_title": ("job title", "title", "position", "role", "fonction", "poste", "سمت", "عنوان شغلی", "شغل"),
    "lead_status": ("lead status", "status", "statut", "statut prospect", "وضعیت"),
    "phone": ("phone", "telephone", "phone number", "tel", "téléphone", "tél", "numéro", "numéro de téléphone", "fixe", "téléphone fixe", "tel fixe", "تلفن", "شماره", "شماره تلفن", "تلفن ثابت"),
    "mobile": ("mobile", "mobile phone", "cell", "cell phone", "cellphone", "portable", "téléphone portable", "tél portable", "tel portable", "gsm", "موبایل", "همراه", "تلفن همراه", "شماره همراه", "شماره موبایل"),
    "work_phone": ("work phone", "business phone", "office phone", "téléphone bureau", "tél bureau", "tel bureau", "téléphone professionnel", "tél pro", "تلفن محل کار", "تلفن دفتر"),
    "home_phone": ("home phone", "téléphone domicile", "tél domicile", "tel domicile", "تلفن منزل"),
    "fax": ("fax", "fax number", "télécopie", "numéro de fax", "فکس", "نمابر", "شماره فکس"),
    "phone_label": ("phone label", "phone type", "type de téléphone", "libellé téléphone", "نوع تلفن"),
    "email": ("email", "e-mail", "mail", "courriel", "adresse e-mail", "adresse email", "adresse mail", "email address", "ایمیل", "پست الکترونیک", "رایانامه", "پست الکترونیکی"),
    "street": ("street", "address", "street address", "address line", "adresse", "rue", "adresse postale", "voie", "آدرس", "نشانی", "خیابان"),
    "postcode": ("postcode", "postal code", "zip", "zip code", "code postal", "cp", "کد پستی"),
    "city": ("city", "town", "ville", "commune", "localité", "شهر"),
    "region": ("region", "state", "province", "région", "département", "استان"),
    "country": ("country", "pays", "کشور"),
    "address_label": ("address label", "address type", "type d'adresse", "libellé adresse", "نوع آدرس"),
    "tags": ("tags", "tag", "groups", "group", "groupe", "groupes", "catégorie", "catégories", "category", "categories", "labels", "étiquettes", "étiquette", "برچسب", "برچسب‌ها", "گروه", "گروه‌ها", "دسته"),
    "notes": ("notes", "note", "comment", "comments", "commentaire", "commentaires", "remarques", "remarque", "observations", "memo", "یادداشت", "توضیحات", "ملاحظات"),
}

_KINDS: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.PERSON: ("person", "people", "individual", "personne", "particulier", "contact", "شخص", "فرد", "حقیقی"),
    ContactKind.COMPANY: ("company", "organization", "organisation", "business", "société", "entreprise", "شرکت", "سازمان", "حقوقی"),
    ContactKind.LEAD: ("lead", "prospect", "سرنخ", "مشتری بالقوه"),
}

# fmt: on

_NON_WORD = re.compile(r"[\W_\d]+")


def header_key(text: str) -> str:
    """Header text folded for matching: normalised, punctuation, spaces and digits removed."""
    return _NON_WORD.sub("", textnorm.normalize(text))


_BY_KEY = {header_key(alias): f for f, aliases in _ALIASES.items() for alias in aliases}
_KIND_BY_KEY = {header_key(alias): k for k, aliases in _KINDS.items() for alias in aliases}


def detect_field(column: str, unknown: str = "custom") -> str:
    """The field a header most likely means; ``unknown`` when nothing matches."""
    if column.casefold().startswith("custom:"):
        return "custom:" + column.split(":", 1)[1].strip()
    return _BY_KEY.get(header_key(column), unknown)


def detect_mapping(columns: Sequence[str], unknown: str = "custom") -> dict[str, str]:
    return {c: detect_field(c, unknown) for c in columns}


def check_mapping(
    mapping: Mapping[str, str], columns: Sequence[str], unknown: str = "custom"
) -> dict[str, str]:
    """Complete ``mapping`` for ``columns`` (auto-detecting the rest, unrecognised headers becoming
    ``unknown``: custom fields or ignored) and reject unknown fields."""
    if unknown not in ("custom", "ignore"):
        raise ValueError(f"unknown must be 'custom' or 'ignore', not {unknown!r}")
    result = detect_mapping(columns, unknown)
    for column, target in mapping.items():
        if column not in result:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The file has no column {column}."),
                field="mapping",
                column=column,
            )
        base = target.split(":", 1)[0]
        if base not in FIELDS or (":" in target and base != "custom"):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{target} is not an import field (one of {fields})."),
                field="mapping",
                target=target,
                fields=", ".join(FIELDS),
            )
        result[column] = target
    return result


class RowProblem(ValidationError):
    """A row that cannot be imported; ``column`` names the offending cell when it is known."""

    def __init__(self, message: str, column: str = "", **params: object) -> None:
        super().__init__(message, field=column, **params)
        self.column = column


def _split(text: str, pattern: str) -> list[str]:
    return [p.strip() for p in re.split(pattern, text) if p.strip()]


def parse_kind(text: str, column: str) -> ContactKind:
    kind = _KIND_BY_KEY.get(header_key(text))
    if kind is None:
        raise RowProblem(
            QT_TRANSLATE_NOOP("errors", "Unknown contact kind {value} (person, company or lead)."),
            column,
            value=text,
        )
    return kind


@dataclass(frozen=True, slots=True)
class BuiltRow:
    contact: ContactInput
    company_name: str  # the "Linked company" cell, resolved against the store by the importer


_LIMITS = {
    "first_name": 200, "last_name": 200, "organization": 200, "company": 200, "job_title": 200,
    "lead_status": 80, "street": 300, "postcode": 20, "city": 120, "region": 120, "phone_label": 80,
    "address_label": 80,
}  # fmt: skip

_COUNTRIES = {
    header_key(name): code
    for code, names in {
        "FR": ("france", "french republic", "république française", "فرانسه"),
        "IR": ("iran", "islamic republic of iran", "ایران"),
        "BE": ("belgium", "belgique", "بلژیک"),
        "CH": ("switzerland", "suisse", "سوئیس"),
        "DE": ("germany", "allemagne", "آلمان"),
        "GB": ("united kingdom", "royaume-uni", "uk", "انگلستان"),
        "US": ("united states", "états-unis", "usa", "آمریکا"),
        "CA": ("canada", "کانادا"),
        "IT": ("italy", "italie", "ایتالیا"),
        "ES": ("spain", "espagne", "اسپانیا"),
        "AE": ("united arab emirates", "émirats arabes unis", "امارات"),
        "TR": ("turkey", "turquie", "ترکیه"),
    }.items()
    for name in names
}


def country_code(text: str, column: str) -> str:
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    code = _COUNTRIES.get(header_key(text))
    if code is None:
        raise RowProblem(
            QT_TRANSLATE_NOOP("errors", "Unknown country {value}: use a two-letter code such as FR or IR."),
            column,
            value=text,
        )
    return code


def build_row(cells: Sequence[str], columns: Sequence[str], mapping: Mapping[str, str]) -> BuiltRow:
    """Turn one row into a contact; raises :class:`RowProblem` naming the bad cell.

    Checks here are those about the cells themselves (kind, lengths, country); the contact's own
    rules (a name, valid e-mails) are the service's, checked again by the importer before it writes.
    """
    scalars: dict[str, str] = {}
    phone_cells: list[tuple[str, str]] = []  # (text, label)
    phone_labels: list[str] = []
    emails: list[str] = []
    address_parts: dict[str, list[str]] = {f: [] for f in ADDRESS_FIELDS}
    tags: list[str] = []
    custom: dict[str, str] = {}
    kind: ContactKind | None = None
    for column, raw in zip(columns, cells, strict=False):
        target = mapping.get(column, "ignore")
        text = clean_cell(raw)
        base = target.split(":", 1)[0]
        if base in _LIMITS and len(text) > _LIMITS[base]:
            raise RowProblem(
                QT_TRANSLATE_NOOP("errors", "The value is too long (at most {n} characters)."),
                column,
                n=_LIMITS[base],
            )
        if target in ADDRESS_FIELDS:
            if target == "country" and text:
                text = country_code(text, column)
            address_parts[target].append(text)
        elif target == "phone_label":
            phone_labels.append(text)
        if not text:
            continue
        if target == "kind":
            kind = parse_kind(text, column)
        elif target in PHONE_FIELDS:
            phone_cells += [(n, PHONE_FIELDS[target]) for n in _split(text, r"[;\n|]|\s/\s")]
        elif target == "email":
            emails += _split(text, r"[;,\s]+")
        elif target == "tags":
            tags += _split(text, r"[,;|\n،]")
        elif base == "custom":
            key = target.split(":", 1)[1] if ":" in target else column
            custom[key] = text
        elif target in ("first_name", "last_name", "organization", "company", "job_title", "lead_status"):
            scalars[target] = f"{scalars[target]} {text}" if target in scalars else text
        elif target in ("full_name", "notes"):
            scalars[target] = f"{scalars[target]}\n{text}" if target in scalars else text
    phone_list = tuple(
        PhoneInput(number, phone_labels[i] if i < len(phone_labels) and phone_labels[i] else label)
        for i, (number, label) in enumerate(phone_cells)
    )
    n_addresses = max((len(v) for v in address_parts.values()), default=0)
    addresses = []
    for i in range(n_addresses):
        part = {f: (v[i] if i < len(v) else "") for f, v in address_parts.items()}
        if any(part[f] for f in ADDRESS_FIELDS if f != "address_label"):
            label = part.pop("address_label")
            addresses.append(AddressInput(**part, label=label))
    first, last = scalars.get("first_name", ""), scalars.get("last_name", "")
    organization = scalars.get("organization", "")
    company_name = scalars.get("company", "")
    full = scalars.get("full_name", "")
    if kind is None:
        named = first or last or full
        kind = ContactKind.COMPANY if not named and (organization or company_name) else ContactKind.PERSON
    if full and not (first or last):
        if kind is ContactKind.COMPANY and not organization:
            organization = full
        else:
            first, _, last = full.partition(" ")
    if company_name and not organization:
        organization = company_name  # kept as text even if no such company file exists
    contact = ContactInput(
        kind=kind,
        first_name=first,
        last_name=last,
        organization=organization,
        job_title=scalars.get("job_title", ""),
        lead_status=scalars.get("lead_status", ""),
        notes=scalars.get("notes", ""),
        phones=phone_list,
        emails=tuple(emails),
        addresses=tuple(addresses),
        tags=tuple(dict.fromkeys(tags)),
        custom=custom,
    )
    return BuiltRow(contact, company_name)


def column_for(error_field: str | None, mapping: Mapping[str, str]) -> str:
    """The first column feeding a service error's field ("emails", "phones", "name"...)."""
    wanted = {
        "emails": ("email",),
        "phones": tuple(PHONE_FIELDS),
        "name": ("full_name", "last_name", "first_name", "organization"),
        "kind": ("kind",),
        "company": ("company",),
    }.get(error_field or "", ())
    for target in wanted:
        for column, t in mapping.items():
            if t == target:
                return column
    return ""
