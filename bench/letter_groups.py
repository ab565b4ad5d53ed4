"""Registering a letter addressed to a contact group: how long the secretariat waits.

A group (contact tag) of ``--contacts`` contacts; a draft addressed to it with two copies (a user and
a department) and one attached file. Timed, each in its own transaction as the letter form does it:

* ``per_recipient``: one numbered letter per contact (the draft and ``contacts - 1`` copies, each
  with its recipients, tags, attachment row, audit entries, change-feed events and timeline entry),
  then the commit;
* ``circular``: one numbered letter whose recipients become the group's contacts, then the commit.

There is no goal in the issue; the figures go in docs/letters.md.

    python bench/letter_groups.py [--contacts 500] [--backend both]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, emit, log, pg_available, pg_database
from sqlalchemy import insert, select

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.models import Contact, ContactTag, Tag
from sivadesk.ops import attachments, letter_recipients, letters, registers, users
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_recipients import RecipientInput
from sivadesk.textnorm import normalize, sort_key

DAY = dt.date(2026, 11, 23)


def build(url: str, contacts: int) -> tuple[Actor, int, int, int]:
    """A migrated store with the group; returns (admin, group tag id, user id, department id)."""
    db = Database(url)
    migrate.upgrade(db)
    with db.session() as s:
        admin = users.create_first_admin(s, "admin", "Admin", "correct horse")
        dept = users.create_department(s, admin, "Direction", "DIR")
        tag = Tag(name="Fournisseurs", name_norm=normalize("Fournisseurs"), is_group=True)
        s.add(tag)
        s.flush()
        rows = []
        for i in range(contacts):
            name = f"Fournisseur {i:05d}"
            rows.append(
                {"kind": "company", "display_name": name, "organization": name, "sort_key": sort_key(name)}
            )
        s.execute(insert(Contact), rows)
        ids = s.scalars(select(Contact.id)).all()
        s.execute(insert(ContactTag), [{"contact_id": cid, "tag_id": tag.id} for cid in ids])
        tag_id = tag.id
    db.dispose()
    return admin, tag_id, admin.user_id or 0, dept.id


def run(url: str, admin: Actor, tag_id: int, user_id: int, dept_id: int, mode: str) -> dict[str, Any]:
    db = Database(url)
    with db.session() as s:
        code = "PR" if mode == "per_recipient" else "CI"
        rid = registers.create_register(
            s, admin, mode, code, "outbound", code + "-{year}-{seq:05}", group_mode=mode
        ).id
        lid = letters.create_draft(
            s, admin, rid, "Nouvelles conditions tarifaires", "<p>Madame, Monsieur,</p>", tags=["tarifs"]
        ).id
        letter_recipients.set_recipients(
            s,
            admin,
            lid,
            [
                RecipientInput("group", tag_id),
                RecipientInput("user", user_id, copy=True),
                RecipientInput("department", dept_id, copy=True),
            ],
        )
        attachments.add_attachment(s, admin, "letter", lid, "grille.pdf", b"%PDF-1.4 " + b"x" * 50_000)
    t0 = time.perf_counter()
    with db.session() as s:
        made = letters.register_letters(s, admin, lid, DAY)
    seconds = time.perf_counter() - t0
    with db.read_session() as s:
        recipients = len(letter_recipients.list_recipients(s, admin, made[-1].id))
    db.dispose()
    out: dict[str, Any] = {
        "letters": len(made),
        "first_number": made[0].number,
        "last_number": made[-1].number,
        "recipients_of_last_letter": recipients,
        "seconds": round(seconds, 3),
    }
    if len(made) > 1:
        out["ms_per_letter"] = round(1000 * seconds / len(made), 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=500)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    result: dict[str, Any] = {"contacts_in_group": args.contacts}
    for backend in ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]:
        if backend == "postgresql":
            reason = pg_available()
            if reason is not None:
                result["postgresql"] = {"skipped": reason}
                continue
            url = pg_database("sivadesk_bench_letter_groups", fresh=True)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path = OUT / "letter_groups.sqlite3"
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                p.unlink(missing_ok=True)
            url = f"sqlite:///{path}"
        admin, tag_id, user_id, dept_id = build(url, args.contacts)
        result[backend] = {
            mode: run(url, admin, tag_id, user_id, dept_id, mode) for mode in ("per_recipient", "circular")
        }
        log(f"{backend}: done")
    emit(result)


if __name__ == "__main__":
    main()
