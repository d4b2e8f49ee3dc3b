"""Generated participants for benchmarks and load tests: one staff member and `count` people."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert as insert_into
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import checkins
from storage.assessments import AssessmentPlan, AssessmentRound
from storage.checkins import CheckinPlan
from storage.outbox import OutboxMessage
from storage.people import Person, Role
from storage.practice import PracticeProfile
from storage.programme import ProgrammeExit

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


async def add_population(
    engine: AsyncEngine,
    *,
    count: int,
    now: datetime,
    per_staff: int = 1_000,
    weeks: int = 4,
    rounds: int = 1,
    ended: int = 0,
) -> None:
    """A region's worth of history in bulk (one INSERT per table and batch, not per row).

    `count` onboarded participants, `per_staff` to a staff member, each with a weekly check-in
    plan due some time in the coming week, `weeks` answered check-ins behind them with the
    outbox rows that carried them, a self-assessment plan and `rounds` rounds four weeks apart
    (13 are a year; one in twenty of the older ones never finished, reminded once), and, for
    every second one, a practice track with a prompt time. `ended` of them (one in
    `count // ended`) left their programme long ago and answered the six-month question.
    Nothing is due at `now`.
    """
    staff_count = -(-count // per_staff)
    rng = random.Random(20261128)

    async def insert(table: Any, rows: list[dict[str, Any]]) -> None:
        for start in range(0, len(rows), 5_000):
            async with engine.begin() as connection:
                await connection.execute(insert_into(table), rows[start : start + 5_000])

    staff = [
        {
            "id": n + 1,
            "telegram_id": n + 1,
            "role": Role.STAFF.value,
            "locale": "sv",
            "timezone": "Europe/Stockholm",
            "created_at": now,
            "onboarded_at": now,
            "active": True,
        }
        for n in range(staff_count)
    ]
    await insert(Person.__table__, staff)
    people = [
        {
            "id": staff_count + n + 1,
            "telegram_id": FIRST_TELEGRAM_ID + n,
            "role": Role.PARTICIPANT.value,
            "locale": LOCALES[n % 8],
            "timezone": "Europe/Stockholm",
            "display_name": f"P{n}",
            "staff_id": n // per_staff + 1,
            "created_at": now - timedelta(weeks=weeks),
            "onboarded_at": now - timedelta(weeks=weeks),
            "last_seen_at": now - timedelta(hours=rng.randint(1, 100)),
            "active": True,
            "quiet_start": "00:00",
            "quiet_end": "00:00",
        }
        for n in range(count)
    ]
    await insert(Person.__table__, people)
    ids = [row["id"] for row in people]
    week = timedelta(weeks=1)

    def soon() -> datetime:
        # From an hour on: nothing falls due by itself while a benchmark runs.
        return now + timedelta(hours=1) + timedelta(seconds=rng.randint(0, 7 * 24 * 3600))

    plans = []
    for person_id in ids:
        due = soon()
        plans.append(
            {
                "participant_id": person_id,
                "every_days": 7,
                "weekday": due.weekday(),
                "at_time": "10:00",
                "active": True,
                "next_due_at": due,
                "next_occurrence": due.date().isoformat(),
            }
        )
    await insert(CheckinPlan.__table__, plans)
    history, sent = [], []
    for plan in plans:
        for back in range(1, weeks + 1):
            asked = plan["next_due_at"] - back * week
            history.append(
                {
                    "participant_id": plan["participant_id"],
                    "occurrence": asked.date().isoformat(),
                    "asked_at": asked,
                    "answered_at": asked + timedelta(minutes=rng.randint(1, 600)),
                    "mood": rng.randint(1, 5),
                }
            )
            sent.append(
                {
                    "recipient_id": plan["participant_id"],
                    "purpose": checkins.CHECKIN_PURPOSE,
                    "occurrence": asked.date().isoformat(),
                    "created_at": asked,
                    "due_at": asked,
                    "status": "sent",
                    "attempts": 1,
                    "sent_at": asked,
                }
            )
    await insert(checkins.Checkin.__table__, history)
    await insert(OutboxMessage.__table__, sent)
    await insert(
        AssessmentPlan.__table__,
        [
            {"participant_id": i, "every_days": 28, "active": True, "next_due_at": soon()}
            for i in ids
        ],
    )
    # The newest round finished `weeks` ago (the only one when `rounds` is 1), the others
    # four weeks apart before it.
    history_rounds = []
    for i in ids:
        for back in range(rounds):
            created = now - timedelta(weeks=weeks + 4 * back)
            abandoned = back > 0 and rng.random() < 0.05
            history_rounds.append(
                {
                    "participant_id": i,
                    "instrument": "vagen",
                    "form": "short",
                    "cause": "start" if back == rounds - 1 else "rhythm",
                    "occurrence": "start" if back == rounds - 1 else f"rhythm-{back}",
                    "created_at": created,
                    "completed_at": None if abandoned else created,
                    "reminded_at": created + timedelta(days=3) if abandoned else None,
                    "position": 0,
                    "reached": 0,
                }
            )
    await insert(AssessmentRound.__table__, history_rounds)
    if ended:
        long_ago = now - timedelta(days=400)
        await insert(
            ProgrammeExit.__table__,
            [
                {
                    "participant_id": i,
                    "status": "employed",
                    "ended_at": long_ago,
                    "follow_up_due_at": long_ago + timedelta(days=183),
                    "follow_up_asked_at": long_ago + timedelta(days=183),
                    "follow_up_answered_at": long_ago + timedelta(days=184),
                    "follow_up": "working",
                }
                for i in ids[:: max(1, count // ended)][:ended]
            ],
        )
    await insert(
        PracticeProfile.__table__,
        [
            {
                "participant_id": i,
                "track": "care",
                "prompt_times": "17:00",
                "next_prompt_at": soon(),
            }
            for i in ids[::2]
        ],
    )
    if engine.dialect.name == "postgresql":
        async with engine.connect() as connection:
            # Ids were given above: move the sequences past them, and give the planner stats.
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            for table in ("person", "checkin", "outbox", "assessment_round"):
                await connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT max(id) FROM {table}))"
                )
            await connection.exec_driver_sql("VACUUM ANALYZE")
