"""A lots has a name: Lina gives hers when she joins (one tap or typed), participants read it
when they book, in the calendar file and under reminders; she can change it, an older lots
without one is asked once, and until then nobody calls her a participant."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile
from icalendar import Calendar
from sqlmodel import select

from rules.config import Settings
from storage import booking
from storage.audit import AuditEntry
from storage.people import Actor, Person, Role
from tests.conftest import ADMIN_ID
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import (
    AMINA,
    LINA,
    add_member,
    add_weekday_hours,
    invite_code,
    person_by_telegram_id,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
FOLLOW_UP = "Uppföljning · 30 min · På plats"
ASK_NAME = [
    "Vad heter du?",
    "Deltagarna ser ditt namn när de bokar ett möte och i dina meddelanden.",
    "Skriv ditt namn.",
]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000})


async def _lina_joins(app: App, *, telegram_name: str = "Lina") -> Client:
    """Lina opens a staff invite and picks Swedish: the bot asks for her name."""
    code = await invite_code(app, role=Role.STAFF)
    lina = app.client(LINA, language_code="sv", name=telegram_name)
    await lina.send(f"/start {code}")
    await lina.press("✓ Svenska")
    assert lina.screen_text().splitlines() == ASK_NAME
    return lina


async def _amina_with(app: App, lina: Person) -> Client:
    """Amina is Lina's participant, and Lina has hours to book on weekdays 09-12."""
    assert lina.id is not None
    await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    await add_weekday_hours(app, lina)
    return app.client(AMINA)


async def _book_wednesday_at_ten(amina: Client) -> list[str]:
    """Amina books a follow-up on Wednesday 25 November at 10:00; what she read before ✅."""
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    await amina.press(FOLLOW_UP)
    await amina.press("25")
    await amina.press("10:00")
    shown = amina.screen_text().splitlines()
    await amina.press("✅ Boka")
    return shown


def _calendar_title(app: App) -> str:
    (document,) = app.bot.sent(SendDocument)
    assert isinstance(document.document, BufferedInputFile)
    (event,) = Calendar.from_ical(document.document.data).walk("VEVENT")
    return str(event["summary"])


def _sent_to(app: App, chat_id: int) -> list[str]:
    return [m.text or "" for m in app.bot.sent(SendMessage) if int(m.chat_id) == chat_id]


def _day_before_at_five(app: App) -> None:
    app.clock.set(datetime(2026, 11, 24, 17, 0, tzinfo=STOCKHOLM).astimezone(UTC))


async def test_lina_names_herself_with_one_tap_and_amina_reads_her_name(app: App) -> None:
    lina = await _lina_joins(app)
    # Until she has a name she is not through the door.
    joining = await person_by_telegram_id(app, LINA)
    assert joining is not None and joining.onboarded_at is None
    assert lina.buttons() == ["✅ Jag heter Lina"]
    await lina.press("✅ Jag heter Lina")
    assert lina.screen_text().startswith("Välkommen till Lotsen!\nDu är med som personal.")
    assert "📈 Mål" in lina.buttons()
    stored = await person_by_telegram_id(app, LINA)
    assert stored is not None and stored.display_name == "Lina" and stored.onboarded_at

    amina = await _amina_with(app, stored)
    assert "Med Lina" in await _book_wednesday_at_ten(amina)
    (document,) = app.bot.sent(SendDocument)
    assert document.caption is not None and "Med Lina" in document.caption.splitlines()
    assert _calendar_title(app) == "Uppföljning med Lina"

    _day_before_at_five(app)
    await app.deliver()
    assert _sent_to(app, AMINA)[-1].splitlines()[0] == "⏰ Påminnelse: Uppföljning med Lina"


async def test_lina_types_her_name_and_her_reminder_is_signed_with_it(app: App) -> None:
    lina = await _lina_joins(app)
    await lina.send("12345")
    assert lina.replies()[-1] == "Skriv namnet med bokstäver."
    await lina.send("L" * 65)
    assert lina.replies()[-1] == "Texten är för lång. Högst 64 tecken."
    await lina.send_sticker()
    assert (
        lina.replies()[-1] == "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp."
    )
    stored = await person_by_telegram_id(app, LINA)
    assert stored is not None and stored.display_name is None and stored.onboarded_at is None
    assert lina.screen_text().splitlines() == ASK_NAME  # still asked, nothing stored

    # Invisible direction marks and extra spaces are dropped; the name is kept as written.
    await lina.send("  Lina\u202e   Berg ")
    assert lina.screen_text().startswith("Välkommen till Lotsen!")
    stored = await person_by_telegram_id(app, LINA)
    assert stored is not None and stored.display_name == "Lina Berg"

    await _amina_with(app, stored)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("📣 Alla mina deltagare")
    await lina.press("📞 Ring mig")
    await lina.press("⚡ Nu")
    await lina.press("✅ Skicka")
    assert await app.deliver() == 1
    assert _sent_to(app, AMINA) == ["📞 Ring mig när du kan.\n– Lina Berg, din lots"]


