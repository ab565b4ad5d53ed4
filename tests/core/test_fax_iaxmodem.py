"""The Class 1 drivers against independent software: two Debian ``iaxmodem`` software modems call
each other over IAX2 on 127.0.0.1 (no PBX), ``efax`` is the fax machine at the other end.

iaxmodem reads its configuration from /etc/iaxmodem/<name> and logs to /var/log/iaxmodem at fixed
paths, so each instance runs in a private mount namespace (``unshare -m``) with a scratch directory
bind-mounted over those two: nothing is written under /etc. That needs root; without root, iaxmodem,
efax or unshare the tests are skipped and say why.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from sivadesk.db import Database
from sivadesk.fax import class1
from sivadesk.fax.modem import CallResult, Cause, ModemSettings
from sivadesk.fax.service import FaxService
from sivadesk.fax.t4 import Coding, decode_page
from sivadesk.fax.transport import SerialTransport
from sivadesk.models import utcnow
from sivadesk.ops import contacts, fax
from sivadesk.ops.contacts import ContactInput, PhoneInput
from sivadesk.ops.context import Actor

HEADER_ROWS = 20  # efax puts a header line of 20 rows above each page it sends
MARGIN = 32  # our test pages are white at the top: efax's header text may reach a few rows further

pytestmark = [
    pytest.mark.skipif(
        not (shutil.which("iaxmodem") and shutil.which("efax") and shutil.which("unshare")),
        reason="needs Debian's iaxmodem and efax (apt-get install iaxmodem efax) and unshare",
    ),
    # Class 1 is real time (a frame must be answered within tens of milliseconds): scripts/test.sh
    # runs these calls on their own after the parallel suite, not beside it.
    pytest.mark.realtime,
]


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Line:
    dir: Path
    tty_a: str  # our modem in the send test, efax's in the receive test
    tty_b: str


@pytest.fixture(scope="module")
def line(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Line]:
    if os.geteuid() != 0:
        pytest.skip("iaxmodem reads /etc/iaxmodem at a fixed path: the private mount needs root")
    root = tmp_path_factory.mktemp("iax")
    (root / "etc").mkdir()
    (root / "log").mkdir()
    port_a, port_b = _free_udp_port(), _free_udp_port()
    for name, port, other in (("modemA", port_a, port_b), ("modemB", port_b, port_a)):
        (root / "etc" / name).write_text(
            f"device {root}/tty{name}\nowner root:root\nmode 660\nport {port}\nrefresh 0\n"
            f"server 127.0.0.1:{other}\npeername sivadesk\nsecret x\ncodec slinear\n"
        )
    procs = []
    for name in ("modemA", "modemB"):
        script = (
            f"mount --bind {root}/etc /etc/iaxmodem && mount --bind {root}/log /var/log/iaxmodem "
            f"&& exec iaxmodem {name}"
        )
        with (root / f"{name}.out").open("wb") as out:
            procs.append(
                subprocess.Popen(
                    ["unshare", "-m", "--propagation", "private", "sh", "-c", script],
                    stdout=out,
                    stderr=subprocess.STDOUT,
                )
            )
    try:
        deadline = time.monotonic() + 10
        while not all((root / f"tty{n}").exists() for n in ("modemA", "modemB")):
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                said = " / ".join(
                    (root / f"{n}.out").read_text(errors="replace") for n in ("modemA", "modemB")
                )
                pytest.skip(f"iaxmodem did not start: {said.strip()[:300]}")
            time.sleep(0.2)
        time.sleep(6)  # iaxmodem is busied out for 5 s after it starts
        yield Line(root, str(root / "ttymodemA"), str(root / "ttymodemB"))
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)


def _pages(seed: int, count: int, rows: int = 300) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    pages = []
    for _ in range(count):
        page = np.zeros((rows, 1728), dtype=bool)
        for r in range(MARGIN, rows - 2, 3):
            start = int(rng.integers(0, 1600))
            page[r : r + 2, start : start + int(rng.integers(1, 120))] = True
        page[rows - 1, :7] = True  # a black edge pixel run on the last row
        page[MARGIN, 1727] = True
        pages.append(page)
    return pages


def _efax(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            ["efax", "-o1", "-iE0", "-v", "ewinchmr", *args], stdout=out, stderr=subprocess.STDOUT
        )


def _tracer(path: Path) -> Callable[[str, bytes], None]:
    """Our side of the conversation, for the failure message."""
    start = time.monotonic()

    def trace(direction: str, data: bytes) -> None:
        with path.open("a") as out:
            out.write(
                f"{time.monotonic() - start:8.3f} {direction} {data[:48]!r}{'…' if len(data) > 48 else ''}\n"
            )

    return trace


def _finish(proc: subprocess.Popen[bytes], timeout: float) -> int:
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.terminate()
        proc.wait(5)
        return -1


def test_our_class1_sender_to_efax(line: Line) -> None:
    rx = line.dir / "rx"
    rx.mkdir(exist_ok=True)
    efax = _efax(
        ["-d", line.tty_b, "-iS0=1", "-w", "-x", str(line.dir / "LCK..rx"), "-r", str(rx / "page")],
        line.dir / "efax-rx.log",
    )
    time.sleep(2)
    pages = _pages(1, 2)
    settings = ModemSettings(fax_class="1", local_id="+33 1 23 45 67 89")
    confirmed: list[int] = []
    for _attempt in range(3):  # iaxmodem answers NO DIALTONE for 5 s after the previous call
        with SerialTransport(line.tty_a, trace=_tracer(line.dir / "ours-tx.log")) as transport:
            transport.on_page = confirmed.append
            result = transport.run(class1.send(settings, "200", pages))
        if result.cause is not Cause.NO_DIALTONE:
            break
        time.sleep(3)
    code = _finish(efax, 30)
    log = (line.dir / "efax-rx.log").read_text(errors="replace")
    ours = (line.dir / "ours-tx.log").read_text()
    assert result.ok, f"{result.detail}\n{ours[-3000:]}\n{log[-1500:]}"
    assert code == 0, log[-2000:]
    assert confirmed == [1, 2]
    assert [(p.number, p.status) for p in result.pages] == [(1, "MCF"), (2, "MCF")]
    assert "+33 1 23 45 67 89" in log  # efax read our TSI
    assert result.session is not None and result.session.rate == 14400
    for n, sent in enumerate(pages, start=1):
        image = Image.open(rx / f"page.{n:03d}")
        assert image.size == (1728, sent.shape[0])
        got = ~np.array(image.convert("1"))  # efax writes min-is-white TIFF-F: white is 1 here
        assert np.array_equal(got, sent), f"page {n} differs in {int((got != sent).sum())} pixels"


def test_our_class1_sender_to_efax_standard_fine_mix(line: Line) -> None:
    """Fine, standard, fine in one call: EOM before each change, efax's DIS again, a new DCS. efax
    writes each page's vertical resolution in its TIFF; the pages match ours pixel for pixel at
    their own resolutions."""
    rx = line.dir / "rx-mix"
    rx.mkdir(exist_ok=True)
    efax = _efax(
        ["-d", line.tty_b, "-iS0=1", "-w", "-x", str(line.dir / "LCK..rx"), "-r", str(rx / "page")],
        line.dir / "efax-rx-mix.log",
    )
    time.sleep(2)
    fine_pages = _pages(5, 2, rows=300)
    pages = [fine_pages[0], _pages(6, 1, rows=150)[0], fine_pages[1]]
    fines = [True, False, True]
    settings = ModemSettings(fax_class="1", local_id="+33 1 23 45 67 89")
    confirmed: list[int] = []
    for _attempt in range(3):  # iaxmodem answers NO DIALTONE for 5 s after the previous call
        with SerialTransport(line.tty_a, trace=_tracer(line.dir / "ours-tx-mix.log")) as transport:
            transport.on_page = confirmed.append
            result = transport.run(class1.send(settings, "200", pages, fine=fines))
        if result.cause is not Cause.NO_DIALTONE:
            break
        time.sleep(3)
    code = _finish(efax, 30)
    log = (line.dir / "efax-rx-mix.log").read_text(errors="replace")
    ours = (line.dir / "ours-tx-mix.log").read_text()
    assert result.ok, f"{result.detail}\n{ours[-3000:]}\n{log[-1500:]}"
    assert code == 0, log[-2000:]
    assert confirmed == [1, 2, 3]
    assert [(p.number, p.status) for p in result.pages] == [(1, "MCF"), (2, "MCF"), (3, "MCF")]
    assert log.count("received EOM") == 2 and log.count("received DCS") >= 3  # phase B after each EOM
    assert result.session is not None and result.session.fine  # the last DCS: fine
    for n, (sent, fine) in enumerate(zip(pages, fines, strict=True), start=1):
        image = Image.open(rx / f"page.{n:03d}")
        assert image.size == (1728, sent.shape[0])
        assert round(image.info["dpi"][1]) == (196 if fine else 98), image.info
        got = ~np.array(image.convert("1"))
        assert np.array_equal(got, sent), f"page {n} differs in {int((got != sent).sum())} pixels"


def test_efax_sender_to_our_class1_receiver(line: Line) -> None:
    pages = _pages(2, 2, rows=260)
    files = []
    for n, page in enumerate(pages, start=1):
        path = line.dir / f"send{n}.pbm"
        path.write_bytes(b"P4\n1728 %d\n" % page.shape[0] + np.packbits(page, axis=1).tobytes())
        files.append(str(path))
    holder: dict[str, CallResult] = {}
    settings = ModemSettings(fax_class="1", local_id="+98 21 8888 7777", answer_rings=1)

    def answer() -> None:
        with SerialTransport(line.tty_b, trace=_tracer(line.dir / "ours-rx.log")) as transport:
            holder["result"] = transport.run(class1.receive(settings, ring_timeout=60))

    thread = threading.Thread(target=answer)
    thread.start()
    time.sleep(1)
    for _attempt in range(3):  # iaxmodem answers NO DIALTONE for 5 s after the previous call
        efax = _efax(
            ["-d", line.tty_a, "-x", str(line.dir / "LCK..tx"), "-l", "+33 5 55 66 77", "-t", "100", *files],
            line.dir / "efax-tx.log",
        )
        code = _finish(efax, 120)
        if "NO DIALTONE" not in (line.dir / "efax-tx.log").read_text(errors="replace"):
            break
        time.sleep(3)
    thread.join(60)
    log = (line.dir / "efax-tx.log").read_text(errors="replace")
    assert code == 0, log[-2000:]
    result = holder["result"]
    assert result.ok, f"{result.detail}\n{(line.dir / 'ours-rx.log').read_text()[-3000:]}\n{log[-1500:]}"
    assert result.remote_id == "+33 5 55 66 77"
    assert "+98 21 8888 7777" in log  # efax read our CSI
    assert [(p.number, p.confirmed) for p in result.pages] == [(1, True), (2, True)]
    assert result.session is not None
    for data, sent in zip(result.received, pages, strict=True):
        decoded = decode_page(data, coding=Coding.MR if result.session.mr else Coding.MH)
        assert decoded.bad_lines == 0 and decoded.rtc
        got = decoded.pixels
        assert got.shape == (HEADER_ROWS + sent.shape[0], 1728)
        assert np.array_equal(got[HEADER_ROWS + MARGIN :], sent[MARGIN:])


def test_our_sender_to_our_receiver_negotiates_mr(line: Line) -> None:
    """Both ends SivaDesk: our DIS offers 2-D, so the pages travel MR-coded through real modems."""
    pages = _pages(4, 2, rows=240)
    holder: dict[str, CallResult] = {}

    def answer() -> None:
        settings = ModemSettings(fax_class="1.0", local_id="+98 21 1111", answer_rings=1)
        with SerialTransport(line.tty_b, trace=_tracer(line.dir / "ours-mr-rx.log")) as transport:
            holder["result"] = transport.run(class1.receive(settings, ring_timeout=60))

    thread = threading.Thread(target=answer)
    thread.start()
    time.sleep(1)
    settings = ModemSettings(fax_class="1", local_id="+33 2 22 33 44")
    for _attempt in range(3):  # iaxmodem answers NO DIALTONE for 5 s after the previous call
        with SerialTransport(line.tty_a, trace=_tracer(line.dir / "ours-mr-tx.log")) as transport:
            sent = transport.run(class1.send(settings, "200", pages))
        if sent.cause is not Cause.NO_DIALTONE:
            break
        time.sleep(3)
    thread.join(60)
    assert sent.ok, f"{sent.detail}\n{(line.dir / 'ours-mr-tx.log').read_text()[-3000:]}"
    got = holder["result"]
    assert got.ok, f"{got.detail}\n{(line.dir / 'ours-mr-rx.log').read_text()[-3000:]}"
    assert sent.session is not None and sent.session.mr and sent.session.fine
    assert got.session == sent.session
    assert sent.remote_id == "+98 21 1111" and got.remote_id == "+33 2 22 33 44"
    assert len(got.received) == 2
    for data, page in zip(got.received, pages, strict=True):
        decoded = decode_page(data, coding=Coding.MR)
        assert decoded.bad_lines == 0 and np.array_equal(decoded.pixels, page)


def test_our_sender_to_our_receiver_standard_fine_mix(line: Line) -> None:
    """Both ends SivaDesk, fine, standard, fine: our receiver sends its DIS again after each EOM and
    gives back each page's resolution with it."""
    pages = [_pages(7, 1, rows=240)[0], _pages(8, 1, rows=120)[0], _pages(9, 1, rows=240)[0]]
    fines = [True, False, True]
    holder: dict[str, CallResult] = {}

    def answer() -> None:
        settings = ModemSettings(fax_class="1", local_id="+98 21 2222", answer_rings=1)
        with SerialTransport(line.tty_b, trace=_tracer(line.dir / "ours-mix-rx.log")) as transport:
            holder["result"] = transport.run(class1.receive(settings, ring_timeout=60))

    thread = threading.Thread(target=answer)
    thread.start()
    time.sleep(1)
    settings = ModemSettings(fax_class="1", local_id="+33 2 22 33 55")
    confirmed: list[int] = []
    for _attempt in range(3):  # iaxmodem answers NO DIALTONE for 5 s after the previous call
        with SerialTransport(line.tty_a, trace=_tracer(line.dir / "ours-mix-tx.log")) as transport:
            transport.on_page = confirmed.append
            sent = transport.run(class1.send(settings, "200", pages, fine=fines))
        if sent.cause is not Cause.NO_DIALTONE:
            break
        time.sleep(3)
    thread.join(60)
    assert sent.ok, f"{sent.detail}\n{(line.dir / 'ours-mix-tx.log').read_text()[-3000:]}"
    got = holder["result"]
    assert got.ok, f"{got.detail}\n{(line.dir / 'ours-mix-rx.log').read_text()[-3000:]}"
    assert confirmed == [1, 2, 3]
    assert got.received_fine == fines
    assert [p.confirmed for p in got.pages] == [True] * 3
    for data, session, page in zip(got.received, got.received_sessions, pages, strict=True):
        decoded = decode_page(data, coding=Coding.MR if session.mr else Coding.MH)
        assert decoded.bad_lines == 0 and np.array_equal(decoded.pixels, page)


