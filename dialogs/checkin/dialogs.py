from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, SwitchTo

from dialogs.checkin import handlers
from dialogs.common import Screen, Tr
from dialogs.states import CheckinSG

NO_HELP_ID = "no_help"
CONTACT_ID = "contact"
WRITE_ID = "write"
MESSAGE_ID = "message"
BACK_ID = "back"


def dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("checkin-ask-help"),
            Button(Tr("checkin-help-no"), id=NO_HELP_ID, on_click=handlers.on_no_help),
            Button(Tr("checkin-help-contact"), id=CONTACT_ID, on_click=handlers.on_contact_me),
            SwitchTo(Tr("checkin-help-message"), id=WRITE_ID, state=CheckinSG.message),
            state=CheckinSG.help,
        ),
        Screen(
            Tr("checkin-write-message"),
            TextInput(
                id=MESSAGE_ID,
                type_factory=handlers.clean_message,
                on_success=handlers.on_message,
                on_error=handlers.on_bad_message,
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CheckinSG.help),
            state=CheckinSG.message,
        ),
    )
