from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot, Router
from aiogram.enums import ChatAction
from aiogram.types import BufferedInputFile, CallbackQuery
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

from dialogs.assessment import chart
from dialogs.assessment.callbacks import StartRound
from dialogs.assessment.getters import ROUND_ID, round_id_of, trend
from dialogs.common import (
    NOTICE,
    actor_of,
    as_id,
    chat_action,
    checked_id,
    go_home,
    now_of,
    participant_or_refuse,
    refuse_button,
    set_notice,
    translator,
)
from dialogs.context import bot_of, session_of, settings_of
from dialogs.states import AssessmentSG
from rules.clock import Clock
from rules.i18n import Translator
from rules.instruments import Instrument, catalogue
from storage import assessments
from storage.assessments import AssessmentRound
from storage.people import Actor

logger = logging.getLogger(__name__)
TALKED = "talked"
# The dialog's round as [id, instrument, form], kept beside its id (ROUND_ID).
ROUND_KIND = "round_kind"
# Charts are drawn one at a time in a thread of their own. Eight drawn at once in the default
# pool (six threads) fought the event loop for the interpreter: the loop waited behind them
# 100-280 ms at a time, while on two cores they took no less time all together.
_drawing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart")


def _round_data(found: AssessmentRound) -> dict[str, Any]:
    """The round a dialog is about, with its instrument and form: they never change, and an
    answer needs them to know which item it is for, without reading the round again."""
    return {ROUND_ID: found.id, ROUND_KIND: [found.id, found.instrument, found.form]}


def _keep_round(manager: DialogManager, found: AssessmentRound) -> None:
    manager.dialog_data.update(_round_data(found))


async def _round_kind(manager: DialogManager) -> tuple[str, str] | None:
    """The instrument and form of the dialog's round: as kept with its id, or read once (a
    dialog begun before they were kept). None when the round is not the actor's."""
    round_id = round_id_of(manager)
    kept = manager.dialog_data.get(ROUND_KIND)
    if isinstance(kept, list) and len(kept) == 3 and kept[0] == round_id:
        return str(kept[1]), str(kept[2])
    found = await assessments.own_round(
        session_of(manager), actor=actor_of(manager), round_id=round_id
    )
    if found is None:
        return None
    _keep_round(manager, found)
    return found.instrument, found.form


def _first_state(found: AssessmentRound) -> Any:
    """A round not yet begun opens with its intro; one begun resumes at its item."""
    return AssessmentSG.item if found.reached > 0 else AssessmentSG.intro


async def on_start_button(
    callback: CallbackQuery,
    callback_data: StartRound,
    dialog_manager: DialogManager,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    clock: Clock,
) -> None:
    """ "Start now" on an invitation from the outbox: the round opens where it stands."""
    actor = await participant_or_refuse(
        callback, session=session, actor=actor, now=clock.now(), i18n=i18n, onboarded=True
    )
    if actor is None:
        return
    found = await assessments.own_round(session, actor=actor, round_id=callback_data.round_id)
    if found is None:
        await refuse_button(callback, session=session, actor=actor, now=clock.now(), i18n=i18n)
        return
    if not found.is_open:
        await callback.answer(i18n("assessment-already-done"))
        return
    await callback.answer()
    await go_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    await dialog_manager.start(
        _first_state(found), data=_round_data(found), show_mode=ShowMode.SEND
    )


def router() -> Router:
    """Buttons on messages the outbox sent: they carry no dialog, so they come before dialogs."""
    buttons = Router(name="assessment_buttons")
    buttons.callback_query.register(on_start_button, StartRound.filter())
    return buttons


async def on_dialog_start(start_data: Any, manager: DialogManager) -> None:
    if isinstance(start_data, dict) and (found := as_id(str(start_data.get(ROUND_ID, "")))):
        manager.dialog_data[ROUND_ID] = found
        manager.dialog_data[ROUND_KIND] = start_data.get(ROUND_KIND)


# -- choosing a round ------------------------------------------------------------------------


async def _own_round(manager: DialogManager, round_id: int) -> bool:
    found = await assessments.own_round(
        session_of(manager), actor=actor_of(manager), round_id=round_id
    )
    return found is not None


async def on_round_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    round_id = await checked_id(callback, manager, item_id, may_open=_own_round)
    if round_id is None:
        return
    found = await assessments.own_round(
        session_of(manager), actor=actor_of(manager), round_id=round_id
    )
    if found is None or not found.is_open:
        set_notice(manager, "assessment-gone")
        return
    _keep_round(manager, found)
    await manager.switch_to(_first_state(found))


async def on_self_selected(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, instrument_id: str
) -> None:
    found = await assessments.start_self(
        session_of(manager),
        actor=actor_of(manager),
        instrument=instrument_id,
        now=now_of(manager),
    )
    if found is None:
        set_notice(manager, "assessment-gone")
        return
    _keep_round(manager, found)
    await manager.switch_to(_first_state(found))


