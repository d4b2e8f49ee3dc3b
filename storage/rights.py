"""A participant's rights over their data: see it, take it with them, stop, and be forgotten.

What is "about" a participant is found by walking the schema, not by a list kept by hand:
every row whose foreign key points at their `person` row, then every row pointing at those,
and so on; plus the two places that name them by Telegram id (dialog state and the audit
log's actor column). A table added later is covered without touching this module.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, or_, update
from sqlalchemy import select as core_select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql.schema import Column
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import outbox
from storage.audit import AuditEntry
from storage.fsm import FsmRecord
from storage.people import Actor, Person, Role
from storage.programme import FACTS as REPORT_FACTS
from storage.schema import metadata

logger = logging.getLogger(__name__)

STOPPED_PURPOSE = "participant-stopped"
DELETED_PURPOSE = "participant-deleted"
ARCHIVED_PURPOSE = "participant-archived"
# Where a person is named by their Telegram id rather than a foreign key.
TELEGRAM_ID_COLUMNS = (("fsm_state", "user_id"), ("audit_entry", "actor_telegram_id"))


def _references(table: Table) -> list[tuple[Column[Any], Table]]:
    """(column, the table it points at) for every foreign key of `table`."""
    return [(fk.parent, fk.column.table) for fk in table.foreign_keys]


async def rows_about(session: AsyncSession, person: Person) -> dict[str, list[dict[str, Any]]]:
    """Every row in the database about one person, by table (their own `person` row too)."""
    assert person.id is not None
    person_table = metadata.tables["person"]
    connection = await session.connection()
    found: dict[str, list[dict[str, Any]]] = {person_table.name: [_plain(person_row(person))]}
    keys: dict[str, set[Any]] = {person_table.name: {person.id}}
    # Breadth first through the tables that point at rows already found.
    changed = True
    while changed:
        changed = False
        for table in metadata.sorted_tables:
            if table.name == person_table.name:
                continue
            conditions = [
                column.in_(keys[target.name])
                for column, target in _references(table)
                if keys.get(target.name)
            ]
            if not conditions:
                continue
            rows = (
                (await connection.execute(core_select(table).where(or_(*conditions))))
                .mappings()
                .all()
            )
            primary = list(table.primary_key.columns)
            known = {
                json.dumps([str(r[c.name]) for c in primary]) for r in found.get(table.name, [])
            }
            for row in rows:
                marker = json.dumps([str(row[c.name]) for c in primary])
                if marker in known:
                    continue
                found.setdefault(table.name, []).append(_plain(dict(row)))
                known.add(marker)
                if len(primary) == 1:
                    keys.setdefault(table.name, set()).add(row[primary[0].name])
                    changed = True
    for table_name, column in TELEGRAM_ID_COLUMNS:
        table = metadata.tables[table_name]
        rows = (
            (
                await connection.execute(
                    core_select(table).where(table.c[column] == person.telegram_id)
                )
            )
            .mappings()
            .all()
        )
        for row in rows:
            plain = _plain(dict(row))
            if plain not in found.setdefault(table.name, []):
                found[table.name].append(plain)
    return {name: rows for name, rows in found.items() if rows}


def person_row(person: Person) -> dict[str, Any]:
    return person.model_dump()


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready values: times as ISO 8601 (UTC), the rest as they are."""
    return {
        key: value.isoformat() if isinstance(value, datetime | date) else value
        for key, value in row.items()
    }


