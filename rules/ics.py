"""Calendar files (.ics) for one meeting, for the reader's phone. Pure.

One UID per meeting and its SEQUENCE (the meeting's count of changes) let a calendar replace
the entry it holds when the meeting moves, and take it away when it is cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

# Fluent puts these around variables in right-to-left languages; calendars show them as boxes.
_ISOLATES = dict.fromkeys(range(0x2066, 0x206A))


def plain(text: str) -> str:
    """Text for a calendar field: without direction isolates."""
    return text.translate(_ISOLATES)


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """What a calendar shows of one meeting, in the reader's language."""

    uid: str
    sequence: int
    starts_at: datetime
    ends_at: datetime
    zone: ZoneInfo
    summary: str
    location: str
    description: str


def meeting_ics(entry: CalendarEntry, *, alarm_before: timedelta, stamp: datetime) -> bytes:
    """The meeting to add (or to update, by its UID and a higher SEQUENCE), with an alarm
    `alarm_before` its start. Times in the meeting's zone, with that zone's VTIMEZONE."""
    event = _event(entry, stamp)
    event.add("status", "CONFIRMED")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", plain(entry.summary))
    alarm.add("trigger", -alarm_before)
    event.add_component(alarm)
    return _calendar("PUBLISH", event)


def cancelled_ics(entry: CalendarEntry, *, stamp: datetime) -> bytes:
    """The meeting taken away: METHOD:CANCEL, STATUS:CANCELLED, the same UID."""
    event = _event(entry, stamp)
    event.add("status", "CANCELLED")
    return _calendar("CANCEL", event)


def _event(entry: CalendarEntry, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", entry.uid)
    event.add("sequence", entry.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", entry.starts_at.astimezone(entry.zone))
    event.add("dtend", entry.ends_at.astimezone(entry.zone))
    event.add("summary", plain(entry.summary))
    if entry.location:
        event.add("location", plain(entry.location))
    event.add("description", plain(entry.description))
    return event


def _calendar(method: str, event: Event) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Lotsen//meetings//SV")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
