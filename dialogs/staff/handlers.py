from __future__ import annotations

import asyncio
from datetime import timedelta
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.types import BufferedInputFile, CallbackQuery
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

from bot.clock import Clock
from bot.config import Settings
from bot.invites import bot_username, deep_link, qr_png
from dialogs.common import actor_of, translator
from storage import audit, invites
from storage.people import Role

_ROLE_OF_BUTTON = {
    "invite_participant": Role.PARTICIPANT,
    "invite_staff": Role.STAFF,
    "invite_admin": Role.ADMIN,
}
_READY_TEXT = {
    Role.PARTICIPANT: "staff-invite-participant-ready",
    Role.STAFF: "staff-invite-staff-ready",
    Role.ADMIN: "staff-invite-admin-ready",
}


async def on_invite(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    """Make a single-use invite and send its link and QR code as a photo.

    The plain code goes only into this message: the database keeps its hash, and the
    dialog's stored state never sees it.
    """
    data = manager.middleware_data
    actor = actor_of(manager)
    settings: Settings = data["settings"]
    clock: Clock = data["clock"]
    role = _ROLE_OF_BUTTON[button.widget_id or ""]
    if role is not Role.PARTICIPANT and not actor.is_admin:
        await audit.record(
            data["session"],
            now=clock.now(),
            action="deny:invite-staff",
            allowed=False,
            actor_id=actor.person_id,
            actor_telegram_id=actor.telegram_id,
        )
        await callback.answer(translator(manager)("core-not-allowed"))
        return
    bot: Bot = data["bot"]
    invite = await invites.create_invite(
        data["session"],
        role=role,
        now=clock.now(),
        ttl=timedelta(days=settings.invite_ttl_days),
        staff_id=actor.person_id if role is Role.PARTICIPANT else None,
        created_by_id=actor.person_id,
    )
    link = deep_link(await bot_username(bot, settings), invite.code)
    png = await asyncio.to_thread(qr_png, link)
    expires = invite.expires_at.astimezone(ZoneInfo(settings.timezone))
    caption = translator(manager)(_READY_TEXT[role], expires=expires, link=link)
    await bot.send_photo(
        actor.telegram_id, BufferedInputFile(png, filename="invite.png"), caption=caption
    )
    # Show the menu again below the invite, so the buttons stay at hand.
    manager.show_mode = ShowMode.SEND
