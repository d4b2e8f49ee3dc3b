"""Booking meetings with the lots: the participant's side, and the staff's agenda and hours."""

from aiogram_dialog import DialogManager, ShowMode

from dialogs.booking.dialogs import booking_dialog, meetings_dialog, staff_dialog
from dialogs.booking.getters import KIND_CODE, PARTICIPANT_ID, where
from dialogs.booking.handlers import router
from dialogs.states import BookingSG


async def start_for(manager: DialogManager, *, participant_id: int) -> None:
    """Book a meeting: staff on a participant's behalf, a participant for themselves (from
    📞 My lots; the id is then their own). Storage checks who may book for whom."""
    await manager.start(BookingSG.staff, data={PARTICIPANT_ID: participant_id})


async def start_kind(
    manager: DialogManager, *, code: str, show_mode: ShowMode | None = None
) -> None:
    """A participant books a meeting of one kind with their lots (the mapping talk after the
    information meeting): straight to the days when their lots has that kind."""
    await manager.start(BookingSG.staff, data={KIND_CODE: code}, show_mode=show_mode)


__all__ = [
    "booking_dialog",
    "meetings_dialog",
    "router",
    "staff_dialog",
    "start_for",
    "start_kind",
    "where",
]
