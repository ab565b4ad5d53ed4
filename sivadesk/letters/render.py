"""What a printed letter says: the merge context of the templates, and the one entry point that
renders a letter to DOCX or PDF.

:func:`build_context` gathers, for one letter, everything a template may print (number and dates in
Latin and Persian digits, both calendars, sender / recipients / signer, the copies list (رونوشت),
attachment count, urgency and classification in the template's language, the letterhead, and the
images: logo, the signer's signature and the office seal (only once the signer approved the letter),
and the QR code). :func:`render_letter` turns it into DOCX (:mod:`sivadesk.letters.docx_out`) or PDF
(LibreOffice when installed, :mod:`sivadesk.letters.office_convert`; else the built-in renderer,
:mod:`sivadesk.letters.pdf_out`). An archived letter's content is frozen: its PDF is the stored one.

A register's ``print_settings`` (a JSON dict, :data:`PRINT_DEFAULTS`):

==================  ==========================================================================
``template``        ``"auto"`` (Persian for a Jalali register, else French), ``"fr"``, ``"fa"``,
                    ``"en"``, or ``"custom"`` (the register's uploaded .docx, ``custom_template``)
``custom_template`` ``{"sha256": …, "filename": …}`` of the uploaded .docx (stored as a blob)
``qr``              ``true``: a QR code with the number, registration time and the letter's GUID
``seal``            ``true``: the office seal beside the signature (once approved)
``engine``          PDF engine: ``"auto"`` (LibreOffice if installed), ``"builtin"``, ``"libreoffice"``
``preprinted``      ``{"enabled": bool, "fields": {field: {"x": mm, "y": mm, "w": mm, "on": bool}}}``:
                    pre-printed paper, only the fields are printed at those positions (mm from
                    the page's top-left corner); fields are :data:`PREPRINTED_FIELDS`
==================  ==========================================================================
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sivadesk.calendars import format_date, to_jalali
from sivadesk.errors import QT_TRANSLATE_NOOP, AttachmentDamaged, NotFound, ValidationError
from sivadesk.models import Attachment, Blob, Contact, Department, Letter, Register, User
from sivadesk.models.letters import LetterRecipient, LetterStatus, RecipientKind
from sivadesk.ops.context import Actor
from sivadesk.textnorm import to_persian_digits

log = logging.getLogger("sivadesk.letters.render")

LANGUAGES = ("fr", "fa", "en")
FORMATS = ("docx", "pdf")
ENGINES = ("auto", "builtin", "libreoffice")

#: The fields pre-printed paper mode can place, in the order the settings table lists them.
PREPRINTED_FIELDS = ("number", "date", "attachments", "recipient", "subject", "body", "signer", "copies")

#: Positions (mm from the top-left corner of an A4 sheet) used until an admin sets the register's own.
PREPRINTED_DEFAULTS: dict[str, dict[str, Any]] = {
    "number": {"x": 20.0, "y": 30.0, "w": 60.0, "on": True},
    "date": {"x": 20.0, "y": 37.0, "w": 60.0, "on": True},
    "attachments": {"x": 20.0, "y": 44.0, "w": 60.0, "on": True},
    "recipient": {"x": 20.0, "y": 56.0, "w": 170.0, "on": True},  # up to 5 lines
    "subject": {"x": 20.0, "y": 90.0, "w": 170.0, "on": True},
    "body": {"x": 20.0, "y": 102.0, "w": 170.0, "on": True},
    "signer": {"x": 20.0, "y": 250.0, "w": 80.0, "on": True},
    "copies": {"x": 20.0, "y": 268.0, "w": 170.0, "on": False},
}

PRINT_DEFAULTS: dict[str, Any] = {
    "template": "auto",
    "custom_template": None,
    "qr": False,
    "seal": True,
    "engine": "auto",
    "preprinted": {"enabled": False, "fields": PREPRINTED_DEFAULTS},
}

#: The words a letter prints around its fields, in the letter's own language (not the interface's).
LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "number": "N° :",
        "date": "Date :",
        "attachments": "Pièces jointes :",
        "subject": "Objet :",
        "to": "Destinataire :",
        "from": "Expéditeur :",
        "copies": "Copies :",
        "reference": "V/Réf. :",
        "page": "Page {page} / {pages}",
        "draft": "PROJET — non enregistré",
        "none": "néant",
        "urgency.normal": "",
        "urgency.urgent": "Urgent",
        "urgency.immediate": "Très urgent",
        "classification.normal": "",
        "classification.confidential": "Confidentiel",
        "classification.very_confidential": "Très confidentiel",
        "classification.secret": "Secret",
        "classification.top_secret": "Très secret",
        "greeting": "Madame, Monsieur,",
        "copy_purpose": "pour information",
    },
    "fa": {
        "number": "شماره:",
        "date": "تاریخ:",
        "attachments": "پیوست:",
        "subject": "موضوع:",
        "to": "به:",
        "from": "از:",
        "copies": "رونوشت:",
        "reference": "عطف به:",
        "page": "صفحهٔ {page} از {pages}",
        "draft": "پیش‌نویس — ثبت نشده",
        "none": "ندارد",
        "urgency.normal": "",
        "urgency.urgent": "فوری",
        "urgency.immediate": "آنی",
        "classification.normal": "",
        "classification.confidential": "محرمانه",
        "classification.very_confidential": "خیلی محرمانه",
        "classification.secret": "سری",
        "classification.top_secret": "به‌کلی سری",
        "greeting": "با سلام و احترام،",
        "copy_purpose": "جهت اطلاع",
    },
    "en": {
        "number": "No.:",
        "date": "Date:",
        "attachments": "Attachments:",
        "subject": "Subject:",
        "to": "To:",
        "from": "From:",
        "copies": "Copies:",
        "reference": "Your ref.:",
        "page": "Page {page} of {pages}",
        "draft": "DRAFT — not registered",
        "none": "none",
        "urgency.normal": "",
        "urgency.urgent": "Urgent",
        "urgency.immediate": "Immediate",
        "classification.normal": "",
        "classification.confidential": "Confidential",
        "classification.very_confidential": "Very confidential",
        "classification.secret": "Secret",
        "classification.top_secret": "Top secret",
        "greeting": "Dear Sir or Madam,",
        "copy_purpose": "for information",
    },
}

#: The namespace of letter GUIDs (uuid5 of the letter id and registration time: stable, unique).
GUID_NAMESPACE = uuid.UUID("6f1e2a55-0c39-5b8e-9d0e-51a0c4e1d3a7")


@dataclass(frozen=True, slots=True)
class Party:
    """A sender, recipient or signer as printed."""

    name: str = ""
    position: str = ""
    organization: str = ""
    department: str = ""
    address: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "position": self.position,
            "organization": self.organization,
            "department": self.department,
            "address": list(self.address),
            "address_text": "\n".join(self.address),
        }


@dataclass(frozen=True, slots=True)
class CopyLine:
    """One رونوشت line: who gets a copy, and why."""

    name: str
    position: str = ""
    purpose: str = ""

    @property
    def text(self) -> str:
        who = f"{self.name} ({self.position})" if self.position else self.name
        return f"{who} — {self.purpose}" if self.purpose else who


@dataclass(frozen=True, slots=True)
class LetterContext:
    """Everything one printed letter shows. Strings come ready to print in :attr:`language`; the
    ``*_fa`` variants carry Persian digits, the ``*_latin`` ones Latin digits."""

    letter_id: int
    language: str
    guid: str
    status: str
    number_latin: str
    registered_at: dt.datetime | None
    date_gregorian: str  # dd/mm/yyyy
    date_jalali: str  # yyyy/mm/dd
    subject: str
    body_paragraphs: tuple[str, ...]
    urgency: str
    classification: str
    sender: Party
    recipients: tuple[Party, ...]
    signer: Party
    copies: tuple[CopyLine, ...]
    attachment_count: int
    their_number: str
    their_date: str
    office_name: str
    office_address: tuple[str, ...]
    approved: bool
    logo: bytes | None = None
    signature: bytes | None = None
    seal: bytes | None = None
    qr_text: str = ""
    qr_png: bytes | None = None
    #: the body's merge fields (:func:`sivadesk.letters.merge.merge_fields`), also usable in templates
    merge_fields: Mapping[str, str] = field(default_factory=dict)
    #: the body's paragraphs with their emphasis (empty: plain ``body_paragraphs``)
    body_runs: tuple[tuple[Run, ...], ...] = ()

    # -- derived, in the letter's language ----------------------------------------------------------
    @property
    def rtl(self) -> bool:
        return self.language == "fa"

    @property
    def labels(self) -> dict[str, str]:
        return LABELS[self.language]

    def digits(self, text: str) -> str:
        """``text`` with the digits the letter's language prints (Persian digits in Persian)."""
        return to_persian_digits(text) if self.language == "fa" else text

    @property
    def is_draft(self) -> bool:
        return self.status == LetterStatus.DRAFT.value

    @property
    def number(self) -> str:
        return self.digits(self.number_latin)

    @property
    def date(self) -> str:
        """The registration date as the language writes it: Jalali in Persian, dd/mm/yyyy in French,
        yyyy-mm-dd in English."""
        if self.registered_at is None:
            return ""
        if self.language == "fa":
            return to_persian_digits(self.date_jalali)
        if self.language == "fr":
            return self.date_gregorian
        return format_date(_local(self.registered_at), "gregorian")

    @property
    def attachments_text(self) -> str:
        return self.digits(str(self.attachment_count)) if self.attachment_count else self.labels["none"]

    @property
    def urgency_label(self) -> str:
        return self.labels.get(f"urgency.{self.urgency}", "")

    @property
    def classification_label(self) -> str:
        return self.labels.get(f"classification.{self.classification}", "")

    @property
    def recipient(self) -> Party:
        return self.recipients[0] if self.recipients else Party()

    @property
    def body(self) -> str:
        return "\n".join(self.body_paragraphs)

    def as_mapping(self) -> dict[str, Any]:
        """The docxtpl context (images are added by :mod:`sivadesk.letters.docx_out`)."""
        fa = to_persian_digits
        mapping: dict[str, Any] = {
            "language": self.language,
            "rtl": self.rtl,
            "labels": self.labels,
            "guid": self.guid,
            "letter_id": self.letter_id,
            "status": self.status,
            "draft": self.is_draft,
            "draft_label": self.labels["draft"] if self.is_draft else "",
            "number": self.number,
            "number_latin": self.number_latin,
            "number_fa": fa(self.number_latin),
            "date": self.date,
            "date_gregorian": self.date_gregorian,
            "date_gregorian_fa": fa(self.date_gregorian),
            "date_jalali": self.date_jalali,
            "date_jalali_fa": fa(self.date_jalali),
            "time": self.digits(_local(self.registered_at).strftime("%H:%M")) if self.registered_at else "",
            "subject": self.subject,
            "body": self.body,
            "body_paragraphs": list(self.body_paragraphs),
            "urgency": self.urgency,
            "urgency_label": self.urgency_label,
            "classification": self.classification,
            "classification_label": self.classification_label,
            "sender": self.sender.as_dict(),
            "recipient": self.recipient.as_dict(),
            "recipients": [r.as_dict() for r in self.recipients],
            "signer": self.signer.as_dict(),
            "copies": [
                {"name": c.name, "position": c.position, "purpose": c.purpose, "text": c.text}
                for c in self.copies
            ],
            "attachment_count": self.attachment_count,
            "attachment_count_fa": fa(str(self.attachment_count)),
            "attachments": self.attachments_text,
            "their_number": self.digits(self.their_number),
            "their_date": self.their_date,
            "office": {"name": self.office_name, "address": list(self.office_address)},
            "office_name": self.office_name,
            "office_address": "\n".join(self.office_address),
            "approved": self.approved,
            "qr_text": self.qr_text,
        }
        for key, value in _nest(self.merge_fields).items():
            if isinstance(mapping.get(key), dict):
                mapping[key] = {**value, **mapping[key]}
            elif key not in mapping:
                mapping[key] = value
        return mapping


