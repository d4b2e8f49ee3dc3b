"""Help and the privacy notice, reachable from the menus and by /help and /privacy."""

from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel

from dialogs.common import Screen, Tr
from dialogs.info.getters import role
from dialogs.states import InfoSG

BACK_ID = "back"


def _is_participant(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return bool(data.get("participant"))


def _is_staff(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return not data.get("participant")


def dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("help-participant", when=_is_participant),
            Tr("help-staff", when=_is_staff),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=InfoSG.help,
            getter=role,
        ),
        Screen(
            Tr("privacy-notice-participant", when=_is_participant),
            Tr("privacy-notice-staff", when=_is_staff),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=InfoSG.privacy,
            getter=role,
        ),
    )
