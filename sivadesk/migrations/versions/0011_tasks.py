"""Tasks, appointments with participants, and reminder acknowledgements

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
UTC = sa.DateTime(timezone=True)
NOW = sa.text("(CURRENT_TIMESTAMP)")


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("due_at", UTC, nullable=True),
        sa.Column("contact_id", BIG_ID, nullable=True),
        sa.Column("link_type", sa.String(length=20), nullable=False),
        sa.Column("link_id", BIG_ID, nullable=True),
        sa.Column("created_by_id", BIG_ID, nullable=True),
        sa.Column("created_at", UTC, server_default=NOW, nullable=False),
        sa.Column("done_at", UTC, nullable=True),
        sa.Column("done_by_id", BIG_ID, nullable=True),
        sa.Column("done_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_task_contact_id_contact"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["app_user.id"],
            name=op.f("fk_task_created_by_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["done_by_id"], ["app_user.id"], name=op.f("fk_task_done_by_id_app_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    op.create_index("ix_task_contact_id", "task", ["contact_id"])
    op.create_index("ix_task_created_by_id_id", "task", ["created_by_id", "id"])
    op.create_index("ix_task_link", "task", ["link_type", "link_id"])
    op.create_index("ix_task_status_due_at", "task", ["status", "due_at"])

    op.create_table(
        "appointment",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("contact_id", BIG_ID, nullable=True),
        sa.Column("start_at", UTC, nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("reminder_minutes", sa.Integer(), nullable=True),
        sa.Column("actual_start_at", UTC, nullable=True),
        sa.Column("actual_duration_minutes", sa.Integer(), nullable=True),
        sa.Column("created_by_id", BIG_ID, nullable=True),
        sa.Column("created_at", UTC, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_appointment_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["app_user.id"],
            name=op.f("fk_appointment_created_by_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment")),
    )
    op.create_index("ix_appointment_contact_id_start_at", "appointment", ["contact_id", "start_at"])
    op.create_index("ix_appointment_start_at", "appointment", ["start_at"])

    op.create_table(
        "appointment_participant",
        sa.Column("appointment_id", BIG_ID, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
            name=op.f("fk_appointment_participant_appointment_id_appointment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_appointment_participant_user_id_app_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("appointment_id", "user_id", name=op.f("pk_appointment_participant")),
    )
    op.create_index("ix_appointment_participant_user_id", "appointment_participant", ["user_id"])

    op.create_table(
        "reminder_ack",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("user_id", BIG_ID, nullable=False),
        sa.Column("item_type", sa.String(length=20), nullable=False),
        sa.Column("item_id", BIG_ID, nullable=False),
        sa.Column("due_at", UTC, nullable=False),
        sa.Column("snoozed_until", UTC, nullable=True),
        sa.Column("acked_at", UTC, server_default=NOW, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_reminder_ack_user_id_app_user"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_ack")),
        sa.UniqueConstraint(
            "user_id",
            "item_type",
            "item_id",
            "due_at",
            name=op.f("uq_reminder_ack_user_id_item_type_item_id_due_at"),
        ),
    )


def downgrade() -> None:
    op.drop_table("reminder_ack")
    op.drop_index("ix_appointment_participant_user_id", table_name="appointment_participant")
    op.drop_table("appointment_participant")
    op.drop_index("ix_appointment_start_at", table_name="appointment")
    op.drop_index("ix_appointment_contact_id_start_at", table_name="appointment")
    op.drop_table("appointment")
    op.drop_index("ix_task_status_due_at", table_name="task")
    op.drop_index("ix_task_link", table_name="task")
    op.drop_index("ix_task_created_by_id_id", table_name="task")
    op.drop_index("ix_task_contact_id", table_name="task")
    op.drop_table("task")
