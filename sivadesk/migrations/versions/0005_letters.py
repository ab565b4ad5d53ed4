"""Letters: drafts, registration numbers frozen at registration, classification

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "letter",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("register_id", BIG_ID, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("scope_key", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("urgency", sa.String(length=20), nullable=False),
        sa.Column("classification", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("contact_id", BIG_ID, nullable=True),
        sa.Column("their_number", sa.String(length=100), nullable=False),
        sa.Column("their_date", sa.Date(), nullable=True),
        sa.Column("signer_user_id", BIG_ID, nullable=True),
        sa.Column("signer_title", sa.String(length=200), nullable=False),
        sa.Column("creator_id", BIG_ID, nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("in_reply_to_id", BIG_ID, nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"], ["register.id"], name=op.f("fk_letter_register_id_register"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_letter_contact_id_contact"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["signer_user_id"],
            ["app_user.id"],
            name=op.f("fk_letter_signer_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["creator_id"], ["app_user.id"], name=op.f("fk_letter_creator_id_app_user"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["in_reply_to_id"],
            ["letter.id"],
            name=op.f("fk_letter_in_reply_to_id_letter"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter")),
        sa.UniqueConstraint(
            "register_id",
            "period",
            "scope_key",
            "seq",
            name=op.f("uq_letter_register_id_period_scope_key_seq"),
        ),
    )
    op.create_index(op.f("ix_letter_register_id"), "letter", ["register_id"], unique=False)
    op.create_index(op.f("ix_letter_contact_id"), "letter", ["contact_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_letter_contact_id"), table_name="letter")
    op.drop_index(op.f("ix_letter_register_id"), table_name="letter")
    op.drop_table("letter")
