"""The fax queue: any desktop queues a fax, the PC with the modem sends it.

Life of a job: ``pending`` (waiting for its time) -> ``active`` (a modem service claimed it and is
calling) -> ``done`` (every page confirmed by the far end) or ``sleeping`` (waiting to retry) or
``failed`` (given up); ``cancelled`` by its sender. ``pages_sent`` is the resume point, saved as
soon as each page is confirmed, so a service killed mid-call resumes at the first unconfirmed page.

Retry policy (HylaFAX's taxonomy; office setting ``fax_policy`` overrides any of it):

==================  ===============================================
busy                retry after 180 s
no answer/carrier   retry after 300 s (no dial tone too)
protocol error      retry after 60 s (the call reached a fax machine)
modem failure       retry after 60 s
give up             12 dials, 3 calls that reached a fax machine, or the same page failing 3 times
==================  ===============================================
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from sivadesk.fax import raster
from sivadesk.fax.cover import cover_page
from sivadesk.fax.modem import CallResult, Cause
from sivadesk.fax.t4 import Page, Resolution, T4Error
from sivadesk.models import Blob, Contact, ContactTag, utcnow
from sivadesk.models.fax import FINAL_STATES, FaxAttempt, FaxDocument, FaxJob, FaxState
from sivadesk.ops import attachments, office
from sivadesk.ops.activity import add_activity
from sivadesk.ops.context import Actor

# Received faxes are part of this module's API (explicit re-exports).
from sivadesk.ops.fax_inbox import (
    ReceivedInfo as ReceivedInfo,
)
from sivadesk.ops.fax_inbox import (
    link_received as link_received,
)
from sivadesk.ops.fax_inbox import (
    list_received as list_received,
)
from sivadesk.ops.fax_inbox import (
    page_images as page_images,
)
from sivadesk.ops.fax_inbox import (
    received_pdf as received_pdf,
)
from sivadesk.ops.fax_inbox import (
    record_received as record_received,
)
from sivadesk.ops.fax_inbox import register_entry
from sivadesk.ops.records import audit, emit

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FaxPolicy:
    busy_s: int = 180
    no_answer_s: int = 300
    protocol_s: int = 60
    modem_s: int = 60
    max_dials: int = 12
    max_tries: int = 3
    max_page_failures: int = 3

    def delay(self, cause: str) -> dt.timedelta:
        seconds = {
            Cause.BUSY.value: self.busy_s,
            Cause.NO_ANSWER.value: self.no_answer_s,
            Cause.NO_CARRIER.value: self.no_answer_s,
            Cause.NO_DIALTONE.value: self.no_answer_s,
            Cause.PROTOCOL.value: self.protocol_s,
        }.get(cause, self.modem_s)
        return dt.timedelta(seconds=seconds)


def policy(session: Session) -> FaxPolicy:
    raw = office.get(session, "fax_policy") or {}
    known = {k: int(v) for k, v in dict(raw).items() if k in FaxPolicy.__dataclass_fields__}
    return FaxPolicy(**known)


@dataclass(frozen=True, slots=True)
class AttemptInfo:
    id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    first_page: int
    pages_confirmed: int
    cause: str
    hangup: str
    detail: str
    remote_id: str
    modem: str


@dataclass(frozen=True, slots=True)
class FaxJobInfo:
    id: int
    state: str
    number: str
    recipient: str
    contact_id: int | None
    letter_id: int | None
    subject: str
    resolution: str
    priority: int
    scheduled_at: dt.datetime
    next_try_at: dt.datetime
    pages_total: int
    pages_sent: int
    dials: int
    tries: int
    last_cause: str
    last_detail: str
    remote_id: str
    batch: str
    created_by_id: int | None
    created_at: dt.datetime
    done_at: dt.datetime | None
    entry_id: int | None = None  # its numbered entry in the sent-fax register
    attempts: tuple[AttemptInfo, ...] = field(default=())


def _info(job: FaxJob, attempts: Sequence[FaxAttempt] = ()) -> FaxJobInfo:
    return FaxJobInfo(
        job.id, job.state, job.number, job.recipient, job.contact_id, job.letter_id, job.subject,
        job.resolution, job.priority, job.scheduled_at, job.next_try_at, job.pages_total, job.pages_sent,
        job.dials, job.tries, job.last_cause, job.last_detail, job.remote_id, job.batch, job.created_by_id,
        job.created_at, job.done_at, job.entry_id,
        tuple(
            AttemptInfo(a.id, a.started_at, a.ended_at, a.first_page, a.pages_confirmed, a.cause, a.hangup,
                        a.detail, a.remote_id, a.modem)
            for a in attempts
        ),
    )  # fmt: skip


def _dial_string(number: str) -> str:
    cleaned = "".join(ch for ch in number.strip() if ch.isdigit() or ch in "+*#,")
    if sum(ch.isdigit() for ch in cleaned) < 3:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{number} is not a fax number."),
            field="number",
            number=number.strip(),
        )
    return cleaned


def _pages_of(name: str, data: bytes, resolution: Resolution) -> list[Page]:
    try:
        return raster.document_pages(data, name, resolution)
    except T4Error as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} cannot be faxed: {reason}"),
            field="documents",
            name=name,
            reason=exc.params.get("reason", str(exc)),
        ) from exc


def queue_fax(
    session: Session,
    actor: Actor,
    number: str,
    documents: Sequence[tuple[str, bytes]],
    *,
    contact_id: int | None = None,
    recipient: str = "",
    subject: str = "",
    cover: dict[str, Any] | None = None,
    scheduled_at: dt.datetime | None = None,
    priority: int = 0,
    resolution: str = "fine",
    batch: str = "",
    letter_id: int | None = None,
) -> FaxJobInfo:
    """Queue one fax to one number. Documents are PDFs, images or text; each is checked (and its
    pages counted) now, so a document that cannot be faxed is refused at once, not at 3 a.m."""
    actor.require("fax.send")
    dial = _dial_string(number)
    if not documents and not cover:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A fax needs a document or a cover page."))
    res = Resolution(resolution)
    if contact_id is not None:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise NotFound(what="Contact", id=contact_id)
        recipient = recipient or contact.display_name
    when = scheduled_at or utcnow()
    job = FaxJob(
        number=dial, recipient=recipient.strip()[:200], contact_id=contact_id, letter_id=letter_id,
        subject=subject.strip()[:500], cover=dict(cover or {}), resolution=res.value, priority=priority,
        scheduled_at=when, next_try_at=when, batch=batch, created_by_id=actor.user_id,
    )  # fmt: skip
    session.add(job)
    session.flush()
    total = 1 if cover else 0
    for position, (name, data) in enumerate(documents):
        count = len(_pages_of(name, data, res))
        total += count
        sha = attachments.put_blob(session, data)
        session.add(FaxDocument(job_id=job.id, position=position, name=name[:255], sha256=sha, pages=count))
    job.pages_total = total
    session.flush()
    audit(session, actor, "queue", "fax_job", job.id, f"{dial} {job.subject}".strip())
    emit(session, "fax.queued", "fax_job", job.id, {"state": job.state, "user_id": actor.user_id}, actor)
    if contact_id is not None:
        add_activity(
            session, actor, contact_id, "fax", job.subject or dial, item_type="fax_job", item_id=job.id
        )
    return _info(job)


def queue_bulk(
    session: Session,
    actor: Actor,
    documents: Sequence[tuple[str, bytes]],
    *,
    contact_ids: Sequence[int] = (),
    numbers: Sequence[str] = (),
    tag_id: int | None = None,
    **options: Any,
) -> list[FaxJobInfo]:
    """One job per destination: contacts (their fax number, else their first phone), a contact group
    (tag), raw numbers. Destinations without any number are skipped and reported by the caller."""
    actor.require("fax.send")
    ids = list(contact_ids)
    if tag_id is not None:
        ids += list(session.scalars(select(ContactTag.contact_id).where(ContactTag.tag_id == tag_id)))
    batch = uuid.uuid4().hex[:12]
    jobs = []
    for cid in dict.fromkeys(ids):
        number = fax_number(session, cid)
        if number:
            jobs.append(queue_fax(session, actor, number, documents, contact_id=cid, batch=batch, **options))
    for number in numbers:
        jobs.append(queue_fax(session, actor, number, documents, batch=batch, **options))
    if not jobs:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "None of the chosen destinations has a fax number.")
        )
    return jobs


def fax_number(session: Session, contact_id: int) -> str:
    """A contact's fax number: a phone labelled fax / télécopie / نمابر / فکس, else the first phone."""
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        return ""
    phones = sorted(contact.phones, key=lambda p: p.id)
    for p in phones:
        if any(word in (p.label or "").lower() for word in ("fax", "télécopie", "telecopie", "نمابر", "فکس")):
            return p.raw
    return phones[0].raw if phones else ""


