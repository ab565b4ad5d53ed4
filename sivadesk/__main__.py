"""``sivadesk`` and ``python -m sivadesk``: the command line, or the desktop app.

This is the one place that bridges the Qt-free CLI and the GUI: :func:`sivadesk.cli.main` answers
with an exit code or a :class:`~sivadesk.cli.LaunchGui` request, and only then is the GUI imported.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from sivadesk import cli, logs

    sys.excepthook = logs.log_uncaught
    result = cli.main(argv)
    if isinstance(result, cli.LaunchGui):
        from sivadesk.app import run_gui  # Qt is loaded only when a window is wanted

        return run_gui(result.db_url, demo_login=result.demo_login)
    return result


if __name__ == "__main__":
    sys.exit(main())
