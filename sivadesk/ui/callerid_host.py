"""The caller-ID listener inside the desktop application, on the PC the unit is plugged into.

:class:`CallerIdHost` runs one :class:`~sivadesk.devices.callerid.transport.SerialWorker` per
configured serial port and one :class:`~sivadesk.devices.callerid.transport.UdpListener` per UDP
port (Settings > Caller ID; the ``callerid_sources`` desktop setting). Each worker thread:

1. decodes the bytes (the transport's format detector, or the forced format);
2. hands a call record to the GUI thread at once (a queued signal) so this desktop's pop-up appears
   before anything is stored: the feed round trip is skipped here;
3. records the event (:func:`sivadesk.ops.calls.record_event`) in its own transaction with its own
   :class:`~sivadesk.ops.contact_search.PhoneDirectory`, which puts it on the change feed for
   every other desktop, and hands the stored call back to the GUI thread to complete the card.

A timer ends the calls of lines that stopped ringing (units without hook detection,
:func:`sivadesk.ops.calls.expire_lines`). On a demo database, :meth:`CallerIdHost.simulate_call`
plays a call from a demo contact into a loopback UDP listener, so a newcomer sees a pop-up.

A source is written ``serial:<port>|<format>|<line>`` or ``udp:<port>|<format>|<line>``; format
``auto`` (or empty) detects it, line empty uses the unit's line number (``{n}`` in a name is
replaced by it).
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from sqlalchemy import select

from sivadesk import phones
from sivadesk.devices.callerid.events import CallerIdEvent, Event, ProtocolError
from sivadesk.ops import calls as call_ops
from sivadesk.ops.calls import CallInfo
from sivadesk.ui.call_popup import PopupView
from sivadesk.ui.call_popup_manager import PopupManager
from sivadesk.ui.context import UiContext

log = logging.getLogger("sivadesk.ui.callerid")

#: how often lines that stopped ringing are ended (ms)
EXPIRE_MS = 2000
#: at most this long a worker waits for the card before storing the call (s)
SHOW_WAIT_S = 0.15
KINDS = ("serial", "udp")


@dataclass(frozen=True, slots=True)
class Source:
    """One caller-ID unit this desktop listens to."""

    kind: str  # "serial" or "udp"
    address: str  # a serial device (/dev/ttyUSB0, COM3, socket://…) or a UDP port number
    format: str = "auto"
    line: str = ""

    def spec(self) -> str:
        return f"{self.kind}:{self.address}|{self.format}|{self.line}"

    @property
    def udp_port(self) -> int:
        return int(self.address)


class SourceError(ValueError):
    pass


def parse_source(spec: str) -> Source:
    """``serial:/dev/ttyUSB0|auto|Front {n}`` -> Source; SourceError for anything malformed."""
    head, _, rest = spec.strip().partition("|")
    fmt, _, line = rest.partition("|")
    kind, sep, address = head.partition(":")
    kind, address, fmt = kind.strip().lower(), address.strip(), (fmt.strip() or "auto")
    if not sep or kind not in KINDS or not address:
        raise SourceError(f"not a caller-ID source: {spec!r}")
    if kind == "udp" and (not address.isdigit() or not 0 < int(address) < 65536):
        raise SourceError(f"not a UDP port: {address!r}")
    return Source(kind, address, fmt, line.strip())


def configured_sources(ctx: UiContext) -> list[Source]:
    out = []
    for spec in ctx.settings.get("callerid_sources"):
        try:
            out.append(parse_source(spec))
        except SourceError as exc:
            log.warning("ignoring caller-ID source: %s", exc)
    return out


def view_from_event(event: CallerIdEvent, line: str) -> PopupView:
    return PopupView(
        line=call_ops.line_name(line or None, event.line),
        number_raw=event.number or "",
        network_name=event.name or "",
        private=event.private,
    )


class _Recorder:
    """Runs on the transport's threads: one session per event, one phone directory per thread."""

    def __init__(self, host: CallerIdHost, source: Source) -> None:
        self.host = host
        self.source = source
        self.db = host.ctx.db
        self._local = threading.local()

    def __call__(self, event: Event, received_at: dt.datetime) -> None:
        if isinstance(event, ProtocolError):
            return
        line = self.source.line
        directory = getattr(self._local, "directory", None)
        if directory is None:
            from sivadesk.ops.contact_search import PhoneDirectory

            directory = self._local.directory = PhoneDirectory(self.db)
        if (
            isinstance(event, CallerIdEvent)
            and event.popup
            and event.direction != "out"
            and event.kind != "call_end"
        ):
            # The caller's name before the call is stored: one indexed lookup (about a
            # millisecond at a million contacts), the same one record_event makes.
            view = view_from_event(event, line)
            if event.number and not phones.is_placeholder(phones.digits_of(event.number)):
                try:
                    found = directory.lookup(event.number, limit=1)
                except Exception:
                    log.exception("caller lookup failed for the pop-up")
                    found = []
                if found:
                    c = found[0]
                    view = replace(
                        view, contact_id=c.id, contact_name=c.display_name, company_name=c.organization
                    )
            # Let the GUI thread put the card up before this thread starts the store work: both
            # need the GIL, and PySide gives it back at every Qt call, so a worker busy recording
            # would slow each step of building the card (measured: +40 ms on a loaded machine).
            shown = threading.Event()
            self.host.pending_shows[id(view)] = shown
            self.host.decoded.emit(view)
            shown.wait(SHOW_WAIT_S)
            self.host.pending_shows.pop(id(view), None)
        try:
            with self.db.session() as s:
                info = call_ops.record_event(
                    s, event, line=line or None, received_at=received_at, directory=directory
                )
        except Exception:
            log.exception("caller-ID event could not be recorded: %r", event)
            return
        if info is not None:
            self.host.recorded.emit(info)


