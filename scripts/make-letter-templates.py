"""Build the shipped letter templates resources/letters/{fr,fa,en}.docx with python-docx.

    .venv/bin/python scripts/make-letter-templates.py [--out resources/letters]

The templates are ordinary Word documents with docxtpl (Jinja) merge fields, so an office can open
one in Word or LibreOffice, restyle it and upload it as a register's own template. The fields are
those of :meth:`sivadesk.letters.render.LetterContext.as_mapping` plus the images ``logo_image``,
``signature_image``, ``seal_image`` and ``qr_image`` (empty when there is none).

Layout: the letterhead is in the first page's header (a two-column table: logo, office name and
address on one side; number / date / attachments and the QR code on the other), later pages have a
running head (office, number); the classification is at the top and bottom of every page, the page
number in the footer. The Persian template is right to left
(``w:bidi`` paragraphs, ``w:bidiVisual`` tables, the Persian font in the complex-script slot) with
the number/date/attachment block top-left and the signature bottom-left (ISIRI 379 habit).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[1]
LATIN_FONT = "DejaVu Sans"
PERSIAN_FONT = "Noto Naskh Arabic"

WORDS = {
    "fr": {"dear": "{{ labels.greeting }}", "lang": "fr-FR"},
    "fa": {"dear": "{{ labels.greeting }}", "lang": "fa-IR"},
    "en": {"dear": "{{ labels.greeting }}", "lang": "en-GB"},
}


class Builder:
    def __init__(self, language: str) -> None:
        self.language = language
        self.rtl = language == "fa"
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(25), Mm(25)
        section.left_margin = section.right_margin = Mm(20)
        section.header_distance, section.footer_distance = Mm(10), Mm(10)
        if self.rtl:
            section._sectPr.append(OxmlElement("w:bidi"))
        style = self.doc.styles["Normal"]
        style.font.name = LATIN_FONT
        style.font.size = Pt(11)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            rpr.insert(0, fonts)
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia"):
            fonts.set(qn(slot), LATIN_FONT)
        fonts.set(qn("w:cs"), PERSIAN_FONT if self.rtl else LATIN_FONT)
        size_cs = OxmlElement("w:szCs")
        size_cs.set(qn("w:val"), "26" if self.rtl else "22")
        rpr.append(size_cs)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), WORDS[language]["lang"] if not self.rtl else "en-GB")
        if self.rtl:
            lang.set(qn("w:bidi"), "fa-IR")
        rpr.append(lang)
        pf = style.paragraph_format
        pf.space_after = Pt(4)

    # -- paragraphs -----------------------------------------------------------------------------
    def start(self) -> WD_ALIGN_PARAGRAPH:
        """The reading start: right in Persian. In a w:bidi paragraph jc=left *is* the start."""
        return WD_ALIGN_PARAGRAPH.LEFT

    def end(self) -> WD_ALIGN_PARAGRAPH:
        return WD_ALIGN_PARAGRAPH.RIGHT

    def fix(self, p: Paragraph, align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
        if self.rtl:
            ppr = p._p.get_or_add_pPr()
            bidi = OxmlElement("w:bidi")
            # w:bidi comes early in pPr's schema sequence (after keepNext... numPr, before spacing/jc)
            jc = ppr.find(qn("w:jc"))
            spacing = ppr.find(qn("w:spacing"))
            anchor = spacing if spacing is not None else jc
            if anchor is not None:
                anchor.addprevious(bidi)
            else:
                ppr.append(bidi)
            for run in p.runs:
                run.font.rtl = True
        if align is not None:
            p.alignment = align
        return p

    def para(
        self,
        container,
        text: str = "",
        *,
        bold: bool = False,
        size: float | None = None,
        align: WD_ALIGN_PARAGRAPH | None = None,
        first: bool = False,
    ) -> Paragraph:
        p = container.paragraphs[0] if first and container.paragraphs else container.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            if bold and self.rtl:
                run.font.cs_bold = True
            if size:
                run.font.size = Pt(size)
                if self.rtl:
                    szcs = OxmlElement("w:szCs")
                    szcs.set(qn("w:val"), str(int(size * 2)))
                    run._r.get_or_add_rPr().append(szcs)
        self.fix(p, align or self.start())
        return p

    # -- the parts ------------------------------------------------------------------------------
    def header(self) -> None:
        """The letterhead on the first page; a running head (office, number) on the others."""
        section = self.doc.sections[0]
        section.different_first_page_header_footer = True
        running = section.header
        running.is_linked_to_previous = False
        self.para(
            running, "{{ classification_label }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=True
        )
        self.para(running, "{{ office_name }} — {{ number }}", size=8, align=self.end())
        header = section.first_page_header
        header.is_linked_to_previous = False
        self.para(
            header, "{{ classification_label }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=True
        )
        table = header.add_table(rows=1, cols=2, width=Mm(170))
        table.autofit = False
        if self.rtl:
            table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
        org, ref = table.rows[0].cells
        org.width, ref.width = Mm(105), Mm(65)
        self.para(org, "{{ logo_image }}", first=True)
        self.para(org, "{{ office_name }}", bold=True, size=14)
        self.para(org, "{%p for line in office.address %}")
        self.para(org, "{{ line }}", size=9)
        self.para(org, "{%p endfor %}")
        self.para(ref, "{{ labels.number }} {{ number }}", first=True)
        self.para(ref, "{{ labels.date }} {{ date }}")
        self.para(ref, "{{ labels.attachments }} {{ attachments }}")
        self.para(ref, "{{ urgency_label }}", bold=True)
        self.para(ref, "{{ qr_image }}")
        for cell in (org, ref):
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(0)

    def footer(self) -> None:
        section = self.doc.sections[0]
        for footer in (section.footer, section.first_page_footer):
            self._footer(footer)

    def _footer(self, footer) -> None:  # type: ignore[no-untyped-def]
        footer.is_linked_to_previous = False
        p = self.para(
            footer, "{{ classification_label }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=True
        )
        p = footer.add_paragraph()
        self.fix(p, WD_ALIGN_PARAGRAPH.CENTER)
        label = {"fr": ("Page ", " / "), "fa": ("صفحهٔ ", " از "), "en": ("Page ", " of ")}[self.language]
        self._run(p, label[0])
        self._field(p, "PAGE")
        self._run(p, label[1])
        self._field(p, "NUMPAGES")

    def _run(self, p: Paragraph, text: str) -> None:
        run = p.add_run(text)
        run.font.size = Pt(8)
        if self.rtl:
            run.font.rtl = True

    def _field(self, p: Paragraph, code: str) -> None:
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), f" {code} ")
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        for tag in ("w:sz", "w:szCs"):
            size = OxmlElement(tag)
            size.set(qn("w:val"), "16")
            rpr.append(size)
        r.append(rpr)
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        p._p.append(fld)

    def body(self) -> None:
        doc = self.doc
        first = self.para(doc, "{{ draft_label }}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, first=True)
        first.runs[0].font.size = Pt(12)
        # recipient block
        self.para(doc, "{{ labels.to }} {{ recipient.name }}", bold=True)
        self.para(doc, "{%p if recipient.position %}")
        self.para(doc, "{{ recipient.position }}")
        self.para(doc, "{%p endif %}")
        self.para(doc, "{%p if recipient.organization %}")
        self.para(doc, "{{ recipient.organization }}")
        self.para(doc, "{%p endif %}")
        self.para(doc, "{%p for line in recipient.address %}")
        self.para(doc, "{{ line }}")
        self.para(doc, "{%p endfor %}")
        self.para(doc, "{%p if their_number %}")
        self.para(doc, "{{ labels.reference }} {{ their_number }} {{ their_date }}")
        self.para(doc, "{%p endif %}")
        p = self.para(doc, "{{ labels.subject }} {{ subject }}", bold=True)
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(12)
        self.para(doc, WORDS[self.language]["dear"])
        self.para(doc, "{%p for para in body_rich %}")
        p = self.para(doc, "{{r para }}", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        p.paragraph_format.space_after = Pt(6)
        self.para(doc, "{%p endfor %}")
        # signature: at the end side in Persian (visual left), at the end (right) in French, start in English
        sign_align = self.end() if self.language in ("fa", "fr") else self.start()
        p = self.para(doc, "{{ signature_image }}{{ seal_image }}", align=sign_align)
        p.paragraph_format.space_before = Pt(18)
        p.paragraph_format.keep_with_next = True
        p = self.para(doc, "{{ signer.name }}", bold=True, align=sign_align)
        p.paragraph_format.keep_with_next = True
        self.para(doc, "{{ signer.position }}", align=sign_align)
        # copies
        self.para(doc, "{%p if copies %}")
        p = self.para(doc, "{{ labels.copies }}", bold=True)
        p.paragraph_format.space_before = Pt(12)
        self.para(doc, "{%p for c in copies %}")
        p = self.para(doc, "– {{ c.text }}", size=9)
        p.paragraph_format.space_after = Pt(0)
        self.para(doc, "{%p endfor %}")
        self.para(doc, "{%p endif %}")

    def build(self, path: Path) -> None:
        self.header()
        self.footer()
        self.body()
        core = self.doc.core_properties
        core.title = {"fr": "Lettre SivaDesk", "fa": "نامهٔ SivaDesk", "en": "SivaDesk letter"}[self.language]
        core.author = "SivaDesk"
        core.created = core.modified = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)  # reproducible output
        core.revision = 1
        core.comments = "Letter template with docxtpl merge fields; see docs/letters-printing.md"
        self.doc.save(str(path))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "letters")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for language in ("fr", "fa", "en"):
        path = args.out / f"{language}.docx"
        Builder(language).build(path)
        print(path)


if __name__ == "__main__":
    main()
