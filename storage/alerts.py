"""Alerts: a participant needs contact. They name the kind of concern, never the answers."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import Column, ForeignKey, Index, Integer, String, UniqueConstraint, func
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.questions import cause_of
from storage import outbox
from storage.db import upsert_insert
from storage.people import Actor, Person, Role
from storage.types import UTCDateTime

ALERT_PURPOSE = "alert"
# What the lots may write when they mark an alert handled: a line, not a case file.
NOTE_MAX = 300


class Kind(StrEnum):
    LOW_MOOD = "low-mood"
    WANTS_CONTACT = "wants-contact"
    MESSAGE = "message"
    NO_ANSWER = "no-answer"
    INACTIVE = "inactive"
    UNREACHABLE = "unreachable"
    ASSESSMENT = "assessment"
    # A participant asks about one of the municipality's answers (its number in the cause).
    QUESTION = "question"


class Asked(StrEnum):
    """What came of asking the lots about a question."""

    SENT = "sent"
    ALREADY = "already"  # the same question, the same day: the lots has it
    NO_LOTS = "no-lots"


class Alert(SQLModel, table=True):
    __tablename__ = "alert"
    __table_args__ = (
        Index("ix_alert_staff_open", "staff_id", "handled_at"),
        # One alert per cause: two ticks at once (two workers) cannot raise it twice.
        UniqueConstraint("participant_id", "kind", "cause", name="uq_alert_cause"),
    )

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    staff_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    kind: str = Field(sa_column=Column(String(32), nullable=False))
    # What raised it, so the same cause never raises two alerts (a check-in id, a date).
    cause: str = Field(sa_column=Column(String(64), nullable=False))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    handled_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    handled_by_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    note: str | None = Field(default=None, sa_column=Column(String(500)))


async def raise_alert(
    session: AsyncSession, *, participant: Person, kind: Kind, cause: str, now: datetime
) -> Alert | None:
    """Open an alert for the participant's staff member and queue a notice to them.

    In the caller's transaction. None when the participant has no staff member, or when
    this cause already raised this kind of alert.
    """
    if participant.staff_id is None or participant.id is None:
        return None
    insert = upsert_insert(session)
    statement = (
        insert(Alert)
        .values(
            participant_id=participant.id,
            staff_id=participant.staff_id,
            kind=kind.value,
            cause=cause,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["participant_id", "kind", "cause"])
        .returning(Alert.id)
    )
    alert_id = (await session.exec(statement)).scalar()
    if alert_id is None:
        return None  # this cause already raised this alert
    alert = await session.get(Alert, alert_id)
    assert alert is not None and alert.id is not None
    await outbox.enqueue(
        session,
        recipient_id=participant.staff_id,
        purpose=ALERT_PURPOSE,
        occurrence=f"alert-{alert.id}",
        subject_id=alert.id,
        about_id=participant.id,
        due_at=now,
        now=now,
    )
    return alert


async def ask_lots(
    session: AsyncSession, *, actor: Actor, question_id: int, now: datetime
) -> Asked:
    """A participant asks their lots about one of the municipality's answers: an alert that
    names the question, once per question and day (the participant's day)."""
    person = await session.get(Person, actor.person_id)
    if actor.role is not Role.PARTICIPANT or person is None or person.staff_id is None:
        return Asked.NO_LOTS
    day = now.astimezone(ZoneInfo(person.timezone)).date()
    alert = await raise_alert(
        session,
        participant=person,
        kind=Kind.QUESTION,
        cause=cause_of(question_id, day),
        now=now,
    )
    await session.commit()
    return Asked.SENT if alert is not None else Asked.ALREADY


def _scope(actor: Actor):  # type: ignore[no-untyped-def]
    """Staff see the alerts of their own caseload; admins all. Never an archived person's."""
    archived = select(Person.id).where(col(Person.erase_after).is_not(None))
    visible = col(Alert.participant_id).not_in(archived)
    if actor.is_admin:
        return visible
    return (col(Alert.staff_id) == actor.person_id) & visible


async def open_alerts(session: AsyncSession, *, actor: Actor) -> list[tuple[Alert, Person]]:
    rows = await session.exec(
        select(Alert, Person)
        .join(Person, col(Person.id) == Alert.participant_id)
        .where(_scope(actor), col(Alert.handled_at).is_(None))
        .order_by(col(Alert.created_at).desc())
    )
    return list(rows.all())


async def count_open(session: AsyncSession, *, actor: Actor) -> int:
    result = await session.exec(
        select(func.count())
        .select_from(Alert)
        .where(_scope(actor), col(Alert.handled_at).is_(None))
    )
    return int(result.one())


async def get_alert(
    session: AsyncSession, *, actor: Actor, alert_id: int
) -> tuple[Alert, Person] | None:
    row = await session.exec(
        select(Alert, Person)
        .join(Person, col(Person.id) == Alert.participant_id)
        .where(col(Alert.id) == alert_id, _scope(actor))
    )
    return row.first()


async def mark_handled(
    session: AsyncSession, *, actor: Actor, alert_id: int, now: datetime, note: str | None = None
) -> bool:
    """Close an alert of the actor's (with a short note of what was done). False when not theirs."""
    if note is not None and len(note) > NOTE_MAX:
        raise ValueError("note too long")
    found = await get_alert(session, actor=actor, alert_id=alert_id)
    if found is None:
        return False
    alert = found[0]
    if alert.handled_at is None:
        alert.handled_at = now
        alert.handled_by_id = actor.person_id
        alert.note = note
    await session.commit()
    return True
