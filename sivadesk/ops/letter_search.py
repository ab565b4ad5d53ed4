"""Letter search: full text over number, subject, body and correspondent, with filters, ranked by
relevance then the newest; and saved searches (per user, optionally shared with everyone).

The text is cut into words exactly as the index was (:func:`sivadesk.models.search.words`: the
shared normalizer, so ي/ی, ك/ک, ZWNJ, harakat, Persian digits and French accents all meet), and
every word must match. A word written with punctuation inside (``14505/ق/م``) must match as a
phrase. The last word matches as a prefix unless the text ends with a space: results follow the
user's typing. The query is built from the words only, so quotes, ``*``, ``NEAR``, parentheses or
a megabyte of text are just text, never query syntax. How a search is run at a million letters
(and the planner traps it avoids) is in docs/letters-search.md.

The visibility rule is the letter services' own (:func:`sivadesk.ops.letter_access.visible_clause`):
a letter the actor may not read is never found, nor counted.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, cast, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError, check_choice
from sivadesk.models import Letter, LetterStatus, RegisterDirection, Role, Urgency, User
from sivadesk.models.letters import LetterRecipient
from sivadesk.models.search import LetterSearchDoc, SavedSearch, words
from sivadesk.ops.context import Actor
from sivadesk.ops.letter_access import LetterInfo, info_of, tags_of, visible_clause

log = logging.getLogger("sivadesk.search")

#: Only this much of the typed text is read, in at most this many words.
MAX_TEXT = 500
MAX_TERMS = 12
#: The last word is searched as a prefix from this length on (one letter would match half the index).
MIN_PREFIX = 2
MAX_LIMIT = 1000
#: At most this many of the newest matches are ranked by relevance (see :func:`search_letters`).
RANK_DEPTH = 2000
#: "No limit" for a subquery that must keep a LIMIT (SQLite then computes it on its own).
ALL = 1_000_000_000
#: bm25 weights of the FTS5 columns (number, subject, correspondent, body): a hit in the number
#: or subject counts for more than one in the body.
BM25 = "bm25(letter_fts, 10.0, 6.0, 3.0, 1.0)"


@dataclass(frozen=True, slots=True)
class LetterQuery:
    """What to look for. ``date_from``/``date_to`` (inclusive) compare the registration date, or the
    creation date of a draft, in this desktop's time zone. ``correspondent`` is a contact id (the
    letter's correspondent or one of its recipients) or text matched against their names."""

    text: str = ""
    register_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    urgency: str | None = None
    status: str | None = None
    correspondent: int | str | None = None
    signer_user_id: int | None = None
    category: str | None = None
    direction: str | None = None

    def is_empty(self) -> bool:
        return self == LetterQuery()

    def to_json(self) -> dict[str, Any]:
        """The non-default fields, JSON-ready (dates in ISO form)."""
        out: dict[str, Any] = {}
        for k, v in asdict(self).items():
            if v in (None, ""):
                continue
            out[k] = v.isoformat() if isinstance(v, dt.date) else v
        return out

    @classmethod
    def from_json(cls, data: object) -> LetterQuery:
        """Read back :meth:`to_json`; unknown keys and values of the wrong type are dropped."""
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for k, v in data.items():
            if k not in known or v is None:
                continue
            if k in ("date_from", "date_to"):
                try:
                    values[k] = dt.date.fromisoformat(str(v))
                except ValueError:
                    continue
            elif k in ("register_id", "signer_user_id"):
                if isinstance(v, int) and not isinstance(v, bool):
                    values[k] = v
            elif k == "correspondent":
                if isinstance(v, (int, str)) and not isinstance(v, bool):
                    values[k] = v
            elif isinstance(v, str):
                values[k] = v
        return cls(**values)


# --- the text part ------------------------------------------------------------------------------


