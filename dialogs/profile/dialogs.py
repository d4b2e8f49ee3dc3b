from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Back, Button, Cancel, Column, Group, Start

from dialogs.common import Screen, Tr, TrFrom, choices, keep_notice
from dialogs.profile import getters, handlers
from dialogs.states import InfoSG, LanguageSG, NameSG, PauseSG, PhoneSG, QuietSG, SettingsSG
from dialogs.widgets.profile import language_buttons, languages, name_input

BACK_ID = "back"
LANGUAGE_ID = "language"
NAME_ID = "name"
PAUSE_ID = "pause"
RESUME_ID = "resume"
QUIET_ID = "quiet"
PRIVACY_ID = "privacy"
HELP_ID = "help"
PHONE_ID = "phone"
QUIET_START_ID = "quiet_start"
QUIET_END_ID = "quiet_end"


def language_dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("profile-pick-language"),
            language_buttons(handlers.on_pick_language),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=LanguageSG.pick,
            getter=languages,
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


def settings_dialog() -> Dialog:
    """⚙️ Settings, from the menu or /settings: one tap to each of the reader's own settings."""
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("profile-settings-title"),
            Tr("pause-status", when="paused"),
            Start(Tr("menu-language"), id=LANGUAGE_ID, state=LanguageSG.pick),
            Start(Tr("menu-name"), id=NAME_ID, state=NameSG.ask),
            Button(
                Tr("menu-pause"),
                id=PAUSE_ID,
                on_click=handlers.start_for_participant(PauseSG.pick),
                when="running",
            ),
            Button(Tr("menu-resume"), id=RESUME_ID, on_click=handlers.on_resume, when="paused"),
            Button(
                Tr("menu-quiet"),
                id=QUIET_ID,
                on_click=handlers.start_for_participant(QuietSG.start),
                when="participant",
            ),
            Start(Tr("lotsline-phone-button"), id=PHONE_ID, state=PhoneSG.ask, when="staff"),
            Start(Tr("menu-privacy"), id=PRIVACY_ID, state=InfoSG.privacy),
            Start(Tr("menu-help"), id=HELP_ID, state=InfoSG.help),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=SettingsSG.main,
            getter=getters.settings,
        ),
        on_process_result=keep_notice,
    )
