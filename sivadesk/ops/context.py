"""Who is acting, and what each role may do. Checked here, in the service layer, not only in the UI."""

from __future__ import annotations

from dataclasses import dataclass

from sivadesk.errors import PermissionDenied
from sivadesk.models import Role

_ALL = frozenset(Role)
_STAFF = frozenset({Role.ADMIN, Role.MANAGER})

#: permission -> roles that hold it
PERMISSIONS: dict[str, frozenset[Role]] = {
    "contacts.read": _ALL,
    "contacts.write": _ALL,
    "contacts.delete": _STAFF,
    "contacts.import": _STAFF,
    "contacts.export": _STAFF,
    "activity.write": _ALL,
    "attachments.read": _ALL,
    "attachments.write": _ALL,
    "users.manage": frozenset({Role.ADMIN}),
    "office.settings": frozenset({Role.ADMIN}),
    "audit.read": _STAFF,
    "registers.manage": frozenset({Role.ADMIN}),
    "letters.write": _ALL,
    "letters.register": frozenset({Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST}),  # the secretariat
    "letters.void": _STAFF,
    "fax.send": _ALL,
    # see and cancel everyone's faxes, file received faxes in customer files (the secretariat too)
    "fax.manage": frozenset({Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST}),
    "letters.send": frozenset({Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST}),  # mark sent, schedule
    "letters.archive": frozenset({Role.ADMIN, Role.MANAGER, Role.RECEPTIONIST}),
    "letters.refer": _ALL,  # who may see a letter may refer it (ops/referrals.py)
    "calls.read": _ALL,
    "calls.manage": _ALL,  # "I took it", link a caller to a contact, choose watched lines
    "calls.reports": _STAFF,
    "tasks.write": _ALL,  # create tasks; edit/delete only as creator or holder (ops/tasks.py)
    "tasks.see_all": _STAFF,  # the manager sees every task and its flow
    "appointments.write": _ALL,
    "appointments.see_all": _STAFF,
}


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int | None
    username: str
    role: Role
    full_name: str = ""
    department_id: int | None = None

    @classmethod
    def system(cls) -> Actor:
        """The command line and background services: whoever holds the database URL is trusted."""
        return cls(None, "system", Role.ADMIN, "SivaDesk")

    def can(self, permission: str) -> bool:
        return self.role in PERMISSIONS[permission]

    def require(self, permission: str) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission=permission)
