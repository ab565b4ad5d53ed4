"""Letter registers and their gapless counters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "register",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("format", sa.String(length=200), nullable=False),
        sa.Column("calendar", sa.String(length=20), nullable=False),
        sa.Column("reset", sa.String(length=20), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register")),
        sa.UniqueConstraint("code", name=op.f("uq_register_code")),
    )
    op.create_table(
        "register_counter",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("register_id", BIG_ID, nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("scope_key", sa.String(length=20), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["register_id"],
            ["register.id"],
            name=op.f("fk_register_counter_register_id_register"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_counter")),
        sa.UniqueConstraint(
            "register_id",
            "period",
            "scope_key",
            name=op.f("uq_register_counter_register_id_period_scope_key"),
        ),
    )


def downgrade() -> None:
    op.drop_table("register_counter")
    op.drop_table("register")
