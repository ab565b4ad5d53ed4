"""``sivadesk`` and ``python -m sivadesk``: the command line, or the desktop app.

This is the one place that bridges the Qt-free CLI and the GUI: :func:`sivadesk.cli.main` answers
with an exit code or a :class:`~sivadesk.cli.LaunchGui` request, and only then is the GUI imported.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def plain_gui_request(argv: Sequence[str]) -> tuple[bool, str | None]:
    """``sivadesk`` or ``sivadesk --db URL``: just the app. Opening it this way skips loading the
    command line's modules (the database layer and every service), which would delay the window."""
    args = list(argv)
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--db" and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > 5:
        return True, args[0][5:]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    from sivadesk import logs

    sys.excepthook = logs.log_uncaught
    gui_only, db_url = plain_gui_request(sys.argv[1:] if argv is None else argv)
    if gui_only:
        from sivadesk.app import run_gui

        return run_gui(db_url)
    from sivadesk import cli

    result = cli.main(argv)
    if isinstance(result, cli.LaunchGui):
        from sivadesk.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(result.db_url, demo_login=result.demo_login)
    return result


if __name__ == "__main__":
    sys.exit(main())
