from aiogram.enums import ContentType
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import MessageInput, TextInput
from aiogram_dialog.widgets.kbd import Button, SwitchTo

from dialogs.checkin import handlers
from dialogs.common import LINE_KINDS, Screen, Tr
from dialogs.lotsline import on_sticker
from dialogs.states import CheckinSG

NO_HELP_ID = "no_help"
CONTACT_ID = "contact"
WRITE_ID = "write"
MESSAGE_ID = "message"
MEDIA_ID = "media"
STICKER_ID = "sticker"
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
            # A voice note, video note, audio file or photo goes to the lots by its ids.
            MessageInput(
                handlers.on_media_message,
                content_types=[kind for kind in LINE_KINDS if kind != ContentType.TEXT],
                id=MEDIA_ID,
            ),
            MessageInput(on_sticker, content_types=[ContentType.STICKER], id=STICKER_ID),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CheckinSG.help),
            state=CheckinSG.message,
        ),
    )
