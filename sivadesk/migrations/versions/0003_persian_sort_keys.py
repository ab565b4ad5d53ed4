"""Contact sort keys in Persian alphabetical order

``contact.sort_key`` was the normalised name, compared byte by byte, which sorts the letters
Persian added to the Arabic alphabet (پ چ ژ گ) after all the others. Keys are now built by
``textnorm.sort_key``; this recomputes them for names written in Arabic script (other names'
keys do not change).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from sivadesk.textnorm import sort_key

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

BATCH = 5000


def _arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def upgrade() -> None:
    conn = op.get_bind()
    contact = sa.table(
        "contact", sa.column("id", sa.Integer), sa.column("display_name"), sa.column("sort_key")
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(contact.c.id, contact.c.display_name, contact.c.sort_key)
            .where(contact.c.id > last)
            .order_by(contact.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        last = rows[-1][0]
        changed = [
            {"cid": cid, "key": sort_key(name)}
            for cid, name, old in rows
            if _arabic_script(name or "") and sort_key(name) != old
        ]
        if changed:
            conn.execute(
                contact.update()
                .where(contact.c.id == sa.bindparam("cid"))
                .values(sort_key=sa.bindparam("key")),
                changed,
            )


def downgrade() -> None:
    pass  # the old keys sorted Persian wrongly; keeping the new ones is harmless
