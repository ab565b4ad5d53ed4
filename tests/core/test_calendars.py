"""Jalali and Gregorian dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sivadesk.calendars import Calendar, format_date, format_datetime, from_jalali, to_jalali


def test_nowruz() -> None:
    assert to_jalali(dt.date(2025, 3, 21)) == (1404, 1, 1)
    assert to_jalali(dt.date(2025, 3, 20)) == (1403, 12, 30)  # 1403 is a leap year
    assert from_jalali(1404, 1, 1) == dt.date(2025, 3, 21)


@pytest.mark.parametrize(
    ("greg", "jal"),
    [
        (dt.date(2024, 3, 20), (1403, 1, 1)),
        (dt.date(1979, 2, 11), (1357, 11, 22)),
        (dt.date(2000, 1, 1), (1378, 10, 11)),
        (dt.date(2025, 12, 31), (1404, 10, 10)),
    ],
)
def test_known_dates(greg: dt.date, jal: tuple[int, int, int]) -> None:
    assert to_jalali(greg) == jal
    assert from_jalali(*jal) == greg


@settings(max_examples=500, deadline=None)
@given(st.dates(min_value=dt.date(1700, 1, 1), max_value=dt.date(2300, 12, 31)))
def test_round_trip(d: dt.date) -> None:
    assert from_jalali(*to_jalali(d)) == d


def test_format_date() -> None:
    d = dt.date(2025, 3, 21)
    assert format_date(d, Calendar.GREGORIAN) == "2025-03-21"
    assert format_date(d, "jalali") == "1404/01/01"
    assert format_date(d, Calendar.JALALI, persian_digits=True) == "۱۴۰۴/۰۱/۰۱"
    assert format_date(dt.datetime(2025, 3, 21, 23, 0), "jalali") == "1404/01/01"
    assert format_date(None, "jalali") == ""
    with pytest.raises(ValueError):
        format_date(d, "lunar")


def test_format_datetime_is_local_time() -> None:
    value = dt.datetime(2025, 3, 21, 8, 30, tzinfo=dt.UTC)
    local = value.astimezone()
    assert format_datetime(value, "gregorian") == f"{local.date().isoformat()} {local:%H:%M}"
    # naive values are UTC
    assert format_datetime(value.replace(tzinfo=None), "gregorian") == format_datetime(value, "gregorian")
    fa = format_datetime(value, "jalali", persian_digits=True)
    assert fa.isascii() is False and "1" not in fa
    assert format_datetime(None, "jalali") == ""


@pytest.mark.parametrize(
    ("language", "calendar", "expected"),
    [
        ("fr", "gregorian", "21/03/2025"),
        ("en", "gregorian", "2025-03-21"),
        ("", "gregorian", "2025-03-21"),
        ("fa", "gregorian", "2025/03/21"),
        ("fr", "jalali", "1404/01/01"),
        ("fa", "jalali", "1404/01/01"),
    ],
)
def test_each_language_writes_dates_its_own_way(language: str, calendar: str, expected: str) -> None:
    assert format_date(dt.date(2025, 3, 21), calendar, language=language) == expected


def test_french_datetime_keeps_day_first() -> None:
    value = dt.datetime(2025, 3, 21, 12, 0, tzinfo=dt.UTC)
    local = value.astimezone()
    assert format_datetime(value, "gregorian", language="fr") == local.strftime("%d/%m/%Y %H:%M")