async def test_no_name_button_when_the_telegram_name_cannot_be_one(app: App) -> None:
    lina = await _lina_joins(app, telegram_name="🌷🌷")
    assert lina.buttons() == []
    await lina.send("Lina")
    stored = await person_by_telegram_id(app, LINA)
    assert stored is not None and stored.display_name == "Lina"


async def test_lina_changes_her_name_in_her_profile(app: App) -> None:
    await add_member(app, LINA, role=Role.STAFF, name="Lina")
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("⚙️ Inställningar")
    await lina.press("✏️ Mitt namn")
    assert lina.screen_text().splitlines()[0] == "Nu kallar vi dig Lina."
    await lina.send("Lina Berg")
    assert lina.screen_text().splitlines()[:2] == [
        "Tack! Nu kallar vi dig Lina Berg.",
        "Inställningar. Vad vill du ändra?",
    ]
    stored = await person_by_telegram_id(app, LINA)
    assert stored is not None and stored.display_name == "Lina Berg"


async def test_a_lots_without_a_name_is_never_called_a_participant_and_is_asked_once(
    app: App,
) -> None:
    unnamed = await add_member(app, LINA, role=Role.STAFF)  # joined before names were asked
    amina = await _amina_with(app, unnamed)
    lots = f"Lots nr {unnamed.id}"
    assert f"Med {lots}" in await _book_wednesday_at_ten(amina)
    assert _calendar_title(app) == f"Uppföljning med {lots}"
    _day_before_at_five(app)
    await app.deliver()
    assert _sent_to(app, AMINA)[-1].splitlines()[0] == f"⏰ Påminnelse: Uppföljning med {lots}"
    assert not any("Deltagare nr" in text for text in app.bot.texts())

    lina = app.client(LINA, name="Lina")
    await lina.send("/menu")
    assert lina.screen_text().splitlines() == ASK_NAME
    await lina.press("✅ Jag heter Lina")
    assert lina.screen_text().splitlines()[:2] == [
        "Tack! Nu kallar vi dig Lina.",
        "Hej Lina! Vad vill du göra?",
    ]
    await lina.send("/start")
    assert lina.screen_text().startswith("Hej Lina! Vad vill du göra?")
    stored = await person_by_telegram_id(app, LINA)
    assert stored is not None and stored.display_name == "Lina"
    assert stored.onboarded_at == unnamed.onboarded_at  # she was through the door already


async def test_sofia_an_admin_names_a_lots_from_the_staff_list(app: App) -> None:
    await add_member(app, ADMIN_ID, role=Role.STAFF, name="Sofia")
    unnamed = await add_member(app, LINA, role=Role.STAFF)
    sofia = app.client(ADMIN_ID)
    await sofia.send("/menu")
    await sofia.press("🗂 Mer")
    await sofia.press("👥 Personal")
    await sofia.press(f"Personal nr {unnamed.id} · inga deltagare")
    await sofia.press("✏️ Ändra namn")
    assert sofia.screen_text().splitlines() == [
        f"Namnet nu: Personal nr {unnamed.id}.",
        "Skriv det nya namnet.",
    ]
    await sofia.send("2001")
    assert sofia.replies()[-1] == "Skriv namnet med bokstäver."
    await sofia.send("Lina Berg")
    assert sofia.screen_text().splitlines()[:2] == [
        "Sparat. Namnet är nu Lina Berg.",
        "Lina Berg",
    ]
    async with app.session() as session:
        stored = await session.get(Person, unnamed.id)
        audited = (
            await session.exec(
                select(AuditEntry.actor_telegram_id, AuditEntry.action, AuditEntry.subject_id)
            )
        ).all()
    assert stored is not None and stored.display_name == "Lina Berg"
    assert audited == [(ADMIN_ID, "staff:rename", unnamed.id)]

    # Lina has a name now: her next /menu is her menu, not the question.
    lina = app.client(LINA)
    await lina.send("/menu")
    assert lina.screen_text().startswith("Hej Lina Berg! Vad vill du göra?")


async def test_olena_reads_her_lots_in_ukrainian_never_as_a_participant(app: App) -> None:
    unnamed = await add_member(app, LINA, role=Role.STAFF)
    assert unnamed.id is not None
    await add_member(app, AMINA, role=Role.PARTICIPANT, locale="uk", staff_id=unnamed.id)
    async with app.session() as session:
        await booking.add_window(
            session,
            actor=Actor(unnamed.id, LINA, Role.STAFF, True),
            weekday=2,
            start="09:00",
            end="12:00",
        )
    olena = app.client(AMINA)

    async def book_wednesday() -> list[str]:
        await olena.send("/menu")
        await olena.press("📅 Зустрічі")
        await olena.press("➕ Забронювати зустріч")
        await olena.press("Обговорення прогресу · 30 хв · Особисто")
        await olena.press("25")
        await olena.press("10:00")
        return olena.screen_text().splitlines()

    assert f"З ким: Наставник № {unnamed.id}" in await book_wednesday()
    assert not any("Учасник" in line for line in olena.screen_text().splitlines())

    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.send("Ліна")
    assert "З ким: Ліна" in await book_wednesday()
    await olena.press("✅ Забронювати")
    assert _calendar_title(app) == "Обговорення прогресу: Ліна"