# -- print settings ------------------------------------------------------------------------------


def print_settings(register: Register) -> dict[str, Any]:
    """The register's print settings with defaults filled in (a copy; unknown keys are kept).

    Settings written by other means than :func:`check_print_settings` (the register service takes
    any JSON object) are read leniently: a value of the wrong kind is replaced by its default and
    logged, so that printing never fails on it."""
    raw = dict(register.print_settings or {})
    out = {**PRINT_DEFAULTS, **raw}
    for key, allowed in (("template", ("auto", "custom", *LANGUAGES)), ("engine", ENGINES)):
        if out.get(key) not in allowed:
            log.warning("register %s: print setting %s=%r ignored", register.id, key, out.get(key))
            out[key] = PRINT_DEFAULTS[key]
    found = raw.get("preprinted")
    raw_pre: dict[str, Any] = found if isinstance(found, dict) else {}
    pre = {**PRINT_DEFAULTS["preprinted"], **raw_pre, "enabled": bool(raw_pre.get("enabled", False))}
    fields = {k: dict(v) for k, v in PREPRINTED_DEFAULTS.items()}
    found = raw_pre.get("fields")
    raw_fields: dict[str, Any] = found if isinstance(found, dict) else {}
    for name, pos in raw_fields.items():
        if name not in fields or not isinstance(pos, dict):
            continue
        for key in ("x", "y", "w"):
            try:
                fields[name][key] = float(pos.get(key, fields[name][key]))
            except (TypeError, ValueError):
                log.warning("register %s: pre-printed %s.%s=%r ignored", register.id, name, key, pos.get(key))
        fields[name]["on"] = bool(pos.get("on", fields[name]["on"]))
    pre["fields"] = fields
    out["preprinted"] = pre
    return out


