"""SQLAlchemy models: the one schema shared by SQLite and PostgreSQL."""

from sivadesk.models import calls, fax, referrals, search, tasks  # noqa: F401  (register their tables)
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
    CLASSIFICATION_LEVELS,
    Classification,
    GroupMode,
    Letter,
    LetterLink,
    LetterRecipient,
    LetterStatus,
    LetterTag,
    LinkKind,
    RecipientKind,
    Register,
    RegisterCounter,
    RegisterDirection,
    RegisterReset,
    RegisterScope,
    Urgency,
)
from sivadesk.models.records import Activity, Attachment, AuditLog, Blob, Event, OfficeSetting
from sivadesk.models.referrals import ReferralKind, ReferralStatus, ReferralStep
from sivadesk.models.search import LetterSearchDoc, SavedSearch
from sivadesk.models.users import Department, Role, User

__all__ = [
    "CLASSIFICATION_LEVELS",
    "Activity",
    "Address",
    "Attachment",
    "AuditLog",
    "Base",
    "Blob",
    "Classification",
    "Contact",
    "ContactEmail",
    "ContactKind",
    "ContactPhone",
    "ContactTag",
    "Department",
    "Event",
    "GroupMode",
    "Letter",
    "LetterLink",
    "LetterRecipient",
    "LetterSearchDoc",
    "LetterStatus",
    "LetterTag",
    "LinkKind",
    "OfficeSetting",
    "RecipientKind",
    "ReferralKind",
    "ReferralStatus",
    "ReferralStep",
    "Register",
    "RegisterCounter",
    "RegisterDirection",
    "RegisterReset",
    "RegisterScope",
    "Role",
    "SavedSearch",
    "Tag",
    "Urgency",
    "User",
    "utcnow",
]
