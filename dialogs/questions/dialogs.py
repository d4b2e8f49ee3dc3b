from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Cancel

from dialogs.common import Screen, Tr, TrFrom, back_to, paged_choices
from dialogs.questions import getters, handlers
from dialogs.states import QuestionsSG
from rules.questions import questions

QUESTION_ID = "question"
PAGES_ID = "questions"
ASK_ID = "ask"
BACK_ID = "back"


def dialog() -> Dialog:
    # Loaded here, as the dialogs are built at start: a broken file stops the bot with a
    # line saying what is wrong, not a participant's first tap.
    questions()
    return Dialog(
        Screen(
            Tr("questions-title"),
            paged_choices(QUESTION_ID, PAGES_ID, "questions", handlers.on_pick),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=QuestionsSG.list,
            getter=getters.question_list,
        ),
        Screen(
            TrFrom("notice"),
            Tr("questions-answer"),
            Button(Tr("questions-ask-button"), id=ASK_ID, on_click=handlers.on_ask),
            refused_when="missing",
            refusal="questions-missing",
            back=back_to(QuestionsSG.list, "questions-all-button"),
            state=QuestionsSG.answer,
            getter=getters.answer,
        ),
    )
