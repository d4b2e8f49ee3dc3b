"""People (participants, staff, admins), the participant -> staff link, and who may see whom."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from cachetools import LRUCache
from sqlalchemy import BigInteger, Column, ForeignKey, Integer, String, Table, bindparam
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.db import ALONE, as_loaded, get, table_of
from storage.types import UTCDateTime

logger = logging.getLogger(__name__)

DISPLAY_NAME_MAX = 64
# Control characters and invisible direction marks: nothing a name shows, much a forger hides.
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
# Outbox purpose: tell a staff member that their participant has joined.
JOINED_PURPOSE = "participant-joined"


class Role(StrEnum):
    PARTICIPANT = "participant"
    STAFF = "staff"
    ADMIN = "admin"


class Person(SQLModel, table=True):
    """Anyone who has joined through an invite (or is an admin by configuration)."""

    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_column=Column(BigInteger, unique=True, nullable=False))
    role: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    locale: str = Field(sa_column=Column(String(8), nullable=False))
    timezone: str = Field(sa_column=Column(String(64), nullable=False))
    display_name: str | None = Field(default=None, sa_column=Column(String(DISPLAY_NAME_MAX)))
    # A participant's own staff member. RESTRICT: staff leave only after their caseload moves.
    staff_id: int | None = Field(
        default=None,
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="RESTRICT"), index=True),
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))
    onboarded_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    active: bool = Field(default=True, nullable=False)
    # Quiet hours as "HH:MM" wall-clock times in `timezone`; None means the default setting.
    quiet_start: str | None = Field(default=None, sa_column=Column(String(5)))
    quiet_end: str | None = Field(default=None, sa_column=Column(String(5)))
    # "I'm sick / away": no messages to this person until then.
    paused_until: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # Set when Telegram says the person blocked the bot; cleared when they write again.
    unreachable_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    last_seen_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # "Stop": no message at all from the bot until they start again.
    stopped_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # When their programme ended: the retention period runs from here.
    ended_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # Archived (asked to be deleted where records must be kept): hidden, locked, erased then.
    erase_after: datetime | None = Field(default=None, sa_column=Column(UTCDateTime))
    # Staff: a work number they chose to share, so their participants can call with one tap
    # (E.164, see rules.phone). None: not shared.
    work_phone: str | None = Field(default=None, sa_column=Column(String(16)))


class NameTooLong(ValueError):
    pass


def clean_name(text: str) -> str:
    """A name as the person typed it, tidied; ValueError when it cannot be a name."""
    name = " ".join(_CONTROL.sub("", text).split())
    if len(name) > DISPLAY_NAME_MAX:
        raise NameTooLong
    if not name or not any(ch.isalpha() for ch in name):
        raise ValueError("no letters")
    return name


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting in this update, and with which role. Built once per update."""

    person_id: int
    telegram_id: int
    role: Role
    onboarded: bool
    # Has a name to go by (staff without one are asked for it before their menu).
    named: bool = True

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.STAFF, Role.ADMIN)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    @classmethod
    def of(cls, person: Person, admin_ids: frozenset[int] = frozenset()) -> Actor:
        """The actor for `person`; configured admin ids are admins whatever the record says."""
        assert person.id is not None
        role = Role.ADMIN if person.telegram_id in admin_ids else Role(person.role)
        return cls(
            person.id,
            person.telegram_id,
            role,
            person.onboarded_at is not None,
            bool(person.display_name),
        )


def locked_out(person: Person, admin_ids: frozenset[int] = frozenset()) -> bool:
    """A staff member an admin deactivated. Admins by configuration are never locked out."""
    return (
        not person.active
        and person.role != Role.PARTICIPANT.value
        and person.telegram_id not in admin_ids
    )


def visible_people(actor: Actor) -> ColumnElement[bool]:
    """The rows of `person` that `actor` may see: self; staff also their caseload; admins all.

    An archived record (asked to be deleted where records must be kept) is hidden from
    everyone until it is erased.
    """
    own = col(Person.id) == actor.person_id
    not_archived = col(Person.erase_after).is_(None)
    if actor.is_admin:
        return own | not_archived
    if actor.is_staff:
        return own | ((col(Person.staff_id) == actor.person_id) & not_archived)
    return own