# The store part is tested on both backends with the emulator (test_fax_queue); one is enough here.
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_fax_service_class1_sends_a_queued_fax_and_receives_one(
    line: Line, db: Database, admin: Actor
) -> None:
    """The modem service with ``fax_class="1"``: a queued PDF goes out to efax and is confirmed page
    by page; a fax from efax is answered, stored and matched to the contact by its TSI."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=14)
    pdf.add_page()
    pdf.cell(0, 10, "Devis 2026-0042 (Class 1)")
    with db.session() as s:
        contacts.create_contact(
            s, admin, ContactInput(last_name="Durand", phones=(PhoneInput("+33 5 55 66 77", "Fax"),))
        )
        job = fax.queue_fax(s, admin, "200", [("devis.pdf", bytes(pdf.output()))], subject="Devis")
    rx = line.dir / "rx-service"
    rx.mkdir(exist_ok=True)
    settings = ModemSettings(fax_class="1", local_id="+33 1 23 45 67 89", answer_rings=1)
    service = FaxService(db, line.tty_a, settings, name="iax-a")
    service.transport.open()
    try:
        info = None
        for _attempt in range(3):  # iaxmodem answers NO DIALTONE for 5 s after the previous call
            efax = _efax(
                ["-d", line.tty_b, "-iS0=1", "-w", "-x", str(line.dir / "LCK..rx"), "-r", str(rx / "page")],
                line.dir / "efax-service-rx.log",
            )
            time.sleep(2)
            info = service.send_next()
            _finish(efax, 30)
            assert info is not None
            if info.state != "sleeping":
                break
            time.sleep(3)
            with db.session() as s:
                from sivadesk.models.fax import FaxJob

                row = s.get(FaxJob, job.id)
                assert row is not None
                row.next_try_at = utcnow()
        assert info is not None and info.state == "done", info
        assert info.pages_sent == info.pages_total == 1
        assert (rx / "page.001").exists()

        sender = _pages(3, 1, rows=200)[0]
        path = line.dir / "service.pbm"
        path.write_bytes(b"P4\n1728 200\n" + np.packbits(sender, axis=1).tobytes())
        received: dict[str, object] = {}

        def listen() -> None:
            received["info"] = service.listen(60)

        thread = threading.Thread(target=listen)
        thread.start()
        time.sleep(6)
        for _attempt in range(3):
            efax = _efax(
                [
                    "-d",
                    line.tty_b,
                    "-x",
                    str(line.dir / "LCK..tx"),
                    "-l",
                    "+33 5 55 66 77",
                    "-t",
                    "100",
                    str(path),
                ],
                line.dir / "efax-service-tx.log",
            )
            _finish(efax, 120)
            if "NO DIALTONE" not in (line.dir / "efax-service-tx.log").read_text(errors="replace"):
                break
            time.sleep(3)
        thread.join(90)
        got = received.get("info")
        assert got is not None, (line.dir / "efax-service-tx.log").read_text(errors="replace")[-1500:]
        assert got.pages == 1 and got.complete and got.remote_id == "+33 5 55 66 77"  # type: ignore[attr-defined]
        assert got.contact_name == "Durand"  # type: ignore[attr-defined]
    finally:
        service.transport.close()
