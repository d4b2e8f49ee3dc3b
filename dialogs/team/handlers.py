from __future__ import annotations

from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button

from dialogs.common import (
    MayOpen,
    actor_of,
    checked_id,
    now_of,
    set_notice,
    translator,
    turn_page,
)
from dialogs.context import clock_of, session_of, settings_of
from dialogs.states import TeamSG
from dialogs.team.getters import DENIED, MODE, PAGE, STAFF_ID, TARGET_ID, admin_or_denied
from rules.clock import Clock
from rules.config import Settings
from storage import staffing
from storage.staffing import Refusal

_REFUSED = {
    Refusal.HAS_PARTICIPANTS: "team-refused-participants",
    Refusal.CONFIGURED_ADMIN: "team-refused-configured",
    Refusal.SELF: "team-refused-self",
}


async def refused_unless_admin(callback: CallbackQuery, manager: DialogManager) -> bool:
    """Every button here checks the role again: forged data from a non-admin is refused."""
    if await admin_or_denied(manager, DENIED):
        return False
    await callback.answer(translator(manager)("core-not-allowed"))
    return True


async def on_team(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """The staff menu's 👥 Personal, for admins only."""
    if await refused_unless_admin(callback, manager):
        return
    await manager.start(TeamSG.list)


async def active_staff(manager: DialogManager, staff_id: int) -> bool:
    """An active staff member (admins see them all; anyone else none)."""
    found = await staffing.member(session_of(manager), actor=actor_of(manager), staff_id=staff_id)
    return found is not None


async def _deactivated_staff(manager: DialogManager, staff_id: int) -> bool:
    found = await staffing.deactivated(
        session_of(manager), actor=actor_of(manager), staff_id=staff_id
    )
    return bool(found)


async def _admin_picks(
    callback: CallbackQuery, manager: DialogManager, item_id: str, may_open: MayOpen
) -> int | None:
    if await refused_unless_admin(callback, manager):
        return None
    return await checked_id(callback, manager, item_id, may_open=may_open, person=True)


async def on_member_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if (found := await _admin_picks(callback, manager, item_id, active_staff)) is None:
        return
    manager.dialog_data[STAFF_ID] = found
    manager.dialog_data.pop(TARGET_ID, None)
    await manager.switch_to(TeamSG.member)


async def on_move(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await refused_unless_admin(callback, manager):
        return
    manager.dialog_data[MODE] = "move"
    await manager.switch_to(TeamSG.target)


async def on_deactivate(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """With participants left, first whom they move to; then the question."""
    if await refused_unless_admin(callback, manager):
        return
    manager.dialog_data[MODE] = "deactivate"
    manager.dialog_data.pop(TARGET_ID, None)
    found = await staffing.member(
        session_of(manager),
        actor=actor_of(manager),
        staff_id=int(manager.dialog_data.get(STAFF_ID, 0)),
    )
    if found is not None and found.participants:
        await manager.switch_to(TeamSG.target)
    else:
        await manager.switch_to(TeamSG.confirm)


async def on_away_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if (found := await _admin_picks(callback, manager, item_id, _deactivated_staff)) is None:
        return
    manager.dialog_data[STAFF_ID] = found
    await manager.switch_to(TeamSG.reactivate)


async def on_reactivate(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await refused_unless_admin(callback, manager):
        return
    outcome = await staffing.reactivate(
        session_of(manager),
        actor=actor_of(manager),
        staff_id=int(manager.dialog_data.get(STAFF_ID, 0)),
        now=now_of(manager),
    )
    set_notice(manager, "team-reactivated" if outcome.refusal is None else "team-refused")
    await manager.switch_to(TeamSG.list)


async def on_target_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if (found := await _admin_picks(callback, manager, item_id, active_staff)) is None:
        return
    manager.dialog_data[TARGET_ID] = found
    await manager.switch_to(TeamSG.confirm)


async def on_confirm(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await refused_unless_admin(callback, manager):
        return
    clock: Clock = clock_of(manager)
    settings: Settings = settings_of(manager)
    staff_id = int(manager.dialog_data.get(STAFF_ID, 0))
    target = manager.dialog_data.get(TARGET_ID)
    if manager.dialog_data.get(MODE) == "deactivate":
        outcome = await staffing.deactivate(
            session_of(manager),
            actor=actor_of(manager),
            staff_id=staff_id,
            admin_ids=settings.admin_ids,
            now=clock.now(),
            move_to=int(target) if target else None,
        )
        done = "team-deactivated"
    elif target:
        outcome = await staffing.move(
            session_of(manager),
            actor=actor_of(manager),
            from_id=staff_id,
            to_id=int(target),
            now=clock.now(),
        )
        done = "team-moved"
    else:
        return
    refusal = outcome.refusal
    set_notice(manager, done if refusal is None else _REFUSED.get(refusal, "team-refused"))
    manager.dialog_data.pop(TARGET_ID, None)
    await manager.switch_to(TeamSG.list)


async def on_rename(message: Message, _widget: object, manager: DialogManager, name: str) -> None:
    """A typed name, already checked by the input (letters, length, no control characters)."""
    if not await admin_or_denied(manager, DENIED):
        await message.answer(translator(manager)("core-not-allowed"))
        return
    outcome = await staffing.rename(
        session_of(manager),
        actor=actor_of(manager),
        staff_id=int(manager.dialog_data.get(STAFF_ID, 0)),
        name=name,
        now=now_of(manager),
    )
    if outcome.refusal is not None:
        set_notice(manager, "team-refused")
        await manager.switch_to(TeamSG.list)
        return
    set_notice(manager, "team-renamed")
    await manager.switch_to(TeamSG.member)


async def on_previous_page(
    callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    if not await refused_unless_admin(callback, manager):
        turn_page(manager, PAGE, -1)


async def on_next_page(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if not await refused_unless_admin(callback, manager):
        turn_page(manager, PAGE, 1)
