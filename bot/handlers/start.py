"""/start: with an invite code it lets a person in; without one it says who the bot is for."""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Router
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import Message
from aiogram_dialog import DialogManager

from dialogs.common import go_home
from dialogs.context import bind_identity
from rules.clock import Clock
from rules.config import Settings
from rules.i18n import Localization, Translator
from storage import invites, people
from storage.people import Actor, Role

logger = logging.getLogger(__name__)


async def start_with_code(
    message: Message,
    command: CommandObject,
    dialog_manager: DialogManager,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    settings: Settings,
    l10n: Localization,
    clock: Clock,
    **_: Any,
) -> None:
    if actor is not None:
        # Already a member: the code stays unused for whoever it was meant for.
        if actor.onboarded:
            await message.answer(i18n("start-already-member"))
        await go_home(dialog_manager, actor)
        return
    assert message.from_user is not None
    if message.from_user.id in settings.admin_ids:
        # A configured admin needs no invite, and must not use up someone else's.
        await _join_as_configured_admin(
            message.from_user.id, dialog_manager, session, i18n, settings, l10n, clock
        )
        return
    try:
        person = await invites.redeem_invite(
            session,
            code=command.args or "",
            telegram_id=message.from_user.id,
            locale=i18n.locale,
            timezone=settings.timezone,
            now=clock.now(),
        )
    except invites.InviteRejected:
        logger.info("rejected an invite code from user %s", message.from_user.id)
        await message.answer(i18n("start-invite-invalid"))
        return
    except invites.AlreadyJoined:
        # Two links at once: the other one let them in, and its screens carry on.
        logger.info("user %s joined with another code meanwhile", message.from_user.id)
        await message.answer(i18n("start-invite-already-joined"))
        return
    new_actor = Actor.of(person, settings.admin_ids)
    logger.info("user %s joined as person %s (%s)", person.telegram_id, person.id, person.role)
    bind_identity(dialog_manager.middleware_data, new_actor, l10n(person.locale))
    await go_home(dialog_manager, new_actor)


async def start_plain(
    message: Message,
    dialog_manager: DialogManager,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    settings: Settings,
    l10n: Localization,
    clock: Clock,
    **_: Any,
) -> None:
    if actor is not None:
        await go_home(dialog_manager, actor)
        return
    assert message.from_user is not None
    if message.from_user.id in settings.admin_ids:
        await _join_as_configured_admin(
            message.from_user.id, dialog_manager, session, i18n, settings, l10n, clock
        )
        return
    await message.answer(i18n("start-no-invite"))


async def _join_as_configured_admin(
    telegram_id: int,
    dialog_manager: DialogManager,
    session: Any,
    i18n: Translator,
    settings: Settings,
    l10n: Localization,
    clock: Clock,
) -> None:
    """The operator vouched for ADMIN_IDS. They are stored as staff: admin rights come from
    the setting alone, so removing an id from ADMIN_IDS takes them away."""
    person = await people.create_person(
        session,
        telegram_id=telegram_id,
        role=Role.STAFF,
        locale=i18n.locale,
        timezone=settings.timezone,
        now=clock.now(),
    )
    admin = Actor.of(person, settings.admin_ids)
    bind_identity(dialog_manager.middleware_data, admin, l10n(person.locale))
    await go_home(dialog_manager, admin)


def router() -> Router:
    start = Router(name="start")
    start.message.register(start_with_code, CommandStart(deep_link=True))
    start.message.register(start_plain, CommandStart())
    return start