def terms(text_: str) -> tuple[list[list[str]], bool]:
    """(the words of each whitespace-separated term, whether the last one is a prefix)."""
    cut = text_[:MAX_TEXT]
    found = [ws for ws in (words(chunk) for chunk in cut.split()) if ws][:MAX_TERMS]
    prefix = bool(found) and not cut[-1:].isspace() and len(found[-1][-1]) >= MIN_PREFIX
    return found, prefix


def fts5_expression(found: list[list[str]], prefix: bool, column: str = "") -> str:
    """An FTS5 MATCH expression: every term a quoted phrase (words are letters and digits only,
    so nothing in them is syntax), ANDed; the last one a prefix when ``prefix``."""
    parts = []
    for i, ws in enumerate(found):
        phrase = '"' + " ".join(ws) + '"' + ("*" if prefix and i == len(found) - 1 else "")
        parts.append(f"{column} : {phrase}" if column else phrase)
    return " AND ".join(parts)


def pg_tsquery(found: list[list[str]], prefix: bool, weight: str = "") -> str:
    """A tsquery (cast, not parsed): every term ANDed, a term of several words a phrase
    (``<->``), the last word a prefix when ``prefix``; ``weight`` restricts the words to one field
    (``C``: correspondent)."""
    parts = []
    for i, ws in enumerate(found):
        lexemes = []
        for j, w in enumerate(ws):
            last = prefix and i == len(found) - 1 and j == len(ws) - 1
            mark = ("*" if last else "") + weight
            lexemes.append(f"'{w}'" + (f":{mark}" if mark else ""))
        parts.append(lexemes[0] if len(lexemes) == 1 else "(" + " <-> ".join(lexemes) + ")")
    return " & ".join(parts)


# --- the query ----------------------------------------------------------------------------------


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone()


def _letter_date() -> Any:
    return func.coalesce(Letter.registered_at, Letter.created_at)


def _check(q: LetterQuery) -> None:
    if q.urgency:
        check_choice(q.urgency, Urgency, "urgency")
    if q.status:
        check_choice(q.status, LetterStatus, "status")
    if q.direction:
        check_choice(q.direction, RegisterDirection, "direction")
    if q.date_from and q.date_to and q.date_from > q.date_to:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The start date is after the end date."), field="date_from"
        )


@dataclass(frozen=True, slots=True)
class _Match:
    """The full-text part of a query on this backend: where matches come from (``source``), the
    match condition, the letter id column, the score (lower is more relevant), and whether the
    backend is SQLite."""

    source: Any
    condition: Any
    key: Any
    score: Any
    sqlite: bool


def _match(session: Session, q: LetterQuery) -> _Match | None:
    """``None`` when ``q`` has no words."""
    found, prefix = terms(q.text)
    by_name: list[list[str]] = []
    name_prefix = False
    if isinstance(q.correspondent, str):
        by_name, name_prefix = terms(q.correspondent)
    if not found and not by_name:
        return None
    if session.get_bind().dialect.name == "sqlite":
        expr = " AND ".join(
            e
            for e in (
                fts5_expression(found, prefix),
                fts5_expression(by_name, name_prefix, "correspondent") if by_name else "",
            )
            if e
        )
        return _Match(
            text("letter_fts"),
            text("letter_fts MATCH :fts").bindparams(fts=expr),
            literal_column("letter_fts.rowid"),
            literal_column(BM25),
            True,
        )
    from sqlalchemy.dialects.postgresql import TSQUERY

    # psycopg prepares a statement run five times, and PostgreSQL may then reuse a generic plan
    # made without knowing the words: for "newest matches first" that is a backward scan of every
    # letter testing each one (0.4 s at 200,000 letters for a word found once). Plan each search
    # with its words, for this transaction only.
    session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    tsq_text = " & ".join(
        e for e in (pg_tsquery(found, prefix), pg_tsquery(by_name, name_prefix, "C") if by_name else "") if e
    )
    tsv: Any = LetterSearchDoc.tsv
    tsq = cast(bindparam("tsq", tsq_text), TSQUERY)
    return _Match(
        LetterSearchDoc.__table__,
        tsv.op("@@")(tsq),
        LetterSearchDoc.letter_id,
        -func.ts_rank(tsv, tsq),
        False,
    )


