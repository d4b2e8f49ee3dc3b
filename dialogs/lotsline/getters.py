from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from babel.dates import get_day_names

from dialogs.common import actor_of, name_of, now_of, pop_notice, translator
from dialogs.context import session_of, settings_of
from rules.i18n import babel_locale
from rules.phone import shown
from storage import audit, lotsline, people
from storage.lotsline import LONGEST, TEXT_MAX

PARTICIPANT_ID = "participant_id"


async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """📞 My lots: their name, when they work, and whether they share a number to call."""
    session, actor = session_of(dialog_manager), actor_of(dialog_manager)
    i18n = translator(dialog_manager)
    lots = await lotsline.lots_of(session, actor=actor)
    if lots is None:
        return {"none": True, "notice": pop_notice(dialog_manager)}
    days = get_day_names("wide", locale=babel_locale(i18n.locale))
    by_day: dict[int, list[str]] = {}
    for window in await lotsline.hours_of_lots(session, actor=actor):
        by_day.setdefault(window.weekday, []).append(
            i18n("lotsline-hours-time", start=window.start, end=window.end)
        )
    schedule = "\n".join(
        i18n("lotsline-hours-day", day=days[day].capitalize(), times=", ".join(times))
        for day, times in sorted(by_day.items())
    )
    return {
        "none": False,
        "notice": pop_notice(dialog_manager),
        "name": name_of(lots, i18n),
        "schedule": schedule,
        "phone": shown(lots.work_phone) if lots.work_phone else "",
    }


async def write(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    lots = await lotsline.lots_of(session_of(dialog_manager), actor=actor_of(dialog_manager))
    return {
        "none": lots is None,
        "name": name_of(lots, translator(dialog_manager)),
        "minutes": int(LONGEST.total_seconds() // 60),
    }


def _label(message: lotsline.LotsMessage, name: str, manager: DialogManager) -> str:
    zone = ZoneInfo(settings_of(manager).timezone)
    return translator(manager)(
        "lotsline-item",
        who="lots" if message.from_lots else "participant",
        name=name,
        kind=message.kind,
        at=message.created_at.astimezone(zone),
    )


async def thread(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """A participant's latest messages with their lots, to play (a staff read: audited)."""
    session, actor = session_of(dialog_manager), actor_of(dialog_manager)
    person = await people.get_visible_participant(
        session,
        actor=actor,
        participant_id=int(dialog_manager.dialog_data.get(PARTICIPANT_ID, 0)),
    )
    audit.note_for(
        session,
        actor=actor,
        now=now_of(dialog_manager),
        action="read:lots-messages",
        allowed=person is not None,
        subject_id=person.id if person else None,
    )
    if person is None or person.id is None:
        return {"missing": True, "messages": []}
    name = name_of(person, translator(dialog_manager))
    found = await lotsline.recent(session, actor=actor, participant_id=person.id)
    return {
        "missing": False,
        "notice": pop_notice(dialog_manager),
        "name": name,
        "count": len(found),
        "messages": [(str(message.id), _label(message, name, dialog_manager)) for message in found],
    }


async def reply(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    person = await people.get_visible_participant(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        participant_id=int(dialog_manager.dialog_data.get(PARTICIPANT_ID, 0)),
    )
    if person is None:
        return {"missing": True}
    return {
        "missing": False,
        "name": name_of(person, translator(dialog_manager)),
        "max": TEXT_MAX,
        "minutes": int(LONGEST.total_seconds() // 60),
    }


async def phone(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    person = await people.get_visible(
        session_of(dialog_manager), actor=actor, person_id=actor.person_id
    )
    number = person.work_phone if person else None
    return {"phone": shown(number) if number else "", "shared": bool(number)}
