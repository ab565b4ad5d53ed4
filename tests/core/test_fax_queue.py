"""The fax queue on both stores, sent through the emulated modem: retries by cause, resume at the
first unconfirmed page, give-up rules, receiving into the right customer file."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF

from sivadesk.db import Database
from sivadesk.errors import NotFound, ValidationError
from sivadesk.fax.emulator import Faults, FaxModemEmulator, Incoming
from sivadesk.fax.modem import CallResult, Cause, ModemSettings
from sivadesk.fax.service import FaxService
from sivadesk.fax.t4 import decode_page, encode_page
from sivadesk.models import Role, utcnow
from sivadesk.ops import contacts, fax, office, users
from sivadesk.ops.contacts import ContactInput, PhoneInput
from sivadesk.ops.context import Actor


def _pdf(pages: int) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=14)
    for n in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Page {n + 1} - devis 2026-0042")
        pdf.rect(20, 40 + 10 * n, 60, 20, style="F")
    return bytes(pdf.output())


@pytest.fixture
def emulators() -> Iterator[list[FaxModemEmulator]]:
    made: list[FaxModemEmulator] = []
    yield made
    for emu in made:
        emu.stop()


def _service(db: Database, made: list[FaxModemEmulator], **kw: object) -> tuple[FaxService, FaxModemEmulator]:
    emu = FaxModemEmulator("2.0", **kw)  # type: ignore[arg-type]
    made.append(emu)
    port = emu.start()
    service = FaxService(db, port, ModemSettings(fax_class="2.0", local_id="+33 478000000"), name="modem-1")
    service.transport.open()
    return service, emu


def _due(db: Database, job_id: int) -> None:
    """Move a sleeping job's retry time to now (instead of waiting minutes)."""
    from sivadesk.models.fax import FaxJob

    with db.session() as s:
        job = s.get(FaxJob, job_id)
        assert job is not None
        job.next_try_at = utcnow()


def test_a_queued_fax_is_sent_and_every_page_confirmed(
    db: Database, admin: Actor, emulators: list[FaxModemEmulator]
) -> None:
    with db.session() as s:
        c = contacts.create_contact(
            s, admin, ContactInput(last_name="Martin", phones=(PhoneInput("04 78 12 34 56", "Fax"),))
        )
        job = fax.queue_fax(
            s, admin, "04 78 12 34 56", [("devis.pdf", _pdf(2))], contact_id=c.id, subject="Devis",
            cover={"note": "Merci", "language": "fr"},
        )  # fmt: skip
    assert job.pages_total == 3 and job.state == "pending" and job.recipient == "Martin"
    service, emu = _service(db, emulators)
    done = service.send_next()
    assert done is not None and done.state == "done" and done.pages_sent == 3
    assert emu.dialled == ["0478123456"] and len(emu.received) == 3
    assert service.send_next() is None  # nothing else is due
    with db.read_session() as s:
        info = fax.get_job(s, admin, job.id)
        assert [a.cause for a in info.attempts] == ["ok"] and info.attempts[0].pages_confirmed == 3
        assert info.remote_id == "+33 4 78 00 00 00"
        from sivadesk.ops.activity import timeline

        titles = [a.title for a in timeline(s, admin, c.id)]
    assert any(t.startswith("Fax sent to") for t in titles)
    # The second page on the line is the PDF's first page, as rasterized.
    first = decode_page(emu.received[1]).pixels
    assert first.shape[1] == 1728 and first.any()


@pytest.mark.parametrize(
    ("fault", "cause", "delay"),
    [("BUSY", "busy", 180), ("NO CARRIER", "no_carrier", 300), ("NO DIALTONE", "no_dialtone", 300)],
)
def test_a_failed_dial_sleeps_for_the_delay_of_its_cause(
    db: Database, admin: Actor, emulators: list[FaxModemEmulator], fault: str, cause: str, delay: int
) -> None:
    with db.session() as s:
        fax.queue_fax(s, admin, "0478123456", [("note.txt", b"Bonjour")])
    service, _emu = _service(db, emulators, faults=Faults(dial=fault))
    before = utcnow()
    info = service.send_next()
    assert info is not None and info.state == "sleeping" and info.last_cause == cause and info.dials == 1
    assert dt.timedelta(seconds=delay - 5) < info.next_try_at - before < dt.timedelta(seconds=delay + 30)
    assert service.send_next() is None  # not due yet