def check_print_settings(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Validate print settings an admin wants to save; a :class:`ValidationError` names the bad one."""
    out = dict(settings)
    template = out.get("template", "auto")
    if template not in ("auto", "custom", *LANGUAGES):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a letter template."), field="template", value=template
        )
    if template == "custom" and not (out.get("custom_template") or {}).get("sha256"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Upload the register's own .docx template before choosing it."),
            field="template",
        )
    if out.get("engine", "auto") not in ENGINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a PDF engine."),
            field="engine",
            value=out.get("engine"),
        )
    for key in ("qr", "seal"):
        out[key] = bool(out.get(key, PRINT_DEFAULTS[key]))
    pre = dict(out.get("preprinted") or {})
    fields: dict[str, dict[str, Any]] = {}
    for name, pos in dict(pre.get("fields") or {}).items():
        if name not in PREPRINTED_FIELDS:
            continue
        try:
            x, y, w = float(pos["x"]), float(pos["y"]), float(pos.get("w", 60))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The position of {name} needs numbers in millimetres."),
                field="preprinted",
                name=name,
            ) from exc
        if not (0 <= x <= 400 and 0 <= y <= 400 and 5 <= w <= 400):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The position of {name} is off the page."),
                field="preprinted",
                name=name,
            )
        fields[name] = {"x": x, "y": y, "w": w, "on": bool(pos.get("on", True))}
    pre["enabled"] = bool(pre.get("enabled", False))
    pre["fields"] = fields
    out["preprinted"] = pre
    return out


# -- building the context ------------------------------------------------------------------------


def _local(value: dt.datetime) -> dt.datetime:
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone()


def letter_guid(letter: Letter) -> str:
    """A stable GUID for the letter (its id and creation time; the same on every desktop)."""
    created = letter.created_at.astimezone(dt.UTC).isoformat() if letter.created_at else ""
    return str(uuid.uuid5(GUID_NAMESPACE, f"letter:{letter.id}:{created}"))


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a body paragraph with its emphasis (from the rich-text editor)."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


_STYLE_BOLD = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_STYLE_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_STYLE_UNDERLINE = re.compile(r"text-decoration\s*:[^;]*underline", re.IGNORECASE)


class _HtmlText(HTMLParser):
    """Rich-text (HTML, as Qt's editor writes it) bodies as paragraphs of runs: block elements and
    <br> end a paragraph; <b>/<strong>, <i>/<em>, <u> and the equivalent inline styles set emphasis."""

    BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"})
    HIDDEN = frozenset({"style", "script", "head", "title"})
    VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "col"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[list[Run]] = [[]]
        self.stack: list[tuple[str, tuple[bool, bool, bool]]] = []
        self.skip = 0

    def _format(self) -> tuple[bool, bool, bool]:
        bold = italic = underline = False
        for _tag, (b, i, u) in self.stack:
            bold, italic, underline = bold or b, italic or i, underline or u
        return bold, italic, underline

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.skip += 1
            return
        if tag == "br" or tag in self.BLOCKS:
            self.paragraphs.append([])
        if tag in self.VOID:
            return
        style = next((v or "" for k, v in attrs if k == "style"), "")
        fmt = (
            tag in ("b", "strong", "h1", "h2", "h3") or bool(_STYLE_BOLD.search(style)),
            tag in ("i", "em") or bool(_STYLE_ITALIC.search(style)),
            tag == "u" or bool(_STYLE_UNDERLINE.search(style)),
        )
        self.stack.append((tag, fmt))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.skip = max(0, self.skip - 1)
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in self.BLOCKS:
            self.paragraphs.append([])

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = re.sub(r"\s+", " ", data)
        if text:
            self.paragraphs[-1].append(Run(text, *self._format()))


def _tidy(runs: list[Run]) -> tuple[Run, ...]:
    """Adjacent runs of the same emphasis merged; the paragraph's outer spaces dropped."""
    merged: list[Run] = []
    for r in runs:
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].underline) == (
            r.bold,
            r.italic,
            r.underline,
        ):
            merged[-1] = replace(merged[-1], text=merged[-1].text + r.text)
        else:
            merged.append(r)
    if merged:
        merged[0] = replace(merged[0], text=merged[0].text.lstrip())
        merged[-1] = replace(merged[-1], text=merged[-1].text.rstrip())
    return tuple(r for r in merged if r.text)


