"""Buttons on check-in messages sent by the outbox. The prefixes are persisted in old messages."""

from aiogram.filters.callback_data import CallbackData


class CheckinMood(CallbackData, prefix="ci"):
    checkin_id: int
    mood: int
