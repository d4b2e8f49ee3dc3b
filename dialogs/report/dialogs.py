from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Cancel, Group

from dialogs.common import Screen, Tr, choices
from dialogs.report import getters, handlers
from dialogs.states import ReportSG

BACK_ID = "back"
MAKE_ID = "make"
COHORT_ID = "cohort"


def _staff_only(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return not data.get("is_admin")


def dialog() -> Dialog:
    """The programme report: a staff member's own participants; admins choose a cohort."""
    return Dialog(
        Screen(
            Tr("report-home-staff", when=_staff_only),
            Tr("report-home-admin", when="is_admin"),
            Button(Tr("report-make"), id=MAKE_ID, on_click=handlers.on_make, when=_staff_only),
            Group(choices(COHORT_ID, "cohorts", handlers.on_cohort), width=1, when="is_admin"),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=ReportSG.home,
            getter=getters.home,
        ),
    )
