from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from dialogs.booking import where
from dialogs.common import actor_of, name_of, now_of, pop_notice, translator
from dialogs.context import session_of, settings_of
from dialogs.groups.files import kind_name
from rules.i18n import Translator
from rules.timing import local_to_utc
from storage import groups
from storage.groups import GroupMeeting, SeatStatus

MEETING_ID = "meeting_id"
# The key the participants' meeting list starts a group meeting's screen with.
GROUP_MEETING_ID = "group_meeting_id"
KIND = "kind"
DAY = "day"
START = "start"
PLACE = "place"
ADDRESS = "address"
SEATS = "seats"
MOVING = "moving"
INVITE_ID = "invite_pick"
PRESENT_ID = "present"
INVITED_NOW = "invited_now"
SEAT_CHOICES = (5, 10, 15, 20, 25, 30, 40, 50, 60)
CALENDAR_DAYS = 120
# Half hours a group meeting may start at, in the staff member's zone.
STARTS = tuple(time(hour, minute) for hour in range(8, 19) for minute in (0, 30))


def zone_of(manager: DialogManager) -> ZoneInfo:
    return ZoneInfo(settings_of(manager).timezone)


def days_ahead(zone: ZoneInfo, now: datetime) -> list[date]:
    """Days a meeting may be put on: from tomorrow, a few months ahead."""
    today = now.astimezone(zone).date()
    return [today + timedelta(days=n) for n in range(1, CALENDAR_DAYS + 1)]


def starts_on(day: date, zone: ZoneInfo) -> list[datetime]:
    return [local_to_utc(day, at, zone) for at in STARTS]


def meeting_values(meeting: GroupMeeting, i18n: Translator, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "kind": kind_name(i18n, meeting.kind),
        "at": meeting.starts_at.astimezone(zone),
        "where": where(i18n, meeting.place, meeting.address),
        "seats": meeting.seats,
        "taken": meeting.taken,
        "left": meeting.seats - meeting.taken,
    }


async def own_meeting(manager: DialogManager) -> GroupMeeting | None:
    return await groups.own_meeting(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
    )


# -- staff -----------------------------------------------------------------------------------


async def meeting_list(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    zone = zone_of(dialog_manager)
    found = await groups.meetings_of(
        session_of(dialog_manager), actor=actor_of(dialog_manager), now=now_of(dialog_manager)
    )
    items = [
        (
            str(meeting.id),
            i18n(
                "groups-list-item",
                at=meeting.starts_at.astimezone(zone),
                kind=kind_name(i18n, meeting.kind),
                taken=meeting.taken,
                seats=meeting.seats,
            ),
        )
        for meeting in found
    ]
    return {"notice": pop_notice(dialog_manager), "meetings": items, "empty": not items}


async def kinds(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    return {
        "kinds": [
            (code, i18n("groups-kind-button", kind=kind_name(i18n, code), minutes=minutes))
            for code, minutes in groups.KINDS.items()
        ]
    }


async def days(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    zone = zone_of(dialog_manager)
    now = now_of(dialog_manager)
    return {
        "free_days": [day.isoformat() for day in days_ahead(zone, now)],
        "today": now.astimezone(zone).date().isoformat(),
    }


async def times(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    zone = zone_of(dialog_manager)
    day = date.fromisoformat(str(dialog_manager.dialog_data.get(DAY, "2000-01-01")))
    return {
        "day": datetime.combine(day, time(0), zone),
        "times": [
            (start.isoformat(), start.astimezone(zone).strftime("%H:%M"))
            for start in starts_on(day, zone)
        ],
    }


async def places(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    return {"places": [(place, i18n(f"booking-place-{place}")) for place in groups.PLACES]}


async def seats(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {"seats": [(str(n), str(n)) for n in SEAT_CHOICES]}


async def confirm(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    data = dialog_manager.dialog_data
    i18n = translator(dialog_manager)
    zone = zone_of(dialog_manager)
    start = data.get(START)
    moving = bool(data.get(MOVING))
    meeting = await own_meeting(dialog_manager) if moving else None
    if not start or (moving and meeting is None):
        return {"gone": True}
    kind = meeting.kind if meeting else str(data.get(KIND, ""))
    place = meeting.place if meeting else str(data.get(PLACE, ""))
    address = meeting.address if meeting else data.get(ADDRESS)
    return {
        "gone": False,
        "moving": moving,
        "creating": not moving,
        "kind": kind_name(i18n, kind),
        "at": datetime.fromisoformat(start).astimezone(zone),
        "where": where(i18n, place, address),
        "seats": meeting.seats if meeting else int(data.get(SEATS, 0)),
    }


async def meeting_view(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    meeting = await own_meeting(dialog_manager)
    planned = meeting is not None and meeting.status == groups.MeetingStatus.PLANNED.value
    if meeting is None or meeting.id is None or not planned:
        return {"gone": True, "notice": pop_notice(dialog_manager)}
    session = session_of(dialog_manager)
    i18n = translator(dialog_manager)
    now = now_of(dialog_manager)
    invited = await groups.roster(session, actor=actor_of(dialog_manager), meeting_id=meeting.id)
    by_status: dict[str, list[str]] = {}
    for seat, person in invited:
        by_status.setdefault(seat.status, []).append(name_of(person, i18n))
    started = meeting.starts_at <= now
    return {
        "gone": False,
        "notice": pop_notice(dialog_manager),
        "invited": len(invited),
        # How many the last press invited (the notice says so).
        "count": int(dialog_manager.dialog_data.get(INVITED_NOW, 0)),
        "waiting": len(by_status.get(SeatStatus.WAITING.value, [])),
        "coming_names": ", ".join(by_status.get(SeatStatus.COMING.value, [])),
        "open": not started,
        "started": started,
        "marked": meeting.marked_at is not None,
        **meeting_values(meeting, i18n, zone_of(dialog_manager)),
    }


async def invitable(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    found = await groups.invitable(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        meeting_id=int(dialog_manager.dialog_data.get(MEETING_ID, 0)),
    )
    return {
        "participants": [(str(person.id), name_of(person, i18n)) for person in found],
        "count": len(found),
        "none": not found,
    }


async def coming(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    invited = await groups.roster(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        meeting_id=int(dialog_manager.dialog_data.get(MEETING_ID, 0)),
    )
    people = [
        (str(person.id), name_of(person, i18n))
        for seat, person in invited
        if seat.status == SeatStatus.COMING.value
    ]
    return {"people": people, "none": not people}


# -- participants -------------------------------------------------------------------------------


async def visit(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await groups.seat_of(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        meeting_id=int(dialog_manager.dialog_data.get(MEETING_ID, 0)),
    )
    now = now_of(dialog_manager)
    if found is None or found[1].status != groups.MeetingStatus.PLANNED.value:
        return {"gone": True}
    seat, meeting = found
    if meeting.ends_at <= now:
        return {"gone": True}
    return {
        "gone": False,
        "status": seat.status,
        "coming": seat.status == SeatStatus.COMING.value,
        "waiting": seat.status == SeatStatus.WAITING.value,
        "may_leave": seat.status in (SeatStatus.COMING.value, SeatStatus.WAITING.value),
        **meeting_values(meeting, translator(dialog_manager), zone_of(dialog_manager)),
    }
