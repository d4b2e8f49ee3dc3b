from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel, Column

from dialogs.common import Screen, Tr, choices
from dialogs.profile import getters, handlers
from dialogs.profile.widgets import language_buttons, name_input
from dialogs.states import LanguageSG, NameSG, PauseSG

BACK_ID = "back"
PAUSE_ID = "pause"


def language_dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("profile-pick-language"),
            language_buttons(handlers.on_pick_language),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=LanguageSG.pick,
            getter=getters.languages,
        ),
    )


def name_dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("profile-name-now", when="name"),
            Tr("profile-name-none", when=lambda data, _w, _m: not data.get("name")),
            Tr("profile-ask-name"),
            name_input(handlers.on_name),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=NameSG.ask,
            getter=getters.current_name,
        ),
    )


def pause_dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("pause-ask"),
            Column(choices(PAUSE_ID, "choices", handlers.on_pause)),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=PauseSG.pick,
            getter=getters.pause_choices,
        ),
    )
