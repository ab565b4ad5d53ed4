"""Received faxes: stored as TIFF-F + PDF, matched to the sender's contact, filed by hand when
unknown, and numbered (like sent faxes) in the office's fax registers."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from sivadesk.fax.modem import CallResult
from sivadesk.fax.t4 import Page, T4Error
from sivadesk.models import Blob, Contact, utcnow
from sivadesk.models.fax import ReceivedFax
from sivadesk.ops import attachments, office
from sivadesk.ops.activity import add_activity
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

log = logging.getLogger(__name__)


def register_entry(
    session: Session,
    setting: str,
    subject: str,
    contact_id: int | None,
    files: Sequence[tuple[str, str]],
    when: dt.datetime,
    their_number: str = "",
) -> int | None:
    """A numbered entry for a fax in the office's fax register (office setting ``setting`` holds
    its code), with the fax's files attached; None when faxes are not registered. Written as the
    system, in the caller's transaction: the number is gapless like every register's."""
    from sivadesk.models import Register
    from sivadesk.ops import letters

    code = str(office.get(session, setting) or "")
    if not code:
        return None
    register_id = session.scalar(select(Register.id).where(Register.code == code, Register.active.is_(True)))
    if register_id is None:
        log.error(
            "fax register %r (office setting %s) does not exist or is inactive: fax not registered",
            code,
            setting,
        )
        return None
    system = Actor.system()
    draft = letters.create_draft(
        session, system, register_id, subject[:500], contact_id=contact_id, their_number=their_number[:100]
    )
    for name, sha in files:
        blob = session.get(Blob, sha)
        if blob is not None:
            attachments.add_attachment(session, system, "letter", draft.id, name, blob.data)
    return letters.register_letter(session, system, draft.id, when.date()).id


@dataclass(frozen=True, slots=True)
class ReceivedInfo:
    id: int
    received_at: dt.datetime
    remote_id: str
    number: str
    pages: int
    bad_lines: int
    complete: bool
    contact_id: int | None
    contact_name: str
    matched_by: str
    detail: str
    letter_id: int | None = None  # its numbered entry in the received-fax register


def _received_info(session: Session, r: ReceivedFax) -> ReceivedInfo:
    name = ""
    if r.contact_id is not None:
        contact = session.get(Contact, r.contact_id)
        name = contact.display_name if contact is not None else ""
    return ReceivedInfo(
        r.id, r.received_at, r.remote_id, r.number, r.pages, r.bad_lines, r.complete, r.contact_id, name,
        r.matched_by, r.detail, r.letter_id,
    )  # fmt: skip


def page_images(pages: Sequence[Page], fine: bool | Sequence[bool] = True) -> tuple[bytes, bytes]:
    """Received pages as a multi-page TIFF-F (group 3, the fax archive format) and a PDF. ``fine``:
    the pages' vertical resolution, one for all or one per page (a call may mix them): each TIFF
    page says its own, each PDF page is the size of the paper."""
    from io import BytesIO

    from PIL import Image, TiffImagePlugin

    if not pages:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The fax has no pages."))
    fines = [fine] * len(pages) if isinstance(fine, bool) else list(fine)
    if len(fines) != len(pages):
        raise ValueError(f"{len(fines)} resolutions given for {len(pages)} pages")
    dpis = [(204, 196 if f else 98) for f in fines]
    images = [Image.fromarray(~p).convert("1") for p in pages]  # white = 1 for Pillow
    tiff = BytesIO()
    ifd = TiffImagePlugin.ImageFileDirectory_v2()
    ifd[292] = 0  # T4Options: 1-D, no fill
    ifd[262] = 0  # min-is-white, as TIFF-F wants (and efax writes): viewers show black on white
    copies = [im.copy() for im in images[1:]]
    for im, dpi in zip(copies, dpis[1:], strict=True):
        im.encoderinfo = {"dpi": dpi}  # each appended page its own resolution (Pillow merges it)
    images[0].save(
        tiff, "TIFF", compression="group3", dpi=dpis[0], tiffinfo=ifd, save_all=True, append_images=copies
    )
    pdf = BytesIO()
    # A PDF page the size of the paper: 1728 px at 204 dpi across, the line resolution down.
    scaled = [
        im.resize((im.width, round(im.height * 204 / d[1]))) for im, d in zip(images, dpis, strict=True)
    ]
    scaled[0].save(pdf, "PDF", resolution=204.0, save_all=True, append_images=scaled[1:])
    return tiff.getvalue(), pdf.getvalue()


def record_received(
    session: Session, result: CallResult, *, number: str = "", modem: str = "", now: dt.datetime | None = None
) -> ReceivedInfo:
    """Store a received fax (every page that arrived, even when the call ended early), match the
    sender to a contact by the caller's number, then by the TSI; unmatched faxes wait to be linked."""
    from sivadesk.fax.t4 import Coding, decode_page
    from sivadesk.ops.contact_search import find_by_phone

    now = now or utcnow()
    # Each page's own session (a Class 1 call may change resolution or coding between pages).
    sessions = result.received_sessions if len(result.received_sessions) == len(result.received) else None
    pages: list[Page] = []
    fines: list[bool] = []
    bad = 0
    for i, data in enumerate(result.received):
        page_session = sessions[i] if sessions else result.session
        mr = bool(page_session and page_session.mr)
        try:
            decoded = decode_page(data, coding=Coding.MR if mr else Coding.MH)
        except T4Error as exc:
            log.warning("received fax page could not be decoded: %s", exc)
            bad += 1
            continue
        pages.append(decoded.pixels)
        fines.append(page_session is None or page_session.fine)
        bad += decoded.bad_lines
    fax = ReceivedFax(
        received_at=now, remote_id=result.remote_id[:40], number=number[:80], pages=len(pages), bad_lines=bad,
        complete=result.ok, modem=modem[:200], detail=result.detail,
    )  # fmt: skip
    if pages:
        tiff, pdf = page_images(pages, fines)
        fax.tiff_sha256 = attachments.put_blob(session, tiff)
        fax.pdf_sha256 = attachments.put_blob(session, pdf)
    for by, candidate in (("number", number), ("tsi", result.remote_id)):
        if candidate and fax.contact_id is None:
            found = find_by_phone(session, candidate)
            if len(found) == 1:
                fax.contact_id, fax.matched_by = found[0].id, by
    session.add(fax)
    session.flush()
    if fax.pdf_sha256 is not None:
        sender = fax.remote_id or fax.number or "?"
        fax.letter_id = register_entry(
            session, "fax_in_register", f"Fax {sender}", fax.contact_id, [(f"fax-{fax.id}.pdf", fax.pdf_sha256)],
            now, their_number=fax.remote_id,
        )  # fmt: skip
    emit(session, "fax.received", "received_fax", fax.id, {"contact_id": fax.contact_id, "pages": fax.pages})
    if fax.contact_id is not None:
        add_activity(
            session, Actor.system(), fax.contact_id, "fax", f"Fax received: {fax.pages} page(s)",
            item_type="received_fax", item_id=fax.id, occurred_at=now,
        )  # fmt: skip
    return _received_info(session, fax)


