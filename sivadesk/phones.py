"""Phone numbers: kept raw, normalised to E.164 when possible, and keyed for suffix matching.

A number is stored three ways so that "0612345678", "+33 6 12 34 56 78" and "612345678" all find
the same contact:

* ``raw``: exactly what the user typed or the device sent (never lost);
* ``e164``: ``+33612345678`` when phonenumbers can parse it with the office's default region;
* ``rev_key``: the digits reversed (``87654321633``), so the rightmost N digits become a key
  prefix and "ends with" is an indexed range scan on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

_DIGITS = re.compile(r"\d")
_ASCII = str.maketrans({chr(0x06F0 + i): str(i) for i in range(10)} | {chr(0x0660 + i): str(i) for i in range(10)})

#: Rightmost digits compared when no E.164 match exists (tried longest first).
DEFAULT_SUFFIX_LENGTHS = (10, 9, 8, 7)
#: Numbers shorter than this, or made of one repeated digit, never match anybody.
MIN_MATCH_DIGITS = 7


@dataclass(frozen=True, slots=True)
class ParsedPhone:
    raw: str
    e164: str | None
    rev_key: str
    valid: bool  # False: kept raw and flagged for the user to fix

    @property
    def digits(self) -> str:
        return self.rev_key[::-1]


def digits_of(text: str) -> str:
    return "".join(_DIGITS.findall(text.translate(_ASCII)))


def parse_phone(raw: str, region: str = "FR") -> ParsedPhone:
    """Parse ``raw`` with ``region`` as the default country; never raises."""
    cleaned = raw.translate(_ASCII).strip()
    e164: str | None = None
    valid = False
    try:
        num = phonenumbers.parse(cleaned, region.upper() or None)
        if phonenumbers.is_possible_number(num):
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            valid = phonenumbers.is_valid_number(num)
    except phonenumbers.NumberParseException:
        pass
    digits = e164[1:] if e164 else digits_of(cleaned).lstrip("0")
    return ParsedPhone(raw=raw, e164=e164, rev_key=digits[::-1], valid=valid)


def is_placeholder(digits: str) -> bool:
    """Withheld, private or dummy numbers (``0000000000``, ``P``, ``O``, too short) match nobody."""
    d = digits.lstrip("0")
    return len(d) < MIN_MATCH_DIGITS or len(set(d)) == 1


def format_display(e164: str | None, raw: str, region: str = "FR") -> str:
    """Human form: national format for the office's own country, international otherwise."""
    if not e164:
        return raw
    try:
        num = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return raw
    if phonenumbers.region_code_for_number(num) == region.upper():
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
