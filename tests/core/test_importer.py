"""Contact import from CSV and .xlsx, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from sivadesk.db import Database
from sivadesk.errors import PermissionDenied, ValidationError
from sivadesk.models import AuditLog, Contact, ContactKind, Event, Role
from sivadesk.ops import contacts, importer, users
from sivadesk.ops.contact_search import find_by_phone
from sivadesk.ops.context import Actor
from sivadesk.ops.import_fields import detect_field, header_key
from sivadesk.ops.tabular import detect_encoding, open_table


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(rows)
    return path


def all_contacts(db: Database, actor: Actor) -> dict[str, contacts.ContactFile]:
    with db.session() as s:
        ids = s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None)).order_by(Contact.id)).all()
        files = [contacts.get_contact(s, actor, i) for i in ids]
    return {f.display_name: f for f in files}


# -- reading files (no database) -------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        [["Nom", "Prénom", "Ville"], ["Dupont", "Jean", "Lyon"], ["Martin", "Claire, dite Clo", "Paris"]],
        delimiter,
    )
    with open_table(path) as t:
        assert t.delimiter == delimiter
        assert t.columns == ["Nom", "Prénom", "Ville"]
        rows = list(t.rows)
    assert rows == [(2, ["Dupont", "Jean", "Lyon"]), (3, ["Martin", "Claire, dite Clo", "Paris"])]


def test_encodings(tmp_path: Path) -> None:
    cp = write_csv(tmp_path / "cp.csv", [["Nom", "Société"], ["Légère", "Crème & Cie"]], ";", "cp1252")
    bom = write_csv(tmp_path / "bom.csv", [["نام", "شهر"], ["علی", "تهران"]], ",", "utf-8-sig")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Nom;Ville\nH\xe9l\xe8ne;S\x81te\n".encode("latin-1"))  # 0x81 is not cp1252
    assert detect_encoding(cp) == "cp1252"
    assert detect_encoding(bom) == "utf-8-sig"
    assert detect_encoding(latin) == "latin-1"
    with open_table(cp) as t:
        assert t.columns == ["Nom", "Société"] and next(t.rows)[1] == ["Légère", "Crème & Cie"]
    with open_table(bom) as t:
        assert t.columns == ["نام", "شهر"]  # no BOM glued to the first header


def test_unreadable_files_are_validation_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    for path in (broken, empty, tmp_path / "absent.csv", tmp_path / "old.xls"):
        if path.suffix == ".xls":
            path.write_bytes(b"\xd0\xcf\x11\xe0")
        with pytest.raises(ValidationError):
            importer.preview(path)


def test_headers_in_three_languages() -> None:
    expected = {
        "Nom": "last_name", "Prénom": "first_name", "Société": "organization", "Téléphone": "phone",
        "Portable": "mobile", "E-mail": "email", "Ville": "city", "Code postal": "postcode",
        "Adresse": "street", "نام": "first_name", "نام خانوادگی": "last_name", "شرکت": "organization",
        "تلفن": "phone", "موبایل": "mobile", "ایمیل": "email", "شهر": "city", "آدرس": "street",
        "Tags": "tags", "Groupe": "tags", "First Name": "first_name", "Tél. 2": "phone",
        "برچسب‌ها": "tags", "Numéro SIRET": "custom", "custom:Code": "custom:Code",
    }  # fmt: skip
    assert {h: detect_field(h) for h in expected} == expected
    assert header_key("E-mail 2") == header_key("email")


def test_preview_shows_contacts_and_row_errors(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Prénom", "Nom", "Téléphone", "E-mail", "Type", "SIRET"],
            ["Jean", "Dupont", "06 12 34 56 78", "jean@example.fr", "", "123"],
            ["", "", "01 02 03 04 05", "", "", ""],
            ["Anne", "Morel", "n/a 12", "pas-un-mail", "", ""],
            ["", "", "", "", "", ""],
            ["Paul", "Roux", "xx 12", "", "martien", ""],
        ],
    )
    p = importer.preview(path, region="FR")
    assert p.columns == ("Prénom", "Nom", "Téléphone", "E-mail", "Type", "SIRET")
    assert p.detected["SIRET"] == "custom" and p.mapping == p.detected
    assert p.total == 5
    assert [r.row for r in p.rows] == [2, 3, 4, 6]  # the blank row 5 is not a row to import
    ok, no_name, bad_mail, bad_kind = p.rows
    assert ok.contact is not None and ok.error is None
    assert ok.contact.phones == (contacts.PhoneInput("06 12 34 56 78"),)
    assert ok.contact.custom == {"SIRET": "123"}
    assert no_name.contact is None and no_name.error is not None and no_name.error.column in ("Nom", "Prénom")
    assert bad_mail.error is not None and bad_mail.error.column == "E-mail"
    assert "pas-un-mail" in bad_mail.error.message
    assert bad_kind.error is not None and bad_kind.error.column == "Type"
    # With the mapping overridden the SIRET column is dropped and the kind column ignored.
    p2 = importer.preview(path, {"SIRET": "ignore", "Type": "ignore"}, limit=2)
    assert len(p2.rows) == 2 and p2.rows[0].contact is not None and p2.rows[0].contact.custom == {}
    with pytest.raises(ValidationError):
        importer.preview(path, {"SIRET": "not_a_field"})
    with pytest.raises(ValidationError):
        importer.preview(path, {"Nope": "city"})


def test_preview_warns_about_phones_to_flag(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "w.csv", [["Nom", "Tel"], ["Zed", "12"], ["Ok", "0612345678"]])
    rows = importer.preview(path, region="FR").rows
    assert [len(r.warnings) for r in rows] == [1, 0]


# -- importing into the store ----------------------------------------------------------------


def test_import_french_cp1252_semicolon(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "fr.csv",
        [
            ["Civilité", "Prénom", "Nom", "Société", "Fonction", "Téléphone", "Portable", "E-mail", "Adresse",
             "Code postal", "Ville", "Pays", "Groupe", "Commentaires"],
            ["M.", "Hélène", "Léger", "Boulangerie Crème", "Gérante", "04 78 12 34 56", "06.12.34.56.78",
             "helene@creme.fr", "3 rue de la Ré", "69001", "Lyon", "France", "Clients; VIP", "Préfère le matin"],
            ["Mme", "Zoé", "Château", "", "", "0033 1 42 00 00 01", "", "", "", "", "Paris", "", "", ""],
        ],
        ";",
        "cp1252",
    )  # fmt: skip
    report = importer.run_import(db, admin, path)
    assert (report.created, report.failed, report.skipped) == (2, [], [])
    got = all_contacts(db, admin)
    h = got["Hélène Léger"]
    assert h.organization == "Boulangerie Crème" and h.job_title == "Gérante"
    assert [(p.e164, p.label) for p in h.phones] == [("+33478123456", ""), ("+33612345678", "mobile")]
    assert h.emails == ("helene@creme.fr",)
    assert h.addresses == (contacts.AddressInput("3 rue de la Ré", "69001", "Lyon", "", "FR"),)
    assert h.tags == ("Clients", "VIP") and h.notes == "Préfère le matin"
    assert h.custom == {"Civilité": "M."}
    assert got["Zoé Château"].phones[0].e164 == "+33142000001"
    with db.session() as s:
        # Written through the service: searchable by phone, audited, announced on the feed.
        assert [c.display_name for c in find_by_phone(s, "+33 6 12 34 56 78")] == ["Hélène Léger"]
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "create")) >= 2
        assert s.scalar(select(func.count()).select_from(Event).where(Event.topic == "contact.created")) == 2


def test_import_persian_utf8(db: Database, admin: Actor, tmp_path: Path) -> None:
    with db.session() as s:
        from sivadesk.ops import office

        office.set_value(s, admin, "phone_region", "IR")
    path = write_csv(
        tmp_path / "fa.csv",
        [
            ["نام", "نام خانوادگی", "شرکت", "موبایل", "تلفن", "ایمیل", "شهر", "آدرس", "برچسب‌ها"],
            ["علی", "رضایی", "بازرگانی پارس", "۰۹۱۲ ۳۴۵ ۶۷۸۹", "021 4412 3456", "ali@pars.ir", "تهران",
             "خیابان ولیعصر، پلاک ۱۲", "مشتری، ویژه"],
        ],
    )  # fmt: skip
    report = importer.run_import(db, admin, path)
    assert report.created == 1 and not report.failed and not report.flagged
    c = all_contacts(db, admin)["علی رضایی"]
    assert [p.e164 for p in c.phones] == ["+989123456789", "+982144123456"]
    assert c.phones[0].raw == "۰۹۱۲ ۳۴۵ ۶۷۸۹"  # kept as typed
    assert c.addresses[0].city == "تهران" and c.tags == ("مشتری", "ویژه")


def test_import_xlsx(db: Database, admin: Actor, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["First name", "Last name", "Mobile", "Email", "Postcode", "Kind"])
    ws.append(
        ["Omid", "Karimi", 612345678, "omid@example.com", 69001, "Lead"]
    )  # numbers, as Excel keeps them
    ws.append([None, None, None, None, None, None])
    ws.append(["Acme", None, "+33 1 40 00 00 00", None, None, "Société"])
    path = tmp_path / "c.xlsx"
    wb.save(path)
    report = importer.run_import(db, admin, path)
    assert (report.created, report.blank, report.failed) == (2, 1, [])
    got = all_contacts(db, admin)
    assert got["Omid Karimi"].kind is ContactKind.LEAD
    assert got["Omid Karimi"].phones[0].e164 == "+33612345678"
    assert got["Omid Karimi"].addresses[0].postcode == "69001"
    assert got["Acme"].kind is ContactKind.COMPANY


def test_bad_rows_never_block_good_rows(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["Prénom", "Nom", "Téléphone", "E-mail", "Pays"],
            ["Bon", "Un", "0612345601", "un@example.fr", ""],
            ["", "", "0612345602", "", ""],  # no name
            ["Mauvais", "Mail", "", "pas un mail@", ""],  # bad e-mail
            ["Bon", "Deux", "06 12 34 56 03", "", ""],
            ["Drôle", "Numéro", "12-AB", "", ""],  # garbage phone: imported, flagged
            ["Pays", "Inconnu", "", "", "Atlantide"],
            ["Trop", "Long" * 80, "", "", ""],
            ["Bon", "Trois", "", "trois@example.fr", ""],
        ],
    )
    report = importer.run_import(db, admin, path, batch_size=3)
    assert report.rows_read == 8
    assert report.created == 4 and report.accounted == 8
    assert [(e.row, e.column) for e in report.failed] == [(3, "Nom"), (4, "E-mail"), (7, "Pays"), (8, "Nom")]
    assert report.failed[0].raw["Téléphone"] == "0612345602"
    assert [(f.row, f.number) for f in report.flagged] == [(6, "12-AB")]
    got = all_contacts(db, admin)
    assert set(got) == {"Bon Un", "Bon Deux", "Drôle Numéro", "Bon Trois"}
    assert got["Drôle Numéro"].has_invalid_phone and got["Drôle Numéro"].phones[0].raw == "12-AB"
    out = tmp_path / "errors.csv"
    assert report.write_errors(out) == 5
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Row", "Status", "Column", "Message", "Prénom", "Nom", "Téléphone", "E-mail", "Pays"]
    assert [(line[0], line[1]) for line in lines[1:]] == [
        ("3", "failed"), ("4", "failed"), ("6", "phone flagged"), ("7", "failed"), ("8", "failed"),
    ]  # fmt: skip
    assert lines[2][7] == "pas un mail@"
    assert "failed: 4" in report.summary() and "row 4 [E-mail]" in report.summary()
    # With a translator: the statuses and the header are looked up in the "import" context, the
    # row messages in "errors" (the contexts lupdate files them under).
    marked = tmp_path / "marked.csv"
    report.write_errors(marked, lambda context, text: f"<{context}> {text}")
    with marked.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0][:4] == ["<import> Row", "<import> Status", "<import> Column", "<import> Message"]
    assert lines[1][1] == "<import> failed" and lines[1][3].startswith("<errors> ")
    assert lines[3][1] == "<import> phone flagged"


@pytest.mark.parametrize("policy", ["skip", "create", "update"])
def test_duplicate_policies(db: Database, admin: Actor, tmp_path: Path, policy: str) -> None:
    with db.session() as s:
        existing = contacts.create_contact(
            s,
            admin,
            contacts.ContactInput(
                first_name="Jean",
                last_name="Dupont",
                phones=(contacts.PhoneInput("0612345678"),),
                tags=("A",),
            ),
        )
    path = write_csv(
        tmp_path / "d.csv",
        [
            ["Prénom", "Nom", "Portable", "E-mail", "Fonction", "Tags"],
            ["Jean", "Dupont", "+33 6 12 34 56 78", "jean@dupont.fr", "Directeur", "B"],
            ["Nouveau", "Venu", "0699999999", "", "", ""],
            ["Autre", "Venu", "06 99 99 99 99", "", "", ""],  # duplicates the row above
        ],
    )
    report = importer.run_import(db, admin, path, on_duplicate=policy)
    got = all_contacts(db, admin)
    if policy == "skip":
        assert (report.created, report.updated) == (1, 0)
        assert [(s.row, s.duplicates[0][1]) for s in report.skipped] == [
            (2, "Jean Dupont"),
            (4, "Nouveau Venu"),
        ]
        assert report.skipped[0].duplicates[0][0] == existing.id
        assert got["Jean Dupont"].emails == ()
    elif policy == "create":
        assert (report.created, report.updated, report.skipped) == (3, 0, [])
        assert len(got) == 3  # four contacts; the two named "Jean Dupont" share a dict key
    else:
        assert (report.created, report.updated) == (1, 2)
        jean = got["Jean Dupont"]
        assert jean.id == existing.id and jean.emails == ("jean@dupont.fr",) and jean.job_title == "Directeur"
        assert len(jean.phones) == 1 and jean.tags == ("A", "B")
        assert "Autre Venu" in got and "Nouveau Venu" not in got  # the file's values win
    assert report.accounted == 3
    with pytest.raises(ValidationError):
        importer.run_import(db, admin, path, on_duplicate="merge")


def test_agent_may_not_import(db: Database, admin: Actor, tmp_path: Path) -> None:
    with db.session() as s:
        info = users.create_user(s, admin, "agent1", "Agent Un", "agent password", Role.AGENT)
    agent = Actor(info.id, info.username, Role.AGENT)
    path = write_csv(tmp_path / "a.csv", [["Nom"], ["X"]])
    with pytest.raises(PermissionDenied):
        importer.run_import(db, agent, path)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == 0


def test_companies_linked_by_name_even_when_listed_after(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "l.csv",
        [
            ["Kind", "Name", "Linked company"],
            ["person", "Jean Dupont", "Acme SA"],
            ["company", "Acme SA", ""],
            ["person", "Eve Nulle", "Inexistante SARL"],
        ],
    )
    report = importer.run_import(db, admin, path, batch_size=1)
    assert report.created == 3
    got = all_contacts(db, admin)
    assert got["Jean Dupont"].company_id == got["Acme SA"].id
    assert got["Eve Nulle"].company_id is None and got["Eve Nulle"].organization == "Inexistante SARL"
    assert [(w.row, w.column) for w in report.warnings] == [(4, "Linked company")]


def test_progress_and_stop(db: Database, admin: Actor, tmp_path: Path) -> None:
    rows = [["Nom", "Tel"]] + [
        [f"Personne {i}", f"06 11 22 {i // 100:02d} {i % 100:02d}"] for i in range(120)
    ]
    path = write_csv(tmp_path / "big.csv", rows)
    seen: list[tuple[int, int | None]] = []

    def progress(done: int, total: int | None) -> bool:
        seen.append((done, total))
        return done < 50  # stop after the batch that passes 50 rows

    report = importer.run_import(db, admin, path, progress=progress, batch_size=25)
    assert seen == [(25, 120), (50, 120)]
    assert report.cancelled and report.created == 50 and report.last_row == 51
    assert "STOPPED" in report.summary()
