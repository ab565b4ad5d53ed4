"""Where the shipped resources (translations, icons) are.

In a checkout (and an editable install) that is ``resources/`` beside the package; an installed
wheel carries the same folder as the ``sivadesk.resources`` package (see setup.py).
"""

from __future__ import annotations

from pathlib import Path

_CHECKOUT = Path(__file__).resolve().parent.parent / "resources"


def _find() -> Path:
    if _CHECKOUT.is_dir():
        return _CHECKOUT
    import importlib.util

    spec = importlib.util.find_spec("sivadesk.resources")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    return _CHECKOUT


RESOURCES = _find()


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
