"""SQLAlchemy models: the one schema shared by SQLite and PostgreSQL."""

from sivadesk.models.base import Base, utcnow
from sivadesk.models.contacts import (
    Address,
    Contact,
    ContactEmail,
    ContactKind,
    ContactPhone,
    ContactTag,
    Tag,
)
from sivadesk.models.letters import (
    Register,
    RegisterCounter,
    RegisterDirection,
    RegisterReset,
    RegisterScope,
)
from sivadesk.models.records import Activity, Attachment, AuditLog, Blob, Event, OfficeSetting
from sivadesk.models.users import Department, Role, User

__all__ = [
    "Activity",
    "Address",
    "Attachment",
    "AuditLog",
    "Base",
    "Blob",
    "Contact",
    "ContactEmail",
    "ContactKind",
    "ContactPhone",
    "ContactTag",
    "Department",
    "Event",
    "OfficeSetting",
    "Register",
    "RegisterCounter",
    "RegisterDirection",
    "RegisterReset",
    "RegisterScope",
    "Role",
    "Tag",
    "User",
    "utcnow",
]
