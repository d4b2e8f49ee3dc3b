"""Check-ins (avstämningar): each participant's rhythm, the check-ins asked, and their answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy import select as core_select
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.timing import Rhythm, parse_hhmm
from storage import outbox
from storage.alerts import Kind, raise_alert
from storage.db import table_of, upsert_insert
from storage.people import Actor, Person, Role, get_visible_participant, visible_people
from storage.types import UTCDateTime

CHECKIN_PURPOSE = "checkin"
REMINDER_PURPOSE = "checkin-reminder"
MESSAGE_PURPOSE = "participant-message"
MOOD_LOWEST = 1
MOOD_HIGHEST = 5
MESSAGE_MAX = 1000


class Help(StrEnum):
    NO = "no"
    CONTACT = "contact"
    MESSAGE = "message"


class CheckinPlan(SQLModel, table=True):
    """A participant's rhythm, set by their staff member. `next_due_at` makes the tick one query."""

    __tablename__ = "checkin_plan"

    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    every_days: int = Field(default=7, nullable=False)
    weekday: int | None = Field(default=0)
    at_time: str = Field(default="10:00", sa_column=Column(String(5), nullable=False))
    active: bool = Field(default=True, nullable=False)
    next_due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    next_occurrence: str = Field(sa_column=Column(String(10), nullable=False))

    def rhythm(self) -> Rhythm:
        return Rhythm(
            self.every_days,
            parse_hhmm(self.at_time),
            self.weekday if self.every_days % 7 == 0 else None,
        )


class Checkin(SQLModel, table=True):
    __tablename__ = "checkin"
    __table_args__ = (
        UniqueConstraint("participant_id", "occurrence", name="uq_checkin_occurrence"),
        # The tick's reminders and the silence watch look only at unanswered check-ins by
        # when they were asked: this reads just those, not every answered one (bench/).
        Index("ix_checkin_unanswered", "answered_at", "reminded_at", "asked_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    occurrence: str = Field(sa_column=Column(String(10), nullable=False))
    asked_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    reminded_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    answered_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    mood: int | None = Field(default=None)
    help: str | None = Field(default=None, sa_column=Column(String(16)))
    message: str | None = Field(default=None, sa_column=Column(Text))


@dataclass(frozen=True, slots=True)
class PlanChoice:
    every_days: int
    weekday: int | None
    at_time: str


DEFAULT_PLAN = PlanChoice(every_days=7, weekday=0, at_time="10:00")


def _schedule(plan: CheckinPlan, zone: ZoneInfo, after: datetime) -> None:
    day, due = plan.rhythm().next_after(after, zone)
    plan.next_occurrence = day.isoformat()
    plan.next_due_at = due


async def ensure_plan(session: AsyncSession, *, participant: Person, now: datetime) -> CheckinPlan:
    """The participant's plan, created with the default rhythm if they have none (no commit)."""
    assert participant.id is not None
    plan = await session.get(CheckinPlan, participant.id)
    if plan is None:
        plan = CheckinPlan(
            participant_id=participant.id,
            every_days=DEFAULT_PLAN.every_days,
            weekday=DEFAULT_PLAN.weekday,
            at_time=DEFAULT_PLAN.at_time,
            next_due_at=now,
            next_occurrence="",
        )
        _schedule(plan, ZoneInfo(participant.timezone), now)
        session.add(plan)
    return plan


async def set_plan(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    choice: PlanChoice | None,
    now: datetime,
) -> CheckinPlan | None:
    """Staff set a participant's rhythm (None: no check-ins). None when they may not."""
    if not actor.is_staff:
        return None
    participant = await get_visible_participant(session, actor=actor, participant_id=participant_id)
    if participant is None:
        return None
    plan = await ensure_plan(session, participant=participant, now=now)
    if choice is None:
        plan.active = False
    else:
        plan.active = True
        plan.every_days, plan.weekday, plan.at_time = (
            choice.every_days,
            choice.weekday,
            choice.at_time,
        )
        _schedule(plan, ZoneInfo(participant.timezone), now)
    await session.commit()
    return plan


async def get_plan(
    session: AsyncSession, *, actor: Actor, participant_id: int
) -> CheckinPlan | None:
    participant = (
        await session.exec(
            select(Person).where(col(Person.id) == participant_id, visible_people(actor))
        )
    ).first()
    if participant is None:
        return None
    return await session.get(CheckinPlan, participant_id)


async def queue_due(session: AsyncSession, *, now: datetime, limit: int = 500) -> int:
    """Open the check-ins whose time has come and queue their messages. Returns how many
    plans came due (each is moved on to its next time), so a caller knows a batch below
    `limit` means it has caught up; paused people and check-ins already open among them.

    A participant who is paused skips that occurrence. After downtime only the latest missed
    occurrence is opened; the outbox decides whether it is still worth sending.
    """
    rows = (
        await session.exec(
            select(CheckinPlan, Person)
            .join(Person, col(Person.id) == CheckinPlan.participant_id)
            .where(
                col(CheckinPlan.active).is_(True),
                col(CheckinPlan.next_due_at) <= now,
                col(Person.active).is_(True),
                col(Person.onboarded_at).is_not(None),
                # The programme has ended: no more prompts of its own.
                col(Person.ended_at).is_(None),
            )
            .order_by(col(CheckinPlan.next_due_at))
            .limit(limit)
        )
    ).all()
    wanted = []
    for plan, person in rows:
        zone = ZoneInfo(person.timezone)
        # Stopped ("no messages at all") skips like a pause: no open check-in nobody can see.
        paused = person.stopped_at is not None or (
            person.paused_until is not None and person.paused_until > now
        )
        if not paused:
            wanted.append((plan.participant_id, plan.next_occurrence, plan.next_due_at))
        _schedule(plan, zone, max(now, plan.next_due_at))
    await _open(session, wanted, now=now)
    await session.commit()
    return len(rows)


async def _open(
    session: AsyncSession, wanted: list[tuple[int, str, datetime]], *, now: datetime
) -> int:
    """Open check-ins (participant, occurrence, due) and queue their messages, in two
    statements a chunk; one already open is left as it is. Returns how many opened.

    One statement with many sets of values (SQLAlchemy's "insertmanyvalues"), not a VALUES
    list written into the statement: that one is compiled again for every chunk, on the
    event loop, about 40 ms for 500 rows."""
    insert, table = upsert_insert(session), table_of(Checkin)
    statement = (
        insert(table)
        .on_conflict_do_nothing(index_elements=["participant_id", "occurrence"])
        .returning(table.c.id, table.c.participant_id, table.c.occurrence, table.c.asked_at)
    )
    opened: list[Any] = []
    for start in range(0, len(wanted), outbox.ENQUEUE_CHUNK):
        chunk = wanted[start : start + outbox.ENQUEUE_CHUNK]
        opened += (
            await session.exec(
                statement,
                params=[
                    {"participant_id": who, "occurrence": occurrence, "asked_at": due}
                    for who, occurrence, due in chunk
                ],
            )
        ).all()
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=who,
                purpose=CHECKIN_PURPOSE,
                occurrence=occurrence,
                subject_id=checkin_id,
                due_at=due,
            )
            for checkin_id, who, occurrence, due in opened
        ],
        now=now,
    )
    return len(opened)


