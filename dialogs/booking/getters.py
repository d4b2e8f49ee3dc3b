from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, name_of, now_of, pop_notice, translator
from dialogs.context import session_of, settings_of
from rules.i18n import Translator
from storage import booking, groups
from storage.booking import Meeting, MeetingKind
from storage.people import Person

PARTICIPANT_ID = "participant_id"
STAFF_ID = "staff_id"
KIND_ID = "kind_id"
DAY = "day"
START = "start"
MOVE = "move"
SUGGEST = "suggest"
MEETING_ID = "meeting_id"
# A kind asked for by its code when the dialog starts (the mapping talk).
KIND_CODE = "kind_code"


def kind_name(i18n: Translator, code: str) -> str:
    key = f"booking-kind-{code}"
    return i18n(key) if i18n.has(key) else code


def where(i18n: Translator, place: str, address: str | None) -> str:
    label = i18n(f"booking-place-{place}")
    return f"{label}, {address}" if address else label


def zone_of(manager: DialogManager) -> ZoneInfo:
    return ZoneInfo(settings_of(manager).timezone)


def meeting_values(meeting: Meeting, i18n: Translator, zone: ZoneInfo) -> dict[str, Any]:
    return {
        "kind": kind_name(i18n, meeting.kind),
        "minutes": int((meeting.ends_at - meeting.starts_at) / timedelta(minutes=1)),
        "at": meeting.starts_at.astimezone(zone),
        "where": where(i18n, meeting.place, meeting.address),
    }


async def _chosen(manager: DialogManager) -> tuple[Person, Person, MeetingKind] | None:
    """(participant, staff, kind) chosen so far, re-checked against what the actor may do."""
    data = manager.dialog_data
    return await booking.kind_for(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(data.get(PARTICIPANT_ID, 0)),
        kind_id=int(data.get(KIND_ID, 0)),
    )


async def staff_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    participant = await booking.participant_for(
        session,
        actor=actor_of(dialog_manager),
        participant_id=int(dialog_manager.dialog_data.get(PARTICIPANT_ID, 0)),
    )
    staff = await booking.bookable_staff(session, participant=participant) if participant else []
    i18n = translator(dialog_manager)
    return {"staff": [(str(s.id), name_of(s, i18n)) for s in staff]}


async def kind_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    i18n = translator(dialog_manager)
    actor = actor_of(dialog_manager)
    kinds = await booking.kinds_of(
        session, staff_id=int(dialog_manager.dialog_data.get(STAFF_ID, 0))
    )
    return {
        "notice": pop_notice(dialog_manager),
        "kinds": [
            (
                str(kind.id),
                i18n(
                    "booking-kind-button",
                    kind=kind_name(i18n, kind.code),
                    minutes=kind.minutes,
                    place=i18n(f"booking-place-{kind.place}"),
                ),
            )
            for kind in kinds
            if kind.active and (kind.self_bookable or actor.is_staff)
        ],
    }


