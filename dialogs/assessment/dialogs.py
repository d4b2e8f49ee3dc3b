from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, Row, SwitchTo
from aiogram_dialog.widgets.text import Format, Progress

from dialogs.assessment import getters, handlers
from dialogs.common import Screen, Tr, TrFrom, back_to, choices
from dialogs.states import AssessmentSG

BACK_ID = "back"
ROUNDS_ID = "round"
OWN_ID = "own"
RESULTS_ID = "results"
RESULT_LIST_ID = "result"
BEGIN_ID = "begin"
DECLINE_ID = "decline"
LATER_ID = "later"
VALUE_ID = "value"
SKIP_ID = "skip"
NEXT_ID = "next"
TALK_ID = "talk"
MENU_ID = "menu"


def _later() -> Button:
    return Button(Tr("assessment-later"), id=LATER_ID, on_click=handlers.on_later)


def dialog() -> Dialog:
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("assessment-home"),
            Group(choices(ROUNDS_ID, "rounds", handlers.on_round_selected), width=1),
            Group(choices(OWN_ID, "own", handlers.on_self_selected), width=1),
            SwitchTo(
                Tr("assessment-results-button"),
                id=RESULTS_ID,
                state=AssessmentSG.results,
                when="has_results",
            ),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=AssessmentSG.home,
            getter=getters.home,
        ),
        Screen(
            Tr("assessment-results-title"),
            Group(choices(RESULT_LIST_ID, "instruments", handlers.on_results_selected), width=1),
            back_to(AssessmentSG.home),
            state=AssessmentSG.results,
            getter=getters.results_list,
        ),
        Screen(
            Tr("assessment-intro"),
            Tr("assessment-intro-recall", when="days"),
            Tr("assessment-intro-themes", when="themes"),
            Tr("assessment-intro-optional", when="optional"),
            Button(Tr("assessment-begin"), id=BEGIN_ID, on_click=handlers.on_begin),
            Button(
                Tr("assessment-decline"),
                id=DECLINE_ID,
                on_click=handlers.on_decline,
                when="optional",
            ),
            refused_when="gone",
            refusal="assessment-gone",
            back=_later(),
            state=AssessmentSG.intro,
            getter=getters.intro,
        ),
        Screen(
            Tr("assessment-item-head"),
            Progress("progress", width=10, filled="🟩"),
            TrFrom("item_key"),
            Tr("assessment-item-answered", when="answer"),
            Group(choices(VALUE_ID, "scale", handlers.on_value), width=1),
            Row(
                choices(BACK_ID, "back", handlers.on_back),
                choices(SKIP_ID, "skip", handlers.on_skip),
            ),
            refused_when="gone",
            refusal="assessment-gone",
            back=_later(),
            state=AssessmentSG.item,
            getter=getters.item,
        ),
        Screen(
            Tr("assessment-theme-done"),
            SwitchTo(Tr("assessment-next-theme"), id=NEXT_ID, state=AssessmentSG.item),
            refused_when="gone",
            refusal="assessment-gone",
            back=_later(),
            state=AssessmentSG.theme_done,
            getter=getters.theme_done,
        ),
        Screen(
            TrFrom("notice"),
            Tr("assessment-result-title"),
            Format("{lines}"),
            Button(Tr("assessment-talk"), id=TALK_ID, on_click=handlers.on_talk, when="can_talk"),
            refused_when="gone",
            refusal="assessment-gone",
            back=Button(Tr("core-button-menu"), id=MENU_ID, on_click=handlers.on_menu),
            state=AssessmentSG.result,
            getter=getters.result,
        ),
        on_start=handlers.on_dialog_start,
    )
