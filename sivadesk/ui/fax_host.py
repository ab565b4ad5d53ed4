"""Runs the fax modem service inside the desktop app, on the PC the modem is plugged into.

The service (:class:`sivadesk.fax.service.FaxService`) runs in its own thread with its own store
connection; everything it does reaches the screens through the change feed (fax.* topics), like a
headless ``sivadesk fax serve`` on another PC would.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from sivadesk.db import Database
from sivadesk.fax.modem import ModemSettings
from sivadesk.fax.service import FaxService
from sivadesk.ui.context import UiContext

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FaxModemConfig:
    port: str
    fax_class: str = "2.0"
    local_id: str = ""
    rings: int = 2

    @property
    def spec(self) -> str:
        return f"{self.port}|{self.fax_class}|{self.local_id}|{self.rings}"


def parse_config(spec: str) -> FaxModemConfig | None:
    """``port|class|local id|rings`` (only the port is required); None when empty or unreadable."""
    parts = [p.strip() for p in spec.split("|")]
    if not parts or not parts[0]:
        return None
    fax_class = parts[1] if len(parts) > 1 and parts[1] in ("1", "1.0", "2", "2.0") else "2.0"
    local_id = parts[2] if len(parts) > 2 else ""
    try:
        rings = int(parts[3]) if len(parts) > 3 and parts[3] else 2
    except ValueError:
        rings = 2
    return FaxModemConfig(parts[0], fax_class, local_id, max(0, rings))


class FaxHost(QObject):
    """Start/stop the modem service; ``state_changed`` tells the status bar ("running", "stopped")."""

    state_changed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service: FaxService | None = None
        self._thread: threading.Thread | None = None
        self._db: Database | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start_configured(self) -> bool:
        config = parse_config(str(self.ctx.settings.get("fax_modem")))
        if config is None:
            return False
        self.start(config)
        return True

    def start(self, config: FaxModemConfig) -> None:
        self.stop()
        self._db = Database(self.ctx.db.url)
        settings = ModemSettings(
            fax_class=config.fax_class, local_id=config.local_id, answer_rings=config.rings
        )
        self.service = FaxService(self._db, config.port, settings)
        service = self.service

        def run() -> None:
            try:
                service.serve()
            except Exception:  # the service must never take the app down
                log.exception("fax service on %s stopped", config.port)
            finally:
                self.state_changed.emit("stopped")

        self._thread = threading.Thread(target=run, name=f"fax-{config.port}", daemon=True)
        self._thread.start()
        self.state_changed.emit("running")

    def stop(self) -> None:
        if self.service is not None:
            self.service.stop()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None
        self.service = None
        if self._db is not None:
            self._db.dispose()
            self._db = None
