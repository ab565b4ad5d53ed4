"""Users, log-in and roles, through the real service functions on both backends."""

from __future__ import annotations

import datetime as dt
import threading

import numpy as np
import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sivadesk.db import Database
from sivadesk.errors import AuthenticationFailed, NotFound, PermissionDenied, SivaError, ValidationError
from sivadesk.fax.modem import CallResult, Cause
from sivadesk.fax.modem import Session as FaxSession
from sivadesk.fax.t4 import PAGE_WIDTH, encode_page
from sivadesk.models import AuditLog, Role, User
from sivadesk.ops import (
    activity,
    appointments,
    attachments,
    call_reports,
    contact_search,
    contacts,
    fax,
    letter_workflow,
    letters,
    office,
    records,
    referrals,
    registers,
    task_reports,
    tasks,
    users,
)
from sivadesk.ops import calls as call_ops
from sivadesk.ops.context import PERMISSIONS, Actor
from sivadesk.ops.referrals import Target

PASSWORD = "correct horse"


def _user_row(db: Database, username: str) -> User:
    """The stored row, detached with every column loaded."""
    with Session(db.engine) as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        s.expunge(user)
        return user


def _make(db: Database, admin: Actor, username: str, role: Role, password: str = PASSWORD) -> Actor:
    with db.session() as s:
        users.create_user(s, admin, username, username.title(), password, role)
    with db.session() as s:
        return users.authenticate(s, username, password)


# -- first run -----------------------------------------------------------------------------------
def test_first_admin_only_once(db: Database) -> None:
    with db.read_session() as s:
        assert not users.has_users(s)
    with db.session() as s:
        actor = users.create_first_admin(s, "  Maryam ", "Maryam Ahmadi", PASSWORD)
    assert actor.role is Role.ADMIN and actor.username == "maryam" and actor.user_id
    with db.read_session() as s:
        assert users.has_users(s)
    with pytest.raises(ValidationError, match="already exists"), db.session() as s:
        users.create_first_admin(s, "other", "Other", PASSWORD)
    with db.read_session() as s:
        assert [u.username for u in users.list_users(s)] == ["maryam"]


def test_first_admin_race_creates_one(db: Database) -> None:
    """Two desktops on one fresh store press "create administrator" at the same moment."""
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def first_run(name: str) -> None:
        other = Database(db.url)
        try:
            barrier.wait(5)
            with other.session() as s:
                users.create_first_admin(s, name, name, PASSWORD)
            outcomes.append("created")
        except ValidationError:
            outcomes.append("refused")
        finally:
            other.dispose()

    threads = [threading.Thread(target=first_run, args=(n,)) for n in ("anne", "bijan")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == ["created", "refused"]
    with db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(User)) == 1


# -- passwords ------------------------------------------------------------------------------------
def test_passwords_are_argon2_hashes(db: Database, admin: Actor) -> None:
    row = _user_row(db, "admin")
    assert row.password_hash.startswith("$argon2id$")
    assert PASSWORD not in row.password_hash
    assert PasswordHasher().verify(row.password_hash, PASSWORD)
    _make(db, admin, "leila", Role.AGENT, "another secret")
    assert _user_row(db, "leila").password_hash != row.password_hash  # salted


def test_login(db: Database, admin: Actor) -> None:
    assert _user_row(db, "admin").last_login_at is None
    with db.session() as s:
        actor = users.authenticate(s, " ADMIN ", PASSWORD)
    assert actor == admin
    assert _user_row(db, "admin").last_login_at is not None


@pytest.mark.parametrize(
    ("username", "password"), [("admin", "wrong horse"), ("nobody", PASSWORD), ("admin", "")]
)
def test_login_refused(db: Database, admin: Actor, username: str, password: str) -> None:
    with pytest.raises(AuthenticationFailed), db.session() as s:
        users.authenticate(s, username, password)


def test_inactive_user_cannot_log_in(db: Database, admin: Actor) -> None:
    agent = _make(db, admin, "parisa", Role.AGENT)
    with db.session() as s:
        info = users.update_user(s, admin, agent.user_id or 0, active=False)
    assert not info.active
    with pytest.raises(AuthenticationFailed), db.session() as s:
        users.authenticate(s, "parisa", PASSWORD)
    with db.read_session() as s:
        assert "parisa" not in [u.username for u in users.list_users(s)]
        assert "parisa" in [u.username for u in users.list_users(s, include_inactive=True)]


