from typing import Any

from aiogram_dialog import Dialog
from aiogram_dialog.widgets.common.when import Predicate
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Group

from dialogs.common import Screen, Tr, TrFrom, back_to, choices
from dialogs.programme import getters, handlers
from dialogs.states import ProgrammeSG
from dialogs.widgets.calendar import today_calendar

BACK_ID = "back"
FACT_ID = "fact"
VALUE_ID = "value"
YEAR_ID = "year"
STATUS_ID = "status"
CONFIRM_ID = "confirm"
JOB_DAY_ID = "job_day"
JOB_UNKNOWN_ID = "job_unknown"


def _when(*keys: str) -> Predicate:
    """Shown when every key in the getter's data is truthy."""

    def shown(data: dict[str, Any], _widget: object, _manager: object) -> bool:
        return all(data.get(k) for k in keys)

    return shown


def dialog() -> Dialog:
    """Report facts and the end of the programme, for one participant on a staff member's card."""
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("programme-facts"),
            Tr("programme-facts-sensitive", when="sensitive"),
            Tr("programme-facts-job-started", when="job_started"),
            Tr("programme-facts-running", when="running"),
            Tr("programme-facts-ended", when="ended"),
            Tr("programme-facts-follow-up", when="asked"),
            Group(choices(FACT_ID, "facts", handlers.on_fact), width=2),
            refused_when="missing",
            back=Cancel(Tr("core-button-back"), id=BACK_ID),
            state=ProgrammeSG.facts,
            getter=getters.facts,
        ),
        Screen(
            TrFrom("ask"),
            Group(choices(VALUE_ID, "values", handlers.on_value), width=1),
            back_to(ProgrammeSG.facts),
            state=ProgrammeSG.fact,
            getter=getters.fact_choices,
        ),
        Screen(
            Tr("programme-ask-birth-year"),
            TextInput(
                id=YEAR_ID,
                type_factory=handlers.clean_birth_year,
                on_success=handlers.on_birth_year,
                on_error=handlers.on_bad_birth_year,
            ),
            back_to(ProgrammeSG.facts),
            state=ProgrammeSG.birth_year,
        ),
        Screen(
            Tr("programme-end-already", when="ended"),
            Tr("programme-end-ask", when="running"),
            Group(choices(STATUS_ID, "statuses", handlers.on_exit_status), width=1, when="running"),
            refused_when="missing",
            back=Cancel(Tr("core-button-back"), id=BACK_ID),
            state=ProgrammeSG.end,
            getter=getters.end,
        ),
        Screen(
            Tr("programme-end-already", when="ended"),
            Tr("programme-end-confirm", when=_when("running", "status")),
            Tr("programme-end-ask", when=_when("running", "no_status")),
            Button(
                Tr("programme-end-yes"),
                id=CONFIRM_ID,
                on_click=handlers.on_end_confirmed,
                when=_when("running", "status"),
            ),
            refused_when="missing",
            back=back_to(ProgrammeSG.end),
            state=ProgrammeSG.confirm,
            getter=getters.confirm,
        ),
        Screen(
            Tr("programme-ask-job-start"),
            today_calendar(JOB_DAY_ID, handlers.on_job_start),
            Button(
                Tr("programme-job-start-unknown"),
                id=JOB_UNKNOWN_ID,
                on_click=handlers.on_job_start_unknown,
            ),
            refused_when="missing",
            back=back_to(ProgrammeSG.facts),
            state=ProgrammeSG.job_start,
            getter=getters.job_start,
        ),
    )
