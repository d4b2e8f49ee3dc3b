"""Buttons on invitation messages sent by the outbox. The prefix is persisted in old messages."""

from aiogram.filters.callback_data import CallbackData
from pydantic import Field


class StartRound(CallbackData, prefix="as"):
    # Bounded, so forged data is refused before it reaches the database.
    round_id: int = Field(ge=1, le=2**31 - 1)