def test_outdated_hash_is_upgraded_at_login(db: Database, admin: Actor) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with db.session() as s:
        row = s.scalar(select(User).where(User.username == "admin"))
        assert row is not None
        row.password_hash = weak
    with db.session() as s:
        users.authenticate(s, "admin", PASSWORD)
    new_hash = _user_row(db, "admin").password_hash
    assert new_hash != weak
    assert not PasswordHasher().check_needs_rehash(new_hash)
    with db.session() as s:
        users.authenticate(s, "admin", PASSWORD)


def test_change_own_password(db: Database, admin: Actor) -> None:
    agent = _make(db, admin, "sara", Role.AGENT)
    assert agent.user_id is not None
    with pytest.raises(AuthenticationFailed), db.session() as s:
        users.change_password(s, agent, agent.user_id, "not my password", "brand new secret")
    with pytest.raises(ValidationError, match="at least"), db.session() as s:
        users.change_password(s, agent, agent.user_id, PASSWORD, "short")
    with db.session() as s:
        users.change_password(s, agent, agent.user_id, PASSWORD, "brand new secret")
    with pytest.raises(AuthenticationFailed), db.session() as s:
        users.authenticate(s, "sara", PASSWORD)
    with db.session() as s:
        users.authenticate(s, "sara", "brand new secret")


def test_change_others_password(db: Database, admin: Actor) -> None:
    agent = _make(db, admin, "sara", Role.AGENT)
    manager = _make(db, admin, "omid", Role.MANAGER)
    assert agent.user_id is not None and admin.user_id is not None
    for who in (agent, manager):
        with pytest.raises(PermissionDenied), db.session() as s:
            users.change_password(s, who, admin.user_id, None, "taken over!!")
    # Without the old password even one's own is a reset, which only an admin may do.
    with pytest.raises(PermissionDenied), db.session() as s:
        users.change_password(s, agent, agent.user_id, None, "brand new secret")
    with db.session() as s:
        users.change_password(s, admin, agent.user_id, None, "reset by admin")
    with db.session() as s:
        users.authenticate(s, "sara", "reset by admin")
    with pytest.raises(NotFound), db.session() as s:
        users.change_password(s, admin, 999_999, None, "whatever123")
    with db.read_session() as s:
        trail = records.audit_trail(s, admin, "user", agent.user_id)
    assert [e.action for e in trail][:1] == ["password"]
    assert all("reset by admin" not in str(e.changes) for e in trail)


# -- managing users ---------------------------------------------------------------------------------
def test_create_user_validation(db: Database, admin: Actor) -> None:
    cases: list[tuple[dict[str, object], type[SivaError]]] = [
        ({"username": "two words"}, ValidationError),
        ({"username": ""}, ValidationError),
        ({"username": "x" * 81}, ValidationError),
        ({"username": "ADMIN"}, ValidationError),  # taken, whatever the case
        ({"password": "short"}, ValidationError),
        ({"role": "superuser"}, ValidationError),
        ({"department_id": 424242}, NotFound),
    ]
    for change, error in cases:
        args: dict[str, object] = {"username": "newbie", "full_name": "N", "password": PASSWORD} | change
        with pytest.raises(error), db.session() as s:
            users.create_user(s, admin, **args)  # type: ignore[arg-type]
    with db.read_session() as s:
        assert [u.username for u in users.list_users(s)] == ["admin"]


def test_departments_and_positions(db: Database, admin: Actor) -> None:
    with db.session() as s:
        sales = users.create_department(s, admin, "Ventes", " sal ")
        users.create_department(s, admin, "Accueil", "REC", parent_id=sales.id)
    assert sales.code == "SAL"
    with pytest.raises(ValidationError, match="taken"), db.session() as s:
        users.create_department(s, admin, "Autre", "sal")
    with pytest.raises(ValidationError), db.session() as s:
        users.create_department(s, admin, " ", "X")
    with db.session() as s:
        info = users.create_user(
            s,
            admin,
            "reza",
            "Reza Karimi",
            PASSWORD,
            "manager",
            "Directeur commercial",
            sales.id,
            "reza@x.ir",
        )
    assert (info.role, info.department_name, info.position_title) == (
        Role.MANAGER,
        "Ventes",
        "Directeur commercial",
    )
    with db.session() as s:
        actor = users.authenticate(s, "reza", PASSWORD)
    assert actor.department_id == sales.id and actor.full_name == "Reza Karimi"
    with db.read_session() as s:
        assert [d.code for d in users.list_departments(s)] == ["REC", "SAL"]
    with pytest.raises(NotFound), db.session() as s:
        users.update_user(s, admin, info.id, department_id=99999)


