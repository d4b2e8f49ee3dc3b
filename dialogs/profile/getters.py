from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager

from bot.i18n import Localization
from dialogs.common import actor_of, translator
from storage import people


async def languages(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """Each shipped language in its own name; the reader's current one is ticked."""
    l10n: Localization = dialog_manager.middleware_data["l10n"]
    current = translator(dialog_manager).locale
    return {
        "languages": [
            (locale, f"✓ {name}" if locale == current else name)
            for locale, name in l10n.language_names()
        ]
    }


async def current_name(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    person = await people.get_visible(
        dialog_manager.middleware_data["session"],
        actor=actor_of(dialog_manager),
        person_id=actor_of(dialog_manager).person_id,
    )
    return {"name": person.display_name if person else None}
