"""The audit log: staff reads and exports of participant data, and every denial."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, ForeignKey, Integer, String
from sqlmodel import Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.people import Actor, Person, get_visible_participant
from storage.types import UTCDateTime

# Room for a screen's name and the id asked for.
DETAIL_MAX = 255


class AuditEntry(SQLModel, table=True):
    """Who did what to whose data, and whether it was allowed. Ids only, never contents."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False, index=True))
    actor_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"), index=True),
    )
    actor_telegram_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    action: str = Field(sa_column=Column(String(64), nullable=False))
    subject_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"), index=True),
    )
    allowed: bool = Field(nullable=False)
    detail: str | None = Field(default=None, sa_column=Column(String(DETAIL_MAX)))


async def record(
    session: AsyncSession,
    *,
    now: datetime,
    action: str,
    allowed: bool,
    actor_id: int | None = None,
    actor_telegram_id: int | None = None,
    subject_id: int | None = None,
    detail: str | None = None,
    commit: bool = True,
) -> AuditEntry:
    """Write one audit row. `detail` carries ids or names of screens, never user content.

    A refusal's subject comes from what was asked for (forged data, or a person erased while
    a screen still showed them): it is named only when that person exists, so the row can
    be written at all; the id asked for is not kept otherwise.
    """
    if not allowed and subject_id is not None and await session.get(Person, subject_id) is None:
        subject_id = None
    entry = AuditEntry(
        at=now,
        actor_id=actor_id,
        actor_telegram_id=actor_telegram_id,
        action=action,
        subject_id=subject_id,
        allowed=allowed,
        detail=detail,
    )
    session.add(entry)
    if commit:
        await session.commit()
    return entry


async def record_for(
    session: AsyncSession,
    *,
    actor: Actor,
    now: datetime,
    action: str,
    allowed: bool,
    subject_id: int | None = None,
) -> AuditEntry:
    """An audit row for what a member did (or was refused)."""
    return await record(
        session,
        now=now,
        action=action,
        allowed=allowed,
        actor_id=actor.person_id,
        actor_telegram_id=actor.telegram_id,
        subject_id=subject_id,
    )


# Where a screen's reads wait, in the update's session, to be written after it is shown.
_NOTED = "audit_noted"


def note_for(
    session: AsyncSession,
    *,
    actor: Actor,
    now: datetime,
    action: str,
    allowed: bool,
    subject_id: int | None = None,
    detail: str | None = None,
) -> None:
    """Note what a screen showed a member (or refused them) without writing: screens only
    read, and the update's noted rows are written together by `write_noted` once it is
    handled."""
    noted: list[dict[str, object]] = session.info.setdefault(_NOTED, [])
    noted.append(
        {
            "now": now,
            "action": action,
            "allowed": allowed,
            "actor_id": actor.person_id,
            "actor_telegram_id": actor.telegram_id,
            "subject_id": subject_id,
            "detail": detail,
        }
    )


async def write_noted(session: AsyncSession) -> int:
    """Write the rows `note_for` kept in this session, in one unit of work; how many."""
    noted: list[dict[str, Any]] = session.info.pop(_NOTED, [])
    for row in noted:
        await record(session, commit=False, **row)
    if noted:
        await session.commit()
    return len(noted)


async def participant_for_staff(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    now: datetime,
    action: str,
    read: bool = False,
) -> Person | None:
    """The participant, when `actor` is staff who may see them; anyone else is refused, and
    the refusal audited as `action`: written here (committed), or for a `read` that a screen
    shows, noted for the end of the update (`note_for`)."""
    person = None
    if actor.is_staff:
        person = await get_visible_participant(session, actor=actor, participant_id=participant_id)
    if person is None and read:
        note_for(
            session, actor=actor, now=now, action=action, allowed=False, subject_id=participant_id
        )
    elif person is None:
        await record_for(
            session, actor=actor, now=now, action=action, allowed=False, subject_id=participant_id
        )
    return person


async def read_participant(
    session: AsyncSession, *, actor: Actor, participant_id: int, now: datetime, action: str
) -> Person | None:
    """The participant, for a screen that shows staff their data: the read, or its refusal,
    is noted for the audit log (`note_for`)."""
    person = await participant_for_staff(
        session, actor=actor, participant_id=participant_id, now=now, action=action, read=True
    )
    if person is not None:
        note_for(session, actor=actor, now=now, action=action, allowed=True, subject_id=person.id)
    return person


def as_csv(entries: list[AuditEntry]) -> str:
    """The audit log as CSV: when, who, what, about whom, allowed or refused. Ids only."""
    import csv
    import io

    fields = [
        "id",
        "at",
        "actor_id",
        "actor_telegram_id",
        "action",
        "subject_id",
        "allowed",
        "detail",
    ]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    for entry in entries:
        row = entry.model_dump()
        row["at"] = entry.at.isoformat()
        writer.writerow({name: row[name] for name in fields})
    return out.getvalue()


async def entries_since(session: AsyncSession, *, since: datetime | None) -> list[AuditEntry]:
    from sqlmodel import col, select

    statement = select(AuditEntry).order_by(col(AuditEntry.at), col(AuditEntry.id))
    if since is not None:
        statement = statement.where(col(AuditEntry.at) >= since)
    return list((await session.exec(statement)).all())
