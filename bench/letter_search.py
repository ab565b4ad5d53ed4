"""Letter search over 1,000,000 letters: ``search_letters`` against the raw FTS5 query.

Goal (issue 3): p95 <= 50 ms and <= 1.5 x the raw FTS5 query on the same data. The store holds
French and Persian letters (subjects, bodies, numbers such as ``ARR-2024-004512`` and
``14505/ق/1403``, correspondents from 20,000 demo contacts), 5 % of them classified. It is built
once in bulk (executemany on SQLite, COPY on PostgreSQL; the full-text index after the rows) and
cached: ``out/bench/letters-<n>.sqlite3`` or the database ``sivadesk_bench_letters_<n>``.

The query mix is what a secretariat types: a letter's number, a correspondent's surname, a
surname while it is being typed (prefix), a subject word plus a name, a Persian phrase, a word
with a filter (register, date range), and a common subject word. Each query runs through
``search_letters`` as an agent (the visibility rule applies, 100 letters a page, read in full
with their tags) and as the bare full-text statements (see :func:`raw_queries`): the same ranking
``search_letters`` asks of the index (the goal's reference), and, for information, the naive
ranking of every match. They alternate, warm; wall time and CPU time are both reported (the
machine is shared: CPU time shows the work whatever the load).

    python bench/letter_search.py [--letters 1000000] [--backend sqlite|postgresql|both] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import OUT, emit, log, percentiles, pg_available, pg_database
from sqlalchemy import Connection, func, select, text

from sivadesk import migrate
from sivadesk.db import Database
from sivadesk.models import Contact, Letter, Register, User
from sivadesk.models.search import LetterSearchDoc, words
from sivadesk.ops import demo, registers
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_search import (
    BM25,
    RANK_DEPTH,
    LetterQuery,
    count_letters,
    fts5_expression,
    pg_tsquery,
    search_letters,
    terms,
)
from sivadesk.ops.users import actor_for

GOAL_P95_MS = 50.0
GOAL_RATIO = 1.5
CONTACTS = 20_000
BATCH = 20_000

FR_SUBJECTS = (
    "Réclamation concernant la facture {n}",
    "Demande de devis pour la rénovation des bureaux",
    "Relance : paiement en attente du {d}",
    "Convocation à l'assemblée générale",
    "Résiliation du contrat de maintenance",
    "Proposition commerciale — fournitures de bureau",
    "Attestation de travail pour {name}",
    "Demande de congé annuel",
    "Accusé de réception de votre courrier du {d}",
    "Mise en demeure avant poursuites",
    "Avenant au bail commercial",
    "Candidature spontanée au poste de comptable",
    "Invitation au séminaire régional",
    "Renouvellement de l'assurance responsabilité civile",
    "Réponse à votre demande d'information",
    "Note de service : horaires d'été",
)
FR_SENTENCES = (
    "Nous accusons réception de votre courrier et vous en remercions.",
    "Veuillez trouver ci-joint les pièces justificatives demandées.",
    "Le délai de paiement est dépassé depuis plus de trente jours.",
    "Nous restons à votre disposition pour tout renseignement complémentaire.",
    "La réunion aura lieu dans nos locaux à neuf heures trente.",
    "Conformément à l'article 4 du contrat, le préavis est de trois mois.",
    "Le chauffage de l'immeuble sera coupé pour travaux la semaine prochaine.",
    "Nous vous prions d'agréer nos salutations distinguées.",
    "Le devis comprend la main-d'œuvre, les matériaux et le déplacement.",
    "Merci de nous retourner le bon de commande signé avant la fin du mois.",
    "La livraison est prévue à l'entrepôt de Vénissieux.",
    "Votre dossier a été transmis au service juridique.",
)
FA_SUBJECTS = (
    "درخواست تمدید قرارداد پشتیبانی",
    "گزارش عملکرد ماهانه واحد فروش",
    "اعلام نتیجه مناقصه شماره {n}",
    "دعوت به جلسه هیئت مدیره",
    "درخواست مرخصی استحقاقی {name}",
    "پیگیری پرداخت صورت‌حساب {n}",
    "ابلاغ بخشنامه ساعات کاری",
    "معرفی نماینده برای بازدید از انبار",
    "پاسخ به نامه مورخ {d}",
    "درخواست صدور گواهی اشتغال به کار",
    "اطلاعیه تعطیلی دفتر مرکزی",
    "پیشنهاد همکاری در طرح توسعه",
    "اعتراض به جریمه دیرکرد",
    "تأیید دریافت کالا و اسناد حمل",
)
FA_SENTENCES = (
    "با سلام و احترام، به استحضار می‌رساند که مدارک درخواستی پیوست است.",
    "خواهشمند است دستور فرمایید نسبت به بررسی موضوع اقدام لازم به عمل آید.",
    "جلسه در ساعت ده صبح در سالن اجتماعات برگزار خواهد شد.",
    "مبلغ صورت‌حساب تا پایان ماه جاری قابل پرداخت است.",
    "قرارداد پشتیبانی برای یک سال دیگر تمدید می‌شود.",
    "نتیجه بررسی‌ها ظرف یک هفته اعلام خواهد شد.",
    "لطفاً نماینده تام‌الاختیار خود را معرفی فرمایید.",
    "كالاهاي ارسالي در انبار شماره دو تحويل گرديد.",  # Arabic yeh/kaf, as real data has
    "ضمناً رونوشت این نامه برای واحد مالی ارسال شد.",
    "با تشکر از همکاری صمیمانه جنابعالی.",
)
SUBJECTS = {"fr": FR_SUBJECTS, "fa": FA_SUBJECTS}
SENTENCES = {"fr": FR_SENTENCES, "fa": FA_SENTENCES}


def _joined(parts: list[str]) -> str:
    return " ".join(p for p in parts if p)


class Maker:
    """Letters as rows of ``letter`` and ``letter_search``. The words of every fixed piece are
    computed once (``words()`` of a concatenation is the concatenation of the pieces' words), so
    building a million letters does not call the normalizer a million times."""

    def __init__(self, rng: random.Random, contacts: list[tuple[int, str]], registers: list[dict[str, Any]]):
        self.rng = rng
        self.contacts = [(cid, name, " ".join(words(name))) for cid, name in contacts]
        self.registers = registers
        self.cache: dict[str, str] = {}
        self.defaults = {
            c.name: c.default.arg
            for c in Letter.__table__.columns  # type: ignore[attr-defined]
            if c.default is not None and not callable(c.default.arg)
        }

    def w(self, piece: str) -> str:
        got = self.cache.get(piece)
        if got is None:
            got = self.cache[piece] = " ".join(words(piece))
        return got

    def letter(self, lid: int, seqs: dict[int, int]) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = self.rng
        reg = rng.choice(self.registers)
        lang = reg["lang"]
        cid, cname, cwords = rng.choice(self.contacts)
        when = START + (lid / TOTAL[0]) * SPAN + rng.uniform(-3, 3) * DAY_S
        day = time.gmtime(when)
        stamp = dt.datetime.fromtimestamp(when, dt.UTC)
        d_text = (
            f"{day.tm_mday:02d}/{day.tm_mon:02d}/{day.tm_year}"
            if lang == "fr"
            else f"{day.tm_year}/{day.tm_mon:02d}/{day.tm_mday:02d}"
        )
        n_text = str(rng.randint(1000, 99999))
        template = rng.choice(SUBJECTS[lang])
        subject = template.format(n=n_text, d=d_text, name=cname)
        subject_words = " ".join(words(subject))
        body_parts = [rng.choice(SENTENCES[lang]) for _ in range(rng.randint(2, 5))]
        body = " ".join(body_parts)
        body_words = _joined([self.w(p) for p in body_parts])
        status = rng.choices(("registered", "sent", "archived", "draft", "void"), (60, 25, 10, 4, 1))[0]
        number = ""
        seq = None
        if status != "draft":
            seqs[reg["id"]] = seq = seqs.get(reg["id"], 0) + 1
            number = reg["fmt"].format(seq=seq, year=day.tm_year if lang == "fr" else day.tm_year - 621)
        their = (
            f"{rng.choice('ABCDEFGH')}{rng.randint(10, 999)}/{rng.randint(1, 9999)}"
            if reg["dir"] == "inbound"
            else ""
        )
        row = dict(self.defaults)
        row.update(
            id=lid,
            register_id=reg["id"],
            seq=seq,
            period=str(day.tm_year) if seq else "",
            scope_key="",
            number=number,
            status=status,
            direction=reg["dir"],
            urgency=rng.choices(("normal", "urgent", "immediate"), (85, 12, 3))[0],
            classification=rng.choices(("normal", "confidential", "secret"), (95, 4, 1))[0],
            subject=subject,
            body=body,
            contact_id=cid,
            their_number=their,
            signer_user_id=None,
            creator_id=None,
            created_at=stamp,
            registered_at=stamp if seq else None,
            category=rng.choice(("", "", "rh", "finance", "achats", "juridique")),
        )
        doc = {
            "letter_id": lid,
            "number": _joined([" ".join(words(number)), " ".join(words(their))]),
            "subject": subject_words,
            "correspondent": cwords,
            "body": body_words,
        }
        return row, doc


DAY_S = 86400.0
START = dt.datetime(2021, 1, 1, tzinfo=dt.UTC).timestamp()
SPAN = 5 * 365 * DAY_S
TOTAL = [1_000_000]


def _registers(db: Database) -> list[dict[str, Any]]:
    specs = (
        ("Courrier arrivé", "ARR", "inbound", "ARR-{year}-{seq:06}", "gregorian", "fr"),
        ("Courrier départ", "DEP", "outbound", "DEP-{year}-{seq:06}", "gregorian", "fr"),
        ("نامه‌های وارده", "VAR", "inbound", "{seq}/و/{year}", "jalali", "fa"),
        ("نامه‌های صادره", "SAD", "outbound", "{seq}/ص/{year}", "jalali", "fa"),
        ("Notes internes", "INT", "internal", "INT-{year}-{seq:05}", "gregorian", "fr"),
    )
    out = []
    with db.session() as s:
        for name, code, direction, fmt, cal, lang in specs:
            rid = s.scalar(select(Register.id).where(Register.code == code))
            if rid is None:
                rid = registers.create_register(s, Actor.system(), name, code, direction, fmt, cal).id
            out.append({"id": rid, "dir": direction, "fmt": fmt, "lang": lang})
    return out


def _letter_count(db: Database) -> int:
    try:
        with db.read_session() as s:
            return int(s.scalar(select(func.count()).select_from(LetterSearchDoc)) or 0)
    except Exception:
        return -1


def build(backend: str, n: int) -> str:
    if backend == "sqlite":
        OUT.mkdir(parents=True, exist_ok=True)
        path = OUT / f"letters-{n}.sqlite3"
        url = f"sqlite:///{path}"
    else:
        url = pg_database(f"sivadesk_bench_letters_{n}", fresh=False)
    db = Database(url)
    migrate.upgrade(db, make_backup=False)
    if _letter_count(db) >= n:
        db.dispose()
        return url
    db.dispose()
    if backend == "sqlite":
        path.unlink(missing_ok=True)
    else:
        url = pg_database(f"sivadesk_bench_letters_{n}", fresh=True)
    db = Database(url)
    migrate.upgrade(db, make_backup=False)
    t0 = time.perf_counter()
    demo.generate(db, contacts=CONTACTS, seed=11)
    log(f"{backend}: {CONTACTS} contacts in {time.perf_counter() - t0:.0f} s")
    TOTAL[0] = n
    regs = _registers(db)
    with db.engine.begin() as conn:
        contacts = [(cid, name) for cid, name in conn.execute(select(Contact.id, Contact.display_name))]
        start = int(conn.scalar(select(func.coalesce(func.max(Letter.id), 0))) or 0)
        index_sql = _drop_index(conn)
    maker = Maker(random.Random(3), contacts, regs)
    seqs: dict[int, int] = {}
    t1 = time.perf_counter()
    letter_table = Letter.__table__  # type: ignore[attr-defined]
    doc_table = LetterSearchDoc.__table__  # type: ignore[attr-defined]
    for lo in range(0, n, BATCH):
        rows, docs = [], []
        for lid in range(start + lo + 1, start + min(n, lo + BATCH) + 1):
            row, doc = maker.letter(lid, seqs)
            rows.append(row)
            docs.append(doc)
        with db.engine.begin() as conn:
            if backend == "sqlite":
                conn.execute(letter_table.insert(), rows)
                conn.execute(doc_table.insert(), docs)
            else:
                demo._bulk_insert(conn, letter_table, rows)
                demo._bulk_insert(conn, doc_table, docs)
        if (lo // BATCH) % 10 == 0:
            log(
                f"{backend}: {lo + len(rows)} letters ({(lo + len(rows)) / (time.perf_counter() - t1):.0f}/s)"
            )
    t2 = time.perf_counter()
    with db.engine.begin() as conn:
        _restore_index(conn, index_sql)
    if backend == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    log(f"{backend}: {n} letters in {t2 - t1:.0f} s, index in {time.perf_counter() - t2:.0f} s")
    db.dispose()
    return url


def _drop_index(conn: Connection) -> list[str]:
    """Drop what maintains the index during the load; return the SQL that re-creates it."""
    if conn.dialect.name == "sqlite":
        sql = list(
            conn.scalars(
                text("SELECT sql FROM sqlite_master WHERE type='trigger' AND name LIKE 'letter_fts_%'")
            )
        )
        for name in conn.scalars(
            text("SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE 'letter_fts_%'")
        ):
            conn.execute(text(f"DROP TRIGGER {name}"))
        return sql
    sql = list(conn.scalars(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'letter_fts_gin'")))
    conn.execute(text("DROP INDEX IF EXISTS letter_fts_gin"))
    return sql


def _restore_index(conn: Connection, sql: list[str]) -> None:
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO letter_fts(letter_fts) VALUES ('rebuild')"))
        conn.execute(text("INSERT INTO letter_fts(letter_fts) VALUES ('optimize')"))
    else:
        conn.execute(text("SET maintenance_work_mem = '512MB'"))
    for stmt in sql:
        conn.execute(text(stmt))


# --- the queries ----------------------------------------------------------------------------


def query_mix(db: Database, rng: random.Random) -> list[tuple[str, LetterQuery]]:
    with db.read_session() as s:
        top = int(s.scalar(select(func.max(Letter.id))) or 0)
        numbers = [
            s.scalar(
                select(Letter.number).where(Letter.id >= rng.randint(1, top), Letter.number != "").limit(1)
            )
            for _ in range(8)
        ]
        names = [
            s.scalar(select(Contact.last_name).where(Contact.id == rng.randint(1, CONTACTS)))
            for _ in range(30)
        ]
        reg_ids = list(s.scalars(select(Register.id)))
    names = [n for n in names if n]
    mix: list[tuple[str, LetterQuery]] = []
    mix += [("number", LetterQuery(text=n)) for n in numbers if n]
    mix += [("surname", LetterQuery(text=f"{n} ")) for n in names[:8]]
    mix += [("typing_surname", LetterQuery(text=n[: max(3, len(n) - 2)])) for n in names[8:16]]
    mix += [
        ("subject_and_name", LetterQuery(text=f"{w} {n} "))
        for w, n in zip(
            ("facture", "devis", "contrat", "congé", "قرارداد", "مرخصی", "جلسه", "assemblée"),
            names[16:24],
            strict=False,
        )
    ]
    mix += [
        ("persian_phrase", LetterQuery(text=t))
        for t in ("تمديد قرارداد پشتيباني", "صورت‌حساب ۴۵۲۱", "گواهي اشتغال")
    ]
    mix += [("word_with_filters", LetterQuery(text=n + " ", register_id=rng.choice(reg_ids),
            date_from=dt.date(2023, 1, 1), date_to=dt.date(2024, 6, 30)))
            for n in names[24:30]]  # fmt: skip
    mix += [("common_word", LetterQuery(text=t)) for t in ("résiliation ", "مناقصه ")]
    return mix


def raw_queries(db: Database, q: LetterQuery) -> list[tuple[str, str, dict[str, Any]]]:
    """The bare full-text statements for ``q``'s words, as (name, SQL, parameters):

    * ``same``: what ``search_letters`` asks the index, without the letters, visibility, filters
      or results: the RANK_DEPTH newest matches, the 100 best of them;
    * ``all``: the naive ranking of every match (``ORDER BY bm25 … LIMIT 100``).
    """
    found, prefix = terms(q.text)
    if db.is_sqlite:
        m = {"m": fts5_expression(found, prefix)}
        where, key, score, src = "letter_fts MATCH :m", "rowid", BM25, "letter_fts"
    else:
        m = {"m": pg_tsquery(found, prefix)}
        where, key, src = "tsv @@ CAST(:m AS tsquery)", "letter_id", "letter_search"
        score = "-ts_rank(tsv, CAST(:m AS tsquery))"
    newest = f"SELECT {key} AS id, {score} AS score FROM {src} WHERE {where} ORDER BY {key} DESC LIMIT {RANK_DEPTH}"
    return [
        ("same", f"SELECT id FROM ({newest}) AS n ORDER BY score, id DESC LIMIT 100", m),
        ("all", f"SELECT {key} FROM {src} WHERE {where} ORDER BY {score}, {key} DESC LIMIT 100", m),
    ]


def _timed(fn: Any) -> tuple[float, float, Any]:
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000, out


def measure(url: str, rounds: int) -> dict[str, Any]:
    db = Database(url)
    with db.read_session() as s:
        agent_user = s.scalar(select(User).where(User.username == "agent"))
        actor = actor_for(agent_user) if agent_user is not None else Actor.system()
        letters_n = int(s.scalar(select(func.count()).select_from(Letter)) or 0)
    mix = query_mix(db, random.Random(5))
    series: dict[str, list[float]] = {
        k: [] for k in ("ours", "ours_cpu", "same", "same_cpu", "all", "all_cpu")
    }
    per_kind: dict[str, dict[str, list[float]]] = {}
    hits: dict[str, list[int]] = {}
    counts: dict[str, list[int]] = {}
    with db.read_session() as s:
        for rnd in range(rounds + 1):  # round 0 warms the cache and is not counted
            for kind, q in mix:
                stmts = raw_queries(db, q)
                ours = _timed(lambda q=q: search_letters(s, actor, q, limit=100))  # type: ignore[misc]
                same = _timed(lambda stmts=stmts: s.execute(text(stmts[0][1]), stmts[0][2]).all())  # type: ignore[misc]
                full = _timed(lambda stmts=stmts: s.execute(text(stmts[1][1]), stmts[1][2]).all())  # type: ignore[misc]
                if rnd == 0:
                    hits.setdefault(kind, []).append(len(ours[2]))
                    counts.setdefault(kind, []).append(count_letters(s, actor, q))
                    continue
                for name, (wall, cpu, _out) in (("ours", ours), ("same", same), ("all", full)):
                    series[name].append(wall)
                    series[f"{name}_cpu"].append(cpu)
                    per_kind.setdefault(kind, {}).setdefault(name, []).append(wall)
    db.dispose()
    pct = {k: percentiles(v) for k, v in series.items()}

    def ratio(a: str, b: str, p: str) -> float | None:
        return round(pct[a][p] / pct[b][p], 2) if pct[b].get(p) else None

    return {
        "letters": letters_n,
        "actor": actor.username,
        "queries": len(mix),
        "rounds": rounds,
        "search_letters": pct["ours"],
        "raw_fts_same_ranking": pct["same"],
        "raw_fts_rank_every_match": pct["all"],
        "cpu": {"search_letters": pct["ours_cpu"], "raw_fts_same_ranking": pct["same_cpu"],
                "raw_fts_rank_every_match": pct["all_cpu"]},
        "ratio_p95_to_raw_same": ratio("ours", "same", "p95_ms"),
        "ratio_p50_to_raw_same": ratio("ours", "same", "p50_ms"),
        "ratio_p95_to_raw_every_match": ratio("ours", "all", "p95_ms"),
        "cpu_ratio_p95_to_raw_same": ratio("ours_cpu", "same_cpu", "p95_ms"),
        "goal_p95_ok": pct["ours"]["p95_ms"] <= GOAL_P95_MS,
        "goal_ratio_ok": bool(pct["same"].get("p95_ms")) and pct["ours"]["p95_ms"] <= GOAL_RATIO * pct["same"]["p95_ms"],
        "by_kind": {
            kind: {
                "matches": counts.get(kind, []),
                "first_page": hits.get(kind, []),
                **{f"{name}_p50_ms": percentiles(v)["p50_ms"] for name, v in series_k.items()},
                **{f"{name}_p95_ms": percentiles(v)["p95_ms"] for name, v in series_k.items()},
            }
            for kind, series_k in per_kind.items()
        },
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--letters", type=int, default=1_000_000)
    ap.add_argument("--pg-letters", type=int, default=None, help="size on PostgreSQL (default: --letters)")
    ap.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="sqlite")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    result: dict[str, Any] = {
        "goal": {"p95_ms": GOAL_P95_MS, "ratio_to_raw_fts": GOAL_RATIO},
        "load_average": os.getloadavg()[0],
    }
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    for backend in backends:
        n = args.pg_letters or args.letters if backend == "postgresql" else args.letters
        if backend == "postgresql" and (why := pg_available()):
            result[backend] = {"skipped": why}
            continue
        url = build(backend, n)
        result[backend] = measure(url, args.rounds)
    emit(result)


if __name__ == "__main__":
    main()