def list_received(
    session: Session, actor: Actor, *, unlinked: bool = False, limit: int = 200, offset: int = 0
) -> list[ReceivedInfo]:
    actor.require("fax.send")
    stmt = select(ReceivedFax)
    if unlinked:
        stmt = stmt.where(ReceivedFax.contact_id.is_(None))
    rows = session.scalars(
        stmt.order_by(ReceivedFax.received_at.desc(), ReceivedFax.id.desc()).limit(limit).offset(offset)
    )
    return [_received_info(session, r) for r in rows]


def received_pdf(session: Session, actor: Actor, fax_id: int) -> bytes:
    actor.require("fax.send")
    fax = session.get(ReceivedFax, fax_id)
    if fax is None or fax.pdf_sha256 is None:
        raise NotFound(what="Fax", id=fax_id)
    blob = session.get(Blob, fax.pdf_sha256)
    if blob is None:  # pragma: no cover - the foreign key forbids it
        raise NotFound(what="Fax", id=fax_id)
    return blob.data


def link_received(session: Session, actor: Actor, fax_id: int, contact_id: int) -> ReceivedInfo:
    """File an "unknown fax" in a customer's file."""
    actor.require("fax.manage")
    fax = session.get(ReceivedFax, fax_id)
    if fax is None:
        raise NotFound(what="Fax", id=fax_id)
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(what="Contact", id=contact_id)
    fax.contact_id, fax.matched_by = contact_id, "hand"
    audit(session, actor, "link", "received_fax", fax.id, contact.display_name)
    add_activity(
        session, actor, contact_id, "fax", f"Fax received: {fax.pages} page(s)",
        item_type="received_fax", item_id=fax.id, occurred_at=fax.received_at,
    )  # fmt: skip
    emit(
        session, "fax.received", "received_fax", fax.id, {"contact_id": contact_id, "pages": fax.pages}, actor
    )
    return _received_info(session, fax)
