"""Finding contacts: paged sorted lists, filters, global search and caller-ID lookup."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from sivadesk.db import Database
from sivadesk.models import Contact, ContactKind
from sivadesk.ops import contacts, office
from sivadesk.ops.contact_search import (
    ContactQuery,
    SortKey,
    count_contacts,
    find_by_phone,
    list_contacts,
    search_contacts,
)
from sivadesk.ops.contacts import AddressInput, ContactInput, PhoneInput
from sivadesk.ops.context import Actor

SYS = Actor.system()
SUFFIXES = (10, 9, 8, 7)
EVERYONE = ContactQuery()


def _add(db: Database, **kw: object) -> int:
    phones = tuple(PhoneInput(p) for p in kw.pop("phones", ()))  # type: ignore[attr-defined]
    city = kw.pop("city", "")
    addresses = (AddressInput(city=str(city)),) if city else ()
    with db.session() as s:
        c = contacts.create_contact(
            s,
            SYS,
            ContactInput(phones=phones, addresses=addresses, **kw),
            allow_duplicate=True,  # type: ignore[arg-type]
        )
    return c.id


def _ids(db: Database, q: ContactQuery = EVERYONE, offset: int = 0, limit: int = 200) -> list[int]:
    with db.read_session() as s:
        return [c.id for c in list_contacts(s, SYS, q, offset, limit)]


def _count(db: Database, q: ContactQuery = EVERYONE) -> int:
    with db.read_session() as s:
        return count_contacts(s, SYS, q)


# -- sorting and paging ---------------------------------------------------------------------------------
@pytest.fixture
def sortable(db: Database) -> list[dict[str, object]]:
    """Seven contacts whose sort values tie in places (ties break on id) and sort the same under
    any collation (same letter case, ASCII)."""
    rows = [
        ("Delta", "Zeta", "Lyon", "kilo"),
        ("Alpha", "", "Paris", "alpha"),
        ("Charlie", "Beta", "Lyon", "bravo"),
        ("Bravo", "Beta", "", "bravo"),
        ("Echo", "Alpha", "Nice", "echo"),
        ("Foxtrot", "Gamma", "Paris", "delta"),
        ("Golf", "", "Lyon", "alpha"),
    ]
    out: list[dict[str, object]] = []
    base = dt.datetime(2025, 3, 21, 9, 0, tzinfo=dt.UTC)
    for first, org, city, stamp in rows:
        cid = _add(db, first_name=first, organization=org, city=city)
        out.append({"id": cid, "name": first.lower(), "organization": org, "city": city, "stamp": stamp})
    # Controlled modification times with ties (the letter decides the minute).
    with db.session() as s:
        for r in out:
            at = base + dt.timedelta(minutes=ord(str(r["stamp"])[0]) - ord("a"))
            r["updated"] = at
            s.execute(update(Contact).where(Contact.id == r["id"]).values(updated_at=at))
    return out


SORT_FIELDS = {
    SortKey.NAME: "name",
    SortKey.ORGANIZATION: "organization",
    SortKey.CITY: "city",
    SortKey.UPDATED: "updated",
}


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_sort_and_page(
    db: Database, sortable: list[dict[str, object]], sort: SortKey, descending: bool
) -> None:
    field = SORT_FIELDS[sort]
    expected = [r["id"] for r in sorted(sortable, key=lambda r: (r[field], r["id"]), reverse=descending)]  # type: ignore[arg-type]
    q = ContactQuery(sort=sort, descending=descending)
    assert _ids(db, q) == expected
    assert _count(db, q) == len(expected)
    pages = [_ids(db, q, offset, 3) for offset in range(0, 9, 3)]
    assert pages[0] + pages[1] + pages[2] == expected
    assert [len(p) for p in pages] == [3, 3, 1]
    assert _ids(db, q, 100, 3) == []


def test_sort_key_is_normalised_name(db: Database) -> None:
    ids = {name: _add(db, first_name=name) for name in ("Émile", "eric", "Zoé", "Ali", "ابراهیم")}
    order = _ids(db, ContactQuery(sort=SortKey.NAME))
    assert order == [ids["Ali"], ids["Émile"], ids["eric"], ids["Zoé"], ids["ابراهیم"]]  # É sorts as e


def test_summary_rows(db: Database) -> None:
    cid = _add(
        db,
        first_name="Anne",
        organization="Acme",
        phones=["0612345678"],
        emails=("anne@acme.fr",),
        city="Lyon",
    )
    with db.read_session() as s:
        (row,) = list_contacts(s, SYS)
    assert (
        row.id,
        row.kind,
        row.display_name,
        row.organization,
        row.primary_phone,
        row.primary_email,
        row.city,
    ) == (
        cid,
        ContactKind.PERSON,
        "Anne",
        "Acme",
        "06 12 34 56 78",
        "anne@acme.fr",
        "Lyon",
    )
    assert row.updated_at is not None and row.updated_at.tzinfo is not None
    assert row.has_invalid_phone is False


# -- filters ------------------------------------------------------------------------------------------------
@pytest.fixture
def people(db: Database) -> dict[str, int]:
    ids = {
        "elodie": _add(db, first_name="Élodie", last_name="Martin", phones=["06 12 34 56 78"], tags=("VIP",)),
        "ali": _add(db, first_name="علی", last_name="کریمی", phones=["+98 912 345 6789"], city="تهران"),
        "acme": _add(
            db, kind="company", organization="Acme Industrie", emails=("contact@acme.fr",), tags=("vip",)
        ),
        "lead": _add(db, kind="lead", organization="Prospect", emails=("jean_dupont@prospect.fr",)),
        "other": _add(db, first_name="Jean", last_name="Dupré", emails=("jeanxdupont@prospect.fr",)),
        "odd": _add(db, first_name="Odd", last_name="Number", phones=["call the front desk"]),
    }
    deleted = _add(db, first_name="Élodie", last_name="Deleted", phones=["0612345678"], tags=("VIP",))
    with db.session() as s:
        contacts.delete_contact(s, SYS, deleted)
    return ids


def _found(db: Database, people: dict[str, int], **q: object) -> set[str]:
    query = ContactQuery(**q)  # type: ignore[arg-type]
    ids = _ids(db, query)
    assert _count(db, query) == len(ids)
    names = {v: k for k, v in people.items()}
    return {names[i] for i in ids}


def test_filter_kind_tag_invalid(db: Database, people: dict[str, int]) -> None:
    assert _found(db, people) == set(people)  # the deleted one never shows
    assert _found(db, people, kind=ContactKind.COMPANY) == {"acme"}
    assert _found(db, people, kind=ContactKind.LEAD) == {"lead"}
    assert _found(db, people, kind=ContactKind.PERSON) == {"elodie", "ali", "other", "odd"}
    assert _found(db, people, tag="vip") == {"elodie", "acme"}
    assert _found(db, people, tag="nope") == set()
    assert _found(db, people, invalid_phones_only=True) == {"odd"}
    assert _found(db, people, kind=ContactKind.PERSON, tag="VIP") == {"elodie"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("elodie", {"elodie"}),
        ("ÉLODIE", {"elodie"}),
        ("martin elo", {"elodie"}),  # every word, any order
        ("علي", {"ali"}),  # Arabic yeh finds Persian yeh
        ("كريمي", {"ali"}),  # Arabic kaf and yeh
        ("عَلی", {"ali"}),  # with a haraka
        ("تهران", {"ali"}),  # city
        ("acme", {"acme"}),
        ("industrie", {"acme"}),
        ("dupre", {"other"}),
        ("nobody", set()),
        ("   ", {"elodie", "ali", "acme", "lead", "other", "odd"}),
    ],
)
def test_text_filter_by_name(db: Database, people: dict[str, int], text: str, expected: set[str]) -> None:
    assert _found(db, people, text=text) == expected


@pytest.mark.parametrize(
    "number", ["0612345678", "+33 6 12 34 56 78", "612345678", "06.12.34.56.78", "0033612345678"]
)
def test_text_filter_by_phone(db: Database, people: dict[str, int], number: str) -> None:
    assert _found(db, people, text=number) == {"elodie"}


def test_text_filter_by_phone_fragment_and_persian_digits(db: Database, people: dict[str, int]) -> None:
    assert _found(db, people, text="612345") == {"elodie"}  # too short for a number: a text fragment
    with db.session() as s:
        office.set_value(s, SYS, "phone_region", "IR")
    assert _found(db, people, text="۰۹۱۲۳۴۵۶۷۸۹") == {"ali"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("contact@acme.fr", {"acme"}),
        ("CONTACT@ACME", {"acme"}),
        ("jean_dupont@", {"lead"}),  # "_" is a character here, not a LIKE wildcard
        ("jean%@", set()),
        ("@prospect", set()),  # e-mail search is by address prefix
    ],
)
def test_text_filter_by_email(db: Database, people: dict[str, int], text: str, expected: set[str]) -> None:
    assert _found(db, people, text=text) == expected


# -- global search -------------------------------------------------------------------------------------------
def test_search_ranks_name_prefix_first(db: Database) -> None:
    anne = _add(db, first_name="Anne", last_name="Martin")
    martine = _add(db, first_name="Martine", last_name="Leroy")
    martin = _add(db, first_name="Martin", last_name="Dupont")
    org = _add(db, first_name="Zoé", organization="Martin & Fils")
    _add(db, first_name="Paul", last_name="Durand")
    with db.read_session() as s:
        found = [c.id for c in search_contacts(s, SYS, "martin")]
        assert found == [martin, martine, anne, org]
        assert [c.id for c in search_contacts(s, SYS, "MARTIN", limit=2)] == [martin, martine]
        assert search_contacts(s, SYS, "  ") == []
        assert [c.id for c in search_contacts(s, SYS, "06 12 34 56 78")] == []


def test_search_finds_phone_and_email(db: Database, people: dict[str, int]) -> None:
    with db.read_session() as s:
        assert [c.id for c in search_contacts(s, SYS, "+33612345678")] == [people["elodie"]]
        assert [c.id for c in search_contacts(s, SYS, "contact@acme")] == [people["acme"]]


# -- caller ID lookup --------------------------------------------------------------------------------------------
@pytest.fixture
def callers(db: Database) -> dict[str, int]:
    return {
        "a": _add(db, first_name="A", phones=["06 12 34 56 78"]),  # +33612345678
        "b": _add(db, first_name="B", phones=["01 92 34 56 78"]),  # +33192345678: same last 7 digits as A
        "withheld": _add(db, first_name="W", phones=["0000000000", "P"]),
        "iran": _add(db, first_name="I", phones=["09123456789"]),  # not parseable in a French office
    }


def _lookup(
    db: Database, callers: dict[str, int], number: str, region: str = "FR", sfx: tuple[int, ...] = SUFFIXES
) -> set[str]:
    names = {v: k for k, v in callers.items()}
    with db.read_session() as s:
        return {names[c.id] for c in find_by_phone(s, number, region, sfx)}


@pytest.mark.parametrize("number", ["0612345678", "+33 6 12 34 56 78", "612345678", "0033612345678"])
def test_lookup_by_e164(db: Database, callers: dict[str, int], number: str) -> None:
    assert _lookup(db, callers, number) == {"a"}


def test_lookup_falls_back_to_longest_suffix(db: Database, callers: dict[str, int]) -> None:
    # No E.164 match; A shares the last 9 digits, B only the last 7: the longest wins.
    assert _lookup(db, callers, "+44 7612 345678") == {"a"}
    # A trunk prefix the exchange adds: "0" + national number.
    assert _lookup(db, callers, "00612345678") == {"a"}
    # Only seven digits in common with both.
    assert _lookup(db, callers, "+44 20 7802 345678") == {"a", "b"}
    # A valid number is a different line from another valid number, whatever digits they share:
    # a call from Rome or Moscow does not pop up A.
    assert _lookup(db, callers, "+39 06 1234 5678") == set()
    assert _lookup(db, callers, "+7 961 234 56 78") == set()
    # With the office's suffix lengths limited to 10 digits, a 9-digit match no longer counts.
    assert _lookup(db, callers, "+44 7612 345678", sfx=(10,)) == set()
    # The unparseable stored number is found by its digits.
    assert _lookup(db, callers, "+98 912 345 6789") == {"iran"}
    assert _lookup(db, callers, "09123456789", region="IR") == {"iran"}


def test_lookup_uses_office_settings_by_default(db: Database, callers: dict[str, int]) -> None:
    assert _lookup(db, callers, "0612345678") == {"a"}
    with db.read_session() as s:
        assert [c.id for c in find_by_phone(s, "0612345678")] == [callers["a"]]
    with db.session() as s:
        office.set_value(s, SYS, "suffix_lengths", [10])
    with db.read_session() as s:
        assert find_by_phone(s, "+44 7612 345678") == []


@pytest.mark.parametrize(
    "number", ["0000000000", "00 00 00 00 00", "P", "O", "", "anonymous", "123", "5678", "+33 0000000000"]
)
def test_placeholders_never_match(db: Database, callers: dict[str, int], number: str) -> None:
    assert _lookup(db, callers, number) == set()
    assert _lookup(db, callers, number, region="IR") == set()


def test_deleted_contact_not_found_by_phone(db: Database, callers: dict[str, int]) -> None:
    with db.session() as s:
        contacts.delete_contact(s, SYS, callers["a"])
    assert _lookup(db, callers, "0612345678") == set()  # and not B, a valid number sharing 7 digits
    assert _lookup(db, callers, "+44 20 7802 345678") == {"b"}


def test_lookup_limit_and_shared_number(db: Database) -> None:
    ids = {_add(db, first_name=f"Desk {i}", phones=["01 23 45 67 89"]) for i in range(5)}
    with db.read_session() as s:
        assert {c.id for c in find_by_phone(s, "+33123456789", "FR", SUFFIXES)} == ids
        assert len(find_by_phone(s, "+33123456789", "FR", SUFFIXES, limit=2)) == 2


def test_persian_names_list_in_alphabet_order(db: Database, admin: Actor) -> None:
    names = ["گلناز", "هانیه", "پریسا", "آرش", "ژاله", "بهرام"]
    with db.session() as s:
        for n in names:
            contacts.create_contact(s, admin, ContactInput(first_name=n))
        listed = [c.display_name for c in list_contacts(s, admin, ContactQuery())]
    assert listed == ["آرش", "بهرام", "پریسا", "ژاله", "گلناز", "هانیه"]
