"""The button on the daily practice prompt sent by the outbox. The prefix is persisted."""

from aiogram.filters.callback_data import CallbackData


class PracticeNow(CallbackData, prefix="pr"):
    pass
