"""T.4 coding of a fine A4 letter page against libtiff (through Pillow), in the same run.

Goals (issue 5): MH encoding <= 3 x libtiff's time on the same page; every row bit-exact against
libtiff's MH and MR streams; MR bytes <= libtiff's MR + 2 %; the whole path (PDF page -> raster ->
MR) <= 1 % of the page's line time at 14,400 bit/s.

    python bench/t4.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from common import emit, log
from fpdf import FPDF
from PIL import Image, ImageChops, TiffImagePlugin

from sivadesk.fax.raster import pdf_pages
from sivadesk.fax.t4 import Resolution, encode_page

BIT_RATE = 14_400


def letter_pdf() -> bytes:
    """A one-page business letter: letterhead, address block, 35 lines of text, a small table."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 18)
    pdf.cell(0, 12, "ATELIER DUPONT & FILS - Menuiserie", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=9)
    pdf.cell(0, 5, "12 rue des Lilas, 69003 Lyon - Tel. 04 78 12 34 56", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(15)
    pdf.set_font("helvetica", size=11)
    for line in ("Madame Claire Martin", "Societe Martin SARL", "4 place Bellecour", "69002 Lyon"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(10)
    pdf.cell(0, 6, "Objet : devis n. 2026-0042 - reference ARR-2026-00017", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    body = (
        "Madame, suite a notre visite du 3 mars, nous vous adressons notre proposition pour la fabrication "
        "et la pose de trois fenetres en chene, double vitrage, ainsi que la reprise des appuis. "
    )
    pdf.multi_cell(0, 6, body * 6)
    pdf.ln(4)
    for row in (
        ("Designation", "Qte", "Prix HT"),
        ("Fenetre chene 120x90", "3", "2 340,00"),
        ("Pose", "1", "480,00"),
    ):
        for i, cell in enumerate(row):
            pdf.cell((110, 25, 40)[i], 8, cell, border=1)
        pdf.ln()
    pdf.ln(8)
    pdf.multi_cell(
        0, 6, "Veuillez agreer, Madame, l'expression de nos salutations distinguees.\n\nJean Dupont, gerant"
    )
    return bytes(pdf.output())


def libtiff(page: np.ndarray, mr: bool) -> tuple[bytes, float]:
    """libtiff's group3 strip for the page, and the time to make it (inversion included)."""
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[292] = 1 if mr else 0
    ifd[266] = 2
    img = Image.fromarray(~page).convert("1")
    t = time.perf_counter()
    buf = io.BytesIO()
    ImageChops.invert(img).save(
        buf, "TIFF", compression="group3", dpi=(204, 196), tiffinfo=ifd, strip_size=1 << 30
    )
    elapsed = time.perf_counter() - t
    tif = Image.open(io.BytesIO(buf.getvalue()))
    data = buf.getvalue()
    strip = b"".join(data[o : o + n] for o, n in zip(tif.tag_v2[273], tif.tag_v2[279], strict=True))
    return strip, elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=15)
    args = ap.parse_args()
    pdf = letter_pdf()
    page = pdf_pages(pdf, Resolution.FINE)[0]
    rows = page.shape[0]
    log(f"page: {rows} x {page.shape[1]}, {int(page.sum())} black pixels")

    ours_mh, lt_mh, ours_mr, lt_mr, path = [], [], [], [], []
    for _ in range(args.repeat):
        t = time.perf_counter()
        mh = encode_page(page, coding="mh", resolution="fine", rtc=False)
        ours_mh.append(time.perf_counter() - t)
        ref_mh, el = libtiff(page, mr=False)
        lt_mh.append(el)
        t = time.perf_counter()
        mr = encode_page(page, coding="mr", resolution="fine", rtc=False)
        ours_mr.append(time.perf_counter() - t)
        ref_mr, el = libtiff(page, mr=True)
        lt_mr.append(el)
        t = time.perf_counter()
        full = encode_page(pdf_pages(pdf, Resolution.FINE)[0], coding="mr", resolution="fine")
        path.append(time.perf_counter() - t)
    med = statistics.median
    line_time_s = len(full) * 8 / BIT_RATE
    result = {
        "benchmark": "t4",
        "page": {"rows": rows, "width": int(page.shape[1]), "resolution": "fine", "paper": "A4 letter (PDF)"},
        "mh": {
            "ours_ms": round(med(ours_mh) * 1000, 2),
            "libtiff_ms": round(med(lt_mh) * 1000, 2),
            "ratio": round(med(ours_mh) / med(lt_mh), 2),
            "goal_ratio": 3.0,
            "bytes": len(mh),
            "libtiff_bytes": len(ref_mh),
            "bit_exact": mh == ref_mh,
        },
        "mr": {
            "ours_ms": round(med(ours_mr) * 1000, 2),
            "libtiff_ms": round(med(lt_mr) * 1000, 2),
            "bytes": len(mr),
            "libtiff_bytes": len(ref_mr),
            "bytes_vs_libtiff_pct": round((len(mr) / len(ref_mr) - 1) * 100, 2),
            "goal_pct": 2.0,
            "bit_exact": mr == ref_mr,
        },
        "pdf_to_mr": {
            "ms": round(med(path) * 1000, 1),
            "line_time_s_at_14400": round(line_time_s, 2),
            "pct_of_line_time": round(med(path) / line_time_s * 100, 3),
            "goal_pct": 1.0,
        },
        "repeat": args.repeat,
    }
    result["goals_met"] = bool(
        result["mh"]["ratio"] <= 3.0  # type: ignore[index]
        and mh == ref_mh
        and mr == ref_mr
        and len(mr) <= len(ref_mr) * 1.02
        and result["pdf_to_mr"]["pct_of_line_time"] <= 1.0  # type: ignore[index]
    )
    emit(result)


if __name__ == "__main__":
    main()
