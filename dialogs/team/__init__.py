"""Admins manage the staff: caseload sizes, moving participants, deactivating a member."""

from dialogs.team.dialogs import dialog

__all__ = ["dialog"]
