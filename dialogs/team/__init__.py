"""Admins manage the staff: caseload sizes, moving participants, deactivating a member."""

from dialogs.team.dialogs import dialog
from dialogs.team.getters import DENIED, admin_or_denied, name_of
from dialogs.team.handlers import active_staff, on_team, refused_unless_admin

__all__ = [
    "DENIED",
    "active_staff",
    "admin_or_denied",
    "dialog",
    "name_of",
    "on_team",
    "refused_unless_admin",
]