async def queue_reminders(
    session: AsyncSession, *, now: datetime, after: timedelta = timedelta(days=1)
) -> int:
    """One gentle reminder, a day after a check-in nobody answered. Never a second one."""
    rows = (
        await session.exec(
            select(Checkin).where(
                col(Checkin.answered_at).is_(None),
                col(Checkin.reminded_at).is_(None),
                col(Checkin.asked_at) <= now - after,
                col(Checkin.asked_at) > now - after * 3,
            )
        )
    ).all()
    for checkin in rows:
        checkin.reminded_at = now
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=checkin.participant_id,
                purpose=REMINDER_PURPOSE,
                occurrence=checkin.occurrence,
                subject_id=checkin.id,
                due_at=now,
            )
            for checkin in rows
        ],
        now=now,
    )
    await session.commit()
    return len(rows)


async def raise_silence_alerts(
    session: AsyncSession,
    *,
    now: datetime,
    inactive_after: timedelta,
    answer_window: timedelta = timedelta(days=1),
) -> int:
    """Alerts for two unanswered check-ins in a row, and for long silence. Each cause once.

    A few queries over everyone, not one per participant: it runs every 15 minutes.
    """
    members = (
        Person.role == Role.PARTICIPANT.value,
        col(Person.active).is_(True),
        col(Person.onboarded_at).is_not(None),
        col(Person.staff_id).is_not(None),
        # The bot asks nothing of people who stopped it or whose programme ended, so
        # their silence says nothing.
        col(Person.stopped_at).is_(None),
        col(Person.ended_at).is_(None),
    )
    # Only someone with an unanswered check-in past its answer window can have two in a row.
    ranked = (
        core_select(  # five columns: more than sqlmodel's select is typed for
            col(Checkin.participant_id),
            col(Checkin.occurrence),
            col(Checkin.asked_at),
            col(Checkin.answered_at),
            func.row_number()
            .over(partition_by=col(Checkin.participant_id), order_by=col(Checkin.asked_at).desc())
            .label("recent"),
        )
        .where(
            col(Checkin.participant_id).in_(
                select(Checkin.participant_id).where(
                    col(Checkin.answered_at).is_(None),
                    col(Checkin.asked_at) <= now - answer_window,
                )
            )
        )
        .subquery()
    )
    last_two = (
        select(ranked.c.participant_id, func.max(ranked.c.occurrence).label("latest"))
        .where(ranked.c.recent <= 2)
        .group_by(ranked.c.participant_id)
        .having(
            func.count() == 2,
            func.count(ranked.c.answered_at) == 0,
            func.max(ranked.c.asked_at) <= now - answer_window,
        )
        .subquery()
    )
    raised = 0
    unanswered = await session.exec(
        select(Person, last_two.c.latest)
        .join(last_two, last_two.c.participant_id == Person.id)
        .where(*members)
    )
    for person, latest in unanswered.all():
        cause = f"no-answer-{latest}"
        if await raise_alert(
            session, participant=person, kind=Kind.NO_ANSWER, cause=cause, now=now
        ):
            raised += 1
    seen = func.coalesce(Person.last_seen_at, Person.onboarded_at)
    silent = await session.exec(select(Person).where(*members, seen <= now - inactive_after))
    for person in silent.all():
        since = person.last_seen_at or person.onboarded_at
        assert since is not None
        cause = f"inactive-{since.date().isoformat()}"
        if await raise_alert(session, participant=person, kind=Kind.INACTIVE, cause=cause, now=now):
            raised += 1
    await session.commit()
    return raised


