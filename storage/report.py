"""The programme report's rows: one per participant, pseudonymous, scoped to who exports.

A row holds stored values (short words such as "woman" or "job-seeking"), the age band and
the exit survey's targets; dialogs/report/workbook.py puts them into words and counts them.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import re
import secrets
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.instruments import EXIT, catalogue
from rules.timing import local_to_utc
from storage import audit, groups
from storage.assessments import AssessmentAnswer, AssessmentRound
from storage.booking import Meeting, Status
from storage.db import not_kept
from storage.people import Actor, Person, Role
from storage.plan import ActionPlan
from storage.programme import ProgrammeExit, ReportFacts

# ESF+ common indicators (Regulation (EU) 2021/1057, Annex I) count participants below 18,
# aged 18-29 and aged 55 and over; 30-54 is the rest, so the four bands add up to everyone.
AGE_BANDS = ("under-18", "18-29", "30-54", "55-plus")
# Participants read and put into rows at a time: the event loop is given back between pages
# (a page holds it about 10 ms; 10,000 at once held it 400 ms).
PAGE = 250
_COHORT = re.compile(r"^(?P<year>\d{4})(?:H(?P<half>[12]))?$")


@dataclass(frozen=True, slots=True)
class Cohort:
    """Participants who started in a year, or in its first (H1) or second (H2) half."""

    year: int
    half: int | None = None

    @classmethod
    def parse(cls, text: str) -> Cohort:
        """ "2026", "2026H1" or "2026H2"; ValueError otherwise."""
        found = _COHORT.match(text.strip().upper())
        if found is None or not 2000 <= int(found["year"]) <= 2100:
            raise ValueError(f"not a cohort: {text!r} (use 2026, 2026H1 or 2026H2)")
        half = found["half"]
        return cls(int(found["year"]), int(half) if half else None)

    @property
    def name(self) -> str:
        return f"{self.year}H{self.half}" if self.half else str(self.year)

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """From the first local midnight of the period to the first one after it (UTC)."""
        first = date(self.year, 7 if self.half == 2 else 1, 1)
        after = date(self.year + 1, 1, 1) if self.half != 1 else date(self.year, 7, 1)
        return local_to_utc(first, time(0), zone), local_to_utc(after, time(0), zone)


def age_band(birth_year: int | None, start_year: int) -> str | None:
    """The band of the age reached in the year they started (only the birth year is kept)."""
    if birth_year is None:
        return None
    age = start_year - birth_year
    if age < 18:
        return AGE_BANDS[0]
    if age < 30:
        return AGE_BANDS[1]
    if age < 55:
        return AGE_BANDS[2]
    return AGE_BANDS[3]


@dataclass(frozen=True, slots=True)
class Row:
    """One participant in the report. No name, no Telegram id: `pseudonym` is a keyed hash
    of the record's number (see `pseudonym`)."""

    pseudonym: str
    started: date
    ended: date | None = None
    gender: str | None = None
    age_band: str | None = None
    entry_status: str | None = None
    education: str | None = None
    # From the action plan: the ids of its track and practice-ladder step (content/plan/).
    track: str | None = None
    ladder: str | None = None
    exit_status: str | None = None
    # The six-month question: asked (its day has come) and the answer, if any.
    follow_up_asked: bool = False
    follow_up: str | None = None
    disability: str | None = None
    third_country: str | None = None
    # From the latest completed exit survey: report target -> met (None: not answered).
    targets: dict[str, bool | None] = field(default_factory=dict)
    job_started: date | None = None
    # Meetings booked with staff (not cancelled), and of those marked attended or missed.
    meetings_booked: int = 0
    meetings_attended: int = 0
    meetings_missed: int = 0
    # Group meetings staff marked them at: came, and missed.
    groups_attended: int = 0
    groups_missed: int = 0


def pseudonym(person_id: int, key: bytes) -> str:
    """A row's pseudonym: HMAC-SHA256 of the record's number under the municipality's key
    (REPORT_KEY), 12 hex digits. The same key gives the same pseudonym in every report; a
    pseudonym cannot be turned back into a record without the key."""
    digest = hmac.new(key, str(person_id).encode(), hashlib.sha256).hexdigest()
    return f"P-{digest[:12].upper()}"


def new_key() -> bytes:
    """A key for one report, when the municipality keeps none: its pseudonyms match nothing."""
    return secrets.token_bytes(32)


