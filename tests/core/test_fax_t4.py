"""T.4 codec: checked against libtiff (through Pillow) in both directions, and fax2tiff when present."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, TiffImagePlugin

from sivadesk.fax.t4 import PAGE_WIDTH, T4Error, decode_page, encode_page

CASES = [
    (coding, res, align, order)
    for coding in ("mh", "mr")
    for res in ("standard", "fine")
    for align in (False, True)
    for order in ("lsb", "msb")
]


def _page(rows: int = 300, seed: int = 1) -> np.ndarray:
    """Text-like strokes, a grey photo patch, full-width black lines and lines starting black."""
    rng = np.random.default_rng(seed)
    page = np.zeros((rows, PAGE_WIDTH), dtype=bool)
    for y in range(0, rows, 5):
        for x in rng.integers(0, PAGE_WIDTH - 40, size=int(rng.integers(0, 30))):
            page[y : y + 3, x : x + int(rng.integers(1, 40))] = True
    page[rows // 3 : rows // 3 + 40, 200:1200] = rng.random((40, 1000)) < 0.4
    page[10] = True
    page[11, :5] = True
    page[12, -1] = True
    return page


def _tiff(raw: bytes, rows: int, *, mr: bool, aligned: bool, order: str) -> bytes:
    """A minimal one-strip TIFF around raw T.4 data (PhotometricInterpretation 0: 0 = white)."""
    tags = [
        (256, 3, PAGE_WIDTH), (257, 3, rows), (258, 3, 1), (259, 3, 3), (262, 3, 0),
        (266, 3, 2 if order == "lsb" else 1), (273, 4, 0), (277, 3, 1), (278, 4, rows),
        (279, 4, len(raw)), (292, 4, (1 if mr else 0) | (4 if aligned else 0)),
    ]  # fmt: skip
    ifd_size = 2 + 12 * len(tags) + 4
    data_offset = 8 + ifd_size
    out = bytearray(b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", len(tags)))
    for tag, typ, value in tags:
        value = data_offset if tag == 273 else value
        packed = struct.pack("<HI", value, 0)[:4] if typ == 3 else struct.pack("<I", value)
        out += struct.pack("<HHI", tag, typ, 1) + packed
    out += struct.pack("<I", 0) + raw
    return bytes(out)


def _libtiff_decode(raw: bytes, rows: int, **kw: object) -> np.ndarray:
    image = Image.open(io.BytesIO(_tiff(raw, rows, **kw)))  # type: ignore[arg-type]
    image.load()
    return ~np.array(image.convert("1"), dtype=bool)  # WhiteIsZero: Pillow gives 1 for white


def _libtiff_encode(page: np.ndarray, *, mr: bool, fine: bool, order: str) -> bytes:
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[292] = 1 if mr else 0
    ifd[266] = 2 if order == "lsb" else 1
    img = ImageChops.invert(Image.fromarray(~page).convert("1"))  # Pillow writes 1 = black here
    buf = io.BytesIO()
    img.save(
        buf, "TIFF", compression="group3", dpi=(204, 196 if fine else 98), tiffinfo=ifd, strip_size=1 << 30
    )
    tif = Image.open(io.BytesIO(buf.getvalue()))
    data = buf.getvalue()
    return b"".join(data[o : o + n] for o, n in zip(tif.tag_v2[273], tif.tag_v2[279], strict=True))


def test_blank_line_polarity_is_white_makeup_1728_then_white_0() -> None:
    data = encode_page(np.zeros((1, PAGE_WIDTH), dtype=bool), rtc=False, order="msb")
    bits = "".join(f"{b:08b}" for b in data)
    assert bits.startswith("000000000001" + "010011011" + "00110101")


@pytest.mark.parametrize(("coding", "res", "align", "order"), CASES)
def test_our_encoding_decodes_exactly_with_libtiff(coding: str, res: str, align: bool, order: str) -> None:
    page = _page()
    raw = encode_page(page, coding=coding, resolution=res, align_eol=align, order=order)  # type: ignore[arg-type]
    got = _libtiff_decode(raw, page.shape[0], mr=coding == "mr", aligned=align, order=order)
    assert got.shape == page.shape
    assert np.array_equal(got, page)


@pytest.mark.parametrize(("coding", "res", "order"), [(c, r, o) for c, r, _a, o in CASES if not _a])
def test_libtiff_encoding_decodes_exactly_with_ours(coding: str, res: str, order: str) -> None:
    page = _page(seed=2)
    raw = _libtiff_encode(page, mr=coding == "mr", fine=res == "fine", order=order)
    decoded = decode_page(raw, coding=coding, order=order)  # type: ignore[arg-type]
    assert decoded.bad_lines == 0
    assert np.array_equal(decoded.pixels, page)
    assert not decoded.rtc  # TIFF-F strips carry no RTC


def test_mr_is_smaller_than_mh_on_a_text_page_and_tags_follow_k() -> None:
    page = _page(rows=400)
    mh = encode_page(page, coding="mh")
    mr = encode_page(page, coding="mr", resolution="fine")
    assert len(mr) < len(mh)
    bits = "".join(
        f"{b:08b}" for b in encode_page(page[:8], coding="mr", resolution="fine", rtc=False, order="msb")
    )
    tags = [bits[m.end()] for m in __import__("re").finditer("000000000001", bits)][:8]
    assert tags == list("10001000")


def test_min_bits_pads_every_line_and_rtc_ends_the_page() -> None:
    page = np.zeros((50, PAGE_WIDTH), dtype=bool)  # white lines are 29 bits: far under 144
    raw = encode_page(page, min_bits=144, order="msb")
    bits = "".join(f"{b:08b}" for b in raw)
    eol_ends = [i for i in range(11, len(bits)) if bits[i] == "1" and bits[i - 11 : i] == "0" * 11]
    spacing = np.diff(eol_ends[:51])
    assert spacing.min() >= 144
    assert bits.rstrip("0").endswith("000000000001" * 6)
    assert decode_page(raw, order="msb").rtc


def test_aligned_eols_end_on_byte_boundaries() -> None:
    raw = encode_page(_page(rows=60), align_eol=True, order="msb")
    bits = "".join(f"{b:08b}" for b in raw)
    ends = [i for i in range(11, len(bits)) if bits[i] == "1" and bits[i - 11 : i] == "0" * 11]
    assert ends and all((i + 1) % 8 == 0 for i in ends)


def test_a_corrupt_byte_spoils_few_lines_and_never_raises() -> None:
    page = _page(rows=200, seed=5)
    raw = bytearray(encode_page(page, coding="mr", resolution="standard"))
    raw[len(raw) // 2] ^= 0xFF
    decoded = decode_page(bytes(raw), coding="mr")
    assert 1 <= decoded.bad_lines <= 4
    rows_ok = (decoded.pixels == page[: decoded.pixels.shape[0]]).all(axis=1)
    assert rows_ok.sum() >= page.shape[0] - 6


def test_bad_input_gets_a_clear_error() -> None:
    with pytest.raises(T4Error):
        decode_page(b"\xff" * 40)
    with pytest.raises(T4Error):
        encode_page(np.zeros((0, PAGE_WIDTH), dtype=bool))
    rng = np.random.default_rng(3)
    noise = b"".join(b"\x00\x08" + rng.bytes(int(n)) for n in rng.integers(1, 60, size=80))  # EOLs in noise
    decoded = decode_page(noise)
    assert decoded.pixels.shape[1] == PAGE_WIDTH
    assert decoded.bad_lines > 0


@settings(max_examples=60)
@given(
    st.lists(st.lists(st.integers(0, PAGE_WIDTH), max_size=12), min_size=1, max_size=12),
    st.sampled_from(["mh", "mr"]),
    st.booleans(),
)
def test_any_page_round_trips(edges: list[list[int]], coding: str, align: bool) -> None:
    page = np.zeros((len(edges), PAGE_WIDTH), dtype=bool)
    for y, xs in enumerate(edges):
        flips = np.zeros(PAGE_WIDTH + 1, dtype=int)
        for x in xs:
            flips[x] ^= 1
        page[y] = (np.cumsum(flips)[:-1] % 2).astype(bool)
    raw = encode_page(page, coding=coding, align_eol=align)
    assert np.array_equal(decode_page(raw, coding=coding).pixels, page)


@pytest.mark.skipif(
    shutil.which("fax2tiff") is None, reason="fax2tiff (Debian libtiff-tools) is not installed"
)
@pytest.mark.parametrize("coding", ["mh", "mr"])
def test_fax2tiff_reads_our_pages(tmp_path: Path, coding: str) -> None:
    page = _page(rows=120, seed=9)
    raw_path = tmp_path / "page.g3"
    raw_path.write_bytes(encode_page(page, coding=coding, order="lsb"))
    out = tmp_path / "page.tif"
    dim = "-2" if coding == "mr" else "-1"
    subprocess.run(
        ["fax2tiff", "-X", str(PAGE_WIDTH), dim, "-L", "-o", str(out), str(raw_path)],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    with Image.open(out) as image:
        got = np.array(image.convert("L")) < 128
    assert np.array_equal(got[: page.shape[0]], page)


def test_cli_encode_writes_one_stream_per_page_and_decode_reads_it_back(tmp_path: Path) -> None:
    from sivadesk.cli import main

    text = tmp_path / "note.txt"
    text.write_text("Bonjour,\nبا سلام و احترام\n" + "ligne\n" * 60, encoding="utf-8")  # 62 lines: two pages
    out = tmp_path / "note.g3"
    assert (
        main(["fax", "encode", str(text), "-o", str(out), "--coding", "mr", "--resolution", "standard"]) == 0
    )
    assert sorted(p.name for p in tmp_path.glob("*.g3")) == ["note-2.g3", "note.g3"]
    decoded = decode_page(out.read_bytes(), coding="mr")
    assert decoded.rtc and decoded.bad_lines == 0 and decoded.pixels.shape == (1143, PAGE_WIDTH)
    assert decoded.pixels.any()
    png = tmp_path / "back.png"
    assert (
        main(["fax", "decode", str(out), "-o", str(png), "--coding", "mr", "--resolution", "standard"]) == 0
    )
    with Image.open(png) as image:
        assert image.size == (PAGE_WIDTH, 1143)


def test_cli_encode_refuses_unreadable_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sivadesk.cli import main

    bad = tmp_path / "scan.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")
    assert main(["fax", "encode", str(bad), "-o", str(tmp_path / "x.g3")]) == 1
    assert "cannot be sent as a fax" in capsys.readouterr().err
