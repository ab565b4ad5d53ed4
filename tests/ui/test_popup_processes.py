"""Pop-ups across processes: the desktop hosting the listener (a pty unit, the real transport) and a
second desktop process on the same store that learns of the call through the change feed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from calls_fixtures import add_person
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS

from sivadesk.db import Database
from sivadesk.devices.callerid.simulate import PtyModem, SimCall, encode
from sivadesk.models.calls import Call
from sivadesk.ops.context import Actor
from sivadesk.ui.call_popup_manager import PopupManager
from sivadesk.ui.callerid_host import CallerIdHost, Source, parse_source
from sivadesk.ui.context import UiContext

pytestmark = QT_MARKS

ROOT = Path(__file__).resolve().parents[2]

#: A second desktop: change feed + pop-up manager, signed in as ``agent``; prints one JSON line
#: per card once it shows the caller's name, and "READY" once the feed listens.
SECOND_DESKTOP = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from sivadesk.config import Settings
from sivadesk.db import Database
from sivadesk.models import Role, User
from sivadesk.ops import office
from sivadesk.ops.context import Actor
from sivadesk.ui.call_popup_manager import PopupManager
from sivadesk.ui.context import UiContext
from sivadesk.ui.feed import FeedSubscriber
from sivadesk.ui.runner import Runner

app = QApplication([])
db = Database(sys.argv[1])
with db.read_session() as s:
    u = s.scalars(select(User).where(User.username == "agent")).one()
    actor = Actor(u.id, u.username, Role(u.role), u.full_name)
    values = office.load(s)
ctx = UiContext(db, Runner(db, "store"), Runner(db, "pages"), actor,
                Settings(Path(tempfile.mkdtemp()) / "s.json"), values)
manager = PopupManager(ctx)
feed = FeedSubscriber(db, poll_interval=0.05)
feed.topic_event.connect(lambda t, e: manager.on_feed_event(e) if t == "call" else None)
done = set()

def report():
    for card in manager.cards:
        v = card.view
        if v.call_id not in done and v.enriched and card.isVisible():
            done.add(v.call_id)
            print(json.dumps({"call_id": v.call_id, "name": card.name_label.text(),
                              "calls_today": card.fact_values["calls_today"].text()}), flush=True)
            app.quit()

manager.popup_shown.connect(lambda card: card.updated.connect(report))
feed.started.connect(lambda: print("READY", flush=True))
feed.start()
app.exec()
feed.stop()
manager.stop()
ctx.runner.stop()
ctx.pages.stop()
"""


@pytest.fixture
def modem() -> Iterator[PtyModem]:
    m = PtyModem()
    yield m
    m.close()


def test_source_specs() -> None:
    assert parse_source("serial:/dev/ttyUSB0|auto|Front {n}") == Source(
        "serial", "/dev/ttyUSB0", "auto", "Front {n}"
    )
    assert parse_source("udp:3520||") == Source("udp", "3520", "auto", "")
    assert parse_source(Source("serial", "COM3", "whozz", "2").spec()) == Source(
        "serial", "COM3", "whozz", "2"
    )
    for bad in ("", "serial", "tcp:1|auto|", "udp:port|ethernet|", "udp:70000||"):
        with pytest.raises(ValueError):
            parse_source(bad)


def test_listener_desktop_pops_up_from_the_pty_and_stores_the_call(
    qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext, modem: PtyModem
) -> None:
    claire = add_person(db, admin, "Claire", "Martin", "+33 6 12 34 56 78", org="Atelier Martin")
    manager = PopupManager(agent_ctx)
    qtbot.waitUntil(lambda: manager.watched is not None, timeout=10000)
    host = CallerIdHost(agent_ctx, manager)
    try:
        host.start([Source("serial", modem.path, "whozz", "Front {n}")])
        spec = f"serial:{modem.path}|whozz|Front {{n}}"
        qtbot.waitUntil(lambda: host.status.get(spec) == "connected", timeout=10000)
        start, end = encode("whozz", SimCall(number="0612345678", name="MARTIN C", line=2, duration_s=42))
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            modem.write(start)
        card = shown.args[0]
        # Shown from the decoded record, with the contact looked up before anything is stored.
        assert card.view.line == "Front 2" and card.view.contact_id == claire
        assert card.name_label.text() == "Claire Martin"
        qtbot.waitUntil(lambda: card.view.call_id is not None and card.view.enriched, timeout=10000)
        assert card.company_label.text() == "Atelier Martin"
        modem.write(end)
        qtbot.waitUntil(lambda: card.state_label.text() == "Ended", timeout=10000)
        with db.read_session() as s:
            row = s.get(Call, card.view.call_id)
            assert row is not None and row.line == "Front 2" and row.contact_id == claire
            assert row.duration_s == 42 and row.source == "whozz"
        assert len(manager.cards) == 1
    finally:
        host.stop()
        manager.stop()


def test_second_desktop_process_gets_the_popup(
    qtbot: QtBot, db: Database, admin: Actor, agent: Actor, admin_ctx: UiContext, modem: PtyModem
) -> None:
    """The unit is read by this process; another desktop process shows the pop-up from the feed."""
    add_person(db, admin, "Reza", "Karimi", "+33 6 99 88 77 66", org="Karimi SARL")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", SECOND_DESKTOP, db.url], stdout=subprocess.PIPE, text=True, env=env
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.strip() == "READY":
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    host = CallerIdHost(admin_ctx, None)  # the listener's own desktop shows nothing here
    try:
        assert ready.wait(60), "the second desktop did not start"
        host.start([Source("serial", modem.path, "whozz", "")])
        qtbot.waitUntil(lambda: "connected" in host.status.values(), timeout=10000)
        (start,) = encode("whozz", SimCall(number="0699887766", line=1))  # a start record only
        modem.write(start)
        assert child.wait(60) == 0
        reader.join(5)
    finally:
        host.stop()
        if child.poll() is None:
            child.kill()
            child.wait(10)
        if child.stdout is not None:
            child.stdout.close()
    result = json.loads(lines[-1])
    assert result["name"] == "Reza Karimi" and result["calls_today"] == "1"
    with db.read_session() as s:
        row = s.get(Call, result["call_id"])
        assert row is not None and row.number_raw == "0699887766"


def test_demo_simulated_call_pops_up(qtbot: QtBot, db: Database, admin: Actor, agent_ctx: UiContext) -> None:
    """Help > Simulate a call on a demo database: a call from a contact into this desktop's own
    loopback UDP listener (an Ethernet Link record), through the real decoder, store and pop-up."""
    sara = add_person(db, admin, "Sara", "Ahmadi", "+33 6 55 44 33 22")
    manager = PopupManager(agent_ctx)
    qtbot.waitUntil(lambda: manager.watched is not None, timeout=10000)
    host = CallerIdHost(agent_ctx, manager)
    try:
        with qtbot.waitSignal(manager.popup_shown, timeout=10000) as shown:
            number = host.simulate_call()
        assert number == "0655443322" and host.demo_port
        card = shown.args[0]
        assert card.view.contact_id == sara and card.name_label.text() == "Sara Ahmadi"
        qtbot.waitUntil(lambda: card.view.call_id is not None, timeout=10000)
    finally:
        host.stop()
        manager.stop()
