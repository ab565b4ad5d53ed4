"""Fax cover pages: to, from, subject, number of pages, date and a note, in French, Persian or
English (Persian right to left, shaped, with Persian digits and the Jalali date)."""

from __future__ import annotations

import datetime as dt
import textwrap

from PIL import Image, ImageDraw, ImageFont

from sivadesk.calendars import format_date
from sivadesk.fax.raster import X_DPI, Paper, RasterError, _bilevel, _font_path, _to_fax_grid
from sivadesk.fax.t4 import PAGE_WIDTH, Page, Resolution
from sivadesk.textnorm import to_persian_digits

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "TÉLÉCOPIE",
        "to": "Destinataire",
        "fax": "Fax",
        "from": "Expéditeur",
        "subject": "Objet",
        "pages": "Pages (celle-ci comprise)",
        "date": "Date",
        "note": "Message",
    },
    "fa": {
        "title": "نمابر",
        "to": "گیرنده",
        "fax": "شمارهٔ نمابر",
        "from": "فرستنده",
        "subject": "موضوع",
        "pages": "تعداد صفحات (با همین صفحه)",
        "date": "تاریخ",
        "note": "پیام",
    },
    "en": {
        "title": "FAX",
        "to": "To",
        "fax": "Fax",
        "from": "From",
        "subject": "Subject",
        "pages": "Pages (including this one)",
        "date": "Date",
        "note": "Message",
    },
}


def cover_page(
    fields: dict[str, object],
    pages: int,
    resolution: Resolution | str = Resolution.FINE,
    *,
    language: str = "fr",
    when: dt.date | None = None,
) -> Page:
    """The cover page. ``fields``: to, fax, from, subject, note (any may be missing)."""
    resolution = Resolution(resolution)
    labels = LABELS.get(language, LABELS["en"])
    rtl = language == "fa"
    font_path = _font_path()
    if font_path is None:
        raise RasterError(reason="no font for the cover page: install fonts-dejavu-core or fonts-noto-core")
    size = round(12 * X_DPI / 72)
    font = ImageFont.truetype(font_path, size=size, layout_engine=ImageFont.Layout.RAQM)
    big = ImageFont.truetype(font_path, size=round(30 * X_DPI / 72), layout_engine=ImageFont.Layout.RAQM)
    height = round(Paper.A4.inches[1] * X_DPI)
    img = Image.new("L", (PAGE_WIDTH, height), 255)
    draw = ImageDraw.Draw(img)
    margin = round(20 / 25.4 * X_DPI)
    direction = "rtl" if rtl else "ltr"

    def put(x_from_start: int, y: int, text: str, f: ImageFont.FreeTypeFont = font) -> None:
        if not text:
            return
        if rtl:
            w = f.getlength(text, direction="rtl")
            draw.text((PAGE_WIDTH - margin - x_from_start - w, y), text, font=f, fill=0, direction="rtl")
        else:
            draw.text((margin + x_from_start, y), text, font=f, fill=0, direction="ltr")

    y = margin
    put(0, y, labels["title"], big)
    y += round(50 * X_DPI / 72)
    draw.rectangle((margin, y, PAGE_WIDTH - margin, y + 6), fill=0)
    y += 40
    count = str(pages)
    values = [
        ("to", str(fields.get("to", ""))),
        ("fax", str(fields.get("fax", ""))),
        ("from", str(fields.get("from", ""))),
        ("subject", str(fields.get("subject", ""))),
        ("pages", to_persian_digits(count) if rtl else count),
        (
            "date",
            format_date(
                when or dt.date.today(),
                "jalali" if rtl else "gregorian",
                persian_digits=rtl,
                language=language,
            ),
        ),
    ]
    label_w = max(int(font.getlength(labels[k] + " :", direction=direction)) for k, _v in values) + 30
    line_h = round(12 * 1.9 * X_DPI / 72)
    for key, value in values:
        put(0, y, labels[key] + (":" if rtl else " :"))
        if key == "fax" and rtl and value:
            # A phone number reads left to right even in a Persian line: isolate it (LRI … PDI),
            # or the bidi algorithm reverses its digit groups.
            value = "\u2066" + to_persian_digits(value) + "\u2069"
        put(label_w, y, value)
        y += line_h
    y += line_h // 2
    draw.rectangle((margin, y, PAGE_WIDTH - margin, y + 3), fill=0)
    y += line_h
    note = str(fields.get("note", "")).strip()
    if note:
        put(0, y, labels["note"] + (":" if rtl else " :"))
        y += line_h
        width_chars = max(20, int((PAGE_WIDTH - 2 * margin) / max(1.0, font.getlength("abcdefghij") / 10)))
        for paragraph in note.splitlines():
            for line in textwrap.wrap(paragraph, width_chars) or [""]:
                if y > height - margin - line_h:
                    break
                put(0, y, line)
                y += round(12 * 1.45 * X_DPI / 72)
    return _bilevel(_to_fax_grid(img, (X_DPI, X_DPI), resolution), False)
