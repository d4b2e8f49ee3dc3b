"""Lina at her workbench: who needs contact first, Amina's card, and an alert closed with a note."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from rules.config import Settings
from storage.alerts import Alert, Kind
from storage.assessments import AssessmentRound, AssessmentScore
from storage.audit import AuditEntry
from storage.booking import Meeting, Status
from storage.checkins import Checkin
from storage.people import Person, Role
from storage.practice import PracticeSession
from tests.conftest import START
from tests.support.app import App
from tests.support.personas import AMINA, LINA, add_member


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """A working day at the desk is many taps: flood control is tested elsewhere."""
    return settings.model_copy(update={"throttle_messages": 1000, "throttle_presses": 1000})


async def _seen(app: App, person: Person, **values: object) -> None:
    async with app.session() as session:
        row = await session.get(Person, person.id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)
        await session.commit()


async def _alert(app: App, participant: Person, cause: str, kind: Kind = Kind.WANTS_CONTACT) -> int:
    async with app.session() as session:
        alert = Alert(
            participant_id=participant.id,
            staff_id=participant.staff_id,
            kind=kind.value,
            cause=cause,
            created_at=app.clock.now() - timedelta(hours=1),
        )
        session.add(alert)
        await session.commit()
        assert alert.id is not None
        return alert.id


async def test_lina_sees_who_needs_contact_first_each_in_one_line(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    now = app.clock.now()
    ali = await add_member(app, 1101, role=Role.PARTICIPANT, name="Ali", staff_id=lina.id)
    bea = await add_member(app, 1102, role=Role.PARTICIPANT, name="Bea", staff_id=lina.id)
    cem = await add_member(app, 1103, role=Role.PARTICIPANT, name="Cem", staff_id=lina.id)
    dina = await add_member(app, 1104, role=Role.PARTICIPANT, name="Dina", staff_id=lina.id)
    await add_member(app, 1105, role=Role.PARTICIPANT, name="Ebba", staff_id=lina.id)
    await _seen(app, ali, last_seen_at=now - timedelta(days=20))
    await _alert(app, ali, "a1")
    await _alert(app, ali, "a2", Kind.LOW_MOOD)
    await _seen(app, bea, last_seen_at=now - timedelta(hours=2))
    await _seen(app, cem, last_seen_at=now - timedelta(days=1), unreachable_at=now)
    await _seen(
        app, dina, last_seen_at=now - timedelta(days=3), paused_until=now + timedelta(days=2)
    )

    client = app.client(LINA)
    await client.send("/menu")
    await client.press("👥 Mina deltagare")
    assert client.screen_text() == "Du har 5 deltagare:"
    assert client.buttons() == [
        "⚠️ Ali · 2 larm · sågs för 20 dagar sedan",
        "📵 Cem · har blockerat boten · sågs i går",
        "💤 Ebba · tyst länge · aldrig sedd",
        "⏸ Dina · har pausat · sågs för 3 dagar sedan",
        "✅ Bea · allt lugnt · sågs i dag",
        "◀️ Tillbaka",
    ]


async def test_a_long_caseload_comes_a_page_at_a_time(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    for n in range(10):
        person = await add_member(
            app, 1200 + n, role=Role.PARTICIPANT, name=f"P{n:02d}", staff_id=lina.id
        )
        await _seen(app, person, last_seen_at=app.clock.now())
    client = app.client(LINA)
    await client.send("/menu")
    await client.press("👥 Mina deltagare")
    assert client.screen_text() == "Du har 10 deltagare:\nSida 1 av 2"
    assert client.buttons()[0] == "✅ P00 · allt lugnt · sågs i dag"
    assert "◀️ Förra" not in client.buttons()
    await client.press("Nästa ▶️")
    assert client.screen_text() == "Du har 10 deltagare:\nSida 2 av 2"
    assert client.buttons() == [
        "✅ P08 · allt lugnt · sågs i dag",
        "✅ P09 · allt lugnt · sågs i dag",
        "◀️ Förra",
        "◀️ Tillbaka",
    ]
    await client.press("◀️ Förra")
    assert client.screen_text() == "Du har 10 deltagare:\nSida 1 av 2"


async def test_amina_s_card_shows_answers_trend_meetings_practice_and_alerts(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    now = app.clock.now()
    async with app.session() as session:
        for days, mood, help_ in ((14, 2, None), (7, 4, "contact"), (0, None, None)):
            asked = now - timedelta(days=days, hours=1)
            session.add(
                Checkin(
                    participant_id=amina.id,
                    occurrence=asked.date().isoformat(),
                    asked_at=asked,
                    answered_at=asked if mood else None,
                    mood=mood,
                    help=help_,
                )
            )
        session.add(
            Checkin(participant_id=amina.id, occurrence="old", asked_at=now - timedelta(days=30))
        )
        for n, total in enumerate((2.5, 3.5)):
            done = now - timedelta(days=40 - 20 * n)
            found = AssessmentRound(
                participant_id=amina.id,
                instrument="vagen",
                form="full",
                cause="baseline" if n == 0 else "rhythm",
                occurrence=f"r{n}",
                created_at=done,
                completed_at=done,
            )
            session.add(found)
            await session.flush()
            assert found.id is not None
            session.add(AssessmentScore(round_id=found.id, theme="total", score=total))
        for days, status in ((-2, Status.BOOKED), (6, Status.NO_SHOW)):
            starts = now - timedelta(days=days)
            session.add(
                Meeting(
                    participant_id=amina.id,
                    staff_id=lina.id,
                    kind="follow-up",
                    starts_at=starts,
                    ends_at=starts + timedelta(minutes=30),
                    place="in-person",
                    status=status.value,
                    created_at=now - timedelta(days=10),
                )
            )
        for days in (0, 1, 2):
            session.add(
                PracticeSession(
                    participant_id=amina.id,
                    track="care",
                    started_at=now - timedelta(days=days),
                    finished_at=now - timedelta(days=days),
                    day=(now - timedelta(days=days)).date().isoformat(),
                    items="[]",
                )
            )
        await session.commit()
    await _alert(app, amina, "open")

    client = app.client(LINA)
    await client.send("/menu")
    await client.press("👥 Mina deltagare")
    await client.press(".*Amina.*")
    assert client.screen_text() == "\n".join(
        [
            "Amina",
            "Språk: Svenska",
            "Avstämning: av",
            "Senaste svar:",
            "· 23 nov. 2026: inget svar",
            "· 16 nov. 2026: 🙂 Bra · vill bli kontaktad",
            "· 9 nov. 2026: 🙁 Dåligt",
            "Självskattning: Vägen till jobb 3,5 av 5 (förra gången 2,5)",
            "Nästa möte: 25 nov. 2026 10:00",
            "Missat möte: 17 nov. 2026",
            "Övning: 🔥 3 dagar i rad",
            "🔔 1 öppet larm",
        ]
    )
    # The existing actions stay.
    for action in ("🗓 Ändra avstämning", "📅 Boka ett möte", "🗣 Övningsyrke", "📊 Självskattning"):
        assert action in client.buttons()
    async with app.session() as session:
        reads = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "read:card"))
        ).all()
    assert [(r.subject_id, r.allowed) for r in reads] == [(amina.id, True)]


async def test_lina_closes_an_alert_with_a_note_and_sees_it_on_the_card(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    alert_id = await _alert(app, amina, "help")
    second = await _alert(app, amina, "later", Kind.LOW_MOOD)
    client = app.client(LINA)
    await client.send("/menu")
    await client.press("🔔 Larm.*")
    await client.press("Amina · Vill bli kontaktad.*")
    assert "✅ Klart, jag har tagit kontakt" in client.buttons()
    await client.press("✍️ Klart, med en anteckning")
    assert client.screen_text() == "Skriv kort vad du gjorde. Högst 300 tecken."

    await client.send_sticker()
    assert client.replies()[-1] == (
        "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp."
    )
    await client.send("x" * 301)
    assert client.replies()[-1] == "Texten är för lång. Högst 300 tecken."
    assert client.screen_text() == "Skriv kort vad du gjorde. Högst 300 tecken."
    await client.send("Ringde, hon mår bättre.")
    assert client.screen_text() == "Larmet är klart.\n1 öppet larm:"

    # The other alert is closed with one tap, without a note.
    await client.press("Amina · Mår mycket dåligt.*")
    await client.press("✅ Klart, jag har tagit kontakt")
    async with app.session() as session:
        noted = await session.get(Alert, alert_id)
        plain = await session.get(Alert, second)
    assert noted is not None and noted.note == "Ringde, hon mår bättre."
    assert noted.handled_by_id == lina.id and noted.handled_at == START
    assert plain is not None and plain.note is None and plain.handled_at == START

    await client.send("/menu")
    await client.press("👥 Mina deltagare")
    await client.press(".*Amina.*")
    assert client.screen_text().endswith(
        "Hanterade larm:\n"
        "· 23 nov. 2026: Mår mycket dåligt\n"
        "· 23 nov. 2026: Vill bli kontaktad – “Ringde, hon mår bättre.”"
    )