# Who sends an update: read on every one, so built once and bound when it runs.
# A read that needs no transaction: on PostgreSQL it runs without BEGIN (storage.pg_driver).
_BY_TELEGRAM_ID = (
    select(Person)
    .where(col(Person.telegram_id) == bindparam("telegram_id"))
    .execution_options(**{ALONE: True})
)


async def get_by_telegram_id(session: AsyncSession, *, telegram_id: int) -> Person | None:
    result = await session.exec(_BY_TELEGRAM_ID, params={"telegram_id": telegram_id})
    return result.first()


# A count of changes to `person`, moved by triggers on SQLite (migration 0019; see PeopleCache).
person_change = Table(
    "person_change",
    SQLModel.metadata,
    Column("id", Integer, primary_key=True),
    Column("n", Integer, nullable=False),
)
# The count, then the schema's version: the triggers are checked again whenever the schema
# changed (a table rebuilt by a migration loses its triggers). In this order, a trigger
# dropped before the count was read shows in the version read after it.
_COUNT = "SELECT n FROM person_change WHERE id = 1"
_SCHEMA = "PRAGMA schema_version"
_TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'person'"
# The one column a change of which does not move the count: this process writes it (`touch`).
_UNWATCHED = "last_seen_at"
# Holds the sender's row for the update (a session's identity map holds objects weakly).
_SENDER = "lotsen_sender"


