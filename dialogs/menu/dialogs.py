"""The main menus. Each shows at most seven buttons, what people do every week first;
the rest is one tap away: ⚙️ Settings for everyone (help is there too), 🗂 More for staff
(invites, the report, and the administrators' tools)."""

from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Row, Start, SwitchTo

from dialogs.common import Screen, Tr, TrFrom, keep_notice, take_notice
from dialogs.menu import getters
from dialogs.profile import on_resume
from dialogs.staff import on_audit_export, on_invite
from dialogs.states import (
    AlertsSG,
    AssessmentSG,
    CaseloadSG,
    GoalsSG,
    LotsLineSG,
    MeetingsSG,
    ParticipantMenuSG,
    PlanSG,
    PracticeSG,
    RemindersSG,
    ReportSG,
    SettingsSG,
    StaffBookingSG,
    StaffMenuSG,
)
from dialogs.team import on_team

SETTINGS_ID = "settings"
MORE_ID = "more"
BACK_ID = "back"
INVITE_PARTICIPANT_ID = "invite_participant"
INVITE_STAFF_ID = "invite_staff"
INVITE_ADMIN_ID = "invite_admin"
AUDIT_ID = "audit"
RESUME_ID = "resume"
ALERTS_ID = "alerts"
CASELOAD_ID = "caseload"
ASSESSMENT_ID = "assessment"
BOOKING_ID = "booking"
PRACTICE_ID = "practice"
TEAM_ID = "team"
REMINDERS_ID = "reminders"
REPORT_ID = "report"
PLAN_ID = "plan"
GOALS_ID = "goals"
LOTS_ID = "lots"


def _no_name(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return not data.get("name")


def _settings_button() -> Start:
    return Start(Tr("menu-settings"), id=SETTINGS_ID, state=SettingsSG.main)


def participant_dialog() -> Dialog:
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("menu-greeting-named", when="name"),
            Tr("menu-greeting", when=_no_name),
            Tr("pause-status", when="paused"),
            Start(Tr("menu-practice"), id=PRACTICE_ID, state=PracticeSG.home),
            Start(Tr("menu-booking"), id=BOOKING_ID, state=MeetingsSG.list),
            Start(Tr("lotsline-menu-button"), id=LOTS_ID, state=LotsLineSG.home),
            Start(Tr("plan-menu-button"), id=PLAN_ID, state=PlanSG.view),
            Start(Tr("menu-assessment"), id=ASSESSMENT_ID, state=AssessmentSG.home),
            # A paused participant gets messages back with one tap, where they see the pause.
            Button(Tr("menu-resume"), id=RESUME_ID, on_click=on_resume, when="paused"),
            # Help is under settings, as for staff: seven buttons also while paused.
            _settings_button(),
            state=ParticipantMenuSG.main,
            getter=getters.home,
        ),
        on_process_result=keep_notice,
        on_start=take_notice,
    )


def staff_dialog() -> Dialog:
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("menu-staff-greeting-named", when="name"),
            Tr("menu-staff-greeting", when=_no_name),
            Start(Tr("menu-staff-alerts"), id=ALERTS_ID, state=AlertsSG.inbox),
            Start(Tr("menu-staff-caseload"), id=CASELOAD_ID, state=CaseloadSG.list),
            Start(Tr("menu-staff-booking"), id=BOOKING_ID, state=StaffBookingSG.agenda),
            Start(Tr("reminders-menu-button"), id=REMINDERS_ID, state=RemindersSG.audience),
            Start(Tr("goals-menu-button"), id=GOALS_ID, state=GoalsSG.home),
            Row(
                _settings_button(),
                SwitchTo(Tr("menu-more"), id=MORE_ID, state=StaffMenuSG.more),
            ),
            state=StaffMenuSG.main,
            getter=getters.home,
        ),
        Screen(
            TrFrom("notice"),
            Tr("menu-more-title"),
            # Invites come in rounds, a few times a year: here, one tap from the menu.
            Button(
                Tr("menu-staff-invite-participant"), id=INVITE_PARTICIPANT_ID, on_click=on_invite
            ),
            Start(Tr("report-menu-button"), id=REPORT_ID, state=ReportSG.home),
            Button(
                Tr("menu-staff-invite-staff"),
                id=INVITE_STAFF_ID,
                on_click=on_invite,
                when="is_admin",
            ),
            Button(
                Tr("menu-staff-invite-admin"),
                id=INVITE_ADMIN_ID,
                on_click=on_invite,
                when="is_admin",
            ),
            Button(Tr("menu-staff-team"), id=TEAM_ID, on_click=on_team, when="is_admin"),
            Button(
                Tr("staff-audit-button"), id=AUDIT_ID, on_click=on_audit_export, when="is_admin"
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffMenuSG.main),
            state=StaffMenuSG.more,
            getter=getters.home,
        ),
        on_process_result=keep_notice,
        on_start=take_notice,
    )
