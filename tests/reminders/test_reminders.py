"""Reminders as people meet them: Lina reminds her participants, each in their own language,
now or at a time she picks, and sees afterwards who got it."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from aiogram.methods import SendMessage
from aiogram.types import CallbackQuery, Update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.config import Settings
from scheduler.runner import Ticks
from storage import reminders, rights
from storage.audit import AuditEntry
from storage.db import SessionFactory
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role
from storage.reminders import Audience, Reminder, ReminderRecipient
from tests.conftest import START
from tests.support.app import OUTGOING, App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member

OLENA = 1003
SARA = 1004
KARIM = 1005
# The clock starts on Monday 23 November 2026, 10:00 in Stockholm.
TUESDAY_08 = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb; one message at a time, so a queued 403 hits the first."""
    return settings.model_copy(
        update={"throttle_messages": 10_000, "throttle_presses": 10_000, "send_concurrency": 1}
    )


async def _caseload(app: App) -> dict[str, Person]:
    """Lina and three participants who read Swedish, Arabic and Ukrainian."""
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    found = {"lina": lina}
    for telegram_id, name, locale in (
        (AMINA, "Amina", "sv"),
        (YUSUF, "Yusuf", "ar"),
        (OLENA, "Olena", "uk"),
    ):
        found[name.lower()] = await add_member(
            app,
            telegram_id,
            role=Role.PARTICIPANT,
            name=name,
            locale=locale,
            staff_id=lina.id,
        )
    return found


def _sent_to(app: App, chat_id: int) -> list[str]:
    return [m.text or "" for m in app.bot.sent(SendMessage) if int(m.chat_id) == chat_id]


async def _outbox(app: App) -> list[OutboxMessage]:
    async with app.session() as session:
        rows = await session.exec(
            select(OutboxMessage)
            .where(OutboxMessage.purpose == reminders.REMINDER_PURPOSE)
            .order_by(col(OutboxMessage.id))
        )
        return list(rows.all())


def _signed(app: App, locale: str, template: str) -> str:
    i18n = app.l10n(locale)
    return i18n("reminders-signed", text=i18n(f"reminders-template-{template}"), name="Lina")


async def _forge(client: Client, data: str) -> None:
    callback = CallbackQuery(
        id="forged",
        data=data,
        chat_instance="--",
        from_user=client.user,
        message=client.screen(),
    )
    await client.dp.feed_update(
        client.bot, Update(update_id=client._new_update_id(), callback_query=callback)
    )


def _callback_of(client: Client, label: str) -> str:
    markup = client.screen().reply_markup
    assert markup is not None
    return next(
        b.callback_data or "" for row in markup.inline_keyboard for b in row if b.text == label
    )


