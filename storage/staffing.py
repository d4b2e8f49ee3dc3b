"""Admins manage the staff: who works here, how many participants each has, moves and leaving.

Moving participants takes their open alerts along. Their future meetings stay with the staff
member they were booked with: that time is held in that person's calendar, and the new lots
sees the meeting on the card. When a staff member is deactivated, though, their future
meetings are cancelled and each participant is told, so nobody waits for someone who has
left. Every change is audited, by an admin in the bot or by the operator at the command line
(actor None). A deactivated member loses staff access with their next update: the actor is
built from the record each time (see bot.middlewares).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import delete, func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import audit, outbox
from storage.alerts import Alert
from storage.booking import CANCELLED_PURPOSE, Meeting, MeetingClaim, Status
from storage.invites import Invite
from storage.people import Actor, Person, Role, clean_name

# Outbox purpose: tell a staff member that a participant has been moved to them.
MOVED_PURPOSE = "participant-moved"
_STAFF_ROLES = (Role.STAFF.value, Role.ADMIN.value)


class Refusal(StrEnum):
    NOT_ALLOWED = "not-allowed"
    NO_STAFF = "no-staff"  # one of the two is not an active staff member
    SAME = "same"  # from and to are the same person
    NOT_THEIRS = "not-theirs"  # a named participant is not the from-staff's
    HAS_PARTICIPANTS = "has-participants"  # move them first, or in the same step
    CONFIGURED_ADMIN = "configured-admin"  # admins by ADMIN_IDS are the operator's to remove
    SELF = "self"  # an admin does not lock themselves out
    NOT_DEACTIVATED = "not-deactivated"  # reactivate: no deactivated staff member by that id
    BAD_NAME = "bad-name"  # rename: empty, too long, or no letters


@dataclass(frozen=True, slots=True)
class Outcome:
    moved: int = 0
    refusal: Refusal | None = None
    name: str | None = None  # rename: the name as stored


@dataclass(frozen=True, slots=True)
class Member:
    person: Person
    participants: int  # every participant linked to them, whatever their state


def _participants_per_staff():  # type: ignore[no-untyped-def]
    return (
        select(Person.staff_id, func.count().label("n"))
        .where(Person.role == Role.PARTICIPANT.value, col(Person.staff_id).is_not(None))
        .group_by(col(Person.staff_id))
        .subquery()
    )


def _active_staff():  # type: ignore[no-untyped-def]
    return col(Person.role).in_(_STAFF_ROLES) & col(Person.active).is_(True)


def _deactivated_staff():  # type: ignore[no-untyped-def]
    return (
        col(Person.role).in_(_STAFF_ROLES)
        & col(Person.active).is_(False)
        & col(Person.erase_after).is_(None)
    )


async def deactivated(
    session: AsyncSession, *, actor: Actor | None, staff_id: int | None = None
) -> list[Person]:
    """Staff whose access was taken away, by name (admins and the operator); `staff_id`
    narrows to one."""
    if actor is not None and not actor.is_admin:
        return []
    statement = select(Person).where(_deactivated_staff())
    if staff_id is not None:
        statement = statement.where(col(Person.id) == staff_id)
    rows = await session.exec(statement.order_by(col(Person.display_name), col(Person.id)))
    return list(rows.all())


async def _deny(session: AsyncSession, actor: Actor, now: datetime, subject_id: int | None) -> None:
    await audit.record_for(
        session,
        actor=actor,
        now=now,
        action="deny:staff-admin",
        allowed=False,
        subject_id=subject_id,
    )


async def _done(
    session: AsyncSession,
    actor: Actor | None,
    now: datetime,
    action: str,
    subject_id: int,
    detail: str | None = None,
) -> None:
    """The audit row of a change an admin (or, with no actor, the operator) made; it is
    committed with the change itself."""
    await audit.record(
        session,
        now=now,
        action=action,
        allowed=True,
        actor_id=actor.person_id if actor else None,
        actor_telegram_id=actor.telegram_id if actor else None,
        subject_id=subject_id,
        detail=detail,
        commit=False,
    )


async def count(session: AsyncSession, *, actor: Actor | None) -> int:
    """How many active staff members there are (admins and the operator only)."""
    if actor is not None and not actor.is_admin:
        return 0
    result = await session.exec(select(func.count()).select_from(Person).where(_active_staff()))
    return int(result.one())


async def members(
    session: AsyncSession, *, actor: Actor | None, offset: int = 0, limit: int | None = None
) -> list[Member]:
    """Active staff with the number of participants each has, by name; one query."""
    if actor is not None and not actor.is_admin:
        return []
    sizes = _participants_per_staff()
    statement = (
        select(Person, func.coalesce(sizes.c.n, 0))
        .outerjoin(sizes, sizes.c.staff_id == Person.id)
        .where(_active_staff())
        .order_by(col(Person.display_name), col(Person.id))
        .offset(max(offset, 0))
    )
    if limit is not None:
        statement = statement.limit(limit)
    rows = await session.exec(statement)
    return [Member(person, int(n)) for person, n in rows.all()]


async def member(session: AsyncSession, *, actor: Actor | None, staff_id: int) -> Member | None:
    """One active staff member with their participant count, for admins; None otherwise."""
    if actor is not None and not actor.is_admin:
        return None
    person = (
        await session.exec(select(Person).where(col(Person.id) == staff_id, _active_staff()))
    ).first()
    if person is None:
        return None
    return Member(person, await _linked(session, staff_id))


async def _linked(session: AsyncSession, staff_id: int) -> int:
    result = await session.exec(
        select(func.count())
        .select_from(Person)
        .where(Person.role == Role.PARTICIPANT.value, Person.staff_id == staff_id)
    )
    return int(result.one())


async def _staff(session: AsyncSession, staff_id: int, *, active: bool = True) -> Person | None:
    person = await session.get(Person, staff_id)
    if person is None or person.role not in _STAFF_ROLES or (active and not person.active):
        return None
    return person


async def move(
    session: AsyncSession,
    *,
    actor: Actor | None,
    from_id: int,
    to_id: int,
    now: datetime,
    participant_ids: list[int] | None = None,
) -> Outcome:
    """Move all of a staff member's participants (or the named ones) to another active one."""
    if actor is not None and not actor.is_admin:
        await _deny(session, actor, now, None)
        return Outcome(refusal=Refusal.NOT_ALLOWED)
    outcome = await _move(
        session, actor=actor, from_id=from_id, to_id=to_id, now=now, only=participant_ids
    )
    if outcome.refusal is None:
        await session.commit()
    else:
        await session.rollback()
    return outcome