def _job(session: Session, job_id: int) -> FaxJob:
    job = session.get(FaxJob, job_id)
    if job is None:
        raise NotFound(what="Fax", id=job_id)
    return job


def _may_see(actor: Actor, job: FaxJob) -> bool:
    return actor.can("fax.manage") or job.created_by_id == actor.user_id


def get_job(session: Session, actor: Actor, job_id: int) -> FaxJobInfo:
    job = _job(session, job_id)
    if not _may_see(actor, job):
        raise NotFound(what="Fax", id=job_id)
    attempts = session.scalars(select(FaxAttempt).where(FaxAttempt.job_id == job_id).order_by(FaxAttempt.id))
    return _info(job, list(attempts))


def list_jobs(
    session: Session, actor: Actor, states: Sequence[str] = (), limit: int = 200, offset: int = 0
) -> list[FaxJobInfo]:
    stmt = select(FaxJob)
    if states:
        stmt = stmt.where(FaxJob.state.in_(list(states)))
    if not actor.can("fax.manage"):
        stmt = stmt.where(FaxJob.created_by_id == actor.user_id)
    stmt = stmt.order_by(FaxJob.id.desc()).limit(limit).offset(offset)
    return [_info(j) for j in session.scalars(stmt)]


def cancel_job(session: Session, actor: Actor, job_id: int) -> FaxJobInfo:
    job = _job(session, job_id)
    if not _may_see(actor, job):
        raise NotFound(what="Fax", id=job_id)
    if job.created_by_id != actor.user_id and not actor.can("fax.manage"):
        raise PermissionDenied(permission="fax.manage")
    if job.state in FINAL_STATES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This fax is already finished."))
    # An active job is cancelled too: the service sees the state when it reports and stops there.
    job.state = FaxState.CANCELLED.value
    job.done_at = utcnow()
    audit(session, actor, "cancel", "fax_job", job.id, job.number)
    emit(session, "fax.updated", "fax_job", job.id, _event(job), actor)
    return _info(job)


