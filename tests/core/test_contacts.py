"""Contact files through the service layer, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sivadesk.db import Database
from sivadesk.errors import NotFound, PermissionDenied, ValidationError
from sivadesk.models import AuditLog, Contact, ContactKind, ContactPhone, Event, Role, Tag
from sivadesk.ops import activity, contact_search, contacts, office, records
from sivadesk.ops.contacts import AddressInput, ContactInput, DuplicateContact, PhoneInput
from sivadesk.ops.context import Actor

SYS = Actor.system()


def _create(db: Database, data: ContactInput, actor: Actor = SYS, **kw: bool) -> contacts.ContactFile:
    with db.session() as s:
        return contacts.create_contact(s, actor, data, **kw)


def _count(db: Database, model: type) -> int:
    with db.read_session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_person_file(db: Database, admin: Actor) -> None:
    data = ContactInput(
        first_name=" Élodie ",
        last_name="Martin",
        job_title="Avocate",
        notes="Préfère être appelée le matin.",
        phones=(
            PhoneInput("06 12 34 56 78", "mobile"),
            PhoneInput("+98 912 345 6789", "Téhéran"),
            PhoneInput(" "),
        ),
        emails=(" Elodie.Martin@Example.fr ", ""),
        addresses=(AddressInput("3 rue de la Paix", "69001", "Lyon", country="fr", label="bureau"),),
        tags=("Clients", "VIP"),
        custom={"numéro client": "C-0042", "تولد": "۱۳۶۰/۰۱/۰۱", "score": 7},
    )
    c = _create(db, data, admin)
    assert c.kind is ContactKind.PERSON
    assert c.display_name == "Élodie Martin"
    assert [(p.raw, p.e164, p.display, p.label, p.valid) for p in c.phones] == [
        ("06 12 34 56 78", "+33612345678", "06 12 34 56 78", "mobile", True),
        ("+98 912 345 6789", "+989123456789", "+98 912 345 6789", "Téhéran", True),
    ]
    assert c.emails == ("Elodie.Martin@Example.fr",)
    assert c.addresses == (AddressInput("3 rue de la Paix", "69001", "Lyon", "", "FR", "bureau"),)
    assert c.tags == ("Clients", "VIP")
    assert c.custom == {"numéro client": "C-0042", "تولد": "۱۳۶۰/۰۱/۰۱", "score": 7}
    assert not c.has_invalid_phone
    assert c.created_at.tzinfo is not None and c.updated_at >= c.created_at
    with db.read_session() as s:
        row = s.get(Contact, c.id)
        assert row is not None
        assert (row.primary_phone, row.primary_email, row.city) == (
            "06 12 34 56 78",
            "Elodie.Martin@Example.fr",
            "Lyon",
        )
        assert row.sort_key == "elodie martin"
        assert row.created_by == admin.user_id
        assert "avocate" in row.search_text and "33612345678" in row.search_text and "vip" in row.search_text


def test_company_and_members(db: Database) -> None:
    acme = _create(
        db, ContactInput(kind="company", organization="Acme SARL", phones=(PhoneInput("01 40 00 00 00"),))
    )
    assert acme.display_name == "Acme SARL" and acme.kind is ContactKind.COMPANY
    zoe = _create(db, ContactInput(first_name="Zoé", last_name="Bernard", company_id=acme.id))
    ali = _create(
        db, ContactInput(first_name="Ali", last_name="Rezaei", company_id=acme.id, organization="Acme Lyon")
    )
    assert (zoe.company_id, zoe.company_name, zoe.organization) == (acme.id, "Acme SARL", "Acme SARL")
    assert ali.organization == "Acme Lyon"  # own text wins over the company's name
    with db.read_session() as s:
        file = contacts.get_contact(s, SYS, acme.id)
    assert [m.display_name for m in file.members] == ["Ali Rezaei", "Zoé Bernard"]  # by sort key
    with db.session() as s:
        contacts.delete_contact(s, SYS, zoe.id)
        members = contacts.get_contact(s, SYS, acme.id).members
    assert [m.id for m in members] == [ali.id]
    # Unlinking keeps the person.
    with db.session() as s:
        contacts.update_contact(s, SYS, ali.id, ContactInput(first_name="Ali", last_name="Rezaei"))
        assert contacts.get_contact(s, SYS, acme.id).members == ()
        assert contacts.get_contact(s, SYS, ali.id).company_id is None


@pytest.mark.parametrize("bad", ["person", "self", "missing", "deleted"])
def test_company_link_must_be_a_live_company(db: Database, bad: str) -> None:
    person = _create(db, ContactInput(first_name="Not", last_name="Company"))
    company = _create(db, ContactInput(kind="company", organization="Gone SA"))
    if bad == "deleted":
        with db.session() as s:
            contacts.delete_contact(s, SYS, company.id)
    target = {"person": person.id, "self": company.id, "missing": 10**6, "deleted": company.id}[bad]
    with pytest.raises(ValidationError, match="company") as info, db.session() as s:
        if bad == "self":
            contacts.update_contact(
                s, SYS, company.id, ContactInput(kind="company", organization="Gone SA", company_id=target)
            )
        else:
            contacts.create_contact(s, SYS, ContactInput(first_name="Linked", company_id=target))
    assert info.value.field == "company"


def test_update_replaces_and_audits(db: Database, admin: Actor) -> None:
    c = _create(
        db,
        ContactInput(
            first_name="Reza", last_name="Karimi", phones=(PhoneInput("0612345678"),), tags=("a", "b")
        ),
    )
    new = ContactInput(
        first_name="Reza",
        last_name="Karimi-Nejad",
        phones=(PhoneInput("+33 7 00 11 22 33", "pro"),),
        emails=("reza@example.ir",),
        tags=("b", "c"),
    )
    with db.session() as s:
        updated = contacts.update_contact(s, admin, c.id, new)
    assert updated.display_name == "Reza Karimi-Nejad"
    assert [p.e164 for p in updated.phones] == ["+33700112233"]
    assert updated.tags == ("b", "c")
    assert updated.updated_at > c.updated_at
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(ContactPhone)) == 1  # old phone rows gone
        trail = records.audit_trail(s, admin, "contact", c.id)
        found = contact_search.find_by_phone(s, "0612345678", "FR", (10, 9, 8, 7))
    assert [e.action for e in trail] == ["update", "create"]
    assert set(trail[0].changes) == {"last_name", "phones", "emails", "tags"}
    assert trail[0].changes["last_name"] == ["Karimi", "Karimi-Nejad"]
    assert trail[0].username == "admin"
    assert found == []  # the old number no longer finds him


def test_soft_delete(db: Database) -> None:
    c = _create(db, ContactInput(first_name="Temp", last_name="Orary", phones=(PhoneInput("0612345678"),)))
    with db.session() as s:
        activity.add_note(s, SYS, c.id, "a note before deletion")
        contacts.delete_contact(s, SYS, c.id)
    with db.read_session() as s:
        with pytest.raises(NotFound):
            contacts.get_contact(s, SYS, c.id)
        row = s.get(Contact, c.id)
        assert row is not None and row.deleted_at is not None  # the history stays
        assert contact_search.count_contacts(s, SYS) == 0
        assert contact_search.find_by_phone(s, "0612345678") == []
        assert [e.action for e in records.audit_trail(s, SYS, "contact", c.id)] == ["delete", "create"]
    for call in (
        lambda s: contacts.delete_contact(s, SYS, c.id),
        lambda s: contacts.update_contact(s, SYS, c.id, ContactInput(first_name="Back")),
        lambda s: activity.add_note(s, SYS, c.id, "too late"),
    ):
        with pytest.raises(NotFound), db.session() as s:
            call(s)
    # Its number is free again: no duplicate warning.
    _create(db, ContactInput(first_name="New", last_name="Owner", phones=(PhoneInput("06 12 34 56 78"),)))


def test_receptionist_and_agent_cannot_delete(db: Database) -> None:
    c = _create(db, ContactInput(first_name="Stay"))
    for role in (Role.RECEPTIONIST, Role.AGENT):
        with pytest.raises(PermissionDenied), db.session() as s:
            contacts.delete_contact(s, Actor(None, role.value, role), c.id)
    with db.session() as s:
        contacts.delete_contact(s, Actor(None, "boss", Role.MANAGER), c.id)


@pytest.mark.parametrize("number", ["+33 6 12 34 56 78", "612345678", "0033612345678", "06.12.34.56.78"])
def test_duplicate_phone_in_another_format(db: Database, number: str) -> None:
    first = _create(
        db, ContactInput(first_name="Jean", last_name="Dupont", phones=(PhoneInput("0612345678"),))
    )
    with pytest.raises(DuplicateContact) as info, db.session() as s:
        contacts.create_contact(
            s, SYS, ContactInput(first_name="J.", last_name="Dupont", phones=(PhoneInput(number),))
        )
    assert [m.id for m in info.value.matches] == [first.id]
    assert "Jean Dupont" in str(info.value)
    assert _count(db, Contact) == 1
    second = _create(db, ContactInput(first_name="J.", phones=(PhoneInput(number),)), allow_duplicate=True)
    assert second.id != first.id and _count(db, Contact) == 2


def test_duplicate_email_in_other_case(db: Database) -> None:
    first = _create(db, ContactInput(first_name="Anne", emails=("anne.dupont@example.fr",)))
    with pytest.raises(DuplicateContact) as info, db.session() as s:
        contacts.create_contact(s, SYS, ContactInput(first_name="Annie", emails=(" ANNE.Dupont@Example.FR",)))
    assert [m.id for m in info.value.matches] == [first.id]


def test_duplicate_unparseable_phone_by_digits(db: Database) -> None:
    first = _create(
        db, ContactInput(first_name="Far", phones=(PhoneInput("09123456789"),))
    )  # Iranian, office is FR
    assert first.has_invalid_phone
    with pytest.raises(DuplicateContact), db.session() as s:
        contacts.create_contact(
            s, SYS, ContactInput(first_name="Away", phones=(PhoneInput("0912-345-6789"),))
        )


def test_no_duplicate_for_placeholders_or_different_numbers(db: Database) -> None:
    _create(
        db,
        ContactInput(
            first_name="A", phones=(PhoneInput("0000000000"), PhoneInput("P"), PhoneInput("0612345678"))
        ),
    )
    _create(db, ContactInput(first_name="B", phones=(PhoneInput("0000000000"), PhoneInput("P"))))
    _create(db, ContactInput(first_name="C", phones=(PhoneInput("0612345679"),)))
    with db.read_session() as s:
        assert (
            contacts.find_duplicates(s, ContactInput(first_name="D", phones=(PhoneInput("00 00 00 00 00"),)))
            == []
        )


def test_duplicate_check_can_exclude_self(db: Database) -> None:
    c = _create(db, ContactInput(first_name="Me", phones=(PhoneInput("0612345678"),), emails=("me@x.fr",)))
    with db.read_session() as s:
        assert contacts.find_duplicates(s, c.as_input(), exclude_id=c.id) == []
        assert [d.id for d in contacts.find_duplicates(s, c.as_input())] == [c.id]


def test_invalid_phone_kept_raw_and_flagged(db: Database) -> None:
    c = _create(
        db, ContactInput(first_name="Odd", phones=(PhoneInput("ask reception"), PhoneInput("06 12 34 56 78")))
    )
    assert c.has_invalid_phone
    assert [(p.raw, p.e164, p.valid, p.display) for p in c.phones] == [
        ("ask reception", None, False, "ask reception"),
        ("06 12 34 56 78", "+33612345678", True, "06 12 34 56 78"),
    ]
    ok = _create(db, ContactInput(first_name="Fine", phones=(PhoneInput("0687654321"),)))
    assert not ok.has_invalid_phone
    with db.read_session() as s:
        only = contact_search.list_contacts(s, SYS, contact_search.ContactQuery(invalid_phones_only=True))
        assert [x.id for x in only] == [c.id] and only[0].has_invalid_phone
        assert activity.home_counts(s, SYS).invalid_phones == 1
    # Fixing the number clears the flag.
    with db.session() as s:
        fixed = contacts.update_contact(
            s, SYS, c.id, ContactInput(first_name="Odd", phones=(PhoneInput("0612345670"),))
        )
    assert not fixed.has_invalid_phone


def test_region_setting_decides_parsing(db: Database) -> None:
    with db.session() as s:
        office.set_value(s, SYS, "phone_region", "ir")
    c = _create(db, ContactInput(first_name="مریم", last_name="احمدی", phones=(PhoneInput("۰۹۱۲۳۴۵۶۷۸۹"),)))
    assert c.phones[0].e164 == "+989123456789" and c.phones[0].display == "0912 345 6789"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ContactInput(), "name"),
        (ContactInput(first_name="  ", last_name=" "), "name"),
        (ContactInput(kind="company", first_name=""), "name"),
        (ContactInput(first_name="X", emails=("not-an-email",)), "emails"),
        (ContactInput(first_name="X", emails=("a@b",)), "emails"),
        (ContactInput(first_name="X", emails=("two words@x.fr",)), "emails"),
        (ContactInput(kind="robot", first_name="X"), "kind"),
        (ContactInput(first_name="X", phones=(PhoneInput("1" * 81),)), "phones"),
    ],
)
def test_validation_errors(db: Database, data: ContactInput, field: str) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        contacts.create_contact(s, SYS, data)
    assert info.value.field == field
    assert _count(db, Contact) == 0 and _count(db, AuditLog) == 0 and _count(db, Event) == 0


def test_display_names_by_kind(db: Database) -> None:
    lead = _create(db, ContactInput(kind="lead", organization="Prospect SA", lead_status="new"))
    assert (lead.kind, lead.display_name, lead.lead_status) == (ContactKind.LEAD, "Prospect SA", "new")
    company = _create(db, ContactInput(kind="company", organization="Firm", first_name="Boss"))
    assert company.display_name == "Firm"
    person = _create(db, ContactInput(first_name="Sam", organization="Firm"))
    assert person.display_name == "Sam"
    nameless = _create(db, ContactInput(organization="Only Org"))
    assert nameless.display_name == "Only Org"


def test_audit_and_event_written_with_the_change(db: Database, admin: Actor) -> None:
    c = _create(db, ContactInput(first_name="Nima", last_name="Azadi"), admin)
    with db.read_session() as s:
        trail = records.audit_trail(s, admin, "contact", c.id)
        events = records.events_after(s, 0)
    assert [(e.action, e.summary, e.username) for e in trail] == [("create", "Nima Azadi", "admin")]
    created = [e for e in events if e.topic == "contact.created"]
    assert [(e.entity, e.entity_id, e.payload, e.user_id) for e in created] == [
        ("contact", c.id, {"name": "Nima Azadi"}, admin.user_id)
    ]


def test_rollback_leaves_nothing(db: Database, admin: Actor) -> None:
    with db.read_session() as s:
        audits, last_event, tags = (
            s.scalar(select(func.count()).select_from(AuditLog)),
            records.last_event_id(s),
            s.scalar(select(func.count()).select_from(Tag)),
        )
    with pytest.raises(RuntimeError, match="crash"), db.session() as s:
        c = contacts.create_contact(s, admin, ContactInput(first_name="Ghost", tags=("brand new tag",)))
        contacts.update_contact(s, admin, c.id, ContactInput(first_name="Ghost 2"))
        raise RuntimeError("crash after the writes, before the commit")
    assert _count(db, Contact) == 0
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog)) == audits
        assert records.last_event_id(s) == last_event
        assert s.scalar(select(func.count()).select_from(Tag)) == tags


def test_tags_and_groups(db: Database) -> None:
    a = _create(db, ContactInput(first_name="A", tags=("Client VIP", "client vip ", "Fournisseur", "")))
    assert a.tags == ("Client VIP", "Fournisseur")  # one tag per normalised name
    b = _create(db, ContactInput(first_name="B", tags=("CLIENT  VIP", "مشتری")))
    assert b.tags == ("Client VIP", "مشتری")  # the existing spelling is reused
    with db.session() as s:
        assert contacts.list_tags(s) == ["Client VIP", "Fournisseur", "مشتری"]
        contacts.tag_as_group(s, SYS, "client vip")
        assert s.scalar(select(Tag.is_group).where(Tag.name == "Client VIP")) is True
        with pytest.raises(NotFound):
            contacts.tag_as_group(s, SYS, "no such tag")
        found = contact_search.list_contacts(s, SYS, contact_search.ContactQuery(tag="client vip"))
    assert sorted(x.id for x in found) == sorted([a.id, b.id])


def test_as_input_round_trip(db: Database) -> None:
    data = ContactInput(
        kind="lead",
        first_name="Lina",
        last_name="Moreau",
        organization="Startup",
        job_title="CEO",
        lead_status="qualified",
        notes="multi\nline",
        phones=(PhoneInput("0612345678", "mobile"),),
        emails=("lina@startup.fr",),
        addresses=(AddressInput("1 rue A", "75001", "Paris", "IDF", "FR", "siège"),),
        tags=("prospect",),
        custom={"source": "salon"},
    )
    c = _create(db, data)
    assert c.as_input() == data
    with db.session() as s:
        same = contacts.update_contact(s, SYS, c.id, c.as_input())
        trail = records.audit_trail(s, SYS, "contact", c.id)
    assert same.as_input() == data
    assert trail[0].changes == {}  # saving an unchanged form records no field changes


def test_company_with_people_keeps_its_kind(db: Database) -> None:
    acme = _create(db, ContactInput(kind="company", organization="Acme"))
    person = _create(db, ContactInput(first_name="Worker", company_id=acme.id))
    with pytest.raises(ValidationError, match="linked") as info, db.session() as s:
        contacts.update_contact(s, SYS, acme.id, ContactInput(kind="lead", organization="Acme"))
    assert info.value.field == "kind"
    with db.session() as s:
        contacts.update_contact(s, SYS, person.id, ContactInput(first_name="Worker"))
        changed = contacts.update_contact(s, SYS, acme.id, ContactInput(kind="lead", organization="Acme"))
    assert changed.kind is ContactKind.LEAD
