"""The end of a participant's programme, the facts the programme report counts, and the one
question six months after the end: working, studying, looking for work, or something else?

Values are stored as short words (the choices below), never as text in a language; the
screens and the report put them into words. Sensitive facts (a disability, citizenship of a
country outside the EU) are kept only where the municipality turns them on (REPORT_SENSITIVE).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Date, ForeignKey, Index, Integer, String, update
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.instruments import EXIT
from rules.plan_kinds import outcomes
from rules.programmes import months_later
from rules.timing import local_to_utc
from storage import assessments, audit, outbox
from storage.assessments import Cause
from storage.db import upsert_insert
from storage.people import Actor, Person, Role
from storage.types import UTCDateTime

ENDED_PURPOSE = "ended-notice"
FOLLOW_UP_PURPOSE = "six-month-question"
FOLLOW_UP_REMINDER_PURPOSE = "six-month-reminder"
FOLLOW_UP_MONTHS = 6
FOLLOW_UP_AT = time(10, 0)
FOLLOW_UP_REMIND_AFTER = timedelta(days=7)
# Days after the end a record must be kept for the six-month question to be asked, reminded
# and answered (six calendar months are at most 184 days; the reminder comes a week later).
FOLLOW_UP_KEEP_DAYS = 200

# The values of each fact, in the order they are offered. The EU's common indicators count
# women, men and non-binary people; "not-stated" is an answer too (someone who would rather not).
GENDERS = ("woman", "man", "non-binary", "not-stated")
ENTRY_STATUSES = ("unemployed", "long-term-unemployed", "inactive", "employed")
# ISCED 2011 levels, offered in plain words: up to compulsory school, upper secondary, higher.
EDUCATION_LEVELS = ("isced-0-2", "isced-3-4", "isced-5-8")
YES_NO = ("yes", "no", "not-stated")
# The outcome at exit that means a job: ending with it asks the day the job started.
EMPLOYED = "employed"
FOLLOW_UPS = ("working", "studying", "looking", "other")

BIRTH_YEAR = "birth_year"
JOB_STARTED = "job_started_on"
CHOICES: dict[str, tuple[str, ...]] = {
    "gender": GENDERS,
    "entry_status": ENTRY_STATUSES,
    "education": EDUCATION_LEVELS,
    "disability": YES_NO,
    "third_country": YES_NO,
}
SENSITIVE = ("disability", "third_country")
FACTS = ("gender", BIRTH_YEAR, "entry_status", "education", *SENSITIVE)
OLDEST_BIRTH_YEAR = 1940
YOUNGEST_AGE = 13


class ReportFacts(SQLModel, table=True):
    """What the programme report counts about a participant, as their staff recorded it."""

    __tablename__ = "report_facts"

    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    gender: str | None = Field(default=None, sa_column=Column(String(16)))
    birth_year: int | None = Field(default=None)
    entry_status: str | None = Field(default=None, sa_column=Column(String(24)))
    education: str | None = Field(default=None, sa_column=Column(String(16)))
    # Sensitive: recorded and reported only with REPORT_SENSITIVE on.
    disability: str | None = Field(default=None, sa_column=Column(String(16)))
    third_country: str | None = Field(default=None, sa_column=Column(String(16)))
    # The day a job started: the lots records it at exit or on the card. Targets such as
    # "a job within six months, kept six months" count from it.
    job_started_on: date | None = Field(default=None, sa_column=Column(Date))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    updated_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )


class ProgrammeExit(SQLModel, table=True):
    """How a participant's programme ended, and the answer six months later."""

    __tablename__ = "programme_exit"
    __table_args__ = (
        # The six-month question and its reminder read only the rows due, whatever the
        # planner knows of the tables (after ANALYZE it would otherwise read all of person).
        Index("ix_programme_exit_unasked", "follow_up_asked_at", "follow_up_due_at"),
        Index(
            "ix_programme_exit_unreminded",
            "follow_up_answered_at",
            "follow_up_reminded_at",
            "follow_up_asked_at",
        ),
    )

    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    status: str = Field(sa_column=Column(String(24), nullable=False))
    ended_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    ended_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    follow_up_due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    follow_up_asked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    follow_up_reminded_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    follow_up_answered_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    follow_up: str | None = Field(default=None, sa_column=Column(String(16)))


