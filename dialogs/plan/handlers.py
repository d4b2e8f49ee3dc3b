from __future__ import annotations

import re
from datetime import date
from typing import Any

from aiogram import Router
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button
from pydantic import ValidationError

from dialogs.common import (
    NOT_ALLOWED,
    actor_of,
    audit_refusal,
    now_of,
    open_by_id,
    opens_on_menu,
    set_notice,
    translator,
)
from dialogs.context import session_of
from dialogs.plan.callbacks import PlanOpen
from dialogs.plan.getters import (
    DATE_FOR,
    PARTICIPANT_ID,
    STEP_DATE,
    STEP_DUE,
    STEP_ID,
    STEP_TEXT,
    SUPERVISOR,
    WORKPLACE,
    participant_id_of,
    quick_date,
    today_of,
)
from dialogs.plan.getters import PAGE as HISTORY_PAGE
from dialogs.states import PlanSG, StaffPlanSG
from storage import plan, plan_steps
from storage.plan import PlanFields

DATE_FIELDS = ("follow_up_on", "starts_on", "ends_on")


# -- the button on plan messages from the outbox --------------------------------------------


# "📋 Min plan" on a change notice or a reminder: the plan, on top of the menu.
on_open_button = opens_on_menu(PlanSG.view)


def router() -> Router:
    """The outbox messages' button carries no dialog, so it comes before the dialogs."""
    buttons = Router(name="plan_buttons")
    buttons.callback_query.register(on_open_button, PlanOpen.filter())
    return buttons


# -- text inputs ---------------------------------------------------------------------------


def _limited(limit: int) -> Any:
    def clean(text: str) -> str:
        text = " ".join(text.split())
        if not text or len(text) > limit:
            raise ValueError("length")
        return text

    return clean


clean_goal = _limited(plan.GOAL_MAX)
clean_step = _limited(plan.STEP_MAX)
clean_workplace = _limited(plan.WORKPLACE_MAX)
clean_supervisor = _limited(plan.SUPERVISOR_MAX)


def clean_occupations(text: str) -> list[str]:
    """One occupation or workplace a line, or several separated by commas."""
    items = [" ".join(part.split()) for part in re.split(r"[\n,;]", text)]
    items = [item for item in items if item]
    if (
        not items
        or len(items) > plan.OCCUPATIONS_MAX
        or any(len(item) > plan.OCCUPATION_MAX for item in items)
    ):
        raise ValueError("occupations")
    return items


def clean_hours(text: str) -> int:
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= plan.HOURS_MAX:
        raise ValueError("hours")
    return int(text)


def too_long(limit: int) -> Any:
    async def on_error(message: Message, _widget: Any, manager: DialogManager, _e: Any) -> None:
        await message.answer(translator(manager)("core-text-too-long", max=limit))

    return on_error


async def on_bad_occupations(
    message: Message, _widget: Any, manager: DialogManager, _e: Any
) -> None:
    await message.answer(
        translator(manager)(
            "plan-staff-occupations-bad", count=plan.OCCUPATIONS_MAX, max=plan.OCCUPATION_MAX
        )
    )


async def on_bad_hours(message: Message, _widget: Any, manager: DialogManager, _e: Any) -> None:
    await message.answer(translator(manager)("plan-staff-hours-bad", max=plan.HOURS_MAX))


# -- the participant -----------------------------------------------------------------------


async def _own_step(manager: DialogManager, step_id: int) -> bool:
    actor = actor_of(manager)
    found = await plan_steps.get_step(
        session_of(manager),
        actor=actor,
        participant_id=actor.person_id,
        step_id=step_id,
    )
    return found is not None


on_own_step = open_by_id(STEP_ID, PlanSG.step, may_open=_own_step)