def test_admin_cannot_demote_or_disable_themselves(db: Database, admin: Actor) -> None:
    assert admin.user_id is not None
    for change in ({"role": Role.MANAGER}, {"active": False}):
        with pytest.raises(ValidationError, match="your own"), db.session() as s:
            users.update_user(s, admin, admin.user_id, **change)  # type: ignore[arg-type]
    assert _user_row(db, "admin").role == "admin" and _user_row(db, "admin").active
    # Another administrator may do it.
    other = _make(db, admin, "second", Role.ADMIN)
    with db.session() as s:
        users.update_user(s, other, admin.user_id, role="manager")
    assert _user_row(db, "admin").role == "manager"


def test_user_changes_are_audited(db: Database, admin: Actor) -> None:
    agent = _make(db, admin, "nima", Role.AGENT)
    assert agent.user_id is not None
    with db.session() as s:
        users.update_user(s, admin, agent.user_id, role=Role.RECEPTIONIST, position_title="Accueil")
    with db.read_session() as s:
        trail = records.audit_trail(s, admin, "user", agent.user_id)
    assert [e.action for e in trail] == ["update", "create"]
    assert trail[0].changes == {"role": ["agent", "receptionist"], "position_title": ["", "Accueil"]}
    assert trail[0].username == "admin"


# -- the permission matrix -------------------------------------------------------------------------
EXPECTED: dict[str, set[Role]] = {
    "contacts.read": set(Role),
    "contacts.write": set(Role),
    "contacts.delete": {Role.ADMIN, Role.MANAGER},
    "contacts.import": {Role.ADMIN, Role.MANAGER},
    "contacts.export": {Role.ADMIN, Role.MANAGER},
    "activity.write": set(Role),
    "attachments.read": set(Role),
    "attachments.write": set(Role),
    "users.manage": {Role.ADMIN},
    "office.settings": {Role.ADMIN},
    "audit.read": {Role.ADMIN, Role.MANAGER},
    "registers.manage": {Role.ADMIN},
    "letters.write": set(Role),
    "letters.register": {Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST},
    "letters.void": {Role.ADMIN, Role.MANAGER},
    "letters.send": {Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST},
    "letters.archive": {Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST},
    "letters.refer": set(Role),
    "fax.send": set(Role),
    "fax.manage": {Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST},
    "calls.read": set(Role),
    "calls.manage": set(Role),
    "calls.reports": {Role.ADMIN, Role.MANAGER},
    "tasks.write": set(Role),
    "tasks.see_all": {Role.ADMIN, Role.MANAGER},
    "appointments.write": set(Role),
    "appointments.see_all": {Role.ADMIN, Role.MANAGER},
}


def test_permission_table_is_the_documented_one() -> None:
    assert {k: set(v) for k, v in PERMISSIONS.items()} == EXPECTED
    for perm, roles in EXPECTED.items():
        for role in Role:
            assert Actor(1, "x", role).can(perm) is (role in roles)


