"""The booking calendar in the reader's language, opening on today for plan dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import CalendarConfig

from dialogs.widgets.calendar import FreeDaysCalendar


class PlanCalendar(FreeDaysCalendar):
    """Any day in the getter's `free_days` may be picked; the month shown first is today's
    (`today` in the getter), not the first day offered (plan dates look back as well)."""

    async def _render_keyboard(self, data: dict[str, Any], manager: DialogManager) -> Any:
        if self.get_offset(manager) is None and data.get("today"):
            self.set_offset(date.fromisoformat(data["today"]), manager)
        return await super()._render_keyboard(data, manager)


def plan_calendar(widget_id: str, on_click: Any) -> PlanCalendar:
    return PlanCalendar(id=widget_id, on_click=on_click, config=CalendarConfig(firstweekday=0))
