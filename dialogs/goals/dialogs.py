from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel, Group
from aiogram_dialog.widgets.text import Format

from dialogs.common import Screen, Tr, back_to, choices, paged_choices
from dialogs.goals import getters, handlers
from dialogs.states import GoalsSG

BACK_ID = "back"
TARGET_ID = "target"
PERSON_ID = "person"
PEOPLE_PAGES_ID = "people_pages"


def dialog() -> Dialog:
    """📈 Goals: each target's standing; open one for its people in the actor's scope."""
    return Dialog(
        Screen(
            Tr("goals-title"),
            Format("{summary}"),
            Group(choices(TARGET_ID, "targets", handlers.on_target), width=1),
            refused_when="missing",
            back=Cancel(Tr("core-button-back"), id=BACK_ID),
            state=GoalsSG.home,
            getter=getters.home,
        ),
        Screen(
            Tr("goals-target"),
            Tr("goals-nobody", when="nobody"),
            paged_choices(PERSON_ID, PEOPLE_PAGES_ID, "people", handlers.on_participant),
            refused_when="missing",
            back=back_to(GoalsSG.home),
            state=GoalsSG.target,
            getter=getters.target,
        ),
    )
