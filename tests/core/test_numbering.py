"""Letter register numbering on SQLite and PostgreSQL: templates, calendars, resets, scopes,
rollbacks and concurrent registrations."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from sivadesk.db import Database
from sivadesk.errors import PermissionDenied, ValidationError
from sivadesk.letters.numbering import Token, next_number, parse_template, preview_next
from sivadesk.models import AuditLog, Event, RegisterCounter, Role
from sivadesk.ops import registers
from sivadesk.ops.context import Actor

# -- templates ---------------------------------------------------------------------------------


def test_template_parts_and_format() -> None:
    t = parse_template("OUT-{year}/{month:02}-{seq:05}")
    assert t.parts == ("OUT-", Token("year"), "/", Token("month", 2), "-", Token("seq", 5))
    assert t.format(42, 2025, 3, 9) == "OUT-2025/03-00042"
    assert parse_template("{yy}{seq}").format(7, 2025, 1, 1) == "257"
    assert parse_template("{yy}-{seq}").format(7, 1405, 1, 1) == "05-7"
    assert parse_template("{{{seq}}}").format(3, 2025, 1, 1) == "{3}"


def test_persian_template() -> None:
    t = parse_template("{seq}/ق/{dept}/{year}")
    assert t.format(14505, 1404, 1, 1, "FIN") == "14505/ق/FIN/1404"
    t = parse_template("{seq:04}/{cat}/{type}-{yy}")
    assert t.format(9, 1402, 5, 5, cat="م", type="ب") == "0009/م/ب-02"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{seq}/{foo}", "Unknown token {foo}"),
        ("{seq}/{Year}", "Unknown token {Year}"),
        ("{seq:5}", "padding"),
        ("{seq:x}", "padding"),
        ("{seq}-{dept:03}", "padding"),
        ("{seq", "never closed"),
        ("{seq}}", "never opened"),
        ("LETTER-{year}", "exactly once"),
        ("{seq}-{seq}", "exactly once"),
    ],
)
def test_bad_templates_rejected(source: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("{", r"\{")) as info:
        parse_template(source)
    assert info.value.field == "format"


# -- registers -----------------------------------------------------------------------------------


def _register(db: Database, admin: Actor, code: str = "OUT", **kw: object) -> int:
    args: dict[str, object] = {"direction": "outbound", "format": "{seq}/{year}"} | kw
    with db.session() as s:
        return registers.create_register(s, admin, f"Register {code}", code, **args).id  # type: ignore[arg-type]


def test_create_validates_and_audits(db: Database, admin: Actor) -> None:
    rid = _register(db, admin, "in", direction="inbound", format="{seq}/ق/{year}", calendar="jalali")
    with db.session() as s:
        info = registers.get_register(s, rid)
        assert (info.code, info.direction, info.calendar, info.reset, info.scope) == (
            "IN",
            "inbound",
            "jalali",
            "yearly",
            "global",
        )
        assert s.scalar(select(AuditLog.action).where(AuditLog.entity == "register")) == "create"
        assert (
            s.scalar(select(Event.topic).where(Event.entity == "register", Event.entity_id == rid))
            == "register.changed"
        )
    with db.session() as s, pytest.raises(ValidationError, match="Unknown token"):
        registers.create_register(s, admin, "Bad", "BAD", "outbound", "{seq}/{yyyy}")
    with db.session() as s, pytest.raises(ValidationError, match=r"\{year\} or \{yy\}"):
        registers.create_register(s, admin, "Bad", "BAD", "outbound", "{seq}")  # yearly without a year
    with db.session() as s, pytest.raises(ValidationError, match=r"\{dept\}"):
        registers.create_register(s, admin, "Bad", "BAD", "outbound", "{seq}/{year}", scope="department")
    with db.session() as s, pytest.raises(ValidationError, match="taken"):
        registers.create_register(s, admin, "Again", "in", "inbound", "{seq}/{year}")
    with db.session() as s, pytest.raises(ValidationError, match="not a valid direction"):
        registers.create_register(s, admin, "Bad", "BAD", "sideways", "{seq}/{year}")
    with db.session() as s:
        assert [r.code for r in registers.list_registers(s)] == ["IN"]


def test_only_admin_manages_registers(db: Database, admin: Actor) -> None:
    manager = Actor(admin.user_id, "boss", Role.MANAGER)
    with db.session() as s, pytest.raises(PermissionDenied):
        registers.create_register(s, manager, "Out", "OUT", "outbound", "{seq}/{year}")
    rid = _register(db, admin)
    with db.session() as s, pytest.raises(PermissionDenied):
        registers.update_register(s, manager, rid, name="x")


def test_update_rules_frozen_once_numbered(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    with db.session() as s:
        registers.update_register(s, admin, rid, calendar="jalali", format="OUT-{seq:04}/{yy}")
    with db.session() as s:
        assert next_number(s, admin, rid, dt.date(2025, 6, 1)) == (1, "OUT-0001/04")
    with db.session() as s, pytest.raises(ValidationError, match="already given numbers"):
        registers.update_register(s, admin, rid, reset="never")
    with db.session() as s:
        info = registers.update_register(s, admin, rid, format="O-{seq}/{year}", active=False)
        assert (info.format, info.active) == ("O-{seq}/{year}", False)
        changes = s.scalars(select(AuditLog.changes).where(AuditLog.action == "update")).all()
        assert changes[-1] == {"format": ["OUT-{seq:04}/{yy}", "O-{seq}/{year}"], "active": [True, False]}
    with db.session() as s, pytest.raises(ValidationError, match="closed"):
        next_number(s, admin, rid, dt.date(2025, 6, 1))


# -- numbering -----------------------------------------------------------------------------------


def test_jalali_year_resets_at_nowruz(db: Database, admin: Actor) -> None:
    rid = _register(db, admin, format="{seq}/ق/{year}/{month:02}", calendar="jalali")
    eve, nowruz = dt.date(2025, 3, 20), dt.date(2025, 3, 21)
    with db.session() as s:
        assert next_number(s, admin, rid, eve) == (1, "1/ق/1403/12")
        assert next_number(s, admin, rid, eve) == (2, "2/ق/1403/12")
        assert preview_next(s, rid, nowruz) == "1/ق/1404/01"
        assert next_number(s, admin, rid, dt.datetime(2025, 3, 21, 8, 30, tzinfo=dt.UTC)) == (
            1,
            "1/ق/1404/01",
        )
        assert next_number(s, admin, rid, eve) == (3, "3/ق/1403/12")  # a late entry in the old year
        periods = dict(s.execute(select(RegisterCounter.period, RegisterCounter.last)).all())
    assert periods == {"1403": 3, "1404": 1}


def test_gregorian_year_resets_on_january_first(db: Database, admin: Actor) -> None:
    rid = _register(db, admin, format="A-{year}-{seq:03}")
    with db.session() as s:
        assert next_number(s, admin, rid, dt.date(2024, 12, 31))[1] == "A-2024-001"
        assert next_number(s, admin, rid, dt.date(2024, 12, 31))[1] == "A-2024-002"
        # Nowruz means nothing to a Gregorian register
        assert next_number(s, admin, rid, dt.date(2025, 3, 21))[1] == "A-2025-001"
        assert next_number(s, admin, rid, dt.date(2025, 3, 20))[1] == "A-2025-002"


def test_never_reset(db: Database, admin: Actor) -> None:
    rid = _register(db, admin, format="{seq}", reset="never", calendar="jalali")
    with db.session() as s:
        got = [next_number(s, admin, rid, d)[0] for d in (dt.date(2024, 1, 1), dt.date(2025, 3, 21))]
        assert got == [1, 2]
        assert s.scalars(select(RegisterCounter.period)).all() == [""]


def test_per_department_counters(db: Database, admin: Actor) -> None:
    rid = _register(db, admin, format="{seq}/{dept}/{cat}/{year}", scope="department")
    day = dt.date(2025, 5, 5)
    with db.session() as s:
        assert next_number(s, admin, rid, day, "FIN", "م") == (1, "1/FIN/م/2025")
        assert next_number(s, admin, rid, day, "FIN", "م") == (2, "2/FIN/م/2025")
        assert next_number(s, admin, rid, day, "HR", "م") == (1, "1/HR/م/2025")
        assert preview_next(s, rid, day, "HR") == "2/HR/{cat}/2025"
        assert preview_next(s, rid, day, "LAW", "م") == "1/LAW/م/2025"
        with pytest.raises(ValidationError, match="choose a department"):
            next_number(s, admin, rid, day, None, "م")
        with pytest.raises(ValidationError, match="category"):
            next_number(s, admin, rid, day, "FIN")


def test_preview_does_not_reserve(db: Database, admin: Actor) -> None:
    rid = _register(db, admin, format="{seq:05}/{year}")
    when = dt.date(2025, 1, 10)
    with db.read_session() as s:
        assert preview_next(s, rid, when) == "00001/2025"
        assert preview_next(s, rid, when) == "00001/2025"
    with db.session() as s:
        assert next_number(s, admin, rid, when) == (1, "00001/2025")
    with db.read_session() as s:
        assert preview_next(s, rid, when) == "00002/2025"
        assert preview_next(s, rid, when) == "00002/2025"
    with db.session() as s:
        assert next_number(s, admin, rid, when)[0] == 2


class _Abort(Exception):
    pass


def test_rollback_gives_the_number_back(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    when = dt.date(2025, 2, 2)
    with db.session() as s:
        assert next_number(s, admin, rid, when)[0] == 1
    with pytest.raises(_Abort), db.session() as s:
        assert next_number(s, admin, rid, when)[0] == 2
        raise _Abort  # the letter insert failed
    with pytest.raises(_Abort), db.session() as s:  # a first number of a new period, rolled back too
        assert next_number(s, admin, rid, dt.date(2026, 1, 1))[0] == 1
        raise _Abort
    with db.session() as s:
        assert next_number(s, admin, rid, when) == (2, "2/2025")
        assert next_number(s, admin, rid, dt.date(2026, 1, 1)) == (1, "1/2026")


def test_concurrent_numbering_is_gapless(db: Database, admin: Actor) -> None:
    rid = _register(db, admin)
    when = dt.date(2025, 7, 1)
    threads_n, each = 8, 25
    barrier = threading.Barrier(threads_n)
    got: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work() -> None:
        try:
            barrier.wait(10)
            for _ in range(each):
                with db.session() as s:
                    seq, text = next_number(s, admin, rid, when)
                    assert text == f"{seq}/2025"
                with lock:
                    got.append(seq)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(threads_n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert sorted(got) == list(range(1, threads_n * each + 1))
    with db.read_session() as s:
        assert s.scalar(select(RegisterCounter.last)) == threads_n * each
