from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button

from dialogs.command_lists import set_chat_commands
from dialogs.common import NOTICE, actor_of, now_of, set_notice, translator
from dialogs.context import act_as, bot_of, clock_of, l10n_of, session_of, settings_of
from dialogs.profile.getters import PAUSE_CHOICES, QUIET_ENDS, QUIET_STARTS
from rules.i18n import Localization
from storage import audit, people
from storage.people import Actor, Role


async def save_locale(manager: DialogManager, locale: str) -> Actor | None:
    """Store the reader's language and speak it from this screen on. None for a forged id."""
    l10n: Localization = l10n_of(manager)
    if locale not in l10n.locales:
        return None
    actor = actor_of(manager)
    previous = translator(manager).locale
    person = await people.set_locale(session_of(manager), actor=actor, locale=locale)
    actor = Actor.of(person, settings_of(manager).admin_ids)
    act_as(manager, actor, l10n(locale))
    # Only a Dari reader's choice (or leaving Dari) calls Telegram: see dialogs.command_lists.
    await set_chat_commands(
        bot_of(manager), l10n, chat_id=actor.telegram_id, locale=locale, previous=previous
    )
    return actor


async def on_pick_language(
    _callback: CallbackQuery, _widget: Any, manager: DialogManager, locale: str
) -> None:
    if await save_locale(manager, locale) is not None:
        await manager.done({NOTICE: "profile-language-saved"})


async def on_name(message: Message, _widget: Any, manager: DialogManager, name: str) -> None:
    session = session_of(manager)
    await people.set_display_name(session, actor=actor_of(manager), name=name)
    await manager.done({NOTICE: "profile-name-saved"})


async def on_pause(
    _callback: CallbackQuery, _widget: Any, manager: DialogManager, days: str
) -> None:
    """Pause every message for whole days: through the last chosen day, in the person's zone."""
    if not days.isdigit() or int(days) not in PAUSE_CHOICES:
        return
    actor = actor_of(manager)
    person = await people.get_visible(session_of(manager), actor=actor, person_id=actor.person_id)
    assert person is not None
    zone = ZoneInfo(person.timezone)
    first_day_back = clock_of(manager).now().astimezone(zone).date() + timedelta(days=int(days) + 1)
    until = datetime.combine(first_day_back, time(0), tzinfo=zone).astimezone(UTC)
    await people.pause(session_of(manager), actor=actor, until=until)
    await manager.done({NOTICE: "pause-saved"})


async def refused_unless_participant(callback: CallbackQuery, manager: DialogManager) -> bool:
    """True (and the refusal answered and audited) when the actor is not a participant: the
    settings screen is shared, its pause and quiet hours are theirs alone."""
    actor = actor_of(manager)
    if actor.role is Role.PARTICIPANT:
        return False
    await audit.record_for(
        session_of(manager),
        actor=actor,
        now=now_of(manager),
        action="deny:participant-settings",
        allowed=False,
    )
    await callback.answer(translator(manager)("core-not-allowed"))
    return True


def start_for_participant(state: State) -> Any:
    """A settings button that opens `state` for a participant, and refuses anyone else."""

    async def on_click(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
        if not await refused_unless_participant(callback, manager):
            await manager.start(state)

    return on_click


async def on_resume(callback: CallbackQuery, _widget: Any, manager: DialogManager) -> None:
    if await refused_unless_participant(callback, manager):
        return
    await people.resume(session_of(manager), actor=actor_of(manager))
    set_notice(manager, "pause-resumed")


async def on_quiet_start(
    _callback: CallbackQuery, _widget: Any, manager: DialogManager, start: str
) -> None:
    if start in QUIET_STARTS:
        manager.dialog_data["start"] = start
        await manager.next()


async def on_quiet_end(
    _callback: CallbackQuery, _widget: Any, manager: DialogManager, end: str
) -> None:
    start = manager.dialog_data.get("start")
    if end not in QUIET_ENDS or start not in QUIET_STARTS:
        return
    await people.set_quiet_hours(session_of(manager), actor=actor_of(manager), start=start, end=end)
    await manager.done({NOTICE: "quiet-saved"})
