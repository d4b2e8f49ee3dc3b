"""Booking meetings with the lots: the participant's side, and the staff's agenda and hours."""

from dialogs.booking.dialogs import booking_dialog, meetings_dialog, staff_dialog
from dialogs.booking.handlers import router

__all__ = ["booking_dialog", "meetings_dialog", "router", "staff_dialog"]
