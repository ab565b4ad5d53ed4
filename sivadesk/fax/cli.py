"""``sivadesk fax …``: turn documents into the T.4 data a fax modem sends, and back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import numpy as np

from sivadesk.cli import EXIT_OK, UsageError
from sivadesk.fax.raster import document_pages
from sivadesk.fax.t4 import Coding, Resolution, decode_page, encode_page


def add_commands(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """Add the ``fax`` command group to the main parser's subparsers."""
    p = sub.add_parser("fax", help="fax: encode documents as T.4, decode received pages")
    actions = p.add_subparsers(dest="fax_command", metavar="ACTION", required=True)
    e = actions.add_parser(
        "encode",
        help="write the T.4 stream of a PDF, image or text file exactly as it is sent (EOLs, RTC)",
        description="One output file per page: OUT for a one-page document, OUT-2.g3, OUT-3.g3… after it.",
    )
    e.add_argument("input", type=Path)
    e.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.g3")
    e.add_argument("--resolution", choices=[r.value for r in Resolution], default="fine")
    e.add_argument("--coding", choices=[c.value for c in Coding], default="mh")
    e.add_argument("--bit-order", choices=("lsb", "msb"), default="lsb", help="lsb: as sent with +FBO=0")
    e.add_argument("--align-eol", action="store_true", help="end every EOL on a byte boundary")
    e.add_argument(
        "--min-bits", type=int, default=0, metavar="N", help="pad each line to N bits (scan-line time)"
    )
    e.add_argument("--dither", action="store_true", help="dither grey levels (photos)")
    e.set_defaults(func=cmd_encode)
    d = actions.add_parser("decode", help="decode a T.4 stream (.g3) into a PNG image")
    d.add_argument("input", type=Path)
    d.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png")
    d.add_argument("--coding", choices=[c.value for c in Coding], default="mh")
    d.add_argument("--bit-order", choices=("lsb", "msb"), default="lsb")
    d.add_argument("--resolution", choices=[r.value for r in Resolution], default="fine")
    d.set_defaults(func=cmd_decode)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from exc


def page_paths(output: Path, count: int) -> list[Path]:
    """OUT for the first page, OUT-2.ext, OUT-3.ext… for the next ones."""
    return [
        output if i == 0 else output.with_name(f"{output.stem}-{i + 1}{output.suffix}") for i in range(count)
    ]


def cmd_encode(args: argparse.Namespace) -> int:
    pages = document_pages(_read(args.input), args.input.name, args.resolution, dither=args.dither or None)
    for path, page in zip(page_paths(args.output, len(pages)), pages, strict=True):
        data = encode_page(
            page,
            coding=args.coding,
            resolution=args.resolution,
            min_bits=args.min_bits,
            align_eol=args.align_eol,
            order=args.bit_order,
        )
        path.write_bytes(data)
        print(f"{path}\t{page.shape[0]} lines\t{len(data)} bytes")
    return EXIT_OK


def cmd_decode(args: argparse.Namespace) -> int:
    from PIL import Image

    page = decode_page(_read(args.input), coding=args.coding, order=args.bit_order)
    img = Image.fromarray(np.where(page.pixels, 0, 255).astype(np.uint8), mode="L").convert("1")
    dpi = (204, round(Resolution(args.resolution).lines_per_inch))
    img.save(args.output, dpi=dpi)
    print(
        f"{args.output}\t{page.pixels.shape[0]} lines\t{page.bad_lines} bad\tRTC {'yes' if page.rtc else 'no'}"
    )
    return EXIT_OK