async def _move(
    session: AsyncSession,
    *,
    actor: Actor | None,
    from_id: int,
    to_id: int,
    now: datetime,
    only: list[int] | None,
) -> Outcome:
    """The move, in the caller's transaction."""
    if from_id == to_id:
        return Outcome(refusal=Refusal.SAME)
    if await _staff(session, from_id, active=False) is None or await _staff(session, to_id) is None:
        return Outcome(refusal=Refusal.NO_STAFF)
    theirs = select(Person.id).where(
        Person.role == Role.PARTICIPANT.value, Person.staff_id == from_id
    )
    if only is not None:
        theirs = theirs.where(col(Person.id).in_(only))
    ids = sorted(i for i in (await session.exec(theirs)).all() if i is not None)
    if only is not None and set(ids) != set(only):
        return Outcome(refusal=Refusal.NOT_THEIRS)
    if not ids:
        return Outcome()
    await session.exec(update(Person).where(col(Person.id).in_(ids)).values(staff_id=to_id))
    # Open alerts go along, so nothing the old lots had not handled is lost.
    await session.exec(
        update(Alert)
        .where(col(Alert.participant_id).in_(ids), col(Alert.handled_at).is_(None))
        .values(staff_id=to_id)
    )
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=to_id,
                purpose=MOVED_PURPOSE,
                occurrence=f"moved-{participant_id}-{now.isoformat()}",
                subject_id=participant_id,
                about_id=participant_id,
                due_at=now,
            )
            for participant_id in ids
        ],
        now=now,
    )
    for participant_id in ids:
        await _done(
            session, actor, now, "staff:move", participant_id, detail=f"from {from_id} to {to_id}"
        )
    return Outcome(moved=len(ids))


