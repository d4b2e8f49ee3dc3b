"""Help and the privacy notice, reachable from the menus and by /help and /privacy."""

from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Cancel, Start, SwitchTo

from dialogs.common import Screen, Tr, TrFrom, unless
from dialogs.info import handlers
from dialogs.info.getters import privacy, role
from dialogs.states import InfoSG, QuestionsSG

BACK_ID = "back"
EXPORT_ID = "export"
STOP_ID = "stop"
START_ID = "start"
DELETE_ID = "delete"
CONFIRM_ID = "confirm"
QUESTIONS_ID = "questions"


def dialog() -> Dialog:
    return Dialog(
        Screen(
            Tr("help-participant", when="participant"),
            Tr("help-staff", when=unless("participant")),
            Start(
                Tr("questions-open-button"),
                id=QUESTIONS_ID,
                state=QuestionsSG.list,
                when="participant",
            ),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=InfoSG.help,
            getter=role,
        ),
        Screen(
            TrFrom("notice"),
            Tr("privacy-notice-participant", when="participant"),
            Tr("rights-summary", when="participant"),
            Tr("rights-summary-more", when="more"),
            Tr("rights-stopped-status", when="stopped"),
            Tr("privacy-notice-staff", when=unless("participant")),
            Button(
                Tr("rights-export-button"),
                id=EXPORT_ID,
                on_click=handlers.on_export,
                when="participant",
            ),
            Button(Tr("rights-stop-button"), id=STOP_ID, on_click=handlers.on_stop, when="running"),
            Button(
                Tr("rights-start-button"),
                id=START_ID,
                on_click=handlers.on_start_again,
                when="stopped",
            ),
            SwitchTo(
                Tr("rights-delete-button"),
                id=DELETE_ID,
                state=InfoSG.delete,
                when="participant",
            ),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=InfoSG.privacy,
            getter=privacy,
        ),
        Screen(
            Tr("rights-delete-ask", when="immediate"),
            Tr("rights-delete-ask-archive", when="archive"),
            Button(
                Tr("rights-delete-yes"),
                id=CONFIRM_ID,
                on_click=handlers.on_delete,
                when="participant",
            ),
            SwitchTo(Tr("rights-delete-no"), id=BACK_ID, state=InfoSG.privacy),
            state=InfoSG.delete,
            getter=privacy,
        ),
    )
