"""The wheel must carry every package folder and the resources (pyproject lists them by hand)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _listed() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(data["tool"]["setuptools"]["packages"])


def test_every_package_folder_is_listed() -> None:
    found = {
        ".".join(p.relative_to(ROOT).parts)
        for p in (ROOT / "sivadesk").rglob("*")
        if p.is_dir() and p.name != "__pycache__" and any(p.glob("*.py"))
    }
    found.add("sivadesk")
    missing = found - _listed()
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"


def test_resources_are_mapped_into_the_package() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["tool"]["setuptools"]["package-dir"]["sivadesk.resources"] == "resources"
    assert (ROOT / "resources" / "icons" / "sivadesk.svg").is_file()


def test_plain_start_goes_straight_to_the_app() -> None:
    from sivadesk.__main__ import plain_gui_request

    assert plain_gui_request([]) == (True, None)
    assert plain_gui_request(["--db", "postgresql://u@h/office"]) == (True, "postgresql://u@h/office")
    assert plain_gui_request(["--db=/tmp/x.sqlite3"]) == (True, "/tmp/x.sqlite3")
    for argv in (
        ["demo"],
        ["--version"],
        ["--db"],
        ["--db", "--version"],
        ["db", "info"],
        ["--db", "x", "demo"],
    ):
        assert plain_gui_request(argv) == (False, None), argv