def _has_filters(q: LetterQuery) -> bool:
    return any(
        v not in (None, "")
        for v in (q.register_id, q.date_from, q.date_to, q.urgency, q.status, q.signer_user_id, q.category,
                  q.direction)
    ) or isinstance(q.correspondent, int)  # fmt: skip


def _conditions(actor: Actor, q: LetterQuery) -> ColumnElement[bool]:
    """Visibility and ``q``'s filters, as one condition on :class:`Letter`."""
    where: list[ColumnElement[bool]] = [visible_clause(actor)]
    if q.register_id is not None:
        where.append(Letter.register_id == q.register_id)
    if q.urgency:
        where.append(Letter.urgency == q.urgency)
    if q.status:
        where.append(Letter.status == q.status)
    if q.direction:
        where.append(Letter.direction == q.direction)
    if q.category:
        where.append(Letter.category == q.category)
    if q.signer_user_id is not None:
        where.append(Letter.signer_user_id == q.signer_user_id)
    if isinstance(q.correspondent, int):
        where.append(
            or_(
                Letter.contact_id == q.correspondent,
                Letter.id.in_(
                    select(LetterRecipient.letter_id).where(LetterRecipient.contact_id == q.correspondent)
                ),
            )
        )
    if q.date_from is not None:
        where.append(_letter_date() >= _local_midnight(q.date_from))
    if q.date_to is not None:
        where.append(_letter_date() < _local_midnight(q.date_to + dt.timedelta(days=1)))
    return and_(*where)


def _joined(actor: Actor, q: LetterQuery, m: _Match, found: Any, columns: list[Any]) -> Select[Any]:
    """``columns`` of the letters in the subquery ``found`` (its ``id`` column drives the join)
    that pass visibility and the filters.

    On SQLite the condition is written ``(cond OR found.id IS NULL)``: the same rows (``id`` is
    never NULL), but a condition on the letter alone makes SQLite 3.38+ build a Bloom filter over
    the whole letter table before the join, 150 ms at a million letters for a page of 100 rows.
    """
    cond = _conditions(actor, q)
    if m.sqlite:
        cond = or_(cond, found.c.id.is_(None))
    return select(*columns).select_from(found).join(Letter, Letter.id == found.c.id).where(cond)


def _newest_passing(session: Session, actor: Actor, q: LetterQuery, m: _Match, depth: int) -> list[int]:
    """Ids of the ``depth`` newest matches that ``actor`` may see and that pass ``q``'s filters."""
    newest = select(m.key.label("id")).select_from(m.source).where(m.condition).order_by(m.key.desc())
    found = newest.limit(ALL).subquery("n")
    stmt = _joined(actor, q, m, found, [found.c.id]).order_by(found.c.id.desc()).limit(depth)
    return [int(x) for x in session.scalars(stmt)]


def _ranked_ids(session: Session, m: _Match, low: int, high: int) -> list[int]:
    """Ids of the matches between ``low`` and ``high`` (inclusive), most relevant first, then the
    newest: the index alone (a range of ids costs it nothing; a list of ids would)."""
    stmt = select(m.key).select_from(m.source).where(m.condition, m.key >= low, m.key <= high)
    return [int(x) for x in session.scalars(stmt.order_by(m.score, m.key.desc()))]


def _best_of_newest(session: Session, m: _Match, depth: int, limit: int, offset: int) -> list[int]:
    """Ids of the ``depth`` newest matches ranked, most relevant first (then the newest), from
    ``offset``: one statement, the score computed only for those ``depth`` matches."""
    newest = (
        select(m.key.label("id"), m.score.label("score"))
        .select_from(m.source)
        .where(m.condition)
        .order_by(m.key.desc())
        .limit(depth)
        .subquery("newest")
    )
    stmt = select(newest.c.id).order_by(newest.c.score, newest.c.id.desc()).limit(limit).offset(offset)
    return [int(x) for x in session.scalars(stmt)]


