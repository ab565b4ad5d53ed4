"""``sivadesk letters …``: register, render and search letters from scripts."""

from __future__ import annotations

import argparse
from typing import Any


def add_commands(sub: Any, db_opt: argparse.ArgumentParser) -> None:
    """Add the ``letters`` command group to the main parser's subparsers."""
    p = sub.add_parser("letters", help="letters: register, render, search")
    p.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