def test_dials_run_out_after_the_limit(db: Database, admin: Actor, emulators: list[FaxModemEmulator]) -> None:
    with db.session() as s:
        office.set_value(s, admin, "fax_policy", {"max_dials": 3})
        job = fax.queue_fax(s, admin, "0478123456", [("note.txt", b"Bonjour")])
    service, _emu = _service(db, emulators, faults=Faults(dial="BUSY"))
    states = []
    for _ in range(3):
        _due(db, job.id)
        info = service.send_next()
        assert info is not None
        states.append(info.state)
    assert states == ["sleeping", "sleeping", "failed"]
    assert "gave up" in info.last_detail and "3 dials" in info.last_detail


def test_the_next_try_resumes_at_the_first_unconfirmed_page(
    db: Database, admin: Actor, emulators: list[FaxModemEmulator]
) -> None:
    with db.session() as s:
        job = fax.queue_fax(s, admin, "0478123456", [("devis.pdf", _pdf(3))])
    service, emu = _service(db, emulators, faults=Faults(hangup_after_page=(2, "50")))
    info = service.send_next()
    assert (
        info is not None
        and info.state == "sleeping"
        and info.pages_sent == 2
        and info.last_cause == "protocol"
    )
    emu.faults.hangup_after_page = None
    _due(db, job.id)
    info = service.send_next()
    assert info is not None and info.state == "done" and info.pages_sent == 3
    assert len(emu.received) == 3  # pages 1, 2, then only 3: nothing sent twice
    with db.read_session() as s:
        attempts = fax.get_job(s, admin, job.id).attempts
    assert [(a.first_page, a.pages_confirmed) for a in attempts] == [(1, 2), (3, 1)]


def test_the_same_page_failing_three_times_gives_up(
    db: Database, admin: Actor, emulators: list[FaxModemEmulator]
) -> None:
    with db.session() as s:
        job = fax.queue_fax(s, admin, "0478123456", [("devis.pdf", _pdf(2))])
    service, _emu = _service(db, emulators, faults=Faults(reject_pages={1: 99}))
    states = []
    for _ in range(3):
        _due(db, job.id)
        info = service.send_next()
        assert info is not None
        states.append(info.state)
    assert states == ["sleeping", "sleeping", "failed"]
    assert info.pages_sent == 0 and "page 1 failed 3 times" in info.last_detail


def test_cancel_resend_and_who_sees_what(db: Database, admin: Actor) -> None:
    with db.session() as s:
        from sivadesk.models import User

        u = s.get(User, users.create_user(s, admin, "zoe", "Zoé", "pw-1234567", Role.AGENT).id)
        assert u is not None
        zoe = users.actor_for(u)
        mine = fax.queue_fax(s, zoe, "0478123456", [("a.txt", b"x")])
        theirs = fax.queue_fax(s, admin, "0478123457", [("b.txt", b"y")])
    with db.session() as s:
        assert [j.id for j in fax.list_jobs(s, zoe)] == [mine.id]
        with pytest.raises(NotFound):
            fax.get_job(s, zoe, theirs.id)
        with pytest.raises(NotFound):
            fax.cancel_job(s, zoe, theirs.id)
        assert fax.cancel_job(s, zoe, mine.id).state == "cancelled"
        with pytest.raises(ValidationError):
            fax.cancel_job(s, zoe, mine.id)
        again = fax.resend_job(s, zoe, mine.id)
        assert again.state == "pending" and again.pages_total == mine.pages_total and again.id != mine.id
    with db.session() as s:
        assert {j.id for j in fax.list_jobs(s, admin)} == {mine.id, theirs.id, again.id}


def test_bad_requests_are_refused_clearly(db: Database, admin: Actor) -> None:
    with db.session() as s:
        with pytest.raises(ValidationError, match="not a fax number"):
            fax.queue_fax(s, admin, "12", [("a.txt", b"x")])
        with pytest.raises(ValidationError, match="cannot be faxed"):
            fax.queue_fax(s, admin, "0478123456", [("scan.png", b"\x89PNG broken\x00")])
        with pytest.raises(ValidationError, match="document or a cover"):
            fax.queue_fax(s, admin, "0478123456", [])
    with db.session() as s:
        job = fax.queue_fax(s, admin, "0478123456", [("a.txt", b"x")])
        from sivadesk.models import User

        u = s.get(User, users.create_user(s, admin, "sam", "Sam", "pw-1234567", Role.AGENT).id)
        assert u is not None
        with pytest.raises(NotFound):  # an agent may not even learn that someone else's fax exists
            fax.resend_job(s, users.actor_for(u), job.id)


