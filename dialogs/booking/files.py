"""A meeting's calendar file for one reader, in their language: the meeting to add (or to
update, after a move), or, once cancelled, the cancellation that takes it away."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from dialogs.booking.getters import kind_name, where
from dialogs.common import file_name
from rules.i18n import Translator
from storage import booking
from storage.booking import Meeting


def calendar_file_name(i18n: Translator, meeting: Meeting) -> str:
    cancelled = meeting.status == booking.Status.CANCELLED.value
    return file_name(i18n, "booking-ics-cancelled-file" if cancelled else "booking-ics-file", "ics")


def calendar_file(
    i18n: Translator,
    meeting: Meeting,
    *,
    with_name: str,
    zone: ZoneInfo,
    bot_username: str,
    stamp: datetime,
) -> bytes:
    """The .ics for a reader who meets `with_name`; its alarm rings when the last reminder
    would, before the start."""
    from rules import ics  # icalendar: loaded on the first calendar file

    entry = ics.CalendarEntry(
        # One UID for the meeting's whole life: a phone replaces or removes what it has.
        uid=f"meeting-{meeting.id}@lotsen",
        sequence=meeting.sequence,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        zone=zone,
        summary=i18n("booking-ics-summary", kind=kind_name(i18n, meeting.kind), name=with_name),
        location=where(i18n, meeting.place, meeting.address),
        description=i18n("booking-ics-description", link=f"https://t.me/{bot_username}"),
    )
    if meeting.status == booking.Status.CANCELLED.value:
        return ics.cancelled_ics(entry, stamp=stamp)
    return ics.meeting_ics(entry, alarm_before=booking.HOURS_BEFORE, stamp=stamp)
