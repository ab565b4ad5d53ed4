"""Saved searches (per user) and the letters' full-text index, kept in step with the letters.

``letter_search`` holds, per letter, the normalized words (:func:`sivadesk.textnorm.normalize`,
then split into words and joined by single spaces) of four fields: ``number`` (its number and the
correspondent's own number), ``subject``, ``correspondent`` (the contact's name and the recipients'
names) and ``body`` (rich text stripped to words). The index proper is built on it per backend by
migration 0008:

* SQLite: the FTS5 table ``letter_fts`` with ``letter_search`` as external content, maintained by
  SQL triggers on ``letter_search`` (so a cascade delete of a letter also leaves the index);
* PostgreSQL: the column ``tsv``, the weighted tsvector :data:`PG_TSVECTOR` of the words
  (``to_tsvector('simple', …)``: the text-search parser only splits them at the spaces put between
  them, so a number such as ``14505/ق/م/1402`` is the same words on both backends), set by the
  trigger ``letter_fts_tsv`` and indexed by the GIN index ``letter_fts_gin``.

Objects named ``letter_fts*`` are outside the ORM metadata (:func:`index_object_name`).

The rows of ``letter_search`` are written by :func:`reindex_letters`, which a session event calls
after every flush that created or changed a letter, its recipients, or a contact's name: a letter
written through any service (or any ORM code) is indexed in the same transaction. Bulk loads that
bypass the ORM call :func:`reindex_letters` (or :func:`rebuild_index`) themselves.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
    delete,
    event,
    insert,
    select,
)
from sqlalchemy.orm import Mapped, Session, UOWTransaction, mapped_column
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.types import TypeDecorator

from sivadesk.models.base import Base, BigId, created_at, intpk, str200
from sivadesk.models.contacts import Contact
from sivadesk.models.letters import Letter, LetterRecipient
from sivadesk.textnorm import normalize

log = logging.getLogger("sivadesk.search")


class SavedSearch(Base):
    """A named search of one user, for one list (``scope``: ``"letters"``); ``query`` is the
    search as JSON (dates in ISO form); ``shared`` makes it visible to every user."""

    __tablename__ = "saved_search"
    __table_args__ = (UniqueConstraint("user_id", "scope", "name"),)

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(BigId, ForeignKey("app_user.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(40), default="letters")
    name: Mapped[str200]
    query: Mapped[dict[str, Any]] = mapped_column(default=dict)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[created_at]


class SearchVector(TypeDecorator[str]):
    """A tsvector on PostgreSQL (filled by a trigger from the words, see migration 0008); unused
    text on SQLite, whose FTS5 table indexes the words themselves."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import TSVECTOR

            return dialect.type_descriptor(TSVECTOR())
        return dialect.type_descriptor(Text())


