from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, name_of, session_of, translator
from dialogs.context import clock_of, settings_of
from dialogs.goals.handlers import TARGET, programme_of
from rules.clock import Clock
from rules.i18n import Translator
from rules.programmes import Tally
from storage import targets


def _percent(share: float | None) -> int:
    return round(share * 100) if share is not None else 0


def tally_text(i18n: Translator, tally: Tally) -> str:
    """One target's standing in a few short lines."""
    target = tally.target
    name = target.title(i18n.locale)
    if target.count is not None:
        lines = [i18n("goals-count", name=name, counted=tally.counted, level=target.count)]
    else:
        lines = [
            i18n(
                "goals-share",
                name=name,
                percent=_percent(tally.share),
                counted=tally.counted,
                of=tally.of,
                level=_percent(target.share),
            )
        ]
    if tally.met:
        lines.append(i18n("goals-met"))
    else:
        lines.append(i18n("goals-needed", needed=tally.needed))
        lines.append(i18n("goals-on-track" if tally.on_track else "goals-behind"))
    if tally.pending:
        lines.append(i18n("goals-pending", pending=tally.pending))
    return "\n".join(lines)


async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """Every target of the programme, counted over everyone in it (no names here)."""
    i18n = translator(dialog_manager)
    clock: Clock = clock_of(dialog_manager)
    programme = programme_of(dialog_manager)
    found = await targets.programme_standing(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        programme=programme,
        zone=ZoneInfo(settings_of(dialog_manager).timezone),
        now=clock.now(),
    )
    if found is None:
        return {"missing": True, "targets": []}
    return {
        "missing": False,
        "programme": programme.title(i18n.locale),
        "summary": "\n\n".join(tally_text(i18n, tally) for tally in found.tallies),
        "targets": [(t.id, t.title(i18n.locale)) for t in programme.targets],
    }


async def target(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """One target: who counts and who could still count, among those the actor may see."""
    i18n = translator(dialog_manager)
    clock: Clock = clock_of(dialog_manager)
    programme = programme_of(dialog_manager)
    found = await targets.members(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        programme=programme,
        target_id=str(dialog_manager.dialog_data.get(TARGET, "")),
        zone=ZoneInfo(settings_of(dialog_manager).timezone),
        now=clock.now(),
    )
    if found is None:
        return {"missing": True, "people": []}
    people = [
        (str(person.id), i18n("goals-person-pending", name=name_of(person, i18n), until=until))
        for person, until in found.pending
    ] + [
        (str(person.id), i18n("goals-person-counts", name=name_of(person, i18n)))
        for person in found.counted
    ]
    return {
        "missing": False,
        "name": found.target.title(i18n.locale),
        "counted": len(found.counted),
        "pending": len(found.pending),
        "people": people,
        "nobody": not people,
    }
