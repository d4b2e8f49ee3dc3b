"""Group meetings: the information meeting staff invite many to, its seats, its waiting list
and who came.

Seats are never over-filled: a meeting counts its taken seats in `taken`, a seat is taken by
one conditional UPDATE (`taken < seats`) and the database checks `taken <= seats` besides, so
a race between many taps, devices or workers cannot seat one more than there is room for.
Every change locks the meeting's row first (that UPDATE), then seats: two changes to one
meeting never wait on each other in opposite orders.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    func,
    update,
)
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import outbox
from storage.booking import reminder_times
from storage.people import Actor, Person, Role, caseload
from storage.types import UTCDateTime

INVITED_PURPOSE = "group-invited"
REMINDER_PURPOSE = "group-reminder"
MOVED_PURPOSE = "group-moved"
CANCELLED_PURPOSE = "group-cancelled"
MOVED_UP_PURPOSE = "group-moved-up"
THANKS_PURPOSE = "group-thanks"
MISSED_PURPOSE = "group-missed"
# The kinds of group meeting and their length in minutes (their names are in the locales).
KINDS = {"information": 60, "workshop": 90}
MAX_SEATS = 200
PLACES = ("in-person", "video", "phone")


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class SeatStatus(StrEnum):
    INVITED = "invited"
    COMING = "coming"
    WAITING = "waiting"
    DECLINED = "declined"


class GroupMeeting(SQLModel, table=True):
    __tablename__ = "group_meeting"
    __table_args__ = (
        CheckConstraint("taken >= 0 AND taken <= seats", name="ck_group_meeting_seats"),
    )

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    kind: str = Field(sa_column=Column(String(32), nullable=False))
    starts_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    ends_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    place: str = Field(sa_column=Column(String(16), nullable=False))
    address: str | None = Field(default=None, sa_column=Column(String(200)))
    seats: int = Field(nullable=False)
    taken: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))
    status: str = Field(
        default=MeetingStatus.PLANNED.value, sa_column=Column(String(16), nullable=False)
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    cancelled_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # When staff saved who came.
    marked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # A calendar file's SEQUENCE: how often it has moved or been cancelled.
    sequence: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class GroupSeat(SQLModel, table=True):
    """One participant invited to one group meeting, and what became of it."""

    __tablename__ = "group_seat"
    __table_args__ = (UniqueConstraint("meeting_id", "participant_id", name="uq_group_seat"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("group_meeting.id", ondelete="CASCADE"), nullable=False
        )
    )
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    status: str = Field(
        default=SeatStatus.INVITED.value, sa_column=Column(String(16), nullable=False)
    )
    invited_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    # The last answer; for the waiting list, its order.
    answered_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # Marked by staff after the meeting: came (True) or not (False).
    attended: bool | None = Field(default=None)


# -- outcomes --------------------------------------------------------------------------------


class Answer(StrEnum):
    COMING = "coming"  # a seat is theirs
    FULL = "full"  # no seat left: a waiting place may be taken
    WAITING = "waiting"  # on the waiting list
    DECLINED = "declined"
    GONE = "gone"  # no such invitation, or the meeting is cancelled or over


@dataclass(frozen=True, slots=True)
class Attendance:
    attended: int = 0
    missed: int = 0


# -- reading -------------------------------------------------------------------------------


async def own_meeting(
    session: AsyncSession, *, actor: Actor, meeting_id: int
) -> GroupMeeting | None:
    """A group meeting the actor runs (admins: any); None for anyone else's, or none."""
    if not actor.is_staff:
        return None
    meeting = await session.get(GroupMeeting, meeting_id)
    if meeting is None or not (actor.is_admin or meeting.staff_id == actor.person_id):
        return None
    return meeting


async def meetings_of(session: AsyncSession, *, actor: Actor, now: datetime) -> list[GroupMeeting]:
    """The actor's group meetings from a fortnight ago on (attendance is marked after)."""
    if not actor.is_staff:
        return []
    rows = await session.exec(
        select(GroupMeeting)
        .where(
            GroupMeeting.staff_id == actor.person_id,
            GroupMeeting.status == MeetingStatus.PLANNED.value,
            col(GroupMeeting.starts_at) >= now - timedelta(days=14),
        )
        .order_by(col(GroupMeeting.starts_at))
    )
    return list(rows.all())


