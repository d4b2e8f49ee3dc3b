"""Booking meetings with the lots: the participant's side, and the staff's agenda and hours."""

from aiogram_dialog import DialogManager

from dialogs.booking.dialogs import booking_dialog, meetings_dialog, staff_dialog
from dialogs.booking.getters import PARTICIPANT_ID
from dialogs.booking.handlers import router
from dialogs.states import BookingSG


async def start_for(manager: DialogManager, *, participant_id: int) -> None:
    """Staff book a meeting on a participant's behalf (storage checks they are the actor's)."""
    await manager.start(BookingSG.staff, data={PARTICIPANT_ID: participant_id})


__all__ = ["booking_dialog", "meetings_dialog", "router", "staff_dialog", "start_for"]