class Ending(StrEnum):
    ENDED = "ended"
    ALREADY = "already"
    REFUSED = "refused"


class Answered(StrEnum):
    SAVED = "saved"
    ALREADY = "already"
    NOT_ASKED = "not-asked"


def follow_up_due(ended_at: datetime, zone: ZoneInfo) -> datetime:
    """When the six-month question is asked: that day, at 10:00 in the participant's zone."""
    day = months_later(ended_at.astimezone(zone).date(), FOLLOW_UP_MONTHS)
    return local_to_utc(day, FOLLOW_UP_AT, zone)


def exit_statuses() -> list[str]:
    """The outcomes staff may end a programme with: those offered in content/plan/."""
    return [kind.id for kind in outcomes().offered()]


def job_start_bounds(started: date | None, today: date) -> tuple[date, date]:
    """The days a job may have started: from the first of the month a year before the
    programme began to a month from today (a job agreed to start soon)."""
    return months_later((started or today).replace(day=1), -12), months_later(today, 1)


def valid_job_start(day: date, started: date | None, today: date) -> bool:
    first, last = job_start_bounds(started, today)
    return first <= day <= last


def valid_birth_year(value: int, now: datetime) -> bool:
    return OLDEST_BIRTH_YEAR <= value <= now.year - YOUNGEST_AGE


# -- staff: read and record -------------------------------------------------------------------


async def facts_of(
    session: AsyncSession, *, actor: Actor, participant_id: int, now: datetime
) -> tuple[Person, ReportFacts | None, ProgrammeExit | None] | None:
    """A participant's report facts and programme end, for their staff (an audited read)."""
    person = await audit.read_participant(
        session, actor=actor, participant_id=participant_id, action="read:report-facts", now=now
    )
    if person is None:
        return None
    return (
        person,
        await session.get(ReportFacts, participant_id),
        await session.get(ProgrammeExit, participant_id),
    )


def _parse(fact: str, value: str, now: datetime, sensitive: bool) -> str | int | None:
    """The value to store, or None when it is not one of the fact's values (forged data)."""
    if fact == BIRTH_YEAR:
        if not value.isascii() or not value.isdigit() or len(value) != 4:
            return None
        year = int(value)
        return year if valid_birth_year(year, now) else None
    if fact in SENSITIVE and not sensitive:
        return None
    return value if value in CHOICES.get(fact, ()) else None


async def set_fact(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    fact: str,
    value: str,
    now: datetime,
    sensitive: bool = False,
) -> ReportFacts | None:
    """Staff record one fact about one of their participants. None when refused.

    Sensitive facts are refused unless `sensitive` (the REPORT_SENSITIVE setting) is on.
    Every change is audited with the fact's name (never its value); so is every refusal.
    """
    person = await audit.participant_for_staff(
        session, actor=actor, participant_id=participant_id, action="edit:report-facts", now=now
    )
    parsed = _parse(fact, value, now, sensitive)
    if person is None or parsed is None:
        return None
    return await _store_fact(
        session, actor=actor, participant_id=participant_id, fact=fact, value=parsed, now=now
    )


async def _store_fact(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    fact: str,
    value: str | int | date | None,
    now: datetime,
) -> ReportFacts:
    """Store one checked fact and its audit row (the fact's name, never its value)."""
    facts = await session.get(ReportFacts, participant_id)
    if facts is None:
        facts = ReportFacts(participant_id=participant_id, updated_at=now)
        session.add(facts)
    setattr(facts, fact, value)
    facts.updated_at, facts.updated_by_id = now, actor.person_id
    await audit.record(
        session,
        now=now,
        action="edit:report-facts",
        allowed=True,
        actor_id=actor.person_id,
        actor_telegram_id=actor.telegram_id,
        subject_id=participant_id,
        detail=fact,
        commit=False,
    )
    await session.commit()
    return facts