async def roster(
    session: AsyncSession, *, actor: Actor, meeting_id: int
) -> list[tuple[GroupSeat, Person]]:
    """Everyone invited to one of the actor's meetings, with their answer, by name."""
    if await own_meeting(session, actor=actor, meeting_id=meeting_id) is None:
        return []
    rows = await session.exec(
        select(GroupSeat, Person)
        .join(Person, col(Person.id) == GroupSeat.participant_id)
        .where(GroupSeat.meeting_id == meeting_id)
        .order_by(col(Person.display_name), col(Person.id))
    )
    return list(rows.all())


async def invitable(session: AsyncSession, *, actor: Actor, meeting_id: int) -> list[Person]:
    """The actor's participants (admins: everyone's) not yet invited to this meeting."""
    if await own_meeting(session, actor=actor, meeting_id=meeting_id) is None:
        return []
    invited = set(
        (
            await session.exec(
                select(GroupSeat.participant_id).where(GroupSeat.meeting_id == meeting_id)
            )
        ).all()
    )
    return [p for p in await caseload(session, actor=actor) if p.id not in invited]


async def seat_of(
    session: AsyncSession, *, actor: Actor, meeting_id: int
) -> tuple[GroupSeat, GroupMeeting] | None:
    """The acting participant's own invitation to a meeting, with the meeting; None if none."""
    if actor.role is not Role.PARTICIPANT:
        return None
    found = await session.exec(
        select(GroupSeat, GroupMeeting)
        .join(GroupMeeting, col(GroupMeeting.id) == GroupSeat.meeting_id)
        .where(GroupSeat.meeting_id == meeting_id, GroupSeat.participant_id == actor.person_id)
    )
    row = found.first()
    return (row[0], row[1]) if row else None


async def coming_to(session: AsyncSession, *, actor: Actor, now: datetime) -> list[GroupMeeting]:
    """The group meetings the acting participant said yes to, not yet over."""
    rows = await session.exec(
        select(GroupMeeting)
        .join(GroupSeat, col(GroupSeat.meeting_id) == GroupMeeting.id)
        .where(
            GroupSeat.participant_id == actor.person_id,
            GroupSeat.status == SeatStatus.COMING.value,
            GroupMeeting.status == MeetingStatus.PLANNED.value,
            col(GroupMeeting.ends_at) > now,
        )
        .order_by(col(GroupMeeting.starts_at))
    )
    return list(rows.all())


async def next_after(session: AsyncSession, meeting: GroupMeeting) -> GroupMeeting | None:
    """The same staff member's next planned meeting of the same kind, with a seat left."""
    found = await session.exec(
        select(GroupMeeting)
        .where(
            GroupMeeting.staff_id == meeting.staff_id,
            GroupMeeting.kind == meeting.kind,
            GroupMeeting.status == MeetingStatus.PLANNED.value,
            col(GroupMeeting.starts_at) > meeting.starts_at,
            col(GroupMeeting.taken) < col(GroupMeeting.seats),
        )
        .order_by(col(GroupMeeting.starts_at))
        .limit(1)
    )
    return found.first()


async def attendance(
    session: AsyncSession, *, participant_ids: Iterable[int]
) -> dict[int, Attendance]:
    """Group meetings each participant came to and missed (as staff marked them)."""
    ids = list(participant_ids)
    if not ids:
        return {}
    rows = await session.exec(
        select(GroupSeat.participant_id, GroupSeat.attended, func.count())
        .where(col(GroupSeat.participant_id).in_(ids), col(GroupSeat.attended).is_not(None))
        .group_by(col(GroupSeat.participant_id), col(GroupSeat.attended))
    )
    counts: dict[int, Attendance] = {}
    for participant_id, came, n in rows.all():
        before = counts.get(participant_id, Attendance())
        counts[participant_id] = (
            Attendance(before.attended + int(n), before.missed)
            if came
            else Attendance(before.attended, before.missed + int(n))
        )
    return counts


