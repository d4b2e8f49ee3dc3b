"""The button under a lots's answer sent by the outbox. The prefix is persisted in old messages."""

from aiogram.filters.callback_data import CallbackData


class AnswerBack(CallbackData, prefix="lw"):
    """Write or record an answer to the lots."""
