"""People for the tests, made the way the app makes them, and their Telegram ids.

Amina and Yusuf are participants, Lina a lots, Omar another lots; Sofia (ADMIN_ID) the administrator.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage import booking, invites
from storage.db import SessionFactory
from storage.people import Actor, Person, Role
from tests.conftest import START
from tests.support.app import App

AMINA = 1001
YUSUF = 1002  # a second participant
LINA = 2001
OMAR = 2002


async def add_member(
    app: App,
    telegram_id: int,
    *,
    role: Role,
    name: str | None = None,
    locale: str = "sv",
    staff_id: int | None = None,
) -> Person:
    """A member who has finished onboarding."""
    async with app.session() as session:
        person = Person(
            telegram_id=telegram_id,
            role=role.value,
            locale=locale,
            timezone="Europe/Stockholm",
            display_name=name,
            staff_id=staff_id,
            created_at=app.clock.now(),
            onboarded_at=app.clock.now(),
        )
        session.add(person)
        await session.commit()
        return person


async def invite_code(
    app: App,
    *,
    role: Role = Role.PARTICIPANT,
    staff_id: int | None = None,
    ttl: timedelta = timedelta(days=14),
) -> str:
    async with app.session() as session:
        invite = await invites.create_invite(
            session, role=role, staff_id=staff_id, now=app.clock.now(), ttl=ttl
        )
        return invite.code


async def person_by_telegram_id(app: App, telegram_id: int) -> Person | None:
    async with app.session() as session:
        return (await session.exec(select(Person).where(Person.telegram_id == telegram_id))).first()


async def participants(
    factory: SessionFactory, count: int, *, staff_id: int | None = None
) -> list[int]:
    """`count` participants straight in the table (storage tests need no app), their ids."""
    async with factory() as session:
        people = [
            Person(
                telegram_id=500 + n,
                role="participant",
                locale="sv",
                timezone="Europe/Stockholm",
                created_at=START,
                onboarded_at=START,
                staff_id=staff_id,
            )
            for n in range(count)
        ]
        session.add_all(people)
        await session.commit()
        return [p.id for p in people if p.id is not None]


async def staff_member(factory: SessionFactory, *, telegram_id: int = 9000) -> Actor:
    """A staff member straight in the table (storage tests need no app), as an actor."""
    async with factory() as session:
        staff = Person(
            telegram_id=telegram_id,
            role="staff",
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            onboarded_at=START,
        )
        session.add(staff)
        await session.commit()
        assert staff.id is not None
        return Actor(staff.id, telegram_id, Role.STAFF, True)


async def add_weekday_hours(
    app: App, staff: Person, *, start: str = "09:00", end: str = "12:00"
) -> None:
    """Bookable hours for this staff member, Monday to Friday."""
    assert staff.id is not None
    async with app.session() as session:
        for weekday in range(5):
            await booking.add_window(
                session,
                actor=Actor(staff.id, staff.telegram_id, Role(staff.role), True),
                weekday=weekday,
                start=start,
                end=end,
            )
