"""``sivadesk callerid …``: listen on a port, decode captured bytes, simulate a unit."""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """Add the ``callerid`` command group to the main parser's subparsers."""
    p = sub.add_parser("callerid", help="caller ID: listen, decode, simulate")
    p.add_subparsers(dest="callerid_command", metavar="ACTION", required=True)
