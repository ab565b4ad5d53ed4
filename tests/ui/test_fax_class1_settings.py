"""Fax modem settings offer Class 1 / 1.0 (T.30 in SivaDesk) next to Class 2 / 2.0."""

from __future__ import annotations

from pathlib import Path

import pytest
from contacts_fixtures import QT_STRICT, contacts_ctx  # noqa: F401
from pytestqt.qtbot import QtBot

from sivadesk.ui.context import UiContext
from sivadesk.ui.fax_host import FaxModemConfig, parse_config
from sivadesk.ui.fax_settings import FaxSettingsBox

pytestmark = QT_STRICT


@pytest.fixture
def ctx(contacts_ctx: UiContext) -> UiContext:  # noqa: F811
    return contacts_ctx


def test_class_1_is_offered_and_kept(qtbot: QtBot, ctx: UiContext) -> None:
    for fax_class in ("1", "1.0"):
        config = FaxModemConfig("/dev/ttyACM0", fax_class, "+33 478", 1)
        assert parse_config(config.spec) == config
    box = FaxSettingsBox(ctx)
    qtbot.addWidget(box)
    classes = [box.class_combo.itemData(i) for i in range(box.class_combo.count())]
    assert classes == ["2.0", "2", "1.0", "1"]
    ctx.settings.set("fax_modem", FaxModemConfig("/dev/ttyACM0", "1", "+33 478", 1).spec)
    box.load()
    assert box.class_combo.currentData() == "1" and box.class_combo.currentText() == "Class 1"
    assert box.config() == FaxModemConfig("/dev/ttyACM0", "1", "+33 478", 1)
    out = Path(__file__).resolve().parents[2] / "out"
    out.mkdir(exist_ok=True)
    box.class_combo.showPopup()
    box.grab().save(str(out / "fax_settings_class1.png"))
    box.class_combo.hidePopup()
