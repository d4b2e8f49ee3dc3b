from operator import itemgetter

from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, Multiselect, SwitchTo
from aiogram_dialog.widgets.text import Format

from dialogs.common import (
    Screen,
    Tr,
    TrFrom,
    back_to,
    choices,
    keep_notice,
    paged,
    paged_choices,
    unless,
)
from dialogs.groups import getters, handlers
from dialogs.groups.getters import INVITE_ID, PRESENT_ID
from dialogs.states import GroupsSG, GroupVisitSG
from dialogs.widgets.calendar import free_days_calendar

BACK_ID = "back"
MEETING_ID = "meeting"
PAGES_ID = "pages"
NEW_ID = "new"
KIND_ID = "kind"
DAY_ID = "day"
TIME_ID = "time"
PLACE_ID = "place"
ADDRESS_ID = "address"
NO_ADDRESS_ID = "no_address"
SEATS_ID = "seats"
CONFIRM_ID = "confirm"
INVITE_OPEN_ID = "invite"
INVITE_DONE_ID = "invite_done"
INVITE_ALL_ID = "invite_all"
MOVE_ID = "move"
CANCEL_ID = "cancel"
YES_ID = "yes"
ATTENDANCE_ID = "attendance"
SAVE_ID = "save"
LEAVE_ID = "leave"
ICS_ID = "ics"


def _ticks(widget_id: str, items: str, on_changed: object) -> Multiselect[str]:
    return Multiselect(
        Format("✅ {item[1]}"),
        Format("⬜ {item[1]}"),
        id=widget_id,
        item_id_getter=itemgetter(0),
        items=items,
        on_state_changed=on_changed,  # type: ignore[arg-type]
    )


def _meetings() -> list[Screen]:
    """The staff member's group meetings."""
    return [
        Screen(
            TrFrom("notice"),
            Tr("groups-list-title", when=unless("empty")),
            Tr("groups-list-empty", when="empty"),
            paged_choices(MEETING_ID, PAGES_ID, "meetings", handlers.on_meeting_selected),
            Button(Tr("groups-new"), id=NEW_ID, on_click=handlers.on_new),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=GroupsSG.list,
            getter=getters.meeting_list,
        ),
    ]


def _planning() -> list[Screen]:
    """A new meeting, or a move: kind, day, time, place, address, seats, then yes."""
    return [
        Screen(
            Tr("groups-ask-kind"),
            Group(choices(KIND_ID, "kinds", handlers.on_kind), width=1),
            back_to(GroupsSG.list),
            state=GroupsSG.kind,
            getter=getters.kinds,
        ),
        Screen(
            Tr("groups-ask-day"),
            free_days_calendar(DAY_ID, handlers.on_day),
            Button(Tr("core-button-back"), id=BACK_ID, on_click=handlers.on_day_back),
            state=GroupsSG.day,
            getter=getters.days,
        ),
        Screen(
            Tr("groups-ask-time"),
            Group(choices(TIME_ID, "times", handlers.on_time), width=4),
            back_to(GroupsSG.day),
            state=GroupsSG.time,
            getter=getters.times,
        ),
        Screen(
            Tr("groups-ask-place"),
            Group(choices(PLACE_ID, "places", handlers.on_place), width=1),
            back_to(GroupsSG.time),
            state=GroupsSG.place,
            getter=getters.places,
        ),
        Screen(
            Tr("groups-ask-address"),
            TextInput(
                id=ADDRESS_ID,
                type_factory=handlers.clean_address,
                on_success=handlers.on_address,
                on_error=handlers.on_bad_address,
            ),
            Button(Tr("groups-no-address"), id=NO_ADDRESS_ID, on_click=handlers.on_no_address),
            back_to(GroupsSG.place),
            state=GroupsSG.address,
        ),
        Screen(
            Tr("groups-ask-seats"),
            Group(choices(SEATS_ID, "seats", handlers.on_seats), width=3),
            back_to(GroupsSG.address),
            state=GroupsSG.seats,
            getter=getters.seats,
        ),
        Screen(
            Tr("groups-confirm"),
            Tr("groups-confirm-move", when="moving"),
            Button(
                Tr("groups-create"), id=CONFIRM_ID, on_click=handlers.on_confirm, when="creating"
            ),
            Button(
                Tr("groups-move-here"), id=CONFIRM_ID, on_click=handlers.on_confirm, when="moving"
            ),
            refused_when="gone",
            refusal="groups-gone",
            back=back_to(GroupsSG.list),
            state=GroupsSG.confirm,
            getter=getters.confirm,
        ),
    ]


