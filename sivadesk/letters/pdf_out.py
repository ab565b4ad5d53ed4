"""The built-in PDF renderer: the letter laid out with fpdf2, Persian shaped by HarfBuzz.

Used when LibreOffice is not installed (or chosen in a register's print settings), and always for
pre-printed paper. fpdf2's text shaping (``set_text_shaping``, uharfbuzz) joins Arabic-script letters
and its Unicode bidi algorithm orders each line, so a Persian paragraph is wrapped in logical order
and shown right to left with its digits (and Latin words) in reading order.

Fonts come from the system through fontconfig (``fc-match``/``fc-list``): for Persian the first
installed of :data:`PERSIAN_FAMILIES`, for Latin text :data:`LATIN_FAMILIES`; each is the other's
fallback for glyphs it lacks. ``SIVADESK_LETTER_FONT`` / ``SIVADESK_LETTER_FONT_FA`` name a .ttf
file to use instead. No usable font is a :class:`~sivadesk.errors.FontMissing` naming the package.

Layout (A4, mm): classification at the top and bottom of every page; on the first page the
letterhead (logo, office name and address at the reading start, the number / date / attachments
block and the QR code at the other side: top-left in Persian), then the recipient, subject, body,
the signature block (image and seal once approved; bottom-left in Persian, right in French), the
copies (رونوشت); a running head (office, number) on later pages and "page n of N" on each.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sivadesk.errors import FontMissing
from sivadesk.letters.render import LetterContext, Run

log = logging.getLogger("sivadesk.letters.pdf")

PERSIAN_FAMILIES = ("Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", "Sahel", "Samim", "DejaVu Sans")
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 20.0
BODY_TOP = 58.0  # first page: below the letterhead
RUNNING_TOP = 24.0  # later pages
BOTTOM = 22.0
LINE = 6.2  # body line height (mm) at 11 pt


@dataclass(frozen=True, slots=True)
class FontFile:
    family: str
    regular: str
    bold: str
    italic: str = ""  # "" : the upright face stands in (Arabic script has no italics)
    bold_italic: str = ""


def _fc(args: list[str]) -> str:
    exe = shutil.which(args[0])
    if exe is None:
        return ""
    try:
        return subprocess.run(
            [exe, *args[1:]], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _find_family(families: tuple[str, ...], lang: str) -> FontFile | None:
    """The first of ``families`` installed with glyphs for ``lang`` (fontconfig), as .ttf files."""
    listed = _fc(["fc-list", f":lang={lang}", "family", "file", "style"])
    by_family: dict[str, dict[str, str]] = {}
    for line in listed.splitlines():
        parts = line.split(":")
        if len(parts) < 2:
            continue
        path = parts[0].strip()
        if not path.lower().endswith((".ttf", ".otf")):
            continue
        fams = [f.strip() for f in parts[1].split(",")]
        style = parts[2].split("=", 1)[-1].split(",")[0].strip().lower() if len(parts) > 2 else ""
        for fam in fams:
            slot = by_family.setdefault(fam, {})
            key = {
                "regular": "regular",
                "book": "regular",
                "normal": "regular",
                "bold": "bold",
                "italic": "italic",
                "oblique": "italic",
                "bold italic": "bold_italic",
                "bold oblique": "bold_italic",
            }.get(style)
            if key is not None and key not in slot:
                slot[key] = path
    for fam in families:
        found = by_family.get(fam) or {}
        if "regular" in found:
            return FontFile(
                fam,
                found["regular"],
                found.get("bold", found["regular"]),
                found.get("italic", ""),
                found.get("bold_italic", ""),
            )
    return None


#: Where fonts are when fontconfig's tools are not installed (Windows, a bare container): family ->
#: (regular, bold) file names, looked up in :data:`FONT_DIRS`.
KNOWN_FILES: dict[str, tuple[str, str]] = {
    "Vazirmatn": ("Vazirmatn-Regular.ttf", "Vazirmatn-Bold.ttf"),
    "Noto Naskh Arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "Noto Sans Arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "Noto Sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "Arial": ("arial.ttf", "arialbd.ttf"),
}
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    str(os.path.expanduser("~/.local/share/fonts")),
    "/Library/Fonts",
    os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
)


def _find_file(families: tuple[str, ...]) -> FontFile | None:
    """The first of ``families`` found by file name under :data:`FONT_DIRS`."""
    from pathlib import Path

    for fam in families:
        names = KNOWN_FILES.get(fam)
        if names is None:
            continue
        for folder in FONT_DIRS:
            base = Path(folder)
            if not base.is_dir():
                continue
            regular = next(base.rglob(names[0]), None)
            if regular is not None:
                bold = next(base.rglob(names[1]), None)
                return FontFile(fam, str(regular), str(bold or regular))
    return None


@functools.lru_cache(maxsize=1)
def fonts() -> tuple[FontFile | None, FontFile | None]:
    """(Persian font, Latin font) found on this system; either may be None."""
    fa_env, latin_env = os.environ.get("SIVADESK_LETTER_FONT_FA"), os.environ.get("SIVADESK_LETTER_FONT")
    fa = FontFile("custom-fa", fa_env, fa_env) if fa_env else _find_family(PERSIAN_FAMILIES, "fa")
    latin = FontFile("custom", latin_env, latin_env) if latin_env else _find_family(LATIN_FAMILIES, "fr")
    if fa is None and not fa_env:
        fa = _find_file(PERSIAN_FAMILIES)
    if latin is None and not latin_env:
        latin = _find_file(LATIN_FAMILIES)
    log.info("letter fonts: Persian %s, Latin %s", fa, latin)
    return fa, latin


def _require_fonts(language: str) -> tuple[FontFile, FontFile]:
    fa, latin = fonts()
    if language == "fa" and fa is None:
        raise FontMissing(FontMissing.persian, package="fonts-noto-core")
    if latin is None and fa is None:
        raise FontMissing(package="fonts-dejavu-core")
    main = fa if language == "fa" else latin or fa
    other = latin or fa if language == "fa" else fa or latin
    assert main is not None and other is not None
    return main, other


_MARKERS = ("**", "__", "--", "~~")


def _escape(text: str) -> str:
    """The letter's own text, safe inside fpdf2 markdown (backslashes and markers escaped)."""
    text = text.replace("\\", "\\\\")
    for marker in _MARKERS:
        text = text.replace(marker, "\\" + marker)
    return text


