"""aiogram-dialog's Calendar, showing only the days with free times, in the reader's language.

Monday first; weekday and month names from Babel in the reader's locale; a day without a
free time is a blank, so there is nothing to press by mistake. Month and year views are
not offered: booking is a few weeks ahead. The weekday row holds seven buttons on a phone,
so each name is at most three letters (Arabic's short names are whole words).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from aiogram.types import CallbackQuery, InlineKeyboardButton
from aiogram_dialog import DialogManager
from aiogram_dialog.api.protocols import DialogProtocol
from aiogram_dialog.widgets.kbd import Calendar, CalendarConfig
from aiogram_dialog.widgets.kbd.calendar_kbd import (
    CALLBACK_NEXT_MONTH,
    CALLBACK_PREV_MONTH,
    CalendarDaysView,
    CalendarScope,
    CalendarScopeView,
    CalendarUserConfig,
    empty_button,
)
from aiogram_dialog.widgets.text import Const, Text
from babel.dates import format_date, get_day_names

from dialogs.common import translator
from rules.i18n import babel_locale

ZOOM = "🔍"
WEEKDAY_WIDTH = 3


@lru_cache(maxsize=16)
def weekday_labels(locale: str) -> tuple[str, ...]:
    """Monday first, each at most WEEKDAY_WIDTH letters: the short names where they fit; else
    the narrow ones where no two days look alike (Arabic); else the short ones cut (Somali)."""
    where = babel_locale(locale)
    short = [_capital(get_day_names("short", locale=where)[day]) for day in range(7)]
    if all(len(name) <= WEEKDAY_WIDTH for name in short):
        return tuple(short)
    narrow = [_capital(get_day_names("narrow", locale=where)[day]) for day in range(7)]
    if len(set(narrow)) == 7:
        return tuple(narrow)
    return tuple(name[:WEEKDAY_WIDTH] for name in short)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Babel(Text):
    """A date in the reader's language, in a Babel pattern ("LLLL y", "EEEEEE", "d")."""

    def __init__(self, pattern: str, template: str = "{}") -> None:
        super().__init__()
        self.pattern = pattern
        self.template = template

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        locale = babel_locale(translator(manager).locale)
        text = format_date(data["date"], self.pattern, locale=locale)
        return self.template.format(_capital(text))


class _MonthStep(Text):
    """A step to the month before or after, its arrow pointing the reader's way (`key`)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        i18n = translator(manager)
        month = format_date(data["date"], "LLLL", locale=babel_locale(i18n.locale))
        return i18n(self.key, month=_capital(month))


class _Weekday(Text):
    """The weekday of a column, in the reader's language: see `weekday_labels`."""

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        return weekday_labels(translator(manager).locale)[data["date"].weekday()]


class _FreeDaysView(CalendarDaysView):
    async def _render_date_button(
        self, selected_date: date, today: date, data: dict[str, Any], manager: DialogManager
    ) -> InlineKeyboardButton:
        day = selected_date.isoformat()
        if day not in data.get("free_days", ()):
            return empty_button()
        # The library's today is the server's clock in the server's zone; the reader's is the
        # getter's `today` (the bot's clock in the reader's zone).
        if data.get("today"):
            today = date.fromisoformat(data["today"])
        button = await super()._render_date_button(selected_date, today, data, manager)
        if day in data.get("marked", ()):
            return button.model_copy(update={"text": "🏖"})
        return button

    async def render(
        self, config: Any, offset: date, data: dict[str, Any], manager: DialogManager
    ) -> list[list[InlineKeyboardButton]]:
        """Weeks without a day to pick are left out, and so is the zoom to months and years."""
        rows = await super().render(config, offset, data, manager)
        kept = [row for row in rows if any(button.text.strip() for button in row)]
        return [[b for b in row if b.text != ZOOM] for row in kept]

    async def _render_header(
        self, config: Any, offset: date, data: dict[str, Any], manager: DialogManager
    ) -> list[InlineKeyboardButton]:
        text = await self.header_text.render_text({"date": offset, "data": data}, manager)
        return [InlineKeyboardButton(text=text, callback_data=self.callback_generator("noop"))]


class FreeDaysCalendar(Calendar):
    """Pass the days to offer as ISO dates in the getter's `free_days`, and the reader's
    `today`; days in `marked` show as 🏖 (a staff member's days off)."""

    def _init_views(self) -> dict[CalendarScope, CalendarScopeView]:
        days = _FreeDaysView(
            self._item_callback_data,
            date_text=_Babel("d"),
            today_text=_Babel("d", "[{}]"),
            weekday_text=_Weekday(),
            header_text=_Babel("LLLL y", "🗓 {}"),
            prev_month_text=_MonthStep("core-calendar-previous"),
            next_month_text=_MonthStep("core-calendar-next"),
            zoom_out_text=Const(ZOOM),
        )
        return {scope: days for scope in CalendarScope}

    async def _render_keyboard(self, data: dict[str, Any], manager: DialogManager) -> Any:
        # Open on the month of the first day to offer, not on today's (it may have none).
        free = sorted(data.get("free_days", ()))
        if self.get_offset(manager) is None and free:
            self.set_offset(date.fromisoformat(free[0]), manager)
        return await super()._render_keyboard(data, manager)

    async def _process_item_callback(
        self, callback: CallbackQuery, data: str, dialog: DialogProtocol, manager: DialogManager
    ) -> bool:
        """Only a day or a month step; the header and anything forged change nothing."""
        if data in (CALLBACK_NEXT_MONTH, CALLBACK_PREV_MONTH) or (
            data.isascii() and data.isdigit() and len(data) <= 12
        ):
            return await super()._process_item_callback(callback, data, dialog, manager)
        return True

    async def _get_user_config(
        self, data: dict[str, Any], manager: DialogManager
    ) -> CalendarUserConfig:
        free = sorted(data.get("free_days", ()))
        if not free:
            return CalendarUserConfig(firstweekday=0)
        return CalendarUserConfig(
            firstweekday=0,
            min_date=date.fromisoformat(free[0]),
            max_date=date.fromisoformat(free[-1]),
        )


def free_days_calendar(widget_id: str, on_click: Any) -> FreeDaysCalendar:
    return FreeDaysCalendar(id=widget_id, on_click=on_click, config=CalendarConfig(firstweekday=0))


class TodayCalendar(FreeDaysCalendar):
    """Any day in the getter's `free_days` may be picked; the month shown first is today's
    (`today` in the getter), not the first day offered (dates that look back as well as
    ahead: a plan's steps, the day a job started)."""

    async def _render_keyboard(self, data: dict[str, Any], manager: DialogManager) -> Any:
        if self.get_offset(manager) is None and data.get("today"):
            self.set_offset(date.fromisoformat(data["today"]), manager)
        return await super()._render_keyboard(data, manager)


def today_calendar(widget_id: str, on_click: Any) -> TodayCalendar:
    return TodayCalendar(id=widget_id, on_click=on_click, config=CalendarConfig(firstweekday=0))
