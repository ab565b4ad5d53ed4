"""Letter search on SQLite (FTS5) and PostgreSQL (GIN tsvector), through the real services: the
shared normalizer (Persian letter forms, ZWNJ, French accents), numbers, prefixes, filters,
classification, the index kept in step by any write path, saved searches, hostile input, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text, update

from sivadesk.db import Database
from sivadesk.errors import NotFound, ValidationError
from sivadesk.models import Letter, Role
from sivadesk.models.letters import LetterRecipient
from sivadesk.models.search import LetterSearchDoc, rebuild_index, strip_markup, words
from sivadesk.ops import contacts, letters, registers, users
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_search import (
    LetterQuery,
    count_letters,
    delete_saved_search,
    fts5_expression,
    list_saved_searches,
    save_search,
    search_letters,
    terms,
)

PASSWORD = "correct horse"
DAY = dt.date(2026, 11, 22)


def _user(db: Database, admin: Actor, username: str, role: Role) -> Actor:
    with db.session() as s:
        users.create_user(s, admin, username, username.title(), PASSWORD, role)
    with db.session() as s:
        return users.authenticate(s, username, PASSWORD)


def _register(db: Database, admin: Actor, code: str = "OUT", direction: str = "outbound") -> int:
    with db.session() as s:
        return registers.create_register(
            s, admin, f"Registre {code}", code, direction, code + "-{year}-{seq:04}"
        ).id


def _draft(db: Database, actor: Actor, rid: int, subject: str, body: str = "", **kw: object) -> int:
    with db.session() as s:
        return letters.create_draft(s, actor, rid, subject, body, **kw).id  # type: ignore[arg-type]


def _find(db: Database, actor: Actor, query: str | LetterQuery) -> list[int]:
    q = query if isinstance(query, LetterQuery) else LetterQuery(text=query)
    with db.read_session() as s:
        found = [x.id for x in search_letters(s, actor, q)]
        assert count_letters(s, actor, q) == len(found)
    return found


def test_persian_letter_forms_and_zwnj_meet(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    # Written with Arabic yeh/kaf and a zero-width non-joiner, searched with Persian ones and none.
    a = _draft(db, admin, rid, "درخواست تمديد قرارداد", "متن نامه: مي\u200cخواهيم كه بررسی شود")
    b = _draft(db, admin, rid, "گزارش کارکرد ماهانه", "بدون ارتباط")
    assert _find(db, admin, "تمدید") == [a]
    assert _find(db, admin, "تمديد") == [a]  # Arabic yeh in the query too
    assert _find(db, admin, "میخواهیم") == [a]
    assert _find(db, admin, "می\u200cخواهیم که") == [a]
    assert _find(db, admin, "کارکرد") == [b]
    assert _find(db, admin, "كاركرد") == [b]  # Arabic kaf
    assert _find(db, admin, "قرارداد  ") == [a]  # trailing space: whole word
    assert _find(db, admin, "قرار") == [a]  # typing: the last word is a prefix
    assert _find(db, admin, "قرار ") == []  # ... unless the word is finished


def test_french_accents_and_case_fold(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    a = _draft(db, admin, rid, "Réclamation facture Élodie", "<p>Délai de paiement <b>dépassé</b>&nbsp;!</p>")
    _draft(db, admin, rid, "Devis menuiserie", "Rien à voir")
    assert _find(db, admin, "reclamation") == [a]
    assert _find(db, admin, "RÉCLAMATION elodie") == [a]
    assert _find(db, admin, "delai depasse") == [a]
    assert _find(db, admin, "recl") == [a]
    assert _find(db, admin, "p") == []  # markup is not text: no letter "p" word from <p>
    assert _find(db, admin, "nbsp") == []
    with db.session() as s:  # the results are the letter services' own LetterInfo, tags included
        letters.update_details(s, admin, a, tags=["Litige"])
    with db.read_session() as s:
        assert search_letters(s, admin, LetterQuery(text="reclamation")) == [letters.get_letter(s, admin, a)]


def test_numbers_their_numbers_and_persian_digits(db: Database, admin: Actor) -> None:
    with db.session() as s:
        rid = registers.create_register(s, admin, "وارده", "IN", "inbound", "{seq}/ق/{year}", "jalali").id
    a = _draft(db, admin, rid, "نامه اول", their_number="ABC-77/2025")
    b = _draft(db, admin, rid, "نامه دوم")
    with db.session() as s:
        one = letters.register_letter(s, admin, a, DAY).number
        two = letters.register_letter(s, admin, b, DAY).number
    assert (one, two) == ("1/ق/1405", "2/ق/1405")
    assert _find(db, admin, "1/ق/1405") == [a]
    assert _find(db, admin, "۲/ق/۱۴۰۵") == [b]  # Persian digits typed
    assert sorted(_find(db, admin, "1405")) == [a, b]
    assert _find(db, admin, "abc-77") == [a]  # the correspondent's own number
    assert _find(db, admin, "77/2025") == [a]


def test_ranking_subject_before_body_then_newest(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    in_body = _draft(db, admin, rid, "Compte rendu", "Il faut parler du chauffage collectif.")
    old = _draft(db, admin, rid, "Chauffage en panne", "")
    new = _draft(db, admin, rid, "Chauffage en panne", "")
    assert _find(db, admin, "chauffage") == [new, old, in_body]
    with db.read_session() as s:
        page = search_letters(s, admin, LetterQuery(text="chauffage"), limit=1, offset=1)
    assert [x.id for x in page] == [old]


def test_filters(db: Database, admin: Actor) -> None:
    out, inbound = _register(db, admin), _register(db, admin, "IN", "inbound")
    signer = _user(db, admin, "signer", Role.MANAGER)
    with db.session() as s:
        acme = contacts.create_contact(
            s, admin, contacts.ContactInput(kind="company", organization="ACME Sàrl")
        ).id
    a = _draft(db, admin, out, "Offre", urgency="urgent", signer_user_id=signer.user_id, contact_id=acme)
    b = _draft(db, admin, inbound, "Offre", urgency="immediate")
    c = _draft(db, admin, out, "Offre")
    with db.session() as s:
        letters.register_letter(s, admin, c, DAY)
        s.execute(update(Letter).where(Letter.id == b).values(category="rh"))
        # c was registered "last year"; a and b are drafts created now
        s.execute(
            update(Letter)
            .where(Letter.id == c)
            .values(registered_at=dt.datetime(2025, 5, 10, 10, tzinfo=dt.UTC))
        )
    assert sorted(_find(db, admin, "offre")) == [a, b, c]
    assert _find(db, admin, LetterQuery(text="offre", register_id=inbound)) == [b]
    assert _find(db, admin, LetterQuery(urgency="urgent")) == [a]
    assert _find(db, admin, LetterQuery(status="registered")) == [c]
    assert _find(db, admin, LetterQuery(direction="inbound")) == [b]
    assert _find(db, admin, LetterQuery(category="rh")) == [b]
    assert _find(db, admin, LetterQuery(signer_user_id=signer.user_id)) == [a]
    assert _find(db, admin, LetterQuery(correspondent=acme)) == [a]
    assert _find(db, admin, LetterQuery(correspondent="acme sarl")) == [a]
    assert _find(db, admin, LetterQuery(text="offre", correspondent="ac")) == [a]
    assert _find(db, admin, LetterQuery(date_from=dt.date(2025, 5, 10), date_to=dt.date(2025, 5, 10))) == [c]
    today = dt.date.today()
    assert sorted(_find(db, admin, LetterQuery(date_from=today - dt.timedelta(days=1)))) == [a, b]
    assert _find(db, admin, LetterQuery(date_to=dt.date(2025, 12, 31))) == [c]
    assert _find(db, admin, LetterQuery()) == [c, b, a]  # no text: newest first
    with pytest.raises(ValidationError), db.read_session() as s:
        search_letters(s, admin, LetterQuery(urgency="whenever"))
    with pytest.raises(ValidationError), db.read_session() as s:
        search_letters(s, admin, LetterQuery(date_from=dt.date(2026, 1, 2), date_to=dt.date(2026, 1, 1)))


def test_confidential_letters_are_never_found_by_an_agent(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    agent = _user(db, admin, "agent", Role.AGENT)
    manager = _user(db, admin, "manager", Role.MANAGER)
    secret = _draft(db, admin, rid, "Licenciement confidentiel", classification="top_secret")
    public = _draft(db, admin, rid, "Licenciement : procédure générale")
    own = _draft(db, agent, rid, "Licenciement, mon brouillon", classification="confidential")
    assert sorted(_find(db, admin, "licenciement")) == sorted([secret, public, own])
    assert sorted(_find(db, manager, "licenciement")) == sorted([public, own])  # up to "secret"
    assert sorted(_find(db, agent, "licenciement")) == sorted([public, own])
    assert _find(db, agent, "confidentiel") == []
    with db.read_session() as s:
        assert count_letters(s, agent, LetterQuery()) == 2


def test_index_follows_every_write_path(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        c = contacts.create_contact(s, admin, contacts.ContactInput(first_name="Reza", last_name="Karimi")).id
    lid = _draft(db, admin, rid, "Première version", contact_id=c)
    assert _find(db, admin, "karimi") == [lid]
    with db.session() as s:
        letters.update_draft(s, admin, lid, subject="Seconde version", body="<p>tarif révisé</p>")
    assert _find(db, admin, "premiere") == []
    assert _find(db, admin, "seconde revise") == [lid]
    # The contact is renamed: the letter is found under the new name only.
    with db.session() as s:
        contacts.update_contact(s, admin, c, contacts.ContactInput(first_name="Reza", last_name="Karimian"))
    assert _find(db, admin, "karimian") == [lid]
    assert _find(db, admin, "karimi ") == []
    # Plain ORM code (any path), recipients included.
    with db.session() as s:
        s.add(LetterRecipient(letter_id=lid, kind="contact", name="Société Générale", position=1))
        letter = s.get(Letter, lid)
        assert letter is not None
        letter.body = "contenu remplacé"
    assert _find(db, admin, "societe generale") == [lid]
    assert _find(db, admin, "remplace") == [lid]
    with db.session() as s:
        for r in s.scalars(select(LetterRecipient).where(LetterRecipient.letter_id == lid)):
            s.delete(r)
    assert _find(db, admin, "generale") == []
    # A rolled-back change leaves the index as it was.
    with pytest.raises(RuntimeError), db.session() as s:
        letters.update_draft(s, admin, lid, subject="Jamais écrit")
        raise RuntimeError("cancelled")
    assert _find(db, admin, "jamais") == []
    assert _find(db, admin, "seconde") == [lid]
    # Deleting the draft takes it out of the index (cascade on both backends).
    with db.session() as s:
        letters.delete_draft(s, admin, lid)
    assert _find(db, admin, "seconde") == []
    with db.read_session() as s:
        assert s.scalar(select(LetterSearchDoc).where(LetterSearchDoc.letter_id == lid)) is None


def test_bulk_rows_are_indexed_by_rebuild(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        s.execute(
            text(
                "INSERT INTO letter (register_id, period, scope_key, number, status, direction, urgency, "
                "classification, subject, body, their_number, signer_title, void_reason, category, kind, "
                "reminder_note, archive_sha256, retention_class) VALUES (:r, '', '', '', 'draft', 'outbound', "
                "'normal', 'normal', 'Import en masse', '', '', '', '', '', '', '', '', '')"
            ),
            {"r": rid},
        )
    assert _find(db, admin, "masse") == []  # raw SQL bypasses the ORM events...
    with db.session() as s:
        assert rebuild_index(s.connection()) == 1
    assert len(_find(db, admin, "masse")) == 1  # ... until the index is rebuilt


HOSTILE = [
    '"',
    "'",
    "a'b\"c",
    "NEAR(a b)",
    "subject: x",
    "* OR *",
    "-foo",
    "AND",
    "^start",
    "{number} : 1",
    "x' OR '1'='1",
    "'); DROP TABLE letter; --",
    "\\",
    "\x00",
    "a" * 100_000,
    "é " * 5000,
    "::* & | ! <-> ()",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_never_raises(db: Database, admin: Actor, query: str) -> None:
    rid = _register(db, admin)
    lid = _draft(db, admin, rid, "AND OR NOT near subject")
    with db.read_session() as s:
        found = search_letters(s, admin, LetterQuery(text=query, correspondent=query))
        assert count_letters(s, admin, LetterQuery(text=query)) >= len(found)
    if query in ("AND", "-foo"):
        assert _find(db, admin, "and ") == [lid]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_any_text_is_a_valid_query(db: Database, admin: Actor, query: str) -> None:
    with db.read_session() as s:
        search_letters(s, admin, LetterQuery(text=query, correspondent=query or None))


def test_query_words() -> None:
    assert terms("14505/ق/م  ب")[0] == [["14505", "ق", "م"], ["ب"]]
    assert terms("facture ")[1] is False and terms("factu")[1] is True
    assert terms("a")[1] is False  # one letter is no prefix
    assert fts5_expression([["a", "b"], ["cd"]], True) == '"a b" AND "cd"*'
    assert words("كتاب‌ها، فاکتور-۱۲") == ["کتابها", "فاکتور", "12"]
    assert strip_markup(
        "<html><head><style>p {x}</style></head><body><p>a&amp;b</p></body></html>"
    ).split() == ["a&b"]


def test_saved_searches_are_per_user_and_may_be_shared(db: Database, admin: Actor) -> None:
    alice = _user(db, admin, "alice", Role.AGENT)
    bob = _user(db, admin, "bob", Role.AGENT)
    q = LetterQuery(text="facture", date_from=dt.date(2025, 3, 21), urgency="urgent", correspondent=7)
    with db.session() as s:
        mine = save_search(s, alice, "  Factures  urgentes ", q)
        save_search(s, alice, "Partagée", LetterQuery(text="devis"), shared=True)
        save_search(s, bob, "À moi", LetterQuery(status="draft"))
    assert mine.name == "Factures urgentes" and mine.query == q
    with db.read_session() as s:
        seen_by_alice = [(x.name, x.mine) for x in list_saved_searches(s, alice)]
        seen_by_bob = [(x.name, x.mine, x.owner_name) for x in list_saved_searches(s, bob)]
    assert seen_by_alice == [("Factures urgentes", True), ("Partagée", True)]
    assert seen_by_bob == [("À moi", True, "Bob"), ("Partagée", False, "Alice")]
    with db.session() as s:  # same name again replaces
        again = save_search(s, alice, "Factures urgentes", LetterQuery(text="facture"))
    assert again.id == mine.id
    with db.read_session() as s:
        assert next(x for x in list_saved_searches(s, alice) if x.id == mine.id).query == LetterQuery(
            text="facture"
        )
    with pytest.raises(NotFound), db.session() as s:
        delete_saved_search(s, bob, mine.id)  # not shared: bob does not even see it
    shared = next(x for x in seen_by_bob_ids(db, bob) if not x.mine)
    with pytest.raises(ValidationError), db.session() as s:
        delete_saved_search(s, bob, shared.id)
    with db.session() as s:
        delete_saved_search(s, alice, mine.id)
    with pytest.raises(ValidationError), db.session() as s:
        save_search(s, alice, "   ", LetterQuery())
    with pytest.raises(ValidationError), db.session() as s:
        save_search(s, Actor.system(), "x", LetterQuery())
    assert LetterQuery.from_json(
        {"date_to": "not a date", "register_id": "3", "x": 1, "text": "a"}
    ) == LetterQuery(text="a")


def seen_by_bob_ids(db: Database, bob: Actor) -> list:  # type: ignore[type-arg]
    with db.read_session() as s:
        return list_saved_searches(s, bob)


def test_cli_prints_json_lines(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    a = _draft(db, admin, rid, "Résiliation du bail", "préavis de trois mois")
    _draft(db, admin, rid, "Autre sujet", "")
    secret = _draft(db, admin, rid, "Résiliation secrète", classification="top_secret")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "sivadesk",
            "letters",
            "search",
            "--db",
            db.url,
            "resiliation",
            "--limit",
            "10",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert {x["id"] for x in lines} == {a, secret}  # the command line runs as the system (admin)
    first = next(x for x in lines if x["id"] == a)
    assert first["subject"] == "Résiliation du bail" and first["status"] == "draft"
    run = subprocess.run(
        [sys.executable, "-m", "sivadesk", "letters", "search", "--db", db.url, "", "--status", "bogus"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0 and "bogus" in run.stderr


def test_common_words_rank_the_newest_matches_and_count_all(
    db: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sivadesk.ops import letter_search

    monkeypatch.setattr(letter_search, "RANK_DEPTH", 3)
    rid, other = _register(db, admin), _register(db, admin, "IN", "inbound")
    strong_but_old = _draft(db, admin, rid, "Tarif tarif tarif", "tarif")
    ids = [_draft(db, admin, rid if i % 2 else other, f"Lettre {i}", "le tarif") for i in range(6)]
    # One page (limit 1): the 3 newest matches are ranked; the strong old match is beyond them.
    assert _find_page(db, admin, LetterQuery(text="tarif"), limit=1) == [ids[5]]
    with db.read_session() as s:
        assert count_letters(s, admin, LetterQuery(text="tarif")) == 7  # the count is exact
    # With a filter, the depth counts the letters that pass it: ids 5, 3, 1 in this register.
    assert _find_page(db, admin, LetterQuery(text="tarif", register_id=rid), limit=1) == [ids[5]]
    monkeypatch.setattr(letter_search, "RANK_DEPTH", 4)  # now reaches the strong one
    assert _find_page(db, admin, LetterQuery(text="tarif", register_id=rid), limit=1) == [strong_but_old]
    assert _find_page(db, admin, LetterQuery(text="tarif"), limit=1) == [ids[5]]
    monkeypatch.setattr(letter_search, "RANK_DEPTH", 2000)
    assert _find_page(db, admin, LetterQuery(text="tarif"), limit=1) == [strong_but_old]
    # A page wider than the depth ranks at least twice the page.
    assert len(_find_page(db, admin, LetterQuery(text="tarif"), limit=10)) == 7


def _find_page(db: Database, actor: Actor, q: LetterQuery, limit: int) -> list[int]:
    with db.read_session() as s:
        return [x.id for x in search_letters(s, actor, q, limit=limit)]


def test_hidden_best_matches_do_not_hide_visible_ones(db: Database, admin: Actor) -> None:
    """The first window of best matches is all confidential: the agent still gets its letter."""
    rid = _register(db, admin)
    agent = _user(db, admin, "agent", Role.AGENT)
    visible = _draft(db, admin, rid, "Budget annuel", "")
    with db.session() as s:
        for i in range(30):
            letters.create_draft(s, admin, rid, f"Budget budget {i}", "budget", classification="secret")
    assert _find_page(db, agent, LetterQuery(text="budget"), limit=1) == [visible]
    assert _find_page(db, admin, LetterQuery(text="budget"), limit=1) != [visible]
