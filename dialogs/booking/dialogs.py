from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Back, Button, Cancel, Group, Start, SwitchTo

from dialogs.booking import getters, handlers
from dialogs.common import Screen, Tr, TrFrom, choices, keep_notice, unless
from dialogs.states import BookingSG, GroupsSG, MeetingsSG, StaffBookingSG
from dialogs.widgets.calendar import free_days_calendar

BACK_ID = "back"
STAFF_ID = "staff"
KIND_ID = "kind"
DAY_ID = "day"
TIME_ID = "time"
CONFIRM_ID = "confirm"
MEETING_ID = "meeting"
NEW_ID = "new"
MOVE_ID = "move"
CANCEL_ID = "cancel"
YES_ID = "yes"
ICS_ID = "ics"
GROUP_ID = "group"
GROUPS_ID = "groups"


def booking_dialog() -> Dialog:
    """Book (or move) a meeting: with whom, what kind, which day, which time, confirm."""
    return Dialog(
        Screen(
            Tr("booking-ask-staff"),
            Group(choices(STAFF_ID, "staff", handlers.on_staff_selected), width=1),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=BookingSG.staff,
            getter=getters.staff_choices,
        ),
        Screen(
            TrFrom("notice"),
            Tr("booking-ask-kind"),
            Group(choices(KIND_ID, "kinds", handlers.on_kind_selected), width=1),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=BookingSG.kind,
            getter=getters.kind_choices,
        ),
        Screen(
            TrFrom("notice"),
            Tr("booking-ask-day", when="some_free"),
            Tr("booking-no-days", when="none_free"),
            free_days_calendar(DAY_ID, handlers.on_day_selected),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=BookingSG.day,
            getter=getters.days,
        ),
        Screen(
            TrFrom("notice"),
            Tr("booking-ask-time", when="by_day"),
            Tr("booking-day-full", when="none_left"),
            Group(choices(TIME_ID, "times", handlers.on_time_selected), width=3),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=BookingSG.day),
            state=BookingSG.time,
            getter=getters.times,
        ),
        Screen(
            Tr("booking-gone", when="gone"),
            Tr("booking-confirm", when=unless("gone")),
            Button(
                Tr("booking-confirm-button"),
                id=CONFIRM_ID,
                on_click=handlers.on_confirm,
                when="booking",
            ),
            Button(
                Tr("booking-move-button"),
                id=CONFIRM_ID,
                on_click=handlers.on_confirm,
                when="moving",
            ),
            Back(Tr("core-button-back"), id=BACK_ID),
            state=BookingSG.confirm,
            getter=getters.confirm,
        ),
        on_start=handlers.on_booking_start,
    )


def meetings_dialog() -> Dialog:
    """My meetings: the list, one meeting, move it, cancel it."""
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("booking-list-title", when="count"),
            Tr("booking-list-empty", when=lambda d, _w, _m: not d.get("count")),
            Group(choices(MEETING_ID, "meetings", handlers.on_meeting_selected), width=1),
            Group(choices(GROUP_ID, "groups", handlers.on_group_selected), width=1),
            Start(Tr("booking-new"), id=NEW_ID, state=BookingSG.staff),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=MeetingsSG.list,
            getter=getters.meeting_list,
        ),
        Screen(
            TrFrom("notice"),
            Tr("booking-gone", when="gone"),
            Tr("booking-view", when=unless("gone")),
            Button(Tr("booking-move"), id=MOVE_ID, on_click=handlers.on_move, when=unless("gone")),
            Button(
                Tr("booking-cancel-button"),
                id=CANCEL_ID,
                on_click=handlers.on_cancel_asked,
                when=unless("gone"),
            ),
            Button(
                Tr("booking-ics-button"), id=ICS_ID, on_click=handlers.on_ics, when=unless("gone")
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=MeetingsSG.list),
            state=MeetingsSG.view,
            getter=getters.meeting_view,
        ),
        Screen(
            Tr("booking-cancel-ask"),
            Button(Tr("booking-cancel-yes"), id=YES_ID, on_click=handlers.on_cancel),
            SwitchTo(Tr("booking-cancel-no"), id=BACK_ID, state=MeetingsSG.view),
            state=MeetingsSG.cancel,
        ),
        on_process_result=keep_notice,
    )


AGENDA_ID = "agenda"
WEEK_ID = "week"
HOURS_ID = "hours"
DAYS_OFF_ID = "days_off"
KINDS_ID = "kinds"
WINDOW_ID = "window"
ADD_ID = "add"
WEEKDAY_ID = "weekday"
FROM_ID = "from"
TO_ID = "to"
LENGTH_ID = "length"
PLACE_ID = "place"
ADDRESS_ID = "address"
ADDRESS_INPUT_ID = "address_input"


