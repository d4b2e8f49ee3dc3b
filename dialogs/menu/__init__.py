"""The main menus: one for participants, one for staff. Features add their buttons here."""

from dialogs.menu.dialogs import participant_dialog, staff_dialog

__all__ = ["participant_dialog", "staff_dialog"]
