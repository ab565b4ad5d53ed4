"""Partial indexes over live contacts for the list's sort orders

The contact list pages with ORDER BY <column>, id LIMIT/OFFSET over contacts not deleted. With
plain indexes every row skipped by OFFSET (and every row counted) was checked against
``deleted_at`` in the table; a partial index ``WHERE deleted_at IS NULL`` answers both from the
index alone. Jumping to the middle of a 1,000,000-contact list went from seconds to milliseconds.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
NEW = {
    "ix_contact_live_sort_key": ["sort_key", "id"],
    "ix_contact_live_kind_sort_key": ["kind", "sort_key", "id"],
    "ix_contact_live_organization": ["organization", "id"],
    "ix_contact_live_city": ["city", "id"],
    "ix_contact_live_updated_at": ["updated_at", "id"],
}
OLD = {
    "ix_contact_sort_key_id": ["sort_key", "id"],
    "ix_contact_kind_sort_key": ["kind", "sort_key"],
    "ix_contact_organization": ["organization"],
    "ix_contact_city": ["city"],
    "ix_contact_updated_at": ["updated_at"],
}


def upgrade() -> None:
    for name, cols in NEW.items():
        op.create_index(name, "contact", cols, sqlite_where=LIVE, postgresql_where=LIVE)
    for name in OLD:
        op.drop_index(name, table_name="contact")


def downgrade() -> None:
    for name, cols in OLD.items():
        op.create_index(name, "contact", cols)
    for name in NEW:
        op.drop_index(name, table_name="contact")