async def days(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    chosen = await _chosen(dialog_manager)
    free: list[date] = []
    if chosen is not None:
        _participant, staff, kind = chosen
        free = await booking.free_days(
            session_of(dialog_manager),
            staff=staff,
            kind=kind,
            now=now_of(dialog_manager),
            skip=dialog_manager.dialog_data.get(MOVE),
        )
    return {
        "notice": pop_notice(dialog_manager),
        "free_days": [day.isoformat() for day in free],
        "today": now_of(dialog_manager).astimezone(zone_of(dialog_manager)).date().isoformat(),
        "none_free": not free,
        "some_free": bool(free),
    }


async def times(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    chosen = await _chosen(dialog_manager)
    data = dialog_manager.dialog_data
    if chosen is None or DAY not in data:
        return {"times": [], "day": None, "notice": pop_notice(dialog_manager)}
    _participant, staff, kind = chosen
    session = session_of(dialog_manager)
    zone = zone_of(dialog_manager)
    now = now_of(dialog_manager)
    day = date.fromisoformat(data[DAY])
    if data.get(SUGGEST):
        starts = await booking.next_free_times(session, staff=staff, kind=kind, now=now, count=6)
        label = "%d/%m %H:%M"
    else:
        starts = await booking.free_times(
            session, staff=staff, kind=kind, day=day, now=now, skip=data.get(MOVE)
        )
        label = "%H:%M"
    return {
        "notice": pop_notice(dialog_manager),
        "day": datetime.combine(day, datetime.min.time(), zone),
        "suggest": bool(data.get(SUGGEST)),
        "by_day": not data.get(SUGGEST),
        "times": [(s.isoformat(), s.astimezone(zone).strftime(label)) for s in starts],
        "none_left": not starts,
    }


async def confirm(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    chosen = await _chosen(dialog_manager)
    start = dialog_manager.dialog_data.get(START)
    if chosen is None or not start:
        return {"gone": True}
    _participant, staff, kind = chosen
    i18n = translator(dialog_manager)
    return {
        "gone": False,
        "moving": bool(dialog_manager.dialog_data.get(MOVE)),
        "booking": not dialog_manager.dialog_data.get(MOVE),
        "kind": kind_name(i18n, kind.code),
        "minutes": kind.minutes,
        "at": datetime.fromisoformat(start).astimezone(zone_of(dialog_manager)),
        "staff": name_of(staff, i18n),
        "where": where(i18n, kind.place, kind.address),
    }


async def meeting_list(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    zone = zone_of(dialog_manager)
    found = await booking.upcoming(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        now=now_of(dialog_manager),
    )
    items = [
        (
            str(meeting.id),
            i18n(
                "booking-list-item",
                at=meeting.starts_at.astimezone(zone),
                kind=kind_name(i18n, meeting.kind),
            ),
        )
        for meeting in found
    ]
    together = [
        (
            str(meeting.id),
            i18n(
                "groups-list-item-mine",
                at=meeting.starts_at.astimezone(zone),
                kind=i18n(f"groups-kind-{meeting.kind}"),
            ),
        )
        for meeting in await groups.coming_to(
            session_of(dialog_manager), actor=actor_of(dialog_manager), now=now_of(dialog_manager)
        )
    ]
    return {
        "notice": pop_notice(dialog_manager),
        "meetings": items,
        "groups": together,
        "count": len(items) + len(together),
        "hours": settings_of(dialog_manager).booking_lock_hours,
    }


async def meeting_view(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    meeting = await booking.get_meeting(
        session,
        actor=actor_of(dialog_manager),
        meeting_id=int(dialog_manager.dialog_data.get(MEETING_ID, 0)),
    )
    hours = settings_of(dialog_manager).booking_lock_hours
    if meeting is None or meeting.status != booking.Status.BOOKED.value:
        return {"gone": True, "notice": pop_notice(dialog_manager), "hours": hours}
    i18n = translator(dialog_manager)
    staff = await session.get(Person, meeting.staff_id)
    return {
        "gone": False,
        "hours": hours,
        "notice": pop_notice(dialog_manager),
        "staff": name_of(staff, i18n),
        **meeting_values(meeting, i18n, zone_of(dialog_manager)),
    }


# -- staff: agenda, hours, days off, kinds ---------------------------------------------------

WEEK = "week"
KIND_EDIT = "kind_edit"
HOURS_DAY = "hours_day"
HOURS_START = "hours_start"
HOURS = tuple(range(7, 21))


async def agenda(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    zone = zone_of(dialog_manager)
    now = now_of(dialog_manager)
    week = bool(dialog_manager.dialog_data.get(WEEK))
    start, end = booking.day_bounds(now.astimezone(zone).date(), zone, days=7 if week else 1)
    found = await booking.agenda(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        start=start,
        end=end,
    )
    items = [
        (
            str(meeting.id),
            i18n(
                "staff-agenda-item",
                at=meeting.starts_at.astimezone(zone),
                name=name_of(person, i18n),
                kind=kind_name(i18n, meeting.kind),
                status=meeting.status,
                response=meeting.response or "none",
            ),
        )
        for meeting, person in found
    ]
    return {
        "notice": pop_notice(dialog_manager),
        "meetings": items,
        "empty": not items,
        "week": week,
        "today": not week,
    }


async def staff_meeting(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    meeting = await booking.get_meeting(
        session,
        actor=actor_of(dialog_manager),
        meeting_id=int(dialog_manager.dialog_data.get(MEETING_ID, 0)),
    )
    if meeting is None:
        return {"gone": True}
    i18n = translator(dialog_manager)
    participant = await session.get(Person, meeting.participant_id)
    started = meeting.starts_at <= now_of(dialog_manager)
    open_ = meeting.status == booking.Status.BOOKED.value
    return {
        "gone": False,
        "notice": pop_notice(dialog_manager),
        "name": name_of(participant, i18n),
        "status": meeting.status,
        "response": meeting.response or "none",
        "can_mark": started and meeting.status != booking.Status.CANCELLED.value,
        "can_cancel": open_ and not started,
        **meeting_values(meeting, i18n, zone_of(dialog_manager)),
    }


async def hours(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    windows = await booking.windows_of(session_of(dialog_manager), actor=actor_of(dialog_manager))
    names = weekday_names(i18n)
    return {
        "notice": pop_notice(dialog_manager),
        "windows": [
            (
                str(w.id),
                i18n("staff-hours-item", day=names[w.weekday], start=w.start, end=w.end),
            )
            for w in windows
        ],
        "none": not windows,
    }


def weekday_names(i18n: Translator) -> list[str]:
    from babel.dates import get_day_names

    from rules.i18n import babel_locale

    names = get_day_names("wide", locale=babel_locale(i18n.locale))
    return [names[day].capitalize() for day in range(7)]


async def hours_days(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    names = weekday_names(translator(dialog_manager))
    return {"weekdays": [(str(day), names[day]) for day in range(7)]}


async def hours_starts(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {"hours": [(f"{h:02d}:00", f"{h:02d}:00") for h in HOURS]}


async def hours_ends(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    first = int(str(dialog_manager.dialog_data.get(HOURS_START, "07:00"))[:2]) + 1
    return {"hours": [(f"{h:02d}:00", f"{h:02d}:00") for h in range(first, 22)]}


async def days_off(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    actor = actor_of(dialog_manager)
    today = now_of(dialog_manager).astimezone(zone_of(dialog_manager)).date()
    rules = await booking.rules_of(session, staff_id=actor.person_id, zone=zone_of(dialog_manager))
    every = [today + timedelta(days=n) for n in range(120)]
    return {
        "notice": pop_notice(dialog_manager),
        "free_days": [day.isoformat() for day in every],
        "today": today.isoformat(),
        "marked": [day.isoformat() for day in rules.days_off],
    }


async def kinds(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    i18n = translator(dialog_manager)
    found = await booking.kinds_of(session, staff_id=actor_of(dialog_manager).person_id)
    return {
        "notice": pop_notice(dialog_manager),
        "kinds": [
            (
                str(kind.id),
                i18n(
                    "booking-kind-button",
                    kind=kind_name(i18n, kind.code),
                    minutes=kind.minutes,
                    place=where(i18n, kind.place, kind.address),
                ),
            )
            for kind in found
        ],
    }


async def kind_view(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    session = session_of(dialog_manager)
    kind = await booking.own_kind(
        session,
        actor=actor_of(dialog_manager),
        kind_id=int(dialog_manager.dialog_data.get(KIND_EDIT, 0)),
    )
    if kind is None:
        return {"gone": True, "lengths": [], "places": []}
    i18n = translator(dialog_manager)
    return {
        "gone": False,
        "notice": pop_notice(dialog_manager),
        "kind": kind_name(i18n, kind.code),
        "minutes": kind.minutes,
        "where": where(i18n, kind.place, kind.address),
        "lengths": [(str(m), f"{m} min") for m in booking.LENGTHS],
        "places": [(p.value, i18n(f"booking-place-{p.value}")) for p in booking.Place],
    }