def staff_dialog() -> Dialog:
    """The staff member's side: the agenda, a meeting, weekly hours, days off, meeting kinds."""
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("staff-agenda-today", when="today"),
            Tr("staff-agenda-week", when="week"),
            Tr("staff-agenda-empty", when="empty"),
            Group(choices(AGENDA_ID, "meetings", handlers.on_agenda_selected), width=1),
            Button(
                Tr("staff-agenda-show-week"),
                id=WEEK_ID,
                on_click=handlers.on_toggle_week,
                when="today",
            ),
            Button(
                Tr("staff-agenda-show-today"),
                id=WEEK_ID,
                on_click=handlers.on_toggle_week,
                when="week",
            ),
            SwitchTo(Tr("staff-hours-button"), id=HOURS_ID, state=StaffBookingSG.hours),
            SwitchTo(Tr("staff-days-off-button"), id=DAYS_OFF_ID, state=StaffBookingSG.days_off),
            Button(Tr("staff-kinds-button"), id=KINDS_ID, on_click=handlers.on_kinds),
            Start(Tr("groups-button"), id=GROUPS_ID, state=GroupsSG.list),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=StaffBookingSG.agenda,
            getter=getters.agenda,
        ),
        Screen(
            TrFrom("notice"),
            Tr("booking-gone", when="gone"),
            Tr("staff-meeting-view", when=unless("gone")),
            Button(
                Tr("staff-meeting-attended"),
                id=handlers.ATTENDED_ID,
                on_click=handlers.on_mark,
                when="can_mark",
            ),
            Button(
                Tr("staff-meeting-no-show"),
                id=handlers.NO_SHOW_ID,
                on_click=handlers.on_mark,
                when="can_mark",
            ),
            Button(
                Tr("booking-cancel-button"),
                id=CANCEL_ID,
                on_click=handlers.on_staff_cancel,
                when="can_cancel",
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.agenda),
            state=StaffBookingSG.meeting,
            getter=getters.staff_meeting,
        ),
        Screen(
            TrFrom("notice"),
            Tr("staff-hours-title"),
            Tr("staff-hours-none", when="none"),
            Group(choices(WINDOW_ID, "windows", handlers.on_window_removed), width=1),
            SwitchTo(Tr("staff-hours-add"), id=ADD_ID, state=StaffBookingSG.hours_day),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.agenda),
            state=StaffBookingSG.hours,
            getter=getters.hours,
        ),
        Screen(
            Tr("staff-hours-ask-day"),
            Group(choices(WEEKDAY_ID, "weekdays", handlers.on_hours_day), width=2),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.hours),
            state=StaffBookingSG.hours_day,
            getter=getters.hours_days,
        ),
        Screen(
            Tr("staff-hours-ask-start"),
            Group(choices(FROM_ID, "hours", handlers.on_hours_start), width=4),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.hours_day),
            state=StaffBookingSG.hours_start,
            getter=getters.hours_starts,
        ),
        Screen(
            Tr("staff-hours-ask-end"),
            Group(choices(TO_ID, "hours", handlers.on_hours_end), width=4),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.hours_start),
            state=StaffBookingSG.hours_end,
            getter=getters.hours_ends,
        ),
        Screen(
            TrFrom("notice"),
            Tr("staff-days-off-title"),
            free_days_calendar(DAYS_OFF_ID, handlers.on_day_off),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.agenda),
            state=StaffBookingSG.days_off,
            getter=getters.days_off,
        ),
        Screen(
            TrFrom("notice"),
            Tr("staff-kinds-title"),
            Group(choices(KINDS_ID, "kinds", handlers.on_kind_edit), width=1),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.agenda),
            state=StaffBookingSG.kinds,
            getter=getters.kinds,
        ),
        Screen(
            TrFrom("notice"),
            Tr("booking-gone", when="gone"),
            Tr("staff-kind-view", when=unless("gone")),
            SwitchTo(
                Tr("staff-kind-length"),
                id=LENGTH_ID,
                state=StaffBookingSG.kind_length,
                when=unless("gone"),
            ),
            SwitchTo(
                Tr("staff-kind-place"),
                id=PLACE_ID,
                state=StaffBookingSG.kind_place,
                when=unless("gone"),
            ),
            SwitchTo(
                Tr("staff-kind-address"),
                id=ADDRESS_ID,
                state=StaffBookingSG.kind_address,
                when=unless("gone"),
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.kinds),
            state=StaffBookingSG.kind,
            getter=getters.kind_view,
        ),
        Screen(
            Tr("staff-kind-ask-length"),
            Group(choices(LENGTH_ID, "lengths", handlers.on_kind_length), width=4),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.kind),
            state=StaffBookingSG.kind_length,
            getter=getters.kind_view,
        ),
        Screen(
            Tr("staff-kind-ask-place"),
            Group(choices(PLACE_ID, "places", handlers.on_kind_place), width=1),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.kind),
            state=StaffBookingSG.kind_place,
            getter=getters.kind_view,
        ),
        Screen(
            Tr("staff-kind-ask-address", when=unless("gone")),
            TextInput(
                id=ADDRESS_INPUT_ID,
                type_factory=handlers.clean_address,
                on_success=handlers.on_kind_address,
                on_error=handlers.on_bad_address,
            ),
            SwitchTo(Tr("core-button-back"), id=BACK_ID, state=StaffBookingSG.kind),
            state=StaffBookingSG.kind_address,
            getter=getters.kind_view,
        ),
    )
