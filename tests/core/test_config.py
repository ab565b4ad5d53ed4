"""Desktop settings: declared defaults, tolerant loading, strict setting, round trip, overrides."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from sivadesk import paths
from sivadesk.config import OPTIONS, Settings


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIVADESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SIVADESK_DB", raising=False)
    return tmp_path / "home"


def test_defaults_without_file(home: Path) -> None:
    s = Settings()
    assert s.path == home / "config" / "settings.json"
    for name, opt in OPTIONS.items():
        assert s.get(name) == opt.default
    assert s.get("language") == "en"
    assert s.get("calendar") == "gregorian"
    assert s.db_url() == f"sqlite:///{home / 'data' / 'sivadesk.sqlite3'}"
    assert paths.default_db_path().parent.is_dir()


def test_save_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "settings.json"
    s = Settings(path)
    s.set("language", "fa")
    s.set("calendar", "jalali")
    s.set("db_url", "postgresql://office-server/sivadesk")
    s.set("last_user", "مریم")
    s.remember_db("postgresql://a/x")
    s.remember_db("sqlite:///b.sqlite3")
    s.remember_db("postgresql://a/x")  # moves to the front, not duplicated
    s.save()
    assert not path.with_suffix(".tmp").exists()
    again = Settings(path)
    assert again.get("language") == "fa"
    assert again.get("calendar") == "jalali"
    assert again.get("last_user") == "مریم"
    assert again.get("recent_db_urls") == ["postgresql://a/x", "sqlite:///b.sqlite3"]
    assert again.db_url() == "postgresql://office-server/sivadesk"
    assert "مریم" in path.read_text(encoding="utf-8")  # readable UTF-8, not \\u escapes


def test_recent_list_is_capped(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.json")
    for i in range(12):
        s.remember_db(f"sqlite:///{i}.sqlite3")
    recent = s.get("recent_db_urls")
    assert len(recent) == 8
    assert recent[0] == "sqlite:///11.sqlite3"


def test_lists_handed_out_are_copies(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.json")
    s.get("recent_db_urls").append("sqlite:///sneaky")
    assert s.get("recent_db_urls") == []
    assert OPTIONS["recent_db_urls"].default == []


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("language", "de"),
        ("language", 3),
        ("calendar", "lunar"),
        ("db_url", None),
        ("recent_db_urls", "sqlite:///x"),
        ("recent_db_urls", [1, 2]),
    ],
)
def test_bad_value_refused(tmp_path: Path, name: str, value: object) -> None:
    s = Settings(tmp_path / "s.json")
    before = s.get(name)
    with pytest.raises(ValueError, match=name):
        s.set(name, value)
    assert s.get(name) == before


def test_unknown_setting_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        Settings(tmp_path / "s.json").set("colour", "red")


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'"just a string"', b"null"],
)
def test_bad_file_falls_back_and_logs(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="sivadesk.config"):
        s = Settings(path)
    assert s.get("language") == "en"
    assert any(str(path) in r.getMessage() for r in caplog.records), caplog.text


def test_bad_values_in_file_are_ignored_one_by_one(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"language": "fr", "calendar": "lunar", "colour": "red", "recent_db_urls": [3]}),
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="sivadesk.config"):
        s = Settings(path)
    assert s.get("language") == "fr"  # the good value survives its bad neighbours
    assert s.get("calendar") == "gregorian"
    assert s.get("recent_db_urls") == []
    logged = caplog.text
    assert "calendar" in logged and "colour" in logged and "recent_db_urls" in logged


def test_db_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIVADESK_DB", raising=False)
    s = Settings(tmp_path / "s.json")
    s.set("db_url", "postgresql://from-settings/db")
    assert s.db_url() == "postgresql://from-settings/db"
    monkeypatch.setenv("SIVADESK_DB", "postgresql://from-env/db")
    assert s.db_url() == "postgresql://from-env/db"
    assert s.db_url("sqlite:///from-cli.sqlite3") == "sqlite:///from-cli.sqlite3"
