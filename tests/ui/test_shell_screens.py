"""The main window as a user sees it, in English and in Persian (right to left).

Screenshots go to ``$SIVADESK_SCREENSHOTS`` when set (``out/`` in a checkout), else to the test's
temporary folder; the assertions check what a screenshot alone would not (direction, layout).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS, out_dir

from sivadesk.ops import activity, office
from sivadesk.ops.contacts import ContactInput, PhoneInput, create_contact
from sivadesk.ui.context import UiContext
from sivadesk.ui.i18n import install_language
from sivadesk.ui.main_window import MainWindow

pytestmark = QT_MARKS


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    lang = install_language(qapp, "fa")
    yield
    lang.remove(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setFont(font)
    QLocale.setDefault(QLocale("en"))


def fill(ctx: UiContext) -> None:
    with ctx.db.session() as s:
        office.set_value(s, ctx.actor, "office_name", "Cabinet Dupont & Rezaei")
        people = [
            ("Jean", "Dupont", "06 12 34 56 78"),
            ("مریم", "رضایی", "0912 345 6789"),
            ("Ali", "Karimi", ""),
        ]
        for first, last, phone in people:
            c = create_contact(
                s,
                ctx.actor,
                ContactInput(first_name=first, last_name=last, phones=(PhoneInput(phone),) if phone else ()),
            )
            activity.add_note(s, ctx.actor, c.id, f"Premier contact avec {first}")
        ctx.office = office.load(s)


def settle(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Show a page and let its background loading finish."""
    window.show_page(key)
    ctx = window.ctx
    qtbot.waitUntil(lambda: ctx.runner.pending == 0 and ctx.pages.pending == 0, timeout=10000)


def shown(qtbot: QtBot, ctx: UiContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    home = window.pages["home"]
    with qtbot.waitSignal(home.loaded, timeout=10000):  # type: ignore[attr-defined]
        home.refresh()  # type: ignore[attr-defined]
    return window


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_english_screenshot(qtbot: QtBot, admin_ctx: UiContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    fill(admin_ctx)
    window = shown(qtbot, admin_ctx)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    nav_x = window.nav.mapTo(window, QPoint(0, 0)).x()
    stack_x = window.stack.mapTo(window, QPoint(0, 0)).x()
    assert nav_x < stack_x  # navigation on the left
    assert window.grab().save(str(out_dir(tmp_path) / "main-window-en.png"))
    settle(qtbot, window, "contacts")
    assert window.grab().save(str(out_dir(tmp_path) / "contacts-en.png"))
    window.show_page("settings")
    assert window.grab().save(str(out_dir(tmp_path) / "settings-en.png"))
    window.show_page("users")
    qtbot.waitUntil(lambda: window.pages["users"].users_tree.topLevelItemCount() > 0)  # type: ignore[attr-defined]
    assert window.grab().save(str(out_dir(tmp_path) / "users-en.png"))
    window.show_page("about")
    qtbot.waitUntil(lambda: window.pages["about"].revision.text() != "…")  # type: ignore[attr-defined]
    assert window.grab().save(str(out_dir(tmp_path) / "about-en.png"))
    window.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_persian_screenshot_is_right_to_left(  # type: ignore[no-untyped-def]
    qtbot: QtBot, admin_ctx: UiContext, persian: None, tmp_path
) -> None:
    admin_ctx.settings.set("language", "fa")
    admin_ctx.settings.set("calendar", "jalali")
    fill(admin_ctx)
    window = shown(qtbot, admin_ctx)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    nav_x = window.nav.mapTo(window, QPoint(0, 0)).x()
    stack_x = window.stack.mapTo(window, QPoint(0, 0)).x()
    assert nav_x > stack_x  # navigation on the right
    home = window.pages["home"]
    assert home.tiles["contacts"].value.text() == "۳"  # type: ignore[attr-defined]
    assert home.recent.topLevelItem(0).text(0).startswith("۱۴")  # type: ignore[attr-defined] - Jalali year
    assert window.grab().save(str(out_dir(tmp_path) / "main-window-fa.png"))
    settle(qtbot, window, "contacts")
    assert window.grab().save(str(out_dir(tmp_path) / "contacts-fa.png"))
    window.show_page("settings")
    assert window.grab().save(str(out_dir(tmp_path) / "settings-fa.png"))
    window.show_page("users")
    qtbot.waitUntil(lambda: window.pages["users"].users_tree.topLevelItemCount() > 0)  # type: ignore[attr-defined]
    assert window.grab().save(str(out_dir(tmp_path) / "users-fa.png"))
    window.show_page("about")
    qtbot.waitUntil(lambda: window.pages["about"].revision.text() != "…")  # type: ignore[attr-defined]
    assert window.grab().save(str(out_dir(tmp_path) / "about-fa.png"))
    window.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_dialog_screenshots(qtbot: QtBot, admin_ctx: UiContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sivadesk.errors import DatabaseUnavailable
    from sivadesk.ui.db_dialogs import ChooseDatabaseDialog, DatabaseUnavailableDialog
    from sivadesk.ui.login import FirstRunDialog, LoginDialog

    target = out_dir(tmp_path)
    dialogs = {
        "login": LoginDialog(admin_ctx.runner, admin_ctx.settings, "postgresql://office-server/sivadesk"),
        "first-run": FirstRunDialog(admin_ctx.runner),
        "db-unavailable": DatabaseUnavailableDialog(
            DatabaseUnavailable(url="postgresql://office-server/sivadesk", reason="connection refused"),
            "postgresql://office-server/sivadesk",
            admin_ctx.settings,
        ),
        "choose-db": ChooseDatabaseDialog(admin_ctx.settings, "postgresql://office-server/sivadesk"),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.grab().save(str(target / f"dialog-{name}.png"))
        dialog.close()
