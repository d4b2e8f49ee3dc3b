"""Group meetings on SQLite and PostgreSQL: never one seat more than there is room for, the\nwaiting list in order, and who came counted in the report."""

from __future__ import annotations

import asyncio
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from sqlmodel import select

from dialogs.report import workbook
from rules.i18n import Localization
from storage import groups, report
from storage.db import SessionFactory
from storage.groups import Answer, GroupMeeting, GroupSeat, SeatStatus
from storage.people import Actor, Person, Role
from tests.conftest import START
from tests.support.personas import participants, staff_member

SEATS = 40


async def _meeting(
    factory: SessionFactory, crowd: int, *, starts_at: datetime = START + timedelta(days=3)
) -> tuple[int, Actor, list[int]]:
    """A meeting of SEATS seats Lina planned, and `crowd` of her participants invited to it."""
    lina = await staff_member(factory)
    people = await participants(factory, crowd, staff_id=lina.person_id)
    async with factory() as session:
        meeting = await groups.create(
            session,
            actor=lina,
            kind="information",
            starts_at=starts_at,
            place="in-person",
            address="Storgatan 1",
            seats=SEATS,
            now=START,
        )
        assert meeting is not None and meeting.id is not None
        assert await groups.invite(
            session, actor=lina, meeting_id=meeting.id, participant_ids=None, now=START
        ) == len(people)
        return meeting.id, lina, people


async def test_forty_one_at_once_for_forty_seats_seat_forty_and_one_waits(
    factory: SessionFactory,
) -> None:
    meeting_id, _lina, people = await _meeting(factory, SEATS + 1)

    async def coming(person_id: int) -> Answer:
        async with factory() as session:  # each person on a connection of their own
            return await groups.answer(
                session,
                actor=Actor(person_id, 500, Role.PARTICIPANT, True),
                meeting_id=meeting_id,
                coming=True,
                wait=True,
                now=START,
            )

    # All 41 press "I'm coming" at the same moment: 40 seats, one waiting place.
    outcomes = await asyncio.gather(*(coming(p) for p in people))
    assert outcomes.count(Answer.COMING) == SEATS
    assert outcomes.count(Answer.WAITING) == 1
    # Everyone again at once (second taps, a second device): nothing changes.
    again = await asyncio.gather(*(coming(p) for p in people))
    assert again.count(Answer.COMING) == SEATS
    async with factory() as session:
        meeting = await session.get(GroupMeeting, meeting_id)
        seats = (await session.exec(select(GroupSeat))).all()
    assert meeting is not None and meeting.taken == SEATS
    statuses = [seat.status for seat in seats]
    assert statuses.count(SeatStatus.COMING.value) == SEATS
    assert statuses.count(SeatStatus.WAITING.value) == 1


async def test_a_seat_given_back_goes_to_the_first_waiting(factory: SessionFactory) -> None:
    meeting_id, _lina, people = await _meeting(factory, SEATS + 2)
    async with factory() as session:
        for n, person_id in enumerate(people):
            outcome = await groups.answer(
                session,
                actor=Actor(person_id, 500 + n, Role.PARTICIPANT, True),
                meeting_id=meeting_id,
                coming=True,
                wait=True,
                now=START + timedelta(minutes=n),
            )
            assert outcome is (Answer.COMING if n < SEATS else Answer.WAITING)
        first_waiting, second_waiting = people[SEATS:]
        given_back = await groups.answer(
            session,
            actor=Actor(people[0], 500, Role.PARTICIPANT, True),
            meeting_id=meeting_id,
            coming=False,
            now=START + timedelta(hours=1),
        )
        assert given_back is Answer.DECLINED
    async with factory() as session:
        by_person = {
            seat.participant_id: seat.status for seat in (await session.exec(select(GroupSeat)))
        }
        meeting = await session.get(GroupMeeting, meeting_id)
    assert by_person[first_waiting] == SeatStatus.COMING.value
    assert by_person[second_waiting] == SeatStatus.WAITING.value
    assert by_person[people[0]] == SeatStatus.DECLINED.value
    assert meeting is not None and meeting.taken == SEATS


async def test_who_came_is_counted_in_the_report(factory: SessionFactory) -> None:
    meeting_id, lina, (came, missed) = await _meeting(
        factory, 2, starts_at=START + timedelta(hours=1)
    )
    async with factory() as session:
        for person_id in (came, missed):
            await groups.answer(
                session,
                actor=Actor(person_id, 500, Role.PARTICIPANT, True),
                meeting_id=meeting_id,
                coming=True,
                now=START,
            )
        # Not before it has started; then once, with who was there.
        assert (
            await groups.mark(session, actor=lina, meeting_id=meeting_id, present=[came], now=START)
            is None
        )
        marked = await groups.mark(
            session,
            actor=lina,
            meeting_id=meeting_id,
            present=[came],
            now=START + timedelta(hours=2),
        )
        assert marked is not None
        key = b"the municipality's key"
        rows = await report.rows(session, actor=lina, zone=ZoneInfo("Europe/Stockholm"), key=key)
    by_id = {row.pseudonym: (row.groups_attended, row.groups_missed) for row in rows}
    assert by_id == {report.pseudonym(came, key): (1, 0), report.pseudonym(missed, key): (0, 1)}
    title = workbook.Title(scope="Mina deltagare", made_at=START, made_by="Lina")
    sheet = load_workbook(
        io.BytesIO(workbook.build(rows, Localization(strict=True)("sv"), title=title))
    )["Deltagare"]
    header, *cells = list(sheet.iter_rows(values_only=True))
    at = header.index("Gruppmöten, kom")
    assert header[at + 1] == "Gruppmöten, missade"
    assert sorted((row[at], row[at + 1]) for row in cells) == [(0, 1), (1, 0)]


async def test_staff_invite_their_own_participants_and_admins_anyone(
    factory: SessionFactory,
) -> None:
    meeting_id, lina, (amina,) = await _meeting(factory, 1)
    omar = await staff_member(factory, telegram_id=9001)
    async with factory() as session:
        other = Person(
            telegram_id=600,
            role="participant",
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            onboarded_at=START,
            staff_id=omar.person_id,
        )
        session.add(other)
        await session.commit()
        assert other.id is not None
        karim = other.id
    admin = await staff_member(factory, telegram_id=9002)
    admin = Actor(admin.person_id, admin.telegram_id, Role.ADMIN, True)
    async with factory() as session:
        # Lina cannot invite Omar's Karim; Omar cannot touch Lina's meeting at all.
        assert (
            await groups.invite(
                session, actor=lina, meeting_id=meeting_id, participant_ids=[karim], now=START
            )
            == 0
        )
        assert await groups.own_meeting(session, actor=omar, meeting_id=meeting_id) is None
        assert await groups.invitable(session, actor=omar, meeting_id=meeting_id) == []
        # An administrator plans one and invites across staff.
        theirs = await groups.create(
            session,
            actor=admin,
            kind="workshop",
            starts_at=START + timedelta(days=5),
            place="video",
            address=None,
            seats=5,
            now=START,
        )
        assert theirs is not None and theirs.id is not None
        invited = await groups.invite(
            session, actor=admin, meeting_id=theirs.id, participant_ids=None, now=START
        )
        seats = (
            await session.exec(select(GroupSeat).where(GroupSeat.meeting_id == theirs.id))
        ).all()
    assert invited == 2
    assert {seat.participant_id for seat in seats} == {amina, karim}