def body_runs(body: str) -> tuple[tuple[Run, ...], ...]:
    """The body as paragraphs of runs: plain text split on line breaks (no emphasis), or rich text
    (HTML) by its blocks, with bold / italic / underline. Empty paragraphs are dropped."""
    from sivadesk.letters.merge import looks_like_html

    text = body.replace("\r\n", "\n")
    if looks_like_html(text):
        parser = _HtmlText()
        parser.feed(text)
        parser.close()
        paras = [_tidy(p) for p in parser.paragraphs]
    else:
        paras = [_tidy([Run(line)]) for line in text.split("\n")]
    return tuple(p for p in paras if p)


def body_paragraphs(body: str) -> tuple[str, ...]:
    """The body as plain paragraphs (see :func:`body_runs`)."""
    return tuple("".join(r.text for r in p) for p in body_runs(body))


def _merge_body(session: Session, actor: Actor, letter: Letter) -> str:
    """The body with its merge fields (``{{contact.last_name}}``…) filled in."""
    from sivadesk.letters.merge import merge_letter_body

    return merge_letter_body(session, actor, letter.id)


def _nest(fields: Mapping[str, str]) -> dict[str, Any]:
    """``{"contact.name": …}`` -> ``{"contact": {"name": …}}`` for the templates' dotted names."""
    out: dict[str, Any] = {}
    for dotted, value in fields.items():
        node = out
        *parents, leaf = dotted.split(".")
        for part in parents:
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                break
            node = child
        else:
            node[leaf] = value
    return out


