"""Office-wide settings stored in the database."""

from __future__ import annotations

import pytest

from sivadesk.db import Database
from sivadesk.errors import PermissionDenied, ValidationError
from sivadesk.models import Role
from sivadesk.ops import office, records
from sivadesk.ops.context import Actor


def test_defaults(db: Database) -> None:
    with db.read_session() as s:
        assert office.load(s) == office.OfficeSettings("", "FR", (10, 9, 8, 7), False)


def test_set_and_load(db: Database, admin: Actor) -> None:
    with db.session() as s:
        office.set_value(s, admin, "office_name", "Cabinet Siva")
        office.set_value(s, admin, "phone_region", "ir")
        office.set_value(s, admin, "suffix_lengths", [9, 7])
        office.set_value(s, admin, "demo", True)
    with db.read_session() as s:
        assert office.load(s) == office.OfficeSettings("Cabinet Siva", "IR", (9, 7), True)
        trail = records.audit_trail(s, admin, "office_setting")
        events = records.events_after(s, 0)
    assert [e.summary for e in trail] == ["demo", "suffix_lengths", "phone_region", "office_name"]
    assert trail[2].changes == {"phone_region": ["FR", "IR"]}
    assert [e.payload["key"] for e in events if e.topic == "office.settings"] == [
        "office_name",
        "phone_region",
        "suffix_lengths",
        "demo",
    ]
    with db.session() as s:  # a second change updates the same row
        office.set_value(s, admin, "phone_region", "FR")
        assert office.get(s, "phone_region") == "FR"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("phone_region", "XX"),
        ("phone_region", "France"),
        ("phone_region", 33),
        ("suffix_lengths", [5]),
        ("suffix_lengths", [16]),
        ("suffix_lengths", "10"),
        ("suffix_lengths", [9.5]),
        ("office_name", 42),
        ("demo", "yes"),
        ("colour", "blue"),
    ],
)
def test_bad_values_refused(db: Database, key: str, value: object) -> None:
    with pytest.raises(ValidationError), db.session() as s:
        office.set_value(s, Actor.system(), key, value)
    with db.read_session() as s:
        assert office.load(s) == office.OfficeSettings("", "FR", (10, 9, 8, 7), False)


@pytest.mark.parametrize("role", [Role.MANAGER, Role.AGENT, Role.RECEPTIONIST])
def test_only_admin_changes_office_settings(db: Database, role: Role) -> None:
    with pytest.raises(PermissionDenied), db.session() as s:
        office.set_value(s, Actor(None, role.value, role), "office_name", "Mine now")
    with db.read_session() as s:
        assert office.load(s).office_name == ""
