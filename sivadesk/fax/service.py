"""The fax modem service: sends the queue's due jobs and receives calls, on the PC with the modem.

Runs headless (``sivadesk fax serve --db URL --port DEV``) or inside the desktop app. Between jobs it
listens to the modem for RING and answers after the configured number of rings. Each confirmed page
is saved at once (the resume point), so killing the service mid-call loses nothing: at the next
start :func:`sivadesk.ops.fax.recover` puts the job back in the queue at its first unconfirmed page.
"""

from __future__ import annotations

import logging
import threading

from sivadesk.db import Database
from sivadesk.fax import class1, class2
from sivadesk.fax.modem import CallResult, Cause, ModemSettings
from sivadesk.fax.transport import SerialTransport
from sivadesk.ops import fax
from sivadesk.ops.fax import FaxJobInfo, ReceivedInfo

log = logging.getLogger(__name__)


class FaxService:
    def __init__(self, db: Database, port: str, settings: ModemSettings, *, name: str = "") -> None:
        if settings.fax_class not in ("1", "1.0", "2", "2.0"):
            raise ValueError(
                f"fax class {settings.fax_class} is not supported by this service (use 1, 1.0, 2 or 2.0)"
            )
        # Class 1/1.0: T.30 in SivaDesk's code; Class 2/2.0: the modem runs T.30.
        self.driver = class1 if settings.fax_class in ("1", "1.0") else class2
        self.db = db
        self.settings = settings
        self.name = name or port
        self.transport = SerialTransport(port)
        self.stop_event = threading.Event()
        self.sent: list[FaxJobInfo] = []
        self.received: list[ReceivedInfo] = []

    # -- one step at a time (tests and the GUI drive these) ----------------------------------
    def recover(self) -> list[int]:
        with self.db.session() as s:
            ids = fax.recover(s, self.name)
        if ids:
            log.warning("fax jobs %s were interrupted by a stop of the service: queued again", ids)
        return ids

    def send_next(self) -> FaxJobInfo | None:
        """Send the next due job, if any; returns the job as it stands after the call."""
        with self.db.session() as s:
            claim = fax.claim_next(s, self.name)
        if claim is None:
            return None
        job = claim.job
        log.info("fax job %s: calling %s from page %s", job.id, job.number, job.pages_sent + 1)
        try:
            with self.db.read_session() as s:
                pages = fax.job_pages(s, job.id)
        except Exception as exc:  # a document that no longer renders: the job fails, clearly
            log.error("fax job %s: pages could not be made: %s", job.id, exc)
            result = CallResult(Cause.PROTOCOL, detail=f"the document could not be prepared: {exc}")
            with self.db.session() as s:
                return fax.finish_attempt(s, job.id, claim.attempt_id, result)

        def confirmed(page: int) -> None:
            with self.db.session() as s:
                fax.page_confirmed(s, job.id, claim.attempt_id, page)

        self.transport.on_page = confirmed
        if self.driver is class1:  # Class 1 chooses the resolution itself (DCS)
            driver = class1.send(
                self.settings, job.number, pages, first_page=job.pages_sent, fine=job.resolution != "standard"
            )
        else:
            driver = class2.send(
                self.settings, job.number, pages, first_page=job.pages_sent, fine=job.resolution != "standard"
            )
        result = self.transport.run(driver)
        self.transport.on_page = None
        with self.db.session() as s:
            info = fax.finish_attempt(s, job.id, claim.attempt_id, result)
        log.info("fax job %s: %s (%s) -> %s", job.id, result.cause.value, result.detail or "ok", info.state)
        self.sent.append(info)
        return info

    def listen(self, seconds: float) -> ReceivedInfo | None:
        """Wait up to ``seconds`` for a call; receive it if one comes (never with answer_rings 0)."""
        if self.settings.answer_rings <= 0:
            self.stop_event.wait(seconds)
            return None
        lines = self.transport.lines(seconds, stop_on=("RING",))
        rings = sum(1 for line in lines if line.upper().startswith("RING"))
        if not rings:
            return None
        number = next(
            (line.split("=", 1)[1].strip() for line in lines if line.upper().startswith("NMBR")), ""
        )
        result = self.transport.run(self.driver.receive(self.settings, rings_seen=rings))
        if not result.received and not result.ok:
            log.info("incoming call not received: %s", result.detail)
            return None
        with self.db.session() as s:
            info = fax.record_received(s, result, number=number, modem=self.name)
        log.info("fax received from %s: %s page(s)", info.remote_id or info.number or "?", info.pages)
        self.received.append(info)
        return info

    # -- the loop ----------------------------------------------------------------------------
    def serve(self, poll: float = 5.0) -> None:
        """Until :meth:`stop`: recover, then send due jobs and answer calls in between. A port that
        fails is reopened every few seconds."""
        self.recover()
        while not self.stop_event.is_set():
            try:
                if not self.transport.is_open:
                    self.transport.open()
                    log.info("fax modem on %s opened", self.name)
                if self.send_next() is None:
                    self.listen(poll)
            except OSError as exc:
                log.error("fax modem on %s: %s; retrying in 3 s", self.name, exc)
                self.transport.close()
                self.stop_event.wait(3.0)
        self.transport.close()

    def stop(self) -> None:
        self.stop_event.set()
        self.transport.cancelled.set()
