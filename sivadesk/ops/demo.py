"""Demo data: a French and an Iranian office with staff, companies, people, leads and a timeline.

``generate(db, contacts=250)`` makes a realistic base to try SivaDesk on; ``contacts=1_000_000``
makes a benchmark base in minutes. Users, departments and tags go through the services; contacts
and their rows are written in bulk (Core ``executemany`` on SQLite, ``COPY`` on PostgreSQL) in
chunks, with every derived column (sort key, search text, display phone, E.164, reversed-digits
key, invalid-phone flag) computed by the same helpers the contact service uses. Phone numbers are
generated from numbering plans known to be valid, so their E.164 form and key are computed
directly instead of through phonenumbers (which would dominate the run time); the odd deliberately
invalid number does go through :func:`sivadesk.phones.parse_phone`. Tests check both paths agree.

Demo accounts (all with the password :data:`DEMO_PASSWORD`): see :data:`DEMO_USERS`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.orm import Session

from sivadesk import phones, textnorm
from sivadesk.db import Database
from sivadesk.models import (
    Activity,
    Address,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Role,
    Tag,
    User,
)
from sivadesk.ops import contacts as contact_ops
from sivadesk.ops import demo_letters, office, users
from sivadesk.ops import demo_names as names
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

log = logging.getLogger("sivadesk.demo")

DEMO_PASSWORD = "demo1234"
#: (username, full name, role, position, department code, culture)
DEMO_USERS = (
    ("admin", "Sophie Bernard", Role.ADMIN, "Directrice", "DIR", "fr"),
    ("manager", "Claire Martin", Role.MANAGER, "Responsable commerciale", "COM", "fr"),
    ("agent", "Lucas Petit", Role.AGENT, "Chargé de clientèle", "COM", "fr"),
    ("accueil", "Julie Moreau", Role.RECEPTIONIST, "Hôtesse d'accueil", "ACC", "fr"),
    ("reza", "رضا احمدی", Role.MANAGER, "مدیر دفتر تهران", "THR", "fa"),
    ("maryam", "مریم حسینی", Role.AGENT, "کارشناس فروش", "THR", "fa"),
    ("sara", "سارا کریمی", Role.RECEPTIONIST, "مسئول پذیرش", "THR", "fa"),
)
DEPARTMENTS = (
    ("Direction", "DIR"),
    ("Commercial", "COM"),
    ("Accueil", "ACC"),
    ("Support", "SUP"),
    ("دفتر تهران", "THR"),
)
CHUNK = 10_000
_CC = {"FR": "33", "IR": "98"}
_FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

Progress = Callable[[int, int], None]
# Names repeat a lot across a million contacts: normalise each spelling once.
_sort_key = functools.lru_cache(maxsize=200_000)(textnorm.sort_key)


@dataclass(frozen=True, slots=True)
class DemoReport:
    contacts: int
    companies: int
    leads: int
    phones: int
    invalid_phones: int
    activities: int
    users_created: tuple[str, ...]
    seconds: float
    letters: int = 0  # demo letters made (0 when the demo registers already existed)

    @property
    def rate(self) -> float:
        return self.contacts / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (
            f"{self.contacts} contacts ({self.companies} companies, {self.leads} leads), {self.phones} phones "
            f"({self.invalid_phones} flagged invalid), {self.activities} timeline entries, {self.letters} letters "
            f"in {self.seconds:.1f} s "
            f"({self.rate:,.0f} contacts/s); demo users created: {', '.join(self.users_created) or 'none'}"
        )


# -- phone numbers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoPhone:
    parsed: phones.ParsedPhone
    display: str  # what phones.format_display gives for the office region


def _group(nsn: str, country: str) -> list[str]:
    """The digit groups phonenumbers uses for these plans (FR: 6 12 34 56 78; IR: 912 345 6789 / 21 4412 3456)."""
    if country == "FR":
        return [nsn[0], nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:9]]
    if nsn.startswith("9"):
        return [nsn[:3], nsn[3:6], nsn[6:]]
    return [nsn[:2], nsn[2:6], nsn[6:]]


def make_number(nsn: str, country: str, region: str, style: int, persian_digits: bool = False) -> DemoPhone:
    """A valid number written in one of several real-world styles, with its parsed form computed
    without phonenumbers (identical to :func:`phones.parse_phone`, which the tests check)."""
    cc = _CC[country]
    groups = _group(nsn, country)
    national = "0" + " ".join(groups)
    international = f"+{cc} " + " ".join(groups)
    if country == region.upper():
        raw = (
            national,
            "0" + nsn,
            international,
            f"+{cc}{nsn}",
            "0" + ".".join(groups) if country == "FR" else "0" + "-".join(groups),
        )[style % 5]
        display = national
    else:
        raw = (international, f"+{cc}{nsn}", f"00{cc} " + " ".join(groups))[style % 3]
        display = international
    if persian_digits:
        raw = raw.translate(_FA_DIGITS)
    e164 = f"+{cc}{nsn}"
    return DemoPhone(phones.ParsedPhone(raw=raw, e164=e164, rev_key=e164[:0:-1], valid=True), display)


def random_nsn(rng: random.Random, country: str, kind: str, area: Sequence[str] = ()) -> str:
    """A national significant number inside ranges phonenumbers metadata marks valid."""
    if country == "FR":
        if kind == "mobile":
            first = rng.choice("67")
            return (
                first + rng.choice("0124578" if first == "6" else "3456789") + f"{rng.randrange(10**7):07d}"
            )
        prefix = rng.choice(area or ("1",))
        return prefix + f"{rng.randrange(10 ** (9 - len(prefix))):0{9 - len(prefix)}d}"
    if kind == "mobile":
        return (
            rng.choice(("912", "913", "919", "935", "936", "937", "938", "939"))
            + f"{rng.randrange(10**7):07d}"
        )
    prefix = rng.choice(area or ("21",)) + rng.choice("03457")
    return prefix + f"{rng.randrange(10**7):07d}"


def _invalid_number(rng: random.Random, region: str) -> DemoPhone:
    raw = rng.choice(names.INVALID_PHONES)
    pp = phones.parse_phone(raw, region)
    return DemoPhone(pp, phones.format_display(pp.e164, raw, region))


# -- bulk writing ----------------------------------------------------------------------------


def _pg_value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict) else value


def _bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Plain dicts into ``table``: Core executemany on SQLite, ``COPY FROM STDIN`` on PostgreSQL."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), rows)
        return
    cols = list(rows[0])
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(cols)}) FROM STDIN") as copy:
        for r in rows:
            copy.write_row([_pg_value(r[c]) for c in cols])


def _reserve_ids(conn: Connection, n: int) -> list[int]:
    """``n`` fresh contact ids, safe against another writer (sequence on PostgreSQL; SQLite's
    write lock is held by this transaction, which began IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        rows = conn.execute(
            text("SELECT nextval(pg_get_serial_sequence('contact', 'id')) FROM generate_series(1, :n)"),
            {"n": n},
        )
        return sorted(int(r[0]) for r in rows)
    start = int(conn.execute(select(func.coalesce(func.max(Contact.id), 0))).scalar_one())
    return list(range(start + 1, start + n + 1))


_TABLES: tuple[Table, ...] = tuple(
    m.__table__  # type: ignore[misc]
    for m in (Contact, ContactPhone, ContactEmail, Address, ContactTag, Activity)
)


def _slug(text_: str) -> str:
    return "".join(ch for ch in textnorm.normalize(text_) if ch.isascii() and ch.isalnum())


class _Maker:
    """Builds the rows of one chunk of contacts; keeps the companies made so far for linking."""

    def __init__(
        self,
        rng: random.Random,
        region: str,
        staff: dict[str, list[int]],
        tags: dict[str, list[tuple[int, str]]],
    ) -> None:
        self.rng = rng
        self.region = region
        self.staff = staff
        self.tags = tags
        self.now = dt.datetime.now(dt.UTC)
        self.companies: dict[str, list[tuple[int, str, str, names.City]]] = {"fr": [], "fa": []}
        self.counts = {"contacts": 0, "company": 0, "lead": 0, "phones": 0, "invalid": 0, "activities": 0}
        self.rows: dict[str, list[dict[str, Any]]] = {}

    def start_chunk(self) -> None:
        self.rows = {t.name: [] for t in _TABLES}

    def _company_name(self, culture: str) -> tuple[str, str]:
        rng = self.rng
        if culture == "fr":
            last = rng.choice(names.FR_LAST)
            name = f"{rng.choice(names.FR_COMPANY_PREFIX)} {last}{rng.choice(names.FR_COMPANY_SUFFIX)}"
            return name, f"{_slug(name)[:20]}.fr"
        word, latin = rng.choice(names.FA_COMPANY_WORD)
        prefix = rng.choice(names.FA_COMPANY_PREFIX)
        return f"{prefix} {word}", f"{latin}{rng.randrange(1, 99)}.ir"

    def _phone(self, culture: str, country: str, kind: str, area: Sequence[str]) -> phones.ParsedPhone:
        nsn = random_nsn(self.rng, country, kind, area)
        persian = culture == "fa" and self.rng.random() < 0.15
        return make_number(nsn, country, self.region, self.rng.randrange(15), persian).parsed

    def contact(self, cid: int) -> None:
        rng, rows = self.rng, self.rows
        culture = "fr" if rng.random() < 0.5 else "fa"
        roll = rng.random()
        kind = "company" if roll < 0.15 else "lead" if roll < 0.33 else "person"
        city = rng.choice(names.CITIES[culture])
        labels = names.PHONE_LABELS[culture]
        first = last = first_latin = last_latin = organization = job = status = ""
        company_id: int | None = None
        domain = ""
        custom: dict[str, Any] = {}
        if kind == "company":
            organization, domain = self._company_name(culture)
            key = "SIRET" if culture == "fr" else "شناسه ملی"
            custom[key] = (
                f"{rng.randrange(10**13, 10**14)}" if culture == "fr" else f"{rng.randrange(10**10, 10**11)}"
            )
        else:
            if culture == "fr":
                first, last = rng.choice(names.FR_FIRST), rng.choice(names.FR_LAST)
                first_latin, last_latin = first, last
            else:
                (first, first_latin), (last, last_latin) = (
                    rng.choice(names.FA_FIRST),
                    rng.choice(names.FA_LAST),
                )
            if kind == "person" and self.companies[culture] and rng.random() < 0.7:
                company_id, organization, domain, city = rng.choice(self.companies[culture])
                job = rng.choice(names.JOB_TITLES[culture])
            elif kind == "lead":
                status = rng.choice(names.LEAD_STATUS[culture])
                if rng.random() < 0.6:
                    organization = self._company_name(culture)[0]
        name = contact_ops.display_name_of(contact_ops.ContactInput(kind, first, last, organization))
        if kind == "company":
            numbers = [(self._phone(culture, city.country, "fixed", city.area), labels["company"])]
            if rng.random() < 0.3:
                numbers.append((self._phone(culture, city.country, "fixed", city.area), labels["fax"]))
        else:
            numbers = [(self._phone(culture, city.country, "mobile", ()), labels["mobile"])]
            if rng.random() < 0.35:
                numbers.append((self._phone(culture, city.country, "fixed", city.area), labels["fixed"]))
        if rng.random() < 0.02:
            bad = _invalid_number(rng, self.region).parsed
            numbers.insert(0 if rng.random() < 0.5 else len(numbers), (bad, ""))
        emails: list[str] = []
        if kind == "company":
            emails.append(("contact@" if culture == "fr" else "info@") + domain)
        elif rng.random() < 0.85:
            local = f"{_slug(first_latin)}.{_slug(last_latin)}"
            if not domain:
                local += str(rng.randrange(10, 100)) if rng.random() < 0.4 else ""
            emails.append(f"{local}@{domain or rng.choice(names.MAIL_DOMAINS[culture])}")
            if rng.random() < 0.1:
                emails.append(
                    f"{_slug(first_latin)}{rng.randrange(100, 1000)}@{rng.choice(names.MAIL_DOMAINS[culture])}"
                )
        tag_pairs = sorted(rng.sample(self.tags[culture], rng.choice((0, 0, 1, 1, 1, 2))), key=lambda t: t[1])
        tag_names = [t[1] for t in tag_pairs]
        number = rng.randrange(1, 180)
        if culture == "fr":
            street = f"{number} {rng.choice(city.streets)}"
            postcode = rng.choice(city.postcodes)
        else:
            street = textnorm.to_persian_digits(
                f"{rng.choice(city.streets)}، کوچه {rng.randrange(1, 40)}، پلاک {number}"
            )
            postcode = rng.choice(city.postcodes) + f"{rng.randrange(10**9):09d}"
        created = self.now - dt.timedelta(seconds=rng.randrange(730 * 86400))
        updated = created + (self.now - created) * rng.random()
        parsed = [(p, label) for p, label in numbers]
        first_phone = parsed[0][0]
        rows["contact"].append(
            {
                "id": cid,
                "kind": kind,
                "display_name": name,
                "first_name": first,
                "last_name": last,
                "organization": organization,
                "company_id": company_id,
                "job_title": job,
                "lead_status": status,
                "notes": rng.choice(names.NOTES[culture]) if rng.random() < 0.1 else "",
                "custom": custom,
                "sort_key": _sort_key(name),
                "search_text": contact_ops.search_text_of(
                    name, organization, job, city.name, emails, parsed, tag_names
                ),
                "primary_phone": self._display(first_phone),
                "primary_email": emails[0] if emails else "",
                "city": city.name,
                "has_invalid_phone": any(not p.valid for p, _ in parsed),
                "created_by": rng.choice(self.staff[culture]),
                "created_at": created,
                "updated_at": updated,
                "deleted_at": None,
            }
        )
        for i, (p, label) in enumerate(parsed):
            rows["contact_phone"].append(
                {
                    "contact_id": cid,
                    "label": label,
                    "raw": p.raw.strip(),
                    "e164": p.e164,
                    "rev_key": p.rev_key,
                    "valid": p.valid,
                    "position": i,
                }
            )
        for i, e in enumerate(emails):
            rows["contact_email"].append(
                {"contact_id": cid, "label": "", "address": e, "address_norm": e.casefold(), "position": i}
            )
        rows["address"].append(
            {
                "contact_id": cid,
                "label": "",
                "street": street,
                "postcode": postcode,
                "city": city.name,
                "region": city.region,
                "country": city.country,
            }
        )
        rows["contact_tag"] += [{"contact_id": cid, "tag_id": tid} for tid, _ in tag_pairs]
        if rng.random() < 0.25:
            for _ in range(rng.randrange(1, 4)):
                act_kind, title, body = rng.choice(names.ACTIVITIES[culture])
                n = str(rng.randrange(100, 10000))
                rows["activity"].append(
                    {
                        "contact_id": cid,
                        "kind": act_kind,
                        "item_type": "",
                        "item_id": None,
                        "title": title,
                        "body": body.format(n=textnorm.to_persian_digits(n) if culture == "fa" else n),
                        "user_id": rng.choice(self.staff[culture]),
                        "occurred_at": self.now - dt.timedelta(seconds=rng.randrange(180 * 86400)),
                        "created_at": self.now,
                    }
                )
                self.counts["activities"] += 1
        if kind == "company":
            self.companies[culture].append((cid, name, domain, city))
        self.counts["contacts"] += 1
        self.counts["phones"] += len(parsed)
        self.counts["invalid"] += sum(1 for p, _ in parsed if not p.valid)
        if kind != "person":
            self.counts[kind] += 1

    def _display(self, p: phones.ParsedPhone) -> str:
        if not p.valid:
            return phones.format_display(p.e164, p.raw.strip(), self.region)
        country = "FR" if p.e164 and p.e164.startswith("+33") else "IR"
        nsn = (p.e164 or "")[3:]
        groups = _group(nsn, country)
        if country == self.region.upper():
            return "0" + " ".join(groups)
        return f"+{_CC[country]} " + " ".join(groups)


# -- users, departments, tags ----------------------------------------------------------------


def _setup(
    session: Session, region: str | None
) -> tuple[str, dict[str, list[int]], dict[str, list[tuple[int, str]]], list[str]]:
    system = Actor.system()
    created: list[str] = []
    if region:
        office.set_value(session, system, "phone_region", region)
    if not office.get(session, "office_name"):
        office.set_value(session, system, "office_name", "SivaDesk démo — دفتر نمونه")
    depts = {d.code: d.id for d in users.list_departments(session)}
    for name, code in DEPARTMENTS:
        if code not in depts:
            depts[code] = users.create_department(session, system, name, code).id
    existing = {u.username: u for u in users.list_users(session, include_inactive=True)}
    for username, full_name, role, position, dept, _culture in DEMO_USERS:
        if username in existing:
            continue
        if not existing and not created:
            admin = users.create_first_admin(session, username, full_name, DEMO_PASSWORD)
            users.update_user(
                session, system, admin.user_id or 0, position_title=position, department_id=depts[dept]
            )
        else:
            users.create_user(
                session,
                system,
                username,
                full_name,
                DEMO_PASSWORD,
                role,
                position,
                depts[dept],
                f"{username}@demo.sivadesk.example",
            )
        created.append(username)
    ids = dict(session.execute(select(User.username, User.id)).all())
    staff = {c: [ids[u[0]] for u in DEMO_USERS if u[5] == c] for c in ("fr", "fa")}
    tags: dict[str, list[tuple[int, str]]] = {}
    for culture, tag_names in names.TAGS.items():
        tags[culture] = []
        for tag_name in tag_names:
            norm = textnorm.normalize(tag_name)
            tag = session.scalar(select(Tag).where(Tag.name_norm == norm))
            if tag is None:
                tag = Tag(name=tag_name, name_norm=norm, is_group=tag_name in names.GROUP_TAGS)
                session.add(tag)
                session.flush()
            tags[culture].append((tag.id, tag.name))
    office.set_value(session, system, "demo", True)
    return str(office.get(session, "phone_region")), staff, tags, created


def generate(
    db: Database,
    contacts: int = 250,
    seed: int = 1,
    progress: Progress | None = None,
    *,
    region: str | None = None,
    chunk: int = CHUNK,
) -> DemoReport:
    """Add demo staff and ``contacts`` demo contacts to ``db`` and mark it a demo database.

    ``region`` also sets the office phone region (numbers of that country are written the
    national way, the others internationally). Staff accounts that already exist are kept.
    """
    started = time.perf_counter()
    with db.session() as s:
        office_region, staff, tags, created = _setup(s, region)
    maker = _Maker(random.Random(seed), office_region, staff, tags)
    done = 0
    while done < contacts:
        size = min(chunk, contacts - done)
        maker.start_chunk()
        with db.engine.begin() as conn:
            for cid in _reserve_ids(conn, size):
                maker.contact(cid)
            for table in _TABLES:
                _bulk_insert(conn, table, maker.rows[table.name])
        done += size
        log.info("demo: %d/%d contacts (%.0f/s)", done, contacts, done / (time.perf_counter() - started))
        if progress is not None:
            progress(done, contacts)
    with db.session() as s:
        system = Actor.system()
        audit(s, system, "demo", "contact", None, f"{contacts} demo contacts generated")
        emit(s, "contact.bulk_created", "contact", None, {"count": contacts, "source": "demo"}, system)
    with db.session() as s:
        # Registers with letters, written by the demo staff through the letter services.
        letters_made = demo_letters.add_letters(s, office_region, seed)
    with db.engine.begin() as conn:
        # Fresh planner statistics: the lists and the phone lookup are planned on them.
        conn.execute(text("ANALYZE"))
    c = maker.counts
    report = DemoReport(
        c["contacts"],
        c["company"],
        c["lead"],
        c["phones"],
        c["invalid"],
        c["activities"],
        tuple(created),
        time.perf_counter() - started,
        letters_made,
    )
    log.info("demo data: %s", report.summary())
    return report
