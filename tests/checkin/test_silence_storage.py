"""Silence alerts in a few queries over everyone, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from storage import checkins
from storage.alerts import Alert
from storage.checkins import Checkin
from storage.db import SessionFactory
from storage.people import Person, Role
from tests.conftest import START
from tests.support.personas import participants

WEEK = timedelta(weeks=1)


async def test_two_unanswered_in_a_row_and_long_silence_raise_one_alert_each(
    factory: SessionFactory,
) -> None:
    async with factory() as session:
        lina = Person(
            telegram_id=2001,
            role=Role.STAFF.value,
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            onboarded_at=START,
        )
        session.add(lina)
        await session.commit()
    silent_twice, answered_last, quiet_long, fine = await participants(factory, 4, staff_id=lina.id)
    now = START + 5 * WEEK
    async with factory() as session:
        for person_id, answered in (
            (silent_twice, [True, True, False, False]),
            (answered_last, [False, False, False, True]),
            (quiet_long, [True, True, True, True]),
            (fine, [True, True, True, True]),
        ):
            for week, was_answered in enumerate(answered):
                asked = START + week * WEEK
                session.add(
                    Checkin(
                        participant_id=person_id,
                        occurrence=asked.date().isoformat(),
                        asked_at=asked,
                        answered_at=asked + timedelta(hours=1) if was_answered else None,
                    )
                )
            person = await session.get(Person, person_id)
            assert person is not None
            person.last_seen_at = START if person_id == quiet_long else now - timedelta(days=1)
        await session.commit()

        assert (
            await checkins.raise_silence_alerts(session, now=now, inactive_after=timedelta(days=14))
            == 2
        )
        assert (
            await checkins.raise_silence_alerts(session, now=now, inactive_after=timedelta(days=14))
            == 0
        )  # each cause once
        alerts = (await session.exec(select(Alert).order_by(Alert.participant_id))).all()
    assert [(a.participant_id, a.kind, a.cause) for a in alerts] == [
        (silent_twice, "no-answer", f"no-answer-{(START + 3 * WEEK).date().isoformat()}"),
        (quiet_long, "inactive", f"inactive-{START.date().isoformat()}"),
    ]
