from aiogram_dialog import Dialog
from aiogram_dialog.widgets.kbd import Button, Start

from dialogs.common import Screen, Tr, TrFrom, keep_notice, take_notice
from dialogs.menu import getters
from dialogs.profile.handlers import on_resume
from dialogs.staff.handlers import on_audit_export, on_invite
from dialogs.states import (
    AlertsSG,
    AssessmentSG,
    CaseloadSG,
    InfoSG,
    LanguageSG,
    MeetingsSG,
    NameSG,
    ParticipantMenuSG,
    PauseSG,
    PlanSG,
    PracticeSG,
    QuietSG,
    RemindersSG,
    ReportSG,
    StaffBookingSG,
    StaffMenuSG,
)
from dialogs.team.handlers import on_team

NAME_ID = "name"
LANGUAGE_ID = "language"
PRIVACY_ID = "privacy"
HELP_ID = "help"
INVITE_PARTICIPANT_ID = "invite_participant"
INVITE_STAFF_ID = "invite_staff"
INVITE_ADMIN_ID = "invite_admin"
AUDIT_ID = "audit"
PAUSE_ID = "pause"
RESUME_ID = "resume"
QUIET_ID = "quiet"
ALERTS_ID = "alerts"
CASELOAD_ID = "caseload"
ASSESSMENT_ID = "assessment"
BOOKING_ID = "booking"
PRACTICE_ID = "practice"
TEAM_ID = "team"
REMINDERS_ID = "reminders"
REPORT_ID = "report"
PLAN_ID = "plan"


def _no_name(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return not data.get("name")


def _not_paused(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return not data.get("paused")


def _settings_buttons() -> list[Start]:
    return [
        Start(Tr("menu-language"), id=LANGUAGE_ID, state=LanguageSG.pick),
        Start(Tr("menu-privacy"), id=PRIVACY_ID, state=InfoSG.privacy),
        Start(Tr("menu-help"), id=HELP_ID, state=InfoSG.help),
    ]


def participant_dialog() -> Dialog:
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("menu-greeting-named", when="name"),
            Tr("menu-greeting", when=_no_name),
            Tr("pause-status", when="paused"),
            Start(Tr("menu-booking"), id=BOOKING_ID, state=MeetingsSG.list),
            Start(Tr("menu-practice"), id=PRACTICE_ID, state=PracticeSG.home),
            Start(Tr("plan-menu-button"), id=PLAN_ID, state=PlanSG.view),
            Start(Tr("menu-assessment"), id=ASSESSMENT_ID, state=AssessmentSG.home),
            Start(Tr("menu-name"), id=NAME_ID, state=NameSG.ask),
            Start(Tr("menu-pause"), id=PAUSE_ID, state=PauseSG.pick, when=_not_paused),
            Button(Tr("menu-resume"), id=RESUME_ID, on_click=on_resume, when="paused"),
            Start(Tr("menu-quiet"), id=QUIET_ID, state=QuietSG.start),
            *_settings_buttons(),
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
            Start(Tr("report-menu-button"), id=REPORT_ID, state=ReportSG.home),
            Button(
                Tr("menu-staff-invite-participant"), id=INVITE_PARTICIPANT_ID, on_click=on_invite
            ),
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
            Start(Tr("menu-name"), id=NAME_ID, state=NameSG.ask),
            *_settings_buttons(),
            state=StaffMenuSG.main,
            getter=getters.home,
        ),
        on_process_result=keep_notice,
        on_start=take_notice,
    )
