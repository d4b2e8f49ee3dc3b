"""Group meetings: the information meeting staff invite many to, with seats, a waiting list,
answers in each reader's language, attendance, and the mapping talk offered to those who came."""

from dialogs.groups.dialogs import participant_dialog, staff_dialog
from dialogs.groups.handlers import router

__all__ = ["participant_dialog", "router", "staff_dialog"]
