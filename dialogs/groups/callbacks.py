"""Buttons on group meeting messages the outbox sends. The prefix is persisted in old messages."""

from typing import Literal

from aiogram.filters.callback_data import CallbackData
from pydantic import Field


class GroupAnswer(CallbackData, prefix="gm"):
    # Bounded, so forged data is refused before it reaches the database.
    meeting_id: int = Field(ge=1, le=2**31 - 1)
    # c: I'm coming; x: I can't; w: a waiting place, please; b: book my mapping talk.
    answer: Literal["c", "x", "w", "b"]
