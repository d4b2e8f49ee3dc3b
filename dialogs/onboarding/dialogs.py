from aiogram_dialog import Dialog, Window
from aiogram_dialog.widgets.kbd import Button, Row

from dialogs.common import Tr, unexpected_input
from dialogs.onboarding import handlers
from dialogs.profile.getters import languages
from dialogs.profile.widgets import language_buttons, name_input
from dialogs.states import OnboardingSG

ACCEPT_ID = "accept"
DECLINE_ID = "decline"
SKIP_NAME_ID = "skip_name"


def dialog() -> Dialog:
    return Dialog(
        Window(
            Tr("onboarding-pick-language"),
            language_buttons(handlers.on_language),
            unexpected_input(),
            state=OnboardingSG.language,
            getter=languages,
        ),
        Window(
            Tr("onboarding-welcome"),
            Tr("onboarding-privacy"),
            Row(
                Button(Tr("onboarding-accept"), id=ACCEPT_ID, on_click=handlers.on_accept),
                Button(Tr("onboarding-decline"), id=DECLINE_ID, on_click=handlers.on_decline),
            ),
            unexpected_input(),
            state=OnboardingSG.privacy,
        ),
        Window(
            Tr("onboarding-ask-name"),
            name_input(handlers.on_name),
            unexpected_input(),
            Button(Tr("onboarding-skip-name"), id=SKIP_NAME_ID, on_click=handlers.on_skip_name),
            state=OnboardingSG.name,
        ),
    )
