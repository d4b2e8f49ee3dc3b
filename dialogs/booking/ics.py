"""A calendar file (.ics) for one meeting, for the participant's phone. Pure."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event


def meeting_ics(
    *,
    uid: str,
    starts_at: datetime,
    ends_at: datetime,
    zone: ZoneInfo,
    summary: str,
    location: str,
    stamp: datetime,
) -> bytes:
    """One VEVENT, its times in the meeting's zone (with that zone's VTIMEZONE)."""
    calendar = Calendar()
    calendar.add("prodid", "-//Lotsen//meetings//SV")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", starts_at.astimezone(zone))
    event.add("dtend", ends_at.astimezone(zone))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
