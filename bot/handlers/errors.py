"""Errors: an old button leads home with one line; anything else gets a kind word and an id-only log."""

from __future__ import annotations

import logging
import traceback
from typing import Any

from aiogram import Router
from aiogram.filters import ExceptionTypeFilter
from aiogram.types import CallbackQuery, ErrorEvent, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.api.exceptions import OutdatedIntent, UnknownIntent, UnknownState
from aiogram_dialog.utils import CB_SEP

from dialogs.common import go_home
from rules.clock import Clock
from rules.i18n import Localization, Translator
from storage import audit
from storage.people import Actor

logger = logging.getLogger(__name__)


def _translator(data: dict[str, Any]) -> Translator:
    i18n: Translator | None = data.get("i18n")
    if i18n is not None:
        return i18n
    l10n: Localization = data["l10n"]
    return l10n(l10n.default_locale)


async def _reply(event: ErrorEvent, text: str) -> None:
    update = event.update
    if update.callback_query is not None:
        await update.callback_query.answer(text)
    elif update.message is not None:
        await update.message.answer(text)


async def on_old_button(event: ErrorEvent, dialog_manager: DialogManager, **data: Any) -> None:
    """A button from an old message, from before a restart, or naming a dialog that is gone."""
    actor: Actor | None = data.get("actor")
    logger.info(
        "old dialog button from user %s: %s",
        actor.telegram_id if actor else None,
        type(event.exception).__name__,
    )
    i18n = _translator(data)
    if actor is None:
        # A stranger (or someone who left): the long notice goes as a message, not a toast,
        # which Telegram limits to 200 characters.
        callback = event.update.callback_query
        if callback is not None:
            await callback.answer()
            if isinstance(callback.message, Message):
                await callback.message.answer(i18n("start-no-invite"))
        else:
            await _reply(event, i18n("start-no-invite"))
        return
    callback = event.update.callback_query
    if callback is not None:
        # An old button, or data from someone else's screen: either way refused, so audited.
        await audit_refused_button(data, actor, callback, type(event.exception).__name__)
        await callback.answer()
    await go_home(dialog_manager, actor, notice="core-old-button", show_mode=ShowMode.SEND)


async def audit_refused_button(
    data: dict[str, Any], actor: Actor, callback: CallbackQuery, why: str
) -> None:
    """An audit row for a button that opened nothing: who, why, and the widget it named."""
    clock: Clock = data["clock"]
    widget = (callback.data or "").rpartition(CB_SEP)[2]
    await audit.record(
        data["session"],
        now=clock.now(),
        action="deny:old-button",
        allowed=False,
        actor_id=actor.person_id,
        actor_telegram_id=actor.telegram_id,
        detail=f"{why} {widget}"[: audit.DETAIL_MAX],
    )


async def on_error(event: ErrorEvent, **data: Any) -> None:
    """Log with ids and the code path only: an exception's text may quote what a user wrote."""
    user = data.get("event_from_user")
    frames = "".join(traceback.format_tb(event.exception.__traceback__))
    logger.error(
        "update %s from user %s failed with %s\n%s",
        event.update.update_id,
        user.id if user else None,
        type(event.exception).__name__,
        frames,
    )
    try:
        await _reply(event, _translator(data)("core-error"))
    except Exception as reply_error:
        logger.warning(
            "could not tell user %s about an error: %s",
            user.id if user else None,
            type(reply_error).__name__,
        )


def router() -> Router:
    errors = Router(name="errors")
    errors.errors.register(
        on_old_button, ExceptionTypeFilter(UnknownIntent, OutdatedIntent, UnknownState)
    )
    errors.errors.register(on_error)
    return errors