def resend_job(session: Session, actor: Actor, job_id: int) -> FaxJobInfo:
    """A new job with the same documents and destination (a finished job stays as it was)."""
    actor.require("fax.send")
    old = _job(session, job_id)
    if not _may_see(actor, old):
        raise NotFound(what="Fax", id=job_id)
    if old.state not in FINAL_STATES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This fax is still in the queue."))
    now = utcnow()
    job = FaxJob(
        number=old.number, recipient=old.recipient, contact_id=old.contact_id, letter_id=old.letter_id,
        subject=old.subject, cover=dict(old.cover), resolution=old.resolution, priority=old.priority,
        scheduled_at=now, next_try_at=now, pages_total=old.pages_total, batch=old.batch,
        resent_from_id=old.id, created_by_id=actor.user_id,
    )  # fmt: skip
    session.add(job)
    session.flush()
    for doc in session.scalars(select(FaxDocument).where(FaxDocument.job_id == old.id)):
        session.add(
            FaxDocument(
                job_id=job.id, position=doc.position, name=doc.name, sha256=doc.sha256, pages=doc.pages
            )
        )
    audit(session, actor, "resend", "fax_job", job.id, f"{job.number} (from #{old.id})")
    emit(session, "fax.queued", "fax_job", job.id, _event(job), actor)
    return _info(job)


