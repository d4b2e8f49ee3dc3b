from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from babel.dates import get_day_names

from bot.clock import Clock
from bot.i18n import Localization, babel_locale
from dialogs.common import actor_of, pop_notice, translator
from storage import alerts, audit, checkins, people
from storage.people import Person

ALERT_ID = "alert_id"
PARTICIPANT_ID = "participant_id"
RHYTHM_HOURS = tuple(range(7, 21))


def display_name(person: Person, manager: DialogManager) -> str:
    return person.display_name or translator(manager)("alert-unnamed", number=person.id or 0)


async def inbox(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    found = await alerts.open_alerts(dialog_manager.middleware_data["session"], actor=actor)
    translate = translator(dialog_manager)
    zone = ZoneInfo(dialog_manager.middleware_data["settings"].timezone)
    items = [
        (
            str(alert.id),
            translate(
                "alerts-item",
                name=display_name(person, dialog_manager),
                kind=alert.kind,
                at=alert.created_at.astimezone(zone),
            ),
        )
        for alert, person in found
    ]
    return {"alerts": items, "count": len(items), "notice": pop_notice(dialog_manager)}


async def alert_view(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    data = dialog_manager.middleware_data
    actor = actor_of(dialog_manager)
    found = await alerts.get_alert(
        data["session"], actor=actor, alert_id=int(dialog_manager.dialog_data.get(ALERT_ID, 0))
    )
    if found is None:
        return {"missing": True}
    alert, person = found
    clock: Clock = data["clock"]
    await audit.record_for(
        data["session"],
        actor=actor,
        now=clock.now(),
        action="read:alert",
        allowed=True,
        subject_id=person.id,
    )
    zone = ZoneInfo(data["settings"].timezone)
    return {
        "missing": False,
        "name": display_name(person, dialog_manager),
        "kind": alert.kind,
        "at": alert.created_at.astimezone(zone),
    }


async def caseload(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await people.caseload(
        dialog_manager.middleware_data["session"], actor=actor_of(dialog_manager)
    )
    items = [(str(person.id), display_name(person, dialog_manager)) for person in found]
    return {"participants": items, "count": len(items)}


async def card(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    data = dialog_manager.middleware_data
    actor = actor_of(dialog_manager)
    participant_id = int(dialog_manager.dialog_data.get(PARTICIPANT_ID, 0))
    session = data["session"]
    person = await people.get_visible(session, actor=actor, person_id=participant_id)
    clock: Clock = data["clock"]
    await audit.record_for(
        session,
        actor=actor,
        now=clock.now(),
        action="read:card",
        allowed=person is not None,
        subject_id=person.id if person else None,
    )
    if person is None:
        return {"missing": True}
    plan = await checkins.get_plan(session, actor=actor, participant_id=participant_id)
    l10n: Localization = data["l10n"]
    return {
        "missing": False,
        "notice": pop_notice(dialog_manager),
        "name": display_name(person, dialog_manager),
        "language": l10n(person.locale)("language-name"),
        "rhythm_on": plan is not None and plan.active,
        "every": plan.every_days if plan else 7,
        "time": plan.at_time if plan else "",
        "next": plan.next_due_at.astimezone(ZoneInfo(person.timezone)) if plan else None,
    }


async def weekdays(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    names = get_day_names("wide", locale=babel_locale(translator(dialog_manager).locale))
    return {"weekdays": [(str(day), names[day].capitalize()) for day in range(7)]}


async def hours(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {"hours": [(f"{hour:02d}:00", f"{hour:02d}:00") for hour in RHYTHM_HOURS]}