# -- staff: create, invite, move, cancel, mark ---------------------------------------------


async def create(
    session: AsyncSession,
    *,
    actor: Actor,
    kind: str,
    starts_at: datetime,
    place: str,
    address: str | None,
    seats: int,
    now: datetime,
) -> GroupMeeting | None:
    """Staff plan a group meeting. None for one that makes no sense."""
    if (
        not actor.is_staff
        or kind not in KINDS
        or place not in PLACES
        or not 0 < seats <= MAX_SEATS
        or starts_at <= now
    ):
        return None
    meeting = GroupMeeting(
        staff_id=actor.person_id,
        kind=kind,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=KINDS[kind]),
        place=place,
        address=(address or "").strip()[:200] or None,
        seats=seats,
        created_at=now,
    )
    session.add(meeting)
    await session.commit()
    return meeting


def _open(meeting: GroupMeeting | None, now: datetime) -> bool:
    return (
        meeting is not None
        and meeting.status == MeetingStatus.PLANNED.value
        and meeting.starts_at > now
    )


async def invite(
    session: AsyncSession,
    *,
    actor: Actor,
    meeting_id: int,
    participant_ids: Iterable[int] | None,
    now: datetime,
) -> int:
    """Invite some of the actor's participants (None: all of them not yet invited); each gets
    the invitation in their own language. Returns how many were invited."""
    meeting = await own_meeting(session, actor=actor, meeting_id=meeting_id)
    if meeting is None or not _open(meeting, now):
        return 0
    open_ = {
        p.id: p
        for p in await invitable(session, actor=actor, meeting_id=meeting_id)
        if p.id is not None
    }
    wanted = list(open_) if participant_ids is None else [i for i in participant_ids if i in open_]
    seats = [GroupSeat(meeting_id=meeting_id, participant_id=pid, invited_at=now) for pid in wanted]
    session.add_all(seats)
    await session.flush()
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=seat.participant_id,
                purpose=INVITED_PURPOSE,
                occurrence=f"group-{meeting_id}",
                due_at=now,
                subject_id=meeting_id,
            )
            for seat in seats
        ],
        now=now,
    )
    await session.commit()
    return len(seats)


async def _tell_coming(
    session: AsyncSession, *, meeting: GroupMeeting, purpose: str, now: datetime
) -> None:
    coming = (
        await session.exec(
            select(GroupSeat.participant_id).where(
                GroupSeat.meeting_id == meeting.id, GroupSeat.status == SeatStatus.COMING.value
            )
        )
    ).all()
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=participant_id,
                purpose=purpose,
                occurrence=f"group-{meeting.id}-{meeting.sequence}",
                due_at=now,
                subject_id=meeting.id,
            )
            for participant_id in coming
        ],
        now=now,
    )
    if purpose == MOVED_PURPOSE:
        for participant_id in coming:
            await _queue_reminders(session, meeting=meeting, participant_id=participant_id, now=now)


async def move(
    session: AsyncSession, *, actor: Actor, meeting_id: int, starts_at: datetime, now: datetime
) -> GroupMeeting | None:
    """Move a planned meeting; everyone who said yes is told, with new reminders."""
    meeting = await own_meeting(session, actor=actor, meeting_id=meeting_id)
    if meeting is None or not _open(meeting, now) or starts_at <= now:
        return None
    length = meeting.ends_at - meeting.starts_at
    meeting.starts_at, meeting.ends_at = starts_at, starts_at + length
    meeting.sequence += 1
    await session.flush()
    await _tell_coming(session, meeting=meeting, purpose=MOVED_PURPOSE, now=now)
    await session.commit()
    return meeting


async def cancel(
    session: AsyncSession, *, actor: Actor, meeting_id: int, now: datetime
) -> GroupMeeting | None:
    """Cancel a planned meeting; everyone who said yes is told."""
    meeting = await own_meeting(session, actor=actor, meeting_id=meeting_id)
    if meeting is None or not _open(meeting, now):
        return None
    meeting.status = MeetingStatus.CANCELLED.value
    meeting.cancelled_at = now
    meeting.sequence += 1
    await session.flush()
    await _tell_coming(session, meeting=meeting, purpose=CANCELLED_PURPOSE, now=now)
    await session.commit()
    return meeting


