"""The individual action plan: the participant's view (📋 Min plan) and the staff's editing."""

from dialogs.plan.dialogs import participant_dialog, staff_dialog
from dialogs.plan.handlers import router

__all__ = ["participant_dialog", "router", "staff_dialog"]
