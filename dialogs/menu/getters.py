from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, pop_notice
from storage import people


async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    person = await people.get_visible(
        dialog_manager.middleware_data["session"], actor=actor, person_id=actor.person_id
    )
    return {
        "notice": pop_notice(dialog_manager),
        "name": person.display_name if person else None,
        "is_admin": actor.is_admin,
    }
