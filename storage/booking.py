"""Meetings with the lots: kinds, availability, bookings, and the rules that guard them.

No two meetings can hold one staff member's time: each meeting claims the quarter hours it
covers (and the buffer after it) in `meeting_claim`, whose primary key is (staff, quarter).
The database refuses a second claim, so a race between two taps, two devices or two
workers has one winner whatever the screens showed. Every action re-checks the rules here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Date, ForeignKey, Integer, String, delete, func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.slots import Rules, Window, days_with_free_starts, free_starts, quarters
from rules.timing import local_to_utc, parse_hhmm
from storage import outbox
from storage.people import Actor, Person, Role, get_visible_participant
from storage.types import UTCDateTime

BOOKED_PURPOSE = "meeting-booked"
MOVED_PURPOSE = "meeting-moved"
CANCELLED_PURPOSE = "meeting-cancelled"
CANT_COME_PURPOSE = "meeting-cant-come"
REMINDER_PURPOSE = "meeting-reminder"
NO_SHOW_PURPOSE = "meeting-no-show"
DAY_BEFORE_AT = time(17, 0)
HOURS_BEFORE = timedelta(hours=2)
LENGTHS = (15, 30, 45, 60, 75, 90, 120)


class Place(StrEnum):
    IN_PERSON = "in-person"
    PHONE = "phone"
    VIDEO = "video"


class Status(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no-show"


class Response(StrEnum):
    COMING = "coming"
    MOVE = "move"
    CANT = "cant"


DEFAULT_KINDS = (("mapping", 60), ("follow-up", 30), ("guidance", 45))


class MeetingKind(SQLModel, table=True):
    __tablename__ = "meeting_kind"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    # One of DEFAULT_KINDS (its name is in the locales).
    code: str = Field(sa_column=Column(String(32), nullable=False))
    minutes: int = Field(nullable=False)
    place: str = Field(default=Place.IN_PERSON.value, sa_column=Column(String(16), nullable=False))
    address: str | None = Field(default=None, sa_column=Column(String(200)))
    # Participants may book it themselves (otherwise only staff book it for them).
    self_bookable: bool = Field(default=True, nullable=False)
    active: bool = Field(default=True, nullable=False)

    @property
    def length(self) -> timedelta:
        return timedelta(minutes=self.minutes)


class BookingRules(SQLModel, table=True):
    __tablename__ = "booking_rules"

    staff_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    buffer_minutes: int = Field(default=15, nullable=False)
    daily_cap: int = Field(default=4, nullable=False)
    notice_hours: int = Field(default=24, nullable=False)
    horizon_days: int = Field(default=28, nullable=False)


class BookingWindow(SQLModel, table=True):
    __tablename__ = "booking_window"

    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    weekday: int = Field(nullable=False)
    start: str = Field(sa_column=Column(String(5), nullable=False))
    end: str = Field(sa_column=Column(String(5), nullable=False))


class DayOff(SQLModel, table=True):
    __tablename__ = "day_off"

    staff_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    day: date = Field(sa_column=Column(Date, primary_key=True))


class BookingAccess(SQLModel, table=True):
    """Other staff a participant may book with, besides their own lots."""

    __tablename__ = "booking_access"

    participant_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    staff_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )


class Meeting(SQLModel, table=True):
    __tablename__ = "meeting"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    staff_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    kind_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("meeting_kind.id", ondelete="SET NULL"))
    )
    # The kind's code, length and place as they were when booked.
    kind: str = Field(sa_column=Column(String(32), nullable=False))
    starts_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    ends_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    place: str = Field(sa_column=Column(String(16), nullable=False))
    address: str | None = Field(default=None, sa_column=Column(String(200)))
    status: str = Field(default=Status.BOOKED.value, sa_column=Column(String(16), nullable=False))
    booked_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    cancelled_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    response: str | None = Field(default=None, sa_column=Column(String(16)))
    responded_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # How often it has changed since booked (moved, cancelled): a calendar file's SEQUENCE,
    # so a phone replaces the entry it has instead of keeping the old one.
    sequence: int = Field(default=0, sa_column=Column(Integer, nullable=False, server_default="0"))


class MeetingClaim(SQLModel, table=True):
    """One quarter hour of a staff member's time, held by one meeting."""

    __tablename__ = "meeting_claim"

    staff_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    at: datetime = Field(sa_column=Column(UTCDateTime, primary_key=True))
    meeting_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("meeting.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )


# -- outcomes --------------------------------------------------------------------------


class Refusal(StrEnum):
    NOT_ALLOWED = "not-allowed"
    TAKEN = "taken"  # someone else got the time first
    NOT_FREE = "not-free"  # outside the hours, too soon, too far, a closed day, the day full
    TOO_MANY = "too-many"  # the participant has as many future meetings as they may
    LOCKED = "locked"  # too close to the start to change here: contact the lots
    GONE = "gone"  # the meeting is not there, or no longer booked


@dataclass(frozen=True, slots=True)
class Outcome:
    meeting: Meeting | None = None
    refusal: Refusal | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    """Installation-wide settings: how close to the start a participant may still change a
    meeting themselves, and how many future meetings they may hold."""

    lock: timedelta = timedelta(hours=12)
    max_future: int = 3


# -- kinds and availability -----------------------------------------------------------------


async def kinds_of(session: AsyncSession, *, staff_id: int) -> list[MeetingKind]:
    """A staff member's kinds, oldest first (nothing is created here: screens only read)."""
    rows = await session.exec(
        select(MeetingKind).where(MeetingKind.staff_id == staff_id).order_by(col(MeetingKind.id))
    )
    return list(rows.all())


async def own_kind(session: AsyncSession, *, actor: Actor, kind_id: int) -> MeetingKind | None:
    """One of the actor's own meeting kinds; None for anyone else's, or none at all."""
    found = await session.exec(
        select(MeetingKind).where(
            col(MeetingKind.id) == kind_id, col(MeetingKind.staff_id) == actor.person_id
        )
    )
    return found.first()


async def ensure_kinds(session: AsyncSession, *, staff_id: int) -> list[MeetingKind]:
    """A staff member's kinds, created from the defaults the first time (no commit).

    Called by handlers for a staff member they have checked, never by a getter."""
    kinds = await kinds_of(session, staff_id=staff_id)
    if not kinds:
        kinds = [MeetingKind(staff_id=staff_id, code=code, minutes=m) for code, m in DEFAULT_KINDS]
        session.add_all(kinds)
        await session.flush()
    return sorted(kinds, key=lambda kind: kind.id or 0)


async def rules_of(session: AsyncSession, *, staff_id: int, zone: ZoneInfo) -> Rules:
    stored = await session.get(BookingRules, staff_id) or BookingRules(staff_id=staff_id)
    windows = (
        await session.exec(select(BookingWindow).where(BookingWindow.staff_id == staff_id))
    ).all()
    days_off = [
        row.day for row in (await session.exec(select(DayOff).where(DayOff.staff_id == staff_id)))
    ]
    return Rules(
        windows=tuple(Window(w.weekday, parse_hhmm(w.start), parse_hhmm(w.end)) for w in windows),
        zone=zone,
        buffer=timedelta(minutes=stored.buffer_minutes),
        daily_cap=stored.daily_cap,
        notice=timedelta(hours=stored.notice_hours),
        horizon=timedelta(days=stored.horizon_days),
        days_off=frozenset(days_off),
    )


async def add_window(
    session: AsyncSession, *, actor: Actor, weekday: int, start: str, end: str
) -> BookingWindow | None:
    """Staff open weekly hours for booking. None for a window that makes no sense."""
    if not actor.is_staff or not 0 <= weekday <= 6 or parse_hhmm(start) >= parse_hhmm(end):
        return None
    window = BookingWindow(staff_id=actor.person_id, weekday=weekday, start=start, end=end)
    session.add(window)
    await session.commit()
    return window


async def windows_of(session: AsyncSession, *, actor: Actor) -> list[BookingWindow]:
    rows = await session.exec(
        select(BookingWindow)
        .where(BookingWindow.staff_id == actor.person_id)
        .order_by(col(BookingWindow.weekday), col(BookingWindow.start))
    )
    return list(rows.all())


async def own_window(
    session: AsyncSession, *, actor: Actor, window_id: int
) -> BookingWindow | None:
    """One of the actor's own weekly hours; None for anyone else's, or none at all."""
    found = await session.exec(
        select(BookingWindow).where(
            col(BookingWindow.id) == window_id, col(BookingWindow.staff_id) == actor.person_id
        )
    )
    return found.first()


async def remove_window(session: AsyncSession, *, actor: Actor, window_id: int) -> bool:
    window = await own_window(session, actor=actor, window_id=window_id)
    if window is None:
        return False
    await session.delete(window)
    await session.commit()
    return True


async def toggle_day_off(session: AsyncSession, *, actor: Actor, day: date) -> bool:
    """Mark a day off, or open it again. Returns whether it is now a day off."""
    if not actor.is_staff:
        return False
    existing = await session.get(DayOff, (actor.person_id, day))
    if existing is not None:
        await session.delete(existing)
    else:
        session.add(DayOff(staff_id=actor.person_id, day=day))
    await session.commit()
    return existing is None


async def set_rules(session: AsyncSession, *, actor: Actor, **values: int) -> BookingRules | None:
    if not actor.is_staff:
        return None
    stored = await session.get(BookingRules, actor.person_id)
    if stored is None:
        stored = BookingRules(staff_id=actor.person_id)
        session.add(stored)
    for name, value in values.items():
        setattr(stored, name, value)
    await session.commit()
    return stored


async def update_kind(
    session: AsyncSession,
    *,
    actor: Actor,
    kind_id: int,
    minutes: int | None = None,
    place: Place | None = None,
    address: str | None = None,
) -> MeetingKind | None:
    kind = await session.get(MeetingKind, kind_id)
    if kind is None or kind.staff_id != actor.person_id:
        return None
    if minutes is not None:
        if minutes not in LENGTHS:
            return None
        kind.minutes = minutes
    if place is not None:
        kind.place = place.value
    if address is not None:
        kind.address = address.strip()[:200] or None
    await session.commit()
    return kind


# -- who may book with whom -------------------------------------------------------------


async def set_access(
    session: AsyncSession, *, participant_id: int, staff_id: int, allowed: bool
) -> None:
    """Let a participant book with another staff member too, or stop it (operators, CLI)."""
    existing = await session.get(BookingAccess, (participant_id, staff_id))
    if allowed and existing is None:
        session.add(BookingAccess(participant_id=participant_id, staff_id=staff_id))
    elif not allowed and existing is not None:
        await session.delete(existing)
    await session.commit()


async def bookable_staff(session: AsyncSession, *, participant: Person) -> list[Person]:
    """The staff a participant may book with: their own lots first, then any others allowed."""
    ids = [participant.staff_id] if participant.staff_id else []
    ids += (
        await session.exec(
            select(BookingAccess.staff_id).where(BookingAccess.participant_id == participant.id)
        )
    ).all()
    found = (
        await session.exec(
            select(Person).where(
                col(Person.id).in_(ids),
                col(Person.active).is_(True),
                col(Person.role).in_([Role.STAFF.value, Role.ADMIN.value]),
            )
        )
    ).all()
    return sorted(found, key=lambda person: ids.index(person.id or 0))


async def participant_for(
    session: AsyncSession, *, actor: Actor, participant_id: int
) -> Person | None:
    """The participant an actor books for: themselves, or (staff) one they may see."""
    if actor.role is Role.PARTICIPANT:
        if participant_id != actor.person_id:
            return None
        return await session.get(Person, participant_id)
    return await get_visible_participant(session, actor=actor, participant_id=participant_id)


async def staff_for(
    session: AsyncSession, *, actor: Actor, participant_id: int, staff_id: int
) -> Person | None:
    """The staff member, when the actor may book a meeting with them for this participant."""
    participant = await participant_for(session, actor=actor, participant_id=participant_id)
    if participant is None:
        return None
    staff = await bookable_staff(session, participant=participant)
    return next((person for person in staff if person.id == staff_id), None)


async def kind_for(
    session: AsyncSession, *, actor: Actor, participant_id: int, kind_id: int
) -> tuple[Person, Person, MeetingKind] | None:
    """(participant, staff member, kind) when the actor may book this kind for them."""
    participant = await participant_for(session, actor=actor, participant_id=participant_id)
    kind = await session.get(MeetingKind, kind_id)
    if participant is None or kind is None or not kind.active:
        return None
    if actor.role is Role.PARTICIPANT and not kind.self_bookable:
        return None
    staff = next(
        (
            s
            for s in await bookable_staff(session, participant=participant)
            if s.id == kind.staff_id
        ),
        None,
    )
    if staff is None:
        return None
    return participant, staff, kind


# -- free times ---------------------------------------------------------------------------


async def _taken(
    session: AsyncSession, *, staff_id: int, rules: Rules, now: datetime, skip: int | None = None
) -> tuple[set[datetime], Counter[date]]:
    """The quarters held from now to the horizon, and how many meetings each local day has."""
    claims = (
        await session.exec(
            select(MeetingClaim.at, MeetingClaim.meeting_id).where(
                MeetingClaim.staff_id == staff_id,
                col(MeetingClaim.at) >= now - timedelta(hours=4),
                col(MeetingClaim.at) <= now + rules.horizon + timedelta(days=1),
            )
        )
    ).all()
    meetings = (
        await session.exec(
            select(Meeting.id, Meeting.starts_at).where(
                Meeting.staff_id == staff_id,
                Meeting.status == Status.BOOKED.value,
                col(Meeting.starts_at) >= now - timedelta(days=1),
            )
        )
    ).all()
    held = {at for at, meeting_id in claims if meeting_id != skip}
    per_day = Counter(
        starts.astimezone(rules.zone).date()
        for meeting_id, starts in meetings
        if meeting_id != skip
    )
    return held, per_day


async def free_days(
    session: AsyncSession,
    *,
    staff: Person,
    kind: MeetingKind,
    now: datetime,
    skip: int | None = None,
) -> list[date]:
    assert staff.id is not None
    rules = await rules_of(session, staff_id=staff.id, zone=ZoneInfo(staff.timezone))
    held, per_day = await _taken(session, staff_id=staff.id, rules=rules, now=now, skip=skip)
    return days_with_free_starts(kind.length, rules, now=now, held=held, booked_on=per_day)


async def free_times(
    session: AsyncSession,
    *,
    staff: Person,
    kind: MeetingKind,
    day: date,
    now: datetime,
    skip: int | None = None,
) -> list[datetime]:
    assert staff.id is not None
    rules = await rules_of(session, staff_id=staff.id, zone=ZoneInfo(staff.timezone))
    held, per_day = await _taken(session, staff_id=staff.id, rules=rules, now=now, skip=skip)
    return free_starts(day, kind.length, rules, now=now, held=held, booked_on=per_day)


async def next_free_times(
    session: AsyncSession, *, staff: Person, kind: MeetingKind, now: datetime, count: int = 3
) -> list[datetime]:
    """The first few free times from now: offered when the chosen one was just taken."""
    out: list[datetime] = []
    for day in await free_days(session, staff=staff, kind=kind, now=now):
        out += await free_times(session, staff=staff, kind=kind, day=day, now=now)
        if len(out) >= count:
            break
    return out[:count]


# -- booking, moving, cancelling -----------------------------------------------------------


async def _future_count(session: AsyncSession, *, participant_id: int, now: datetime) -> int:
    result = await session.exec(
        select(func.count())
        .select_from(Meeting)
        .where(
            Meeting.participant_id == participant_id,
            Meeting.status == Status.BOOKED.value,
            col(Meeting.starts_at) > now,
        )
    )
    return int(result.one())


async def _claim(session: AsyncSession, *, meeting: Meeting, rules: Rules) -> None:
    assert meeting.id is not None
    length = meeting.ends_at - meeting.starts_at
    session.add_all(
        MeetingClaim(staff_id=meeting.staff_id, at=quarter, meeting_id=meeting.id)
        for quarter in quarters(meeting.starts_at, length, rules.buffer)
    )
    await session.flush()


async def _notify(
    session: AsyncSession, *, recipient_id: int, purpose: str, meeting: Meeting, now: datetime
) -> None:
    await outbox.enqueue(
        session,
        recipient_id=recipient_id,
        purpose=purpose,
        occurrence=f"meeting-{meeting.id}-{now.isoformat()}",
        subject_id=meeting.id,
        about_id=meeting.participant_id,
        due_at=now,
        now=now,
    )


def reminder_times(starts_at: datetime, zone: ZoneInfo) -> list[tuple[datetime, str]]:
    """When a meeting's reminders are due, with a label each: the day before at
    DAY_BEFORE_AT in the reader's zone, and HOURS_BEFORE the start."""
    day_before = local_to_utc(
        starts_at.astimezone(zone).date() - timedelta(days=1), DAY_BEFORE_AT, zone
    )
    return [(day_before, "day"), (starts_at - HOURS_BEFORE, "hours")]


async def _queue_reminders(session: AsyncSession, *, meeting: Meeting, now: datetime) -> None:
    """The day before (late afternoon, the participant's time) and two hours before."""
    participant = await session.get(Person, meeting.participant_id)
    assert participant is not None and meeting.id is not None
    for when, label in reminder_times(meeting.starts_at, ZoneInfo(participant.timezone)):
        if when > now:
            await outbox.enqueue(
                session,
                recipient_id=meeting.participant_id,
                purpose=REMINDER_PURPOSE,
                # The start is in the occurrence: a moved meeting gets new reminders.
                occurrence=f"meeting-{meeting.id}-{meeting.starts_at.isoformat()}-{label}",
                subject_id=meeting.id,
                due_at=when,
                now=now,
            )


async def book(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    kind_id: int,
    starts_at: datetime,
    now: datetime,
    limits: Limits,
) -> Outcome:
    """Book a meeting, re-checking every rule; the database refuses a time already held."""
    found = await kind_for(session, actor=actor, participant_id=participant_id, kind_id=kind_id)
    if found is None:
        return Outcome(refusal=Refusal.NOT_ALLOWED)
    participant, staff, kind = found
    assert staff.id is not None and participant.id is not None
    zone = ZoneInfo(staff.timezone)
    day = starts_at.astimezone(zone).date()
    if starts_at not in await free_times(session, staff=staff, kind=kind, day=day, now=now):
        return Outcome(refusal=Refusal.NOT_FREE)
    if await _future_count(session, participant_id=participant.id, now=now) >= limits.max_future:
        return Outcome(refusal=Refusal.TOO_MANY)
    meeting = Meeting(
        participant_id=participant.id,
        staff_id=staff.id,
        kind_id=kind.id,
        kind=kind.code,
        starts_at=starts_at,
        ends_at=starts_at + kind.length,
        place=kind.place,
        address=kind.address,
        booked_by_id=actor.person_id,
        created_at=now,
    )
    rules = await rules_of(session, staff_id=staff.id, zone=zone)
    try:
        session.add(meeting)
        await session.flush()
        await _claim(session, meeting=meeting, rules=rules)
    except IntegrityError:
        await session.rollback()
        return Outcome(refusal=Refusal.TAKEN)
    await _queue_reminders(session, meeting=meeting, now=now)
    other = staff.id if actor.person_id != staff.id else participant.id
    await _notify(session, recipient_id=other, purpose=BOOKED_PURPOSE, meeting=meeting, now=now)
    await session.commit()
    return Outcome(meeting=meeting)


async def get_meeting(session: AsyncSession, *, actor: Actor, meeting_id: int) -> Meeting | None:
    """A meeting the actor takes part in (or, for staff, one of their participants has)."""
    meeting = await session.get(Meeting, meeting_id)
    if meeting is None:
        return None
    if actor.person_id in (meeting.participant_id, meeting.staff_id) or actor.is_admin:
        return meeting
    if actor.is_staff and await get_visible_participant(
        session, actor=actor, participant_id=meeting.participant_id
    ):
        return meeting
    return None


def _locked(meeting: Meeting, actor: Actor, now: datetime, limits: Limits) -> bool:
    return actor.role is Role.PARTICIPANT and meeting.starts_at - now < limits.lock


async def cancel(
    session: AsyncSession, *, actor: Actor, meeting_id: int, now: datetime, limits: Limits
) -> Outcome:
    meeting = await get_meeting(session, actor=actor, meeting_id=meeting_id)
    if meeting is None or meeting.status != Status.BOOKED.value or meeting.starts_at <= now:
        return Outcome(refusal=Refusal.GONE)
    if _locked(meeting, actor, now, limits):
        return Outcome(meeting=meeting, refusal=Refusal.LOCKED)
    meeting.status = Status.CANCELLED.value
    meeting.cancelled_at = now
    meeting.sequence += 1
    await session.exec(delete(MeetingClaim).where(col(MeetingClaim.meeting_id) == meeting.id))
    other = meeting.staff_id if actor.person_id != meeting.staff_id else meeting.participant_id
    await _notify(session, recipient_id=other, purpose=CANCELLED_PURPOSE, meeting=meeting, now=now)
    await session.commit()
    return Outcome(meeting=meeting)


async def move(
    session: AsyncSession,
    *,
    actor: Actor,
    meeting_id: int,
    starts_at: datetime,
    now: datetime,
    limits: Limits,
) -> Outcome:
    """Move a meeting to a new start: the old time is let go only if the new one is won."""
    meeting = await get_meeting(session, actor=actor, meeting_id=meeting_id)
    if meeting is None or meeting.status != Status.BOOKED.value or meeting.starts_at <= now:
        return Outcome(refusal=Refusal.GONE)
    if _locked(meeting, actor, now, limits):
        return Outcome(meeting=meeting, refusal=Refusal.LOCKED)
    staff = await session.get(Person, meeting.staff_id)
    kind = await session.get(MeetingKind, meeting.kind_id) if meeting.kind_id else None
    if staff is None or kind is None:
        return Outcome(refusal=Refusal.GONE)
    zone = ZoneInfo(staff.timezone)
    day = starts_at.astimezone(zone).date()
    free = await free_times(session, staff=staff, kind=kind, day=day, now=now, skip=meeting.id)
    if starts_at not in free:
        return Outcome(refusal=Refusal.NOT_FREE)
    rules = await rules_of(session, staff_id=meeting.staff_id, zone=zone)
    length = meeting.ends_at - meeting.starts_at
    try:
        await session.exec(delete(MeetingClaim).where(col(MeetingClaim.meeting_id) == meeting.id))
        meeting.starts_at, meeting.ends_at = starts_at, starts_at + length
        meeting.response = meeting.responded_at = None
        meeting.sequence += 1
        await session.flush()
        await _claim(session, meeting=meeting, rules=rules)
    except IntegrityError:
        await session.rollback()
        return Outcome(refusal=Refusal.TAKEN)
    await _queue_reminders(session, meeting=meeting, now=now)
    other = meeting.staff_id if actor.person_id != meeting.staff_id else meeting.participant_id
    await _notify(session, recipient_id=other, purpose=MOVED_PURPOSE, meeting=meeting, now=now)
    await session.commit()
    return Outcome(meeting=meeting)


async def respond(
    session: AsyncSession, *, actor: Actor, meeting_id: int, response: Response, now: datetime
) -> Outcome:
    """The participant's answer to a reminder. "I can't come" tells the lots at once."""
    meeting = await get_meeting(session, actor=actor, meeting_id=meeting_id)
    if (
        meeting is None
        or meeting.participant_id != actor.person_id
        or meeting.status != Status.BOOKED.value
        or meeting.ends_at <= now
    ):
        return Outcome(refusal=Refusal.GONE)
    meeting.response = response.value
    meeting.responded_at = now
    if response is Response.CANT:
        await _notify(
            session,
            recipient_id=meeting.staff_id,
            purpose=CANT_COME_PURPOSE,
            meeting=meeting,
            now=now,
        )
    await session.commit()
    return Outcome(meeting=meeting)


async def mark(
    session: AsyncSession, *, actor: Actor, meeting_id: int, attended: bool, now: datetime
) -> Outcome:
    """Staff mark a meeting that has started as attended or not. A no-show gets a kind nudge."""
    meeting = await get_meeting(session, actor=actor, meeting_id=meeting_id)
    if meeting is None or not actor.is_staff or meeting.starts_at > now:
        return Outcome(refusal=Refusal.GONE)
    if meeting.status not in (Status.BOOKED.value, Status.ATTENDED.value, Status.NO_SHOW.value):
        return Outcome(refusal=Refusal.GONE)
    meeting.status = (Status.ATTENDED if attended else Status.NO_SHOW).value
    if not attended:
        await outbox.enqueue(
            session,
            recipient_id=meeting.participant_id,
            purpose=NO_SHOW_PURPOSE,
            occurrence=f"meeting-{meeting.id}",
            subject_id=meeting.id,
            due_at=now,
            now=now,
        )
    await session.commit()
    return Outcome(meeting=meeting)


async def upcoming(session: AsyncSession, *, actor: Actor, now: datetime) -> list[Meeting]:
    """The actor's own future meetings (a participant's, or a staff member's agenda)."""
    column = Meeting.participant_id if actor.role is Role.PARTICIPANT else Meeting.staff_id
    rows = await session.exec(
        select(Meeting)
        .where(
            column == actor.person_id,
            Meeting.status == Status.BOOKED.value,
            col(Meeting.ends_at) > now,
        )
        .order_by(col(Meeting.starts_at))
    )
    return list(rows.all())


async def agenda(
    session: AsyncSession, *, actor: Actor, start: datetime, end: datetime
) -> list[tuple[Meeting, Person]]:
    """A staff member's meetings between two instants, with who each is with."""
    rows = await session.exec(
        select(Meeting, Person)
        .join(Person, col(Person.id) == Meeting.participant_id)
        .where(
            Meeting.staff_id == actor.person_id,
            col(Meeting.status) != Status.CANCELLED.value,
            col(Meeting.starts_at) >= start,
            col(Meeting.starts_at) < end,
        )
        .order_by(col(Meeting.starts_at))
    )
    return list(rows.all())


def day_bounds(day: date, zone: ZoneInfo, days: int = 1) -> tuple[datetime, datetime]:
    """The UTC instants a local day (or `days` days from it) starts and ends."""
    return local_to_utc(day, time(0), zone), local_to_utc(day + timedelta(days=days), time(0), zone)