async def _attendance(
    session: AsyncSession, participant_ids: list[int]
) -> dict[int, dict[str, int]]:
    """Each participant's meetings by status (booked, attended, no-show; cancelled left out)."""
    if not participant_ids:
        return {}
    counted = await session.exec(
        select(Meeting.participant_id, Meeting.status, func.count())
        .where(
            col(Meeting.participant_id).in_(participant_ids),
            Meeting.status != Status.CANCELLED.value,
        )
        .group_by(col(Meeting.participant_id), col(Meeting.status))
    )
    out: dict[int, dict[str, int]] = {}
    for participant_id, status, count in counted.all():
        out.setdefault(participant_id, {})[status] = count
    return out


async def _exit_targets(
    session: AsyncSession, participant_ids: list[int]
) -> dict[int, dict[str, bool | None]]:
    """Each participant's latest completed exit survey, as report target -> met."""
    instrument_id, _form = EXIT
    instrument = catalogue().get(instrument_id)
    if instrument is None or not participant_ids:
        return {}
    rounds = (
        await session.exec(
            select(AssessmentRound)
            .where(
                col(AssessmentRound.participant_id).in_(participant_ids),
                AssessmentRound.instrument == instrument_id,
                col(AssessmentRound.completed_at).is_not(None),
            )
            .order_by(col(AssessmentRound.completed_at), col(AssessmentRound.id))
        )
    ).all()
    latest = {found.participant_id: found.id for found in rounds}  # the last one wins
    answers: dict[int, dict[str, int | None]] = {r: {} for r in latest.values() if r is not None}
    for answer in (
        await session.exec(
            select(AssessmentAnswer).where(col(AssessmentAnswer.round_id).in_(list(answers)))
        )
    ).all():
        answers[answer.round_id][answer.item] = answer.value
    return {
        participant: instrument.meets(answers[round_id])
        for participant, round_id in latest.items()
        if round_id is not None
    }


async def participants(
    session: AsyncSession,
    *,
    actor: Actor | None,
    zone: ZoneInfo,
    key: bytes | None = None,
    cohort: Cohort | None = None,
    staff_id: int | None = None,
    sensitive: bool = False,
) -> list[tuple[Person, Row]]:
    """Each participant in scope with their report row, oldest start first.

    Scope: a staff member gets their own participants only; an admin everyone's; a participant
    nothing. `actor` None is the operator at the server's command line (everyone). `staff_id`
    narrows to one staff member's participants, `cohort` to those who started in a period
    (the day they finished onboarding). Sensitive facts stay empty unless `sensitive`.
    Pseudonyms are made with `key` (a new one when None).
    """
    return [
        found
        async for page in _pages(
            session,
            actor=actor,
            zone=zone,
            key=key,
            cohort=cohort,
            staff_id=staff_id,
            sensitive=sensitive,
        )
        for found in page
    ]


async def _pages(
    session: AsyncSession,
    *,
    actor: Actor | None,
    zone: ZoneInfo,
    key: bytes | None,
    cohort: Cohort | None,
    staff_id: int | None,
    sensitive: bool,
) -> AsyncIterator[list[tuple[Person, Row]]]:
    """The participants of `participants`, a page at a time. The event loop is given back
    between pages, and what a page loaded is let go with it, not kept by the session."""
    statement = (
        select(Person, ReportFacts, ProgrammeExit, ActionPlan)
        .outerjoin(ReportFacts, col(ReportFacts.participant_id) == Person.id)
        .outerjoin(ProgrammeExit, col(ProgrammeExit.participant_id) == Person.id)
        .outerjoin(ActionPlan, col(ActionPlan.participant_id) == Person.id)
        .where(
            Person.role == Role.PARTICIPANT.value,
            col(Person.active).is_(True),
            col(Person.onboarded_at).is_not(None),
        )
        .order_by(col(Person.onboarded_at), col(Person.id))
        .limit(PAGE)
    )
    if actor is not None:
        if not actor.is_staff:
            return
        if not actor.is_admin:
            statement = statement.where(col(Person.staff_id) == actor.person_id)
    if staff_id is not None:
        statement = statement.where(col(Person.staff_id) == staff_id)
    if cohort is not None:
        start, end = cohort.bounds(zone)
        statement = statement.where(
            col(Person.onboarded_at) >= start, col(Person.onboarded_at) < end
        )
    key = key or new_key()
    page = statement
    with not_kept(session):
        while found := (await session.exec(page)).all():
            yield await _rows(session, found, zone=zone, key=key, sensitive=sensitive)
            if len(found) < PAGE:
                break
            last = found[-1][0]
            page = statement.where(
                or_(
                    col(Person.onboarded_at) > last.onboarded_at,
                    and_(col(Person.onboarded_at) == last.onboarded_at, col(Person.id) > last.id),
                )
            )
            # A report of thousands is made a page at a time; others are answered between.
            await asyncio.sleep(0)