async def deactivate(
    session: AsyncSession,
    *,
    actor: Actor | None,
    staff_id: int,
    admin_ids: frozenset[int],
    now: datetime,
    move_to: int | None = None,
) -> Outcome:
    """Take a staff member's access away, moving their participants to `move_to` first.

    Refused while they still have participants and no one to move them to, for an admin by
    ADMIN_IDS (the operator removes those from the setting), and for an admin themselves.
    """
    if actor is not None and not actor.is_admin:
        await _deny(session, actor, now, staff_id)
        return Outcome(refusal=Refusal.NOT_ALLOWED)
    staff = await _staff(session, staff_id)
    if staff is None:
        return Outcome(refusal=Refusal.NO_STAFF)
    if staff.telegram_id in admin_ids:
        return Outcome(refusal=Refusal.CONFIGURED_ADMIN)
    if actor is not None and actor.person_id == staff_id:
        return Outcome(refusal=Refusal.SELF)
    moved = Outcome()
    if move_to is not None:
        moved = await _move(
            session, actor=actor, from_id=staff_id, to_id=move_to, now=now, only=None
        )
        if moved.refusal is not None:
            await session.rollback()
            return moved
    if await _linked(session, staff_id):
        await session.rollback()
        return Outcome(refusal=Refusal.HAS_PARTICIPANTS)
    await _cancel_future_meetings(session, staff_id=staff_id, now=now)
    # An invite they handed out still lets its participant in: to whoever takes over, if anyone.
    open_invites = update(Invite).where(
        col(Invite.staff_id) == staff_id,
        col(Invite.redeemed_at).is_(None),
        col(Invite.expires_at) > now,
    )
    await session.exec(
        open_invites.values(staff_id=move_to) if move_to else open_invites.values(expires_at=now)
    )
    staff = await _staff(session, staff_id)
    assert staff is not None
    staff.active = False
    await _done(session, actor, now, "staff:deactivate", staff_id)
    await session.commit()
    return moved


async def reactivate(
    session: AsyncSession, *, actor: Actor | None, staff_id: int, now: datetime
) -> Outcome:
    """Give a deactivated staff member their access back (admins and the operator). They
    start with no participants; move some to them as usual."""
    if actor is not None and not actor.is_admin:
        await _deny(session, actor, now, staff_id)
        return Outcome(refusal=Refusal.NOT_ALLOWED)
    found = await deactivated(session, actor=None, staff_id=staff_id)
    if not found:
        return Outcome(refusal=Refusal.NOT_DEACTIVATED)
    staff = found[0]
    staff.active = True
    await _done(session, actor, now, "staff:reactivate", staff_id)
    await session.commit()
    return Outcome()


async def rename(
    session: AsyncSession, *, actor: Actor | None, staff_id: int, name: str, now: datetime
) -> Outcome:
    """Set the name a staff member goes by (admins and the operator). The audit row names who
    was renamed, not the name."""
    if actor is not None and not actor.is_admin:
        await _deny(session, actor, now, staff_id)
        return Outcome(refusal=Refusal.NOT_ALLOWED)
    staff = await _staff(session, staff_id, active=False)
    if staff is None:
        return Outcome(refusal=Refusal.NO_STAFF)
    try:
        staff.display_name = clean_name(name)
    except ValueError:
        return Outcome(refusal=Refusal.BAD_NAME)
    await _done(session, actor, now, "staff:rename", staff_id)
    await session.commit()
    return Outcome(name=staff.display_name)


async def _cancel_future_meetings(session: AsyncSession, *, staff_id: int, now: datetime) -> None:
    """Their booked meetings still to come are cancelled, and each participant is told."""
    meetings = (
        await session.exec(
            select(Meeting).where(
                Meeting.staff_id == staff_id,
                Meeting.status == Status.BOOKED.value,
                col(Meeting.starts_at) > now,
            )
        )
    ).all()
    for meeting in meetings:
        meeting.status = Status.CANCELLED.value
        meeting.cancelled_at = now
        meeting.sequence += 1
        await session.exec(delete(MeetingClaim).where(col(MeetingClaim.meeting_id) == meeting.id))
        await outbox.enqueue(
            session,
            recipient_id=meeting.participant_id,
            purpose=CANCELLED_PURPOSE,
            occurrence=f"meeting-{meeting.id}-{now.isoformat()}",
            subject_id=meeting.id,
            about_id=meeting.participant_id,
            due_at=now,
            now=now,
        )
