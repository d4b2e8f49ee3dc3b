"""Help and the privacy notice, reachable from the menus and by /help and /privacy."""

from aiogram_dialog import Dialog, Window
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Tr, unexpected_input
from dialogs.info.getters import role
from dialogs.states import InfoSG

BACK_ID = "back"


def _is_participant(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return bool(data.get("participant"))


def _is_staff(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return not data.get("participant")


def dialog() -> Dialog:
    return Dialog(
        Window(
            Tr("help-participant", when=_is_participant),
            Tr("help-staff", when=_is_staff),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            unexpected_input(),
            state=InfoSG.help,
            getter=role,
        ),
        Window(
            Tr("privacy-notice-participant", when=_is_participant),
            Tr("privacy-notice-staff", when=_is_staff),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            unexpected_input(),
            state=InfoSG.privacy,
            getter=role,
        ),
    )