async def on_results_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, instrument_id: str
) -> None:
    actor = actor_of(manager)
    results = await assessments.results(
        session_of(manager), participant_id=actor.person_id, instrument=instrument_id
    )
    if not results:
        set_notice(manager, "assessment-gone")
        return
    _keep_round(manager, results[-1].round)
    manager.dialog_data[TALKED] = True  # the talk offer belongs to a round just finished
    await send_chart(manager, actor.telegram_id, instrument_id, actor.person_id, caption=None)
    await manager.switch_to(AssessmentSG.result, show_mode=ShowMode.SEND)


# -- answering ----------------------------------------------------------------------------


async def on_begin(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.switch_to(AssessmentSG.item)


async def on_later(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.done({NOTICE: "assessment-saved"})


async def on_decline(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await assessments.decline(
        session_of(manager),
        actor=actor_of(manager),
        round_id=round_id_of(manager),
        now=now_of(manager),
    )
    await manager.done({NOTICE: "assessment-declined"})


def _number(text: str) -> int | None:
    """A small whole number from callback data (forged data gives None)."""
    digits = text.removeprefix("-")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 4:
        return None
    return int(text)


async def on_value(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    """An answer button: its data says which item it belongs to and which value it is."""
    position, _, value = item_id.partition(".")
    parsed = (_number(position), _number(value))
    if parsed[0] is None or parsed[1] is None:
        await _refused(callback, manager)
        return
    await _answer(callback, manager, parsed[0], parsed[1])


async def on_skip(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    """Skip: the button carries the item's position, so a double tap skips only one."""
    if (position := _number(item_id)) is None:
        await _refused(callback, manager)
        return
    await _answer(callback, manager, position, None)


async def on_back(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    position = _number(item_id)
    moved = None
    if position is not None:
        moved = await assessments.back(
            session_of(manager),
            actor=actor_of(manager),
            round_id=round_id_of(manager),
            position=position,
        )
    if moved is None:
        await _refused(callback, manager)


async def _refused(callback: CallbackQuery, manager: DialogManager) -> None:
    """An old button, a double tap, a forged value: say so, and show the item the round is on."""
    await callback.answer(translator(manager)("assessment-old-question"))


async def _answer(
    callback: CallbackQuery, manager: DialogManager, position: int, value: int | None
) -> None:
    actor = actor_of(manager)
    kind = await _round_kind(manager)
    found = None
    if kind is not None:
        found = await assessments.answer(
            session_of(manager),
            actor=actor,
            round_id=round_id_of(manager),
            instrument=kind[0],
            form=kind[1],
            position=position,
            value=value,
            now=now_of(manager),
        )
    if found is None:
        await _refused(callback, manager)
        return
    instrument = catalogue().get(found.instrument)
    assert instrument is not None
    if found.completed_at is not None:
        manager.dialog_data.pop(TALKED, None)
        caption = translator(manager)(
            "assessment-chart-caption", title=translator(manager)(instrument.title_key)
        )
        await send_chart(
            manager, actor.telegram_id, instrument.id, actor.person_id, caption=caption
        )
        await manager.switch_to(AssessmentSG.result, show_mode=ShowMode.SEND)
        return
    if _theme_ends(instrument, found):
        await manager.switch_to(AssessmentSG.theme_done)


def _theme_ends(instrument: Instrument, found: AssessmentRound) -> bool:
    """Whether the answer just given finished a theme of a form offered theme by theme."""
    if not instrument.paused_by_theme(found.form):
        return False
    items = instrument.form_items(found.form)
    return instrument.theme_of(items[found.position - 1]) != instrument.theme_of(
        items[found.position]
    )


async def on_talk(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    asked = await assessments.ask_to_talk(
        session_of(manager),
        actor=actor_of(manager),
        round_id=round_id_of(manager),
        now=now_of(manager),
    )
    manager.dialog_data[TALKED] = True
    set_notice(manager, "assessment-talk-sent" if asked else "assessment-gone")


async def on_menu(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.done()


# -- the chart ----------------------------------------------------------------------------


async def send_chart(
    manager: DialogManager,
    chat_id: int,
    instrument_id: str,
    participant_id: int,
    *,
    caption: str | None,
) -> bool:
    """Send the trend chart of one instrument for one participant. False when there is none.

    Callers have checked that the actor may see this participant.
    """
    instrument = catalogue().get(instrument_id)
    results = await assessments.results(
        session_of(manager), participant_id=participant_id, instrument=instrument_id
    )
    if instrument is None or not results:
        return False
    i18n = translator(manager)
    drawn = trend(instrument, results, i18n, ZoneInfo(settings_of(manager).timezone))
    bot: Bot = bot_of(manager)
    text = caption or translator(manager)(
        "assessment-chart-caption", title=translator(manager)(instrument.title_key)
    )
    async with chat_action(bot, chat_id, ChatAction.UPLOAD_PHOTO):
        png = await asyncio.get_running_loop().run_in_executor(
            _drawing,
            partial(
                chart.render,
                drawn.groups,
                drawn.series,
                drawn.top,
                locale=i18n.locale,
                note=drawn.note,
                value_text=drawn.values,
            ),
        )
        await bot.send_photo(chat_id, BufferedInputFile(png, filename="chart.png"), caption=text)
    return True
