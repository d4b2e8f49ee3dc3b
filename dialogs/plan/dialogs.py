from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, Row, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import Screen, Tr, TrFrom, back_to, choices, keep_notice, paged_choices, unless
from dialogs.plan import getters, handlers
from dialogs.states import PlanSG, StaffPlanSG
from dialogs.widgets.calendar import today_calendar
from storage import plan

BACK_ID = "back"
STEP_ID = "step"
TICK_ID = "tick"
ASK_ID = "ask"
GOAL_ID = "goal"
GOAL_INPUT_ID = "goal_text"
OCCUPATIONS_ID = "occupations"
OCCUPATIONS_INPUT_ID = "occupations_text"
TRACK_ID = "track"
LADDER_ID = "ladder"
PLACEMENT_ID = "placement"
WORKPLACE_INPUT_ID = "workplace_text"
NO_PLACEMENT_ID = "no_placement"
SUPERVISOR_INPUT_ID = "supervisor_text"
SKIP_ID = "skip"
HOURS_ID = "hours"
HOURS_INPUT_ID = "hours_text"
ADD_STEP_ID = "add_step"
STEP_INPUT_ID = "step_text"
STEPS_ID = "steps"
STEP_PAGES_ID = "step_pages"
STATUS_ID = "status"
QUICK_ID = "quick"
CALENDAR_ID = "calendar"
NO_DATE_ID = "no_date"
WHO_ID = "who"
HISTORY_ID = "history"
NEWER_ID = "newer"
OLDER_ID = "older"


def _dated(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return data.get("due") is not None


def participant_dialog() -> Dialog:
    """📋 My plan: the plan in plain words, the participant's steps, their goal."""
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("plan-title", when="has_plan"),
            Format("{summary}", when="has_plan"),
            Tr("plan-none", when="no_plan"),
            Tr("plan-steps-pick", when="steps"),
            Group(choices(STEP_ID, "steps", handlers.on_own_step), width=1),
            SwitchTo(Tr("plan-goal-write"), id=GOAL_ID, state=PlanSG.goal),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=PlanSG.view,
            getter=getters.own,
        ),
        Screen(
            TrFrom("notice"),
            Tr("plan-step-view", when=_dated),
            Tr("plan-step-view-undated", when=unless("due")),
            Button(Tr("plan-step-tick"), id=TICK_ID, on_click=handlers.on_tick, when="can_tick"),
            Button(Tr("plan-step-ask"), id=ASK_ID, on_click=handlers.on_ask, when="can_ask"),
            refused_when="gone",
            refusal="plan-step-gone",
            back=back_to(PlanSG.view),
            state=PlanSG.step,
            getter=getters.own_step,
        ),
        Screen(
            Tr("plan-ask-goal"),
            TextInput(
                id=GOAL_INPUT_ID,
                type_factory=handlers.clean_goal,
                on_success=handlers.on_own_goal,
                on_error=handlers.too_long(plan.GOAL_MAX),
            ),
            back_to(PlanSG.view),
            state=PlanSG.goal,
            getter=getters.text_limits,
        ),
    )


def _home() -> Screen:
    return Screen(
        TrFrom("notice"),
        Tr("plan-staff-title"),
        Format("{summary}"),
        Group(
            SwitchTo(Tr("plan-staff-goal"), id=GOAL_ID, state=StaffPlanSG.goal),
            SwitchTo(
                Tr("plan-staff-occupations"), id=OCCUPATIONS_ID, state=StaffPlanSG.occupations
            ),
            SwitchTo(Tr("plan-staff-track"), id=TRACK_ID, state=StaffPlanSG.track),
            SwitchTo(
                Tr("plan-staff-ladder"),
                id=LADDER_ID,
                state=StaffPlanSG.ladder,
                when="ladder_applies",
            ),
            SwitchTo(Tr("plan-staff-placement"), id=PLACEMENT_ID, state=StaffPlanSG.workplace),
            SwitchTo(Tr("plan-staff-add-step"), id=ADD_STEP_ID, state=StaffPlanSG.step_text),
            SwitchTo(
                Tr("plan-staff-steps"), id=STEPS_ID, state=StaffPlanSG.steps, when="has_steps"
            ),
            Button(
                Tr("plan-staff-follow-up"), id="date_follow_up_on", on_click=handlers.on_pick_date
            ),
            Button(Tr("plan-staff-start"), id="date_starts_on", on_click=handlers.on_pick_date),
            Button(Tr("plan-staff-end"), id="date_ends_on", on_click=handlers.on_pick_date),
            Button(Tr("plan-staff-history"), id=HISTORY_ID, on_click=handlers.on_history),
            width=2,
        ),
        refused_when="missing",
        back=Cancel(Tr("core-button-back"), id=BACK_ID),
        state=StaffPlanSG.home,
        getter=getters.staff_home,
    )


