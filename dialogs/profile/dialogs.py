from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Back, Cancel, Column, Group

from dialogs.common import Screen, Tr, choices
from dialogs.profile import getters, handlers
from dialogs.profile.widgets import language_buttons, name_input
from dialogs.states import LanguageSG, NameSG, PauseSG, QuietSG

BACK_ID = "back"
PAUSE_ID = "pause"
QUIET_START_ID = "quiet_start"
QUIET_END_ID = "quiet_end"


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


def quiet_dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("quiet-ask-start"),
            Group(choices(QUIET_START_ID, "starts", handlers.on_quiet_start), width=4),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=QuietSG.start,
            getter=getters.quiet_choices,
        ),
        Screen(
            Tr("quiet-ask-end"),
            Group(choices(QUIET_END_ID, "ends", handlers.on_quiet_end), width=5),
            Back(Tr("core-button-back"), id=BACK_ID),
            state=QuietSG.end,
            getter=getters.quiet_choices,
        ),
    )
