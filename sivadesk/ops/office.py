"""Office-wide settings stored in the database, so every desktop of the office agrees on them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import phonenumbers
from sqlalchemy.orm import Session

from sivadesk.errors import QT_TRANSLATE_NOOP, ValidationError
from sivadesk.models import OfficeSetting
from sivadesk.ops.context import Actor
from sivadesk.ops.records import audit, emit

DEFAULTS: dict[str, Any] = {
    "office_name": "",
    "phone_region": "FR",
    "suffix_lengths": [10, 9, 8, 7],
    "demo": False,
    "fax_policy": {},  # overrides of sivadesk.ops.fax.FaxPolicy (retry delays, limits)
    # Codes of the registers that number sent and received faxes ("" = faxes are not registered).
    "fax_out_register": "",
    "fax_in_register": "",
}


@dataclass(frozen=True, slots=True)
class OfficeSettings:
    office_name: str
    phone_region: str
    suffix_lengths: tuple[int, ...]
    demo: bool


def get(session: Session, key: str) -> Any:
    row = session.get(OfficeSetting, key)
    return row.value.get("v", DEFAULTS[key]) if row is not None else DEFAULTS[key]


def load(session: Session) -> OfficeSettings:
    return OfficeSettings(
        office_name=str(get(session, "office_name")),
        phone_region=str(get(session, "phone_region")),
        suffix_lengths=tuple(int(n) for n in get(session, "suffix_lengths")),
        demo=bool(get(session, "demo")),
    )


def set_value(session: Session, actor: Actor, key: str, value: Any) -> None:
    actor.require("office.settings")
    if key not in DEFAULTS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown office setting {key}."), key=key)
    if key in ("office_name", "demo") and type(value) is not type(DEFAULTS[key]):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Bad value {value} for office setting {key}."),
            field=key,
            key=key,
            value=value,
        )
    if key == "phone_region" and (
        not isinstance(value, str) or value.upper() not in phonenumbers.SUPPORTED_REGIONS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a country code such as FR or IR."),
            field="phone_region",
            value=value,
        )
    if key == "phone_region":
        value = value.upper()
    if key == "suffix_lengths" and (
        not isinstance(value, list) or not all(isinstance(n, int) and 6 <= n <= 15 for n in value)
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Digit counts must be between 6 and 15."))
    old = get(session, key)
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value={"v": value}))
    else:
        row.value = {"v": value}
    audit(session, actor, "update", "office_setting", None, key, {key: [old, value]})
    emit(session, "office.settings", "office_setting", None, {"key": key}, actor)
