"""Reminders and messages from staff to their participants, each read in their own language."""

from dialogs.reminders.dialogs import dialog

__all__ = ["dialog"]
