"""Pure rules of time: rhythms, quiet hours and daylight saving. No Telegram, no SQL.

Stored times are UTC; schedules are wall-clock times in the person's zone. An occurrence is
named by its local date, so a daylight-saving night can neither skip nor double it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def parse_hhmm(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def local_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall-clock `at` on `day` in `zone`.

    A time that does not exist (spring forward) is taken as the same offset as before the
    gap, so 02:30 becomes 03:30 local; a time that exists twice (fall back) is the first.
    """
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Rhythm:
    """Every `every_days` days at `at` local time; weekly rhythms fall on `weekday` (0 = Monday)."""

    every_days: int
    at: time
    weekday: int | None = None

    def first_day_from(self, day: date) -> date:
        if self.weekday is None:
            return day
        return day + timedelta(days=(self.weekday - day.weekday()) % 7)

    def next_after(self, moment: datetime, zone: ZoneInfo) -> tuple[date, datetime]:
        """The first occurrence strictly after `moment`: (its local date, its UTC instant)."""
        day = self.first_day_from(moment.astimezone(zone).date())
        while True:
            due = local_to_utc(day, self.at, zone)
            if due > moment:
                return day, due
            day += timedelta(days=self.every_days)

    def following(self, occurrence: date, zone: ZoneInfo) -> tuple[date, datetime]:
        """The occurrence after the one on local date `occurrence`."""
        day = occurrence + timedelta(days=self.every_days)
        return day, local_to_utc(day, self.at, zone)


def in_quiet_hours(local: time, start: time, end: time) -> bool:
    """Whether a wall-clock time falls in quiet hours that may run over midnight."""
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def after_quiet_hours(moment: datetime, zone: ZoneInfo, start: time, end: time) -> datetime:
    """`moment` itself, or, when it is in quiet hours, the UTC instant they end."""
    local = moment.astimezone(zone)
    if not in_quiet_hours(local.time().replace(tzinfo=None), start, end):
        return moment
    day = local.date()
    if local.time().replace(tzinfo=None) >= end and start > end:
        day += timedelta(days=1)  # quiet from the evening: they end tomorrow morning
    return local_to_utc(day, end, zone)
