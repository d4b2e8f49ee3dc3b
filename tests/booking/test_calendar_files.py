"""Calendar files as a phone opens them: Amina's meeting comes with an alarm and a link back
to the chat; when it moves, the new file replaces the old entry (same UID, higher SEQUENCE);
when it is cancelled, by her or by Lina, a cancellation takes it away. File names are in the
reader's language, and so is the name of her data export."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile
from icalendar import Calendar, Event
from sqlmodel import select

from rules.config import Settings
from storage import booking, staffing
from storage.booking import Meeting
from storage.people import Actor, Role
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, add_member, add_weekday_hours

STOCKHOLM = ZoneInfo("Europe/Stockholm")
FOLLOW_UP = "Uppföljning · 30 min · På plats"
BOT_LINK = "https://t.me/lotsen_test_bot"
ISOLATES = ("\u2066", "\u2067", "\u2068", "\u2069")


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"throttle_messages": 10_000})


async def _setup(app: App, *, locale: str = "sv") -> tuple[Client, Client]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    assert lina.id is not None
    await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id, locale=locale
    )
    await add_weekday_hours(app, lina)
    return app.client(AMINA), app.client(LINA)


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STOCKHOLM).astimezone(UTC)


def _files_to(app: App, chat_id: int) -> list[SendDocument]:
    return [d for d in app.bot.sent(SendDocument) if int(d.chat_id) == chat_id]


def _opened(document: SendDocument) -> tuple[Calendar, Event]:
    """The file as a calendar app reads it."""
    assert isinstance(document.document, BufferedInputFile)
    calendar = Calendar.from_ical(document.document.data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event


async def _meeting(app: App) -> Meeting:
    async with app.session() as session:
        (meeting,) = (await session.exec(select(Meeting))).all()
        return meeting


async def test_amina_books_moves_and_cancels_and_her_calendar_follows(app: App) -> None:
    amina, _lina = await _setup(app)
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    await amina.press(FOLLOW_UP)
    await amina.press("25")
    await amina.press("10:00")
    await amina.press("✅ Boka")

    (booked,) = _files_to(app, AMINA)
    assert isinstance(booked.document, BufferedInputFile)
    assert booked.document.filename == "möte-lotsen.ics"
    calendar, event = _opened(booked)
    assert str(calendar["method"]) == "PUBLISH"
    uid = str(event["uid"])
    assert event.decoded("sequence") == 0
    assert event.decoded("dtstart") == datetime(2026, 11, 25, 10, 0, tzinfo=STOCKHOLM)
    assert str(event["description"]) == f"Ändra eller fråga i Lotsen: {BOT_LINK}"
    (alarm,) = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == -timedelta(hours=2)  # with the last reminder
    assert str(alarm["description"]) == "Uppföljning med Lina"

    await amina.press("25 nov.*")
    await amina.press("🔁 Flytta")
    await amina.press("26")
    await amina.press("09:30")
    await amina.press("✅ Flytta hit")
    moved = _files_to(app, AMINA)[-1]
    _calendar, event = _opened(moved)
    assert str(event["uid"]) == uid
    assert event.decoded("sequence") == 1
    assert event.decoded("dtstart") == datetime(2026, 11, 26, 9, 30, tzinfo=STOCKHOLM)
    assert (await _meeting(app)).sequence == 1

    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("26 nov.*")
    await amina.press("❌ Avboka")
    await amina.press("Ja, avboka")
    assert amina.screen_text().startswith("Mötet är avbokat.")
    cancelled = _files_to(app, AMINA)[-1]
    assert isinstance(cancelled.document, BufferedInputFile)
    assert cancelled.document.filename == "avbokat-möte-lotsen.ics"
    assert cancelled.caption == "📎 Öppna filen. Då tas mötet bort ur din kalender."
    calendar, event = _opened(cancelled)
    assert str(calendar["method"]) == "CANCEL"
    assert str(event["status"]) == "CANCELLED"
    assert str(event["uid"]) == uid
    assert event.decoded("sequence") == 2
    assert event.walk("VALARM") == []
    stored = await _meeting(app)
    assert (stored.status, stored.sequence) == ("cancelled", 2)

    # Lina hears of it with the same cancellation for her calendar.
    await app.deliver()
    (told,) = _files_to(app, LINA)
    assert told.caption == "❌ Amina har avbokat mötet torsdag 26 november 2026 09:30."
    calendar, event = _opened(told)
    assert (str(calendar["method"]), str(event["uid"]), event.decoded("sequence")) == (
        "CANCEL",
        uid,
        2,
    )
    assert str(event["summary"]) == "Uppföljning med Amina"


async def test_lina_books_moves_and_cancels_for_amina_who_gets_each_file(app: App) -> None:
    _amina, lina = await _setup(app)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Amina.*")
    await lina.press("📅 Boka ett möte")
    await lina.press(FOLLOW_UP)
    await lina.press("24")
    await lina.press("10:00")
    await lina.press("✅ Boka")
    await app.deliver()
    (booked,) = _files_to(app, AMINA)
    assert booked.caption is not None and booked.caption.startswith("📅")
    _calendar, event = _opened(booked)
    uid = str(event["uid"])
    assert (event.decoded("sequence"), str(event["summary"])) == (0, "Uppföljning med Lina")

    async with app.session() as session:
        meeting = (await session.exec(select(Meeting))).one()
        lina_actor = Actor(meeting.staff_id, LINA, Role.STAFF, True)
        outcome = await booking.move(
            session,
            actor=lina_actor,
            meeting_id=meeting.id or 0,
            starts_at=_at(date(2026, 11, 26), 11),
            now=app.clock.now(),
            limits=booking.Limits(),
        )
        assert outcome.refusal is None
    await app.deliver()
    moved = _files_to(app, AMINA)[-1]
    assert moved.caption == "🔁 Din lots har flyttat ert möte till torsdag 26 november 2026 11:00."
    _calendar, event = _opened(moved)
    assert (str(event["uid"]), event.decoded("sequence")) == (uid, 1)
    assert event.decoded("dtstart") == datetime(2026, 11, 26, 11, 0, tzinfo=STOCKHOLM)

    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("📆 Visa veckan")
    await lina.press("2026-11-26 11:00 · Amina · Uppföljning")
    await lina.press("❌ Avboka")
    # Lina's own calendar, where her booking put it, loses it too.
    calendar, event = _opened(_files_to(app, LINA)[-1])
    assert (str(calendar["method"]), str(event["uid"]), event.decoded("sequence")) == (
        "CANCEL",
        uid,
        2,
    )
    await app.deliver()
    cancelled = _files_to(app, AMINA)[-1]
    assert cancelled.caption is not None and cancelled.caption.startswith("❌ Ditt möte")
    assert isinstance(cancelled.document, BufferedInputFile)
    assert cancelled.document.filename == "avbokat-möte-lotsen.ics"
    calendar, event = _opened(cancelled)
    assert (str(calendar["method"]), str(event["status"])) == ("CANCEL", "CANCELLED")
    assert (str(event["uid"]), event.decoded("sequence")) == (uid, 2)


async def test_a_cancel_from_the_reminder_and_one_when_lina_leaves_bring_the_file(
    app: App,
) -> None:
    amina, _lina = await _setup(app)
    omar = await add_member(app, OMAR, role=Role.ADMIN, name="Omar")
    for day in ("25", "26"):
        await amina.send("/menu")
        await amina.press("📅 Möten")
        await amina.press("➕ Boka ett möte")
        await amina.press(FOLLOW_UP)
        await amina.press(day)
        await amina.press("10:00")
        await amina.press("✅ Boka")
    app.clock.set(_at(date(2026, 11, 24), 17))
    await app.deliver()
    day_before = [m for m in app.bot.sent(SendMessage) if (m.text or "").startswith("⏰")][-1]
    await amina.press_on(day_before, "❌ Jag kan inte komma")
    answer = _files_to(app, AMINA)[-1]
    assert answer.caption == "Mötet är avbokat. Du kan boka en ny tid under 📅 Möten."
    calendar, event = _opened(answer)
    assert (str(calendar["method"]), event.decoded("sequence")) == ("CANCEL", 1)
    assert event.decoded("dtstart") == datetime(2026, 11, 25, 10, 0, tzinfo=STOCKHOLM)

    # Lina stops working here: her meetings still to come are cancelled, and Amina is told.
    async with app.session() as session:
        lina_id = (await session.exec(select(Meeting.staff_id))).first()
        assert lina_id is not None and omar.id is not None
        outcome = await staffing.deactivate(
            session,
            actor=Actor(omar.id, OMAR, Role.ADMIN, True),
            staff_id=lina_id,
            admin_ids=frozenset(),
            move_to=omar.id,
            now=app.clock.now(),
        )
        assert outcome.refusal is None
    await app.deliver()
    told = _files_to(app, AMINA)[-1]
    calendar, event = _opened(told)
    assert str(calendar["method"]) == "CANCEL"
    assert event.decoded("dtstart") == datetime(2026, 11, 26, 10, 0, tzinfo=STOCKHOLM)
    assert event.decoded("sequence") == 1


@pytest.mark.parametrize(
    ("locale", "name"),
    [("sv", "möte-lotsen.ics"), ("en", "meeting-lotsen.ics"), ("ar", "موعد-lotsen.ics")],
)
async def test_the_file_is_named_in_her_language_and_telegram_gets_that_name(
    app: App, locale: str, name: str
) -> None:
    amina, _lina = await _setup(app, locale=locale)
    i18n = app.l10n(locale)
    await amina.send("/menu")
    await amina.press(i18n("menu-booking"))
    await amina.press(i18n("booking-new"))
    await amina.press(".*30.*")
    await amina.press("25")
    await amina.press("10:00")
    await amina.press(i18n("booking-confirm-button"))
    (document,) = _files_to(app, AMINA)
    assert isinstance(document.document, BufferedInputFile)
    assert document.document.filename == name
    # The upload as it leaves for Telegram: the name in UTF-8, as Telegram reads it.
    assert f'filename="{name}"'.encode() in await _upload(app, document)

    # Fluent isolates names and dates in right-to-left text; none reach the calendar.
    text = document.document.data.decode("utf-8")
    assert not any(mark in text for mark in ISOLATES)
    _calendar, event = _opened(document)
    assert "Lina" in str(event["summary"])
    assert BOT_LINK in str(event["description"])


async def _upload(app: App, method: SendDocument) -> bytes:
    session = AiohttpSession()
    try:
        form = session.build_form_data(app.bot, method)
        body = bytearray()

        class _Sink:
            async def write(self, chunk: Any) -> None:
                body.extend(chunk)

        await form().write(_Sink())  # type: ignore[arg-type]
        return bytes(body)
    finally:
        await session.close()


@pytest.mark.parametrize(
    ("locale", "name"),
    [
        ("sv", "lotsen-mina-uppgifter.json"),
        ("en", "lotsen-my-data.json"),
        ("uk", "lotsen-мої-дані.json"),
        ("fa", "اطلاعات-من-lotsen.json"),
    ],
)
async def test_her_data_export_is_named_in_her_language(app: App, locale: str, name: str) -> None:
    amina, _lina = await _setup(app, locale=locale)
    i18n = app.l10n(locale)
    await amina.send("/menu")
    await amina.press(i18n("menu-settings"))
    await amina.press(i18n("menu-privacy"))
    await amina.press(i18n("rights-export-button"))
    (document,) = _files_to(app, AMINA)
    assert isinstance(document.document, BufferedInputFile)
    assert document.document.filename == name
    assert f'filename="{name}"'.encode() in await _upload(app, document)
