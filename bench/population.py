"""Generated participants for benchmarks and load tests: one staff member and `count` people."""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from storage import checkins
from storage.people import Person, Role

LOCALES = ("sv", "en", "ar", "so", "ti", "fa", "prs", "uk")
FIRST_TELEGRAM_ID = 10_000_000


async def add_participants(
    session: AsyncSession, *, count: int, now: datetime, due: datetime
) -> None:
    """Participants in every language, no quiet hours, each with a check-in falling due at `due`."""
    staff = Person(
        telegram_id=1,
        role=Role.STAFF.value,
        locale="sv",
        timezone="Europe/Stockholm",
        created_at=now,
        onboarded_at=now,
    )
    session.add(staff)
    await session.flush()
    for n in range(count):
        person = Person(
            telegram_id=FIRST_TELEGRAM_ID + n,
            role=Role.PARTICIPANT.value,
            locale=LOCALES[n % 8],
            timezone="Europe/Stockholm",
            created_at=now,
            onboarded_at=now,
            last_seen_at=now,
            staff_id=staff.id,
            display_name=f"P{n}",
            quiet_start="00:00",
            quiet_end="00:00",
        )
        session.add(person)
        await session.flush()
        plan = await checkins.ensure_plan(session, participant=person, now=now)
        plan.next_due_at = due
    await session.commit()
