"""The button on plan messages the outbox sends (a change, a reminder). The prefix is persisted."""

from aiogram.filters.callback_data import CallbackData


class PlanOpen(CallbackData, prefix="pl"):
    pass