def _texts() -> list[Screen]:
    return [
        Screen(
            Tr("plan-staff-ask-goal"),
            TextInput(
                id=GOAL_INPUT_ID,
                type_factory=handlers.clean_goal,
                on_success=handlers.on_goal,
                on_error=handlers.too_long(plan.GOAL_MAX),
            ),
            Button(Tr("plan-staff-clear"), id="clear_goal", on_click=handlers.on_clear),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.goal,
            getter=getters.text_limits,
        ),
        Screen(
            Tr("plan-staff-ask-occupations"),
            TextInput(
                id=OCCUPATIONS_INPUT_ID,
                type_factory=handlers.clean_occupations,
                on_success=handlers.on_occupations,
                on_error=handlers.on_bad_occupations,
            ),
            Button(Tr("plan-staff-clear"), id="clear_occupations", on_click=handlers.on_clear),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.occupations,
            getter=getters.text_limits,
        ),
        Screen(
            Tr("plan-staff-ask-track"),
            Group(choices(TRACK_ID, "kinds", handlers.on_track), width=2),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.track,
            getter=getters.track_choices,
        ),
        Screen(
            Tr("plan-staff-ask-ladder"),
            Group(choices(LADDER_ID, "kinds", handlers.on_ladder), width=1),
            Button(Tr("plan-staff-clear"), id="clear_ladder", on_click=handlers.on_clear),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.ladder,
            getter=getters.ladder_choices,
        ),
    ]


def _placement() -> list[Screen]:
    return [
        Screen(
            Tr("plan-staff-ask-workplace"),
            TextInput(
                id=WORKPLACE_INPUT_ID,
                type_factory=handlers.clean_workplace,
                on_success=handlers.on_workplace,
                on_error=handlers.too_long(plan.WORKPLACE_MAX),
            ),
            Button(
                Tr("plan-staff-no-placement"),
                id=NO_PLACEMENT_ID,
                on_click=handlers.on_no_placement,
            ),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.workplace,
        ),
        Screen(
            Tr("plan-staff-ask-supervisor"),
            TextInput(
                id=SUPERVISOR_INPUT_ID,
                type_factory=handlers.clean_supervisor,
                on_success=handlers.on_supervisor,
                on_error=handlers.too_long(plan.SUPERVISOR_MAX),
            ),
            Button(Tr("plan-staff-skip"), id=SKIP_ID, on_click=handlers.on_skip_supervisor),
            back_to(StaffPlanSG.workplace),
            state=StaffPlanSG.supervisor,
        ),
        Screen(
            Tr("plan-staff-ask-hours"),
            TextInput(
                id=HOURS_INPUT_ID,
                type_factory=handlers.clean_hours,
                on_success=handlers.on_hours_typed,
                on_error=handlers.on_bad_hours,
            ),
            Group(choices(HOURS_ID, "hours", handlers.on_hours), width=4),
            Button(Tr("plan-staff-skip"), id=SKIP_ID, on_click=handlers.on_skip_hours),
            back_to(StaffPlanSG.supervisor),
            state=StaffPlanSG.hours,
            getter=getters.text_limits,
        ),
    ]


def _steps() -> list[Screen]:
    return [
        Screen(
            Tr("plan-staff-ask-step"),
            TextInput(
                id=STEP_INPUT_ID,
                type_factory=handlers.clean_step,
                on_success=handlers.on_step_text,
                on_error=handlers.too_long(plan.STEP_MAX),
            ),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.step_text,
            getter=getters.text_limits,
        ),
        Screen(
            Tr("plan-staff-ask-date"),
            Group(choices(QUICK_ID, "quick", handlers.on_quick_date), width=3),
            today_calendar(CALENDAR_ID, handlers.on_calendar_date),
            Button(Tr("plan-staff-date-none"), id=NO_DATE_ID, on_click=handlers.on_no_date),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.date,
            getter=getters.date_choices,
        ),
        Screen(
            Tr("plan-staff-ask-responsible"),
            Group(choices(WHO_ID, "who", handlers.on_responsible), width=1),
            back_to(StaffPlanSG.home),
            state=StaffPlanSG.responsible,
            getter=getters.responsible_choices,
        ),
        Screen(
            Tr("plan-staff-ask-pick-step"),
            paged_choices(STEP_ID, STEP_PAGES_ID, "steps", handlers.on_staff_step),
            refused_when="missing",
            back=back_to(StaffPlanSG.home),
            state=StaffPlanSG.steps,
            getter=getters.step_choices,
        ),
        Screen(
            Format("{line}"),
            Tr("plan-staff-ask-status"),
            Group(choices(STATUS_ID, "statuses", handlers.on_status), width=1),
            refused_when="gone",
            refusal="plan-step-gone",
            back=back_to(StaffPlanSG.steps),
            state=StaffPlanSG.step,
            getter=getters.staff_step,
        ),
    ]


def _history() -> Screen:
    return Screen(
        Tr("plan-staff-history-title"),
        Format("{lines}"),
        Tr("plan-staff-history-none", when=unless("total")),
        Row(
            Button(Tr("plan-staff-newer"), id=NEWER_ID, on_click=handlers.on_page, when="newer"),
            Button(Tr("plan-staff-older"), id=OLDER_ID, on_click=handlers.on_page, when="older"),
        ),
        refused_when="missing",
        back=back_to(StaffPlanSG.home),
        state=StaffPlanSG.history,
        getter=getters.history,
    )


def staff_dialog() -> Dialog:
    """The plan of one participant, for their lots: started from the card with their id."""
    return Dialog(
        _home(),
        *_texts(),
        *_placement(),
        *_steps(),
        _history(),
        on_start=handlers.on_staff_start,
        on_process_result=keep_notice,
    )
