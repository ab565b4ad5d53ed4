"""Contact export to CSV and .xlsx, and the import(export(x)) round trip, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from sivadesk.db import Database
from sivadesk.errors import PermissionDenied
from sivadesk.models import Contact, ContactKind, Role, utcnow
from sivadesk.ops import contacts, exporter, importer, users
from sivadesk.ops.contact_search import ContactQuery
from sivadesk.ops.contacts import AddressInput, ContactInput, PhoneInput
from sivadesk.ops.context import Actor


def make_sample(db: Database, admin: Actor) -> None:
    with db.session() as s:
        acme = contacts.create_contact(
            s,
            admin,
            ContactInput(
                kind=ContactKind.COMPANY,
                organization="Acme; Fils & Cie",
                phones=(PhoneInput("04 78 00 00 01", "standard"),),
                emails=("contact@acme.fr",),
                addresses=(AddressInput("1 place Bellecour", "69002", "Lyon", "", "FR", "siège"),),
                tags=("Fournisseurs",),
            ),
        )
        contacts.create_contact(
            s,
            admin,
            ContactInput(
                first_name="Hélène",
                last_name="Léger",
                company_id=acme.id,
                job_title="Comptable",
                phones=(PhoneInput("+33 6 12 34 56 78", "mobile"), PhoneInput("=1+2"), PhoneInput("12-AB")),
                emails=("helene@acme.fr", "h.leger@example.org"),
                addresses=(
                    AddressInput("3 rue de la Ré", "69001", "Lyon", "Rhône", "FR", "bureau"),
                    AddressInput("8 av. Foch", "75016", "Paris", "", "FR", "domicile"),
                ),
                tags=("Clients", "VIP"),
                notes='Préfère "le matin"\nsur son portable; rappeler',
                custom={"Code client": "C-042", "City": "not the city"},
            ),
        )
        contacts.create_contact(
            s,
            admin,
            ContactInput(
                kind=ContactKind.LEAD,
                first_name="علی",
                last_name="رضایی",
                organization="بازرگانی پارس",
                lead_status="تماس اول",
                phones=(PhoneInput("+98 912 345 6789"),),
                addresses=(AddressInput("خیابان ولیعصر، پلاک ۱۲", "", "تهران", "", "IR"),),
                tags=("مشتری",),
            ),
        )


def snapshot(db: Database, actor: Actor) -> list[tuple[object, ...]]:
    """Everything a user sees of each live contact, minus ids and dates."""
    with db.session() as s:
        ids = s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None)).order_by(Contact.id)).all()
        out = []
        for i in ids:
            f = contacts.get_contact(s, actor, i)
            out.append(
                (
                    f.kind, f.display_name, f.first_name, f.last_name, f.organization, f.company_name,
                    f.job_title, f.lead_status, f.notes, tuple((p.raw, p.e164, p.label, p.valid) for p in f.phones),
                    f.emails, f.addresses, f.tags, tuple(sorted(f.custom.items())), f.has_invalid_phone,
                )
            )  # fmt: skip
    return sorted(out, key=lambda t: str(t[1]))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip(db: Database, admin: Actor, tmp_path: Path, suffix: str) -> None:
    make_sample(db, admin)
    before = snapshot(db, admin)
    path = tmp_path / f"contacts{suffix}"
    with db.session() as s:
        assert exporter.export_contacts(s, admin, path, page_size=2) == 3
    # Delete everything (soft delete: duplicates and company links ignore deleted files), re-import.
    with db.session() as s:
        for c in s.scalars(select(Contact)):
            c.deleted_at = utcnow()
    report = importer.run_import(db, admin, path)
    assert (report.created, report.failed, report.skipped, report.warnings) == (3, [], [], [])
    assert [f.number for f in report.flagged] == ["=1+2", "12-AB"]
    assert snapshot(db, admin) == before


def test_csv_is_excel_friendly(db: Database, admin: Actor, tmp_path: Path) -> None:
    make_sample(db, admin)
    path = tmp_path / "c.csv"
    with db.session() as s:
        exporter.export_contacts(s, admin, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8 (Persian) correctly
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[:7] == list(exporter.BASE_COLUMNS)
    assert {
        "Phone 3",
        "Phone 3 label",
        "E-mail 2",
        "Street 2",
        "City 2",
        "Code client",
        "custom:City",
    } <= set(rows[0])
    helene = next(r for r in rows if r["First name"] == "Hélène")
    assert helene["Linked company"] == "Acme; Fils & Cie" and helene["Tags"] == "Clients, VIP"
    assert helene["Phone 2"] == "'=1+2"  # never run as a formula
    assert helene["Phone 1"] == "'+33 6 12 34 56 78"  # kept as text, not turned into a number
    ali = next(r for r in rows if r["Kind"] == "lead")
    assert ali["Last name"] == "رضایی" and ali["City"] == "تهران"


def test_xlsx_cells_are_text(db: Database, admin: Actor, tmp_path: Path) -> None:
    make_sample(db, admin)
    path = tmp_path / "c.xlsx"
    with db.session() as s:
        exporter.export_contacts(s, admin, path)
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = values[0]
    helene = next(r for r in values if r[1] == "Hélène")
    assert helene[header.index("Phone 2")] == "=1+2"
    assert all(c.data_type == "s" for row in ws.iter_rows(min_row=2) for c in row if c.value)


def test_query_filters_and_permission(db: Database, admin: Actor, tmp_path: Path) -> None:
    make_sample(db, admin)
    with db.session() as s:
        assert (
            exporter.export_contacts(s, admin, tmp_path / "l.csv", ContactQuery(kind=ContactKind.LEAD)) == 1
        )
        assert exporter.export_contacts(s, admin, tmp_path / "t.csv", ContactQuery(tag="vip")) == 1
        assert exporter.export_contacts(s, admin, tmp_path / "n.csv", ContactQuery(text="zzz")) == 0
        info = users.create_user(s, admin, "agent1", "Agent", "agent password", Role.AGENT)
    agent = Actor(info.id, info.username, Role.AGENT)
    with db.session() as s, pytest.raises(PermissionDenied):
        exporter.export_contacts(s, agent, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()
    with (tmp_path / "n.csv").open(encoding="utf-8-sig") as f:
        assert f.read().splitlines()[0].startswith("Kind,First name")