def test_bulk_sends_one_job_per_destination_with_a_fax_number(db: Database, admin: Actor) -> None:
    with db.session() as s:
        a = contacts.create_contact(
            s,
            admin,
            ContactInput(
                last_name="A",
                phones=(PhoneInput("0102030405", "Mobile"), PhoneInput("0478000001", "Fax")),
                tags=("clients",),
            ),
        )
        contacts.create_contact(
            s, admin, ContactInput(last_name="B", phones=(PhoneInput("0478000002"),), tags=("clients",))
        )
        contacts.create_contact(
            s, admin, ContactInput(last_name="C", tags=("clients",))
        )  # no number: skipped
        from sqlalchemy import select

        from sivadesk.models import Tag

        tag_id = s.scalar(select(Tag.id).where(Tag.name == "clients"))
        jobs = fax.queue_bulk(s, admin, [("promo.txt", b"Offre")], tag_id=tag_id, numbers=["0478000003"])
    assert sorted(j.number for j in jobs) == ["0478000001", "0478000002", "0478000003"]
    assert len({j.batch for j in jobs}) == 1 and jobs[0].batch
    assert (
        next(j for j in jobs if j.contact_id == a.id).number == "0478000001"
    )  # the fax line, not the mobile


def test_a_received_fax_lands_in_the_senders_file_or_waits_to_be_linked(
    db: Database, admin: Actor, emulators: list[FaxModemEmulator]
) -> None:
    with db.session() as s:
        known = contacts.create_contact(
            s, admin, ContactInput(last_name="Rahimi", phones=(PhoneInput("+98 21 8888 0000", "Fax"),))
        )
    page = np.zeros((300, 1728), dtype=bool)
    page[50:80, 100:900] = True
    service, emu = _service(db, emulators)
    emu.ring(Incoming([encode_page(page), encode_page(page[::-1])], tsi="+98 21 8888 0000"), rings=2)
    got = service.listen(3.0)
    assert got is not None and got.pages == 2 and got.contact_id == known.id and got.matched_by == "tsi"
    emu.ring(Incoming([encode_page(page)], tsi="unknown sender"), rings=2)
    unknown = service.listen(3.0)
    assert unknown is not None and unknown.contact_id is None
    with db.session() as s:
        assert [r.id for r in fax.list_received(s, admin, unlinked=True)] == [unknown.id]
        linked = fax.link_received(s, admin, unknown.id, known.id)
        assert linked.matched_by == "hand"
        pdf = fax.received_pdf(s, admin, got.id)
    assert pdf.startswith(b"%PDF")
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 2
    w, h = doc[0].get_size()
    assert abs(w - 1728 / 204 * 72) < 2 and abs(h - 300 / 196 * 72) < 2  # the paper size of the page
    doc.close()