@pytest.mark.parametrize("role", list(Role))
def test_permission_matrix_through_services(db: Database, admin: Actor, role: Role) -> None:
    actor = admin if role is Role.ADMIN else _make(db, admin, f"user_{role.value}", role)
    with db.session() as s:
        target = contacts.create_contact(
            s, admin, contacts.ContactInput(first_name="Target", last_name="Person")
        )
        register = registers.create_register(s, admin, "Letters", "LET", "outbound", "{seq}/{year}")
    today = dt.date(2026, 11, 22)
    n = [0]

    def draft(s: Session) -> int:
        return letters.create_draft(s, admin, register.id, "Subject").id

    def numbered(s: Session) -> int:
        return letters.register_letter(s, admin, draft(s), today).id

    def unique() -> str:
        n[0] += 1
        return f"{role.value}{n[0]}"

    def received_fax(s: Session) -> int:
        page = np.zeros((40, PAGE_WIDTH), dtype=bool)
        result = CallResult(Cause.OK, remote_id="x", received=[encode_page(page)], session=FaxSession())
        return fax.record_received(s, result).id

    now = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)
    receiver = _make(db, admin, f"receiver_{role.value}", Role.AGENT).user_id or 0

    calls = {
        "contacts.read": [
            lambda s: contact_search.count_contacts(s, actor),
            lambda s: contacts.get_contact(s, actor, target.id),
            lambda s: activity.timeline(s, actor, target.id),
            lambda s: activity.home_counts(s, actor),
            lambda s: contact_search.search_contacts(s, actor, "target"),
        ],
        "contacts.write": [
            lambda s: contacts.create_contact(s, actor, contacts.ContactInput(first_name=unique())),
            lambda s: contacts.update_contact(s, actor, target.id, target.as_input()),
        ],
        "activity.write": [lambda s: activity.add_note(s, actor, target.id, "called back")],
        "attachments.read": [
            lambda s: attachments.list_attachments(s, actor, "contact", target.id),
        ],
        "attachments.write": [
            lambda s: attachments.add_attachment(s, actor, "contact", target.id, "cv.txt", b"cv"),
        ],
        "users.manage": [
            lambda s: users.create_user(s, actor, unique(), "New", PASSWORD),
            lambda s: users.create_department(s, actor, "Dept", unique()),
            lambda s: users.update_user(s, actor, admin.user_id or 0, position_title="Boss"),
        ],
        "office.settings": [lambda s: office.set_value(s, actor, "office_name", "Siva & Co")],
        "audit.read": [lambda s: records.audit_trail(s, actor)],
        "registers.manage": [
            lambda s: registers.create_register(s, actor, "Out", unique(), "outbound", "{seq}/{year}"),
        ],
        "letters.write": [
            lambda s: letters.create_draft(s, actor, register.id, "Devis"),
            lambda s: letters.update_draft(s, actor, draft(s), subject="Devis signé"),
            lambda s: letters.delete_draft(s, actor, draft(s)),
        ],
        "letters.register": [lambda s: letters.register_letter(s, actor, draft(s), today)],
        "letters.void": [lambda s: letters.void_letter(s, actor, numbered(s), "sent twice")],
        "letters.send": [lambda s: letter_workflow.mark_sent(s, actor, numbered(s))],
        "letters.archive": [
            lambda s: letter_workflow.mark_archived(
                s, actor, numbered(s), attachments.put_blob(s, b"%PDF frozen"), "10y"
            )
        ],
        "letters.refer": [
            lambda s: referrals.refer(s, actor, "letter", numbered(s), [Target.user(receiver)], "action")
        ],
        "fax.send": [lambda s: fax.queue_fax(s, actor, "0478123456", [("note.txt", b"Bonjour")])],
        "fax.manage": [lambda s: fax.link_received(s, actor, received_fax(s), target.id)],
        "calls.read": [lambda s: call_ops.list_calls(s, actor)],
        "calls.manage": [lambda s: call_ops.set_watched_lines(s, actor, ["L1"])],
        "calls.reports": [lambda s: call_reports.calls_per_day(s, actor, today, today)],
        "tasks.write": [lambda s: tasks.create_task(s, actor, "Rappeler M. Martin")],
        "tasks.see_all": [lambda s: task_reports.workload(s, actor, now - dt.timedelta(days=30), now)],
        "appointments.write": [
            lambda s: appointments.create_appointment(s, actor, "Réunion", now + dt.timedelta(days=1))
        ],
        "appointments.see_all": [
            lambda s: appointments.between(s, actor, now, now + dt.timedelta(days=7), user_id=receiver)
        ],
        "contacts.delete": [
            lambda s: contacts.delete_contact(s, actor, target.id)
        ],  # last: it removes target
    }
    for perm, fns in calls.items():
        allowed = role in EXPECTED[perm]
        for fn in fns:
            if allowed:
                with db.session() as s:
                    fn(s)
            else:
                with pytest.raises(PermissionDenied, match=perm.replace(".", r"\.")), db.session() as s:
                    fn(s)
    # Every permission is exercised here, except import/export (covered with the importer/exporter).
    assert set(calls) | {"contacts.import", "contacts.export"} == set(PERMISSIONS)


def test_denied_action_leaves_no_trace(db: Database, admin: Actor) -> None:
    agent = _make(db, admin, "agent", Role.AGENT)
    with db.session() as s:
        target = contacts.create_contact(s, admin, contacts.ContactInput(first_name="Keep", last_name="Me"))
        audits = s.scalar(select(func.count()).select_from(AuditLog))
        last_event = records.last_event_id(s)
    with pytest.raises(PermissionDenied), db.session() as s:
        contacts.delete_contact(s, agent, target.id)
    with db.read_session() as s:
        assert contacts.get_contact(s, admin, target.id).display_name == "Keep Me"
        assert s.scalar(select(func.count()).select_from(AuditLog)) == audits
        assert records.last_event_id(s) == last_event