async def mark(
    session: AsyncSession, *, actor: Actor, meeting_id: int, present: Iterable[int], now: datetime
) -> GroupMeeting | None:
    """Staff save who came (participant ids in `present`; everyone else who said yes missed
    it). Those who came are offered their mapping talk; those who missed it hear a kind word
    with the next date, and are invited to it."""
    meeting = await own_meeting(session, actor=actor, meeting_id=meeting_id)
    if meeting is None or meeting.status != MeetingStatus.PLANNED.value:
        return None
    if meeting.starts_at > now:
        return None
    came = set(present)
    seats = (
        await session.exec(
            select(GroupSeat).where(
                GroupSeat.meeting_id == meeting_id, GroupSeat.status == SeatStatus.COMING.value
            )
        )
    ).all()
    following = await next_after(session, meeting)
    first_time = meeting.marked_at is None
    meeting.marked_at = now
    messages: list[outbox.Queued] = []
    for seat in seats:
        seat.attended = seat.participant_id in came
        if not first_time:
            continue  # a correction: the word was sent the first time
        if not seat.attended and following is not None:
            await _invite_once(
                session, meeting=following, participant_id=seat.participant_id, now=now
            )
        messages.append(
            outbox.Queued(
                recipient_id=seat.participant_id,
                purpose=THANKS_PURPOSE if seat.attended else MISSED_PURPOSE,
                occurrence=f"group-{meeting_id}",
                due_at=now,
                subject_id=seat.id,
            )
        )
    await outbox.enqueue_many(session, messages, now=now)
    await session.commit()
    return meeting


async def _invite_once(
    session: AsyncSession, *, meeting: GroupMeeting, participant_id: int, now: datetime
) -> None:
    existing = (
        await session.exec(
            select(GroupSeat).where(
                GroupSeat.meeting_id == meeting.id, GroupSeat.participant_id == participant_id
            )
        )
    ).first()
    if existing is None:
        assert meeting.id is not None
        session.add(GroupSeat(meeting_id=meeting.id, participant_id=participant_id, invited_at=now))
        await session.flush()


# -- participants: answer, wait, leave ------------------------------------------------------


async def _take_seat(session: AsyncSession, *, meeting_id: int, now: datetime) -> bool:
    """One seat of a planned, future meeting, if one is left: the one statement that decides."""
    result = await session.exec(
        update(GroupMeeting)
        .where(
            col(GroupMeeting.id) == meeting_id,
            col(GroupMeeting.status) == MeetingStatus.PLANNED.value,
            col(GroupMeeting.starts_at) > now,
            col(GroupMeeting.taken) < col(GroupMeeting.seats),
        )
        .values(taken=GroupMeeting.taken + 1)
    )
    return result.rowcount == 1


async def _set_seat(
    session: AsyncSession, *, seat_id: int, to: SeatStatus, now: datetime, unless: SeatStatus
) -> bool:
    result = await session.exec(
        update(GroupSeat)
        .where(col(GroupSeat.id) == seat_id, col(GroupSeat.status) != unless.value)
        .values(status=to.value, answered_at=now)
    )
    return result.rowcount == 1