_COLUMNS = list(Letter.__table__.columns)


def _positions() -> list[int] | None:
    """For each :class:`LetterInfo` field, its column's position in :data:`_COLUMNS` (``-1``:
    the tags); ``None`` if a field is not a letter column (then :func:`info_of` builds them)."""
    names = [c.name for c in _COLUMNS]
    out = []
    for f in fields(LetterInfo):
        if f.name == "tags":
            out.append(-1)
        elif f.name in names:
            out.append(names.index(f.name))
        else:
            return None
    return out


_POSITIONS = _positions()


def _infos(session: Session, rows: list[Any]) -> list[LetterInfo]:
    """Rows of :data:`_COLUMNS` as LetterInfos with their tags; by position, which for a page
    of 100 costs a third of reading each field by name."""
    tags = tags_of(session, [r[0] for r in rows])
    if _POSITIONS is None:
        return [info_of(r, tags[r.id]) for r in rows]
    out = []
    for r in rows:
        values: list[Any] = [r[i] if i >= 0 else tags[r[0]] for i in _POSITIONS]
        out.append(LetterInfo(*values))
    return out


_CHUNK = 500


def _rows_in_order(
    session: Session, actor: Actor, q: LetterQuery, m: _Match, ids: list[int], need: int
) -> list[Any]:
    """The letters of ``ids`` that pass visibility and the filters, in the order of ``ids``,
    read by id a slice at a time until ``need`` are found.

    On SQLite the ids come from ``json_each`` in a subquery the letters are joined to (see
    :func:`_joined`): SQLite plans ``id IN (…20 values or more…)`` as a scan of the whole table as
    soon as its statistics are stale (an office that ran ANALYZE when it had few letters).
    """
    rows: list[Any] = []
    size = max(100, min(_CHUNK, 2 * need))
    for i in range(0, len(ids), size):
        part = ids[i : i + size]
        if m.sqlite:
            each = func.json_each(json.dumps(part)).table_valued("value")
            found = select(each.c.value.label("id")).limit(ALL).subquery("j")
            stmt = _joined(actor, q, m, found, _COLUMNS)
        else:
            stmt = select(*_COLUMNS).where(Letter.id.in_(part), _conditions(actor, q))
        got = {r.id: r for r in session.execute(stmt)}
        rows += [got[x] for x in part if x in got]
        if len(rows) >= need:
            break
    return rows


def search_letters(
    session: Session, actor: Actor, q: LetterQuery, limit: int = 100, offset: int = 0
) -> list[LetterInfo]:
    """The letters matching ``q`` that ``actor`` may see: most relevant first, then the newest
    (creation order); without words, newest first.

    The index ranks its matches (ids and scores only); the letters are then read by id, in that
    order, with the visibility rule and the filters, until the page is full. When the words match
    more than :data:`RANK_DEPTH` letters, the most recent :data:`RANK_DEPTH` of them (of those
    passing the filters, when there are filters) are the ones ranked and shown: ranking every
    letter that holds a common word costs a pass over all of them and tells the user little; more
    words or a date range narrow the search. :func:`count_letters` stays exact.
    """
    _check(q)
    limit = max(1, min(int(limit), MAX_LIMIT))
    offset = max(0, int(offset))
    need = offset + limit
    m = _match(session, q)
    if m is None:
        stmt = select(*_COLUMNS).where(_conditions(actor, q)).order_by(Letter.id.desc())
        rows: list[Any] = list(session.execute(stmt.limit(limit).offset(offset)))
    else:
        depth = max(RANK_DEPTH, 2 * need)
        if _has_filters(q):
            passing = _newest_passing(session, actor, q, m, depth)
            allowed = set(passing)
            ranked = (
                [x for x in _ranked_ids(session, m, min(passing), max(passing)) if x in allowed]
                if passing
                else []
            )
            rows = _rows_in_order(session, actor, q, m, ranked, need)[offset:need]
        else:
            # The best matches a window at a time: visibility rarely hides many, so one window
            # (twice the page) usually fills the page.
            window = 2 * need + 20
            rows, start = [], 0
            while True:
                ranked = _best_of_newest(session, m, depth, window, start)
                rows += _rows_in_order(session, actor, q, m, ranked, need - len(rows))
                start += window
                if len(rows) >= need or len(ranked) < window:
                    break
            rows = rows[offset:need]
    return _infos(session, rows)


