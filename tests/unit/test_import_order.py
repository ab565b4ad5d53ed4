"""Every core module imports on its own, in a fresh interpreter: no import cycle that only works
when some other module happened to be imported first."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import sivadesk.letters
import sivadesk.ops

MODULES = sorted(
    f"{pkg.__name__}.{m.name}"
    for pkg in (sivadesk.ops, sivadesk.letters)
    for m in pkgutil.iter_modules(pkg.__path__)
)


def _import(module: str) -> tuple[str, int, str]:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120
    )
    return module, done.returncode, done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""


def test_each_core_module_imports_first() -> None:
    assert len(MODULES) > 20
    with ThreadPoolExecutor(max_workers=4) as pool:
        failed = [(m, err) for m, rc, err in pool.map(_import, MODULES) if rc != 0]
    assert failed == []