class PeopleCache:
    """The people who send updates, kept in this process while nobody changes anyone.

    The sender of every update was read with an ORM select (0.15 ms of CPU of a 2.4 ms
    questionnaire step, the session's own cost aside). A Core read of the few columns the
    identity needs costs about half that, but the menu, a check-in answer, practice and more
    read the sender's row again by key (`session.get`), which today finds it in the session;
    after a Core read each of those pays a load of its own (0.2 ms), so the cost only moves.
    Here the row is kept, and each update gets it into its session with `merge(load=False)`
    (SQLAlchemy's way for cached objects: no statement, 0.03-0.05 ms), so later reads of it
    stay free. Measured: a questionnaire step's CPU ratio to the echo went from 5.0 to 4.6
    (bench/README.md); a menu, which reads the sender again, did not get dearer.

    Kept only on SQLite, and only while nothing changed: before each update the count in
    `person_change` and the schema's version are read on a connection of this cache's own
    (sqlite3, on the event loop, 0.01-0.04 ms; through the engine's session a statement
    alone costs 0.08 ms). Triggers move
    the count with every insert, delete and update of any column but `last_seen_at`, whoever
    writes: this worker, `python -m bot staff deactivate` in another process, an erasure, the
    sender marking someone unreachable. A moved count drops everything kept, and what is kept
    carries the count it was read under, so a read that raced a change is never served. When
    the count cannot be read (a lock, a missing trigger, a trigger that no longer watches
    every column) nothing is kept and every update reads its sender, as before: a deactivated
    or archived person never acts on what was kept before the change.

    `last_seen_at` of a kept row is set here after this worker writes it (`seen`); another
    process does not write it. PostgreSQL has no cache: several workers would need to learn
    of each other's changes without a statement per update (LISTEN/NOTIFY), which is not
    built; there every update reads its sender, as before.
    """

    def __init__(self, path: str, *, maxsize: int = 2_000) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None
        # The schema version under which the triggers were last found in place.
        self._checked_schema: int | None = None
        self._off = False  # the triggers were found wanting (said once in the log)
        self._changed: tuple[int, int] | None = None
        # Telegram id -> ((schema version, count) it was read under, a detached copy).
        self._kept: LRUCache[int, tuple[tuple[int, int], Person]] = LRUCache(maxsize=maxsize)

    @classmethod
    def for_engine(cls, engine: AsyncEngine) -> PeopleCache | None:
        """A cache for the engine's SQLite file; None for PostgreSQL or a memory database."""
        url = make_url(str(engine.url))
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            return None
        return cls(url.database)

    async def sender(self, session: AsyncSession, *, telegram_id: int) -> Person | None:
        """The person with this Telegram id, in `session`, as `get_by_telegram_id` gives it."""
        changed = self._changes()
        if changed is None:
            self._kept.clear()
            return await get_by_telegram_id(session, telegram_id=telegram_id)
        if changed != self._changed:
            self._kept.clear()
            self._changed = changed
        kept = self._kept.get(telegram_id)
        if kept is not None and kept[0] == changed:
            # merge(load=False) does no I/O: called on the sync session, without the await
            # bridge AsyncSession.merge adds.
            merged = session.sync_session.merge(kept[1], load=False)
            session.info[_SENDER] = merged
            return merged
        person = await get_by_telegram_id(session, telegram_id=telegram_id)
        if person is not None:
            self._kept[telegram_id] = (changed, _detached_copy(person))
        return person

    def seen(self, person: Person) -> None:
        """`touch` wrote the person's last seen time: the kept row says so too."""
        kept = self._kept.get(person.telegram_id)
        if kept is not None:
            set_committed_value(kept[1], "last_seen_at", person.last_seen_at)
            set_committed_value(kept[1], "unreachable_at", person.unreachable_at)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _changes(self) -> tuple[int, int] | None:
        """(schema version, count) now, or None when it cannot be trusted: nothing is kept."""
        try:
            if self._connection is None:
                # Autocommit, so that no read keeps a snapshot; no busy wait on the event loop.
                self._connection = sqlite3.connect(
                    self.path, isolation_level=None, check_same_thread=False
                )
                self._connection.execute("PRAGMA busy_timeout=0")
                self._connection.execute("PRAGMA query_only=1")
            rows = self._connection.execute(_COUNT).fetchall()
            if not rows:
                return None
            count = rows[0][0]
            schema = self._connection.execute(_SCHEMA).fetchall()[0][0]
            if schema != self._checked_schema:
                if not self._triggers_in_place(self._connection):
                    return None
                self._checked_schema = schema
        except sqlite3.Error as error:
            # A lock or a file being replaced: read from the database this time, try again next.
            logger.info("people cache: change count unreadable (%s)", type(error).__name__)
            self.close()
            return None
        return int(schema), int(count)

    def _triggers_in_place(self, connection: sqlite3.Connection) -> bool:
        found = dict(connection.execute(_TRIGGERS).fetchall())
        if (
            found.get("person_change_insert") is None
            or found.get("person_change_delete") is None
            or watched_columns(found.get("person_change_update")) != _WATCHED
        ):
            if not self._off:
                logger.warning("people cache off: the triggers of person_change are not in place")
            self._off, self._checked_schema = True, None
            return False
        self._off = False
        return True


def watched_columns(trigger_sql: str | None) -> set[str]:
    """The columns of an `AFTER UPDATE OF a, b ON person` trigger."""
    match = re.search(r"UPDATE\s+OF\s+(.*?)\s+ON\s", trigger_sql or "", re.IGNORECASE | re.DOTALL)
    return {name.strip() for name in match.group(1).split(",")} if match else set()


_COLUMNS = tuple(column.name for column in table_of(Person).columns)
_WATCHED = set(_COLUMNS) - {_UNWATCHED}


def _detached_copy(person: Person) -> Person:
    """A copy of `person` that belongs to no session, as if just loaded (for `merge`)."""
    return as_loaded(Person, {name: getattr(person, name) for name in _COLUMNS})


async def get_visible(session: AsyncSession, *, actor: Actor, person_id: int) -> Person | None:
    """One person by id, or None when it does not exist or `actor` may not see it."""
    if person_id == actor.person_id:
        # Everyone may see themselves, and the update's session has usually read them.
        return await get(session, Person, person_id)
    result = await session.exec(
        select(Person).where(col(Person.id) == person_id, visible_people(actor))
    )
    return result.first()


