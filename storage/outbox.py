"""The outbox: one row per message to send, claimed and delivered by the sender.

A row names its recipient, purpose and occurrence; that triple is unique, so a feature can
queue the same message twice and it is still sent once. Rows carry ids, never texts: the
message is rendered in the recipient's language when it is sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    bindparam,
    delete,
    or_,
    update,
)
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.db import table_of, upsert_insert
from storage.types import UTCDateTime

_Row = TypeVar("_Row", bound=SQLModel)


class Status(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class OutboxMessage(SQLModel, table=True):
    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("recipient_id", "purpose", "occurrence", name="uq_outbox_occurrence"),
        Index("ix_outbox_status_due", "status", "due_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    recipient_id: int = Field(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False)
    )
    purpose: str = Field(sa_column=Column(String(32), nullable=False))
    occurrence: str = Field(sa_column=Column(String(64), nullable=False))
    # What the message is about (a check-in, an alert, a participant): the renderer's input.
    subject_id: int | None = Field(default=None, sa_column=Column(Integer))
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    due_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    # The participant a message to staff is about: deleting them deletes it too.
    about_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), index=True),
    )
    status: str = Field(default=Status.PENDING.value, sa_column=Column(String(16), nullable=False))
    attempts: int = Field(default=0, nullable=False)
    claimed_by: str | None = Field(default=None, sa_column=Column(String(36)))
    lease_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    last_error: str | None = Field(default=None, sa_column=Column(String(255)))
    sent_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    telegram_message_id: int | None = Field(default=None, sa_column=Column(BigInteger))


@dataclass(frozen=True, slots=True)
class Queued:
    """One message to queue: who gets it, what it is for, and when it is due."""

    recipient_id: int
    purpose: str
    occurrence: str
    due_at: datetime
    subject_id: int | None = None
    about_id: int | None = None


async def enqueue(
    session: AsyncSession,
    *,
    recipient_id: int,
    purpose: str,
    occurrence: str,
    due_at: datetime,
    now: datetime,
    subject_id: int | None = None,
    about_id: int | None = None,
) -> None:
    """Queue a message in the caller's transaction; a second call for the same occurrence is a no-op.

    The caller commits, together with the change the message is about.
    """
    await enqueue_many(
        session,
        [Queued(recipient_id, purpose, occurrence, due_at, subject_id, about_id)],
        now=now,
    )


# Rows per INSERT: 9 parameters each stay far below what a statement may carry (asyncpg
# 32,767; SQLite as built by default 32,766), however many a reminder queue finds at once.
ENQUEUE_CHUNK = 1_000


async def enqueue_many(session: AsyncSession, messages: Sequence[Queued], *, now: datetime) -> None:
    """Queue several messages in few statements (a round trip per ENQUEUE_CHUNK), each as
    `enqueue` would."""
    for start in range(0, len(messages), ENQUEUE_CHUNK):
        await _enqueue_chunk(session, messages[start : start + ENQUEUE_CHUNK], now=now)


async def _enqueue_chunk(
    session: AsyncSession, messages: Sequence[Queued], *, now: datetime
) -> None:
    # One statement with many sets of values, compiled once: a VALUES list written into the
    # statement is compiled again for every chunk, on the event loop (about 40 ms for 500).
    insert = upsert_insert(session)
    statement = insert(table_of(OutboxMessage)).on_conflict_do_nothing(
        index_elements=["recipient_id", "purpose", "occurrence"]
    )
    await session.exec(
        statement,
        params=[
            {
                "recipient_id": message.recipient_id,
                "purpose": message.purpose,
                "occurrence": message.occurrence,
                "subject_id": message.subject_id,
                "about_id": message.about_id,
                "created_at": now,
                "due_at": message.due_at,
                "status": Status.PENDING.value,
                "attempts": 0,
            }
            for message in messages
        ],
    )


async def claim_due(
    session: AsyncSession, *, now: datetime, limit: int, lease: timedelta
) -> list[OutboxMessage]:
    """Claim up to `limit` due rows for this sender, and rows whose lease ran out (a crash).

    On PostgreSQL, concurrent senders skip each other's rows (FOR UPDATE SKIP LOCKED);
    SQLite has one writer at a time, so the conditional UPDATE alone is enough there.
    """
    token = str(uuid.uuid4())
    claimable = or_(
        (col(OutboxMessage.status) == Status.PENDING.value) & (col(OutboxMessage.due_at) <= now),
        (col(OutboxMessage.status) == Status.SENDING.value)
        & (col(OutboxMessage.lease_until) < now),
    )
    candidates = (
        select(OutboxMessage.id)
        .where(claimable)
        .order_by(col(OutboxMessage.due_at), col(OutboxMessage.id))
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list((await session.exec(candidates)).all())
    if not ids:
        await session.commit()
        return []
    await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id).in_(ids), claimable)
        .values(status=Status.SENDING.value, claimed_by=token, lease_until=now + lease)
    )
    await session.commit()
    rows = await session.exec(
        select(OutboxMessage)
        .where(OutboxMessage.claimed_by == token, OutboxMessage.status == Status.SENDING.value)
        .order_by(col(OutboxMessage.due_at), col(OutboxMessage.id))
    )
    return list(rows.all())


async def _set(session: AsyncSession, message_id: int, **values: object) -> None:
    await session.exec(
        update(OutboxMessage).where(col(OutboxMessage.id) == message_id).values(**values)
    )
    await session.commit()


@dataclass(frozen=True, slots=True)
class Sent:
    """One message Telegram took: its row, Telegram's id for it, and when."""

    message_id: int
    telegram_message_id: int | None
    at: datetime