def count_letters(session: Session, actor: Actor, q: LetterQuery) -> int:
    """How many letters match ``q`` and may be seen by ``actor`` (all of them, also those
    beyond the ranked :data:`RANK_DEPTH`)."""
    _check(q)
    m = _match(session, q)
    if m is None:
        stmt = select(Letter.id).where(_conditions(actor, q))
    else:
        found = select(m.key.label("id")).select_from(m.source).where(m.condition).limit(ALL).subquery("m")
        stmt = _joined(actor, q, m, found, [Letter.id])
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


# --- saved searches -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SavedSearchInfo:
    id: int
    name: str
    query: LetterQuery
    shared: bool
    owner_id: int
    owner_name: str
    mine: bool


def _saved_info(actor: Actor, row: SavedSearch, owner_name: str) -> SavedSearchInfo:
    return SavedSearchInfo(
        row.id, row.name, LetterQuery.from_json(row.query), row.shared, row.user_id, owner_name,
        row.user_id == actor.user_id,
    )  # fmt: skip


def _owner(actor: Actor) -> int:
    if actor.user_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only a signed-in user can save searches."))
    return actor.user_id


def save_search(
    session: Session, actor: Actor, name: str, q: LetterQuery, shared: bool = False, scope: str = "letters"
) -> SavedSearchInfo:
    """Save ``q`` under ``name`` for ``actor`` (a search of the same name is replaced);
    ``shared`` lists it for every user."""
    owner = _owner(actor)
    clean = " ".join(name.split())[:200]
    if not clean:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A saved search needs a name."), field="name")
    _check(q)
    row = session.scalar(
        select(SavedSearch).where(
            SavedSearch.user_id == owner, SavedSearch.scope == scope, SavedSearch.name == clean
        )
    )
    if row is None:
        row = SavedSearch(user_id=owner, scope=scope, name=clean)
        session.add(row)
    row.query = q.to_json()
    row.shared = shared
    session.flush()
    log.info("user %s saved search %r (shared=%s)", actor.username, clean, shared)
    return _saved_info(actor, row, actor.full_name or actor.username)


def list_saved_searches(session: Session, actor: Actor, scope: str = "letters") -> list[SavedSearchInfo]:
    """``actor``'s own saved searches, then those others shared, by name."""
    mine = SavedSearch.user_id == actor.user_id if actor.user_id is not None else SavedSearch.shared
    rows = session.execute(
        select(SavedSearch, User.full_name, User.username)
        .join(User, User.id == SavedSearch.user_id)
        .where(SavedSearch.scope == scope, or_(mine, SavedSearch.shared))
    ).all()
    found = [_saved_info(actor, r, full or user) for r, full, user in rows]
    return sorted(found, key=lambda s: (not s.mine, s.name.casefold(), s.id))


def delete_saved_search(session: Session, actor: Actor, search_id: int) -> None:
    """Delete one of ``actor``'s saved searches (an administrator may delete a shared one)."""
    row = session.get(SavedSearch, search_id)
    visible = row is not None and (row.user_id == actor.user_id or row.shared)
    if row is None or not visible:
        raise NotFound(what="Saved search", id=search_id)
    if row.user_id != actor.user_id and actor.role is not Role.ADMIN:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Only its owner or an administrator can delete this saved search.")
        )
    session.delete(row)
    session.flush()
    log.info("user %s deleted saved search %r", actor.username, row.name)
