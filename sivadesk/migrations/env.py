"""Alembic environment: always called in-process with a connection from :mod:`sivadesk.migrate`."""

from __future__ import annotations

from alembic import context

from sivadesk.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by a bare `alembic` command line
    raise SystemExit("run migrations with `sivadesk db upgrade --db URL`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