def _event(job: FaxJob) -> dict[str, Any]:
    return {
        "state": job.state, "user_id": job.created_by_id, "pages_sent": job.pages_sent,
        "pages_total": job.pages_total, "cause": job.last_cause,
    }  # fmt: skip


# -- the modem service's side ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Claim:
    job: FaxJobInfo
    attempt_id: int


def claim_next(session: Session, modem: str, now: dt.datetime | None = None) -> Claim | None:
    """Take the next due job for ``modem`` (highest priority, then oldest), mark it active, open an
    attempt. On PostgreSQL ``FOR UPDATE SKIP LOCKED`` lets several modem services share one queue."""
    now = now or utcnow()
    stmt = (
        select(FaxJob)
        .where(FaxJob.state.in_([FaxState.PENDING.value, FaxState.SLEEPING.value]), FaxJob.next_try_at <= now)
        .order_by(FaxJob.priority.desc(), FaxJob.next_try_at, FaxJob.id)
        .limit(1)
    )
    if session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update(skip_locked=True)
    job = session.scalars(stmt).first()
    if job is None:
        return None
    job.state = FaxState.ACTIVE.value
    job.modem = modem
    job.dials += 1
    attempt = FaxAttempt(job_id=job.id, modem=modem, started_at=now, first_page=job.pages_sent + 1)
    session.add(attempt)
    session.flush()
    emit(session, "fax.updated", "fax_job", job.id, _event(job))
    return Claim(_info(job), attempt.id)


def job_pages(session: Session, job_id: int) -> list[Page]:
    """Every page of a job in sending order: the cover page (if any), then the documents."""
    job = _job(session, job_id)
    res = Resolution(job.resolution)
    docs = list(
        session.scalars(
            select(FaxDocument).where(FaxDocument.job_id == job_id).order_by(FaxDocument.position)
        )
    )
    pages: list[Page] = []
    for doc in docs:
        blob = session.get(Blob, doc.sha256)
        if blob is None:  # pragma: no cover - the foreign key forbids it
            raise NotFound(what="Attachment", id=doc.id)
        pages += _pages_of(doc.name, blob.data, res)
    if job.cover:
        fields = {**job.cover, "fax": job.cover.get("fax", job.number)}
        fields.setdefault("to", job.recipient)
        fields.setdefault("subject", job.subject)
        language = str(job.cover.get("language", "fr"))
        pages.insert(0, cover_page(fields, len(pages) + 1, res, language=language))
    return pages


def page_confirmed(session: Session, job_id: int, attempt_id: int, page: int) -> None:
    """The far end confirmed ``page`` (1-based): the resume point moves past it. Commit at once."""
    job = _job(session, job_id)
    if page > job.pages_sent:
        job.pages_sent = page
        job.page_failures = 0
    attempt = session.get(FaxAttempt, attempt_id)
    if attempt is not None:
        attempt.pages_confirmed = max(attempt.pages_confirmed, page - attempt.first_page + 1)
    emit(session, "fax.progress", "fax_job", job.id, _event(job))


