"""``sivadesk fax …``: turn documents into the T.4 data a fax modem sends, and back."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from sivadesk.cli import EXIT_OK, UsageError
from sivadesk.fax.raster import document_pages
from sivadesk.fax.t4 import Coding, Resolution, decode_page, encode_page
from sivadesk.models.fax import FaxState
from sivadesk.ops.context import Actor


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

    s = actions.add_parser("send", parents=[db_opt], help="queue a fax (the modem service sends it)")
    s.add_argument("number", help="the fax number to dial")
    s.add_argument("files", nargs="+", type=Path, metavar="FILE", help="PDF, image or text files, in order")
    s.add_argument("--subject", default="")
    s.add_argument("--to", default="", help="the recipient's name (cover page)")
    s.add_argument("--cover", action="store_true", help="add a cover page")
    s.add_argument("--note", default="", help="a note on the cover page")
    s.add_argument("--language", choices=("fr", "fa", "en"), default="fr", help="cover page language")
    s.add_argument("--contact", type=int, metavar="ID", help="file it in this contact's timeline")
    s.add_argument("--priority", type=int, default=0)
    s.add_argument("--resolution", choices=[r.value for r in Resolution], default="fine")
    s.set_defaults(func=cmd_send)
    st = actions.add_parser("status", parents=[db_opt], help="the fax queue, one JSON object per job")
    st.add_argument("--state", action="append", choices=[x.value for x in FaxState])
    st.add_argument("--limit", type=int, default=50)
    st.set_defaults(func=cmd_status)
    sv = actions.add_parser("serve", parents=[db_opt], help="run the fax modem service on a serial port")
    sv.add_argument("--port", required=True, help="the modem's serial port (e.g. /dev/ttyUSB0)")
    sv.add_argument("--class", dest="fax_class", choices=("1", "1.0", "2", "2.0"), default="2.0")
    sv.add_argument("--local-id", default="", help="our fax number as the far end sees it (TSI/CSI)")
    sv.add_argument("--rings", type=int, default=2, help="answer incoming faxes after N rings (0: never)")
    sv.add_argument("--once", action="store_true", help="send the due jobs, then stop")
    sv.set_defaults(func=cmd_serve)


def cmd_send(args: argparse.Namespace) -> int:
    from sivadesk.cli import open_store
    from sivadesk.ops import fax

    documents = [(f.name, _read(f)) for f in args.files]
    cover = {"to": args.to, "subject": args.subject, "note": args.note, "language": args.language}
    db = open_store(getattr(args, "db", None))
    with db.session() as session:
        job = fax.queue_fax(
            session, Actor.system(), args.number, documents, contact_id=args.contact, recipient=args.to,
            subject=args.subject, cover=cover if args.cover else None, priority=args.priority,
            resolution=args.resolution,
        )  # fmt: skip
    print(job.id)
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from sivadesk.cli import open_store
    from sivadesk.ops import fax

    db = open_store(getattr(args, "db", None), must_exist=True)
    with db.read_session() as session:
        for job in fax.list_jobs(session, Actor.system(), states=args.state or (), limit=args.limit):
            row = {
                "id": job.id, "state": job.state, "number": job.number, "recipient": job.recipient,
                "subject": job.subject, "pages": f"{job.pages_sent}/{job.pages_total}", "dials": job.dials,
                "next_try_at": job.next_try_at.isoformat(), "last_cause": job.last_cause,
                "last_detail": job.last_detail,
            }  # fmt: skip
            print(json.dumps(row, ensure_ascii=False))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    import signal

    from sivadesk.cli import open_store
    from sivadesk.fax.modem import ModemSettings
    from sivadesk.fax.service import FaxService

    db = open_store(getattr(args, "db", None))
    settings = ModemSettings(
        fax_class=args.fax_class, local_id=args.local_id, answer_rings=max(0, args.rings)
    )
    service = FaxService(db, args.port, settings)
    if args.once:
        service.recover()
        with service.transport:
            while service.send_next() is not None:
                pass
        return EXIT_OK
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: service.stop())
    service.serve()
    return EXIT_OK


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
