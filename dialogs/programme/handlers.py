"""Staff record a participant's report facts and end their programme; the former participant
answers the six-month question from the outbox's message."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Router
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.input import ManagedTextInput
from aiogram_dialog.widgets.kbd import Button
from babel.dates import format_date

from dialogs.common import (
    NOT_ALLOWED,
    NOTICE,
    actor_of,
    as_id,
    participant_or_refuse,
    refuse_button,
    set_notice,
    translator,
)
from dialogs.context import clock_of, session_of, settings_of
from dialogs.programme.callbacks import FOLLOW_UP_LETTERS, FollowUpAnswer, JobMonth
from dialogs.states import ProgrammeSG
from rules.clock import Clock
from rules.config import Settings
from rules.i18n import Translator, babel_locale
from storage import programme
from storage.people import Actor
from storage.programme import Answered, Ending

logger = logging.getLogger(__name__)
PARTICIPANT_ID = "participant_id"
FACT = "fact"
STATUS = "status"
# Set when the job start is asked right after ending a programme with a job.
AFTER_END = "after_end"


# -- from the participant card ----------------------------------------------------------------


async def _start(manager: DialogManager, state: Any) -> None:
    """Open a programme screen for the participant on the card (the getter checks access)."""
    participant_id = as_id(str(manager.dialog_data.get(PARTICIPANT_ID, "")))
    await manager.start(state, data={PARTICIPANT_ID: participant_id or 0})


async def start_facts(manager: DialogManager, participant_id: int) -> None:
    """Open a participant's report facts from another feature (the getter checks access)."""
    await manager.start(ProgrammeSG.facts, data={PARTICIPANT_ID: participant_id})


