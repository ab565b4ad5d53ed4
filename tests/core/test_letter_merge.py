"""Merge fields of a letter on SQLite and PostgreSQL: the correspondent (a French person and her
company, a Persian person, a lead), the letter's number and dates in both calendars, the signer;
placeholders filled, unknown ones left visible and listed."""

from __future__ import annotations

import datetime as dt

from sivadesk.db import Database
from sivadesk.letters.merge import FIELD_NAMES, apply_merge, merge_fields, merge_letter_body, placeholders
from sivadesk.models import Letter, Role
from sivadesk.ops import contacts, letters, registers, users
from sivadesk.ops.contacts import AddressInput, ContactInput, PhoneInput
from sivadesk.ops.context import Actor

NOWRUZ = dt.date(2025, 3, 21)


def _register(db: Database, admin: Actor) -> int:
    with db.session() as s:
        return registers.create_register(
            s, admin, "صادره", "OUT", "outbound", "{seq}/ص/{year}", calendar="jalali"
        ).id


def test_french_person_with_company(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        signer = users.create_user(
            s,
            admin,
            "dg",
            "Hélène Garnier",
            "correct horse",
            Role.MANAGER,
            position_title="Directrice générale",
        )
        company = contacts.create_contact(
            s,
            admin,
            ContactInput(
                kind="company",
                organization="Établissements Lefèvre",
                phones=(PhoneInput("01 42 68 53 00"),),
                emails=("contact@lefevre.fr",),
                addresses=(AddressInput("12 rue de l'Église\nBâtiment B", "75015", "Paris", "", "FR"),),
            ),
        )
        person = contacts.create_contact(
            s,
            admin,
            ContactInput(
                first_name="Jérôme",
                last_name="Lefèvre",
                company_id=company.id,
                job_title="Gérant",
                emails=("j.lefevre@lefevre.fr",),
                custom={"civilité": "Monsieur", "dossier": 1024},
            ),
        )
        lid = letters.create_draft(
            s,
            admin,
            rid,
            "Votre commande",
            "<p>{{contact.custom.civilité}} {{ contact.last_name }},</p><p>{{company.name}}</p>",
            contact_id=person.id,
            signer_user_id=signer.id,
        ).id
        letters.register_letter(s, admin, lid, NOWRUZ)
        s.get(Letter, lid).registered_at = dt.datetime(2025, 3, 21, 9, 0, tzinfo=dt.UTC)  # type: ignore[union-attr]
    with db.read_session() as s:
        info = letters.get_letter(s, admin, lid)
        fields = merge_fields(s, info)
        body = merge_letter_body(s, admin, lid)
    assert fields["contact.name"] == "Jérôme Lefèvre"
    assert (fields["contact.first_name"], fields["contact.last_name"]) == ("Jérôme", "Lefèvre")
    assert (fields["contact.title"], fields["contact.company"]) == ("Gérant", "Établissements Lefèvre")
    # No address of his own: the company's.
    assert fields["contact.address"] == "12 rue de l'Église\nBâtiment B\n75015 Paris\nFR"
    assert (fields["contact.postcode"], fields["contact.city"], fields["contact.country"]) == (
        "75015",
        "Paris",
        "FR",
    )
    assert fields["contact.email"] == "j.lefevre@lefevre.fr"
    assert fields["contact.custom.dossier"] == "1024"
    assert fields["company.email"] == "contact@lefevre.fr" and fields["company.phone"]
    assert (fields["letter.number"], fields["letter.number_fa"]) == ("1/ص/1404", "۱/ص/۱۴۰۴")
    assert fields["letter.date_jalali"] == "1404/01/01" and fields["letter.date_jalali_fa"] == "۱۴۰۴/۰۱/۰۱"
    assert (fields["letter.date"], fields["letter.date_gregorian"]) == ("2025-03-21", "21/03/2025")
    assert (fields["signer.name"], fields["signer.title"]) == ("Hélène Garnier", "Directrice générale")
    # An HTML body gets escaped values.
    assert body == "<p>Monsieur Lefèvre,</p><p>Établissements Lefèvre</p>"


def test_persian_person_and_unknown_placeholders(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        person = contacts.create_contact(
            s,
            admin,
            ContactInput(
                first_name="حمید",
                last_name="رضایی",
                organization="شرکت آوا & پارس",
                job_title="مدیر عامل",
                addresses=(AddressInput("خیابان ولیعصر، پلاک ۱۲", "1416753955", "تهران", "تهران", "IR"),),
            ),
        )
        lid = letters.create_draft(s, admin, rid, "پیشنهاد همکاری", "", contact_id=person.id).id
    with db.read_session() as s:
        fields = merge_fields(s, letters.get_letter(s, admin, lid))
    assert fields["contact.name"] == "حمید رضایی"
    assert fields["contact.company"] == "شرکت آوا & پارس" and fields["company.name"] == "شرکت آوا & پارس"
    assert fields["contact.address"] == "خیابان ولیعصر، پلاک ۱۲\n1416753955 تهران\nتهران\nIR"
    assert fields["letter.number"] == "" and fields["signer.name"] == ""  # a draft, no signer
    text = "جناب آقای {{contact.last_name}}\n{{contact.company}}\n{{contact.shoe_size}} {{ letter.nope }} {{contact.shoe_size}}"
    merged, unknown = apply_merge(text, fields)
    assert (
        merged
        == "جناب آقای رضایی\nشرکت آوا & پارس\n{{contact.shoe_size}} {{ letter.nope }} {{contact.shoe_size}}"
    )
    assert unknown == ["contact.shoe_size", "letter.nope"]
    html, _ = apply_merge("<p>{{contact.company}}</p><p>{{contact.address}}</p>", fields, html_body=True)
    assert html.startswith("<p>شرکت آوا &amp; پارس</p><p>خیابان ولیعصر، پلاک ۱۲<br>")
    assert placeholders(text) == ["contact.last_name", "contact.company", "contact.shoe_size", "letter.nope"]


def test_lead_and_no_correspondent(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        lead = contacts.create_contact(
            s,
            admin,
            ContactInput(kind="lead", organization="Boulangerie Moreau", emails=("bonjour@moreau.fr",)),
        )
        with_lead = letters.create_draft(s, admin, rid, "Présentation", contact_id=lead.id).id
        nobody = letters.create_draft(s, admin, rid, "Note").id
    with db.read_session() as s:
        lead_fields = merge_fields(s, letters.get_letter(s, admin, with_lead))
        empty = merge_fields(s, letters.get_letter(s, admin, nobody))
    assert (lead_fields["contact.kind"], lead_fields["company.name"]) == ("lead", "Boulangerie Moreau")
    assert lead_fields["contact.email"] == "bonjour@moreau.fr"
    assert empty["contact.name"] == "" and empty["letter.subject"] == "Note"
    assert apply_merge("Madame, {{contact.name}}", empty) == ("Madame, ", [])


def test_field_names_list_what_merge_fields_gives(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        lid = letters.create_draft(s, admin, rid, "Liste").id
    with db.read_session() as s:
        fields = merge_fields(s, letters.get_letter(s, admin, lid))
    assert set(fields) == set(FIELD_NAMES)
