"""Shared by every UI test: nothing touches the real user's folders or database.

``SIVADESK_HOME`` points the settings, data and log folders (:mod:`sivadesk.paths`) into the
test's temporary directory, and a ``SIVADESK_DB`` from the developer's shell is ignored.
"""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "sivadesk-home"
    monkeypatch.setenv("SIVADESK_HOME", str(home))
    monkeypatch.delenv("SIVADESK_DB", raising=False)
    monkeypatch.delenv("SIVADESK_STARTUP_PROBE", raising=False)
    return home
