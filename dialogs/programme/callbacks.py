"""Buttons on the six-month question sent by the outbox. The prefix is persisted in old messages."""

from typing import Literal

from aiogram.filters.callback_data import CallbackData

# The answer's first letter: working, studying, looking for work, other.
FOLLOW_UP_LETTERS = {"w": "working", "s": "studying", "l": "looking", "o": "other"}


class FollowUpAnswer(CallbackData, prefix="fu"):
    # A closed set, so forged data is refused before it reaches the database. No id: a
    # person has one programme end, and storage checks that they were asked.
    answer: Literal["w", "s", "l", "o"]


class JobMonth(CallbackData, prefix="jm"):
    """The month a former participant's job started, asked after "I am working": a year and
    a month ("2027-03"), or "" for "I don't remember". Storage checks it was asked."""

    month: str
