"""Where SivaDesk keeps its files (per-user, per-platform, overridable for tests)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "SivaDesk"


def _base(env: str, default: str) -> Path:
    override = os.environ.get("SIVADESK_HOME")
    path = Path(override) / env if override else Path(default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    return _base("data", platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    return _base("config", platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    return _base("logs", platformdirs.user_log_dir(APP, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "sivadesk.sqlite3"


def default_db_url() -> str:
    return f"sqlite:///{default_db_path()}"