def _meeting() -> list[Screen]:
    """One meeting: who is coming, inviting, cancelling, and who came."""
    return [
        Screen(
            TrFrom("notice"),
            Tr("groups-view"),
            Tr("groups-view-coming", when="coming_names"),
            Button(
                Tr("groups-invite"),
                id=INVITE_OPEN_ID,
                on_click=handlers.on_invite_open,
                when="open",
            ),
            Button(Tr("groups-move"), id=MOVE_ID, on_click=handlers.on_move, when="open"),
            SwitchTo(Tr("groups-cancel"), id=CANCEL_ID, state=GroupsSG.cancel, when="open"),
            Button(
                Tr("groups-attendance"),
                id=ATTENDANCE_ID,
                on_click=handlers.on_attendance_open,
                when="started",
            ),
            refused_when="gone",
            refusal="groups-gone",
            back=Button(Tr("core-button-back"), id=BACK_ID, on_click=handlers.on_meeting_back),
            state=GroupsSG.meeting,
            getter=getters.meeting_view,
        ),
        Screen(
            Tr("groups-ask-invite", when=unless("none")),
            Tr("groups-invite-nobody", when="none"),
            paged(_ticks(INVITE_ID, "participants", handlers.on_invite_pick), PAGES_ID),
            Button(
                Tr("groups-invite-picked"),
                id=INVITE_DONE_ID,
                on_click=handlers.on_invite_picked,
                when=unless("none"),
            ),
            Button(
                Tr("groups-invite-all"),
                id=INVITE_ALL_ID,
                on_click=handlers.on_invite_all,
                when=unless("none"),
            ),
            back_to(GroupsSG.meeting),
            state=GroupsSG.invite,
            getter=getters.invitable,
        ),
        Screen(
            Tr("groups-cancel-ask"),
            Button(Tr("groups-cancel-yes"), id=YES_ID, on_click=handlers.on_cancel),
            SwitchTo(Tr("groups-cancel-no"), id=BACK_ID, state=GroupsSG.meeting),
            state=GroupsSG.cancel,
        ),
        Screen(
            Tr("groups-ask-attendance", when=unless("none")),
            Tr("groups-attendance-nobody", when="none"),
            paged(_ticks(PRESENT_ID, "people", handlers.on_present_changed), PAGES_ID),
            Button(
                Tr("groups-attendance-save"),
                id=SAVE_ID,
                on_click=handlers.on_attendance_saved,
                when=unless("none"),
            ),
            back_to(GroupsSG.meeting),
            state=GroupsSG.attendance,
            getter=getters.coming,
        ),
    ]


def staff_dialog() -> Dialog:
    """Group meetings, staff side: plan one, invite, move, cancel, and mark who came."""
    return Dialog(
        *_meetings(),
        *_planning(),
        *_meeting(),
    )


def participant_dialog() -> Dialog:
    """A group meeting the participant said yes to (from 📅 Meetings): see it, get the
    calendar file again, or give the seat back."""
    return Dialog(
        Screen(
            Tr("groups-visit"),
            Tr("groups-visit-waiting", when="waiting"),
            Button(
                Tr("groups-ics-button"), id=ICS_ID, on_click=handlers.on_visit_ics, when="coming"
            ),
            SwitchTo(Tr("groups-leave"), id=LEAVE_ID, state=GroupVisitSG.leave, when="may_leave"),
            refused_when="gone",
            refusal="groups-gone",
            back=Cancel(Tr("core-button-back"), id=BACK_ID),
            state=GroupVisitSG.view,
            getter=getters.visit,
        ),
        Screen(
            Tr("groups-leave-ask"),
            Button(Tr("groups-leave-yes"), id=YES_ID, on_click=handlers.on_leave),
            SwitchTo(Tr("groups-leave-no"), id=BACK_ID, state=GroupVisitSG.view),
            state=GroupVisitSG.leave,
        ),
        on_start=handlers.on_visit_start,
        on_process_result=keep_notice,
    )
