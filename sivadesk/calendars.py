"""Dates shown in the Gregorian or the Jalali (Solar Hijri) calendar, per the user's setting."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import jdatetime

from sivadesk.textnorm import to_persian_digits


class Calendar(StrEnum):
    GREGORIAN = "gregorian"
    JALALI = "jalali"


def to_jalali(d: dt.date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=d)
    return j.year, j.month, j.day


def from_jalali(year: int, month: int, day: int) -> dt.date:
    g: dt.date = jdatetime.date(year, month, day).togregorian()
    return g


#: How each interface language writes a Gregorian date (Jalali dates are always year/month/day).
GREGORIAN_STYLE = {"fr": "{d:02d}/{m:02d}/{y:04d}", "fa": "{y:04d}/{m:02d}/{d:02d}"}
ISO_STYLE = "{y:04d}-{m:02d}-{d:02d}"


def format_date(
    d: dt.date | dt.datetime | None,
    calendar: Calendar | str,
    persian_digits: bool = False,
    language: str = "",
) -> str:
    """``2025-03-21`` -> ``1404/01/01`` (Jalali), ``21/03/2025`` (Gregorian, French),
    ``2025-03-21`` (Gregorian, English and by default)."""
    if d is None:
        return ""
    day = d.date() if isinstance(d, dt.datetime) else d
    if Calendar(calendar) is Calendar.JALALI:
        y, m, dd = to_jalali(day)
        text = f"{y:04d}/{m:02d}/{dd:02d}"
    else:
        text = GREGORIAN_STYLE.get(language, ISO_STYLE).format(y=day.year, m=day.month, d=day.day)
    return to_persian_digits(text) if persian_digits else text


def format_datetime(
    value: dt.datetime | None, calendar: Calendar | str, persian_digits: bool = False, language: str = ""
) -> str:
    """Local date and time, minutes precision; naive values are taken as UTC."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    text = f"{format_date(local, calendar, language=language)} {local:%H:%M}"
    return to_persian_digits(text) if persian_digits else text
