"""Fax pages from documents: PDF pages, images and plain text, as 1728-pixel-wide bilevel pages.

Fax pixels are not square: 204 dots per inch across, 98 (standard) or 196 (fine) lines per inch
down. A4 (210 mm) and US Letter (8.5 in) both fit the 1728-pixel line (215 mm); the page length
follows the paper (A4 fine: 2287 lines, Letter fine: 2151).

Grey levels become black and white by a threshold (text, line art: crisp) or, for photos, by
Floyd–Steinberg dithering (``dither=True``). Text pages are shaped with HarfBuzz through Pillow's
raqm layout, so Persian is joined and right to left.
"""

from __future__ import annotations

import functools
import logging
import shutil
import subprocess
import textwrap
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from io import BytesIO

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from sivadesk.errors import QT_TRANSLATE_NOOP
from sivadesk.fax.t4 import PAGE_WIDTH, Page, Resolution, T4Error

log = logging.getLogger(__name__)

X_DPI = 204


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def inches(self) -> tuple[float, float]:
        return (210 / 25.4, 297 / 25.4) if self is Paper.A4 else (8.5, 11.0)

    def lines(self, resolution: Resolution) -> int:
        """Scan lines of a full page (A4 fine 2287, Letter fine 2151)."""
        return round(self.inches[1] * 25.4 * resolution.lines_per_mm)


class RasterError(T4Error):
    """A document that cannot be turned into fax pages (unreadable file, no pages)."""

    message = QT_TRANSLATE_NOOP("errors", "This document cannot be sent as a fax: {reason}.")


def _bilevel(grey: npt.NDArray[np.uint8], dither: bool) -> Page:
    """Grey (0 black .. 255 white) to black=True pixels."""
    if dither:
        img = Image.fromarray(grey, mode="L").convert("1", dither=Image.Dither.FLOYDSTEINBERG)
        return ~np.asarray(img, dtype=np.bool_)
    return grey < 128