@pytest.mark.skipif(sys.platform != "linux", reason="needs ptys and SIGKILL")
def test_killing_the_service_mid_page_resumes_at_the_first_unconfirmed_page(
    db_url: str, emulators: list[FaxModemEmulator], tmp_path: Path
) -> None:
    db = Database(db_url)
    try:
        with db.session() as s:
            admin = users.create_first_admin(s, "admin", "Admin", "correct horse")
            job = fax.queue_fax(s, admin, "0478123456", [("devis.pdf", _pdf(3))])
    finally:
        db.dispose()
    # Page 3 stalls (XOFF held): the service is mid-page when it dies.
    emu = FaxModemEmulator("2.0", faults=Faults(xoff_seconds=60.0, xoff_page=3))
    emulators.append(emu)
    port = emu.start()
    env = {**os.environ, "SIVADESK_HOME": str(tmp_path)}
    cmd = [sys.executable, "-m", "sivadesk", "fax", "serve", "--db", db_url, "--port", port, "--rings", "0"]
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while len(emu.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(emu.received) >= 2, (tmp_path / "serve.log").read_text()
        time.sleep(0.5)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
    emu.stop()
    db = Database(db_url)
    try:
        with db.read_session() as s:
            stuck = fax.get_job(s, Actor.system(), job.id)
        assert stuck.state == "active" and stuck.pages_sent == 2
        emu2 = FaxModemEmulator("2.0")
        emulators.append(emu2)
        service = FaxService(db, emu2.start(), ModemSettings(fax_class="2.0"), name=port)
        assert service.recover() == [job.id]
        service.transport.open()
        info = service.send_next()
        assert info is not None and info.state == "done" and info.pages_sent == 3
        assert len(emu2.received) == 1  # only page 3 was sent again
        with db.read_session() as s:
            attempts = fax.get_job(s, Actor.system(), job.id).attempts
        assert attempts[0].detail == "the fax service stopped during the call"
        assert attempts[-1].first_page == 3
    finally:
        db.dispose()


def test_unknown_job_and_finish_after_cancel(db: Database, admin: Actor) -> None:
    with db.session() as s:
        with pytest.raises(NotFound):
            fax.get_job(s, admin, 999)
        job = fax.queue_fax(s, admin, "0478123456", [("a.txt", b"x")])
        claim = fax.claim_next(s, "m")
        assert claim is not None and claim.job.id == job.id
        fax.cancel_job(s, admin, job.id)
        after = fax.finish_attempt(s, job.id, claim.attempt_id, CallResult(Cause.OK))
        assert after.state == "cancelled"


def test_a_registered_letter_is_faxed_as_its_pdf_to_its_correspondent(db: Database, admin: Actor) -> None:
    from sivadesk.ops import letters, registers

    with db.session() as s:
        c = contacts.create_contact(
            s, admin, ContactInput(last_name="Martin", phones=(PhoneInput("0478123456", "Fax"),))
        )
        reg = registers.create_register(s, admin, "Départ", "DEP", "outbound", "D-{year}-{seq:04}")
        draft = letters.create_draft(
            s, admin, reg.id, subject="Devis", body="<p>Madame,</p>", contact_id=c.id
        )
        with pytest.raises(ValidationError, match="Register the letter"):
            fax.fax_letter(s, admin, draft.id)
        done = letters.register_letter(s, admin, draft.id, dt.date(2026, 11, 23))
        job = fax.fax_letter(s, admin, done.id)
    assert job.number == "0478123456" and job.letter_id == done.id and job.contact_id == c.id
    assert job.subject.startswith(done.number) and job.pages_total >= 1


def test_sent_and_received_faxes_are_numbered_in_their_own_registers(
    db: Database, admin: Actor, emulators: list[FaxModemEmulator]
) -> None:
    from sivadesk.ops import attachments, letters, registers

    with db.session() as s:
        registers.create_register(s, admin, "Télécopies envoyées", "FXO", "outbound", "FXO-{year}-{seq:04}")
        registers.create_register(s, admin, "Télécopies reçues", "FXI", "inbound", "FXI-{year}-{seq:04}")
        office.set_value(s, admin, "fax_out_register", "FXO")
        office.set_value(s, admin, "fax_in_register", "FXI")
        job = fax.queue_fax(s, admin, "0478123456", [("devis.pdf", _pdf(1))], subject="Devis 42")
    service, emu = _service(db, emulators)
    sent = service.send_next()
    assert sent is not None and sent.state == "done" and sent.entry_id is not None
    page = np.zeros((200, 1728), dtype=bool)
    page[20:40, 10:500] = True
    emu.ring(Incoming([encode_page(page)], tsi="+98 21 8888 0000"), rings=2)
    got = service.listen(3.0)
    assert got is not None and got.letter_id is not None
    year = utcnow().year
    with db.read_session() as s:
        out_entry = letters.get_letter(s, admin, sent.entry_id)
        in_entry = letters.get_letter(s, admin, got.letter_id)
        assert out_entry.number == f"FXO-{year}-0001" and out_entry.subject == "Devis 42"
        assert in_entry.number == f"FXI-{year}-0001" and in_entry.their_number == "+98 21 8888 0000"
        files = attachments.list_attachments(s, admin, "letter", got.letter_id)
        assert [f.filename for f in files] == [f"fax-{got.id}.pdf"]
        assert [f.filename for f in attachments.list_attachments(s, admin, "letter", sent.entry_id)] == [
            "devis.pdf"
        ]
    assert job.id == sent.id
