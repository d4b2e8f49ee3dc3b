"""Booking on SQLite and PostgreSQL: one winner per time, whatever the screens showed."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import func, select

from rules.slots import Rules, Window, closed, free_starts, quarters
from storage import booking
from storage.booking import Limits, Meeting, MeetingClaim, Refusal
from storage.db import SessionFactory
from storage.people import Actor, Person, Role
from tests.conftest import START
from tests.support.personas import participants

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# START is Monday 23 November 2026, 10:00 in Stockholm.
WEDNESDAY = date(2026, 11, 25)
LIMITS = Limits(lock=timedelta(hours=12), max_future=3)


async def _staff(factory: SessionFactory) -> int:
    async with factory() as session:
        staff = Person(
            telegram_id=9000,
            role="staff",
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            onboarded_at=START,
        )
        session.add(staff)
        await session.commit()
        assert staff.id is not None
        actor = Actor(staff.id, 9000, Role.STAFF, True)
        for weekday in range(5):
            await booking.add_window(
                session, actor=actor, weekday=weekday, start="09:00", end="12:00"
            )
        await booking.ensure_kinds(session, staff_id=staff.id)
        await session.commit()
        return staff.id


async def _kind(factory: SessionFactory, staff_id: int, code: str) -> int:
    async with factory() as session:
        kinds = await booking.ensure_kinds(session, staff_id=staff_id)
        return next(k.id for k in kinds if k.code == code and k.id is not None)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STOCKHOLM).astimezone(UTC)


# Twenty times, fifty people press the same time at once: the crowd a reminder to all of a
# lots's participants ("book your follow-up") can bring, many rounds so a rare interleaving shows.
RACE_ROUNDS = 20
RACE_CROWD = 50


def _race_times() -> list[datetime]:
    """Three times a working day (9, 10, 11) from Wednesday on: as many as the rounds need."""
    times: list[datetime] = []
    day = WEDNESDAY
    while len(times) < RACE_ROUNDS:
        if day.weekday() < 5:
            times += [_at(day, hour) for hour in (9, 10, 11)]
        day += timedelta(days=1)
    return times[:RACE_ROUNDS]


async def test_fifty_at_once_for_one_time_have_one_winner_every_time(
    factory: SessionFactory,
) -> None:
    staff_id = await _staff(factory)
    people = await participants(factory, RACE_CROWD, staff_id=staff_id)
    kind_id = await _kind(factory, staff_id, "follow-up")
    # A winner may win again later: only the race is measured here, not the cap of three.
    limits = Limits(lock=LIMITS.lock, max_future=RACE_ROUNDS)

    async def attempt(person_id: int, start: datetime) -> booking.Outcome:
        async with factory() as session:  # each person on a session (a connection) of their own
            return await booking.book(
                session,
                actor=Actor(person_id, 500, Role.PARTICIPANT, True),
                participant_id=person_id,
                kind_id=kind_id,
                starts_at=start,
                now=START,
                limits=limits,
            )

    times = _race_times()
    for start in times:
        outcomes = await asyncio.gather(*(attempt(p, start) for p in people))
        winners = [o.meeting for o in outcomes if o.meeting is not None]
        refusals = [o.refusal for o in outcomes if o.meeting is None]
        assert len(winners) == 1, start
        # Every other person meets the dialog's kind "that time was just taken" path.
        assert len(refusals) == RACE_CROWD - 1
        assert set(refusals) <= {Refusal.TAKEN, Refusal.NOT_FREE}
        async with factory() as session:
            at_start = (await session.exec(select(Meeting).where(Meeting.starts_at == start))).all()
        assert [m.id for m in at_start] == [winners[0].id]
    async with factory() as session:
        meetings = (await session.exec(select(Meeting))).all()
        claims = int((await session.exec(select(func.count()).select_from(MeetingClaim))).one())
    assert sorted(m.starts_at for m in meetings) == times
    assert claims == RACE_ROUNDS * 3  # 30 minutes and the 15-minute buffer: three quarters each


async def test_moving_lets_the_old_time_go_only_when_the_new_one_is_won(
    factory: SessionFactory,
) -> None:
    staff_id = await _staff(factory)
    amina, yusuf = await participants(factory, 2, staff_id=staff_id)
    kind_id = await _kind(factory, staff_id, "follow-up")
    async with factory() as session:
        first = await booking.book(
            session,
            actor=Actor(amina, 500, Role.PARTICIPANT, True),
            participant_id=amina,
            kind_id=kind_id,
            starts_at=_at(WEDNESDAY, 9),
            now=START,
            limits=LIMITS,
        )
        second = await booking.book(
            session,
            actor=Actor(yusuf, 501, Role.PARTICIPANT, True),
            participant_id=yusuf,
            kind_id=kind_id,
            starts_at=_at(WEDNESDAY, 10),
            now=START,
            limits=LIMITS,
        )
        assert first.meeting and second.meeting and first.meeting.id
        # Amina cannot move onto Yusuf's time, nor its buffer; her own time stays hers.
        refused = await booking.move(
            session,
            actor=Actor(amina, 500, Role.PARTICIPANT, True),
            meeting_id=first.meeting.id,
            starts_at=_at(WEDNESDAY, 9, 30),
            now=START,
            limits=LIMITS,
        )
        assert refused.refusal is Refusal.NOT_FREE
        moved = await booking.move(
            session,
            actor=Actor(amina, 500, Role.PARTICIPANT, True),
            meeting_id=first.meeting.id,
            starts_at=_at(WEDNESDAY, 11),
            now=START,
            limits=LIMITS,
        )
        assert moved.meeting is not None
    async with factory() as session:
        held = (
            await session.exec(
                select(MeetingClaim.at).where(MeetingClaim.meeting_id == first.meeting.id)
            )
        ).all()
    assert sorted(held) == quarters(
        _at(WEDNESDAY, 11), timedelta(minutes=30), timedelta(minutes=15)
    )


def test_free_starts_keep_to_hours_notice_horizon_holidays_days_off_and_the_cap() -> None:
    rules = Rules(
        windows=(
            Window(2, datetime.min.time().replace(hour=9), datetime.min.time().replace(hour=11)),
        ),
        zone=STOCKHOLM,
        daily_cap=2,
        days_off=frozenset({date(2026, 12, 9)}),
    )
    length = timedelta(minutes=60)
    starts = free_starts(WEDNESDAY, length, rules, now=START, held=[], booked_on={})
    assert starts == [_at(WEDNESDAY, 9), _at(WEDNESDAY, 9, 30), _at(WEDNESDAY, 10)]
    # Less than 24 hours' notice: not offered.
    late = START + timedelta(hours=23, minutes=40)  # Tuesday 09:40
    assert free_starts(WEDNESDAY, length, rules, now=late, held=[], booked_on={}) == [
        _at(WEDNESDAY, 10)
    ]
    # Christmas Eve (a de facto holiday), a day off, a full day, past the horizon.
    assert closed(date(2026, 12, 24), rules) and closed(date(2026, 12, 25), rules)
    assert not closed(date(2026, 12, 23), rules)
    assert free_starts(date(2026, 12, 9), length, rules, now=START, held=[], booked_on={}) == []
    assert free_starts(WEDNESDAY, length, rules, now=START, held=[], booked_on={WEDNESDAY: 2}) == []
    assert free_starts(date(2027, 1, 6), length, rules, now=START, held=[], booked_on={}) == []
    # A held quarter rules out every start whose meeting or buffer would cover it.
    held = quarters(_at(WEDNESDAY, 10), timedelta(minutes=15), timedelta(0))
    assert free_starts(WEDNESDAY, length, rules, now=START, held=held, booked_on={}) == []


def test_times_follow_the_wall_clock_across_daylight_saving() -> None:
    nine = datetime.min.time().replace(hour=9)
    rules = Rules(
        windows=tuple(Window(day, nine, nine.replace(hour=10)) for day in range(7)),
        zone=STOCKHOLM,
    )
    hour = timedelta(hours=1)
    summer = free_starts(
        date(2026, 10, 23),
        hour,
        rules,
        now=datetime(2026, 10, 20, tzinfo=UTC),
        held=[],
        booked_on={},
    )
    winter = free_starts(
        date(2026, 10, 26),
        hour,
        rules,
        now=datetime(2026, 10, 20, tzinfo=UTC),
        held=[],
        booked_on={},
    )
    assert summer == [datetime(2026, 10, 23, 7, 0, tzinfo=UTC)]  # 09:00 CEST
    assert winter == [datetime(2026, 10, 26, 8, 0, tzinfo=UTC)]  # 09:00 CET
    assert quarters(summer[0], hour, timedelta(0))[-1] == datetime(2026, 10, 23, 7, 45, tzinfo=UTC)
