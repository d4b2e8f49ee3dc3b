"""Reminders and messages from staff to their participants: one, several or all of them.

A reminder is either a template (each reader gets it in their own language when it is sent)
or a text the staff member wrote (it goes out as written). Its row holds that content once;
the outbox holds one row per recipient that names the reminder by id, so the delivery
report is counted from the outbox itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Column, ForeignKey, Integer, String, delete, func
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import audit, outbox
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role, caseload, visible_people
from storage.types import UTCDateTime

REMINDER_PURPOSE = "lots-reminder"
# The outbox's reason for rows whose reminder its writer stopped.
CANCELLED = "cancelled"
TEXT_MAX = 1000
# Outbox rows are purged 30 days after they were due (scheduler housekeeping): a report
# older than that would count nothing, so the list of sent reminders stops there.
REPORT_DAYS = 30
# Each has a text `reminders-template-<code>` in every locale.
TEMPLATES: tuple[str, ...] = (
    "meeting-tomorrow",
    "bring-id",
    "self-assessment",
    "placement-monday",
    "call-me",
)


class Audience(StrEnum):
    ONE = "one"
    SEVERAL = "several"
    ALL = "all"


class Reminder(SQLModel, table=True):
    """What one staff member sent, to whom (reminder_recipient), and when it is due."""

    __tablename__ = "reminder"

    id: int | None = Field(default=None, primary_key=True)
    # The writer's words are theirs: erasing the staff member erases what they wrote.
    staff_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    audience: str = Field(sa_column=Column(String(8), nullable=False))
    template: str | None = Field(default=None, sa_column=Column(String(32)))
    text: str | None = Field(default=None, sa_column=Column(String(TEXT_MAX)))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class ReminderRecipient(SQLModel, table=True):
    """One participant a reminder went to; erased with them."""

    __tablename__ = "reminder_recipient"

    reminder_id: int = Field(
        sa_column=Column(Integer, ForeignKey("reminder.id", ondelete="CASCADE"), primary_key=True)
    )
    participant_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


def occurrence(reminder_id: int) -> str:
    """The outbox occurrence of a reminder: one message per recipient, ever."""
    return f"reminder:{reminder_id}"


def valid_content(template: str | None, text: str | None) -> bool:
    """Exactly one of a known template or a non-empty text within TEXT_MAX."""
    if template is not None:
        return text is None and template in TEMPLATES
    return text is not None and bool(text.strip()) and len(text) <= TEXT_MAX


def _deny(
    session: AsyncSession, *, actor: Actor, participant_ids: Sequence[int], now: datetime
) -> None:
    """One audit row per id the actor may not reach, noted for the end of the update (a
    screen re-checks the recipients too); the person named when they exist."""
    for participant_id in participant_ids:
        audit.note_for(
            session,
            actor=actor,
            now=now,
            action="deny:reminder",
            allowed=False,
            subject_id=participant_id,
            detail=f"participant:{participant_id}",
        )


def _reachable(actor: Actor) -> tuple[ColumnElement[bool], ...]:
    return (
        visible_people(actor),
        col(Person.role) == Role.PARTICIPANT.value,
        col(Person.active).is_(True),
    )


async def reachable(session: AsyncSession, *, actor: Actor, participant_id: int) -> Person | None:
    """One active participant the actor (staff) may send to; None otherwise (nothing audited:
    the caller refuses, and audits the refusal)."""
    if not actor.is_staff:
        return None
    found = await session.exec(
        select(Person).where(col(Person.id) == participant_id, *_reachable(actor))
    )
    return found.first()


async def recipients(
    session: AsyncSession, *, actor: Actor, participant_ids: Sequence[int], now: datetime
) -> list[Person]:
    """The active participants among `participant_ids` the actor may reach, by name.

    Any other id (another lots's participant, staff, a forged number) is left out and the
    denial audited.
    """
    wanted = sorted(set(participant_ids))
    if not actor.is_staff:
        _deny(session, actor=actor, participant_ids=wanted, now=now)
        return []
    found = list(
        (
            await session.exec(
                select(Person)
                .where(col(Person.id).in_(wanted), *_reachable(actor))
                .order_by(col(Person.display_name), col(Person.id))
            )
        ).all()
    )
    denied = [pid for pid in wanted if pid not in {p.id for p in found}]
    if denied:
        _deny(session, actor=actor, participant_ids=denied, now=now)
    return found


async def create(
    session: AsyncSession,
    *,
    actor: Actor,
    audience: Audience,
    participant_ids: Sequence[int],
    template: str | None,
    text: str | None,
    due_at: datetime,
    now: datetime,
) -> tuple[Reminder, list[Person]] | None:
    """Save a reminder and queue it for each recipient the actor may reach.

    `participant_ids` is ignored for Audience.ALL (the actor's whole caseload then). Returns
    None, with nothing queued, when the content is not valid or no one is left to send to.
    """
    if not valid_content(template, text):
        return None
    if audience is Audience.ALL:
        people = await caseload(session, actor=actor)
    else:
        people = await recipients(session, actor=actor, participant_ids=participant_ids, now=now)
    # A command writes its refusals now, whoever calls it.
    await audit.write_noted(session)
    if not people:
        return None
    reminder = Reminder(
        staff_id=actor.person_id,
        audience=audience.value,
        template=template,
        text=text,
        created_at=now,
        due_at=max(due_at, now),
    )
    session.add(reminder)
    await session.flush()
    assert reminder.id is not None
    ids = [person.id for person in people if person.id is not None]
    session.add_all(ReminderRecipient(reminder_id=reminder.id, participant_id=i) for i in ids)
    await outbox.enqueue_many(
        session,
        [
            outbox.Queued(
                recipient_id=i,
                purpose=REMINDER_PURPOSE,
                occurrence=occurrence(reminder.id),
                subject_id=reminder.id,
                due_at=reminder.due_at,
            )
            for i in ids
        ],
        now=now,
    )
    await session.commit()
    return reminder, people


async def sent_by(session: AsyncSession, *, actor: Actor, now: datetime) -> list[Reminder]:
    """The actor's own reminders of the last REPORT_DAYS, newest first."""
    rows = await session.exec(
        select(Reminder)
        .where(
            Reminder.staff_id == actor.person_id,
            col(Reminder.due_at) >= now - timedelta(days=REPORT_DAYS),
        )
        .order_by(col(Reminder.due_at).desc(), col(Reminder.id).desc())
    )
    return list(rows.all())


async def recipient_counts(session: AsyncSession, *, reminder_ids: Sequence[int]) -> dict[int, int]:
    """How many participants each reminder went to."""
    if not reminder_ids:
        return {}
    rows = await session.exec(
        select(ReminderRecipient.reminder_id, func.count())
        .where(col(ReminderRecipient.reminder_id).in_(reminder_ids))
        .group_by(col(ReminderRecipient.reminder_id))
    )
    return {reminder_id: count for reminder_id, count in rows.all()}


async def own_reminder(session: AsyncSession, *, actor: Actor, reminder_id: int) -> Reminder | None:
    """One of the actor's own reminders; None for anyone else's, or none at all."""
    found = await session.exec(
        select(Reminder).where(Reminder.id == reminder_id, Reminder.staff_id == actor.person_id)
    )
    return found.first()


async def cancel(
    session: AsyncSession, *, actor: Actor, reminder_id: int, now: datetime
) -> int | None:
    """Stop one of the actor's own reminders: whoever has not had it yet will not get it.

    Returns how many it no longer goes to (0 when it had reached everyone already); None,
    audited, for a reminder that is not theirs or does not exist (forged button data).
    """
    reminder = await own_reminder(session, actor=actor, reminder_id=reminder_id)
    if reminder is None or reminder.id is None:
        await audit.record_for(
            session, actor=actor, now=now, action="cancel:reminder", allowed=False
        )
        return None
    withdrawn = await outbox.withdraw(
        session, purpose=REMINDER_PURPOSE, occurrence=occurrence(reminder.id), reason=CANCELLED
    )
    await session.commit()
    return withdrawn


@dataclass(frozen=True, slots=True)
class Report:
    """Where a reminder stands, counted from its outbox rows."""

    reminder: Reminder
    recipients: int
    sent: int
    waiting: int
    unreached: int
    # Who it did not reach (blocked the bot, failed, or skipped: stopped, paused, too late).
    unreached_people: list[Person]
    # Stopped by its writer before it reached them.
    cancelled: int = 0


_WAITING = (outbox.Status.PENDING.value, outbox.Status.SENDING.value)
_UNREACHED = (outbox.Status.FAILED.value, outbox.Status.SKIPPED.value)


async def report(session: AsyncSession, *, actor: Actor, reminder_id: int) -> Report | None:
    """The delivery report of one of the actor's own reminders; None for anyone else's."""
    reminder = await own_reminder(session, actor=actor, reminder_id=reminder_id)
    if reminder is None or reminder.id is None:
        return None
    # coalesce: a skipped row without a reason must count as not reached, not vanish (NULL).
    cancelled = (col(OutboxMessage.status) == outbox.Status.SKIPPED.value) & (
        func.coalesce(col(OutboxMessage.last_error), "") == CANCELLED
    )
    mine = (
        col(OutboxMessage.purpose) == REMINDER_PURPOSE,
        col(OutboxMessage.occurrence) == occurrence(reminder.id),
    )
    counts: dict[str, int] = {
        status: count
        for status, count in (
            await session.exec(
                select(OutboxMessage.status, func.count())
                .where(*mine, ~cancelled)
                .group_by(col(OutboxMessage.status))
            )
        ).all()
    }
    stopped = (await session.exec(select(func.count()).where(*mine, cancelled))).one()
    unreached_people = list(
        (
            await session.exec(
                select(Person)
                .join(OutboxMessage, col(OutboxMessage.recipient_id) == col(Person.id))
                .where(*mine, col(OutboxMessage.status).in_(_UNREACHED), ~cancelled)
                .order_by(col(Person.display_name), col(Person.id))
            )
        ).all()
    )
    total = await recipient_counts(session, reminder_ids=[reminder.id])
    return Report(
        reminder=reminder,
        recipients=total.get(reminder.id, 0),
        sent=counts.get(outbox.Status.SENT.value, 0),
        waiting=sum(counts.get(status, 0) for status in _WAITING),
        unreached=sum(counts.get(status, 0) for status in _UNREACHED),
        unreached_people=unreached_people,
        cancelled=stopped,
    )


async def purge_old(session: AsyncSession, *, now: datetime) -> int:
    """Delete reminders due more than REPORT_DAYS ago, with their recipients (housekeeping).

    Their outbox rows go by the same age; what the lots wrote is not kept past its report.
    """
    result = await session.exec(
        delete(Reminder).where(col(Reminder.due_at) < now - timedelta(days=REPORT_DAYS))
    )
    await session.commit()
    return int(result.rowcount or 0)
