"""Letters: recipients, links, categories, schedule, reminders, approval, archive fields

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql, sqlite

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = (
    sa.JSON()
    .with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
    .with_variant(sqlite.JSON(), "sqlite")
)
TS = sa.DateTime(timezone=True)

# (name, type, server default for the rows already there, or None for a nullable column)
_LETTER_COLUMNS: list[tuple[str, sa.types.TypeEngine[Any], str | None]] = [
    ("category", sa.String(length=40), "''"),
    ("kind", sa.String(length=40), "''"),
    ("sender_department_id", BIG_ID, None),
    ("scheduled_send_at", TS, None),
    ("reminder_at", TS, None),
    ("reminder_note", sa.Text(), "''"),
    ("reminder_user_id", BIG_ID, None),
    ("reminder_dismissed_at", TS, None),
    ("approved_at", TS, None),
    ("approved_by_id", BIG_ID, None),
    ("archived_at", TS, None),
    ("archive_sha256", sa.String(length=64), "''"),
    ("retention_class", sa.String(length=40), "''"),
]

_LETTER_FKS = [
    ("sender_department_id", "department"),
    ("reminder_user_id", "app_user"),
    ("approved_by_id", "app_user"),
]


def upgrade() -> None:
    with op.batch_alter_table("register") as batch:
        batch.add_column(
            sa.Column("group_mode", sa.String(length=20), nullable=False, server_default="per_recipient")
        )
        batch.add_column(
            sa.Column("default_classification", sa.String(length=20), nullable=False, server_default="normal")
        )
        batch.add_column(sa.Column("print_settings", JSON, nullable=False, server_default=sa.text("'{}'")))

    with op.batch_alter_table("letter") as batch:
        for name, type_, default in _LETTER_COLUMNS:
            batch.add_column(
                sa.Column(
                    name,
                    type_,
                    nullable=default is None,
                    server_default=sa.text(default) if default is not None else None,
                )
            )
        for column, table in _LETTER_FKS:
            batch.create_foreign_key(
                op.f(f"fk_letter_{column}_{table}"), table, [column], ["id"], ondelete="SET NULL"
            )
        batch.create_index(op.f("ix_letter_category"), ["category"], unique=False)
        batch.create_index(op.f("ix_letter_scheduled_send_at"), ["scheduled_send_at"], unique=False)
        batch.create_index(op.f("ix_letter_reminder_at"), ["reminder_at"], unique=False)

    op.create_table(
        "letter_recipient",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("letter_id", BIG_ID, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("contact_id", BIG_ID, nullable=True),
        sa.Column("user_id", BIG_ID, nullable=True),
        sa.Column("department_id", BIG_ID, nullable=True),
        sa.Column("tag_id", BIG_ID, nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("copy", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_recipient_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_letter_recipient_contact_id_contact"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
            name=op.f("fk_letter_recipient_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_letter_recipient_department_id_department"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_letter_recipient_tag_id_tag"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_recipient")),
    )
    op.create_index(op.f("ix_letter_recipient_letter_id"), "letter_recipient", ["letter_id"], unique=False)
    op.create_index(op.f("ix_letter_recipient_contact_id"), "letter_recipient", ["contact_id"], unique=False)
    op.create_index(op.f("ix_letter_recipient_user_id"), "letter_recipient", ["user_id"], unique=False)

    op.create_table(
        "letter_link",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("from_letter_id", BIG_ID, nullable=False),
        sa.Column("to_letter_id", BIG_ID, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_by_id", BIG_ID, nullable=True),
        sa.Column("created_at", TS, server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_link_from_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_letter_id"],
            ["letter.id"],
            name=op.f("fk_letter_link_to_letter_id_letter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["app_user.id"],
            name=op.f("fk_letter_link_created_by_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_link")),
        sa.UniqueConstraint(
            "from_letter_id",
            "to_letter_id",
            "kind",
            name=op.f("uq_letter_link_from_letter_id_to_letter_id_kind"),
        ),
    )
    op.create_index(op.f("ix_letter_link_to_letter_id"), "letter_link", ["to_letter_id"], unique=False)

    op.create_table(
        "letter_tag",
        sa.Column("letter_id", BIG_ID, nullable=False),
        sa.Column("name_norm", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_letter_tag_letter_id_letter"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("letter_id", "name_norm", name=op.f("pk_letter_tag")),
    )
    op.create_index("ix_letter_tag_name_norm", "letter_tag", ["name_norm"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_letter_tag_name_norm", table_name="letter_tag")
    op.drop_table("letter_tag")
    op.drop_index(op.f("ix_letter_link_to_letter_id"), table_name="letter_link")
    op.drop_table("letter_link")
    op.drop_index(op.f("ix_letter_recipient_user_id"), table_name="letter_recipient")
    op.drop_index(op.f("ix_letter_recipient_contact_id"), table_name="letter_recipient")
    op.drop_index(op.f("ix_letter_recipient_letter_id"), table_name="letter_recipient")
    op.drop_table("letter_recipient")
    with op.batch_alter_table("letter") as batch:
        batch.drop_index(op.f("ix_letter_reminder_at"))
        batch.drop_index(op.f("ix_letter_scheduled_send_at"))
        batch.drop_index(op.f("ix_letter_category"))
        for column, table in reversed(_LETTER_FKS):
            batch.drop_constraint(op.f(f"fk_letter_{column}_{table}"), type_="foreignkey")
        for name, _type, _default in reversed(_LETTER_COLUMNS):
            batch.drop_column(name)
    with op.batch_alter_table("register") as batch:
        batch.drop_column("print_settings")
        batch.drop_column("default_classification")
        batch.drop_column("group_mode")
