from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Row

from dialogs.common import Screen, Tr
from dialogs.onboarding import getters, handlers
from dialogs.states import OnboardingSG
from dialogs.widgets.profile import language_buttons, languages, name_input

ACCEPT_ID = "accept"
DECLINE_ID = "decline"
SKIP_NAME_ID = "skip_name"
TELEGRAM_NAME_ID = "telegram_name"


def dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("onboarding-pick-language"),
            language_buttons(handlers.on_language),
            state=OnboardingSG.language,
            getter=languages,
        ),
        Screen(
            Tr("onboarding-welcome"),
            Tr("onboarding-privacy"),
            Row(
                Button(Tr("onboarding-accept"), id=ACCEPT_ID, on_click=handlers.on_accept),
                Button(Tr("onboarding-decline"), id=DECLINE_ID, on_click=handlers.on_decline),
            ),
            state=OnboardingSG.privacy,
        ),
        Screen(
            Tr("onboarding-ask-name"),
            name_input(handlers.on_name),
            Button(Tr("onboarding-skip-name"), id=SKIP_NAME_ID, on_click=handlers.on_skip_name),
            state=OnboardingSG.name,
        ),
        # Staff must have a name: participants read it when they book and under messages.
        Screen(
            Tr("onboarding-staff-ask-name"),
            name_input(handlers.on_staff_name),
            Button(
                Tr("onboarding-staff-name-use"),
                id=TELEGRAM_NAME_ID,
                on_click=handlers.on_telegram_name,
                when="name",
            ),
            state=OnboardingSG.staff_name,
            getter=getters.telegram_name,
        ),
    )
