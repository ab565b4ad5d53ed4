"""Fax modem settings and the in-app modem service, against the emulated modem on a pty."""

from __future__ import annotations

import pytest
from contacts_fixtures import QT_STRICT, contacts_ctx  # noqa: F401
from pytestqt.qtbot import QtBot

from sivadesk.fax.emulator import FaxModemEmulator
from sivadesk.ops import fax
from sivadesk.ui.context import UiContext
from sivadesk.ui.fax_host import FaxHost, FaxModemConfig, parse_config
from sivadesk.ui.fax_settings import FaxSettingsBox

pytestmark = QT_STRICT


@pytest.fixture
def ctx(contacts_ctx: UiContext) -> UiContext:  # noqa: F811
    return contacts_ctx


def test_config_round_trips_and_bad_specs_fall_back() -> None:
    assert parse_config("") is None
    assert parse_config("/dev/ttyUSB0") == FaxModemConfig("/dev/ttyUSB0", "2.0", "", 2)
    config = FaxModemConfig("/dev/ttyS0", "2", "+33 478", 0)
    assert parse_config(config.spec) == config
    assert parse_config("/dev/ttyS0|9|x|many") == FaxModemConfig("/dev/ttyS0", "2.0", "x", 2)


def test_testing_the_modem_says_what_it_is(qtbot: QtBot, ctx: UiContext) -> None:
    emu = FaxModemEmulator("2.0")
    try:
        box = FaxSettingsBox(ctx)
        qtbot.addWidget(box)
        box.port_combo.setCurrentText(emu.start())
        box.test_modem()
        qtbot.waitUntil(lambda: box.test_button.isEnabled() and "2.0" in box.status.text(), timeout=10000)
        assert "SivaDesk emulator" in box.status.text()
    finally:
        emu.stop()


def test_a_port_with_no_modem_is_reported_not_frozen(qtbot: QtBot, ctx: UiContext, tmp_path: object) -> None:
    box = FaxSettingsBox(ctx)
    qtbot.addWidget(box)
    box.port_combo.setCurrentText("/dev/does-not-exist")
    box.test_modem()
    qtbot.waitUntil(lambda: box.test_button.isEnabled(), timeout=10000)
    assert "did not answer" in box.status.text()


def test_saving_starts_the_service_which_sends_the_queue(qtbot: QtBot, ctx: UiContext) -> None:
    emu = FaxModemEmulator("2.0")
    host = FaxHost(ctx)
    ctx.extras["fax_host"] = host
    try:
        with ctx.db.session() as s:
            job = fax.queue_fax(s, ctx.actor, "0478123456", [("a.txt", b"Bonjour")])
        box = FaxSettingsBox(ctx)
        qtbot.addWidget(box)
        box.port_combo.setCurrentText(emu.start())
        box.rings_spin.setValue(0)
        box.save()
        assert str(ctx.settings.get("fax_modem")).endswith("|2.0||0") and host.running

        def sent() -> bool:
            with ctx.db.read_session() as s:
                return fax.get_job(s, ctx.actor, job.id).state == "done"

        qtbot.waitUntil(sent, timeout=20000)
        assert len(emu.received) == 1
        box.port_combo.setCurrentText("")
        box.save()
        assert not host.running and ctx.settings.get("fax_modem") == ""
    finally:
        host.stop()
        emu.stop()
