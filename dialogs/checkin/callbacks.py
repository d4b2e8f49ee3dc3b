"""Buttons on check-in messages sent by the outbox. The prefixes are persisted in old messages."""

from aiogram.filters.callback_data import CallbackData
from pydantic import Field


class CheckinMood(CallbackData, prefix="ci"):
    # Bounded, so forged data is refused before it reaches the database.
    checkin_id: int = Field(ge=1, le=2**31 - 1)
    mood: int = Field(ge=1, le=5)