async def get_visible_participant(
    session: AsyncSession, *, actor: Actor, participant_id: int
) -> Person | None:
    """One participant that `actor` may see (staff: their own; admins: any), or None."""
    result = await session.exec(
        select(Person).where(
            col(Person.id) == participant_id,
            visible_people(actor),
            Person.role == Role.PARTICIPANT.value,
        )
    )
    return result.first()


async def create_person(
    session: AsyncSession,
    *,
    telegram_id: int,
    role: Role,
    locale: str,
    timezone: str,
    now: datetime,
    staff_id: int | None = None,
    commit: bool = True,
) -> Person:
    person = Person(
        telegram_id=telegram_id,
        role=role.value,
        locale=locale,
        timezone=timezone,
        staff_id=staff_id,
        created_at=now,
    )
    session.add(person)
    if commit:
        await session.commit()
    else:
        await session.flush()
    return person


async def own(session: AsyncSession, actor: Actor) -> Person:
    """The acting member's own row (LookupError when it is gone)."""
    person = await session.get(Person, actor.person_id)
    if person is None:
        raise LookupError(f"person {actor.person_id} is gone")
    return person


async def set_locale(session: AsyncSession, *, actor: Actor, locale: str) -> Person:
    person = await own(session, actor)
    person.locale = locale
    await session.commit()
    return person


async def set_display_name(session: AsyncSession, *, actor: Actor, name: str | None) -> Person:
    person = await own(session, actor)
    person.display_name = name
    await session.commit()
    return person


async def set_work_phone(session: AsyncSession, *, actor: Actor, phone: str | None) -> bool:
    """Staff share a work number with their participants (None: share none). False for
    anyone else: a participant's number is never asked for."""
    if not actor.is_staff:
        return False
    person = await own(session, actor)
    person.work_phone = phone
    await session.commit()
    return True


async def forget_unfinished(session: AsyncSession, *, actor: Actor) -> bool:
    """Delete a person who declined the privacy notice before finishing onboarding."""
    person = await own(session, actor)
    if person.onboarded_at is not None:
        return False
    await session.delete(person)
    await session.commit()
    return True


async def caseload(session: AsyncSession, *, actor: Actor) -> list[Person]:
    """The participants a staff member works with (admins: everyone's), by name."""
    if not actor.is_staff:
        return []
    rows = await session.exec(
        select(Person)
        .where(
            visible_people(actor),
            Person.role == Role.PARTICIPANT.value,
            col(Person.active).is_(True),
        )
        .order_by(col(Person.display_name), col(Person.id))
    )
    return list(rows.all())


async def pause(session: AsyncSession, *, actor: Actor, until: datetime) -> Person:
    """No messages to this person until `until` ("I'm sick or away")."""
    person = await own(session, actor)
    person.paused_until = until
    await session.commit()
    return person


async def resume(session: AsyncSession, *, actor: Actor) -> Person:
    person = await own(session, actor)
    person.paused_until = None
    await session.commit()
    return person


async def touch(session: AsyncSession, *, person: Person, now: datetime, every: timedelta) -> bool:
    """Note that the person was active (at most once per `every`); they can be reached again.
    True when it was written."""
    if (
        person.last_seen_at is not None
        and now - person.last_seen_at < every
        and person.unreachable_at is None
    ):
        return False
    person.last_seen_at = now
    person.unreachable_at = None
    await session.commit()
    return True


async def set_quiet_hours(session: AsyncSession, *, actor: Actor, start: str, end: str) -> Person:
    """The person's own quiet hours, as "HH:MM" wall-clock times in their zone."""
    person = await own(session, actor)
    person.quiet_start, person.quiet_end = start, end
    await session.commit()
    return person


async def readers_of(session: AsyncSession, *, locales: list[str]) -> dict[int, str]:
    """Telegram id and locale of each active, unarchived member who reads one of `locales`."""
    if not locales:
        return {}
    result = await session.exec(
        select(Person.telegram_id, Person.locale).where(
            col(Person.locale).in_(locales),
            col(Person.active).is_(True),
            col(Person.erase_after).is_(None),
        )
    )
    return dict(result.all())
