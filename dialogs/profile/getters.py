from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, pop_notice, translator
from dialogs.context import clock_of, session_of, settings_of
from storage import people
from storage.people import Role

# The choices offered, in one place: getters show them, handlers accept nothing else.
PAUSE_CHOICES = (3, 7, 14, 28)
QUIET_STARTS = ("20:00", "21:00", "22:00", "23:00")
QUIET_ENDS = ("06:00", "07:00", "08:00", "09:00", "10:00")


async def current_name(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    person = await people.get_visible(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        person_id=actor_of(dialog_manager).person_id,
    )
    return {"name": person.display_name if person else None}


def paused_until_day(person: people.Person | None, now: datetime) -> date | None:
    """The last local day of a pause that is still on, or None."""
    if person is None or person.paused_until is None or person.paused_until <= now:
        return None
    return (person.paused_until.astimezone(ZoneInfo(person.timezone)) - timedelta(minutes=1)).date()


async def pause_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    translate = translator(dialog_manager)
    return {"choices": [(str(days), translate("pause-days", days=days)) for days in PAUSE_CHOICES]}


async def quiet_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {
        "starts": [(value, value) for value in QUIET_STARTS],
        "ends": [(value, value) for value in QUIET_ENDS],
    }


async def settings(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """What the settings screen shows, and the values its notices need (name, hours, pause)."""
    actor = actor_of(dialog_manager)
    person = await people.get_visible(
        session_of(dialog_manager), actor=actor, person_id=actor.person_id
    )
    until = paused_until_day(person, clock_of(dialog_manager).now())
    participant = actor.role is Role.PARTICIPANT
    return {
        "notice": pop_notice(dialog_manager),
        "participant": participant,
        "staff": not participant,
        "paused": participant and until is not None,
        "running": participant and until is None,
        "until": until,
        "name": person.display_name if person else None,
        "start": (person.quiet_start if person else None)
        or settings_of(dialog_manager).quiet_start,
        "end": (person.quiet_end if person else None) or settings_of(dialog_manager).quiet_end,
    }
