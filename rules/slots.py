"""Free meeting times from a staff member's availability. Pure: no Telegram, no SQL.

Times are wall-clock in the staff member's zone when offered and UTC when stored. Every
meeting holds the quarter hours it covers, plus the buffer after it; a start is free when
none of those quarters is held. The database holds the same quarters (storage.booking),
so two bookings can never hold one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from rules.timing import local_to_utc

QUARTER = timedelta(minutes=15)
# Offered starts are on the half hour: a day of them fits on a phone.
STEP = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Window:
    weekday: int  # 0 = Monday
    start: time
    end: time


@dataclass(frozen=True, slots=True)
class Rules:
    """One staff member's availability."""

    windows: tuple[Window, ...]
    zone: ZoneInfo
    buffer: timedelta = timedelta(minutes=15)
    daily_cap: int = 4
    notice: timedelta = timedelta(hours=24)
    horizon: timedelta = timedelta(days=28)
    days_off: frozenset[date] = field(default_factory=frozenset)


@cache
def _swedish_holidays(year: int) -> frozenset[date]:
    """Public holidays, and the eves Sweden treats as holidays (midsummer, Christmas, New Year)."""
    import holidays  # about 4 MB: loaded when someone first books, not by every worker

    found = holidays.country_holidays("SE", years=year, categories=("public", "de_facto"))
    return frozenset(found)


def closed(day: date, rules: Rules) -> bool:
    """A public holiday, a de facto one, or one of the staff member's days off."""
    return day in rules.days_off or day in _swedish_holidays(day.year)


def quarters(start: datetime, length: timedelta, buffer: timedelta) -> list[datetime]:
    """The quarter hours (UTC) a meeting from `start` holds: itself and the buffer after it."""
    count = -(-(length + buffer) // QUARTER)  # ceiling
    first = start.astimezone(UTC)
    return [first + QUARTER * n for n in range(count)]


def starts_on(day: date, length: timedelta, rules: Rules) -> list[datetime]:
    """Every start (UTC) on `day` that fits the day's windows, ignoring what is booked."""
    out = []
    for window in rules.windows:
        if window.weekday != day.weekday():
            continue
        start = local_to_utc(day, window.start, rules.zone)
        end = local_to_utc(day, window.end, rules.zone)
        while start + length <= end:
            out.append(start)
            start += STEP
    return sorted(set(out))


def free_starts(
    day: date,
    length: timedelta,
    rules: Rules,
    *,
    now: datetime,
    held: Iterable[datetime],
    booked_on: Mapping[date, int],
) -> list[datetime]:
    """The starts a participant may book on `day` (UTC, in order)."""
    if closed(day, rules) or booked_on.get(day, 0) >= rules.daily_cap:
        return []
    earliest, latest = now + rules.notice, now + rules.horizon
    taken = set(held)
    return [
        start
        for start in starts_on(day, length, rules)
        if earliest <= start <= latest
        and not any(q in taken for q in quarters(start, length, rules.buffer))
    ]


def days_with_free_starts(
    length: timedelta,
    rules: Rules,
    *,
    now: datetime,
    held: Iterable[datetime],
    booked_on: Mapping[date, int],
) -> list[date]:
    """The days from now to the horizon (local dates) with at least one free start."""
    taken = frozenset(held)
    first = (now + rules.notice).astimezone(rules.zone).date()
    last = (now + rules.horizon).astimezone(rules.zone).date()
    days = []
    day = first
    while day <= last:
        if free_starts(day, length, rules, now=now, held=taken, booked_on=booked_on):
            days.append(day)
        day += timedelta(days=1)
    return days