async def set_job_start(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    day: date | None,
    now: datetime,
    zone: ZoneInfo,
) -> ReportFacts | None:
    """Staff record the day one of their participants started a job (None: not known).
    None when refused or the day is implausible; audited like every fact."""
    person = await audit.participant_for_staff(
        session, actor=actor, participant_id=participant_id, action="edit:report-facts", now=now
    )
    if person is None:
        return None
    started = person.onboarded_at.astimezone(zone).date() if person.onboarded_at else None
    if day is not None and not valid_job_start(day, started, now.astimezone(zone).date()):
        # No screen offers such a day: forged data, refused like any other.
        await audit.record(
            session,
            now=now,
            action="deny:value",
            allowed=False,
            actor_id=actor.person_id,
            actor_telegram_id=actor.telegram_id,
            subject_id=participant_id,
            detail=JOB_STARTED,
        )
        return None
    return await _store_fact(
        session, actor=actor, participant_id=participant_id, fact=JOB_STARTED, value=day, now=now
    )


async def end_programme(
    session: AsyncSession, *, actor: Actor, participant_id: int, status: str, now: datetime
) -> Ending:
    """End a participant's programme with their status at exit.

    Sets `person.ended_at` (retention runs from it; check-ins, the self-assessment rhythm and
    practice prompts stop), tells the participant, asks for the exit survey (Avslut), and sets
    the six-month question. A second end, even at the same moment, changes nothing.
    """
    if status not in exit_statuses():
        return Ending.REFUSED
    person = await audit.participant_for_staff(
        session, actor=actor, participant_id=participant_id, action="edit:programme-end", now=now
    )
    if person is None or person.id is None:
        return Ending.REFUSED
    insert = upsert_insert(session)
    inserted = (
        await session.exec(
            insert(ProgrammeExit)
            .values(
                participant_id=person.id,
                status=status,
                ended_at=now,
                ended_by_id=actor.person_id,
                follow_up_due_at=follow_up_due(now, ZoneInfo(person.timezone)),
            )
            .on_conflict_do_nothing(index_elements=["participant_id"])
            .returning(ProgrammeExit.participant_id)
        )
    ).scalar()
    if inserted is None:
        await session.rollback()
        return Ending.ALREADY
    person.ended_at = person.ended_at or now
    await audit.record(
        session,
        now=now,
        action="edit:programme-end",
        allowed=True,
        actor_id=actor.person_id,
        actor_telegram_id=actor.telegram_id,
        subject_id=person.id,
        detail=status,
        commit=False,
    )
    # The notice first, then the survey: the sender sends what is due in the order queued.
    await outbox.enqueue(
        session,
        recipient_id=person.id,
        purpose=ENDED_PURPOSE,
        occurrence="ended",
        subject_id=person.id,
        due_at=now,
        now=now,
    )
    await session.flush()
    instrument, form = EXIT
    # Commits all of the above with the survey's round (or alone, before onboarding).
    found = await assessments.request(
        session,
        actor=actor,
        participant_id=person.id,
        instrument=instrument,
        form=form,
        now=now,
        cause=Cause.EXIT,
    )
    if found is None:
        await session.commit()
    return Ending.ENDED


# -- six months after -------------------------------------------------------------------------


async def queue_follow_ups(session: AsyncSession, *, now: datetime, limit: int = 500) -> int:
    """Ask the six-month question of everyone whose day has come, once each."""
    rows = (
        await session.exec(
            select(ProgrammeExit)
            .join(Person, col(Person.id) == ProgrammeExit.participant_id)
            .where(
                col(ProgrammeExit.follow_up_asked_at).is_(None),
                col(ProgrammeExit.follow_up_due_at) <= now,
                col(Person.active).is_(True),
            )
            .order_by(col(ProgrammeExit.follow_up_due_at))
            .limit(limit)
        )
    ).all()
    for found in rows:
        found.follow_up_asked_at = now
    return await _queue_follow_up(session, rows, purpose=FOLLOW_UP_PURPOSE, now=now)


