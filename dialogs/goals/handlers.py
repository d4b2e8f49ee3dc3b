"""Staff pick a target, then a participant from its list (whose facts open on their card's
report screen). Both ids come from buttons and are checked before they are kept."""

from __future__ import annotations

from aiogram.types import CallbackQuery
from aiogram_dialog import DialogManager

from dialogs.common import actor_of, checked_id, refuse, session_of
from dialogs.context import settings_of
from dialogs.programme import start_facts
from dialogs.states import GoalsSG
from rules.programmes import Programme, programmes
from storage import people

TARGET = "target"


def programme_of(manager: DialogManager) -> Programme:
    """The programme this installation runs (the PROGRAMME setting)."""
    return programmes()[settings_of(manager).programme]


async def on_target(
    callback: CallbackQuery, _widget: object, manager: DialogManager, target_id: str
) -> None:
    """Open one target's list: only a target of this programme (forged ids are refused)."""
    if programme_of(manager).target(target_id) is None:
        await refuse(callback, manager, asked=target_id)
        return
    manager.dialog_data[TARGET] = target_id
    await manager.switch_to(GoalsSG.target)


async def _may_open(manager: DialogManager, participant_id: int) -> bool:
    found = await people.get_visible_participant(
        session_of(manager), actor=actor_of(manager), participant_id=participant_id
    )
    return found is not None


async def on_participant(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    """A participant from the list: their report facts (the job start among them)."""
    found = await checked_id(callback, manager, item_id, may_open=_may_open, person=True)
    if found is not None:
        await start_facts(manager, found)
