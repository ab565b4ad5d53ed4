"""Referral steps shared by letters (and later tasks and faxes)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "referral_step",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("item_type", sa.String(length=20), nullable=False),
        sa.Column("item_id", BIG_ID, nullable=False),
        sa.Column("parent_step_id", BIG_ID, nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_user_id", BIG_ID, nullable=True),
        sa.Column("to_user_id", BIG_ID, nullable=True),
        sa.Column("to_department_id", BIG_ID, nullable=True),
        sa.Column("instruction", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("action_note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("already_open", sa.Boolean(), nullable=False),
        sa.Column("circular", sa.Boolean(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "to_user_id IS NOT NULL OR to_department_id IS NOT NULL",
            name=op.f("ck_referral_step_has_receiver"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_step_id"],
            ["referral_step.id"],
            name=op.f("fk_referral_step_parent_step_id_referral_step"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_user_id"],
            ["app_user.id"],
            name=op.f("fk_referral_step_from_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["to_user_id"],
            ["app_user.id"],
            name=op.f("fk_referral_step_to_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["to_department_id"],
            ["department.id"],
            name=op.f("fk_referral_step_to_department_id_department"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_step")),
    )
    op.create_index("ix_referral_step_item", "referral_step", ["item_type", "item_id"], unique=False)
    op.create_index("ix_referral_step_to_user_id_id", "referral_step", ["to_user_id", "id"], unique=False)
    op.create_index("ix_referral_step_from_user_id_id", "referral_step", ["from_user_id", "id"], unique=False)
    op.create_index(
        "ix_referral_step_to_user_counts",
        "referral_step",
        ["to_user_id", "status", "kind", "deadline"],
        unique=False,
    )
    op.create_index(
        "ix_referral_step_from_user_counts",
        "referral_step",
        ["from_user_id", "status", "deadline"],
        unique=False,
    )
    op.create_index("ix_referral_step_parent_step_id", "referral_step", ["parent_step_id"], unique=False)
    op.create_index("ix_referral_step_to_department_id", "referral_step", ["to_department_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_referral_step_to_department_id", table_name="referral_step")
    op.drop_index("ix_referral_step_parent_step_id", table_name="referral_step")
    op.drop_index("ix_referral_step_from_user_counts", table_name="referral_step")
    op.drop_index("ix_referral_step_to_user_counts", table_name="referral_step")
    op.drop_index("ix_referral_step_from_user_id_id", table_name="referral_step")
    op.drop_index("ix_referral_step_to_user_id_id", table_name="referral_step")
    op.drop_index("ix_referral_step_item", table_name="referral_step")
    op.drop_table("referral_step")
