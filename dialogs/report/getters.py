from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, translator
from dialogs.context import clock_of, settings_of
from dialogs.report.handlers import ALL
from rules.clock import Clock


async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """Admins choose whom the report counts: everyone, or who started in a year or half."""
    actor = actor_of(dialog_manager)
    i18n = translator(dialog_manager)
    clock: Clock = clock_of(dialog_manager)
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    this_year = clock.now().astimezone(zone).year
    cohorts = [(ALL, i18n("report-cohort-all"))]
    for year in (this_year, this_year - 1):
        cohorts.append((str(year), i18n("report-cohort-year", year=str(year))))
        for half in (1, 2):
            label = i18n("report-cohort-half", year=str(year), half=half)
            cohorts.append((f"{year}H{half}", label))
    return {"is_admin": actor.is_admin, "cohorts": cohorts}
