"""Desktop settings, declared once (name, type, default, description) and read through one accessor.

These live in a JSON file in the user's config directory: they belong to this desktop (which
database, which language). Office-wide settings (phone region...) live in the database
(:mod:`sivadesk.ops.office`).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sivadesk import paths
from sivadesk.errors import QT_TRANSLATE_NOOP

log = logging.getLogger("sivadesk.config")


@dataclass(frozen=True, slots=True)
class Option:
    name: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option(
            "db_url", str, "", QT_TRANSLATE_NOOP("settings", "Database URL (empty: this PC's own database)")
        ),
        Option(
            "language", str, "en", QT_TRANSLATE_NOOP("settings", "Interface language"), ("en", "fr", "fa")
        ),
        Option(
            "calendar", str, "gregorian", QT_TRANSLATE_NOOP("settings", "Calendar"), ("gregorian", "jalali")
        ),
        Option("last_user", str, "", QT_TRANSLATE_NOOP("settings", "Last user name at login")),
        Option("recent_db_urls", list, [], QT_TRANSLATE_NOOP("settings", "Databases opened before")),
        Option(
            "callerid_sources",
            list,
            [],
            QT_TRANSLATE_NOOP("settings", "Caller-ID units read by this computer (kind:port|format|line)"),
        ),
        Option(
            "fax_modem",
            str,
            "",
            QT_TRANSLATE_NOOP(
                "settings", "Fax modem on this computer (port|class|local id|rings; empty: none)"
            ),
        ),
    )
}


def _acceptable(opt: Option, value: Any) -> bool:
    if not isinstance(value, opt.type) or (opt.choices and value not in opt.choices):
        return False
    # List settings hold text (database URLs, caller-ID sources).
    return not isinstance(value, list) or all(isinstance(v, str) for v in value)


class Settings:
    """Typed access to the desktop settings file; unknown or mistyped values fall back to defaults."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.config_dir() / "settings.json"
        self._values: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", self.path, exc)
            data = {}
        if not isinstance(data, dict):
            log.warning("settings file %s does not hold a JSON object; using defaults", self.path)
            data = {}
        self._values = {}
        for key, value in data.items():
            opt = OPTIONS.get(key)
            if opt is None or not _acceptable(opt, value):
                log.warning("ignoring setting %r=%r", key, value)
                continue
            self._values[key] = value

    def get(self, name: str) -> Any:
        value = self._values.get(name, OPTIONS[name].default)
        # Hand out copies of lists so that a caller's edit cannot change the default or the
        # stored value behind set()'s checks.
        return list(value) if isinstance(value, list) else value

    def set(self, name: str, value: Any) -> None:
        opt = OPTIONS[name]
        if not _acceptable(opt, value):
            raise ValueError(f"bad value for setting {name}: {value!r}")
        self._values[name] = list(value) if isinstance(value, list) else value

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._values, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)

    def db_url(self, override: str | None = None) -> str:
        """The database to open: ``--db`` or ``SIVADESK_DB`` first, then the setting, then the default."""
        return override or os.environ.get("SIVADESK_DB") or self.get("db_url") or paths.default_db_url()

    def remember_db(self, url: str) -> None:
        recent = [u for u in self.get("recent_db_urls") if u != url]
        self.set("recent_db_urls", [url, *recent][:8])
