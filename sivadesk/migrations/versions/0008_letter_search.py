"""Letter full-text search (SQLite FTS5 / PostgreSQL) and saved searches

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23

``letter_search`` holds each letter's normalized words (see :mod:`sivadesk.models.search`); the
index proper is an FTS5 table with it as external content (SQLite, kept by triggers) or a GIN
index on a weighted tsvector of the words that a trigger stores in ``tsv`` (PostgreSQL). Letters already there are indexed.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql, sqlite

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = (
    sa.JSON()
    .with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
    .with_variant(sqlite.JSON(), "sqlite")
)

_COLUMNS = "number, subject, correspondent, body"
_NEW = "new.letter_id, new.number, new.subject, new.correspondent, new.body"
_OLD = "'delete', old.letter_id, old.number, old.subject, old.correspondent, old.body"

SQLITE_DDL = (
    # unicode61 without diacritic removal: the words are already normalized by textnorm;
    # prefix indexes make typing-as-you-search (a 2- or 3-letter last word) cheap.
    f"CREATE VIRTUAL TABLE letter_fts USING fts5({_COLUMNS}, content='letter_search', "
    "content_rowid='letter_id', tokenize='unicode61 remove_diacritics 0', prefix='2 3')",
    f"CREATE TRIGGER letter_fts_ai AFTER INSERT ON letter_search BEGIN "
    f"INSERT INTO letter_fts(rowid, {_COLUMNS}) VALUES ({_NEW}); END",
    f"CREATE TRIGGER letter_fts_ad AFTER DELETE ON letter_search BEGIN "
    f"INSERT INTO letter_fts(letter_fts, rowid, {_COLUMNS}) VALUES ({_OLD}); END",
    f"CREATE TRIGGER letter_fts_au AFTER UPDATE ON letter_search BEGIN "
    f"INSERT INTO letter_fts(letter_fts, rowid, {_COLUMNS}) VALUES ({_OLD}); "
    f"INSERT INTO letter_fts(rowid, {_COLUMNS}) VALUES ({_NEW}); END",
)

# The same text as sivadesk.models.search.PG_TSVECTOR (frozen here: a migration does not change).
PG_TSVECTOR = (
    "(setweight(to_tsvector('simple'::regconfig, letter_search.number), 'A') || "
    "setweight(to_tsvector('simple'::regconfig, letter_search.subject), 'B') || "
    "setweight(to_tsvector('simple'::regconfig, letter_search.correspondent), 'C') || "
    "setweight(to_tsvector('simple'::regconfig, letter_search.body), 'D'))"
)


def upgrade() -> None:
    op.create_table(
        "saved_search",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.Column("scope", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", JSON, nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_saved_search_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_search")),
        sa.UniqueConstraint("user_id", "scope", "name", name=op.f("uq_saved_search_user_id_scope_name")),
    )
    op.create_index(op.f("ix_saved_search_user_id"), "saved_search", ["user_id"], unique=False)
    op.create_table(
        "letter_search",
        sa.Column("letter_id", BIG_ID, autoincrement=False, nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("correspondent", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tsv", sa.Text().with_variant(postgresql.TSVECTOR(), "postgresql"), nullable=True),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_letter_search_letter_id_letter"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("letter_id", name=op.f("pk_letter_search")),
    )
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for ddl in SQLITE_DDL:
            op.execute(ddl)
    else:
        new_row = PG_TSVECTOR.replace("letter_search.", "NEW.")
        op.execute(
            "CREATE FUNCTION letter_fts_tsv() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN NEW.tsv := {new_row}; RETURN NEW; END $$"
        )
        op.execute(
            "CREATE TRIGGER letter_fts_tsv BEFORE INSERT OR UPDATE ON letter_search "
            "FOR EACH ROW EXECUTE FUNCTION letter_fts_tsv()"
        )
        op.execute("CREATE INDEX letter_fts_gin ON letter_search USING gin (tsv)")
    from sivadesk.models.search import rebuild_index

    rebuild_index(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("letter_fts_ai", "letter_fts_ad", "letter_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS letter_fts")
    else:
        op.execute("DROP INDEX IF EXISTS letter_fts_gin")
        op.execute("DROP TRIGGER IF EXISTS letter_fts_tsv ON letter_search")
        op.execute("DROP FUNCTION IF EXISTS letter_fts_tsv()")
    op.drop_table("letter_search")
    op.drop_index(op.f("ix_saved_search_user_id"), table_name="saved_search")
    op.drop_table("saved_search")
