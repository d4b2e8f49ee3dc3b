from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, pop_notice
from dialogs.context import clock_of, session_of, settings_of
from dialogs.profile import paused_until_day
from storage import alerts, assessments, people


async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    session = session_of(dialog_manager)
    settings = settings_of(dialog_manager)
    person = await people.get_visible(session, actor=actor, person_id=actor.person_id)
    until = paused_until_day(person, clock_of(dialog_manager).now())
    data: dict[str, Any] = {
        "notice": pop_notice(dialog_manager),
        "name": person.display_name if person else None,
        "is_admin": actor.is_admin,
        "paused": until is not None,
        "until": until,
        "start": (person.quiet_start if person else None) or settings.quiet_start,
        "end": (person.quiet_end if person else None) or settings.quiet_end,
    }
    if actor.is_staff:
        data["count"] = await alerts.count_open(session, actor=actor)
    else:
        data["open"] = await assessments.open_round_count(session, actor=actor)
    return data
