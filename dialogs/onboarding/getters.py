from __future__ import annotations

from typing import Any

from aiogram.types import User
from aiogram_dialog import DialogManager

from dialogs.context import telegram_user_of
from storage.people import clean_name


def name_in_telegram(user: User | None) -> str | None:
    """The first name the person gave Telegram, when it can be a name here; else None."""
    if user is None:
        return None
    try:
        return clean_name(user.first_name)
    except ValueError:
        return None


async def telegram_name(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """The name offered on a one-tap button (none when Telegram's cannot be used)."""
    return {"name": name_in_telegram(telegram_user_of(dialog_manager))}