def _style(piece: Run) -> str:
    return ("B" if piece.bold else "") + ("I" if piece.italic else "")


def _markup(piece: Run, bold: bool) -> str:
    """One piece of a word in fpdf2 markdown (``bold``: the whole paragraph is bold already)."""
    text = _escape(piece.text)
    if piece.underline:
        text = f"--{text}--"
    if piece.italic:
        text = f"__{text}__"
    if piece.bold and not bold:
        text = f"**{text}**"
    return text


@functools.lru_cache(maxsize=1)
def _pdf_class() -> Any:
    from fpdf import FPDF

    class LetterPDF(FPDF):
        """Calls ``on_header`` at the top of every page, automatic page breaks included. Markdown
        (used for emphasis) never turns a letter's "[text](url)" into a link."""

        on_header: Any = None
        MARKDOWN_LINK_REGEX = re.compile(r"(?!)")

        def header(self) -> None:
            if self.on_header is not None:
                self.on_header()

    return LetterPDF


def _new_pdf(ctx: LetterContext) -> Any:
    main, other = _require_fonts(ctx.language)
    pdf = _pdf_class()(orientation="P", unit="mm", format="A4")
    pdf.set_compression(True)
    pdf.set_creator("SivaDesk")
    pdf.set_title(ctx.subject or "letter")
    # The same letter renders to the same bytes (no "now" inside): what the print preview showed is
    # byte for byte what archiving stores.
    pdf.set_creation_date(ctx.registered_at or dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    pdf.set_lang("fa-IR" if ctx.rtl else ctx.language)
    pdf.add_font("main", "", main.regular)
    pdf.add_font("main", "B", main.bold)
    if other is not main:  # the fallback for the other script (regular only: one font less to embed)
        pdf.add_font("other", "", other.regular)
        pdf.set_fallback_fonts(["other"], exact_match=False)
    pdf.set_text_shaping(
        use_shaping_engine=True,
        direction="rtl" if ctx.rtl else "ltr",
        script="arab" if ctx.rtl else None,
        language="fas" if ctx.rtl else None,
    )
    pdf.set_margins(MARGIN, RUNNING_TOP, MARGIN)
    pdf.c_margin = 0  # text starts exactly at the margins (line widths are measured without padding)
    pdf.set_auto_page_break(True, BOTTOM)
    return pdf


class _Writer:
    """Draws one letter; ``start``/``end`` are the reading start and end sides."""

    def __init__(self, ctx: LetterContext, preprinted: bool = False) -> None:
        self.ctx = ctx
        self.pdf = _new_pdf(ctx)
        if not preprinted:
            self.pdf.on_header = self.header
        self._widths: dict[tuple[str, float, str], float] = {}
        self._column = PAGE_W - 2 * MARGIN
        self._bold = False
        self._styles = {"", "B"}
        self.main = _require_fonts(ctx.language)[0]
        self.start = "R" if ctx.rtl else "L"
        self.end = "L" if ctx.rtl else "R"
        self.width = PAGE_W - 2 * MARGIN

    # -- primitives -----------------------------------------------------------------------------
    def font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font("main", "B" if bold else "", size)

    def ensure_style(self, style: str) -> None:
        """Register the italic faces the first time a letter uses them (each registered face is
        embedded, so the common letter without italics does not pay for them)."""
        if "I" not in style or style in self._styles:
            return
        face = (
            self.main.bold_italic or self.main.bold if "B" in style else self.main.italic or self.main.regular
        )
        self.pdf.add_font("main", style, face)
        self._styles.add(style)

    def width_of(self, word: str, style: str = "") -> float:
        """The shaped width of ``word`` at the current size in ``style`` ("", "B", "I", "BI"),
        cached: letters repeat their words."""
        pdf = self.pdf
        key = (style, pdf.font_size_pt, word)
        width = self._widths.get(key)
        if width is None:
            current = pdf.font_style
            self.ensure_style(style)
            if style != current:
                pdf.set_font("main", style, pdf.font_size_pt)
            width = self._widths[key] = float(pdf.get_string_width(word))
            if style != current:
                pdf.set_font("main", current, pdf.font_size_pt)
        return width

    def words(self, runs: Sequence[Run], bold: bool) -> list[tuple[str, float]]:
        """Each word as (fpdf2 markdown, width): emphasis becomes markers around its pieces, the
        text itself is escaped so that no "**", "__", "--" or "~~" of the letter is read as one."""
        pieces: list[list[Run]] = [[]]
        for r in runs:
            for i, part in enumerate(r.text.split(" ")):
                if i:
                    pieces.append([])
                if part:
                    pieces[-1].append(replace(r, text=part, bold=r.bold or bold))
        out: list[tuple[str, float]] = []
        for word in (w for w in pieces if w):
            if len(word) == 1 and not (word[0].italic or word[0].underline):
                out.extend(self._cut(word[0], bold))
                continue
            markup = "".join(_markup(piece, bold) for piece in word)
            out.append((markup, sum(self.width_of(piece.text, _style(piece)) for piece in word)))
        return out

    def _cut(self, piece: Run, bold: bool) -> list[tuple[str, float]]:
        """A plain word; one longer than the column is cut into pieces that fit."""
        style = _style(piece)
        text, width = piece.text, self.width_of(piece.text, style)
        out: list[tuple[str, float]] = []
        while width > self._column and len(text) > 1:
            cut = len(text) - 1
            while cut > 1 and self.width_of(text[:cut], style) > self._column:
                cut -= 1
            out.append((_markup(replace(piece, text=text[:cut]), bold), self.width_of(text[:cut], style)))
            text = text[cut:]
            width = self.width_of(text, style)
        out.append((_markup(replace(piece, text=text), bold), width))
        return out

    def wrap(self, words: list[tuple[str, float]], width: float) -> list[list[str]]:
        """Greedy line breaking in logical order, one shaping per distinct word (fpdf2's own
        multi_cell re-shapes the line for every character added, which costs seconds per page)."""
        lines: list[list[str]] = []
        line: list[str] = []
        used = 0.0
        space = self.width_of(" ")
        for markup, ww in words:
            if line and used + space + ww > width:
                lines.append(line)
                line, used = [], 0.0
            used = used + space + ww if line else ww
            line.append(markup)
        if line:
            lines.append(line)
        return lines

    def text(
        self,
        text: str | Sequence[Run],
        size: float = 11,
        *,
        bold: bool = False,
        align: str | None = None,
        x: float | None = None,
        w: float | None = None,
        h: float | None = None,
    ) -> None:
        """A paragraph (plain text, or runs with emphasis) wrapped in ``w`` mm from ``x`` (default:
        the text column); ``align`` L, R, C or J (justified, the last line at the start)."""
        runs = (Run(text),) if isinstance(text, str) else tuple(text)
        if not any(r.text.strip() for r in runs):
            return
        pdf = self.pdf
        self._bold = bold
        self.font(size, bold)
        x0 = MARGIN if x is None else x
        width = self.width if w is None else w
        line_h = size * 0.56 if h is None else h
        align = align or self.start
        self._column = width
        lines = self.wrap(self.words(runs, bold), width)
        for i, words in enumerate(lines):
            if pdf.will_page_break(line_h):
                pdf.add_page()
                self.font(size, bold)
            y = pdf.get_y()
            last = i == len(lines) - 1
            pdf.set_xy(x0, y)
            line = " ".join(words)
            if align == "J" and not last and len(words) > 1:
                self.justified(line, width, line_h)
            else:
                pdf.cell(width, line_h, line, align=self.start if align == "J" else align, markdown=True)
            self.font(size, bold)  # markdown leaves its last emphasis set
            pdf.set_xy(x0, y + line_h)
        pdf.set_x(pdf.l_margin)

    def justified(self, line: str, width: float, line_h: float) -> None:
        """One line (fpdf2 markdown) stretched to ``width``: fpdf2's own justified line (as
        multi_cell draws it, bidi runs and shaping included), without its per-character line
        breaking."""
        from fpdf.enums import Align, XPos, YPos
        from fpdf.line_break import TextLine

        pdf = self.pdf
        try:
            frags = pdf._preload_bidirectional_text(pdf.normalize_text(line), True)
            text_line = TextLine(
                frags,
                text_width=0,
                number_of_spaces=sum(f.characters.count(" ") for f in frags),
                align=Align.J,
                height=line_h,
                max_width=width,
                trailing_nl=False,
            )
            pdf._render_styled_text_line(text_line, line_h, 0, new_x=XPos.RIGHT, new_y=YPos.TOP)
        except (AttributeError, TypeError):  # pragma: no cover - another fpdf2: not justified
            pdf.cell(width, line_h, line, align=self.start, markdown=True)

    def image(self, data: bytes | None, x: float, y: float, w: float) -> float:
        """Draw an image ``w`` mm wide; its height (0 when there is none)."""
        if not data:
            return 0.0
        info = self.pdf.image(io.BytesIO(data), x=x, y=y, w=w)
        return float(info.rendered_height)

    # -- the parts ------------------------------------------------------------------------------
    def header(self) -> None:
        """Top of every page: the classification; on later pages a running head."""
        self.marking(top=True)
        if self.pdf.page > 1:
            self.pdf.set_y(12)
            running = "  —  ".join(p for p in (self.ctx.office_name, self.ctx.number) if p)
            self.text(running, 8, align=self.end)
        self.pdf.set_y(RUNNING_TOP)

    def marking(self, top: bool) -> None:
        label = self.ctx.classification_label
        if not label:
            return
        y = self.pdf.get_y()
        self.pdf.set_y(6 if top else PAGE_H - 16)
        self.text(label, 10, bold=True, align="C")
        self.pdf.set_y(y)

    def letterhead(self) -> None:
        c, pdf = self.ctx, self.pdf
        block_w, org_w = 56.0, self.width - 62.0
        org_x = PAGE_W - MARGIN - org_w if c.rtl else MARGIN
        block_x = MARGIN if c.rtl else PAGE_W - MARGIN - block_w
        top = 14.0
        logo_h = 0.0
        if c.logo:
            logo_w = 24.0
            logo_x = PAGE_W - MARGIN - logo_w if c.rtl else MARGIN
            logo_h = self.image(c.logo, logo_x, top, logo_w)
        pdf.set_y(top + (logo_h + 2 if logo_h else 0))
        self.text(c.office_name, 14, bold=True, x=org_x, w=org_w)
        for line in c.office_address:
            self.text(line, 8.5, x=org_x, w=org_w)
        org_bottom = pdf.get_y()
        pdf.set_y(top)
        for key, value in (("number", c.number), ("date", c.date), ("attachments", c.attachments_text)):
            self.text(f"{c.labels[key]} {value}", 10, x=block_x, w=block_w)
        if c.urgency_label:
            self.text(c.urgency_label, 11, bold=True, x=block_x, w=block_w)
        block_bottom = pdf.get_y()
        if c.qr_png:
            qr_w = 20.0
            qr_x = block_x if c.rtl else block_x + block_w - qr_w
            block_bottom += self.image(c.qr_png, qr_x, block_bottom + 1, qr_w) + 1
        pdf.set_y(max(BODY_TOP, block_bottom + 6, org_bottom + 6))
        pdf.set_draw_color(150, 150, 150)
        pdf.line(MARGIN, pdf.get_y() - 3, PAGE_W - MARGIN, pdf.get_y() - 3)

    def addressee(self) -> None:
        c = self.ctx
        if c.is_draft:
            self.text(c.labels["draft"], 12, bold=True, align="C")
            self.pdf.ln(2)
        r = c.recipient
        if r.name:
            self.text(f"{c.labels['to']} {r.name}", 11, bold=True)
        for line in (r.position, r.organization, *r.address):
            self.text(line, 10.5)
        if c.their_number:
            self.text(f"{c.labels['reference']} {c.their_number} {c.their_date}".strip(), 10)
        self.pdf.ln(4)
        self.text(f"{c.labels['subject']} {c.subject}", 11.5, bold=True)
        self.pdf.ln(4)

    def body(self) -> None:
        c = self.ctx
        self.text(c.labels["greeting"], 11, h=LINE)
        self.pdf.ln(1)
        for runs in _body(c):
            self.text(runs, 11, align="J", h=LINE)
            self.pdf.ln(1.5)

    def signature(self) -> None:
        c, pdf = self.ctx, self.pdf
        img_h = 0.0
        need = 32.0 if (c.signature or c.seal) else 16.0
        if pdf.get_y() + need > PAGE_H - BOTTOM:
            pdf.add_page()
        pdf.ln(6)
        box_w = 70.0
        # the signature's side: the visual left in Persian and English, the right in French
        box_x = PAGE_W - MARGIN - box_w if c.language == "fr" else MARGIN
        y = pdf.get_y()
        if c.signature:
            img_h = self.image(c.signature, box_x + (box_w - 40) / 2, y, 40)
        if c.seal:
            seal_x = box_x + box_w - 24 if c.rtl else box_x + box_w - 28
            img_h = max(img_h, self.image(c.seal, seal_x, y, 26))
        pdf.set_y(y + img_h + (2 if img_h else 0))
        self.text(c.signer.name, 11, bold=True, align="C", x=box_x, w=box_w)
        self.text(c.signer.position, 10, align="C", x=box_x, w=box_w)

    def copies(self) -> None:
        c = self.ctx
        if not c.copies:
            return
        self.pdf.ln(5)
        self.text(c.labels["copies"], 10, bold=True)
        for line in c.copies:
            self.text(f"– {line.text}", 9.5)

    def footers(self) -> None:
        """Classification and "page n of N" on every page, once N is known."""
        pdf = self.pdf
        total = pdf.page
        auto = pdf.auto_page_break
        pdf.set_auto_page_break(False)
        for n in range(1, total + 1):
            pdf.page = n
            self.marking(top=False)
            pdf.set_y(PAGE_H - 11)
            label = self.ctx.labels["page"].format(
                page=self.ctx.digits(str(n)), pages=self.ctx.digits(str(total))
            )
            self.text(label, 8, align="C")
        pdf.page = total
        pdf.set_auto_page_break(auto, BOTTOM)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def _body(ctx: LetterContext) -> tuple[tuple[Run, ...], ...]:
    """The body's paragraphs with their emphasis (plain paragraphs when the context has no runs)."""
    return ctx.body_runs or tuple((Run(p),) for p in ctx.body_paragraphs)


def render_pdf(ctx: LetterContext) -> bytes:
    """The whole letter on letterhead, as PDF bytes."""
    w = _Writer(ctx)
    w.pdf.add_page()
    w.letterhead()
    w.addressee()
    w.body()
    w.signature()
    w.copies()
    w.footers()
    return w.output()


def preprinted_values(ctx: LetterContext) -> dict[str, str]:
    """The text of each pre-printed field."""
    r = ctx.recipient
    return {
        "number": ctx.number,
        "date": ctx.date,
        "attachments": ctx.attachments_text,
        "recipient": "\n".join(p for p in (r.name, r.position, r.organization, *r.address) if p),
        "subject": ctx.subject,
        "body": "\n".join(ctx.body_paragraphs),
        "signer": "\n".join(p for p in (ctx.signer.name, ctx.signer.position) if p),
        "copies": "\n".join(c.text for c in ctx.copies),
    }


def render_preprinted(ctx: LetterContext, positions: Mapping[str, Mapping[str, Any]]) -> bytes:
    """Only the fields, each in a box at its position (mm from the top-left corner), for paper that
    already carries the letterhead: no letterhead, labels, lines or page furniture. The body flows
    on to further pages at the same horizontal position when it is long."""
    w = _Writer(ctx, preprinted=True)
    pdf = w.pdf
    pdf.add_page()
    values = preprinted_values(ctx)
    body_pos = None
    for name, pos in positions.items():
        if not pos.get("on", True) or not values.get(name):
            continue
        if name == "body":
            body_pos = pos
            continue
        pdf.set_auto_page_break(False)
        pdf.set_y(float(pos["y"]))
        for line in values[name].split("\n"):
            w.text(line, 11, x=float(pos["x"]), w=float(pos["w"]))
        pdf.set_auto_page_break(True, BOTTOM)
    if body_pos is not None:
        x, width = float(body_pos["x"]), float(body_pos["w"])
        pdf.set_left_margin(x)
        pdf.set_right_margin(max(0.0, PAGE_W - x - width))
        pdf.set_y(float(body_pos["y"]))
        for runs in _body(ctx):
            w.text(runs, 11, align="J", x=x, w=width, h=LINE)
            pdf.ln(1.5)
    return w.output()
