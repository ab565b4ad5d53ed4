"""CalendarDateEdit: Jalali and Gregorian, Persian digits, empty, invalid text, the month pop-up."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_fixtures import QT_MARKS

from sivadesk.config import Settings
from sivadesk.ui.date_edit import CalendarDateEdit, parse_date

pytestmark = QT_MARKS
#: a Qt.Popup grabs the keyboard, which the offscreen platform says it cannot do
POPUP = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

NOWRUZ = dt.date(2025, 3, 21)  # 1404/01/01


@pytest.mark.parametrize(
    ("text", "calendar", "expected"),
    [
        ("1404/01/01", "jalali", NOWRUZ),
        ("۱۴۰۴/۱/۱", "jalali", NOWRUZ),
        ("١٤٠٤-٠١-٠١", "jalali", NOWRUZ),  # Arabic-Indic digits
        (" 1403 12 30 ", "jalali", dt.date(2025, 3, 20)),  # 1403 is a leap year
        ("21/03/2025", "gregorian", NOWRUZ),
        ("2025-03-21", "gregorian", NOWRUZ),
        ("۲۰۲۵/۰۳/۲۱", "gregorian", NOWRUZ),
        ("21.3.2025", "gregorian", NOWRUZ),
    ],
)
def test_parse_date(text: str, calendar: str, expected: dt.date) -> None:
    assert parse_date(text, calendar) == expected


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("1404/13/01", "jalali"),
        ("1404/12/30", "jalali"),  # 1404 is not a leap year
        ("21/03/2025", "jalali"),  # Jalali dates are year first
        ("31/02/2025", "gregorian"),
        ("2025/03", "gregorian"),
        ("hier", "gregorian"),
        ("1" * 5000, "gregorian"),
        ("0000/01/01", "gregorian"),
    ],
)
def test_parse_refuses(text: str, calendar: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text, calendar)


def test_jalali_persian_shows_persian_digits_and_parses(qtbot: QtBot) -> None:
    w = CalendarDateEdit(calendar="jalali", language="fa")
    qtbot.addWidget(w)
    assert w.date() is None and w.text() == "" and w.isValid()
    with qtbot.waitSignal(w.dateChanged) as sig:
        w.setDate(NOWRUZ)
    assert sig.args == [NOWRUZ]
    assert w.text() == "۱۴۰۴/۰۱/۰۱"
    w.edit.clear()
    w.edit.insert("۱۴۰۳/۱۲/۳۰")  # as typed on a Persian keyboard (keyClicks only knows ASCII keys)
    assert w.date() == dt.date(2025, 3, 20)
    w.edit.editingFinished.emit()
    assert w.text() == "۱۴۰۳/۱۲/۳۰"


def test_gregorian_french_typing_reformats(qtbot: QtBot) -> None:
    w = CalendarDateEdit(calendar="gregorian", language="fr")
    qtbot.addWidget(w)
    seen: list[object] = []
    w.dateChanged.connect(seen.append)
    qtbot.keyClicks(w.edit, "2025-3-21")
    assert w.date() == NOWRUZ
    w.edit.editingFinished.emit()
    assert w.text() == "21/03/2025"
    assert seen[-1] == NOWRUZ
    w.setDate(None)
    assert w.date() is None and w.text() == "" and seen[-1] is None


def test_invalid_text_is_an_error_state_not_a_crash(qtbot: QtBot) -> None:
    w = CalendarDateEdit(calendar="jalali", language="en")
    qtbot.addWidget(w)
    w.setDate(NOWRUZ)
    seen: list[object] = []
    w.dateChanged.connect(seen.append)
    w.edit.selectAll()
    qtbot.keyClicks(w.edit, "1404/13/40")
    assert w.date() is None and not w.isValid()
    assert seen == [None]
    assert w.edit.property("invalid") is True
    assert "yyyy/mm/dd" in w.edit.toolTip()
    w.edit.editingFinished.emit()  # invalid text is left for the user to correct
    assert w.text() == "1404/13/40"
    w.edit.setText("")
    assert w.isValid() and w.edit.property("invalid") is False and w.date() is None


def test_calendar_follows_the_user_settings(qtbot: QtBot, tmp_path: object) -> None:
    class Ctx:  # the two properties CalendarDateEdit reads from UiContext
        def __init__(self, settings: Settings) -> None:
            self.settings = settings

        calendar = property(lambda self: self.settings.get("calendar"))
        language = property(lambda self: self.settings.get("language"))

    settings = Settings()
    settings.set("calendar", "jalali")
    settings.set("language", "fa")
    w = CalendarDateEdit(Ctx(settings))  # type: ignore[arg-type]
    qtbot.addWidget(w)
    w.setDate(NOWRUZ)
    assert w.text() == "۱۴۰۴/۰۱/۰۱"
    settings.set("calendar", "gregorian")
    settings.set("language", "en")
    g = CalendarDateEdit(Ctx(settings))  # type: ignore[arg-type]
    qtbot.addWidget(g)
    g.setDate(NOWRUZ)
    assert g.text() == "2025-03-21"


@POPUP
@pytest.mark.parametrize(
    ("calendar", "title_part", "days"), [("jalali", "1404", 31), ("gregorian", "2025", 31)]
)
def test_popup_month_grid_picks_a_day(qtbot: QtBot, calendar: str, title_part: str, days: int) -> None:
    w = CalendarDateEdit(calendar=calendar, language="en")
    qtbot.addWidget(w)
    w.setDate(NOWRUZ)
    w.show()
    qtbot.mouseClick(w.button, Qt.MouseButton.LeftButton)
    grid = w.popup
    assert grid is not None and grid.isVisible()
    assert title_part in grid.title.text()
    visible = [b for b in grid.days if b.isVisible()]
    assert len(visible) == days
    if calendar == "jalali":
        assert "Farvardin" in grid.title.text()
        assert visible[0].property("date") == NOWRUZ.toordinal()  # 1404/01/01 is the first cell shown
    button = grid.day_button(NOWRUZ)
    assert button is not None and button.isChecked()
    grid.step(1)  # next month
    target = NOWRUZ + dt.timedelta(days=days + 4)
    button = grid.day_button(target)
    assert button is not None
    with qtbot.waitSignal(w.dateChanged) as sig:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert sig.args == [target] and w.date() == target
    assert not grid.isVisible()
    grid.step(-14)  # across a year boundary backwards
    assert grid.month in range(1, 13)


@POPUP
def test_jalali_esfand_leap_year_length(qtbot: QtBot) -> None:
    w = CalendarDateEdit(calendar="jalali", language="fa")
    qtbot.addWidget(w)
    w.setDate(dt.date(2025, 3, 1))  # Esfand 1403, a leap year: 30 days
    w.show()
    w.show_popup()
    assert w.popup is not None
    assert sum(b.isVisible() for b in w.popup.days) == 30
    shown = [b.text() for b in w.popup.days if b.isVisible()]
    assert shown[0] == "۱" and shown[-1] == "۳۰"  # Persian digits in a Persian interface
    assert "1403" not in w.popup.title.text() and "۱۴۰۳" in w.popup.title.text()
