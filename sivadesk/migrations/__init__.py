"""Alembic migrations shipped inside the package and run in-process (see :mod:`sivadesk.migrate`).

``HEAD`` must name the newest revision in ``versions/``; a unit test checks it, and start-up uses it
to decide without loading Alembic whether an upgrade is needed at all.
"""

HEAD = "0011"
