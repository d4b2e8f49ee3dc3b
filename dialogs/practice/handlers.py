from __future__ import annotations

import logging
from typing import Any

from aiogram import Router
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button
from fsrs import Rating
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.common import (
    NOT_ALLOWED,
    NOTICE,
    actor_of,
    audit_refusal,
    go_home,
    now_of,
    participant_or_refuse,
    refuse,
    set_notice,
    translator,
)
from dialogs.context import bot_of, session_of
from dialogs.practice import voice
from dialogs.practice.callbacks import PracticeNow
from dialogs.practice.getters import FALLBACK_MEANINGS, SESSION_ID, meanings_of, spoken_part
from dialogs.states import PracticeSG
from rules import drills, speech
from rules.clock import Clock
from rules.i18n import Translator
from storage import practice
from storage.people import Actor

logger = logging.getLogger(__name__)

TYPED_MAX = 100
# Practice was asked for before the language of the meanings was known: it starts once chosen.
THEN_START = "start_after_meanings"


def _number(text: str) -> int | None:
    if not (text.isascii() and text.isdigit()) or len(text) > 4:
        return None
    return int(text)


def _session_id(manager: DialogManager) -> int:
    return int(manager.dialog_data.get(SESSION_ID, 0))


async def start_practice(manager: DialogManager) -> None:
    """Open the day's session (or the one left unfinished), or ask for a track, or for the
    language of the meanings, first."""
    session = session_of(manager)
    profile = await session.get(practice.PracticeProfile, actor_of(manager).person_id)
    if profile is None or profile.track is None:
        await manager.switch_to(PracticeSG.track)
        return
    if await meanings_of(manager) is None:
        manager.dialog_data[THEN_START] = True
        await manager.switch_to(PracticeSG.meanings)
        return
    found = await practice.open_session(session, actor=actor_of(manager), now=now_of(manager))
    if found is None:
        set_notice(manager, "practice-nothing-due")
        return
    manager.dialog_data[SESSION_ID] = found.id
    state = PracticeSG.feedback if found.phase == practice.FEEDBACK else PracticeSG.question
    await manager.switch_to(state)


async def on_meanings(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, locale: str
) -> None:
    """The language of the meanings, chosen; a session asked for before goes on at once."""
    saved = await practice.set_meaning_locale(
        session_of(manager), actor=actor_of(manager), locale=locale
    )
    if saved is None:
        await audit_refusal(manager, asked=locale, action="deny:value")
        set_notice(manager, NOT_ALLOWED)
        return
    if manager.dialog_data.pop(THEN_START, False):
        await start_practice(manager)
        return
    set_notice(manager, "practice-meanings-saved")
    await manager.switch_to(PracticeSG.home)


async def on_start(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await start_practice(manager)


async def on_dialog_start(start_data: Any, manager: DialogManager) -> None:
    if isinstance(start_data, dict) and start_data.get("now"):
        await start_practice(manager)


async def on_prompt_button(
    callback: CallbackQuery,
    dialog_manager: DialogManager,
    session: AsyncSession,
    actor: Actor | None,
    i18n: Translator,
    clock: Clock,
) -> None:
    """ "Practise now" on the daily prompt: straight into a session."""
    actor = await participant_or_refuse(
        callback, session=session, actor=actor, now=clock.now(), i18n=i18n, onboarded=True
    )
    if actor is None:
        return
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)
    await go_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    await dialog_manager.start(PracticeSG.home, data={"now": True}, show_mode=ShowMode.SEND)


def router() -> Router:
    """The prompt's button carries no dialog, so it comes before the dialogs."""
    buttons = Router(name="practice_buttons")
    buttons.callback_query.register(on_prompt_button, PracticeNow.filter())
    return buttons


async def on_track(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, track: str
) -> None:
    chosen = await practice.set_track(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=actor_of(manager).person_id,
        track=track,
    )
    if not chosen:
        await audit_refusal(manager, asked=track, action="deny:value")
    set_notice(manager, "practice-track-saved" if chosen else NOT_ALLOWED)
    await manager.switch_to(PracticeSG.home)


async def on_time(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, at: str
) -> None:
    """Tap a time to add it (at most two a day), tap it again to take it away."""
    profile = await session_of(manager).get(practice.PracticeProfile, actor_of(manager).person_id)
    chosen = set(profile.times()) if profile else set()
    chosen ^= {at}
    if len(chosen) > 2:
        set_notice(manager, "practice-times-max")
        return
    saved = await practice.set_prompt_times(
        session_of(manager), actor=actor_of(manager), times=sorted(chosen), now=now_of(manager)
    )
    if saved is None:
        await audit_refusal(manager, asked=at, action="deny:value")
        set_notice(manager, NOT_ALLOWED)


