"""Sample letters for the printing and archive tests: a real register, signer, correspondent,
recipients and copies on the test store, plus small PNG images and text-extraction helpers."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from sivadesk.db import Database
from sivadesk.models import Role
from sivadesk.ops import letterhead, office, registers, users
from sivadesk.ops.contacts import AddressInput, ContactInput, create_contact
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_recipients import RecipientInput, set_recipients
from sivadesk.ops.letter_workflow import approve_letter
from sivadesk.ops.letters import create_draft, register_letter

FA_SUBJECT = "درخواست همکاری در پروژه نوسازی"
FR_SUBJECT = "Demande de coopération — projet de modernisation"
FA_PARAGRAPH = (
    "بدین وسیله به استحضار می‌رساند که جلسه بررسی پروژه ERP 2.1 در تاریخ ۱۴۰۴/۰۱/۱۵ برگزار شد "
    "و مبلغ 1,250,000 ریال برای مرحله نخست تصویب گردید. "
)
FR_PARAGRAPH = (
    "Nous avons l'honneur de vous informer que la réunion du comité de pilotage du projet ERP 2.1 "
    "s'est tenue le 15 avril 2025 ; le budget de 1 250 000 € a été approuvé pour la première phase. "
)
#: Registration day: 2025-04-04 is 1404/01/15 in the Jalali calendar.
WHEN = dt.date(2025, 4, 4)
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A small transparent PNG with a stroke in ``rgb`` (a stand-in for a scanned signature)."""
    im = Image.new("RGBA", (width, height), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    d.line(
        [(10, height - 20), (width // 3, 20), (width // 2, height - 30), (width - 10, 25)],
        fill=(*rgb, 255),
        width=6,
    )
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


@dataclass(frozen=True)
class Sample:
    letter_id: int
    register_id: int
    signer: Actor
    number: str


def make_letter(
    db: Database,
    admin: Actor,
    language: str = "fa",
    *,
    paragraphs: int = 3,
    approve: bool = True,
    register: bool = True,
    qr: bool = False,
    code: str | None = None,
) -> Sample:
    """A registered outgoing letter with a correspondent, a second addressee, two copies and a
    signer who has a signature image; the office has a name, address, logo and seal."""
    fa = language == "fa"
    with db.session() as s:
        office.set_value(s, admin, "office_name", "شرکت سیوا دسک" if fa else "SivaDesk SARL")
        letterhead.set_address(
            s, admin, ["تهران، میدان ونک"] if fa else ["1 place de la République", "75003 Paris"]
        )
        letterhead.set_office_image(s, admin, "logo", png(200, 200, (0, 110, 0)))
        letterhead.set_office_image(s, admin, "seal", png(200, 200, (170, 20, 20)))
        reg = registers.create_register(
            s,
            admin,
            "صادره" if fa else "Départ",
            code or f"OUT{language.upper()}",
            "outbound",
            "{year}/ص/{seq:05}" if fa else "{year}/D/{seq:05}",
            calendar="jalali" if fa else "gregorian",
            print_settings={"template": language, "qr": qr},
        )
        signer_info = users.create_user(
            s,
            admin,
            f"signer{language}",
            "مریم احمدی" if fa else "Marie Martin",
            "signer-password",
            Role.MANAGER,
            position_title="معاون اداری" if fa else "Directrice administrative",
        )
        finance = users.create_user(
            s,
            admin,
            f"finance{language}",
            "واحد مالی" if fa else "Service financier",
            "finance-password",
            Role.AGENT,
        )
        contact = create_contact(
            s,
            admin,
            ContactInput(
                first_name="علی" if fa else "Jean",
                last_name="رضایی" if fa else "Dupont",
                organization="شرکت نمونه" if fa else "Société Exemple",
                job_title="مدیرعامل" if fa else "Directeur général",
                addresses=(
                    AddressInput(
                        street="خیابان آزادی" if fa else "12 rue de la Paix",
                        postcode="75002",
                        city="تهران" if fa else "Paris",
                    ),
                ),
            ),
        )
    signer = Actor(signer_info.id, signer_info.username, Role.MANAGER, signer_info.full_name)
    body = "\n".join((FA_PARAGRAPH if fa else FR_PARAGRAPH) * 3 for _ in range(paragraphs))
    with db.session() as s:
        letterhead.set_signature(
            s, signer, signer.user_id or 0, "signature.png", png(400, 150, (20, 40, 160))
        )
        info = create_draft(
            s,
            admin,
            reg.id,
            FA_SUBJECT if fa else FR_SUBJECT,
            body,
            urgency="urgent",
            contact_id=contact.id,
            signer_user_id=signer.user_id,
        )
        set_recipients(
            s,
            admin,
            info.id,
            [
                RecipientInput("contact", contact.id),
                RecipientInput("user", finance.id, copy=True),
                RecipientInput("user", signer.user_id or 0, copy=True),
            ],
        )
        number = register_letter(s, admin, info.id, WHEN).number if register else ""
    if approve:
        with db.session() as s:
            approve_letter(s, signer, info.id)
    return Sample(info.id, reg.id, signer, number)


def need_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (poppler-utils / LibreOffice)")
    return path


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The PDF's text as pdftotext extracts it, bidi control characters removed."""
    need_tool("pdftotext")
    src = tmp_path / "extract.pdf"
    src.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(src), "-"], capture_output=True, check=True, timeout=60
    )
    return BIDI_CONTROLS.sub("", out.stdout.decode("utf-8"))


def pdf_pages(data: bytes) -> int:
    import pypdfium2

    doc = pypdfium2.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()