def _contact_party(session: Session, contact_id: int | None, fallback_name: str = "") -> Party:
    c = session.get(Contact, contact_id) if contact_id is not None else None
    if c is None:
        return Party(name=fallback_name)
    address: tuple[str, ...] = ()
    if c.addresses:
        a = c.addresses[0]
        city = " ".join(p for p in (a.postcode, a.city) if p)
        address = tuple(p for p in (a.street, city, a.region) if p)
    org = c.organization if c.organization != c.display_name else ""
    return Party(name=c.display_name, position=c.job_title, organization=org, address=address)


def _user_party(session: Session, user_id: int | None, position: str = "", fallback_name: str = "") -> Party:
    u = session.get(User, user_id) if user_id is not None else None
    if u is None:
        return Party(name=fallback_name, position=position)
    dept = session.get(Department, u.department_id) if u.department_id is not None else None
    return Party(
        name=u.full_name or u.username,
        position=position or u.position_title,
        department=dept.name if dept else "",
    )


def _department_party(session: Session, department_id: int | None, fallback_name: str = "") -> Party:
    d = session.get(Department, department_id) if department_id is not None else None
    return Party(name=d.name if d else fallback_name, department=d.name if d else "")


def _recipient_party(session: Session, r: LetterRecipient) -> Party:
    if r.kind == RecipientKind.USER:
        return _user_party(session, r.user_id, fallback_name=r.name)
    if r.kind == RecipientKind.DEPARTMENT:
        return _department_party(session, r.department_id, r.name)
    if r.kind == RecipientKind.CONTACT:
        return _contact_party(session, r.contact_id, r.name)
    return Party(name=r.name)


def _office_party(office_name: str, office_address: tuple[str, ...], dept: Department | None) -> Party:
    return Party(name=office_name, department=dept.name if dept else "", address=office_address)


def blob_bytes(session: Session, sha256: str | None) -> bytes | None:
    """The bytes of a stored blob, verified against their hash (None when there is none)."""
    if not sha256:
        return None
    blob = session.get(Blob, sha256)
    if blob is None:
        return None
    data = bytes(blob.data)
    if hashlib.sha256(data).hexdigest() != sha256:
        log.error("blob %s: stored bytes do not match their sha256", sha256)
        raise AttachmentDamaged(name=sha256[:12])
    return data


