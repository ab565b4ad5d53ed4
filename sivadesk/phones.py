"""Phone numbers: kept raw, normalised to E.164 when possible, and keyed for suffix matching.

A number is stored three ways so that "0612345678", "+33 6 12 34 56 78" and "612345678" all find
the same contact:

* ``raw``: exactly what the user typed or the device sent (never lost);
* ``e164``: ``+33612345678`` when phonenumbers can parse it with the office's default region;
* ``rev_key``: the digits reversed (``87654321633``), so the rightmost N digits become a key
  prefix and "ends with" is an indexed range scan on both SQLite and PostgreSQL.

Placeholders (withheld "P"/"O" caller IDs, ``0000000000``, fewer than seven digits) get neither an
E.164 form nor a key: they are kept raw but can never match anybody, from either side.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers

# Any Unicode decimal digit (ASCII, Persian, Arabic-Indic, fullwidth, Devanagari...).
_DIGITS = re.compile(r"\d")
_ASCII = str.maketrans(
    {chr(0x06F0 + i): str(i) for i in range(10)} | {chr(0x0660 + i): str(i) for i in range(10)}
)

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

    @property
    def placeholder(self) -> bool:
        """True for withheld/dummy numbers: they never match a contact."""
        return is_placeholder(self.digits)


def digits_of(text: str) -> str:
    """The ASCII digits of ``text``, whatever script they were typed in."""
    return "".join(str(unicodedata.decimal(ch)) for ch in _DIGITS.findall(text))


def parse_phone(raw: str, region: str = "FR") -> ParsedPhone:
    """Parse ``raw`` with ``region`` as the default country; never raises."""
    cleaned = raw.translate(_ASCII).strip()
    e164: str | None = None
    valid = False
    if len(digits_of(cleaned)) < MIN_MATCH_DIGITS:
        # Too short to be anybody's number ("P", "123456", an extension): kept raw, never matched.
        return ParsedPhone(raw=raw, e164=None, rev_key="", valid=False)
    try:
        num = phonenumbers.parse(cleaned, (region or "").upper() or None)
        national = phonenumbers.national_significant_number(num).lstrip("0")
        if phonenumbers.is_possible_number(num) and len(set(national)) > 1:
            candidate = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            if not is_placeholder(candidate[1:]):
                e164 = candidate
                valid = phonenumbers.is_valid_number(num)
    except phonenumbers.NumberParseException:
        pass
    digits = e164[1:] if e164 else digits_of(cleaned).lstrip("0")
    if e164 is None and (is_placeholder(digits) or len(set(digits[-MIN_MATCH_DIGITS:])) == 1):
        # A placeholder ("0000000000", "+33 0000000000", "P") gets no key: nothing can ever match it.
        digits = ""
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
