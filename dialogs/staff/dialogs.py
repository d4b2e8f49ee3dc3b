from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import (
    Screen,
    Tr,
    TrFrom,
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
            Tr("alerts-gone", when="missing"),
            Tr("alerts-view", when=unless("missing")),
            Button(
                Tr("alerts-handled-button"),
                id=HANDLED_ID,
                on_click=handlers.on_alert_handled,
                when=unless("missing"),
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
            SwitchTo(
                Tr("alerts-note-button"), id=NOTE_ID, state=AlertsSG.note, when=unless("missing")
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=AlertsSG.inbox),
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
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=AlertsSG.view),
            state=AlertsSG.note,
            getter=getters.note_limit,
        ),
    )


def caseload_dialog() -> Dialog:
    return Dialog(
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
            Tr("core-not-allowed", when="missing"),
            Tr("staff-card", when=unless("missing")),
            Tr("staff-card-rhythm", when="rhythm_on"),
            Tr(
                "staff-card-rhythm-off",
                when=unless("missing", "rhythm_on"),
            ),
            Format("{details}", when="details"),
            SwitchTo(
                Tr("staff-rhythm-button"),
                id=RHYTHM_ID,
                state=CaseloadSG.every,
                when=unless("missing"),
            ),
            Button(
                Tr("staff-book-button"),
                id=BOOK_ID,
                on_click=handlers.on_book_for,
                when=unless("missing"),
            ),
            Button(
                Tr("lotsline-card-button"),
                id=LINE_ID,
                on_click=handlers.on_thread,
                when=unless("missing"),
            ),
            Button(
                Tr("reminders-card-button"),
                id=MESSAGE_ID,
                on_click=handlers.on_message_to,
                when=unless("missing"),
            ),
            SwitchTo(
                Tr("staff-practice-button"),
                id=PRACTICE_ID,
                state=CaseloadSG.practice,
                when=unless("missing"),
            ),
            SwitchTo(
                Tr("staff-assessment-button"),
                id=ASSESSMENT_ID,
                state=CaseloadSG.assessment,
                when=unless("missing"),
            ),
            Button(
                Tr("programme-facts-button"),
                id=FACTS_ID,
                on_click=on_open_facts,
                when=unless("missing"),
            ),
            Button(
                Tr("programme-end-button"), id=END_ID, on_click=on_open_end, when=unless("missing")
            ),
            Button(
                Tr("plan-staff-button"),
                id=PLAN_ID,
                on_click=handlers.on_plan,
                when=unless("missing"),
            ),
            SwitchTo(
                Tr("staff-lots-button"), id=LOTS_ID, state=CaseloadSG.lots, when="can_change_lots"
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.list),
            state=CaseloadSG.card,
            getter=getters.card,
        ),
        Screen(
            Tr("core-not-allowed", when="missing"),
            Tr("staff-lots-pick", when=unless("missing", "none")),
            Tr("team-no-target", when="none"),
            paged_choices(LOTS_ID, LOTS_PAGES_ID, "staff", handlers.on_lots_selected),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.card),
            state=CaseloadSG.lots,
            getter=getters.lots_choices,
        ),
        Screen(
            Tr("core-not-allowed", when="missing"),
            Tr("staff-lots-confirm", when=unless("missing")),
            Button(
                Tr("team-yes"),
                id=LOTS_CONFIRM_ID,
                on_click=handlers.on_lots_confirm,
                when=unless("missing"),
            ),
            SwitchTo(Tr("core-button-cancel"), id=BACK_ID, state=CaseloadSG.card),
            state=CaseloadSG.lots_confirm,
            getter=getters.lots_confirm,
        ),
        Screen(
            TrFrom("notice"),
            Tr("core-not-allowed", when="missing"),
            Tr("staff-assessment-title", when=unless("missing")),
            Format("{summary}", when=unless("missing")),
            Tr("staff-assessment-rhythm", when=unless("missing")),
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
                when=unless("missing"),
            ),
            SwitchTo(
                Tr("staff-assessment-rhythm-button"),
                id=ASSESSMENT_RHYTHM_ID,
                state=CaseloadSG.assessment_rhythm,
                when=unless("missing"),
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.card),
            state=CaseloadSG.assessment,
            getter=getters.assessment,
        ),
        Screen(
            Tr("staff-practice-ask"),
            Group(choices(PRACTICE_ID, "tracks", handlers.on_practice_track), width=1),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.card),
            state=CaseloadSG.practice,
            getter=practice_tracks,
        ),
        Screen(
            Tr("staff-assessment-ask-which"),
            Group(choices(FORM_ID, "forms", handlers.on_assessment_request), width=1),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.assessment),
            state=CaseloadSG.assessment_request,
            getter=getters.assessment_forms,
        ),
        Screen(
            Tr("staff-assessment-ask-rhythm"),
            Group(choices(WEEKS_ID, "weeks", handlers.on_assessment_rhythm), width=1),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.assessment),
            state=CaseloadSG.assessment_rhythm,
            getter=getters.assessment_weeks,
        ),
        Screen(
            Tr("staff-rhythm-ask-every"),
            Button(Tr("staff-rhythm-weekly"), id="weekly", on_click=handlers.on_every),
            Button(Tr("staff-rhythm-fortnightly"), id="fortnightly", on_click=handlers.on_every),
            Button(Tr("staff-rhythm-daily"), id="daily", on_click=handlers.on_every),
            Button(Tr("staff-rhythm-off"), id="off", on_click=handlers.on_every),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.card),
            state=CaseloadSG.every,
        ),
        Screen(
            Tr("staff-rhythm-ask-weekday"),
            Group(
                choices(WEEKDAY_ID, "weekdays", handlers.on_weekday),
                width=2,
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.every),
            state=CaseloadSG.weekday,
            getter=getters.weekdays,
        ),
        Screen(
            Tr("staff-rhythm-ask-time"),
            Group(
                choices(HOUR_ID, "hours", handlers.on_time),
                width=4,
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=CaseloadSG.every),
            state=CaseloadSG.time,
            getter=getters.hours,
        ),
        on_process_result=keep_notice,
    )
