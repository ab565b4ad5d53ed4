"""Caller ID: calls and line states

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "call",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("line", sa.String(length=40), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("number_raw", sa.String(length=80), nullable=False),
        sa.Column("number_e164", sa.String(length=20), nullable=True),
        sa.Column("number_key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("out_of_area", sa.Boolean(), nullable=False),
        sa.Column("ring_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("end_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("duration_s", sa.Integer(), nullable=True),
        sa.Column("rings", sa.Integer(), nullable=True),
        sa.Column("answered_by_id", BIG_ID, nullable=True),
        sa.Column("answered_desk", sa.String(length=20), nullable=False),
        sa.Column("missed", sa.Boolean(), nullable=False),
        sa.Column("unknown", sa.Boolean(), nullable=False),
        sa.Column("contact_id", BIG_ID, nullable=True),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["answered_by_id"],
            ["app_user.id"],
            name=op.f("fk_call_answered_by_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_call_contact_id_contact"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call")),
    )
    op.create_index("ix_call_ring_at", "call", ["ring_at"])
    op.create_index("ix_call_contact_id_ring_at", "call", ["contact_id", "ring_at"])
    op.create_index("ix_call_line_ring_at", "call", ["line", "ring_at"])
    op.create_index("ix_call_missed_ring_at", "call", ["missed", "ring_at"])
    op.create_index("ix_call_answered_by_id_ring_at", "call", ["answered_by_id", "ring_at"])
    op.create_index("ix_call_number_e164", "call", ["number_e164"])
    op.create_index("ix_call_number_key", "call", ["number_key"])

    op.create_table(
        "line_state",
        sa.Column("line", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("touched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("call_id", BIG_ID, nullable=True),
        sa.Column("user_id", BIG_ID, nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"], ["call.id"], name=op.f("fk_line_state_call_id_call"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_line_state_user_id_app_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("line", name=op.f("pk_line_state")),
    )

    op.create_table(
        "watched_line",
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.Column("line", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_watched_line_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "line", name=op.f("pk_watched_line")),
    )

    op.create_table(
        "desk_user",
        sa.Column("desk", sa.String(length=20), nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_desk_user_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("desk", name=op.f("pk_desk_user")),
    )
    op.create_index(op.f("ix_desk_user_user_id"), "desk_user", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_desk_user_user_id"), table_name="desk_user")
    op.drop_table("desk_user")
    op.drop_table("watched_line")
    op.drop_table("line_state")
    for name in (
        "ix_call_number_key",
        "ix_call_number_e164",
        "ix_call_answered_by_id_ring_at",
        "ix_call_missed_ring_at",
        "ix_call_line_ring_at",
        "ix_call_contact_id_ring_at",
        "ix_call_ring_at",
    ):
        op.drop_index(name, table_name="call")
    op.drop_table("call")