async def queue_follow_up_reminders(session: AsyncSession, *, now: datetime) -> int:
    """One reminder a week after a six-month question nobody answered. Never a second one."""
    rows = (
        await session.exec(
            select(ProgrammeExit).where(
                col(ProgrammeExit.follow_up_answered_at).is_(None),
                col(ProgrammeExit.follow_up_reminded_at).is_(None),
                col(ProgrammeExit.follow_up_asked_at) <= now - FOLLOW_UP_REMIND_AFTER,
                col(ProgrammeExit.follow_up_asked_at) > now - FOLLOW_UP_REMIND_AFTER * 3,
            )
        )
    ).all()
    for found in rows:
        found.follow_up_reminded_at = now
    return await _queue_follow_up(session, rows, purpose=FOLLOW_UP_REMINDER_PURPOSE, now=now)


async def _queue_follow_up(
    session: AsyncSession, rows: Sequence[ProgrammeExit], *, purpose: str, now: datetime
) -> int:
    """One outbox row each for the six-month question (or its reminder), in one commit."""
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=found.participant_id,
                purpose=purpose,
                occurrence="follow-up",
                subject_id=found.participant_id,
                due_at=now,
            )
            for found in rows
        ],
        now=now,
    )
    await session.commit()
    return len(rows)


# The months a former participant may pick for the start of their job: this one and before.
JOB_MONTHS = 12


def job_months(today: date) -> list[date]:
    """The first day of each month offered, newest first."""
    first = today.replace(day=1)
    return [months_later(first, -n) for n in range(JOB_MONTHS)]


def month_end(first: date, today: date) -> date:
    """The last day of a month, never after today: a start known only by its month counts
    from the month's end, so a job is never counted as held longer than it may have been."""
    return min(months_later(first, 1) - timedelta(days=1), today)


async def wants_job_start(session: AsyncSession, *, actor: Actor) -> bool:
    """Whether to ask a former participant who works when the job started: their lots has
    not recorded it."""
    facts = await session.get(ReportFacts, actor.person_id)
    return facts is None or facts.job_started_on is None


async def answer_job_month(
    session: AsyncSession, *, actor: Actor, month: date | None, now: datetime, zone: ZoneInfo
) -> Answered:
    """A former participant who answered "working" says in which month their job started
    (None: they do not remember). Only a month offered, only once, and only while nobody has
    recorded the day; the day stored is the month's last (see `month_end`)."""
    today = now.astimezone(zone).date()
    if actor.role is not Role.PARTICIPANT or (month is not None and month not in job_months(today)):
        return Answered.NOT_ASKED
    ending = await session.get(ProgrammeExit, actor.person_id)
    if ending is None or ending.follow_up != "working":
        return Answered.NOT_ASKED
    if month is None:
        return Answered.SAVED
    if not await wants_job_start(session, actor=actor):
        return Answered.ALREADY
    await _store_fact(
        session,
        actor=actor,
        participant_id=actor.person_id,
        fact=JOB_STARTED,
        value=month_end(month, today),
        now=now,
    )
    return Answered.SAVED


async def answer_follow_up(
    session: AsyncSession, *, actor: Actor, answer: str, now: datetime
) -> Answered:
    """The former participant answers the six-month question. The first answer counts: a later
    tap (an old button, the reminder after answering) changes nothing."""
    if actor.role is not Role.PARTICIPANT or answer not in FOLLOW_UPS:
        return Answered.NOT_ASKED
    found = await session.get(ProgrammeExit, actor.person_id)
    if found is None or found.follow_up_asked_at is None:
        return Answered.NOT_ASKED
    # Only while no answer is stored: of two taps at once, one is saved.
    saved = await session.exec(
        update(ProgrammeExit)
        .where(
            col(ProgrammeExit.participant_id) == actor.person_id,
            col(ProgrammeExit.follow_up).is_(None),
        )
        .values(follow_up=answer, follow_up_answered_at=now)
        .execution_options(synchronize_session=False)
    )
    await session.commit()
    return Answered.SAVED if saved.rowcount == 1 else Answered.ALREADY
