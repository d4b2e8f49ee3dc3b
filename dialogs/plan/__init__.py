"""The individual action plan: the participant's view (📋 Min plan) and the staff's editing."""

from aiogram_dialog import DialogManager

from dialogs.plan.dialogs import participant_dialog, staff_dialog
from dialogs.plan.getters import PARTICIPANT_ID
from dialogs.plan.handlers import router
from dialogs.states import StaffPlanSG


async def start_for(manager: DialogManager, *, participant_id: int) -> None:
    """A participant's action plan, for staff to read and edit (storage checks they may)."""
    await manager.start(StaffPlanSG.home, data={PARTICIPANT_ID: participant_id})


__all__ = ["participant_dialog", "router", "staff_dialog", "start_for"]