async def on_option(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    """A multiple-choice answer: the button says which item it belongs to and which it names."""
    position_text, _, chosen = item_id.partition(".")
    position = _number(position_text)
    current = await practice.step(
        session_of(manager), actor=actor_of(manager), session_id=_session_id(manager)
    )
    if (
        position is None
        or current is None
        or current.number != position
        or current.kind is drills.Kind.TYPE  # typed questions take no option buttons
    ):
        await callback.answer(translator(manager)("practice-old-button"))
        return
    await _answer(callback, manager, position, correct=chosen == current.item.id)


async def on_typed(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    current = await practice.step(
        session_of(manager), actor=actor_of(manager), session_id=_session_id(manager)
    )
    if current is None:
        return
    if current.kind is not drills.Kind.TYPE:
        # Text where a button is expected: say so, and show the question again below.
        await message.answer(translator(manager)("core-unexpected-input"))
        manager.show_mode = ShowMode.SEND
        return
    await _answer(message, manager, current.number, correct=drills.typed_right(text, current.item))


def clean_typed(text: str) -> str:
    text = text.strip()
    if not text or len(text) > TYPED_MAX:
        raise ValueError("typed")
    return text


async def on_bad_typed(
    message: Message, _widget: Any, manager: DialogManager, _error: ValueError
) -> None:
    await message.answer(translator(manager)("core-text-too-long", max=TYPED_MAX))


async def on_dont_know(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    current = await practice.step(
        session_of(manager), actor=actor_of(manager), session_id=_session_id(manager)
    )
    if current is not None:
        await _answer(callback, manager, current.number, correct=False)


async def _answer(
    event: CallbackQuery | Message, manager: DialogManager, position: int, *, correct: bool
) -> None:
    review = await practice.answer(
        session_of(manager),
        actor=actor_of(manager),
        session_id=_session_id(manager),
        position=position,
        correct=correct,
        now=now_of(manager),
    )
    if review is None:
        if isinstance(event, CallbackQuery):
            await event.answer(translator(manager)("practice-old-button"))
        return
    await manager.switch_to(PracticeSG.feedback)


async def on_grade(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    """The participant grades the card themselves: again, hard, good or easy."""
    position_text, _, grade_text = item_id.partition(".")
    position, grade = _number(position_text), _number(grade_text)
    if position is None or grade not in {int(r) for r in Rating}:
        await callback.answer(translator(manager)("practice-old-button"))
        return
    card = await practice.regrade(
        session_of(manager),
        actor=actor_of(manager),
        session_id=_session_id(manager),
        position=position,
        rating=Rating(grade),
        now=now_of(manager),
    )
    if card is None:
        await callback.answer(translator(manager)("practice-old-button"))
        return
    await callback.answer(translator(manager)("practice-graded"))


async def on_next(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    position = _number(item_id)
    found = None
    if position is not None:
        found = await practice.next_item(
            session_of(manager),
            actor=actor_of(manager),
            session_id=_session_id(manager),
            position=position,
            now=now_of(manager),
        )
    if found is None:
        await callback.answer(translator(manager)("practice-old-button"))
        return
    await manager.switch_to(PracticeSG.done if found.finished_at else PracticeSG.question)


async def on_speak(
    callback: CallbackQuery, _widget: object, manager: DialogManager, data: str
) -> None:
    """🔊: the word, sentence or meaning of the item on screen, as a voice note, the screen
    below it. The button names the item: any item but the one this session is on is refused,
    and so is a part that is not to be heard now (see `practice.audible_item`)."""
    item_id, _, code = data.rpartition(".")
    part = spoken_part(code, await meanings_of(manager) or FALLBACK_MEANINGS)
    found = None
    if part is not None:
        found = await practice.audible_item(
            session_of(manager),
            actor=actor_of(manager),
            session_id=_session_id(manager),
            item_id=item_id,
            after_answer=part != speech.WORD,
        )
    if found is None or part is None or not speech.can_say(found[0].packs[item_id], item_id, part):
        await refuse(callback, manager, asked=data)
        return
    track, item = found
    try:
        await voice.send_spoken(
            bot_of(manager),
            session_of(manager),
            chat_id=actor_of(manager).telegram_id,
            track=track,
            item=item,
            part=part,
            now=now_of(manager),
        )
    except (speech.SpeechError, OSError):
        logger.exception("no voice for %s", item.id)
        await callback.answer(translator(manager)("practice-voice-failed"))
        return
    await callback.answer()
    # The voice note is the newest message: the screen comes again below it.
    manager.show_mode = ShowMode.SEND


async def on_stop(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.done({NOTICE: "practice-saved"})
