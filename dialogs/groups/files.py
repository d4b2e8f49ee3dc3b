"""A group meeting's calendar file for one reader, in their language: the meeting to add (or
to update, after a move), or, once cancelled, the cancellation that takes it away."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from dialogs.booking import where
from dialogs.common import file_name
from rules.i18n import Translator
from storage import groups
from storage.booking import HOURS_BEFORE
from storage.groups import GroupMeeting


def kind_name(i18n: Translator, code: str) -> str:
    key = f"groups-kind-{code}"
    return i18n(key) if i18n.has(key) else code


def _cancelled(meeting: GroupMeeting) -> bool:
    return meeting.status == groups.MeetingStatus.CANCELLED.value


def calendar_file_name(i18n: Translator, meeting: GroupMeeting) -> str:
    key = "groups-ics-cancelled-file" if _cancelled(meeting) else "groups-ics-file"
    return file_name(i18n, key, "ics")


def calendar_file(
    i18n: Translator, meeting: GroupMeeting, *, zone: ZoneInfo, bot_username: str, stamp: datetime
) -> bytes:
    """The .ics for a participant; its alarm rings when the last reminder would."""
    from rules import ics  # icalendar: loaded on the first calendar file

    entry = ics.CalendarEntry(
        # One UID for the meeting's whole life: a phone replaces or removes what it has.
        uid=f"group-meeting-{meeting.id}@lotsen",
        sequence=meeting.sequence,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        zone=zone,
        summary=kind_name(i18n, meeting.kind),
        location=where(i18n, meeting.place, meeting.address),
        description=i18n("booking-ics-description", link=f"https://t.me/{bot_username}"),
    )
    if _cancelled(meeting):
        return ics.cancelled_ics(entry, stamp=stamp)
    return ics.meeting_ics(entry, alarm_before=HOURS_BEFORE, stamp=stamp)