class CallerIdHost(QObject):
    #: a call record decoded on this PC, before it is stored (worker thread -> GUI thread)
    decoded = Signal(object)
    #: the stored call after an event (worker thread -> GUI thread)
    recorded = Signal(object)
    #: (source spec, state): connected, disconnected, init_failed, listening, failed
    status_changed = Signal(str, str)

    def __init__(self, ctx: UiContext, popups: PopupManager | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.popups = popups
        self.workers: list[Any] = []
        self.status: dict[str, str] = {}
        self.demo_port: int | None = None
        #: decoded records waiting for their card (worker threads wait on these, briefly)
        self.pending_shows: dict[int, threading.Event] = {}
        self._demo_listener: Any = None
        self._expire = QTimer(self)
        self._expire.setInterval(EXPIRE_MS)
        self._expire.timeout.connect(self._expire_lines)
        self._expiring = False
        self.decoded.connect(self._show_decoded)
        self.recorded.connect(self._show_recorded)

    @property
    def running(self) -> bool:
        return bool(self.workers)

    # -- start / stop --------------------------------------------------------------------------
    def start_configured(self) -> None:
        sources = configured_sources(self.ctx)
        if sources:
            self.start(sources)

    def start(self, sources: list[Source]) -> None:
        from sivadesk.devices.callerid.transport import PortConfig, SerialWorker, UdpListener

        self.stop()
        for source in sources:
            recorder = _Recorder(self, source)
            spec = source.spec()
            try:
                if source.kind == "serial":
                    fmt = None if source.format in ("", "auto") else source.format
                    config = PortConfig(source.address, format=fmt, line=source.line or None)
                    worker: Any = SerialWorker(config, recorder, self._status_reporter(spec))
                else:
                    worker = UdpListener(recorder, port=source.udp_port)
                    self._status(spec, "listening")
            except (OSError, ValueError) as exc:
                log.error("caller-ID source %s cannot start: %s", spec, exc)
                self._status(spec, "failed")
                continue
            worker.start()
            self.workers.append(worker)
            log.info("caller-ID listener started on %s", spec)
        if self.workers:
            self._expire.start()

    def stop(self) -> None:
        workers, self.workers = self.workers, []
        for worker in workers:
            worker.stop()
        if self._demo_listener is not None:
            self._demo_listener.stop()
            self._demo_listener = None
            self.demo_port = None
        self._expire.stop()

    def _status_reporter(self, spec: str) -> Callable[[str, str], None]:
        def report(_url: str, state: str) -> None:
            self._status(spec, state)

        return report

    def _status(self, spec: str, state: str) -> None:
        self.status[spec] = state
        self.status_changed.emit(spec, state)  # queued when called from a worker thread

    # -- the GUI thread ------------------------------------------------------------------------
    @Slot(object)
    def _show_decoded(self, view: PopupView) -> None:
        try:
            if self.popups is not None:
                self.popups.show_local(view)
        finally:
            shown = self.pending_shows.get(id(view))
            if shown is not None:
                shown.set()

    @Slot(object)
    def _show_recorded(self, info: CallInfo) -> None:
        if self.popups is not None:
            self.popups.attach_call(info)

    @Slot()
    def _expire_lines(self) -> None:
        if self._expiring:
            return
        self._expiring = True

        def done(_n: object) -> None:
            self._expiring = False

        def failed(exc: Exception) -> None:
            log.warning("ending silent lines failed: %s", exc)
            self._expiring = False

        self.ctx.runner.submit(lambda s: call_ops.expire_lines(s), done, failed)

    # -- demo ----------------------------------------------------------------------------------
    def simulate_call(self, number: str | None = None, line: int = 1) -> str:
        """Play an incoming call into this desktop's own loopback listener (demo databases).

        Without ``number``, one of a random demo contact. Returns the number played.
        """
        from sivadesk.devices.callerid import simulate
        from sivadesk.devices.callerid.transport import UdpListener

        if self._demo_listener is None:
            source = Source("udp", "0", "ethernet", "")
            listener = UdpListener(_Recorder(self, source), port=0, host="127.0.0.1")
            listener.start()
            self._demo_listener = listener
            self.demo_port = int(listener.address[1])
            self._expire.start()
        if number is None:
            number = demo_number(self.ctx)
        frames = simulate.encode("ethernet", simulate.SimCall(number=number, line=line))
        simulate.send_udp(frames, "127.0.0.1", self.demo_port or 0)
        return number


def demo_number(ctx: UiContext) -> str:
    """The number of a random contact, as a unit on this office's lines sends it (national digits
    for the office's country, 00 and the country code otherwise)."""
    import phonenumbers

    from sivadesk.models import ContactPhone

    with ctx.db.read_session() as s:
        numbers = [
            e
            for e in s.scalars(select(ContactPhone.e164).where(ContactPhone.e164.is_not(None)).limit(200))
            if e
        ]
    if not numbers:
        return "0612345678"
    num = phonenumbers.parse(random.choice(numbers), None)
    if phonenumbers.region_code_for_number(num) == ctx.office.phone_region.upper():
        return phones.digits_of(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL))
    return f"00{num.country_code}{phonenumbers.national_significant_number(num)}"
