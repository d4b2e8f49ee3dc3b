from __future__ import annotations

from aiogram.types import CallbackQuery
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button

from dialogs.common import actor_of, now_of, open_by_id, refuse, set_notice
from dialogs.context import session_of
from dialogs.states import QuestionsSG
from rules.questions import Question, questions
from storage import alerts
from storage.alerts import Asked

# The question on screen, kept in dialog data once checked.
QUESTION = "question_id"
_NOTICES = {
    Asked.SENT: "questions-asked",
    Asked.ALREADY: "questions-already-asked",
    Asked.NO_LOTS: "questions-no-lots",
}


async def _may_open(_manager: DialogManager, question_id: int) -> bool:
    """Only a question of the installed list: the same for every participant."""
    return questions().get(question_id) is not None


on_pick = open_by_id(QUESTION, QuestionsSG.answer, may_open=_may_open)


def chosen(manager: DialogManager) -> Question | None:
    """The question on screen; None when none was picked or it has left the list since."""
    question_id = manager.dialog_data.get(QUESTION)
    return questions().get(question_id) if isinstance(question_id, int) else None


async def on_ask(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Ask my lots about this: an alert naming the question reaches the lots."""
    question = chosen(manager)
    if question is None:
        await refuse(callback, manager, asked=str(manager.dialog_data.get(QUESTION, "")))
        return
    outcome = await alerts.ask_lots(
        session_of(manager), actor=actor_of(manager), question_id=question.id, now=now_of(manager)
    )
    set_notice(manager, _NOTICES[outcome])