async def test_a_template_reaches_everyone_in_their_own_language(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    assert lina.screen_text() == "Vem ska få meddelandet?"
    assert lina.buttons() == [
        "👤 En deltagare",
        "👥 Flera deltagare",
        "📣 Alla mina deltagare",
        "📋 Skickade påminnelser",
        "◀️ Tillbaka",
    ]
    await lina.press("📣 Alla mina deltagare")
    assert lina.screen_text() == "Vad vill du skicka?"
    assert lina.buttons() == [
        "📅 Mötet i morgon",
        "🪪 Ta med legitimation",
        "📝 Dags för självskattning",
        "🏢 Praktiken börjar på måndag",
        "📞 Ring mig",
        "✏️ Skriv ett eget meddelande",
        "◀️ Tillbaka",
    ]
    await lina.press("📅 Mötet i morgon")
    assert lina.screen_text() == "När ska meddelandet skickas?"
    await lina.press("⚡ Nu")
    # The preview: the text as Lina reads it, who gets it, and when.
    assert lina.screen_text().splitlines() == [
        "Så här ser meddelandet ut:",
        "",
        "📅 Kom ihåg ditt möte i morgon.",
        "– Lina, din lots",
        "Var och en läser det på sitt eget språk.",
        "Till 3 deltagare: Amina, Olena och Yusuf",
        "Skickas: nu",
    ]
    assert lina.buttons() == ["✅ Skicka", "◀️ Tillbaka"]
    await lina.press("✅ Skicka")
    assert lina.screen_text().startswith("✅ Klart. Meddelandet skickas nu.")

    assert await app.deliver() == 3
    assert _sent_to(app, AMINA) == ["📅 Kom ihåg ditt möte i morgon.\n– Lina, din lots"]
    assert _sent_to(app, YUSUF) == [_signed(app, "ar", "meeting-tomorrow")]
    assert _sent_to(app, OLENA) == [_signed(app, "uk", "meeting-tomorrow")]
    assert "غدًا" in _sent_to(app, YUSUF)[0]
    assert "завтра" in _sent_to(app, OLENA)[0]
    # The outbox rows name the reminder by id, never its text.
    rows = await _outbox(app)
    assert {(r.status, r.occurrence) for r in rows} == {("sent", rows[0].occurrence)}
    async with app.session() as session:
        reminder = (await session.exec(select(Reminder))).one()
    assert (reminder.audience, reminder.template, reminder.text) == (
        "all",
        "meeting-tomorrow",
        None,
    )
    assert rows[0].occurrence == f"reminder:{reminder.id}"
    assert {r.subject_id for r in rows} == {reminder.id}


async def test_several_get_a_free_text_exactly_as_written(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("👥 Flera deltagare")
    assert lina.screen_text() == "Tryck på namnen. Tryck igen för att ta bort ett namn."
    assert lina.buttons() == [
        "⬜ Amina",
        "⬜ Olena",
        "⬜ Yusuf",
        "Klar (0 valda)",
        "◀️ Tillbaka",
    ]
    await lina.press("Klar \\(0 valda\\)")
    assert lina.toasts()[-1] == "Välj minst en deltagare."
    await lina.press("⬜ Amina")
    await lina.press("⬜ Yusuf")
    await lina.press("⬜ Olena")
    await lina.press("✅ Olena")  # changed her mind
    assert lina.buttons()[:4] == ["✅ Amina", "⬜ Olena", "✅ Yusuf", "Klar (2 valda)"]
    await lina.press("Klar \\(2 valda\\)")
    await lina.press("✏️ Skriv ett eget meddelande")
    assert lina.screen_text().splitlines() == [
        "Skriv ditt meddelande.",
        "Det skickas precis som du skriver det.",
        "Högst 1\xa0000 tecken.",
    ]
    # A sticker, a voice message and a text too long each get a short answer; nothing is lost.
    await lina.send_sticker()
    assert (
        lina.replies()[-1] == "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp."
    )
    await lina.send_voice()
    assert (
        lina.replies()[-1] == "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp."
    )
    await lina.send("x" * 1001)
    assert lina.replies()[-1] == "Texten är för lång. Högst 1\xa0000 tecken."
    assert lina.screen_text().startswith("Skriv ditt meddelande.")
    written = "Hej! Träffen på torsdag är flyttad till kl. 13.\nVi ses i rum 4 <3"
    await lina.send(written)
    assert lina.screen_text() == "När ska meddelandet skickas?"
    await lina.press("⚡ Nu")
    assert lina.screen_text().splitlines() == [
        "Så här ser meddelandet ut:",
        "",
        "Hej! Träffen på torsdag är flyttad till kl. 13.",
        "Vi ses i rum 4 <3",
        "Till 2 deltagare: Amina och Yusuf",
        "Skickas: nu",
    ]
    await lina.press("✅ Skicka")
    assert await app.deliver() == 2
    assert _sent_to(app, AMINA) == [written]
    assert _sent_to(app, YUSUF) == [written]
    assert _sent_to(app, OLENA) == []
    async with app.session() as session:
        reminder = (await session.exec(select(Reminder))).one()
        picked = (await session.exec(select(ReminderRecipient))).all()
    assert (reminder.audience, reminder.template, reminder.text) == ("several", None, written)
    assert len(picked) == 2


async def test_a_reminder_for_tomorrow_morning_waits_for_its_time(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("👤 En deltagare")
    assert lina.buttons() == ["Amina", "Olena", "Yusuf", "◀️ Tillbaka"]
    await lina.press("Olena")
    await lina.press("🪪 Ta med legitimation")
    assert lina.buttons() == [
        "⚡ Nu",
        "🌅 I morgon kl. 08:00",
        "📅 Måndag kl. 08:00",
        "🗓 Välj dag och tid",
        "◀️ Tillbaka",
    ]
    await lina.press("🌅 I morgon kl. 08:00")
    assert lina.screen_text().splitlines()[-2:] == [
        "Till 1 deltagare: Olena",
        "Skickas: tisdag 24 november 2026 08:00",
    ]
    await lina.press("✅ Skicka")
    assert lina.screen_text().startswith("✅ Klart. Meddelandet skickas på den tid du valde.")
    [row] = await _outbox(app)
    assert (row.due_at, row.status) == (TUESDAY_08, "pending")

    app.clock.set(TUESDAY_08 - timedelta(minutes=1))
    assert await app.deliver() == 0
    assert _sent_to(app, OLENA) == []
    app.clock.set(TUESDAY_08 + timedelta(minutes=1))
    assert await app.deliver() == 1
    assert _sent_to(app, OLENA) == [_signed(app, "uk", "bring-id")]


async def test_a_day_from_the_calendar_and_an_hour(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("👤 En deltagare")
    await lina.press("Amina")
    await lina.press("📞 Ring mig")
    await lina.press("🗓 Välj dag och tid")
    assert lina.screen_text() == "Välj en dag."
    assert lina.buttons()[:8] == ["🗓 November 2026", "Må", "Ti", "On", "To", "Fr", "Lö", "Sö"]
    await lina.press("December ▶️")
    await lina.press("^2$")
    assert lina.screen_text() == "Vilken tid onsdag 2 december 2026?"
    assert lina.buttons()[0] == "07:00" and lina.buttons()[-2] == "20:00"
    await lina.press("14:00")
    assert lina.screen_text().splitlines()[-1] == "Skickas: onsdag 2 december 2026 14:00"
    await lina.press("◀️ Tillbaka")
    assert lina.screen_text() == "När ska meddelandet skickas?"
    await lina.press("📅 Måndag kl. 08:00")
    assert lina.screen_text().splitlines()[-1] == "Skickas: måndag 30 november 2026 08:00"
    await lina.press("✅ Skicka")
    [row] = await _outbox(app)
    assert row.due_at == datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


async def test_today_offers_only_the_hours_still_ahead(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("👤 En deltagare")
    await lina.press("Amina")
    await lina.press("📞 Ring mig")
    await lina.press("🗓 Välj dag och tid")
    await lina.press("\\[23\\]")  # today, by the bot's clock (not the machine's)
    assert lina.buttons()[0] == "11:00"
    await _forge(lina, _callback_of(lina, "11:00").rsplit(":", 1)[0] + ":9")
    assert lina.screen_text().startswith("Vilken tid måndag 23 november 2026?")
    assert await _outbox(app) == []


async def test_the_delivery_report_counts_sent_waiting_and_unreached(app: App) -> None:
    people = await _caseload(app)
    sara = await add_member(
        app, SARA, role=Role.PARTICIPANT, name="Sara", staff_id=people["lina"].id
    )
    async with app.session() as session:
        olena = await session.get(Person, people["olena"].id)
        stopped = await session.get(Person, sara.id)
        assert olena is not None and stopped is not None
        olena.quiet_start, olena.quiet_end = "09:00", "12:00"  # asleep after a night shift
        stopped.stopped_at = START
        await session.commit()
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("📣 Alla mina deltagare")
    await lina.press("📞 Ring mig")
    await lina.press("⚡ Nu")
    assert "Till 4 deltagare: Amina, Olena, Sara och Yusuf" in lina.screen_text()
    await lina.press("✅ Skicka")
    # Amina is first in line, and she has blocked the bot.
    app.bot.add_result_for(
        SendMessage, ok=False, error_code=403, description="Forbidden: bot was blocked by the user"
    )
    await app.deliver()
    assert _sent_to(app, YUSUF) == [_signed(app, "ar", "call-me")]
    assert _sent_to(app, OLENA) == []

    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("📋 Skickade påminnelser")
    assert lina.screen_text() == "Din påminnelse de senaste 30 dagarna:"
    assert lina.buttons() == ["23 nov. 2026 10:00 · 📞 Ring mig · 👥 4", "◀️ Tillbaka"]
    await lina.press("23 nov. 2026 10:00 · 📞 Ring mig · 👥 4")
    assert lina.screen_text().splitlines() == [
        "📣 måndag 23 november 2026 10:00",
        "📞 Ring mig när du kan.",
        "– Lina, din lots",
        "",
        "Till 4 deltagare.",
        "✅ Skickat: 1",
        "⏳ Väntar: 1",
        "⚠️ Nådde inte fram: 2",
        "Nådde inte fram till: Amina och Sara",
    ]
    # Olena's quiet hours end at noon: then it reaches her.
    app.clock.set(START + timedelta(hours=2))
    await app.deliver()
    assert _sent_to(app, OLENA) == [_signed(app, "uk", "call-me")]
    await lina.press("◀️ Tillbaka")
    await lina.press("23 nov. 2026 10:00 · 📞 Ring mig · 👥 4")
    assert lina.screen_text().splitlines()[5:8] == [
        "✅ Skickat: 2",
        "⏳ Väntar: 0",
        "⚠️ Nådde inte fram: 2",
    ]


async def test_lina_stops_a_reminder_that_has_not_gone_yet(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("📣 Alla mina deltagare")
    await lina.press("🏢 Praktiken börjar på måndag")
    await lina.press("🌅 I morgon kl. 08:00")
    await lina.press("✅ Skicka")
    await lina.press("📋 Skickade påminnelser")
    item = "24 nov. 2026 08:00 · 🏢 Praktiken börjar på måndag · 👥 3"
    await lina.press(item)
    assert lina.screen_text().splitlines()[6:8] == ["⏳ Väntar: 3", "⚠️ Nådde inte fram: 0"]
    assert lina.buttons() == ["🚫 Stoppa påminnelsen", "◀️ Tillbaka"]
    await lina.press("🚫 Stoppa påminnelsen")
    assert lina.screen_text() == (
        "Vill du stoppa påminnelsen? De som inte har fått den än får den inte."
    )
    await lina.press("Nej, låt den vara")  # changed her mind: nothing happens
    assert [r.status for r in await _outbox(app)] == ["pending"] * 3
    await lina.press("🚫 Stoppa påminnelsen")
    await lina.press("Ja, stoppa den")
    assert lina.screen_text().splitlines()[0] == "✅ Påminnelsen är stoppad."
    assert lina.screen_text().splitlines()[5:] == [
        "Till 3 deltagare.",
        "✅ Skickat: 0",
        "⏳ Väntar: 0",
        "⚠️ Nådde inte fram: 0",
        "🚫 Stoppad: 3",
    ]
    assert lina.buttons() == ["◀️ Tillbaka"]  # nothing left to stop
    assert [(r.status, r.last_error) for r in await _outbox(app)] == [("skipped", "cancelled")] * 3
    app.clock.set(TUESDAY_08 + timedelta(minutes=1))
    assert await app.deliver() == 0
    assert [_sent_to(app, who) for who in (AMINA, YUSUF, OLENA)] == [[], [], []]


async def test_a_reminder_already_on_its_way_is_not_stopped(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("👤 En deltagare")
    await lina.press("Amina")
    await lina.press("📞 Ring mig")
    await lina.press("⚡ Nu")
    await lina.press("✅ Skicka")
    await lina.press("📋 Skickade påminnelser")
    await lina.press("23 nov. 2026 10:00 · 📞 Ring mig · 👥 1")
    await lina.press("🚫 Stoppa påminnelsen")
    await app.deliver()  # it went while she read the question
    await lina.press("Ja, stoppa den")
    assert lina.screen_text().splitlines()[0] == (
        "Den har redan skickats. Det finns inget att stoppa."
    )
    assert "✅ Skickat: 1" in lina.screen_text().splitlines()
    assert _sent_to(app, AMINA) == [_signed(app, "sv", "call-me")]


async def test_the_newest_reminder_is_first_in_the_list(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    for template, when in (
        ("📞 Ring mig", "⚡ Nu"),
        ("🪪 Ta med legitimation", "🌅 I morgon kl. 08:00"),
    ):
        await lina.send("/menu")
        await lina.press("📣 Skicka påminnelse")
        await lina.press("👤 En deltagare")
        await lina.press("Amina")
        await lina.press(template)
        await lina.press(when)
        await lina.press("✅ Skicka")
    await lina.press("📋 Skickade påminnelser")
    assert lina.buttons() == [
        "24 nov. 2026 08:00 · 🪪 Ta med legitimation · 👥 1",
        "23 nov. 2026 10:00 · 📞 Ring mig · 👥 1",
        "◀️ Tillbaka",
    ]


async def test_a_message_to_one_participant_from_her_card(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Yusuf.*")
    assert "✉️ Skicka meddelande" in lina.buttons()
    await lina.press("✉️ Skicka meddelande")
    assert lina.screen_text() == "Vad vill du skicka?"
    # Back from here is back to his card.
    await lina.press("◀️ Tillbaka")
    assert lina.screen_text().startswith("Yusuf")
    await lina.press("✉️ Skicka meddelande")
    await lina.press("✏️ Skriv ett eget meddelande")
    await lina.send("Ring mig efter lunch.")
    await lina.press("⚡ Nu")
    assert lina.screen_text().splitlines()[-2:] == ["Till 1 deltagare: Yusuf", "Skickas: nu"]
    await lina.press("✅ Skicka")
    # Done: back on his card, with a line that it is on its way.
    assert lina.screen_text().startswith("✅ Klart. Meddelandet skickas nu.\nYusuf")
    await app.deliver()
    assert _sent_to(app, YUSUF) == ["Ring mig efter lunch."]
    assert _sent_to(app, AMINA) == []


async def test_another_lots_cannot_message_linas_participant_even_with_forged_data(
    app: App,
) -> None:
    people = await _caseload(app)
    omar_person = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    karim = await add_member(
        app, KARIM, role=Role.PARTICIPANT, name="Karim", staff_id=omar_person.id
    )
    omar = app.client(OMAR)
    await omar.send("/menu")
    await omar.press("📣 Skicka påminnelse")
    await omar.press("👥 Flera deltagare")
    assert omar.buttons()[:2] == ["⬜ Karim", "Klar (0 valda)"]
    await omar.press("⬜ Karim")
    karim_data = _callback_of(omar, "✅ Karim")
    await _forge(omar, karim_data.rsplit(":", 1)[0] + f":{people['amina'].id}")
    assert omar.toasts()[-1] == "Det kan du inte göra här."
    await _forge(omar, karim_data.rsplit(":", 1)[0] + ":nonsense")
    assert "Amina" not in omar.screen_text() and "Amina" not in " ".join(omar.buttons())
    await omar.press("Klar \\(1 vald\\)")
    await omar.press("📞 Ring mig")
    await omar.press("⚡ Nu")
    assert "Till 1 deltagare: Karim" in omar.screen_text()
    await omar.press("✅ Skicka")
    # The same from the one-participant list.
    await omar.press("👤 En deltagare")
    await _forge(omar, _callback_of(omar, "Karim").rsplit(":", 1)[0] + f":{people['yusuf'].id}")
    assert omar.screen_text() == "Vem ska få meddelandet?"

    # Only Karim's message is queued.
    assert [r.recipient_id for r in await _outbox(app)] == [karim.id]
    async with app.session() as session:
        denied = (
            await session.exec(
                select(AuditEntry)
                .where(AuditEntry.action == "deny:open")
                .order_by(col(AuditEntry.id))
            )
        ).all()
    assert [(d.actor_telegram_id, d.subject_id, d.allowed) for d in denied] == [
        (OMAR, people["amina"].id, False),
        (OMAR, None, False),
        (OMAR, people["yusuf"].id, False),
    ]


async def test_a_participant_never_reaches_the_reminder_screens(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    all_button = _callback_of(lina, "📣 Alla mina deltagare")
    amina = app.client(AMINA)
    await amina.send("/menu")
    assert not {"📣 Skicka påminnelse", "✉️ Skicka meddelande"} & set(amina.buttons())
    # Lina's button, or her own menu's intent with the staff widget: neither opens anything.
    await _forge(amina, all_button)
    assert amina.screen_text().endswith("Hej Amina! Vad vill du göra?")
    intent = _callback_of(amina, amina.buttons()[0]).split("\x1d")[0]
    await _forge(amina, f"{intent}\x1dreminders")
    assert amina.screen_text().endswith("Hej Amina! Vad vill du göra?")
    assert "Vem ska få meddelandet?" not in amina.screen_text()
    assert await _outbox(app) == []


# -- storage, on SQLite and PostgreSQL ------------------------------------------------------


async def _people(factory: SessionFactory) -> tuple[Actor, Actor, list[int], int]:
    """Lina with two participants, Omar with one; returns (lina, omar, hers, his)."""
    async with factory() as session:
        lina = Person(
            telegram_id=LINA,
            role="staff",
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            onboarded_at=START,
            display_name="Lina",
        )
        omar = Person(
            telegram_id=OMAR,
            role="staff",
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            onboarded_at=START,
        )
        session.add_all([lina, omar])
        await session.flush()
        participants = [
            Person(
                telegram_id=telegram_id,
                role="participant",
                locale="sv",
                timezone="Europe/Stockholm",
                created_at=START,
                onboarded_at=START,
                staff_id=staff.id,
                display_name=str(telegram_id),
            )
            for telegram_id, staff in ((AMINA, lina), (YUSUF, lina), (KARIM, omar))
        ]
        session.add_all(participants)
        await session.commit()
        assert lina.id and omar.id
        ids = [p.id for p in participants if p.id]
        return (
            Actor(lina.id, LINA, Role.STAFF, True),
            Actor(omar.id, OMAR, Role.STAFF, True),
            ids[:2],
            ids[2],
        )


async def test_storage_drops_forged_recipients_and_audits_them(factory: SessionFactory) -> None:
    lina, omar, hers, his = await _people(factory)
    async with factory() as session:
        refused = await reminders.create(
            session,
            actor=omar,
            audience=Audience.SEVERAL,
            participant_ids=hers,
            template="call-me",
            text=None,
            due_at=START,
            now=START,
        )
        assert refused is None
        kept = await reminders.create(
            session,
            actor=omar,
            audience=Audience.SEVERAL,
            participant_ids=[his, hers[0], 99999],
            template=None,
            text="Hej",
            due_at=START,
            now=START,
        )
        assert kept is not None
        _reminder, people = kept
        assert [p.id for p in people] == [his]
        rows = (await session.exec(select(OutboxMessage))).all()
        assert [r.recipient_id for r in rows] == [his]
        denied = (await session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))).all()
        assert [(d.action, d.subject_id, d.detail) for d in denied] == [
            ("deny:reminder", hers[0], f"participant:{hers[0]}"),
            ("deny:reminder", hers[1], f"participant:{hers[1]}"),
            ("deny:reminder", hers[0], f"participant:{hers[0]}"),
            ("deny:reminder", None, "participant:99999"),
        ]
        # Nor can he read Lina's report, or send nothing, or a template that does not exist.
        assert await reminders.report(session, actor=lina, reminder_id=_reminder.id or 0) is None
        for template, text in (
            ("no-such", None),
            (None, " "),
            (None, "x" * 1001),
            ("call-me", "x"),
        ):
            assert (
                await reminders.create(
                    session,
                    actor=lina,
                    audience=Audience.ALL,
                    participant_ids=[],
                    template=template,
                    text=text,
                    due_at=START,
                    now=START,
                )
                is None
            )


async def _bring_id_tomorrow(session: AsyncSession, lina: Actor) -> tuple[Reminder, list[Person]]:
    """Lina reminds all her participants to bring their ID, tomorrow."""
    created = await reminders.create(
        session,
        actor=lina,
        audience=Audience.ALL,
        participant_ids=[],
        template="bring-id",
        text=None,
        due_at=START + timedelta(days=1),
        now=START,
    )
    assert created is not None
    return created


async def test_only_the_writer_can_stop_a_reminder(factory: SessionFactory) -> None:
    lina, omar, hers, _his = await _people(factory)
    async with factory() as session:
        created = await _bring_id_tomorrow(session, lina)
        reminder, _people_reached = created
        assert reminder.id is not None
        assert (
            await reminders.cancel(session, actor=omar, reminder_id=reminder.id, now=START) is None
        )
        assert await reminders.cancel(session, actor=lina, reminder_id=99999, now=START) is None
        rows = (await session.exec(select(OutboxMessage))).all()
        assert sorted(r.recipient_id for r in rows) == sorted(hers)
        assert {r.status for r in rows} == {"pending"}
        denied = (await session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))).all()
        assert [(d.action, d.allowed, d.actor_id) for d in denied] == [
            ("cancel:reminder", False, omar.person_id),
            ("cancel:reminder", False, lina.person_id),
        ]
        assert await reminders.cancel(session, actor=lina, reminder_id=reminder.id, now=START) == 2
        assert await reminders.cancel(session, actor=lina, reminder_id=reminder.id, now=START) == 0


async def test_her_rights_reach_the_reminders_she_was_sent(factory: SessionFactory) -> None:
    lina, _omar, hers, _his = await _people(factory)
    async with factory() as session:
        created = await _bring_id_tomorrow(session, lina)
        reminder, _recipients = created
        amina = await session.get(Person, hers[0])
        assert amina is not None
        about = await rights.rows_about(session, amina)
        assert [r["participant_id"] for r in about["reminder_recipient"]] == [hers[0]]
        assert [r["recipient_id"] for r in about["outbox"]] == [hers[0]]
        assert "reminder" not in about  # Lina's words are hers; Amina's rows name the id
        json.dumps(about)
        assert await rights.erase(session, person_id=hers[0])
        await session.commit()
    async with factory() as session:
        left = (await session.exec(select(ReminderRecipient))).all()
        assert [r.participant_id for r in left] == [hers[1]]
        found = await reminders.report(session, actor=lina, reminder_id=reminder.id or 0)
        assert found is not None
        assert (found.recipients, found.waiting, found.sent, found.unreached) == (1, 1, 0, 0)


def test_every_template_exists_in_every_language(app: App) -> None:
    for locale in app.l10n.locales:
        i18n = app.l10n(locale)
        for template in reminders.TEMPLATES:
            assert i18n.has(f"reminders-template-{template}")
            assert i18n.has(f"reminders-template-button-{template}")
            assert re.search(r"\w", i18n(f"reminders-template-{template}"))


async def test_a_long_caseload_is_picked_page_by_page(app: App) -> None:
    lina_person = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    for n in range(10):
        await add_member(
            app, 3000 + n, role=Role.PARTICIPANT, name=f"P{n:02d}", staff_id=lina_person.id
        )
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("👥 Flera deltagare")
    assert lina.buttons()[:8] == [f"⬜ P{n:02d}" for n in range(8)]
    await lina.press("⬜ P01")
    await lina.press(">")  # the next page
    assert lina.buttons()[:2] == ["⬜ P08", "⬜ P09"]
    await lina.press("⬜ P09")
    await lina.press("Klar \\(2 valda\\)")
    await lina.press("🏢 Praktiken börjar på måndag")
    await lina.press("⚡ Nu")
    assert "Till 2 deltagare: P01 och P09" in lina.screen_text()
    await lina.press("✅ Skicka")
    assert await app.deliver() == 2


async def test_housekeeping_forgets_reminders_a_month_after_they_were_due(app: App) -> None:
    await _caseload(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("👤 En deltagare")
    await lina.press("Amina")
    await lina.press("✏️ Skriv ett eget meddelande")
    await lina.send("Hej Amina, glöm inte läkartiden.")
    await lina.press("⚡ Nu")
    await lina.press("✅ Skicka")
    await app.deliver()
    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )
    app.clock.set(START + timedelta(days=29))
    await ticks.housekeeping()
    async with app.session() as session:
        assert len((await session.exec(select(Reminder))).all()) == 1
    app.clock.set(START + timedelta(days=31))
    await ticks.housekeeping()
    async with app.session() as session:
        assert (await session.exec(select(Reminder))).all() == []
        assert (await session.exec(select(ReminderRecipient))).all() == []
    assert await _outbox(app) == []
