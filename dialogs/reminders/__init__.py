"""Reminders and messages from staff to their participants, each read in their own language."""

from aiogram_dialog import DialogManager

from dialogs.reminders.dialogs import dialog
from dialogs.reminders.getters import PARTICIPANT_ID
from dialogs.states import RemindersSG


async def start_for(manager: DialogManager, *, participant_id: int) -> None:
    """A reminder or message to one participant (storage checks they are the actor's)."""
    await manager.start(RemindersSG.content, data={PARTICIPANT_ID: participant_id})


__all__ = ["dialog", "start_for"]
