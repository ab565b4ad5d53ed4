"""Phone parsing: raw kept, E.164 when possible, reversed-digit key, placeholders never match."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sivadesk.phones import MIN_MATCH_DIGITS, digits_of, format_display, is_placeholder, parse_phone

FRENCH_FORMS = [
    "0612345678",
    "+33 6 12 34 56 78",
    "612345678",
    "0033612345678",
    "06.12.34.56.78",
    "+33 (0)6 12 34 56 78",
]
IRANIAN_FORMS = ["09123456789", "+98 912 345 6789", "۰۹۱۲۳۴۵۶۷۸۹", "٠٩١٢٣٤٥٦٧٨٩", "00989123456789"]


@pytest.mark.parametrize("raw", FRENCH_FORMS)
def test_french_formats_meet(raw: str) -> None:
    pp = parse_phone(raw, "FR")
    assert pp.e164 == "+33612345678"
    assert pp.valid
    assert pp.raw == raw  # what was typed is kept exactly
    assert pp.rev_key == "87654321633"
    assert pp.digits == "33612345678"
    assert not pp.placeholder


@pytest.mark.parametrize("raw", IRANIAN_FORMS)
def test_iranian_formats_meet(raw: str) -> None:
    pp = parse_phone(raw, "IR")
    assert pp.e164 == "+989123456789"
    assert pp.valid
    assert pp.rev_key == "987654321989"


def test_region_is_case_insensitive_and_decides_national_numbers() -> None:
    assert parse_phone("0612345678", "fr").e164 == "+33612345678"
    # A national Iranian mobile typed in a French office cannot be placed: kept raw, flagged.
    pp = parse_phone("09123456789", "FR")
    assert pp.e164 is None
    assert not pp.valid
    assert pp.raw == "09123456789"
    assert pp.rev_key == "9876543219"  # still matchable by its rightmost digits


@pytest.mark.parametrize("raw", ["hello", "12", "+", "06 12", "call me maybe", "++33 6", "#*#*", "0" * 300])
def test_garbage_is_kept_raw_and_flagged(raw: str) -> None:
    pp = parse_phone(raw, "FR")
    assert pp.raw == raw
    assert pp.e164 is None
    assert not pp.valid


def test_possible_but_invalid_number_is_flagged() -> None:
    pp = parse_phone("0612345678", "IR")  # the right length for Iran, but no such Iranian range
    assert pp.e164 == "+980612345678"
    assert not pp.valid


@pytest.mark.parametrize(
    "raw",
    [
        "0000000000",
        "00 00 00 00 00",
        "+33 0000000000",
        "P",
        "O",
        "",
        "anonymous",
        "123456",
        "1111111111",
        "+33 6 66 66 66 66",
    ],
)
@pytest.mark.parametrize("region", ["FR", "IR"])
def test_placeholders_get_no_e164_and_no_key(raw: str, region: str) -> None:
    pp = parse_phone(raw, region)
    assert pp.placeholder
    assert pp.e164 is None
    assert pp.rev_key == ""
    assert is_placeholder(pp.digits)


def test_is_placeholder() -> None:
    assert is_placeholder("")
    assert is_placeholder("000000")
    assert is_placeholder("0" * 12)
    assert is_placeholder("7" * 12)
    assert is_placeholder("1" * (MIN_MATCH_DIGITS - 1))
    assert not is_placeholder("1234567")
    assert not is_placeholder("33612345678")


def test_real_number_with_many_zeros_is_not_a_placeholder() -> None:
    pp = parse_phone("01 40 00 00 00", "FR")
    assert pp.e164 == "+33140000000"
    assert not pp.placeholder


def test_short_national_numbers_abroad_keep_their_e164() -> None:
    # Berlin numbers can have a 6-digit national number; only the total length matters.
    assert parse_phone("+49 30 1234", "FR").e164 == "+49301234"


def test_digits_of_any_script() -> None:
    assert digits_of("۰۶-۱۲ ab") == "0612"
    assert digits_of("٠٦١٢") == "0612"
    assert digits_of("０６１２") == "0612"  # fullwidth
    assert digits_of("०६१२") == "0612"  # Devanagari
    assert digits_of("no digits") == ""


def test_format_display() -> None:
    assert format_display("+33612345678", "0612345678", "FR") == "06 12 34 56 78"
    assert format_display("+33612345678", "0612345678", "IR") == "+33 6 12 34 56 78"
    assert format_display("+989123456789", "x", "IR") == "0912 345 6789"
    assert format_display(None, "garbage", "FR") == "garbage"
    assert format_display("+bad", "raw", "FR") == "raw"


@settings(max_examples=1500, deadline=None)
@given(st.text(), st.sampled_from(["FR", "IR", "fr", "", "ZZ", "US"]))
def test_never_raises(raw: str, region: str) -> None:
    pp = parse_phone(raw, region)
    assert pp.raw == raw
    assert pp.rev_key.isascii() and (pp.rev_key == "" or pp.rev_key.isdigit())
    assert pp.e164 is None or (pp.e164.startswith("+") and pp.e164[1:].isdigit())
    if pp.valid:
        assert pp.e164 is not None


@settings(max_examples=500, deadline=None)
@given(st.from_regex(r"\A[0-9 +().\-]{0,25}\Z"))
def test_key_is_e164_digits_reversed(raw: str) -> None:
    pp = parse_phone(raw, "FR")
    if pp.e164 is not None:
        assert pp.rev_key == pp.e164[1:][::-1]
    if pp.placeholder:
        assert pp.rev_key == ""
