"""Buttons on meeting messages sent by the outbox. The prefixes are persisted in old messages."""

from typing import Literal

from aiogram.filters.callback_data import CallbackData
from pydantic import Field


class MeetingAnswer(CallbackData, prefix="mt"):
    # Bounded, so forged data is refused before it reaches the database.
    meeting_id: int = Field(ge=1, le=2**31 - 1)
    # c: I'm coming; m: I need to move it; x: I can't come; b: book a new time.
    answer: Literal["c", "m", "x", "b"]