def qr_png(text: str) -> bytes:
    import segno

    buf = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buf, kind="png", scale=6, border=2)
    return buf.getvalue()


def choose_language(register: Register, settings: Mapping[str, Any], language: str | None) -> str:
    if language:
        if language not in LANGUAGES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{value} is not a letter template."),
                field="template",
                value=language,
            )
        return language
    template = settings.get("template", "auto")
    if template in LANGUAGES:
        return str(template)
    language_of_custom = (settings.get("custom_template") or {}).get("language")
    if template == "custom" and language_of_custom in LANGUAGES:
        return str(language_of_custom)
    return "fa" if register.calendar == "jalali" else "fr"


def _letter(session: Session, actor: Actor, letter_id: int) -> Letter:
    from sivadesk.ops.letters import get_letter

    get_letter(session, actor, letter_id)  # the classification rules: NotFound when not visible
    letter = session.get(Letter, letter_id)
    if letter is None:  # pragma: no cover - get_letter raised already
        raise NotFound(what="Letter", id=letter_id)
    return letter


def build_context(
    session: Session, actor: Actor, letter_id: int, language: str | None = None
) -> LetterContext:
    """The merge context of one letter, in ``language`` (default: the register's print settings)."""
    from sivadesk.letters.merge import merge_fields
    from sivadesk.ops import letterhead

    letter = _letter(session, actor, letter_id)
    register = session.get(Register, letter.register_id)
    if register is None:  # pragma: no cover - foreign key
        raise NotFound(what="Register", id=letter.register_id)
    settings = print_settings(register)
    lang = choose_language(register, settings, language)
    head = letterhead.load(session)

    rows = list(
        session.scalars(
            select(LetterRecipient)
            .where(LetterRecipient.letter_id == letter.id)
            .order_by(LetterRecipient.position, LetterRecipient.id)
        )
    )
    to = [_recipient_party(session, r) for r in rows if not r.copy]
    copies = [
        CopyLine(p.name, p.position or p.department, LABELS[lang]["copy_purpose"])
        for p in (_recipient_party(session, r) for r in rows if r.copy)
    ]
    correspondent = _contact_party(session, letter.contact_id) if letter.contact_id is not None else None
    dept = session.get(Department, letter.sender_department_id) if letter.sender_department_id else None
    signer = _user_party(session, letter.signer_user_id, letter.signer_title)
    office_party = _office_party(head.office_name, head.address, dept)
    if letter.direction == "inbound":
        sender = correspondent or Party()
        if not to:
            to = [office_party]
    else:
        sender = replace(office_party, name=office_party.name or signer.name)
        if correspondent is not None and not any(p.name == correspondent.name for p in to):
            to.insert(0, correspondent)

    approved = letter.approved_at is not None
    signature = seal = None
    if approved and letter.signer_user_id is not None:
        signature = letterhead.signature_bytes(session, letter.signer_user_id)
        if settings.get("seal", True):
            seal = blob_bytes(session, head.seal_sha256)

    runs = body_runs(_merge_body(session, actor, letter))
    reg_at = letter.registered_at
    date_greg = date_jal = ""
    if reg_at is not None:
        local = _local(reg_at).date()
        date_greg = f"{local.day:02d}/{local.month:02d}/{local.year:04d}"
        y, m, d = to_jalali(local)
        date_jal = f"{y:04d}/{m:02d}/{d:02d}"
    guid = letter_guid(letter)
    qr_text = ""
    qr = None
    if settings.get("qr") and letter.number:
        stamp = _local(reg_at).strftime("%Y-%m-%dT%H:%M:%S") if reg_at else ""
        qr_text = "\n".join((letter.number, stamp, guid))
        qr = qr_png(qr_text)

    count = session.scalar(
        select(func.count())
        .select_from(Attachment)
        .where(Attachment.owner_type == "letter", Attachment.owner_id == letter.id)
    )
    their_date = ""
    if letter.their_date is not None:
        their_date = format_date(
            letter.their_date, "jalali" if lang == "fa" else "gregorian", lang == "fa", lang
        )
    return LetterContext(
        letter_id=letter.id,
        language=lang,
        guid=guid,
        status=letter.status,
        number_latin=letter.number,
        registered_at=reg_at,
        date_gregorian=date_greg,
        date_jalali=date_jal,
        subject=letter.subject,
        body_paragraphs=tuple("".join(r.text for r in p) for p in runs),
        body_runs=runs,
        merge_fields=merge_fields(session, letter),
        urgency=letter.urgency,
        classification=letter.classification,
        sender=sender,
        recipients=tuple(to),
        signer=signer,
        copies=tuple(copies),
        attachment_count=int(count or 0),
        their_number=letter.their_number,
        their_date=their_date,
        office_name=head.office_name,
        office_address=head.address,
        approved=approved,
        logo=blob_bytes(session, head.logo_sha256),
        signature=signature,
        seal=seal,
        qr_text=qr_text,
        qr_png=qr,
    )


