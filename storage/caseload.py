"""The caseload and the participant card: who needs contact first, and what the lots sees.

The caseload is one query whatever its size: open alerts, missed meetings and the latest
self-assessment come in as grouped subqueries joined to `person`, the reason and the order
are computed by the database, and a page is cut there too (a lots has 40 people, an admin
may see 100,000). Callers check nothing themselves: every function is scoped to the actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Integer, and_, case, func, literal, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.alerts import Alert, Kind
from storage.assessments import AssessmentRound
from storage.booking import Meeting, Status
from storage.checkins import Checkin
from storage.people import Actor, Person, Role, visible_people

# No sign of life for this long and the lots should reach out.
SILENT_AFTER = timedelta(days=14)
# A missed meeting stays a reason for contact this long.
MISSED_WITHIN = timedelta(days=30)


class Reason(StrEnum):
    """Why a participant is where they are in the list; the first that applies wins."""

    ALERTS = "alerts"
    UNREACHABLE = "unreachable"
    MISSED = "missed"
    LOW = "low"
    STOPPED = "stopped"
    PAUSED = "paused"
    SILENT = "silent"
    OK = "ok"


# Lower comes first. Paused is decided before silent (a pause explains the silence) but
# listed after it: someone silent without a word needs the lots more.
_RANK = {
    Reason.ALERTS: 0,
    Reason.UNREACHABLE: 1,
    Reason.MISSED: 2,
    Reason.LOW: 3,
    Reason.STOPPED: 4,
    Reason.SILENT: 5,
    Reason.PAUSED: 6,
    Reason.OK: 7,
}


@dataclass(frozen=True, slots=True)
class Row:
    person: Person
    reason: Reason
    open_alerts: int


def _listed(actor: Actor) -> ColumnElement[bool]:
    """Active participants the actor may see; archived records are hidden."""
    return and_(
        visible_people(actor),
        col(Person.role) == Role.PARTICIPANT.value,
        col(Person.active).is_(True),
        col(Person.erase_after).is_(None),
    )


def _own_ids(actor: Actor):  # type: ignore[no-untyped-def]
    """The subquery of ids the grouped subqueries are limited to (nothing to limit for admins)."""
    return select(Person.id).where(_listed(actor))


async def count(session: AsyncSession, *, actor: Actor) -> int:
    """How many participants the caseload lists."""
    if not actor.is_staff:
        return 0
    result = await session.exec(select(func.count()).select_from(Person).where(_listed(actor)))
    return int(result.one())


async def page(
    session: AsyncSession, *, actor: Actor, now: datetime, offset: int, limit: int
) -> list[Row]:
    """One page of the caseload, those who need contact first."""
    if not actor.is_staff:
        return []
    alerts = select(Alert.participant_id, func.count().label("n")).where(
        col(Alert.handled_at).is_(None)
    )
    missed = select(Meeting.participant_id, func.count().label("n")).where(
        Meeting.status == Status.NO_SHOW.value,
        col(Meeting.starts_at) >= now - MISSED_WITHIN,
    )
    latest = select(
        AssessmentRound.participant_id, func.max(AssessmentRound.completed_at).label("at")
    ).where(col(AssessmentRound.completed_at).is_not(None))
    low = select(Alert.participant_id, func.max(Alert.created_at).label("at")).where(
        Alert.kind == Kind.ASSESSMENT.value
    )
    if not actor.is_admin:
        own = _own_ids(actor)
        alerts = alerts.where(col(Alert.participant_id).in_(own))
        missed = missed.where(col(Meeting.participant_id).in_(own))
        latest = latest.where(col(AssessmentRound.participant_id).in_(own))
        low = low.where(col(Alert.participant_id).in_(own))
    open_ = alerts.group_by(col(Alert.participant_id)).subquery()
    missed_ = missed.group_by(col(Meeting.participant_id)).subquery()
    latest_ = latest.group_by(col(AssessmentRound.participant_id)).subquery()
    low_ = low.group_by(col(Alert.participant_id)).subquery()

    open_count = func.coalesce(open_.c.n, 0)
    # A crossing raises its alert at the very instant the round completes: the latest round
    # crossed when the latest such alert is as new as it.
    crossed = and_(latest_.c.at.is_not(None), low_.c.at >= latest_.c.at)
    paused = and_(col(Person.paused_until).is_not(None), col(Person.paused_until) > now)
    silent = or_(col(Person.last_seen_at).is_(None), col(Person.last_seen_at) < now - SILENT_AFTER)
    # (condition, reason) in the order they are decided.
    decided = [
        (open_count > 0, Reason.ALERTS),
        (col(Person.unreachable_at).is_not(None), Reason.UNREACHABLE),
        (missed_.c.n > 0, Reason.MISSED),
        (crossed, Reason.LOW),
        (col(Person.stopped_at).is_not(None), Reason.STOPPED),
        (paused, Reason.PAUSED),
        (silent, Reason.SILENT),
    ]
    reason = case(
        *((when, literal(why.value)) for when, why in decided), else_=literal(Reason.OK.value)
    )
    rank = case(
        *((when, literal(_RANK[why], Integer)) for when, why in decided),
        else_=literal(_RANK[Reason.OK], Integer),
    )
    statement = (
        select(Person, reason.label("reason"), open_count.label("open"))
        .outerjoin(open_, open_.c.participant_id == Person.id)
        .outerjoin(missed_, missed_.c.participant_id == Person.id)
        .outerjoin(latest_, latest_.c.participant_id == Person.id)
        .outerjoin(low_, low_.c.participant_id == Person.id)
        .where(_listed(actor))
        .order_by(
            rank,
            open_count.desc(),
            # The longest silence first; never seen counts as longest.
            col(Person.last_seen_at).is_not(None),
            col(Person.last_seen_at),
            col(Person.display_name),
            col(Person.id),
        )
        .offset(max(offset, 0))
        .limit(limit)
    )
    rows = await session.exec(statement)
    return [Row(person, Reason(why), int(n)) for person, why, n in rows.all()]


# -- the card ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Card:
    """What the card shows beyond the person: all of it read in a handful of small queries."""

    checkins: list[Checkin]
    next_meeting: Meeting | None
    last_missed: Meeting | None
    open_alerts: int
    handled: list[Alert]


async def card(
    session: AsyncSession, *, actor: Actor, participant_id: int, now: datetime, recent: int = 3
) -> Card | None:
    """The card's facts for a participant the actor may see, or None."""
    person = (
        await session.exec(
            select(Person.id).where(
                col(Person.id) == participant_id,
                visible_people(actor),
                col(Person.role) == Role.PARTICIPANT.value,
            )
        )
    ).first()
    if person is None or not actor.is_staff:
        return None
    checkins = (
        await session.exec(
            select(Checkin)
            .where(Checkin.participant_id == participant_id, col(Checkin.asked_at) <= now)
            .order_by(col(Checkin.asked_at).desc())
            .limit(recent)
        )
    ).all()
    next_meeting = (
        await session.exec(
            select(Meeting)
            .where(
                Meeting.participant_id == participant_id,
                Meeting.status == Status.BOOKED.value,
                col(Meeting.ends_at) > now,
            )
            .order_by(col(Meeting.starts_at))
            .limit(1)
        )
    ).first()
    last_missed = (
        await session.exec(
            select(Meeting)
            .where(
                Meeting.participant_id == participant_id,
                Meeting.status == Status.NO_SHOW.value,
            )
            .order_by(col(Meeting.starts_at).desc())
            .limit(1)
        )
    ).first()
    open_alerts = (
        await session.exec(
            select(func.count())
            .select_from(Alert)
            .where(Alert.participant_id == participant_id, col(Alert.handled_at).is_(None))
        )
    ).one()
    handled = (
        await session.exec(
            select(Alert)
            .where(Alert.participant_id == participant_id, col(Alert.handled_at).is_not(None))
            .order_by(col(Alert.handled_at).desc(), col(Alert.id).desc())
            .limit(recent)
        )
    ).all()
    return Card(
        checkins=list(checkins),
        next_meeting=next_meeting,
        last_missed=last_missed,
        open_alerts=int(open_alerts),
        handled=list(handled),
    )
