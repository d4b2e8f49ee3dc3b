from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import (
    Screen,
    Tr,
    TrFrom,
    back_to,
    choices,
    keep_notice,
    page_buttons,
    paged_choices,
    unless,
)
from dialogs.practice import tracks as practice_tracks
from dialogs.programme import on_open_end, on_open_facts
from dialogs.staff import getters, handlers
from dialogs.states import AlertsSG, CaseloadSG

BACK_ID = "back"
LOTS_ID = "lots"
LOTS_PAGES_ID = "lots_pages"
LOTS_CONFIRM_ID = "lots_confirm"
ALERT_LIST_ID = "alert"
ALERT_PAGES_ID = "alert_pages"
HANDLED_ID = "handled"
PARTICIPANT_LIST_ID = "participant"
NOTE_ID = "note"
RHYTHM_ID = "rhythm"
WEEKDAY_ID = "weekday"
HOUR_ID = "hour"
ASSESSMENT_ID = "assessment"
BOOK_ID = "book"
MESSAGE_ID = "message"
PRACTICE_ID = "practice"
PLAN_ID = "plan"
CHART_ID = "chart"
REQUEST_ID = "request"
ASSESSMENT_RHYTHM_ID = "assessment_rhythm"
FORM_ID = "form"
WEEKS_ID = "weeks"
FACTS_ID = "report_facts"
END_ID = "end_programme"
PLAY_ID = "play"
REPLY_ID = "reply"
LINE_ID = "line"


def alerts_dialog() -> Dialog:
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("alerts-title"),
            paged_choices(ALERT_LIST_ID, ALERT_PAGES_ID, "alerts", handlers.on_alert_selected),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=AlertsSG.inbox,
            getter=getters.inbox,
        ),
        Screen(
            Tr("alerts-view"),
            Button(
                Tr("alerts-handled-button"),
                id=HANDLED_ID,
                on_click=handlers.on_alert_handled,
            ),
            Button(
                Tr("lotsline-play-button"), id=PLAY_ID, on_click=handlers.on_alert_play, when="line"
            ),
            Button(
                Tr("lotsline-reply-button"),
                id=REPLY_ID,
                on_click=handlers.on_alert_reply,
                when="line",
            ),
            SwitchTo(Tr("alerts-note-button"), id=NOTE_ID, state=AlertsSG.note),
            refused_when="missing",
            refusal="alerts-gone",
            back=back_to(AlertsSG.inbox),
            state=AlertsSG.view,
            getter=getters.alert_view,
        ),
        Screen(
            Tr("alerts-note-ask"),
            TextInput(
                id=NOTE_ID,
                type_factory=handlers.clean_note,
                on_success=handlers.on_alert_note,
                on_error=handlers.on_bad_note,
            ),
            back_to(AlertsSG.view),
            state=AlertsSG.note,
            getter=getters.note_limit,
        ),
    )


def _caseload() -> list[Screen]:
    """The caseload, and one participant's card."""
    return [
        Screen(
            Tr("staff-caseload-title"),
            Tr("core-page", when="paged"),
            # Paged in SQL, not in the keyboard: an admin's list may hold 100,000 people.
            Group(
                choices(PARTICIPANT_LIST_ID, "participants", handlers.on_participant_selected),
                width=1,
            ),
            page_buttons(handlers.on_previous_page, handlers.on_next_page),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=CaseloadSG.list,
            getter=getters.caseload,
        ),
        Screen(
            TrFrom("notice"),
            Tr("staff-card"),
            Tr("staff-card-rhythm", when="rhythm_on"),
            Tr(
                "staff-card-rhythm-off",
                when=unless("rhythm_on"),
            ),
            Format("{details}", when="details"),
            SwitchTo(
                Tr("staff-rhythm-button"),
                id=RHYTHM_ID,
                state=CaseloadSG.every,
            ),
            Button(
                Tr("staff-book-button"),
                id=BOOK_ID,
                on_click=handlers.on_book_for,
            ),
            Button(
                Tr("lotsline-card-button"),
                id=LINE_ID,
                on_click=handlers.on_thread,
            ),
            Button(
                Tr("reminders-card-button"),
                id=MESSAGE_ID,
                on_click=handlers.on_message_to,
            ),
            SwitchTo(
                Tr("staff-practice-button"),
                id=PRACTICE_ID,
                state=CaseloadSG.practice,
            ),
            SwitchTo(
                Tr("staff-assessment-button"),
                id=ASSESSMENT_ID,
                state=CaseloadSG.assessment,
            ),
            Button(
                Tr("programme-facts-button"),
                id=FACTS_ID,
                on_click=on_open_facts,
            ),
            Button(Tr("programme-end-button"), id=END_ID, on_click=on_open_end),
            Button(
                Tr("plan-staff-button"),
                id=PLAN_ID,
                on_click=handlers.on_plan,
            ),
            SwitchTo(
                Tr("staff-lots-button"), id=LOTS_ID, state=CaseloadSG.lots, when="can_change_lots"
            ),
            refused_when="missing",
            back=back_to(CaseloadSG.list),
            state=CaseloadSG.card,
            getter=getters.card,
        ),
    ]


