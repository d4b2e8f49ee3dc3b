"""Widgets shared by onboarding and the settings dialogs."""

from __future__ import annotations

from typing import Any

from aiogram.types import Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.input import ManagedTextInput, TextInput
from aiogram_dialog.widgets.kbd import Column
from aiogram_dialog.widgets.kbd.select import OnItemClick

from dialogs.common import choices, translator
from dialogs.context import l10n_of
from rules.i18n import Localization
from storage.people import DISPLAY_NAME_MAX, NameTooLong, clean_name

LANGUAGE_SELECT_ID = "lang"
NAME_INPUT_ID = "name"


def language_buttons(on_click: OnItemClick[Any, str]) -> Column:
    """One button per shipped language, each in its own name (getter: `languages`)."""
    return Column(choices(LANGUAGE_SELECT_ID, "languages", on_click))


async def _on_bad_name(
    message: Message, _widget: ManagedTextInput[str], manager: DialogManager, error: ValueError
) -> None:
    translate = translator(manager)
    if isinstance(error, NameTooLong):
        await message.answer(translate("core-text-too-long", max=DISPLAY_NAME_MAX))
    else:
        await message.answer(translate("profile-name-text-only"))


def name_input(on_success: Any) -> TextInput[str]:
    return TextInput(
        id=NAME_INPUT_ID, type_factory=clean_name, on_success=on_success, on_error=_on_bad_name
    )


async def languages(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """Each shipped language in its own name; the reader's current one is ticked."""
    l10n: Localization = l10n_of(dialog_manager)
    current = translator(dialog_manager).locale
    return {
        "languages": [
            (locale, f"✓ {name}" if locale == current else name)
            for locale, name in l10n.language_names()
        ]
    }
