"""The one search normalizer: Persian/Arabic letter folding, marks, digits, accents, case."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sivadesk.textnorm import PERSIAN_ALPHABET, normalize, sort_key, to_persian_digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("علي", "علی"),  # ARABIC YEH -> FARSI YEH
        ("موسى", "موسی"),  # ALEF MAKSURA -> FARSI YEH
        ("كتاب", "کتاب"),  # ARABIC KAF -> KEHEH
        ("فاطمة", "فاطمه"),  # TEH MARBUTA -> HEH
        ("خانۀ", "خانه"),  # HEH WITH YEH ABOVE -> HEH
        ("خانه\u0654", "خانه"),  # the same, typed as heh + combining hamza
        ("پائیز", "پاییز"),  # YEH WITH HAMZA ABOVE ...
        ("پای\u0654یز", "پاییز"),  # ... and yeh + combining hamza meet
        ("مسأله", "مساله"),  # ALEF WITH HAMZA ABOVE
        ("مؤسسه", "موسسه"),  # WAW WITH HAMZA
        ("مُحَمَّد", "محمد"),  # harakat (damma, fatha, shadda)
        ("مــــحمد", "محمد"),  # tatweel
        ("می\u200cخواهم", "میخواهم"),  # ZWNJ
        ("\u200fعلی\u200e", "علی"),  # RLM / LRM
        ("\u202bعلی\u202c", "علی"),  # RLE ... PDF
        ("\u2067علی\u2069", "علی"),  # RLI ... PDI
        ("\ufeffabc", "abc"),  # BOM
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),  # Persian digits
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),  # Arabic-Indic digits
        ("ﻙﺘﺎﺏ", "کتاب"),  # presentation forms (isolated/initial/medial/final)
        ("ﻋﻠﻲ", "علی"),  # presentation forms incl. final yeh
        ("ﻻ", "لا"),  # lam-alef ligature
        ("ﬁle", "file"),  # Latin ligature
        ("１２３", "123"),  # fullwidth digits
        ("Élodie Müller", "elodie muller"),
        ("François Lefèvre", "francois lefevre"),
        ("CRÈME BRÛLÉE", "creme brulee"),
        ("Straße", "strasse"),  # casefold, not lower
        ("  Jean\t\n  Dupont  ", "jean dupont"),  # whitespace collapsed
        ("", ""),
    ],
)
def test_folds(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_none_is_empty() -> None:
    assert normalize(None) == ""


def test_spelling_variants_meet() -> None:
    # What one user typed finds what another wrote.
    assert normalize("علي كريمي") == normalize("علی کریمی") == normalize("عَلی کریمـی\u200c")
    assert normalize("Hélène") == normalize("HELENE") == normalize("he\u0301le\u0300ne")


def test_persian_letters_are_not_stripped_like_accents() -> None:
    # Persian letters that decompose canonically must survive the Latin accent stripping.
    assert normalize("آب") == "آب"
    assert normalize("پژوهش گچ") == "پژوهش گچ"


def test_to_persian_digits() -> None:
    assert to_persian_digits("1404/01/01") == "۱۴۰۴/۰۱/۰۱"
    assert normalize(to_persian_digits("0123456789")) == "0123456789"


@settings(max_examples=3000, deadline=None)
@given(st.text())
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_output_is_nfc_and_casefolded(text: str) -> None:
    out = normalize(text)
    assert out == out.strip()
    assert "  " not in out
    assert unicodedata.normalize("NFC", out) == out
    assert out.casefold() == out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="سلامعليكةۀ \u064b\u064e\u0650\u0651\u0640\u200c\u200f۰۱۲٣٤"))
def test_persian_output_has_no_marks_or_foreign_digits(text: str) -> None:
    out = normalize(text)
    for ch in out:
        assert ch not in "\u064b\u064e\u0650\u0651\u0640\u200c\u200fيكةۀ"
        assert not ("\u06f0" <= ch <= "\u06f9" or "\u0660" <= ch <= "\u0669")


def test_sort_key_follows_the_persian_alphabet() -> None:
    # Unicode order would put پ چ ژ گ after ی; the sort key must follow the alphabet.
    names = ["یاسمن", "هانیه", "گلناز", "کاوه", "ژاله", "زهرا", "چنگیز", "پریسا", "بهرام", "امیر", "آرش"]
    assert sorted(names, key=sort_key) == names[::-1]
    assert sorted(PERSIAN_ALPHABET, key=sort_key) == list(PERSIAN_ALPHABET)


def test_sort_key_folds_like_normalize_and_keeps_latin_order() -> None:
    assert sort_key("علي") == sort_key("علی")  # Arabic and Persian yeh sort together
    assert sorted(["Zoé", "élodie", "Alain"], key=sort_key) == ["Alain", "élodie", "Zoé"]
    assert sort_key("Élodie Martin") == normalize("Élodie Martin")


@given(st.text(max_size=300))
@settings(max_examples=300)
def test_sort_key_prefix_of_a_name_is_the_key_of_its_prefix(text: str) -> None:
    # Global search ranks names starting with what was typed by comparing sort keys.
    key = sort_key(text)
    assert len(key) <= 200
    assert sort_key(normalize(text)) == key
