from aiogram_dialog import Dialog, Window
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Tr, unexpected_input
from dialogs.profile import getters, handlers
from dialogs.profile.widgets import language_buttons, name_input
from dialogs.states import LanguageSG, NameSG

BACK_ID = "back"


def language_dialog() -> Dialog:
    return Dialog(
        Window(
            Tr("profile-pick-language"),
            language_buttons(handlers.on_pick_language),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            unexpected_input(),
            state=LanguageSG.pick,
            getter=getters.languages,
        ),
    )


def name_dialog() -> Dialog:
    return Dialog(
        Window(
            Tr("profile-name-now", when="name"),
            Tr("profile-name-none", when=lambda data, _w, _m: not data.get("name")),
            Tr("profile-ask-name"),
            name_input(handlers.on_name),
            unexpected_input(),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=NameSG.ask,
            getter=getters.current_name,
        ),
    )