# -- rendering -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered letter: its bytes, what they are, and how they were made."""

    data: bytes
    format: str  # docx | pdf
    engine: str  # docxtpl | libreoffice | builtin | archive
    filename: str
    language: str


def suggested_filename(ctx_or_number: LetterContext | str, fmt: str) -> str:
    number = ctx_or_number.number_latin if isinstance(ctx_or_number, LetterContext) else ctx_or_number
    stem = re.sub(r"[^\w.-]+", "-", number, flags=re.UNICODE).strip("-") or "letter"
    return f"{stem}.{fmt}"


def template_bytes(session: Session, register: Register, language: str, template: str | None) -> bytes | None:
    """The register's own .docx when chosen (``template`` ``"custom"``, or by its settings), else None
    (the shipped template of ``language``)."""
    settings = print_settings(register)
    wanted = template or settings.get("template", "auto")
    if wanted != "custom":
        return None
    custom = settings.get("custom_template") or {}
    data = blob_bytes(session, custom.get("sha256"))
    if data is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Upload the register's own .docx template before choosing it."),
            field="template",
        )
    return data


def render_letter(
    session: Session,
    actor: Actor,
    letter_id: int,
    fmt: str,
    *,
    template: str | None = None,
    engine: str | None = None,
    preprinted: bool | None = None,
) -> Rendered:
    """Render a letter to ``fmt`` (``docx`` or ``pdf``).

    ``template``: ``fr``/``fa``/``en``/``custom`` (default: the register's settings). ``engine`` for a
    PDF: ``builtin``, ``libreoffice`` or ``auto`` (LibreOffice when installed). ``preprinted``: only
    the fields, at the register's positions (PDF only). An archived letter's PDF is the frozen one.
    """
    from sivadesk.letters import docx_out, office_convert, pdf_out

    if fmt not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not docx or pdf."), field="format", value=fmt
        )
    letter = _letter(session, actor, letter_id)
    register = session.get(Register, letter.register_id)
    assert register is not None
    settings = print_settings(register)
    if fmt == "pdf" and letter.archive_sha256:
        frozen = blob_bytes(session, letter.archive_sha256)
        if frozen is None:
            raise AttachmentDamaged(name=suggested_filename(letter.number, "pdf"))
        return Rendered(frozen, "pdf", "archive", suggested_filename(letter.number, "pdf"), "")
    language = template if template in LANGUAGES else None
    ctx = build_context(session, actor, letter_id, language)
    name = suggested_filename(ctx, fmt)
    use_preprinted = settings["preprinted"]["enabled"] if preprinted is None else preprinted
    if use_preprinted:
        if fmt != "pdf":
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Pre-printed paper is printed as PDF only."), field="format"
            )
        return Rendered(
            pdf_out.render_preprinted(ctx, settings["preprinted"]["fields"]),
            "pdf",
            "builtin",
            name,
            ctx.language,
        )
    custom = template_bytes(session, register, ctx.language, template)
    chosen = engine or settings.get("engine", "auto")
    if chosen not in ENGINES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a PDF engine."), field="engine", value=chosen
        )
    if fmt == "docx":
        return Rendered(docx_out.render_docx(ctx, custom), "docx", "docxtpl", name, ctx.language)
    if chosen == "libreoffice" or (chosen == "auto" and office_convert.available()):
        pdf = office_convert.docx_to_pdf(docx_out.render_docx(ctx, custom))
        return Rendered(pdf, "pdf", "libreoffice", name, ctx.language)
    return Rendered(pdf_out.render_pdf(ctx), "pdf", "builtin", name, ctx.language)
