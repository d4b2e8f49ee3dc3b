"""Language practice: each participant's track and prompt times, their cards (scheduled by
FSRS from their own answers), sessions of about five items, and every answer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fsrs import Card, Rating, Scheduler
from sqlalchemy import Column, ForeignKey, Integer, String, Text, UniqueConstraint, func, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules import drills
from rules.drills import Kind
from rules.timing import local_to_utc, parse_hhmm
from rules.vocabulary import READER_LOCALES, Item, Track, vocabulary
from storage import outbox
from storage.people import Actor, Person, Role, get_visible_participant
from storage.types import UTCDateTime

PROMPT_PURPOSE = "practice-prompt"
# Within the default waking hours (quiet hours end 08:00 and start 21:00).
PROMPT_TIMES = ("09:00", "11:00", "13:00", "15:00", "17:00", "19:00")
QUESTION = "question"
FEEDBACK = "feedback"
# Deterministic (no fuzz), so a card's next date follows from its answers alone.
SCHEDULER = Scheduler(enable_fuzzing=False)


class PracticeProfile(SQLModel, table=True):
    __tablename__ = "practice_profile"

    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    track: str | None = Field(default=None, sa_column=Column(String(60)))
    # One or two wall-clock times a day for the prompt ("HH:MM,HH:MM"), or none.
    prompt_times: str | None = Field(default=None, sa_column=Column(String(11)))
    next_prompt_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime, index=True))
    # The language word meanings are shown in, when the participant chose one (their mother
    # tongue may not be the language they read the bot in).
    meaning_locale: str | None = Field(default=None, sa_column=Column(String(8)))

    def times(self) -> list[str]:
        return [t for t in (self.prompt_times or "").split(",") if t]


class PracticeCard(SQLModel, table=True):
    __tablename__ = "practice_card"

    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    item_id: str = Field(sa_column=Column(String(60), primary_key=True))
    # FSRS's card, as its own dict (state, step, stability, difficulty, due, last review).
    card: str = Field(sa_column=Column(Text, nullable=False))
    due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    reps: int = Field(default=0, nullable=False)
    lapses: int = Field(default=0, nullable=False)
    introduced_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class PracticeSession(SQLModel, table=True):
    __tablename__ = "practice_session"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    track: str = Field(sa_column=Column(String(60), nullable=False))
    items: str = Field(sa_column=Column(Text, nullable=False))  # JSON list of item ids
    position: int = Field(default=0, nullable=False)
    phase: str = Field(default=QUESTION, sa_column=Column(String(10), nullable=False))
    correct: int = Field(default=0, nullable=False)
    started_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    finished_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # The participant's local date it was finished on: the streak counts these.
    day: str | None = Field(default=None, sa_column=Column(String(10), index=True))

    def item_ids(self) -> list[str]:
        ids: list[str] = json.loads(self.items)
        return ids


class PracticeReview(SQLModel, table=True):
    __tablename__ = "practice_review"
    __table_args__ = (UniqueConstraint("session_id", "position", name="uq_review_position"),)

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("practice_session.id", ondelete="CASCADE"), nullable=False
        )
    )
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    position: int = Field(nullable=False)
    item_id: str = Field(sa_column=Column(String(60), nullable=False))
    kind: str = Field(sa_column=Column(String(12), nullable=False))
    correct: bool = Field(nullable=False)
    rating: int = Field(nullable=False)
    answered_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    # The card before this answer, so the participant's own grade can replace the automatic one.
    card_before: str = Field(sa_column=Column(Text, nullable=False))


class PracticeVoice(SQLModel, table=True):
    """A clip already uploaded to Telegram, by the file id Telegram gave it: each word or
    sentence, in each voice, is uploaded once and then sent by id. No one's data."""

    __tablename__ = "practice_voice"

    # "<track>/<item id>/<word or example>"
    clip: str = Field(sa_column=Column(String(130), primary_key=True))
    # The source and a digest of its content (see rules.speech.Clip).
    voice: str = Field(sa_column=Column(String(60), primary_key=True))
    file_id: str = Field(sa_column=Column(String(255), nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


@dataclass(frozen=True, slots=True)
class Step:
    """What a session shows now."""

    session: PracticeSession
    track: Track
    item: Item
    kind: Kind
    number: int
    total: int


# -- profile -------------------------------------------------------------------------------


async def profile_of(session: AsyncSession, *, participant_id: int) -> PracticeProfile:
    found = await session.get(PracticeProfile, participant_id)
    if found is None:
        found = PracticeProfile(participant_id=participant_id)
        session.add(found)
        await session.flush()
    return found


async def set_track(
    session: AsyncSession, *, actor: Actor, participant_id: int, track: str
) -> PracticeProfile | None:
    """The participant picks their track, or their staff member sets it."""
    if vocabulary().get(track) is None:
        return None
    if actor.role is Role.PARTICIPANT:
        if participant_id != actor.person_id:
            return None
    elif await get_visible_participant(session, actor=actor, participant_id=participant_id) is None:
        return None
    found = await profile_of(session, participant_id=participant_id)
    found.track = track
    await session.commit()
    return found


async def set_meaning_locale(
    session: AsyncSession, *, actor: Actor, locale: str
) -> PracticeProfile | None:
    """The participant picks the language they read word meanings in (one the packs have)."""
    if actor.role is not Role.PARTICIPANT or locale not in READER_LOCALES:
        return None
    found = await profile_of(session, participant_id=actor.person_id)
    found.meaning_locale = locale
    await session.commit()
    return found


def next_prompt(times: list[str], zone: ZoneInfo, after: datetime) -> datetime | None:
    """The first of the day's prompt times after `after` (today or tomorrow), as UTC."""
    if not times:
        return None
    day = after.astimezone(zone).date()
    for offset in (0, 1):
        for at in sorted(times):
            due = local_to_utc(day + timedelta(days=offset), parse_hhmm(at), zone)
            if due > after:
                return due
    return None


async def set_prompt_times(
    session: AsyncSession, *, actor: Actor, times: list[str], now: datetime
) -> PracticeProfile | None:
    """One or two times a day (or none) for the participant's own prompt."""
    if actor.role is not Role.PARTICIPANT or len(times) > 2 or set(times) - set(PROMPT_TIMES):
        return None
    person = await session.get(Person, actor.person_id)
    assert person is not None
    found = await profile_of(session, participant_id=actor.person_id)
    found.prompt_times = ",".join(sorted(set(times))) or None
    found.next_prompt_at = next_prompt(found.times(), ZoneInfo(person.timezone), now)
    await session.commit()
    return found


# -- sessions ------------------------------------------------------------------------------


def _card(row: PracticeCard | None, now: datetime) -> Card:
    if row is None:
        return Card(due=now)
    return Card.from_dict(json.loads(row.card))


async def open_session(
    session: AsyncSession, *, actor: Actor, now: datetime
) -> PracticeSession | None:
    """The participant's unfinished session from the last day, or a new one. None when they
    have no track yet, or nothing to practise."""
    found_profile = await session.get(PracticeProfile, actor.person_id)
    track = vocabulary().get(found_profile.track if found_profile else None)
    if track is None:
        return None
    unfinished = (
        await session.exec(
            select(PracticeSession)
            .where(
                PracticeSession.participant_id == actor.person_id,
                PracticeSession.track == track.id,
                col(PracticeSession.finished_at).is_(None),
                col(PracticeSession.started_at) > now - timedelta(days=1),
            )
            .order_by(col(PracticeSession.started_at).desc())
        )
    ).first()
    if unfinished is not None:
        if all(track.item(item_id) for item_id in unfinished.item_ids()):
            return unfinished
        # A word left the pack since (a pack was updated): close it and start afresh.
        unfinished.finished_at = now

    person = await session.get(Person, actor.person_id)
    assert person is not None
    items = await _plan(session, person=person, track=track, now=now)
    if not items:
        return None
    created = PracticeSession(
        participant_id=actor.person_id,
        track=track.id,
        items=json.dumps(items),
        started_at=now,
    )
    session.add(created)
    await session.commit()
    return created


async def _plan(session: AsyncSession, *, person: Person, track: Track, now: datetime) -> list[str]:
    cards = (
        await session.exec(
            select(PracticeCard)
            .where(
                PracticeCard.participant_id == person.id,
                col(PracticeCard.item_id).in_([item.id for item in track.items]),
            )
            .order_by(col(PracticeCard.due_at))
        )
    ).all()
    zone = ZoneInfo(person.timezone)
    day_start = local_to_utc(now.astimezone(zone).date(), time(0), zone)
    introduced_today = sum(1 for c in cards if c.introduced_at >= day_start)
    known = {c.item_id for c in cards}
    last = (
        await session.exec(
            select(PracticeReview.item_id)
            .where(PracticeReview.participant_id == person.id)
            .order_by(col(PracticeReview.answered_at).desc(), col(PracticeReview.id).desc())
            .limit(1)
        )
    ).first()
    return drills.plan(
        [c.item_id for c in cards if c.due_at <= now],
        [item.id for item in track.items if item.id not in known],
        new_left=max(0, drills.NEW_PER_DAY - introduced_today),
        soon=[c.item_id for c in cards if c.due_at > now],
        last=last,
    )


async def own_session(
    session: AsyncSession, *, actor: Actor, session_id: int
) -> PracticeSession | None:
    found = await session.get(PracticeSession, session_id)
    if found is None or found.participant_id != actor.person_id:
        return None
    return found


async def step(session: AsyncSession, *, actor: Actor, session_id: int) -> Step | None:
    """The item a session is on, and how it is asked. None when it is not theirs, or done."""
    found = await own_session(session, actor=actor, session_id=session_id)
    track = vocabulary().get(found.track) if found else None
    if found is None or track is None or found.finished_at is not None:
        return None
    ids = found.item_ids()
    if found.position >= len(ids):
        return None
    item = track.item(ids[found.position])
    if item is None:
        return None
    card = await session.get(PracticeCard, (actor.person_id, item.id))
    return Step(
        found, track, item, drills.kind_for(card.reps if card else 0), found.position, len(ids)
    )


async def answer(
    session: AsyncSession,
    *,
    actor: Actor,
    session_id: int,
    position: int,
    correct: bool,
    now: datetime,
    rating: Rating | None = None,
) -> PracticeReview | None:
    """Record the answer to the item at `position` and schedule its card (FSRS).

    Right is "good", wrong is "again", unless the participant graded it (`rating`). Refused
    unless the session is on that item and waiting for an answer (double taps, old buttons).
    """
    current = await step(session, actor=actor, session_id=session_id)
    if current is None or current.number != position:
        return None
    moved = await session.exec(
        update(PracticeSession)
        .where(
            col(PracticeSession.id) == session_id,
            col(PracticeSession.position) == position,
            col(PracticeSession.phase) == QUESTION,
        )
        .values(phase=FEEDBACK, correct=col(PracticeSession.correct) + int(correct))
        .execution_options(synchronize_session=False)
    )
    if moved.rowcount != 1:
        return None
    row = await session.get(PracticeCard, (actor.person_id, current.item.id))
    before = _card(row, now)
    chosen = rating or (Rating.Good if correct else Rating.Again)
    review = PracticeReview(
        session_id=session_id,
        participant_id=actor.person_id,
        position=position,
        item_id=current.item.id,
        kind=current.kind.value,
        correct=correct,
        rating=int(chosen),
        answered_at=now,
        card_before=json.dumps(before.to_dict()),
    )
    session.add(review)
    _schedule(session, row, actor.person_id, current.item.id, before, chosen, now)
    await session.commit()
    await session.refresh(current.session)
    return review


def _schedule(
    session: AsyncSession,
    row: PracticeCard | None,
    participant_id: int,
    item_id: str,
    before: Card,
    rating: Rating,
    now: datetime,
) -> PracticeCard:
    after, _log = SCHEDULER.review_card(before, rating, now)
    if row is None:
        row = PracticeCard(
            participant_id=participant_id,
            item_id=item_id,
            card="{}",
            due_at=now,
            introduced_at=now,
        )
        session.add(row)
    row.card = json.dumps(after.to_dict())
    row.due_at = after.due
    return row


async def regrade(
    session: AsyncSession,
    *,
    actor: Actor,
    session_id: int,
    position: int,
    rating: Rating,
    now: datetime,
) -> PracticeCard | None:
    """The participant grades the card themselves: it is scheduled from before this answer."""
    found = await own_session(session, actor=actor, session_id=session_id)
    if found is None or found.position != position or found.phase != FEEDBACK:
        return None
    review = (
        await session.exec(
            select(PracticeReview).where(
                PracticeReview.session_id == session_id, PracticeReview.position == position
            )
        )
    ).first()
    if review is None:
        return None
    row = await session.get(PracticeCard, (actor.person_id, review.item_id))
    before = Card.from_dict(json.loads(review.card_before))
    review.rating = int(rating)
    card = _schedule(session, row, actor.person_id, review.item_id, before, rating, now)
    await session.commit()
    return card


async def next_item(
    session: AsyncSession, *, actor: Actor, session_id: int, position: int, now: datetime
) -> PracticeSession | None:
    """On from the feedback to the next item; after the last, the session is finished."""
    found = await own_session(session, actor=actor, session_id=session_id)
    if found is None or found.position != position or found.phase != FEEDBACK:
        return None
    # The card counts as practised once the participant goes on.
    review = (
        await session.exec(
            select(PracticeReview).where(
                PracticeReview.session_id == session_id, PracticeReview.position == position
            )
        )
    ).first()
    if review is not None:
        card = await session.get(PracticeCard, (actor.person_id, review.item_id))
        if card is not None:
            card.reps += 1
            card.lapses += review.rating == int(Rating.Again)
    found.position += 1
    found.phase = QUESTION
    if found.position >= len(found.item_ids()):
        person = await session.get(Person, actor.person_id)
        assert person is not None
        found.finished_at = now
        found.day = now.astimezone(ZoneInfo(person.timezone)).date().isoformat()
    await session.commit()
    return found


# -- progress ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Progress:
    streak: int
    days_this_week: int
    answers_this_week: int
    known: int  # words practised at least once
    week: tuple[int, ...]  # answers per day, Monday to Sunday of this week
    today: int  # which of them is today (0: Monday)


async def progress(
    session: AsyncSession, *, participant_id: int, zone: ZoneInfo, now: datetime
) -> Progress:
    today = now.astimezone(zone).date()
    days = {
        date.fromisoformat(day)
        for day in (
            await session.exec(
                select(PracticeSession.day).where(
                    PracticeSession.participant_id == participant_id,
                    col(PracticeSession.day).is_not(None),
                    col(PracticeSession.day) >= (today - timedelta(days=400)).isoformat(),
                )
            )
        ).all()
        if day
    }
    monday = today - timedelta(days=today.weekday())
    week_start = local_to_utc(monday, time(0), zone)
    answered = (
        await session.exec(
            select(PracticeReview.answered_at).where(
                PracticeReview.participant_id == participant_id,
                col(PracticeReview.answered_at) >= week_start,
                col(PracticeReview.answered_at) < week_start + timedelta(days=7, hours=1),
            )
        )
    ).all()
    # The week's squares count finished sessions, like the days and the streak.
    per_day = [int(monday + timedelta(days=n) in days) for n in range(7)]
    known = (
        await session.exec(
            select(func.count())
            .select_from(PracticeCard)
            .where(PracticeCard.participant_id == participant_id, PracticeCard.reps > 0)
        )
    ).one()
    return Progress(
        streak=drills.streak(days, today),
        days_this_week=sum(1 for day in days if monday <= day <= today),
        answers_this_week=len(answered),
        known=int(known),
        week=tuple(per_day),
        today=today.weekday(),
    )


async def practised_today(
    session: AsyncSession, *, participant_id: int, zone: ZoneInfo, now: datetime
) -> bool:
    today = now.astimezone(zone).date().isoformat()
    found = await session.exec(
        select(PracticeSession.id).where(
            PracticeSession.participant_id == participant_id, PracticeSession.day == today
        )
    )
    return found.first() is not None


# -- prompts -------------------------------------------------------------------------------


async def queue_prompts(session: AsyncSession, *, now: datetime, limit: int = 500) -> int:
    """The daily prompts whose time has come -> outbox rows; each profile moves to its next."""
    rows = (
        await session.exec(
            select(PracticeProfile, Person)
            .join(Person, col(Person.id) == PracticeProfile.participant_id)
            .where(
                col(PracticeProfile.next_prompt_at) <= now,
                col(PracticeProfile.track).is_not(None),
                col(Person.active).is_(True),
                col(Person.onboarded_at).is_not(None),
                # The programme has ended: no more prompts of its own.
                col(Person.ended_at).is_(None),
            )
            .order_by(col(PracticeProfile.next_prompt_at))
            .limit(limit)
        )
    ).all()
    prompts = []
    for found, person in rows:
        assert found.next_prompt_at is not None and person.id is not None
        zone = ZoneInfo(person.timezone)
        due = found.next_prompt_at
        if person.stopped_at is None:  # stopped: skipped like a missed day, not queued
            prompts.append(
                outbox.Queued(
                    recipient_id=person.id,
                    purpose=PROMPT_PURPOSE,
                    occurrence=due.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                    subject_id=person.id,
                    due_at=due,
                )
            )
        found.next_prompt_at = next_prompt(found.times(), zone, max(now, due))
    await outbox.enqueue_many(session, prompts, now=now)
    await session.commit()
    return len(rows)


async def review_at(
    session: AsyncSession, *, actor: Actor, session_id: int, position: int
) -> PracticeReview | None:
    found = (
        await session.exec(
            select(PracticeReview).where(
                PracticeReview.session_id == session_id,
                PracticeReview.position == position,
                PracticeReview.participant_id == actor.person_id,
            )
        )
    ).first()
    return found


# -- voices --------------------------------------------------------------------------------


async def audible_item(
    session: AsyncSession, *, actor: Actor, session_id: int, item_id: str, after_answer: bool
) -> tuple[Track, Item] | None:
    """The item a 🔊 button names, when this participant's own session is on it now and may
    let it be heard: after the answer anything of it, before it (`after_answer` False) only
    where that gives nothing away. None for anything else (an old or forged button)."""
    current = await step(session, actor=actor, session_id=session_id)
    if current is None or current.item.id != item_id:
        return None
    answered = current.session.phase == FEEDBACK
    if not answered and (after_answer or current.kind not in drills.HEARD_BEFORE_ANSWER):
        return None
    return current.track, current.item


async def voice_file_id(session: AsyncSession, *, clip: str, voice: str) -> str | None:
    """Telegram's file id of a clip uploaded before, if any."""
    found = await session.get(PracticeVoice, (clip, voice))
    return found.file_id if found else None


async def keep_voice_file_id(
    session: AsyncSession, *, clip: str, voice: str, file_id: str, now: datetime
) -> None:
    """Remember a clip's file id (a newer one replaces an old one Telegram no longer knows).
    Two workers uploading the same clip at once both succeed; the second id is kept."""
    found = await session.get(PracticeVoice, (clip, voice))
    if found is None:
        try:
            async with session.begin_nested():
                session.add(PracticeVoice(clip=clip, voice=voice, file_id=file_id, created_at=now))
        except IntegrityError:
            found = await session.get(PracticeVoice, (clip, voice), populate_existing=True)
    if found is not None:
        found.file_id = file_id
    await session.commit()


WEEK_PURPOSE = "practice-week"
WEEK_SUMMARY_AT = time(18, 0)


async def queue_week_summaries(
    session: AsyncSession, *, now: datetime, zone: ZoneInfo, limit: int = 500
) -> int:
    """On Sunday evening (18:00-24:00 in the installation's zone), a short summary of the
    week to those who practised in it. Each person once a week; in batches."""
    local = now.astimezone(zone)
    if local.weekday() != 6 or local.time() < WEEK_SUMMARY_AT:
        return 0
    monday = local.date() - timedelta(days=6)
    year, week, _ = local.date().isocalendar()
    occurrence = f"{year}-W{week:02d}"
    already = select(outbox.OutboxMessage.recipient_id).where(
        outbox.OutboxMessage.purpose == WEEK_PURPOSE,
        outbox.OutboxMessage.occurrence == occurrence,
    )
    rows = (
        await session.exec(
            select(Person.id)
            .join(PracticeSession, col(PracticeSession.participant_id) == Person.id)
            .where(
                col(PracticeSession.day) >= monday.isoformat(),
                col(Person.active).is_(True),
                col(Person.stopped_at).is_(None),
                col(Person.id).not_in(already),
            )
            .distinct()
            .order_by(col(Person.id))
            .limit(limit)
        )
    ).all()
    due = local_to_utc(local.date(), WEEK_SUMMARY_AT, zone)
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=person_id,
                purpose=WEEK_PURPOSE,
                occurrence=occurrence,
                subject_id=person_id,
                due_at=due,
            )
            for person_id in rows
            if person_id is not None
        ],
        now=now,
    )
    await session.commit()
    return len(rows)