def finish_attempt(
    session: Session, job_id: int, attempt_id: int, result: CallResult, now: dt.datetime | None = None
) -> FaxJobInfo:
    """Record how the call ended and decide: done, retry later (when), or give up."""
    now = now or utcnow()
    job = _job(session, job_id)
    attempt = session.get(FaxAttempt, attempt_id)
    if attempt is not None:
        attempt.ended_at = now
        attempt.cause = result.cause.value
        attempt.hangup = result.hangup
        attempt.detail = result.detail
        attempt.remote_id = result.remote_id[:40]
    if result.remote_id:
        job.remote_id = result.remote_id[:40]
    job.last_cause, job.last_detail = result.cause.value, result.detail
    job.modem = ""
    if job.state == FaxState.CANCELLED.value:
        return _info(job)
    rules = policy(session)
    reached = result.cause in (Cause.OK, Cause.PROTOCOL) or bool(result.pages)
    if reached:
        job.tries += 1
    if result.ok and job.pages_sent >= job.pages_total:
        job.state = FaxState.DONE.value
        job.done_at = now
        docs = session.scalars(
            select(FaxDocument).where(FaxDocument.job_id == job.id).order_by(FaxDocument.position)
        )
        job.entry_id = register_entry(
            session, "fax_out_register", job.subject or f"Fax {job.number}", job.contact_id,
            [(d.name, d.sha256) for d in docs], now,
        )  # fmt: skip
        _notify(session, job, True)
        return _info(job)
    if result.cause is Cause.PROTOCOL:
        confirmed_now = attempt.pages_confirmed if attempt is not None else 0
        if confirmed_now == 0:
            job.page_failures += 1
    if result.cause is Cause.CANCELLED:
        job.state = FaxState.CANCELLED.value
        job.done_at = now
        return _info(job)
    give_up = ""
    if job.page_failures >= rules.max_page_failures:
        give_up = f"page {job.pages_sent + 1} failed {job.page_failures} times"
    elif job.tries >= rules.max_tries and result.cause is Cause.PROTOCOL:
        give_up = f"{job.tries} calls reached the fax machine without sending every page"
    elif job.dials >= rules.max_dials:
        give_up = f"{job.dials} dials without success"
    if give_up:
        job.state = FaxState.FAILED.value
        job.done_at = now
        job.last_detail = f"{result.detail}; gave up: {give_up}" if result.detail else f"gave up: {give_up}"
        _notify(session, job, False)
        return _info(job)
    job.state = FaxState.SLEEPING.value
    job.next_try_at = now + rules.delay(result.cause.value)
    emit(session, "fax.updated", "fax_job", job.id, _event(job))
    return _info(job)


def _notify(session: Session, job: FaxJob, ok: bool) -> None:
    """Tell the sender (every desktop where they are signed in) and note it in the contact's file."""
    topic = "fax.done" if ok else "fax.failed"
    emit(session, topic, "fax_job", job.id, _event(job))
    if job.contact_id is not None:
        title = (
            f"Fax sent to {job.number}: {job.pages_sent} page(s)"
            if ok
            else f"Fax to {job.number} failed: {job.last_detail}"
        )
        add_activity(
            session, Actor.system(), job.contact_id, "fax", title[:300], item_type="fax_job", item_id=job.id
        )


def recover(session: Session, modem: str, now: dt.datetime | None = None) -> list[int]:
    """At service start: jobs left ``active`` by this modem (the service died mid-call) go back to
    the queue at once, resuming at their first unconfirmed page; their open attempt is closed."""
    now = now or utcnow()
    jobs = list(
        session.scalars(
            select(FaxJob).where(
                FaxJob.state == FaxState.ACTIVE.value, or_(FaxJob.modem == modem, FaxJob.modem == "")
            )
        )
    )
    for job in jobs:
        job.state = FaxState.PENDING.value
        job.next_try_at = now
        job.modem = ""
        for attempt in session.scalars(
            select(FaxAttempt).where(FaxAttempt.job_id == job.id, FaxAttempt.ended_at.is_(None))
        ):
            attempt.ended_at = now
            attempt.cause = Cause.MODEM.value
            attempt.detail = "the fax service stopped during the call"
        emit(session, "fax.updated", "fax_job", job.id, _event(job))
    return [j.id for j in jobs]


def fax_letter(
    session: Session, actor: Actor, letter_id: int, number: str = "", **options: Any
) -> FaxJobInfo:
    """Fax a registered letter: its PDF (the frozen one once archived), to ``number`` or to its
    correspondent's fax number. The job is linked to the letter and filed in the contact's timeline."""
    from sivadesk.letters.render import render_letter
    from sivadesk.ops.letters import get_letter

    letter = get_letter(session, actor, letter_id)  # visibility: a letter one may not see is not found
    if not letter.number:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Register the letter before faxing it."))
    if not number and letter.contact_id is not None:
        number = fax_number(session, letter.contact_id)
    rendered = render_letter(session, actor, letter_id, "pdf", preprinted=False)
    options.setdefault("subject", f"{letter.number} — {letter.subject}")
    return queue_fax(
        session, actor, number, [(rendered.filename, rendered.data)], contact_id=letter.contact_id,
        letter_id=letter_id, **options,
    )  # fmt: skip