def _fit(grey: npt.NDArray[np.uint8], rows: int | None) -> npt.NDArray[np.uint8]:
    """Centre a grey page on the 1728-pixel line (white padding or an even crop), and pad or cut
    its length to ``rows`` when given."""
    height, width = grey.shape
    out = np.full((height if rows is None else rows, PAGE_WIDTH), 255, dtype=np.uint8)
    src_x = max(0, (width - PAGE_WIDTH) // 2)
    dst_x = max(0, (PAGE_WIDTH - width) // 2)
    w = min(width, PAGE_WIDTH)
    h = min(height, out.shape[0])
    out[:h, dst_x : dst_x + w] = grey[:h, src_x : src_x + w]
    return out


def _to_fax_grid(img: Image.Image, dpi: tuple[float, float], resolution: Resolution) -> npt.NDArray[np.uint8]:
    """Resample a greyscale image of the given dpi to 204 x (98|196) dpi."""
    sx = X_DPI / dpi[0]
    sy = resolution.lines_per_inch / dpi[1]
    size = (max(1, round(img.width * sx)), max(1, round(img.height * sy)))
    if size != img.size:
        img = img.resize(size, Image.Resampling.LANCZOS if sx < 1 or sy < 1 else Image.Resampling.BILINEAR)
    return np.asarray(img.convert("L"), dtype=np.uint8)


def pdf_pages(
    data: bytes,
    resolution: Resolution | str = Resolution.FINE,
    *,
    dither: bool = False,
    pages: Iterable[int] | None = None,
) -> list[Page]:
    """Every page (or the chosen ones, 0-based) of a PDF as fax pages."""
    import pypdfium2 as pdfium  # imported on use: only faxing PDFs needs it

    resolution = Resolution(resolution)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise RasterError(reason=f"not a readable PDF: {exc}") from exc
    try:
        if len(doc) == 0:
            raise RasterError(reason="the PDF has no pages")
        out = []
        for i in pages if pages is not None else range(len(doc)):
            page = doc[i]
            # Render at 204 dpi across and the line resolution down, in one pass.
            bitmap = page.render(
                scale=X_DPI / 72,
                grayscale=True,
                may_draw_forms=True,
            )
            grey = _to_fax_grid(bitmap.to_pil(), (X_DPI, X_DPI), resolution)
            out.append(_bilevel(_fit(grey, None), dither))
            page.close()
        return out
    finally:
        doc.close()


def image_pages(
    data: bytes,
    resolution: Resolution | str = Resolution.FINE,
    *,
    dither: bool = True,
    paper: Paper | str = Paper.A4,
) -> list[Page]:
    """An image file (PNG, JPEG, TIFF — every frame) as fax pages, scaled to fit the page width."""
    resolution, paper = Resolution(resolution), Paper(paper)
    try:
        img = Image.open(BytesIO(data))
        img.load()
    except (UnidentifiedImageError, OSError) as exc:
        raise RasterError(reason=f"not a readable image: {exc}") from exc
    out = []
    for frame in range(getattr(img, "n_frames", 1)):
        img.seek(frame)
        grey = img.convert("L")
        # Fit the page width (keeping the aspect ratio); dpi only matters for the aspect.
        dpi = img.info.get("dpi", (X_DPI, X_DPI))
        aspect = float(dpi[0]) / float(dpi[1] or dpi[0])
        width = PAGE_WIDTH
        height_in = grey.height * aspect * (width / grey.width) / X_DPI
        rows = max(1, round(height_in * resolution.lines_per_inch))
        grey = grey.resize((width, rows), Image.Resampling.LANCZOS)
        page = np.asarray(grey, dtype=np.uint8)
        full = paper.lines(resolution)
        for top in range(0, page.shape[0], full):
            out.append(_bilevel(page[top : top + full], dither))
    return out


@functools.cache
def _font_path() -> str | None:
    """A font with Latin and Arabic-script (Persian) glyphs: DejaVu Sans, else Noto Sans Arabic."""
    fc = shutil.which("fc-match")
    for family in ("DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic"):
        if fc is None:
            break
        try:
            path = subprocess.run(
                [fc, "-f", "%{file}", family], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        if path and family.split()[0].lower() in path.lower():
            return path
    return None


def _rtl(text: str) -> bool:
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return True
        if bidi == "L":
            return False
    return False


def text_pages(
    text: str,
    resolution: Resolution | str = Resolution.FINE,
    *,
    paper: Paper | str = Paper.A4,
    size_pt: float = 11.0,
    margin_mm: float = 20.0,
) -> list[Page]:
    """Plain text set in pages: wrapped to the margins, each paragraph left-to-right or right-to-left
    by its first strong character (Persian right-aligned), shaped by HarfBuzz (joined letters)."""
    resolution, paper = Resolution(resolution), Paper(paper)
    font_path = _font_path()
    if font_path is None:
        raise RasterError(reason="no font for text pages: install fonts-dejavu-core or fonts-noto-core")
    # Lay the text out on a square 204-dpi grid, then squash to the line resolution.
    font = ImageFont.truetype(
        font_path, size=round(size_pt * X_DPI / 72), layout_engine=ImageFont.Layout.RAQM
    )
    height_px = round(paper.inches[1] * X_DPI)
    margin = round(margin_mm / 25.4 * X_DPI)
    usable = PAGE_WIDTH - 2 * margin
    line_h = round(size_pt * 1.45 * X_DPI / 72)
    avg = max(1.0, font.getlength("abcdefghij klmnopqrstuvwxyz") / 27)
    lines: list[tuple[str, bool]] = []
    for paragraph in text.replace("\r\n", "\n").split("\n"):
        rtl = _rtl(paragraph)
        wrapped = textwrap.wrap(paragraph, width=max(10, int(usable / avg))) or [""]
        for line in wrapped:
            while font.getlength(line, direction="rtl" if rtl else "ltr") > usable and " " in line:
                head, _sep, tail = line.rpartition(" ")
                lines.append((head, rtl))
                line = tail
            lines.append((line, rtl))
    per_page = max(1, (height_px - 2 * margin) // line_h)
    pages = []
    for start in range(0, len(lines), per_page) or [0]:
        img = Image.new("L", (PAGE_WIDTH, height_px), 255)
        draw = ImageDraw.Draw(img)
        y = margin
        for line, rtl in lines[start : start + per_page]:
            if rtl:
                w = font.getlength(line, direction="rtl")
                draw.text((PAGE_WIDTH - margin - w, y), line, font=font, fill=0, direction="rtl")
            else:
                draw.text((margin, y), line, font=font, fill=0, direction="ltr")
            y += line_h
        grey = _to_fax_grid(img, (X_DPI, X_DPI), resolution)
        pages.append(_bilevel(grey, False))
    return pages


def document_pages(
    data: bytes, name: str, resolution: Resolution | str = Resolution.FINE, *, dither: bool | None = None
) -> list[Page]:
    """Fax pages from a PDF, an image or a text file, chosen by content (then by file name)."""
    if data.startswith(b"%PDF"):
        return pdf_pages(data, resolution, dither=bool(dither))
    lowered = name.lower()
    if lowered.endswith((".txt", ".text")) or not _looks_binary(data):
        try:
            return text_pages(data.decode("utf-8"), resolution)
        except UnicodeDecodeError as exc:
            if lowered.endswith((".txt", ".text")):
                raise RasterError(reason=f"{name}: the text is not UTF-8") from exc
    return image_pages(data, resolution, dither=True if dither is None else dither)


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:4096]