async def on_open_facts(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _start(manager, ProgrammeSG.facts)


async def on_open_end(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _start(manager, ProgrammeSG.end)


def participant_id(manager: DialogManager) -> int:
    data = manager.start_data if isinstance(manager.start_data, dict) else {}
    return int(data.get(PARTICIPANT_ID, 0))


# -- report facts --------------------------------------------------------------------------------


async def on_fact(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, fact: str
) -> None:
    settings: Settings = settings_of(manager)
    if fact == programme.BIRTH_YEAR:
        await manager.switch_to(ProgrammeSG.birth_year)
    elif fact == programme.JOB_STARTED:
        manager.dialog_data.pop(AFTER_END, None)
        await manager.switch_to(ProgrammeSG.job_start)
    elif fact in programme.CHOICES and (
        fact not in programme.SENSITIVE or settings.report_sensitive
    ):
        manager.dialog_data[FACT] = fact
        await manager.switch_to(ProgrammeSG.fact)


async def _save(manager: DialogManager, fact: str, value: str) -> None:
    clock: Clock = clock_of(manager)
    settings: Settings = settings_of(manager)
    saved = await programme.set_fact(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id(manager),
        fact=fact,
        value=value,
        now=clock.now(),
        sensitive=settings.report_sensitive,
    )
    set_notice(manager, "programme-saved" if saved else "core-not-allowed")
    await manager.switch_to(ProgrammeSG.facts)


async def on_value(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, value: str
) -> None:
    fact = str(manager.dialog_data.get(FACT, ""))
    if value in programme.CHOICES.get(fact, ()):
        await _save(manager, fact, value)


def clean_birth_year(text: str) -> str:
    """Four digits of a plausible birth year; ValueError otherwise (storage checks again)."""
    year = text.strip()
    if not year.isascii() or not year.isdigit() or len(year) != 4:
        raise ValueError("not a year")
    return year


async def on_birth_year(
    _message: Message, _widget: ManagedTextInput[str], manager: DialogManager, year: str
) -> None:
    clock: Clock = clock_of(manager)
    if not programme.valid_birth_year(int(year), clock.now()):
        await _message.answer(translator(manager)("programme-birth-year-bad"))
        return
    await _save(manager, programme.BIRTH_YEAR, year)


async def on_bad_birth_year(
    message: Message, _widget: ManagedTextInput[str], manager: DialogManager, _error: ValueError
) -> None:
    await message.answer(translator(manager)("programme-birth-year-bad"))


# -- ending the programme ------------------------------------------------------------------------


async def on_exit_status(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, status: str
) -> None:
    if status in programme.exit_statuses():
        manager.dialog_data[STATUS] = status
        await manager.switch_to(ProgrammeSG.confirm)


_ENDING_NOTICE = {
    Ending.ENDED: "programme-ended-saved",
    Ending.ALREADY: "programme-end-again",
    Ending.REFUSED: "core-not-allowed",
}


async def on_end_confirmed(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    clock: Clock = clock_of(manager)
    ending = await programme.end_programme(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id(manager),
        status=str(manager.dialog_data.get(STATUS, "")),
        now=clock.now(),
    )
    if ending is Ending.ENDED and manager.dialog_data.get(STATUS) == programme.EMPLOYED:
        # A job at exit: the day it started is what the job targets count from.
        manager.dialog_data[AFTER_END] = True
        await manager.switch_to(ProgrammeSG.job_start)
        return
    await manager.done({NOTICE: _ENDING_NOTICE[ending]})


async def _save_job_start(manager: DialogManager, day: date | None) -> None:
    clock: Clock = clock_of(manager)
    settings: Settings = settings_of(manager)
    saved = await programme.set_job_start(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id(manager),
        day=day,
        now=clock.now(),
        zone=ZoneInfo(settings.timezone),
    )
    if manager.dialog_data.pop(AFTER_END, None):
        await manager.done({NOTICE: "programme-ended-saved" if saved else NOT_ALLOWED})
        return
    set_notice(manager, "programme-saved" if saved else NOT_ALLOWED)
    await manager.switch_to(ProgrammeSG.facts)


async def on_job_start(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, day: date
) -> None:
    await _save_job_start(manager, day)


async def on_job_start_unknown(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    await _save_job_start(manager, None)


# -- six months after: a button on the outbox's message ------------------------------------------


async def on_follow_up(
    callback: CallbackQuery,
    callback_data: FollowUpAnswer,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    clock: Clock,
    settings: Settings,
) -> None:
    """One tap answers "what do you do now?". The first answer counts; later taps change nothing."""
    actor = await participant_or_refuse(
        callback, session=session, actor=actor, now=clock.now(), i18n=i18n
    )
    if actor is None:
        return
    answered = await programme.answer_follow_up(
        session, actor=actor, answer=FOLLOW_UP_LETTERS[callback_data.answer], now=clock.now()
    )
    if answered is Answered.NOT_ASKED:
        await refuse_button(callback, session=session, actor=actor, now=clock.now(), i18n=i18n)
        return
    key = "programme-follow-up-thanks" if answered is Answered.SAVED else "programme-follow-up-done"
    markup = None
    if (
        answered is Answered.SAVED
        and callback_data.answer == "w"
        and await programme.wants_job_start(session, actor=actor)
    ):
        # Working, and their lots never recorded since when: the job targets count from it.
        key = "programme-job-month-ask"
        markup = job_months_markup(i18n, clock.now().astimezone(ZoneInfo(settings.timezone)).date())
    await _answered(callback, i18n(key), markup)


async def _answered(
    callback: CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """An answer on a message the outbox sent: its buttons go, so an old one cannot be
    pressed by mistake, and the reply follows below."""
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
        await callback.message.answer(text, reply_markup=markup)


def job_months_markup(i18n: Translator, today: date) -> InlineKeyboardMarkup:
    """This month and the eleven before it, newest first, three a row; then "I don't
    remember". Month names in the reader's language."""
    months = [
        InlineKeyboardButton(
            text=format_date(first, "LLLL y", locale=babel_locale(i18n.locale)),
            callback_data=JobMonth(month=first.strftime("%Y-%m")).pack(),
        )
        for first in programme.job_months(today)
    ]
    rows = [months[i : i + 3] for i in range(0, len(months), 3)]
    unknown = InlineKeyboardButton(
        text=i18n("programme-job-month-unknown"), callback_data=JobMonth(month="").pack()
    )
    return InlineKeyboardMarkup(inline_keyboard=[*rows, [unknown]])


def parse_month(text: str) -> date | None:
    """ "2027-03" as its first day; ValueError for anything else (forged data)."""
    year, dash, month = text.partition("-")
    if not (dash and len(year) == 4 and len(month) == 2 and (year + month).isascii()):
        raise ValueError(text)
    return date(int(year), int(month), 1)


async def on_job_month(
    callback: CallbackQuery,
    callback_data: JobMonth,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    clock: Clock,
    settings: Settings,
) -> None:
    """The month a former participant's job started, or that they do not remember."""
    now = clock.now()
    actor = await participant_or_refuse(callback, session=session, actor=actor, now=now, i18n=i18n)
    if actor is None:
        return
    try:
        month = parse_month(callback_data.month) if callback_data.month else None
    except ValueError:
        month, answered = None, Answered.NOT_ASKED
    else:
        answered = await programme.answer_job_month(
            session, actor=actor, month=month, now=now, zone=ZoneInfo(settings.timezone)
        )
    if answered is Answered.NOT_ASKED:
        await refuse_button(callback, session=session, actor=actor, now=now, i18n=i18n)
        return
    key = "programme-follow-up-thanks" if answered is Answered.SAVED else "programme-follow-up-done"
    await _answered(callback, i18n(key))


def router() -> Router:
    """Buttons on messages the outbox sent: they carry no dialog, so they come before dialogs."""
    buttons = Router(name="programme_buttons")
    buttons.callback_query.register(on_follow_up, FollowUpAnswer.filter())
    buttons.callback_query.register(on_job_month, JobMonth.filter())
    return buttons
