"""Demo data: content sanity, and the bulk path agreeing with the contact service, on both stores."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import func, select

from sivadesk import phones
from sivadesk.db import Database
from sivadesk.models import (
    Activity,
    Contact,
    ContactKind,
    ContactPhone,
    Event,
    Letter,
    LetterRecipient,
    Register,
    Role,
    Tag,
    User,
)
from sivadesk.ops import contacts, demo, demo_letters, office, users
from sivadesk.ops.contact_search import find_by_phone
from sivadesk.ops.context import Actor


@pytest.mark.parametrize("region", ["FR", "IR"])
def test_bulk_numbers_match_parse_phone(region: str) -> None:
    """The demo computes E.164, key and display itself; they must be what the service computes."""
    rng = random.Random(7)
    seen_styles: set[str] = set()
    for i in range(3000):
        country = rng.choice(("FR", "IR"))
        kind = rng.choice(("mobile", "fixed"))
        area = rng.choice(
            [c.area for cities in demo.names.CITIES.values() for c in cities if c.country == country]
        )
        nsn = demo.random_nsn(rng, country, kind, area)
        made = demo.make_number(nsn, country, region, i, persian_digits=i % 7 == 0)
        assert phones.parse_phone(made.parsed.raw, region) == made.parsed, made
        assert phones.format_display(made.parsed.e164, made.parsed.raw, region) == made.display, made
        seen_styles.add(made.parsed.raw[:2])
    assert {"01", "06", "+3", "00", "02"} & seen_styles  # national and international styles both made


@pytest.fixture
def demo_db(db: Database) -> Database:
    report = demo.generate(db, contacts=250, seed=3)
    assert report.contacts == 250 and report.invalid_phones > 0 and report.letters > 15
    assert set(report.users_created) == {u[0] for u in demo.DEMO_USERS}
    return db


def test_demo_content(demo_db: Database) -> None:
    db = demo_db
    with db.session() as s:
        assert office.load(s).demo is True
        roles = dict(s.execute(select(User.username, User.role)).all())
        assert set(roles.values()) == {r.value for r in Role}
        assert roles["admin"] == "admin" and roles["accueil"] == "receptionist"
        assert users.authenticate(s, "reza", demo.DEMO_PASSWORD).role is Role.MANAGER
        kinds = dict(s.execute(select(Contact.kind, func.count()).group_by(Contact.kind)).all())
        assert sum(kinds.values()) == 250 and all(kinds.get(k.value, 0) > 10 for k in ContactKind)
        cities = set(s.scalars(select(Contact.city).distinct()))
        assert {"Paris", "Lyon", "Marseille", "تهران", "اصفهان", "شیراز"} <= cities
        names = list(s.scalars(select(Contact.display_name)))
        persian = [n for n in names if any("\u0600" <= ch <= "\u06ff" for ch in n)]
        assert 50 < len(persian) < 200  # both offices
        linked = s.scalar(select(func.count()).select_from(Contact).where(Contact.company_id.is_not(None)))
        assert linked and linked > 30
        flagged = s.scalar(
            select(func.count()).select_from(Contact).where(Contact.has_invalid_phone.is_(True))
        )
        invalid = s.scalar(
            select(func.count()).select_from(ContactPhone).where(ContactPhone.valid.is_(False))
        )
        assert flagged and invalid and flagged <= invalid
        assert s.scalar(select(func.count()).select_from(Activity)) > 50
        assert s.scalar(select(func.count()).select_from(Tag).where(Tag.is_group.is_(True))) >= 2
        assert (
            s.scalar(select(func.count()).select_from(Event).where(Event.topic == "contact.bulk_created"))
            == 1
        )
        # Written as the service would: the phone lookup finds a demo contact by another format.
        e164, cid = s.execute(
            select(ContactPhone.e164, ContactPhone.contact_id).where(ContactPhone.e164.like("+33%")).limit(1)
        ).one()
        national = "0" + e164[3:]
        assert cid in [c.id for c in find_by_phone(s, national, "FR")]


def test_bulk_rows_equal_what_the_service_writes(demo_db: Database) -> None:
    """Re-create a sample of demo contacts through ops.contacts and compare every derived column."""
    db = demo_db
    system = Actor.system()
    columns = ("display_name", "sort_key", "search_text", "primary_phone", "primary_email", "city",
               "has_invalid_phone", "organization", "company_id", "custom")  # fmt: skip
    with db.session() as s:
        sample = s.scalars(select(Contact.id).order_by(Contact.id).limit(60)).all()
        for cid in sample:
            original = s.get(Contact, cid)
            assert original is not None
            before = {c: getattr(original, c) for c in columns}
            before_phones = [(p.raw, p.e164, p.rev_key, p.valid, p.label) for p in original.phones]
            nested = s.begin_nested()
            again = contacts.create_contact(
                s, system, contacts.get_contact(s, system, cid).as_input(), allow_duplicate=True
            )
            copy = s.get(Contact, again.id)
            assert copy is not None
            assert {c: getattr(copy, c) for c in columns} == before, cid
            assert [(p.raw, p.e164, p.rev_key, p.valid, p.label) for p in copy.phones] == before_phones
            nested.rollback()


def test_second_run_adds_contacts_keeps_users(demo_db: Database) -> None:
    report = demo.generate(demo_db, contacts=30, seed=4, chunk=7)
    assert report.users_created == () and report.letters == 0  # letters are made once
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 280
        assert s.scalar(select(func.count()).select_from(User)) == len(demo.DEMO_USERS)
        ids = s.scalars(select(Contact.id)).all()
        assert len(set(ids)) == 280


def _persian(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_demo_letters(demo_db: Database) -> None:
    """Both offices' registers hold drafts, registered, sent and void letters, numbered without gaps
    and written to contacts of their own culture."""
    with demo_db.read_session() as s:
        regs = {r.code: r for r in s.scalars(select(Register))}
        assert set(regs) == {r.code for r in demo_letters.REGISTERS}
        assert (regs["ARR"].format, regs["ARR"].calendar, regs["ARR"].direction) == (
            "ARR-{year}-{seq:05}",
            "gregorian",
            "inbound",
        )
        assert (regs["SDR"].format, regs["SDR"].calendar) == ("{seq}/ص/{year}", "jalali")
        rows = s.scalars(select(Letter)).all()
        by_code: dict[str, list[Letter]] = {}
        for x in rows:
            by_code.setdefault(next(c for c, r in regs.items() if r.id == x.register_id), []).append(x)
        names = dict(s.execute(select(Contact.id, Contact.display_name)).all())
        for code, found in by_code.items():
            statuses = {x.status for x in found}
            assert "registered" in statuses or "sent" in statuses, code
            seqs = sorted(x.seq for x in found if x.seq is not None)
            assert seqs == list(range(1, len(seqs) + 1)), code  # gapless, void letters included
            for x in found:
                persian = code in ("VRD", "SDR")
                assert _persian(x.subject) == persian, x.subject
                if x.contact_id is not None:
                    assert _persian(names[x.contact_id]) == persian, (x.subject, names[x.contact_id])
                if x.seq is not None:
                    expected = regs[code].format.split("{")[0]
                    assert x.number.startswith(expected) and str(x.seq) in x.number
        for code in ("ARR", "DEP", "VRD", "SDR"):
            statuses = [x.status for x in by_code[code]]
            assert "draft" in statuses and "void" in statuses, code
        for code in ("DEP", "SDR"):
            sent = [x for x in by_code[code] if x.status == "sent"]
            assert sent and all(x.sent_at is not None and x.approved_at is not None for x in sent)
        inbound = [x for x in by_code["ARR"] + by_code["VRD"] if x.seq is not None]
        assert all(x.their_number and x.their_date for x in inbound)
        assert all(x.contact_id is None for x in by_code["NI"])
        copies = s.scalar(
            select(func.count()).select_from(LetterRecipient).where(LetterRecipient.copy.is_(True))
        )
        assert copies and copies > 3
        # Registration went through the service: a timeline entry per registered correspondent letter.
        letter_acts = s.scalar(
            select(func.count()).select_from(Activity).where(Activity.item_type == "letter")
        )
        assert letter_acts == sum(1 for x in rows if x.seq is not None and x.contact_id is not None)


def test_demo_letters_follow_the_region(db: Database) -> None:
    """An Iranian office gets all its Persian letters; the French registers get a smaller share."""
    report = demo.generate(db, contacts=60, seed=5, region="IR")
    with db.read_session() as s:
        count = dict(
            s.execute(select(Register.code, func.count(Letter.id)).join(Letter).group_by(Register.code)).all()
        )
    assert report.letters == sum(count.values())
    assert count["SDR"] == len(demo_letters.LETTERS[("fa", "outbound")])
    assert count["DEP"] < len(demo_letters.LETTERS[("fr", "outbound")])