async def export(session: AsyncSession, *, actor: Actor) -> bytes:
    """Everything stored about the acting person, as one JSON document."""
    person = await session.get(Person, actor.person_id)
    assert person is not None
    tables = _without_others(await rows_about(session, person), person)
    document = {"format": "lotsen-export-1", "tables": tables}
    return json.dumps(document, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def _without_others(
    tables: dict[str, list[dict[str, Any]]], person: Person
) -> dict[str, list[dict[str, Any]]]:
    """Her rows as she may have them: whatever names someone else is blanked.

    Rows about her can name others: her lots on an alert or a meeting, the staff member who
    read her card in the audit log, a colleague's chat where a notice about her went. What
    they say about her stays; who the others are does not.
    """
    person_columns = {
        (table.name, fk.parent.name)
        for table in metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "person"
    }
    telegram_columns = set(TELEGRAM_ID_COLUMNS)
    cleaned: dict[str, list[dict[str, Any]]] = {}
    for table, rows in tables.items():
        cleaned[table] = []
        for row in rows:
            row = dict(row)
            for column, value in row.items():
                someone_else = (
                    (table, column) in person_columns and value not in (None, person.id)
                ) or (
                    (table, column) in telegram_columns and value not in (None, person.telegram_id)
                )
                if someone_else:
                    row[column] = None
            if table == "outbox" and row.get("recipient_id") is None:
                row["telegram_message_id"] = None  # a message id in someone else's chat
            if table == "lots_message" and row.get("chat_id") != person.telegram_id:
                # Her lots's answer lives in the lots's chat: neither it nor its id is hers.
                row["chat_id"] = row["message_id"] = None
            cleaned[table].append(row)
    return cleaned


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts of what is stored, for the plain-words view."""

    checkins: int
    assessments: int
    meetings: int
    practice: int
    messages: int
    audit: int
    # Kept about her by others: the steps of her plan, alerts her check-ins raised for her
    # lots, and the facts her lots recorded for the programme report.
    plan_steps: int = 0
    alerts: int = 0
    report_facts: int = 0
    # Messages on the line with her lots, both ways (kept by their Telegram ids).
    lots_messages: int = 0


async def summary(session: AsyncSession, *, actor: Actor) -> Summary:
    person = await session.get(Person, actor.person_id)
    assert person is not None
    rows = await rows_about(session, person)

    def count(*tables: str) -> int:
        return sum(len(rows.get(table, [])) for table in tables)

    return Summary(
        checkins=count("checkin"),
        assessments=count("assessment_round"),
        meetings=count("meeting"),
        practice=count("practice_review"),
        # Messages to her; notices about her to her lots are in the export, not counted here.
        messages=sum(1 for r in rows.get("outbox", []) if r["recipient_id"] == person.id),
        audit=count("audit_entry"),
        plan_steps=count("action_plan_step"),
        alerts=count("alert"),
        report_facts=sum(
            1
            for row in rows.get("report_facts", [])
            for fact in REPORT_FACTS
            if row.get(fact) is not None
        ),
        lots_messages=count("lots_message"),
    )


# -- stop -----------------------------------------------------------------------------------


async def stop(session: AsyncSession, *, actor: Actor, now: datetime) -> Person:
    """No message at all from the bot until they start again; their lots is told."""
    person = await session.get(Person, actor.person_id)
    assert person is not None
    if person.stopped_at is None:
        person.stopped_at = now
        if person.staff_id is not None and actor.role is Role.PARTICIPANT:
            await outbox.enqueue(
                session,
                recipient_id=person.staff_id,
                purpose=STOPPED_PURPOSE,
                occurrence=f"stopped-{now.isoformat()}",
                subject_id=person.id,
                about_id=person.id,
                due_at=now,
                now=now,
            )
    await session.commit()
    return person


async def start_again(session: AsyncSession, *, actor: Actor) -> Person:
    person = await session.get(Person, actor.person_id)
    assert person is not None
    person.stopped_at = None
    await session.commit()
    return person


# -- deletion and retention ---------------------------------------------------------------


async def erase(session: AsyncSession, *, person_id: int) -> bool:
    """Delete everything about one person now (no commit). Their lots is not named anything.

    The database cascades from their `person` row; what names them by Telegram id goes too
    (their dialog state; their Telegram id in audit rows, which keep what staff did).
    """
    person = await session.get(Person, person_id)
    if person is None:
        return False
    telegram_id = person.telegram_id
    await session.exec(delete(FsmRecord).where(FsmRecord.user_id == telegram_id))  # type: ignore[arg-type]
    await session.exec(
        update(AuditEntry)
        .where(AuditEntry.actor_telegram_id == telegram_id)  # type: ignore[arg-type]
        .values(actor_telegram_id=None)
    )
    await session.delete(person)
    await session.flush()
    return True


async def forget_me(
    session: AsyncSession, *, actor: Actor, now: datetime, archive_days: int | None
) -> str:
    """The participant asks to be deleted. Returns "deleted" or "archived".

    With `archive_days` (a municipality that must keep records), the record is hidden and
    locked now and erased when that period ends; otherwise everything goes at once. Their
    lots is told, without any of the contents.
    """
    person = await session.get(Person, actor.person_id)
    assert person is not None and person.id is not None
    if person.erase_after is not None:  # already archived: the date it goes does not move
        return "archived"
    if archive_days is not None:
        person.active = False
        person.stopped_at = person.stopped_at or now
        person.erase_after = now + timedelta(days=archive_days)
        if person.staff_id is not None:
            # About them (about_id): erased with them, so it never names anyone else.
            await outbox.enqueue(
                session,
                recipient_id=person.staff_id,
                purpose=ARCHIVED_PURPOSE,
                occurrence=f"archived-{person.id}",
                subject_id=person.id,
                about_id=person.id,
                due_at=now,
                now=now,
            )
        await session.commit()
        return "archived"
    if person.staff_id is not None:
        # It must outlive them, so it carries nothing about them: no subject, no about_id
        # (a database may give their id to someone new).
        await outbox.enqueue(
            session,
            recipient_id=person.staff_id,
            purpose=DELETED_PURPOSE,
            occurrence=f"deleted-{uuid.uuid4().hex}",
            subject_id=None,
            due_at=now,
            now=now,
        )
    await erase(session, person_id=person.id)
    await session.commit()
    return "deleted"


async def due_for_erasure(
    session: AsyncSession, *, now: datetime, retention_days: int
) -> list[Person]:
    """People whose retention has run out: archived ones past their date, and participants
    whose programme ended more than `retention_days` ago."""
    archived = col(Person.erase_after).is_not(None) & (col(Person.erase_after) <= now)
    ended = (
        (col(Person.role) == Role.PARTICIPANT.value)
        & col(Person.ended_at).is_not(None)
        & (col(Person.ended_at) <= now - timedelta(days=retention_days))
    )
    rows = await session.exec(select(Person).where(archived | ended).order_by(col(Person.id)))
    return list(rows.all())


async def apply_retention(
    session: AsyncSession, *, now: datetime, retention_days: int
) -> list[int]:
    """Erase everyone past their retention. Returns the Telegram ids erased, so the caller can
    clear dialog state kept outside the database (Redis).

    Each person in a savepoint of their own: one who cannot go yet (a staff member who
    still has participants) is logged and left, and the others still go.
    """
    erased: list[int] = []
    for person in await due_for_erasure(session, now=now, retention_days=retention_days):
        assert person.id is not None
        person_id, telegram_id = person.id, person.telegram_id
        try:
            async with session.begin_nested():
                await erase(session, person_id=person_id)
        except IntegrityError:
            logger.warning("person %s is past retention but still referenced; kept", person_id)
            continue
        erased.append(telegram_id)
    await session.commit()
    return erased


def audit_rows(entries: Iterable[AuditEntry]) -> list[dict[str, Any]]:
    return [_plain(entry.model_dump()) for entry in entries]
