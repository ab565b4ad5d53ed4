"""Letter details on SQLite and PostgreSQL through the real services: recipients and copies,
contact groups (one letter per contact or one circular letter), follow-up/reference links,
categories and types in numbers, tags, register settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from sivadesk.db import Database
from sivadesk.errors import NotFound, PermissionDenied, ValidationError
from sivadesk.letters.numbering import display_number, preview_next
from sivadesk.models import Attachment, AuditLog, Event, Letter, RegisterCounter, Role, Tag
from sivadesk.ops import attachments, contacts, letter_recipients, letters, registers, users
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_recipients import RecipientInput

PASSWORD = "correct horse"
DAY = dt.date(2026, 11, 22)


def _make(db: Database, admin: Actor, username: str, role: Role) -> Actor:
    with db.session() as s:
        users.create_user(s, admin, username, username.title(), PASSWORD, role)
    with db.session() as s:
        return users.authenticate(s, username, PASSWORD)


def _register(db: Database, admin: Actor, fmt: str = "OUT-{year}-{seq:04}", **kw: object) -> int:
    with db.session() as s:
        return registers.create_register(s, admin, "Départ", "OUT", "outbound", fmt, **kw).id  # type: ignore[arg-type]


def _draft(db: Database, actor: Actor, rid: int, subject: str = "Devis", **kw: object) -> int:
    with db.session() as s:
        return letters.create_draft(s, actor, rid, subject, **kw).id  # type: ignore[arg-type]


def _contact(db: Database, admin: Actor, first: str, last: str, tags: tuple[str, ...] = ()) -> int:
    with db.session() as s:
        return contacts.create_contact(
            s, admin, contacts.ContactInput(first_name=first, last_name=last, tags=tags)
        ).id


def _tag_id(db: Database, name: str) -> int:
    with db.read_session() as s:
        tid = s.scalar(select(Tag.id).where(Tag.name == name))
    assert tid is not None
    return tid


def test_recipients_and_copies_on_drafts(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    alice = _contact(db, admin, "Alice", "Martin")
    bob = _contact(db, admin, "Bob", "Durand")
    with db.session() as s:
        dept = users.create_department(s, admin, "Finances", "FIN")
    lid = _draft(db, admin, rid)
    with db.session() as s:
        got = letter_recipients.set_recipients(
            s,
            admin,
            lid,
            [
                RecipientInput("contact", alice),
                RecipientInput("contact", alice),  # twice: kept once
                RecipientInput("department", dept.id, copy=True),
                RecipientInput("user", admin.user_id or 0, copy=True),
                RecipientInput("contact", bob, copy=True),
            ],
        )
    assert [(r.kind, r.ref_id, r.name, r.copy, r.position) for r in got] == [
        ("contact", alice, "Alice Martin", False, 0),
        ("department", dept.id, "Finances", True, 1),
        ("user", admin.user_id, "Admin Istrateur", True, 2),
        ("contact", bob, "Bob Durand", True, 3),
    ]
    with pytest.raises(NotFound, match="Contact"), db.session() as s:
        letter_recipients.set_recipients(s, admin, lid, [RecipientInput("contact", 999999)])
    with pytest.raises(NotFound, match="Department"), db.session() as s:
        letter_recipients.set_recipients(s, admin, lid, [RecipientInput("department", 999999)])
    with pytest.raises(ValidationError, match="recipients"), db.session() as s:
        letter_recipients.set_recipients(s, admin, lid, [RecipientInput("fax", alice)])
    # The name is a snapshot: renaming the contact later does not change what the letter says.
    with db.session() as s:
        contacts.update_contact(
            s, admin, alice, contacts.ContactInput(first_name="Alice", last_name="Bernard")
        )
    with db.read_session() as s:
        assert letter_recipients.list_recipients(s, admin, lid)[0].name == "Alice Martin"
    # A single addressee becomes the correspondent at registration; recipients then freeze.
    with db.session() as s:
        info = letters.register_letter(s, admin, lid, DAY)
    assert info.contact_id == alice
    with pytest.raises(ValidationError, match="only a draft"), db.session() as s:
        letter_recipients.set_recipients(s, admin, lid, [])
    with db.read_session() as s:
        assert len(letter_recipients.list_recipients(s, admin, lid)) == 4
    # Recipients of a letter one may not see are not listed either.
    agent = _make(db, admin, "agent", Role.AGENT)
    secret = _draft(db, admin, rid, "Budget", classification="secret")
    with pytest.raises(NotFound), db.read_session() as s:
        letter_recipients.list_recipients(s, agent, secret)
    with pytest.raises(NotFound), db.session() as s:
        letter_recipients.set_recipients(s, agent, secret, [])


def test_group_per_recipient_gives_each_contact_its_own_number(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    ids = [
        _contact(db, admin, "Zoé", "Petit", ("Fournisseurs",)),
        _contact(db, admin, "Anne", "Blanc", ("Fournisseurs",)),
        _contact(db, admin, "Marc", "Noir", ("Fournisseurs",)),
    ]
    gone = _contact(db, admin, "Luc", "Parti", ("Fournisseurs",))
    with db.session() as s:
        contacts.delete_contact(s, admin, gone)
    group = _tag_id(db, "Fournisseurs")
    lid = _draft(db, admin, rid, "Nouveaux tarifs", tags=["tarifs"], category="")
    with db.session() as s:
        letter_recipients.set_recipients(
            s,
            admin,
            lid,
            [RecipientInput("group", group), RecipientInput("user", admin.user_id or 0, copy=True)],
        )
        attachments.add_attachment(s, admin, "letter", lid, "grille.pdf", b"%PDF-1.4 tarifs")
    # A rollback gives every number back.
    with pytest.raises(RuntimeError), db.session() as s:
        assert len(letters.register_letters(s, admin, lid, DAY)) == 3
        raise RuntimeError("printer on fire")
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Letter)) == 1
        assert (s.scalar(select(RegisterCounter.last)) or 0) == 0  # the counter row went too
    receptionist = _make(db, admin, "accueil", Role.RECEPTIONIST)
    with db.session() as s:
        made = letters.register_letters(s, receptionist, lid, DAY)
    assert made[0].id == lid
    assert [x.number for x in made] == ["OUT-2026-0001", "OUT-2026-0002", "OUT-2026-0003"]
    # Contacts in name order (Blanc, Noir, Petit sort by display name: Anne, Marc, Zoé).
    assert [x.contact_id for x in made] == [ids[1], ids[2], ids[0]]
    assert {x.subject for x in made} == {"Nouveaux tarifs"} and all(x.tags == ("tarifs",) for x in made)
    with db.read_session() as s:
        for x in made:
            rows = letter_recipients.list_recipients(s, admin, x.id)
            assert [(r.kind, r.ref_id, r.copy) for r in rows] == [
                ("contact", x.contact_id, False),
                ("user", admin.user_id, True),
            ]
            assert [a.filename for a in attachments.list_attachments(s, admin, "letter", x.id)] == [
                "grille.pdf"
            ]
        assert s.scalar(select(func.count()).select_from(Attachment)) == 3
        assert (
            s.scalar(select(func.count()).select_from(Event).where(Event.topic == "letter.registered")) == 3
        )


def test_group_circular_keeps_one_letter(db: Database, admin: Actor) -> None:
    rid = _register(db, admin, group_mode="circular")
    a = _contact(db, admin, "Hamid", "Rezaei", ("همکاران",))
    b = _contact(db, admin, "Sara", "Ahmadi", ("همکاران",))
    group = _tag_id(db, "همکاران")
    lid = _draft(db, admin, rid, "بخشنامه")
    with db.session() as s:
        letter_recipients.set_recipients(
            s, admin, lid, [RecipientInput("contact", b), RecipientInput("group", group)]
        )
        made = letters.register_letters(s, admin, lid, DAY)
    assert [x.number for x in made] == ["OUT-2026-0001"]
    with db.read_session() as s:
        rows = letter_recipients.list_recipients(s, admin, lid)
    # b is already there: not twice; the group became its contacts.
    assert [(r.kind, r.ref_id) for r in rows] == [("contact", b), ("contact", a)]


def test_empty_group_is_refused_before_numbering(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    cid = _contact(db, admin, "Solo", "Seul", ("Vide",))
    group = _tag_id(db, "Vide")
    with db.session() as s:
        contacts.delete_contact(s, admin, cid)
    lid = _draft(db, admin, rid)
    with db.session() as s:
        letter_recipients.set_recipients(s, admin, lid, [RecipientInput("group", group)])
    with pytest.raises(ValidationError, match="Vide has no contacts"), db.session() as s:
        letters.register_letters(s, admin, lid, DAY)
    with db.read_session() as s:
        assert letters.get_letter(s, admin, lid).status == "draft"
        assert s.scalar(select(func.count()).select_from(RegisterCounter)) == 0


def test_links_both_directions_and_visibility(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    agent = _make(db, admin, "agent", Role.AGENT)
    first = _draft(db, admin, rid, "Demande")
    second = _draft(db, admin, rid, "Relance", in_reply_to_id=first)
    third = _draft(db, admin, rid, "Dossier", classification="confidential")
    with db.session() as s:
        letters.register_letter(s, admin, first, DAY)
        link = letter_recipients.add_link(s, admin, first, second, "follow_up")
        letter_recipients.add_link(s, admin, second, third, "reference")
    assert (link.kind, link.outgoing, link.other_id) == ("follow_up", True, second)
    with db.read_session() as s:
        from_first = letter_recipients.list_links(s, admin, first)
        from_second = letter_recipients.list_links(s, admin, second)
        agent_view = letter_recipients.list_links(s, agent, second)
    assert [(x.kind, x.outgoing, x.other_id) for x in from_first] == [
        ("in_reply_to", False, second),
        ("follow_up", True, second),
    ]
    assert [(x.kind, x.outgoing, x.other_id) for x in from_second] == [
        ("in_reply_to", True, first),
        ("follow_up", False, first),
        ("reference", True, third),
    ]
    assert from_first[1].other_subject == "Relance"
    # The agent does not see the confidential letter, hence not the link to it.
    assert [x.other_id for x in agent_view] == [first, first]
    with pytest.raises(ValidationError, match="already linked"), db.session() as s:
        letter_recipients.add_link(s, admin, first, second, "follow_up")
    with pytest.raises(ValidationError, match="itself"), db.session() as s:
        letter_recipients.add_link(s, admin, first, first, "reference")
    with pytest.raises(ValidationError, match="kind"), db.session() as s:
        letter_recipients.add_link(s, admin, first, second, "cousin")
    with pytest.raises(NotFound), db.session() as s:
        letter_recipients.add_link(s, agent, first, third, "reference")
    with pytest.raises(NotFound, match="Letter link"), db.session() as s:
        letter_recipients.remove_link(s, agent, from_second[2].id or 0)
    with db.session() as s:
        letter_recipients.remove_link(s, agent, link.id or 0)
    with db.read_session() as s:
        assert [x.kind for x in letter_recipients.list_links(s, admin, first)] == ["in_reply_to"]
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "unlink")) == 2


def test_categories_and_types_feed_the_number(db: Database, admin: Actor) -> None:
    agent = _make(db, admin, "agent", Role.AGENT)
    with pytest.raises(PermissionDenied), db.session() as s:
        registers.set_letter_categories(s, agent, [("FIN", "Finances")])
    with pytest.raises(ValidationError, match="without spaces"), db.session() as s:
        registers.set_letter_categories(s, admin, [("F I", "Finances")])
    with pytest.raises(ValidationError, match="twice"), db.session() as s:
        registers.set_letter_categories(s, admin, [("FIN", "Finances"), ("fin", "Budget")])
    with db.session() as s:
        registers.set_letter_categories(s, admin, [("FIN", "Finances"), ("م", "مالی")])
        registers.set_letter_kinds(s, admin, [("ق", "قرارداد"), ("LET", "")])
    with db.read_session() as s:
        assert [(c.code, c.name) for c in registers.letter_categories(s)] == [
            ("FIN", "Finances"),
            ("م", "مالی"),
        ]
        assert [(c.code, c.name) for c in registers.letter_kinds(s)] == [("ق", "قرارداد"), ("LET", "LET")]
    rid = _register(db, admin, "{seq}/{type}/{cat}/{year}", calendar="jalali")
    with pytest.raises(ValidationError, match="office's list"), db.session() as s:
        letters.create_draft(s, admin, rid, "Contrat", category="XYZ")
    bare = _draft(db, admin, rid, "Sans catégorie", kind="ق")
    with pytest.raises(ValidationError, match="choose a category first"), db.session() as s:
        letters.register_letter(s, admin, bare, DAY)
    with db.read_session() as s:
        assert preview_next(s, rid, DAY) == "1/{type}/{cat}/1405"
        assert preview_next(s, rid, DAY, category="م", type="ق") == "1/ق/م/1405"
    lid = _draft(db, admin, rid, "Contrat", category="م", kind="ق")
    with db.session() as s:
        info = letters.register_letter(s, admin, lid, DAY)
    assert info.number == "1/ق/م/1405"
    assert display_number(info.number, "fa") == "۱/ق/م/۱۴۰۵"
    assert display_number(info.number, "fr") == info.number
    # Part of the number: frozen. Tags and retention class stay editable.
    with (
        pytest.raises(ValidationError, match=r"category of letter .* is part of its number"),
        db.session() as s,
    ):
        letters.update_details(s, admin, lid, category="FIN")
    with db.session() as s:
        got = letters.update_details(
            s, agent, lid, tags=["Urgent ", "urgent", "Contrat  cadre"], retention_class="10y"
        )
    assert (got.tags, got.retention_class) == (("Contrat cadre", "Urgent "[:-1]), "10y")
    with db.read_session() as s:
        assert [x.id for x in letters.list_letters(s, admin, tag="URGENT")] == [lid]
        assert [x.id for x in letters.list_letters(s, admin, category="م")] == [lid]
        assert [x.id for x in letters.list_letters(s, admin, status=["draft"])] == [bare]
        assert letters.list_letters(s, admin, category="FIN") == []


def test_register_settings(db: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError, match="group_mode"), db.session() as s:
        registers.create_register(s, admin, "Arrivée", "IN", "inbound", "IN-{year}-{seq}", group_mode="both")
    with pytest.raises(ValidationError, match="JSON object"), db.session() as s:
        not_a_dict: Any = ["qr"]
        registers.create_register(
            s, admin, "Arrivée", "IN", "inbound", "IN-{year}-{seq}", print_settings=not_a_dict
        )
    with pytest.raises(ValidationError, match="JSON object"), db.session() as s:
        registers.create_register(
            s,
            admin,
            "Arrivée",
            "IN",
            "inbound",
            "IN-{year}-{seq}",
            print_settings={"at": dt.date(2025, 1, 1)},
        )
    rid = _register(
        db,
        admin,
        default_classification="confidential",
        print_settings={"template": "fa", "qr": True, "fields": {"number": {"x": 20.5, "y": 30}}},
    )
    with db.read_session() as s:
        r = registers.get_register(s, rid)
    assert (r.group_mode, r.default_classification) == ("per_recipient", "confidential")
    assert r.print_settings == {"template": "fa", "qr": True, "fields": {"number": {"x": 20.5, "y": 30}}}
    lid = _draft(db, admin, rid)
    with db.read_session() as s:
        assert letters.get_letter(s, admin, lid).classification == "confidential"
    with db.session() as s:
        letters.register_letter(s, admin, lid, DAY)
        r = registers.update_register(s, admin, rid, group_mode="circular", print_settings={"qr": False})
    assert (r.group_mode, r.print_settings) == ("circular", {"qr": False})
    with pytest.raises(ValidationError, match="can no longer change"), db.session() as s:
        registers.update_register(s, admin, rid, calendar="jalali")
    with db.read_session() as s:
        entry = s.scalar(select(AuditLog).where(AuditLog.entity == "register", AuditLog.action == "update"))
        assert entry is not None and entry.changes["group_mode"] == ["per_recipient", "circular"]


def test_a_user_addressed_by_name_sees_the_registered_letter(db: Database, admin: Actor) -> None:
    """An agent cannot read confidential letters, except one addressed or copied to them by name,
    once it is registered (a draft is still its writer's business)."""
    with db.session() as s:
        rid = registers.create_register(s, admin, "Interne", "INT", "internal", "INT-{year}-{seq}").id
    agent = _make(db, admin, "agent", Role.AGENT)
    other = _make(db, admin, "other", Role.AGENT)
    lid = _draft(db, admin, rid, "Mutation", classification="confidential")
    with db.session() as s:
        letter_recipients.set_recipients(
            s, admin, lid, [RecipientInput("user", agent.user_id or 0, copy=True)]
        )
    with pytest.raises(NotFound), db.read_session() as s:
        letters.get_letter(s, agent, lid)
    with db.session() as s:
        letters.register_letter(s, admin, lid, DAY)
    with db.read_session() as s:
        assert letters.get_letter(s, agent, lid).subject == "Mutation"
        assert [x.id for x in letters.list_letters(s, agent)] == [lid]
        assert letters.list_letters(s, other) == []
        with pytest.raises(NotFound):
            letters.get_letter(s, other, lid)


def test_next_numbers_takes_a_consecutive_block(db: Database, admin: Actor) -> None:
    from sivadesk.letters.numbering import next_number, next_numbers

    rid = _register(db, admin, "{seq:03}/{year}")
    with db.session() as s:
        assert next_numbers(s, admin, rid, DAY, count=3) == [
            (1, "001/2026"),
            (2, "002/2026"),
            (3, "003/2026"),
        ]
        assert next_number(s, admin, rid, DAY) == (4, "004/2026")
        with pytest.raises(ValueError, match="at least 1"):
            next_numbers(s, admin, rid, DAY, count=0)
    with pytest.raises(RuntimeError), db.session() as s:
        next_numbers(s, admin, rid, DAY, count=10)
        raise RuntimeError("rolled back")
    with db.session() as s:
        assert next_number(s, admin, rid, DAY) == (5, "005/2026")