# The table itself, not the ORM entity: an UPDATE run for a list of rows is then a plain
# executemany (the ORM would take a list as its bulk update by primary key).
_TABLE = table_of(OutboxMessage)
# Built once: marking sent is the statement the sender runs most, once per message.
_MARK_SENT = (
    update(_TABLE)
    .where(_TABLE.c.id == bindparam("m_id"))
    .values(
        status=Status.SENT.value,
        sent_at=bindparam("m_at", type_=UTCDateTime),
        lease_until=None,
        telegram_message_id=bindparam("m_telegram_id"),
        attempts=_TABLE.c.attempts + 1,
    )
)


async def mark_sent_many(session: AsyncSession, sent: Sequence[Sent]) -> None:
    """Mark rows sent (status, when, Telegram's id, one attempt more) in one transaction,
    one statement run for each row: all of them, or, if it fails, none."""
    if not sent:
        return
    await session.exec(
        _MARK_SENT,
        params=[
            {"m_id": s.message_id, "m_at": s.at, "m_telegram_id": s.telegram_message_id}
            for s in sent
        ],
    )
    await session.commit()


async def mark_retry(
    session: AsyncSession, *, message_id: int, due_at: datetime, error: str | None, attempt: bool
) -> None:
    """Back to pending at `due_at`. `attempt` counts this try towards giving up."""
    values: dict[str, object] = {
        "status": Status.PENDING.value,
        "due_at": due_at,
        "lease_until": None,
        "claimed_by": None,
    }
    if attempt:
        values["attempts"] = OutboxMessage.attempts + 1
        values["last_error"] = error
    await _set(session, message_id, **values)


async def mark_failed(session: AsyncSession, *, message_id: int, reason: str) -> None:
    await _set(
        session,
        message_id,
        status=Status.FAILED.value,
        last_error=reason[:255],
        lease_until=None,
        attempts=OutboxMessage.attempts + 1,
    )


async def mark_skipped(session: AsyncSession, *, message_id: int, reason: str) -> None:
    await _set(
        session, message_id, status=Status.SKIPPED.value, last_error=reason[:255], lease_until=None
    )


async def withdraw(session: AsyncSession, *, purpose: str, occurrence: str, reason: str) -> int:
    """Skip every row of one message still waiting to be sent (the caller commits). A row a
    sender has already claimed is on its way and goes. Returns how many were withdrawn."""
    result = await session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.purpose) == purpose,
            col(OutboxMessage.occurrence) == occurrence,
            col(OutboxMessage.status) == Status.PENDING.value,
        )
        .values(status=Status.SKIPPED.value, last_error=reason)
    )
    return int(result.rowcount or 0)


async def release(session: AsyncSession, *, message_ids: list[int]) -> None:
    """Hand claimed rows back untouched (a clean shutdown before they were sent)."""
    if not message_ids:
        return
    await session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.id).in_(message_ids),
            col(OutboxMessage.status) == Status.SENDING.value,
        )
        .values(status=Status.PENDING.value, lease_until=None, claimed_by=None)
    )
    await session.commit()


async def purge_finished(session: AsyncSession, *, before: datetime) -> int:
    """Delete rows that were sent, skipped or failed before `before`."""
    result = await session.exec(
        delete(OutboxMessage).where(
            col(OutboxMessage.status).in_(
                [Status.SENT.value, Status.SKIPPED.value, Status.FAILED.value]
            ),
            col(OutboxMessage.due_at) < before,
        )
    )
    await session.commit()
    return int(result.rowcount or 0)


async def has_due_or_in_flight(session: AsyncSession, *, now: datetime) -> bool:
    """Whether a row is due now or still in flight (on lease)."""
    row = await session.exec(
        select(OutboxMessage.id)
        .where(
            or_(
                (col(OutboxMessage.status) == Status.PENDING.value)
                & (col(OutboxMessage.due_at) <= now),
                col(OutboxMessage.status) == Status.SENDING.value,
            )
        )
        .limit(1)
    )
    return row.first() is not None


async def load_subject(
    session: AsyncSession, model: type[_Row], subject_id: int | None
) -> _Row | None:
    """The row an outbox message is about (a check-in, an alert, a person), if it still exists.

    For the sender only: it delivers to the recipient the row names, so no actor scoping.
    """
    if subject_id is None:
        return None
    return await session.get(model, subject_id)
