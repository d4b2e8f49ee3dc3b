"""Rhythms, quiet hours and the two daylight-saving nights, as plain functions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from rules.timing import Rhythm, after_quiet_hours, in_quiet_hours

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _occurrences(rhythm: Rhythm, start: datetime, end: datetime) -> list[tuple[date, datetime]]:
    found = []
    moment = start
    while True:
        day, due = rhythm.next_after(moment, STOCKHOLM)
        if due > end:
            return found
        found.append((day, due))
        moment = due


@pytest.mark.parametrize(
    ("night", "at"),
    [
        (date(2026, 3, 29), time(2, 30)),  # spring forward: 02:30 does not exist
        (date(2026, 3, 29), time(9, 0)),
        (date(2026, 10, 25), time(2, 30)),  # fall back: 02:30 happens twice
        (date(2026, 10, 25), time(9, 0)),
    ],
)
def test_a_daily_message_goes_out_exactly_once_on_a_daylight_saving_night(
    night: date, at: time
) -> None:
    start = datetime.combine(night - timedelta(days=2), time(12), tzinfo=STOCKHOLM)
    end = datetime.combine(night + timedelta(days=2), time(12), tzinfo=STOCKHOLM)
    found = _occurrences(Rhythm(every_days=1, at=at), start, end)
    days = [day for day, _ in found]
    assert days == [
        night - timedelta(days=1),
        night,
        night + timedelta(days=1),
        night + timedelta(days=2),
    ]
    assert len({due for _, due in found}) == 4


def test_the_same_wall_clock_time_before_and_after_the_spring_change() -> None:
    rhythm = Rhythm(every_days=1, at=time(9, 0))
    _, before = rhythm.next_after(datetime(2026, 3, 28, 0, tzinfo=UTC), STOCKHOLM)
    _, after = rhythm.next_after(datetime(2026, 3, 29, 0, tzinfo=UTC), STOCKHOLM)
    assert (before.hour, after.hour) == (8, 7)  # 09:00 CET, then 09:00 CEST
    assert after - before == timedelta(hours=23)


def test_a_weekly_rhythm_falls_on_its_weekday() -> None:
    rhythm = Rhythm(every_days=7, at=time(10, 0), weekday=2)  # Wednesday
    day, due = rhythm.next_after(datetime(2026, 11, 23, 12, tzinfo=UTC), STOCKHOLM)  # a Monday
    assert day == date(2026, 11, 25)
    assert due == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert rhythm.following(day, STOCKHOLM) == (
        date(2026, 12, 2),
        datetime(2026, 12, 2, 9, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("local", "quiet"),
    [
        (time(20, 59), False),
        (time(21, 0), True),
        (time(23, 30), True),
        (time(3, 0), True),
        (time(7, 59), True),
        (time(8, 0), False),
        (time(12, 0), False),
    ],
)
def test_quiet_hours_over_midnight(local: time, quiet: bool) -> None:
    assert in_quiet_hours(local, time(21), time(8)) is quiet


def test_a_message_due_in_the_evening_waits_until_the_next_morning() -> None:
    evening = datetime(2026, 10, 24, 21, 30, tzinfo=STOCKHOLM)  # the night clocks go back
    resume = after_quiet_hours(evening.astimezone(UTC), STOCKHOLM, time(21), time(8))
    assert resume.astimezone(STOCKHOLM) == datetime(2026, 10, 25, 8, 0, tzinfo=STOCKHOLM)
    early = datetime(2026, 10, 25, 5, 0, tzinfo=STOCKHOLM).astimezone(UTC)
    assert after_quiet_hours(early, STOCKHOLM, time(21), time(8)).astimezone(STOCKHOLM).hour == 8
    noon = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)
    assert after_quiet_hours(noon, STOCKHOLM, time(21), time(8)) == noon
