"""Every table, imported in one place so SQLModel.metadata (and Alembic) sees them all."""

from sqlmodel import SQLModel

from storage.audit import AuditEntry
from storage.fsm import FsmRecord
from storage.invites import Invite
from storage.people import Person

metadata = SQLModel.metadata

__all__ = ["AuditEntry", "FsmRecord", "Invite", "Person", "metadata"]