async def answer(
    session: AsyncSession,
    *,
    actor: Actor,
    meeting_id: int,
    coming: bool,
    now: datetime,
    wait: bool = False,
) -> Answer:
    """A participant's answer to an invitation: "I'm coming" takes a seat if one is left
    (with `wait`, a waiting place otherwise); "I can't" gives back a seat they held, which
    goes to the first on the waiting list."""
    found = await seat_of(session, actor=actor, meeting_id=meeting_id)
    if found is None or not _open(found[1], now):
        return Answer.GONE
    seat, _meeting = found
    assert seat.id is not None
    if not coming:
        return await _leave(session, seat=seat, now=now)
    if seat.status == SeatStatus.COMING.value:
        return Answer.COMING
    if await _take_seat(session, meeting_id=meeting_id, now=now):
        if not await _set_seat(
            session, seat_id=seat.id, to=SeatStatus.COMING, now=now, unless=SeatStatus.COMING
        ):
            await session.rollback()  # a second tap of theirs got there first
            return Answer.COMING
        await _queue_reminders(session, meeting=found[1], participant_id=actor.person_id, now=now)
        await session.commit()
        return Answer.COMING
    if not wait:
        await session.rollback()
        return Answer.FULL
    await _set_seat(
        session, seat_id=seat.id, to=SeatStatus.WAITING, now=now, unless=SeatStatus.WAITING
    )
    await session.commit()
    return Answer.WAITING


async def _leave(session: AsyncSession, *, seat: GroupSeat, now: datetime) -> Answer:
    assert seat.id is not None
    if seat.status == SeatStatus.COMING.value:
        # The meeting's row first, as everywhere: then this seat, then the one moved up.
        await session.exec(
            update(GroupMeeting)
            .where(col(GroupMeeting.id) == seat.meeting_id, col(GroupMeeting.taken) > 0)
            .values(taken=GroupMeeting.taken - 1)
        )
        if not await _set_seat(
            session, seat_id=seat.id, to=SeatStatus.DECLINED, now=now, unless=SeatStatus.DECLINED
        ):
            await session.rollback()
            return Answer.DECLINED
        await _move_up(session, meeting_id=seat.meeting_id, now=now)
    else:
        await _set_seat(
            session, seat_id=seat.id, to=SeatStatus.DECLINED, now=now, unless=SeatStatus.COMING
        )
    await session.commit()
    return Answer.DECLINED


async def _move_up(session: AsyncSession, *, meeting_id: int, now: datetime) -> None:
    """The first on the waiting list takes the seat given back, and is told."""
    waiting = (
        await session.exec(
            select(GroupSeat)
            .where(GroupSeat.meeting_id == meeting_id, GroupSeat.status == SeatStatus.WAITING.value)
            .order_by(col(GroupSeat.answered_at), col(GroupSeat.id))
        )
    ).all()
    meeting = await session.get(GroupMeeting, meeting_id)
    for seat in waiting:
        assert seat.id is not None and meeting is not None
        moved = await session.exec(
            update(GroupSeat)
            .where(col(GroupSeat.id) == seat.id, col(GroupSeat.status) == SeatStatus.WAITING.value)
            .values(status=SeatStatus.COMING.value, answered_at=now)
        )
        if moved.rowcount != 1:
            continue  # they left the list meanwhile
        if not await _take_seat(session, meeting_id=meeting_id, now=now):
            # No seat after all (this transaction holds the meeting's row, so it should not
            # happen): they stay first in line.
            seat.status = SeatStatus.WAITING.value
            await session.flush()
            return
        await outbox.enqueue(
            session,
            recipient_id=seat.participant_id,
            purpose=MOVED_UP_PURPOSE,
            # A seat may come free for them more than once (they may leave and wait again).
            occurrence=f"group-{meeting_id}-{now.isoformat()}",
            subject_id=meeting_id,
            due_at=now,
            now=now,
        )
        await _queue_reminders(
            session, meeting=meeting, participant_id=seat.participant_id, now=now
        )
        return


async def _queue_reminders(
    session: AsyncSession, *, meeting: GroupMeeting, participant_id: int, now: datetime
) -> None:
    """The day before (late afternoon, the participant's time) and two hours before."""
    participant = await session.get(Person, participant_id)
    assert participant is not None and meeting.id is not None
    for when, label in reminder_times(meeting.starts_at, ZoneInfo(participant.timezone)):
        if when > now:
            await outbox.enqueue(
                session,
                recipient_id=participant_id,
                purpose=REMINDER_PURPOSE,
                # The start is in the occurrence: a moved meeting gets new reminders.
                occurrence=f"group-{meeting.id}-{meeting.starts_at.isoformat()}-{label}",
                subject_id=meeting.id,
                due_at=when,
                now=now,
            )
