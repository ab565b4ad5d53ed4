"""Logging: named loggers per area (``sivadesk.db``, ``sivadesk.feed``...) into a rotating file in
the user's log directory, plus stderr for the command line."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from sivadesk import paths

FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


def setup(level: str | int | None = None, to_stderr: bool = False, log_file: Path | None = None) -> Path:
    """Configure the root ``sivadesk`` logger once; returns the log file's path."""
    level = level or os.environ.get("SIVADESK_LOG_LEVEL", "INFO")
    path = log_file or paths.log_dir() / "sivadesk.log"
    root = logging.getLogger("sivadesk")
    root.setLevel(level)
    if not any(getattr(h, "_sivadesk", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(FORMAT))
        handler._sivadesk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        if to_stderr:
            err = logging.StreamHandler(sys.stderr)
            err.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
            err._sivadesk = True  # type: ignore[attr-defined]
            root.addHandler(err)
    return path


def log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
    """``sys.excepthook`` for the command line: log the traceback, then print it as usual."""
    logging.getLogger("sivadesk").critical("uncaught exception", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
    sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