class LetterSearchDoc(Base):
    """The normalized words of one letter (see the module docstring); the FTS index's content."""

    __tablename__ = "letter_search"

    letter_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("letter.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    number: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(Text, default="")
    correspondent: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    # PostgreSQL: PG_TSVECTOR of this row, kept by the trigger letter_fts_tsv; NULL on SQLite.
    tsv: Mapped[str | None] = mapped_column(SearchVector())


#: The weighted tsvector of a ``letter_search`` row on PostgreSQL, which the trigger
#: ``letter_fts_tsv`` (migration 0008) stores in ``tsv``; the GIN index ``letter_fts_gin`` is on it.
PG_TSVECTOR = (
    "(setweight(to_tsvector('simple'::regconfig, letter_search.number), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, letter_search.subject), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, letter_search.correspondent), 'C') || "
    "setweight(to_tsvector('simple'::regconfig, letter_search.body), 'D'))"
)

#: A word: letters and digits (what FTS5's unicode61 tokenizer keeps together).
WORD = re.compile(r"[^\W_]+")
#: Longer "words" (base64, pasted junk) are not searchable and would overflow a tsvector lexeme.
MAX_WORD = 60
#: A body is indexed up to this many characters of words (a tsvector holds at most 1 MB).
MAX_BODY = 200_000

_HEAD = re.compile(r"<(head|style|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def index_object_name(name: str | None) -> bool:
    """True for the search index's own tables, triggers and indexes (``letter_fts``, its FTS5
    shadow tables, ``letter_fts_gin``), which live outside the ORM metadata."""
    return bool(name) and str(name).startswith("letter_fts")


def words(text: str | None) -> list[str]:
    """The searchable words of ``text``: normalized, split on anything but letters and digits."""
    return [w for w in WORD.findall(normalize(text)) if len(w) <= MAX_WORD]


def strip_markup(text: str) -> str:
    """Plain text of a rich-text (HTML) body: head/style/script dropped, tags to spaces, entities decoded."""
    if "<" not in text and "&" not in text:
        return text
    return html.unescape(_TAG.sub(" ", _HEAD.sub(" ", text)))


def index_row(
    letter_id: int,
    number: str,
    their_number: str,
    subject: str,
    body: str,
    correspondents: Iterable[str],
) -> dict[str, Any]:
    """The ``letter_search`` row of one letter."""
    body_words = " ".join(words(strip_markup(body)))
    if len(body_words) > MAX_BODY:
        body_words = body_words[:MAX_BODY].rsplit(" ", 1)[0]
    return {
        "letter_id": letter_id,
        "number": " ".join(words(f"{number} {their_number}")),
        "subject": " ".join(words(subject)),
        "correspondent": " ".join(words(" ".join(correspondents))),
        "body": body_words,
    }


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def reindex_letters(conn: Connection, letter_ids: Iterable[int]) -> int:
    """Rewrite the index rows of ``letter_ids`` from the letters as stored now; returns how many.
    Ids of letters that no longer exist just lose their row."""
    ids = sorted(set(letter_ids))
    done = 0
    for part in _chunks(ids):
        letters = conn.execute(
            select(
                Letter.id,
                Letter.number,
                Letter.their_number,
                Letter.subject,
                Letter.body,
                Contact.display_name,
            )
            .outerjoin(Contact, Contact.id == Letter.contact_id)
            .where(Letter.id.in_(part))
        ).all()
        names: dict[int, list[str]] = {}
        for letter_id, name in conn.execute(
            select(LetterRecipient.letter_id, LetterRecipient.name)
            .where(LetterRecipient.letter_id.in_(part))
            .order_by(LetterRecipient.letter_id, LetterRecipient.position, LetterRecipient.id)
        ):
            names.setdefault(letter_id, []).append(name or "")
        rows = [
            index_row(lid, number, their, subject, body, [contact or "", *names.get(lid, [])])
            for lid, number, their, subject, body, contact in letters
        ]
        conn.execute(delete(LetterSearchDoc).where(LetterSearchDoc.letter_id.in_(part)))
        if rows:
            conn.execute(insert(LetterSearchDoc), rows)
        done += len(rows)
    return done


def rebuild_index(conn: Connection, batch: int = 5000) -> int:
    """Re-index every letter (after a bulk load that bypassed the ORM, or to repair)."""
    total = 0
    last = 0
    while True:
        ids = list(conn.scalars(select(Letter.id).where(Letter.id > last).order_by(Letter.id).limit(batch)))
        if not ids:
            return total
        total += reindex_letters(conn, ids)
        last = ids[-1]


# --- keeping the index in step ----------------------------------------------------------------

_LETTER_FIELDS = ("number", "their_number", "subject", "body", "contact_id")
_RECIPIENT_FIELDS = ("name", "letter_id")


def _changed(obj: object, fields: Sequence[str]) -> bool:
    return any(get_history(obj, f).has_changes() for f in fields)


def _letters_to_reindex(session: Session) -> tuple[set[int], set[int]]:
    """(letter ids, contact ids whose name changed) touched by the flush that just ran."""
    letters: set[int] = set()
    contacts: set[int] = set()
    for obj in session.new:
        if isinstance(obj, Letter):
            letters.add(obj.id)
        elif isinstance(obj, LetterRecipient):
            letters.add(obj.letter_id)
    for obj in session.dirty:
        if isinstance(obj, Letter) and _changed(obj, _LETTER_FIELDS):
            letters.add(obj.id)
        elif isinstance(obj, LetterRecipient) and _changed(obj, _RECIPIENT_FIELDS):
            letters.add(obj.letter_id)
            old = get_history(obj, "letter_id").deleted
            letters.update(x for x in old if x is not None)
        elif isinstance(obj, Contact) and _changed(obj, ("display_name",)):
            contacts.add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, LetterRecipient):
            letters.add(obj.letter_id)
    return {x for x in letters if x is not None}, contacts


@event.listens_for(Session, "after_flush")
def _index_after_flush(session: Session, _flush: UOWTransaction) -> None:
    letters, contacts = _letters_to_reindex(session)
    if not letters and not contacts:
        return
    conn = session.connection()
    if contacts:
        letters.update(conn.scalars(select(Letter.id).where(Letter.contact_id.in_(sorted(contacts)))))
    deleted = {obj.id for obj in session.deleted if isinstance(obj, Letter)}
    n = reindex_letters(conn, letters - deleted)
    log.debug("indexed %d letter(s)", n)
