from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Cancel, Group, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import Screen, Tr, choices, paged_choices, unless
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
            Tr("core-not-allowed", when="missing"),
            Tr("goals-title", when=unless("missing")),
            Format("{summary}", when=unless("missing")),
            Group(choices(TARGET_ID, "targets", handlers.on_target), width=1),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=GoalsSG.home,
            getter=getters.home,
        ),
        Screen(
            Tr("core-not-allowed", when="missing"),
            Tr("goals-target", when=unless("missing")),
            Tr("goals-nobody", when="nobody"),
            paged_choices(PERSON_ID, PEOPLE_PAGES_ID, "people", handlers.on_participant),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=GoalsSG.home),
            state=GoalsSG.target,
            getter=getters.target,
        ),
    )
