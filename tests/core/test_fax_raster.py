"""Fax pages from PDF, images and text: size, placement, polarity, dithering, bad files."""

from __future__ import annotations

import io

import numpy as np
import pytest
from fpdf import FPDF
from PIL import Image

from sivadesk.fax.raster import Paper, RasterError, document_pages, image_pages, pdf_pages, text_pages
from sivadesk.fax.t4 import PAGE_WIDTH, Resolution


def _pdf(pages: int = 2) -> bytes:
    pdf = FPDF(format="A4")
    for n in range(pages):
        pdf.add_page()
        pdf.set_fill_color(0, 0, 0)
        pdf.rect(20, 30 + 10 * n, 50, 20, style="F")  # a black box 20 mm from the left, 30 mm down
    return bytes(pdf.output())


@pytest.mark.parametrize(("resolution", "rows"), [(Resolution.FINE, 2287), (Resolution.STANDARD, 1143)])
def test_pdf_pages_have_fax_geometry_and_boxes_where_drawn(resolution: Resolution, rows: int) -> None:
    pages = pdf_pages(_pdf(), resolution)
    assert len(pages) == 2
    page = pages[0]
    assert page.shape[1] == PAGE_WIDTH and abs(page.shape[0] - rows) <= 2
    ys, xs = np.nonzero(page)
    # A4 is 210 mm wide on a 215 mm line: the page is centred, 2.5 mm of white each side.
    assert abs(xs.min() - round((20 + 2.5) / 25.4 * 204)) <= 3
    assert abs(ys.min() - round(30 * resolution.lines_per_mm)) <= 3
    assert abs(int(np.nonzero(pages[1])[0].min()) - round(40 * resolution.lines_per_mm)) <= 3


def test_images_are_scaled_to_the_line_and_dithered_on_request() -> None:
    gradient = np.tile(np.linspace(0, 255, 800, dtype=np.uint8), (600, 1))
    buf = io.BytesIO()
    Image.fromarray(gradient, mode="L").save(buf, "PNG")
    dithered = image_pages(buf.getvalue(), Resolution.FINE, dither=True)[0]
    threshold = image_pages(buf.getvalue(), Resolution.FINE, dither=False)[0]
    assert dithered.shape[1] == PAGE_WIDTH == threshold.shape[1]
    # 800 x 600 at the 1728 width: 1728 / 204 in wide, 0.75 of that tall, at 196 lpi.
    assert abs(dithered.shape[0] - round(1728 / 204 * 0.75 * Resolution.FINE.lines_per_inch)) <= 2
    assert 0.4 < dithered.mean() < 0.6 and 0.4 < threshold.mean() < 0.6
    middle = slice(PAGE_WIDTH // 2 - 100, PAGE_WIDTH // 2 + 100)
    assert 0.3 < dithered[:, middle].mean() < 0.7  # mixed dots in mid-grey
    assert threshold[:, :700].all() and not threshold[:, -700:].any()  # pure halves without dithering


def test_text_pages_align_each_paragraph_by_its_script() -> None:
    page = text_pages("Bonjour Madame\nبا سلام و احترام", Resolution.FINE)[0]
    assert page.shape == (Paper.A4.lines(Resolution.FINE), PAGE_WIDTH)
    rows = np.flatnonzero(page.any(axis=1))
    gaps = np.flatnonzero(np.diff(rows) > 5)
    first, second = page[rows[0] : rows[gaps[0]] + 1], page[rows[gaps[0] + 1] :]
    margin = round(20 / 25.4 * 204)
    assert abs(int(np.nonzero(first)[1].min()) - margin) <= 6  # French starts at the left margin
    assert abs(int(np.nonzero(second)[1].max()) - (PAGE_WIDTH - margin)) <= 6  # Persian ends at the right one


def test_long_text_flows_onto_more_pages() -> None:
    pages = text_pages("\n".join(f"ligne {i}" for i in range(100)), Resolution.STANDARD)
    assert len(pages) == 3 and all(p.shape == (1143, PAGE_WIDTH) for p in pages)


def test_document_pages_chooses_by_content_and_refuses_junk() -> None:
    assert len(document_pages(_pdf(1), "x.bin")) == 1
    assert document_pages(b"texte simple", "note")[0].any()
    with pytest.raises(RasterError):
        document_pages(b"\x00\x01\x02 not an image", "scan.png")
    with pytest.raises(RasterError):
        pdf_pages(b"%PDF-1.4 broken")
