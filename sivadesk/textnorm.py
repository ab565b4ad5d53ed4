"""The one text normalizer used by every search index and every search query.

Persian and Arabic text arrive with many spellings of the same word: Arabic yeh/kaf, teh marbuta,
harakat, tatweel (kashida), zero-width non-joiners, bidi marks and three families of digits.
French text arrives with and without accents. ``normalize`` folds all of them to one key so that
what a user types finds what another user wrote.
"""

from __future__ import annotations

import re
import unicodedata

# Character mappings applied after NFKC (NFKC already folds presentation forms to base letters).
_MAP = {
    "\u064a": "\u06cc",  # ARABIC YEH -> FARSI YEH
    "\u0649": "\u06cc",  # ALEF MAKSURA -> FARSI YEH
    "\u0643": "\u06a9",  # ARABIC KAF -> KEHEH
    "\u0629": "\u0647",  # TEH MARBUTA -> HEH
    "\u06c0": "\u0647",  # HEH WITH YEH ABOVE -> HEH
    "\u06d5": "\u0647",  # AE -> HEH
    "\u0623": "\u0627",  # ALEF WITH HAMZA ABOVE -> ALEF
    "\u0625": "\u0627",  # ALEF WITH HAMZA BELOW -> ALEF
    "\u0671": "\u0627",  # ALEF WASLA -> ALEF
    "\u0624": "\u0648",  # WAW WITH HAMZA -> WAW
    "\u0626": "\u06cc",  # YEH WITH HAMZA ABOVE -> FARSI YEH (as yeh + a separate hamza mark becomes)
}
# Persian (U+06F0..) and Arabic-Indic (U+0660..) digits to ASCII.
for _i in range(10):
    _MAP[chr(0x06F0 + _i)] = str(_i)
    _MAP[chr(0x0660 + _i)] = str(_i)

# Removed entirely: harakat and Quranic marks, tatweel, ZWNJ/ZWJ, bidi controls, BOM, soft hyphen.
_DROP = re.compile(
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
_SPACES = re.compile(r"\s+")
_TABLE = str.maketrans(_MAP)


def normalize(text: str | None) -> str:
    """Return the search key of ``text``: NFKC, Persian letter folding, marks stripped,
    Persian/Arabic digits to ASCII, Latin accents removed, casefolded, whitespace collapsed."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text)
    s = _DROP.sub("", s)
    s = s.translate(_TABLE)
    # Strip Latin combining accents (é -> e) without touching Persian letters, which have no
    # decomposition apart from the hamza forms mapped above.
    decomposed = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in decomposed if not (unicodedata.combining(ch) and ord(ch) < 0x0600))
    s = unicodedata.normalize("NFC", s)
    s = s.casefold()
    return _SPACES.sub(" ", s).strip()


def to_persian_digits(text: str) -> str:
    """Show ASCII digits as Persian digits (numbers are stored with Latin digits)."""
    return text.translate(_TO_FA)


_TO_FA = str.maketrans({str(i): chr(0x06F0 + i) for i in range(10)})


# Persian alphabetical order. Unicode puts پ چ ژ گ (added for Persian) after the Arabic letters,
# so a byte-ordered key would sort «پریسا» after «هانیه». The sort key maps each letter, in
# alphabet order, onto a private-use code point (U+E000…), whose order the database keeps.
PERSIAN_ALPHABET = "ءآابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
_COLLATE = str.maketrans({ch: chr(0xE000 + i) for i, ch in enumerate(PERSIAN_ALPHABET)})
SORT_KEY_LENGTH = 200


def sort_key(text: str | None) -> str:
    """The key a name is sorted and prefix-searched by: :func:`normalize`, then Persian letters
    in alphabet order. Latin text keeps its (accent-free, casefolded) order."""
    return normalize(text).translate(_COLLATE)[:SORT_KEY_LENGTH]