async def on_tick(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    done = await plan_steps.tick_step(
        session_of(manager),
        actor=actor_of(manager),
        step_id=int(manager.dialog_data.get(STEP_ID, 0)),
        now=now_of(manager),
    )
    set_notice(manager, "plan-step-ticked" if done else "plan-step-already")
    await manager.switch_to(PlanSG.view)


async def on_ask(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    asked = await plan_steps.ask_about_step(
        session_of(manager),
        actor=actor_of(manager),
        step_id=int(manager.dialog_data.get(STEP_ID, 0)),
        now=now_of(manager),
    )
    set_notice(manager, "plan-step-asked" if asked else "plan-step-gone")
    await manager.switch_to(PlanSG.view)


async def on_own_goal(message: Message, _widget: Any, manager: DialogManager, goal: str) -> None:
    await plan.set_own_goal(
        session_of(manager), actor=actor_of(manager), goal=goal, now=now_of(manager)
    )
    set_notice(manager, "plan-goal-saved")
    await manager.switch_to(PlanSG.view)


# -- staff ---------------------------------------------------------------------------------


async def on_staff_start(start_data: Any, manager: DialogManager) -> None:
    """Started from the participant card with the participant's id; getters check access."""
    raw = start_data.get(PARTICIPANT_ID) if isinstance(start_data, dict) else None
    manager.dialog_data[PARTICIPANT_ID] = raw if isinstance(raw, int) and raw > 0 else 0


async def _save(manager: DialogManager, **values: Any) -> None:
    try:
        changes = PlanFields.model_validate(values)
    except ValidationError:
        return  # forged data that cannot be a value (a kind id, a date): nothing changes
    saved = await plan.edit(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id_of(manager),
        changes=changes,
        now=now_of(manager),
    )
    if not saved:
        await audit_refusal(manager, asked=" ".join(sorted(values)), action="deny:value")
    set_notice(manager, "plan-staff-saved" if saved else NOT_ALLOWED)
    await manager.switch_to(StaffPlanSG.home)


async def on_goal(message: Message, _widget: Any, manager: DialogManager, goal: str) -> None:
    await _save(manager, goal=goal)


async def on_occupations(
    message: Message, _widget: Any, manager: DialogManager, items: list[str]
) -> None:
    await _save(manager, occupations=items)


async def on_clear(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    """🗑 on the goal, occupations or ladder screen (the button's id names the field)."""
    field = (button.widget_id or "").removeprefix("clear_")
    if field in ("goal", "occupations", "ladder"):
        await _save(manager, **{field: None})


async def on_track(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, kind_id: str
) -> None:
    await _save(manager, track=kind_id)


async def on_ladder(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, kind_id: str
) -> None:
    await _save(manager, ladder=kind_id)


async def on_workplace(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    manager.dialog_data[WORKPLACE] = text
    await manager.switch_to(StaffPlanSG.supervisor)


async def on_no_placement(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    await _save(manager, workplace=None, supervisor=None, hours_per_week=None)


async def on_supervisor(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    manager.dialog_data[SUPERVISOR] = text
    await manager.switch_to(StaffPlanSG.hours)


async def on_skip_supervisor(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    manager.dialog_data[SUPERVISOR] = None
    await manager.switch_to(StaffPlanSG.hours)


async def _save_placement(manager: DialogManager, hours: int | None) -> None:
    await _save(
        manager,
        workplace=manager.dialog_data.get(WORKPLACE),
        supervisor=manager.dialog_data.get(SUPERVISOR),
        hours_per_week=hours,
    )


async def on_hours_typed(
    message: Message, _widget: Any, manager: DialogManager, hours: int
) -> None:
    await _save_placement(manager, hours)


async def on_hours(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    try:
        hours = clean_hours(item_id)
    except ValueError:
        return
    await _save_placement(manager, hours)


async def on_skip_hours(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _save_placement(manager, None)


async def on_pick_date(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    """🔁 Follow-up, 🚩 Start or 🏁 End: the date screen, for that field."""
    field = (button.widget_id or "").removeprefix("date_")
    if field in DATE_FIELDS:
        manager.dialog_data[DATE_FOR] = field
        await manager.switch_to(StaffPlanSG.date)


async def _date_chosen(manager: DialogManager, day: date | None) -> None:
    target = manager.dialog_data.get(DATE_FOR)
    if target == STEP_DATE:
        manager.dialog_data[STEP_DUE] = day.isoformat() if day else None
        await manager.switch_to(StaffPlanSG.responsible)
    elif target in DATE_FIELDS:
        await _save(manager, **{target: day})


async def on_quick_date(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    day = quick_date(today_of(manager), item_id)
    if day is not None:
        await _date_chosen(manager, day)


async def on_calendar_date(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, day: date
) -> None:
    await _date_chosen(manager, day)


async def on_no_date(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _date_chosen(manager, None)


async def on_step_text(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    manager.dialog_data[STEP_TEXT] = text
    manager.dialog_data[DATE_FOR] = STEP_DATE
    await manager.switch_to(StaffPlanSG.date)


async def on_responsible(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, who: str
) -> None:
    if who not in plan.RESPONSIBLE or not manager.dialog_data.get(STEP_TEXT):
        return
    due = manager.dialog_data.get(STEP_DUE)
    step = await plan_steps.add_step(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id_of(manager),
        text=str(manager.dialog_data.get(STEP_TEXT)),
        due_on=date.fromisoformat(due) if due else None,
        responsible=who,
        now=now_of(manager),
    )
    manager.dialog_data.pop(STEP_TEXT, None)
    manager.dialog_data.pop(STEP_DUE, None)
    if not step:
        await audit_refusal(manager, asked=who, action="deny:value")
    set_notice(manager, "plan-staff-step-saved" if step else NOT_ALLOWED)
    await manager.switch_to(StaffPlanSG.home)


async def _participant_step(manager: DialogManager, step_id: int) -> bool:
    """A step of the participant this plan screen is about, when the actor may see them."""
    found = await plan_steps.get_step(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id_of(manager),
        step_id=step_id,
    )
    return found is not None


on_staff_step = open_by_id(STEP_ID, StaffPlanSG.step, may_open=_participant_step)


async def on_status(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, status: str
) -> None:
    changed = await plan_steps.set_step_status(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id_of(manager),
        step_id=int(manager.dialog_data.get(STEP_ID, 0)),
        status=status,
        now=now_of(manager),
    )
    set_notice(manager, "plan-staff-step-saved" if changed else "plan-staff-step-unchanged")
    await manager.switch_to(StaffPlanSG.home)


async def on_history(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data[HISTORY_PAGE] = 0
    await manager.switch_to(StaffPlanSG.history)


async def on_page(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    step = 1 if button.widget_id == "older" else -1
    manager.dialog_data[HISTORY_PAGE] = max(0, int(manager.dialog_data.get(HISTORY_PAGE, 0)) + step)
