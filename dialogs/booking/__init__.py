"""Booking meetings with the lots: the participant's side, and the staff's agenda and hours."""

from aiogram_dialog import DialogManager

from dialogs.booking.dialogs import booking_dialog, meetings_dialog, staff_dialog
from dialogs.booking.getters import PARTICIPANT_ID
from dialogs.booking.handlers import router
from dialogs.states import BookingSG


async def start_for(manager: DialogManager, *, participant_id: int) -> None:
    """Book a meeting: staff on a participant's behalf, a participant for themselves (from
    📞 My lots; the id is then their own). Storage checks who may book for whom."""
    await manager.start(BookingSG.staff, data={PARTICIPANT_ID: participant_id})


__all__ = ["booking_dialog", "meetings_dialog", "router", "staff_dialog", "start_for"]
