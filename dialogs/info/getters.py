from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager

from dialogs.common import actor_of
from storage.people import Role


async def role(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {"participant": actor_of(dialog_manager).role is Role.PARTICIPANT}