def _another_lots() -> list[Screen]:
    """Giving the participant another lots (administrators)."""
    return [
        Screen(
            Tr("staff-lots-pick", when=unless("none")),
            Tr("team-no-target", when="none"),
            paged_choices(LOTS_ID, LOTS_PAGES_ID, "staff", handlers.on_lots_selected),
            refused_when="missing",
            back=back_to(CaseloadSG.card),
            state=CaseloadSG.lots,
            getter=getters.lots_choices,
        ),
        Screen(
            Tr("staff-lots-confirm"),
            Button(
                Tr("team-yes"),
                id=LOTS_CONFIRM_ID,
                on_click=handlers.on_lots_confirm,
            ),
            refused_when="missing",
            back=back_to(CaseloadSG.card, "core-button-cancel"),
            state=CaseloadSG.lots_confirm,
            getter=getters.lots_confirm,
        ),
    ]


def _progress() -> list[Screen]:
    """The participant's self-assessments and practice, and asking for a new round."""
    return [
        Screen(
            TrFrom("notice"),
            Tr("staff-assessment-title"),
            Format("{summary}"),
            Tr("staff-assessment-rhythm"),
            Button(
                Tr("staff-assessment-chart"),
                id=CHART_ID,
                on_click=handlers.on_assessment_chart,
                when="has_results",
            ),
            SwitchTo(
                Tr("staff-assessment-request"),
                id=REQUEST_ID,
                state=CaseloadSG.assessment_request,
            ),
            SwitchTo(
                Tr("staff-assessment-rhythm-button"),
                id=ASSESSMENT_RHYTHM_ID,
                state=CaseloadSG.assessment_rhythm,
            ),
            refused_when="missing",
            back=back_to(CaseloadSG.card),
            state=CaseloadSG.assessment,
            getter=getters.assessment,
        ),
        Screen(
            Tr("staff-practice-ask"),
            Group(choices(PRACTICE_ID, "tracks", handlers.on_practice_track), width=1),
            back_to(CaseloadSG.card),
            state=CaseloadSG.practice,
            getter=practice_tracks,
        ),
        Screen(
            Tr("staff-assessment-ask-which"),
            Group(choices(FORM_ID, "forms", handlers.on_assessment_request), width=1),
            back_to(CaseloadSG.assessment),
            state=CaseloadSG.assessment_request,
            getter=getters.assessment_forms,
        ),
        Screen(
            Tr("staff-assessment-ask-rhythm"),
            Group(choices(WEEKS_ID, "weeks", handlers.on_assessment_rhythm), width=1),
            back_to(CaseloadSG.assessment),
            state=CaseloadSG.assessment_rhythm,
            getter=getters.assessment_weeks,
        ),
    ]


def _rhythm() -> list[Screen]:
    """The check-in rhythm: how often, which weekday, what time."""
    return [
        Screen(
            Tr("staff-rhythm-ask-every"),
            Button(Tr("staff-rhythm-weekly"), id="weekly", on_click=handlers.on_every),
            Button(Tr("staff-rhythm-fortnightly"), id="fortnightly", on_click=handlers.on_every),
            Button(Tr("staff-rhythm-daily"), id="daily", on_click=handlers.on_every),
            Button(Tr("staff-rhythm-off"), id="off", on_click=handlers.on_every),
            back_to(CaseloadSG.card),
            state=CaseloadSG.every,
        ),
        Screen(
            Tr("staff-rhythm-ask-weekday"),
            Group(
                choices(WEEKDAY_ID, "weekdays", handlers.on_weekday),
                width=2,
            ),
            back_to(CaseloadSG.every),
            state=CaseloadSG.weekday,
            getter=getters.weekdays,
        ),
        Screen(
            Tr("staff-rhythm-ask-time"),
            Group(
                choices(HOUR_ID, "hours", handlers.on_time),
                width=4,
            ),
            back_to(CaseloadSG.every),
            state=CaseloadSG.time,
            getter=getters.hours,
        ),
    ]


def caseload_dialog() -> Dialog:
    return Dialog(
        *_caseload(),
        *_another_lots(),
        *_progress(),
        *_rhythm(),
        on_process_result=keep_notice,
    )
