"""📈 Goals as staff meet them: Lina sees each target of "Jobb inom sex månader" counted live;
Amina's job counts on the day it has lasted six months; in a target's list Lina sees only
her own participants, the administrator everyone; forged target and participant ids are
refused and audited."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import col, select

from rules.config import Settings
from storage import programme
from storage.audit import AuditEntry
from storage.people import Actor, Person, Role
from tests.conftest import ADMIN_ID
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, add_member

YUSUF = 1002
SEP = "\x1d"
JOB = "Jobb inom sex månader, kvar i minst sex månader"
# Amina's job started on 1 December 2026: six months are up on 1 June 2027, Stockholm time.
LAST_EVENING = datetime(2027, 5, 31, 21, 30, tzinfo=UTC)  # 23:30 on 31 May
FIRST_MORNING = datetime(2027, 5, 31, 22, 30, tzinfo=UTC)  # 00:30 on 1 June


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"throttle_messages": 1000, "throttle_presses": 1000})


async def _people(app: App) -> tuple[Person, Person, Person, Person]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    omar = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    yusuf = await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=omar.id)
    for staff, person, day in ((lina, amina, date(2026, 12, 1)), (omar, yusuf, date(2026, 12, 14))):
        assert staff.id is not None and person.id is not None
        async with app.session() as session:
            saved = await programme.set_job_start(
                session,
                actor=Actor(staff.id, staff.telegram_id, Role.STAFF, True),
                participant_id=person.id,
                day=day,
                now=app.clock.now(),
                zone=ZoneInfo(app.settings.timezone),
            )
        assert saved is not None
    return lina, omar, amina, yusuf


def _job_lines(client: Client) -> list[str]:
    """The job target's lines on the goals screen."""
    blocks = client.screen_text().split("\n\n")
    return next(b for b in blocks if b.startswith(JOB)).splitlines()


async def _open_goals(client: Client) -> None:
    await client.send("/menu")
    await client.press("📈 Mål")


async def test_amina_counts_on_the_day_her_job_has_lasted_six_months(app: App) -> None:
    await _people(app)
    lina = app.client(LINA)
    app.clock.set(LAST_EVENING)
    await _open_goals(lina)
    assert lina.screen_text().startswith(
        "📈 Målen för Jobb inom sex månader. Tryck på ett mål för att se vem som räknas."
    )
    assert _job_lines(lina) == [
        f"{JOB}: 0 av 40",
        "Behövs till: 40",
        "🟠 Efter planen",
        "⏳ Kan räknas snart: 2",
    ]
    # Two who started, of sixty.
    assert "Deltagare som har börjat: 2 av 60" in lina.screen_text()
    await lina.press(JOB)
    assert lina.screen_text() == f"{JOB}\n✅ Räknas: 0\n⏳ Kan räknas snart: 1"
    assert lina.buttons() == ["⏳ Amina – 1 juni 2027", "◀️ Tillbaka"]

    app.clock.set(FIRST_MORNING)
    await lina.press("◀️ Tillbaka")
    assert _job_lines(lina)[:2] == [f"{JOB}: 1 av 40", "Behövs till: 39"]
    await lina.press(JOB)
    assert lina.screen_text() == f"{JOB}\n✅ Räknas: 1\n⏳ Kan räknas snart: 0"
    assert lina.buttons() == ["✅ Amina", "◀️ Tillbaka"]
    # Her name opens her report facts, where the job's first day can be changed.
    await lina.press("✅ Amina")
    assert "Jobbet började: 1 december 2026" in lina.screen_text()


async def test_a_targets_list_shows_only_the_staff_members_own_participants(
    any_app: App,
) -> None:
    lina_row, _omar, _amina, _yusuf = await _people(any_app)
    await add_member(any_app, ADMIN_ID, role=Role.STAFF, name="Sofia")
    any_app.clock.set(LAST_EVENING)
    lina, omar, sofia = any_app.client(LINA), any_app.client(OMAR), any_app.client(ADMIN_ID)
    for client in (lina, omar, sofia):
        await _open_goals(client)
        # The standing is the programme's: everyone is counted, no one is named.
        assert "⏳ Kan räknas snart: 2" in client.screen_text()
        assert "Amina" not in client.screen_text() and "Yusuf" not in client.screen_text()
        await client.press(JOB)
    assert lina.buttons() == ["⏳ Amina – 1 juni 2027", "◀️ Tillbaka"]
    assert omar.buttons() == ["⏳ Yusuf – 14 juni 2027", "◀️ Tillbaka"]
    assert sofia.buttons() == ["⏳ Amina – 1 juni 2027", "⏳ Yusuf – 14 juni 2027", "◀️ Tillbaka"]
    async with any_app.session() as session:
        reads = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "read:target"))
        ).all()
    assert [(e.actor_telegram_id, e.allowed, e.detail) for e in reads] == [
        (LINA, True, "job-held counted=0 pending=1"),
        (OMAR, True, "job-held counted=0 pending=1"),
        (ADMIN_ID, True, "job-held counted=0 pending=2"),
    ]
    assert lina_row.id is not None


async def test_forged_target_and_participant_ids_are_refused_and_audited(app: App) -> None:
    lina_row, _omar, _amina, yusuf = await _people(app)
    lina = app.client(LINA)
    await _open_goals(lina)
    home = lina.screen_text()
    intent = lina.intent()
    await lina.press_data(f"{intent}{SEP}target:no-such-target")
    assert lina.toasts()[-1] == "Det kan du inte göra här."
    assert lina.screen_text() == home
    await lina.press(JOB)
    listed = lina.screen_text()
    # Yusuf is Omar's: his id on Lina's list opens nothing.
    await lina.press_data(f"{lina.intent()}{SEP}person:{yusuf.id}")
    assert lina.toasts()[-1] == "Det kan du inte göra här."
    await lina.press_data(f"{lina.intent()}{SEP}person:x1")
    assert lina.screen_text() == listed
    async with app.session() as session:
        refused = (
            await session.exec(
                select(AuditEntry)
                .where(col(AuditEntry.allowed).is_(False))
                .order_by(col(AuditEntry.id))
            )
        ).all()
    assert [(e.action, e.actor_id, e.subject_id, e.detail) for e in refused] == [
        ("deny:open", lina_row.id, None, "GoalsSG:home no-such-target"),
        ("deny:open", lina_row.id, yusuf.id, f"GoalsSG:target {yusuf.id}"),
        ("deny:open", lina_row.id, None, "GoalsSG:target x1"),
    ]