async def _rows(
    session: AsyncSession,
    found: Sequence[tuple[Person, ReportFacts | None, ProgrammeExit | None, ActionPlan | None]],
    *,
    zone: ZoneInfo,
    key: bytes,
    sensitive: bool,
) -> list[tuple[Person, Row]]:
    """The report rows of one page of participants."""
    ids = [p.id for p, *_ in found if p.id is not None]
    targets = await _exit_targets(session, ids)
    meetings = await _attendance(session, ids)
    attendance = await groups.attendance(session, participant_ids=ids)
    out = []
    for person, facts, ending, plan in found:
        assert person.id is not None and person.onboarded_at is not None
        started = person.onboarded_at.astimezone(zone).date()
        ended_at = ending.ended_at if ending else person.ended_at
        held = meetings.get(person.id, {})
        row = Row(
            pseudonym=pseudonym(person.id, key),
            started=started,
            ended=ended_at.astimezone(zone).date() if ended_at else None,
            gender=facts.gender if facts else None,
            age_band=age_band(facts.birth_year if facts else None, started.year),
            entry_status=facts.entry_status if facts else None,
            education=facts.education if facts else None,
            track=plan.track if plan else None,
            ladder=plan.ladder if plan else None,
            exit_status=ending.status if ending else None,
            follow_up_asked=ending is not None and ending.follow_up_asked_at is not None,
            follow_up=ending.follow_up if ending else None,
            disability=facts.disability if facts and sensitive else None,
            third_country=facts.third_country if facts and sensitive else None,
            targets=targets.get(person.id, {}),
            job_started=facts.job_started_on if facts else None,
            meetings_booked=sum(held.values()),
            meetings_attended=held.get(Status.ATTENDED.value, 0),
            meetings_missed=held.get(Status.NO_SHOW.value, 0),
            groups_attended=attendance.get(person.id, groups.Attendance()).attended,
            groups_missed=attendance.get(person.id, groups.Attendance()).missed,
        )
        out.append((person, row))
    return out


async def rows(
    session: AsyncSession,
    *,
    actor: Actor | None,
    zone: ZoneInfo,
    key: bytes | None = None,
    cohort: Cohort | None = None,
    staff_id: int | None = None,
    sensitive: bool = False,
) -> list[Row]:
    """The report's rows, oldest start first, scoped as `participants`."""
    return [
        row
        async for page in _pages(
            session,
            actor=actor,
            zone=zone,
            key=key,
            cohort=cohort,
            staff_id=staff_id,
            sensitive=sensitive,
        )
        for _person, row in page
    ]


async def export(
    session: AsyncSession,
    *,
    actor: Actor | None,
    now: datetime,
    zone: ZoneInfo,
    key: bytes | None = None,
    cohort: Cohort | None = None,
    staff_id: int | None = None,
    sensitive: bool = False,
) -> list[Row] | None:
    """The rows of an export, with its audit row ("export:report", how many participants and
    which cohort). None, audited as refused, for anyone but staff."""
    if actor is not None and not actor.is_staff:
        await audit.record_for(session, actor=actor, now=now, action="export:report", allowed=False)
        return None
    found = await rows(
        session,
        actor=actor,
        zone=zone,
        key=key,
        cohort=cohort,
        staff_id=staff_id,
        sensitive=sensitive,
    )
    detail = f"participants={len(found)}"
    if cohort is not None:
        detail += f" cohort={cohort.name}"
    if staff_id is not None:
        detail += f" staff={staff_id}"
    await audit.record(
        session,
        now=now,
        action="export:report",
        allowed=True,
        actor_id=actor.person_id if actor else None,
        actor_telegram_id=actor.telegram_id if actor else None,
        detail=detail,
    )
    return found