async def own_checkin(session: AsyncSession, *, actor: Actor, checkin_id: int) -> Checkin | None:
    """A check-in of the acting participant, or None (someone else's, or forged)."""
    checkin = await session.get(Checkin, checkin_id)
    if checkin is None or checkin.participant_id != actor.person_id:
        return None
    return checkin


async def answer_mood(
    session: AsyncSession, *, actor: Actor, checkin_id: int, mood: int, now: datetime
) -> Checkin | None:
    """Record how the week has been. The lowest mood alerts the staff member at once."""
    if not MOOD_LOWEST <= mood <= MOOD_HIGHEST:
        return None
    checkin = await own_checkin(session, actor=actor, checkin_id=checkin_id)
    if checkin is None:
        return None
    checkin.mood = mood
    checkin.answered_at = checkin.answered_at or now
    person = await session.get(Person, actor.person_id)
    assert person is not None
    if mood == MOOD_LOWEST:
        await raise_alert(
            session, participant=person, kind=Kind.LOW_MOOD, cause=f"checkin-{checkin_id}", now=now
        )
    await session.commit()
    return checkin


async def answer_help(
    session: AsyncSession,
    *,
    actor: Actor,
    checkin_id: int,
    help_: Help,
    now: datetime,
    message: str | None = None,
) -> Checkin | None:
    """Record whether they need help; "contact me" and a written message reach the staff member."""
    checkin = await own_checkin(session, actor=actor, checkin_id=checkin_id)
    if checkin is None:
        return None
    person = await session.get(Person, actor.person_id)
    assert person is not None and checkin.id is not None
    checkin.help = help_.value
    checkin.answered_at = checkin.answered_at or now
    cause = f"checkin-{checkin.id}"
    if help_ is Help.CONTACT:
        await raise_alert(
            session, participant=person, kind=Kind.WANTS_CONTACT, cause=cause, now=now
        )
    elif help_ is Help.MESSAGE and message:
        checkin.message = message[:MESSAGE_MAX]
        alert = await raise_alert(
            session, participant=person, kind=Kind.MESSAGE, cause=cause, now=now
        )
        if alert is not None and person.staff_id is not None:
            await outbox.enqueue(
                session,
                recipient_id=person.staff_id,
                purpose=MESSAGE_PURPOSE,
                occurrence=f"checkin-{checkin.id}",
                subject_id=checkin.id,
                about_id=person.id,
                due_at=now,
                now=now,
            )
    await session.commit()
    return checkin
