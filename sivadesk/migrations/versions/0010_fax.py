"""Fax: the outgoing queue, call attempts, received faxes

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql, sqlite

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON_TYPE = (
    sa.JSON()
    .with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
    .with_variant(sqlite.JSON(), "sqlite")
)


def upgrade() -> None:
    op.create_table(
        "fax_job",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("contact_id", BIG_ID, nullable=True),
        sa.Column("letter_id", BIG_ID, nullable=True),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("cover", JSON_TYPE, nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("next_try_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pages_total", sa.Integer(), nullable=False),
        sa.Column("pages_sent", sa.Integer(), nullable=False),
        sa.Column("dials", sa.Integer(), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("page_failures", sa.Integer(), nullable=False),
        sa.Column("last_cause", sa.String(length=20), nullable=False),
        sa.Column("last_detail", sa.Text(), nullable=False),
        sa.Column("remote_id", sa.String(length=40), nullable=False),
        sa.Column("modem", sa.String(length=200), nullable=False),
        sa.Column("batch", sa.String(length=40), nullable=False),
        sa.Column("resent_from_id", BIG_ID, nullable=True),
        sa.Column("entry_id", BIG_ID, nullable=True),
        sa.Column("created_by_id", BIG_ID, nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_fax_job_contact_id_contact"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["app_user.id"],
            name=op.f("fk_fax_job_created_by_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_fax_job_letter_id_letter"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["letter.id"], name=op.f("fk_fax_job_entry_id_letter"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["resent_from_id"],
            ["fax_job.id"],
            name=op.f("fk_fax_job_resent_from_id_fax_job"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fax_job")),
    )
    op.create_index("ix_fax_job_batch", "fax_job", ["batch"], unique=False)
    op.create_index("ix_fax_job_contact_id", "fax_job", ["contact_id"], unique=False)
    op.create_index("ix_fax_job_state_next_try_at", "fax_job", ["state", "next_try_at"], unique=False)
    op.create_table(
        "received_fax",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("remote_id", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("bad_lines", sa.Integer(), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("tiff_sha256", sa.String(length=64), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("contact_id", BIG_ID, nullable=True),
        sa.Column("matched_by", sa.String(length=10), nullable=False),
        sa.Column("letter_id", BIG_ID, nullable=True),
        sa.Column("modem", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_received_fax_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_received_fax_letter_id_letter"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["pdf_sha256"], ["blob.sha256"], name=op.f("fk_received_fax_pdf_sha256_blob"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["tiff_sha256"],
            ["blob.sha256"],
            name=op.f("fk_received_fax_tiff_sha256_blob"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_fax")),
    )
    op.create_index(op.f("ix_received_fax_contact_id"), "received_fax", ["contact_id"], unique=False)
    op.create_index("ix_received_fax_received_at", "received_fax", ["received_at"], unique=False)
    op.create_table(
        "fax_attempt",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("job_id", BIG_ID, nullable=False),
        sa.Column("modem", sa.String(length=200), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("first_page", sa.Integer(), nullable=False),
        sa.Column("pages_confirmed", sa.Integer(), nullable=False),
        sa.Column("cause", sa.String(length=20), nullable=False),
        sa.Column("hangup", sa.String(length=10), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("remote_id", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["fax_job.id"], name=op.f("fk_fax_attempt_job_id_fax_job"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fax_attempt")),
    )
    op.create_index(op.f("ix_fax_attempt_job_id"), "fax_attempt", ["job_id"], unique=False)
    op.create_table(
        "fax_document",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("job_id", BIG_ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["job_id"], ["fax_job.id"], name=op.f("fk_fax_document_job_id_fax_job"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blob.sha256"], name=op.f("fk_fax_document_sha256_blob"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fax_document")),
    )
    op.create_index(op.f("ix_fax_document_job_id"), "fax_document", ["job_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_fax_document_job_id"), table_name="fax_document")
    op.drop_table("fax_document")
    op.drop_index(op.f("ix_fax_attempt_job_id"), table_name="fax_attempt")
    op.drop_table("fax_attempt")
    op.drop_index("ix_received_fax_received_at", table_name="received_fax")
    op.drop_index(op.f("ix_received_fax_contact_id"), table_name="received_fax")
    op.drop_table("received_fax")
    op.drop_index("ix_fax_job_state_next_try_at", table_name="fax_job")
    op.drop_index("ix_fax_job_contact_id", table_name="fax_job")
    op.drop_index("ix_fax_job_batch", table_name="fax_job")
    op.drop_table("fax_job")
