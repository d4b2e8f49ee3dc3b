from __future__ import annotations

from typing import Any

from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button

from dialogs.common import actor_of, go_home, translator
from dialogs.context import act_as, clock_of, forget_after_update, l10n_of, session_of, settings_of
from dialogs.onboarding.getters import name_in_telegram
from dialogs.profile import save_locale
from dialogs.states import OnboardingSG
from rules.i18n import Localization
from storage import joining, people
from storage.people import Actor, Role


async def on_language(
    callback: CallbackQuery, _widget: Any, manager: DialogManager, locale: str
) -> None:
    actor = await save_locale(manager, locale)
    if actor is None:
        return
    if actor.role is Role.PARTICIPANT:
        await manager.switch_to(OnboardingSG.privacy)
    else:
        await manager.switch_to(OnboardingSG.staff_name)


async def on_accept(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await manager.switch_to(OnboardingSG.name)


async def on_decline(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    actor = actor_of(manager)
    session = session_of(manager)
    if not await people.forget_unfinished(session, actor=actor):
        return
    text = translator(manager)("onboarding-declined")
    await manager.reset_stack(remove_keyboard=True)
    forget_after_update(manager, actor.telegram_id)
    if isinstance(callback.message, Message):
        await callback.message.answer(text)


async def on_name(message: Message, _widget: Any, manager: DialogManager, name: str) -> None:
    session = session_of(manager)
    await people.set_display_name(session, actor=actor_of(manager), name=name)
    await _finish(manager, actor_of(manager), notice="onboarding-done")


async def on_skip_name(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _finish(manager, actor_of(manager), notice="onboarding-done")


async def on_staff_name(_message: Message, _widget: Any, manager: DialogManager, name: str) -> None:
    await _name_staff(manager, name)


async def on_telegram_name(
    callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    # The name is read again from who pressed, never from the button's data.
    name = name_in_telegram(callback.from_user)
    if name is not None:
        await _name_staff(manager, name)


async def _name_staff(manager: DialogManager, name: str) -> None:
    actor = actor_of(manager)
    if not actor.is_staff:
        return  # participants name themselves on their own screen, where naming is optional
    await people.set_display_name(session_of(manager), actor=actor, name=name)
    # A new colleague is welcomed; one who joined before names were asked for is thanked.
    notice = "profile-name-saved" if actor.onboarded else "onboarding-staff-welcome"
    await _finish(manager, actor, notice=notice)


async def _finish(manager: DialogManager, actor: Actor, *, notice: str) -> None:
    person = await joining.finish_onboarding(
        session_of(manager), actor=actor, now=clock_of(manager).now()
    )
    actor = Actor.of(person, settings_of(manager).admin_ids)
    l10n: Localization = l10n_of(manager)
    act_as(manager, actor, l10n(person.locale))
    await go_home(manager, actor, notice=notice)
