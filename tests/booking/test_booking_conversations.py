"""Booking as people meet it: Amina books, moves and cancels a meeting with Lina; Lina keeps
her hours and agenda; reminders come the day before and two hours before."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile
from icalendar import Calendar
from sqlmodel import select

from rules.config import Settings
from storage import booking
from storage.booking import Meeting, MeetingClaim
from storage.people import Actor, Role
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, YUSUF, add_member, add_weekday_hours

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# The clock starts on Monday 23 November 2026, 10:00 in Stockholm.
FOLLOW_UP = "Uppföljning · 30 min · På plats"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


async def _setup(app: App, *, hours: bool = True) -> tuple[Client, Client, int, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    assert lina.id is not None and amina.id is not None
    if hours:
        await add_weekday_hours(app, lina)
    return app.client(AMINA), app.client(LINA), amina.id, lina.id


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STOCKHOLM).astimezone(UTC)


def _days(client: Client) -> list[str]:
    """The day numbers the calendar offers."""
    return [b for b in client.buttons() if b.strip().isdigit()]


async def _book(client: Client, day: str, time: str, kind: str = FOLLOW_UP) -> None:
    await client.send("/menu")
    await client.press("📅 Möten")
    await client.press("➕ Boka ett möte")
    await client.press(kind)
    await client.press(day)
    await client.press(time)
    await client.press("✅ Boka")


async def _meetings(app: App) -> list[Meeting]:
    async with app.session() as session:
        return list((await session.exec(select(Meeting).order_by(Meeting.id))).all())


def _sent_to(app: App, chat_id: int) -> list[str]:
    """What the outbox sent: messages, and the captions of calendar files."""
    return [
        (m.text if isinstance(m, SendMessage) else m.caption) or ""
        for m in app.bot.session.requests
        if isinstance(m, SendMessage | SendDocument) and int(m.chat_id) == chat_id
    ]


async def test_amina_books_a_meeting_and_gets_a_calendar_file(app: App) -> None:
    amina, _lina, _amina_id, _lina_id = await _setup(app)
    await amina.send("/menu")
    await amina.press("📅 Möten")
    assert amina.screen_text() == "Du har inga bokade möten."
    await amina.press("➕ Boka ett möte")
    # Lina is her only lots, so the first question is the kind of meeting.
    assert amina.screen_text() == "Vilket slags möte?"
    assert amina.buttons()[:3] == [
        "Kartläggning · 60 min · På plats",
        "Uppföljning · 30 min · På plats",
        "Vägledning · 45 min · På plats",
    ]
    await amina.press(FOLLOW_UP)
    assert amina.screen_text() == "Välj en dag. Bara dagar med lediga tider visas."
    buttons = amina.buttons()
    assert buttons[:8] == ["🗓 November 2026", "Må", "Ti", "On", "To", "Fr", "Lö", "Sö"]
    # 24 hours' notice: not today; no weekends; the first week row starts on Monday.
    assert _days(amina) == ["24", "25", "26", "27", "30"]
    assert "December ▶️" in buttons

    await amina.press("25")
    assert amina.screen_text() == "Lediga tider onsdag 25 november 2026:"
    assert amina.buttons() == ["09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "◀️ Tillbaka"]
    await amina.press("10:00")
    assert amina.screen_text().splitlines() == [
        "Uppföljning, 30 min",
        "onsdag 25 november 2026 10:00",
        "Med Lina",
        "Plats: På plats",
    ]
    await amina.press("✅ Boka")
    assert amina.screen_text().splitlines()[:2] == [
        "Mötet är bokat.",
        "Dina möten:",
    ]
    assert amina.buttons()[0] == "25 nov. 2026 10:00 · Uppföljning"

    (document,) = app.bot.sent(SendDocument)
    assert document.caption is not None and document.caption.startswith("✅ Bokat!")
    assert isinstance(document.document, BufferedInputFile)
    assert document.document.filename == "möte-lotsen.ics"
    (event,) = Calendar.from_ical(document.document.data).walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2026, 11, 25, 10, 0, tzinfo=STOCKHOLM)
    assert event.decoded("dtend") == datetime(2026, 11, 25, 10, 30, tzinfo=STOCKHOLM)
    assert str(event["dtstart"].params["TZID"]) == "Europe/Stockholm"
    assert str(event["summary"]) == "Uppföljning med Lina"
    assert str(event["location"]) == "På plats"

    (meeting,) = await _meetings(app)
    assert (meeting.starts_at, meeting.status) == (_at(date(2026, 11, 25), 10), "booked")
    async with app.session() as session:
        claims = (await session.exec(select(MeetingClaim))).all()
    assert len(claims) == 3  # 30 minutes and a 15-minute buffer

    await app.deliver()
    assert _sent_to(app, LINA) == ["📅 Amina har bokat Uppföljning: onsdag 25 november 2026 10:00."]


async def test_a_time_taken_meanwhile_offers_the_next_free_times(app: App) -> None:
    amina, _lina, _amina_id, lina_id = await _setup(app)
    await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=lina_id)
    yusuf = app.client(YUSUF)
    # Both have 25 November 10:00 on screen; Yusuf confirms first.
    for client in (amina, yusuf):
        await client.send("/menu")
        await client.press("📅 Möten")
        await client.press("➕ Boka ett möte")
        await client.press(FOLLOW_UP)
        await client.press("25")
        await client.press("10:00")
    await yusuf.press("✅ Boka")
    await amina.press("✅ Boka")
    lines = amina.screen_text().splitlines()
    assert lines == ["Den tiden bokade någon annan nyss. Här är nästa lediga tider:"]
    assert amina.buttons()[:4] == ["24/11 10:00", "24/11 10:30", "24/11 11:00", "24/11 11:30"]
    await amina.press("24/11 11:00")
    await amina.press("✅ Boka")
    assert amina.screen_text().startswith("Mötet är bokat.")
    starts = sorted(m.starts_at for m in await _meetings(app))
    assert starts == [_at(date(2026, 11, 24), 11), _at(date(2026, 11, 25), 10)]


async def test_move_and_cancel_and_the_lock_window(app: App) -> None:
    amina, _lina, _amina_id, _lina_id = await _setup(app)
    await _book(amina, "25", "10:00")
    await amina.press("25 nov.*")
    await amina.press("🔁 Flytta")
    await amina.press("26")
    await amina.press("09:30")
    assert "torsdag 26 november 2026 09:30" in amina.screen_text()
    await amina.press("✅ Flytta hit")
    assert amina.screen_text().startswith("Mötet är flyttat.")
    (meeting,) = await _meetings(app)
    assert meeting.starts_at == _at(date(2026, 11, 26), 9, 30)
    async with app.session() as session:
        held = (await session.exec(select(MeetingClaim.at))).all()
    assert min(held) == _at(date(2026, 11, 26), 9, 30)  # the old time is free again

    # Closer than 12 hours: Amina is asked to contact her lots instead.
    app.clock.set(_at(date(2026, 11, 26), 0))
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("26 nov.*")
    await amina.press("❌ Avboka")
    assert amina.screen_text().startswith(
        "Det är mindre än 12 timmar kvar. Prata med din lots om du vill ändra."
    )
    await amina.press("🔁 Flytta")
    assert amina.screen_text().startswith("Det är mindre än 12 timmar kvar.")
    assert (await _meetings(app))[0].status == "booked"

    # A day earlier it could be cancelled.
    app.clock.set(_at(date(2026, 11, 25), 9))
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("26 nov.*")
    await amina.press("❌ Avboka")
    assert amina.screen_text() == "Vill du avboka mötet?"
    await amina.press("Ja, avboka")
    assert amina.screen_text().splitlines()[:2] == [
        "Mötet är avbokat.",
        "Du har inga bokade möten.",
    ]
    async with app.session() as session:
        assert (await session.exec(select(MeetingClaim))).all() == []
    await app.deliver()
    assert _sent_to(app, LINA)[-1] == ("❌ Amina har avbokat mötet torsdag 26 november 2026 09:30.")


async def test_no_free_days_a_holiday_a_day_off_and_the_daily_cap(app: App) -> None:
    amina, lina, _amina_id, lina_id = await _setup(app, hours=False)
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    await amina.press(FOLLOW_UP)
    assert amina.screen_text() == (
        "Det finns inga lediga tider de närmaste veckorna. Prata med din lots."
    )
    assert _days(amina) == []

    # Lina opens Thursdays 09-12 from her own screens.
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("🕘 Mina tider")
    await lina.press("➕ Lägg till en tid")
    await lina.press("Torsdag")
    await lina.press("09:00")
    await lina.press("12:00")
    assert lina.screen_text().startswith("Sparat.")
    assert "✖ Torsdag 09:00–12:00" in lina.buttons()
    # Christmas Eve (Thursday 24 December) is closed by itself; Lina takes 3 December off.
    await lina.press("◀️ Tillbaka")
    await lina.press("🏖 Lediga dagar")
    await lina.press("December ▶️")
    await lina.press("3")
    assert lina.screen_text().startswith("Dagen är stängd för bokning.")
    assert "🏖" in lina.buttons()

    app.clock.set(_at(date(2026, 12, 1), 10))  # horizon: 28 days, to 29 December
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    await amina.press(FOLLOW_UP)
    assert _days(amina) == ["10", "17"]  # not the 3rd (day off), not the 24th (holiday)

    # Lina takes at most two meetings a day: once two are booked, the 10th is gone.
    async with app.session() as session:
        lina_actor = Actor(lina_id, LINA, Role.STAFF, True)
        await booking.set_rules(session, actor=lina_actor, daily_cap=2)
        kinds = await booking.ensure_kinds(session, staff_id=lina_id)
        follow_up = next(k.id for k in kinds if k.code == "follow-up")
        assert follow_up is not None
        for hour in (9, 10):
            outcome = await booking.book(
                session,
                actor=lina_actor,
                participant_id=_amina_id,
                kind_id=follow_up,
                starts_at=_at(date(2026, 12, 10), hour),
                now=app.clock.now(),
                limits=booking.Limits(max_future=10),
            )
            assert outcome.meeting is not None, outcome.refusal
    await amina.press("◀️ Tillbaka")
    await amina.press("➕ Boka ett möte")
    await amina.press(FOLLOW_UP)
    assert _days(amina) == ["17"]


async def test_reminders_come_with_answers_and_i_cant_come_reaches_lina(app: App) -> None:
    amina, _lina, _amina_id, _lina_id = await _setup(app)
    await _book(amina, "25", "10:00")
    await app.deliver()

    def reminders() -> list[SendMessage]:
        return [
            m
            for m in app.bot.sent(SendMessage)
            if int(m.chat_id) == AMINA and (m.text or "").startswith("⏰")
        ]

    # The day before at 17:00 Stockholm time.
    app.clock.set(_at(date(2026, 11, 24), 17))
    await app.deliver()
    (day_before,) = reminders()
    assert day_before.text == (
        "⏰ Påminnelse: Uppföljning med Lina\nonsdag 25 november 2026 10:00\nPlats: På plats"
    )
    markup = day_before.reply_markup
    assert [row[0].text for row in markup.inline_keyboard] == [  # type: ignore[union-attr]
        "👍 Jag kommer",
        "🔁 Jag behöver flytta det",
        "❌ Jag kan inte komma",
    ]
    await amina.press_on(day_before, "👍 Jag kommer")
    assert _sent_to(app, AMINA)[-1] == "Tack! Vi ses."
    assert (await _meetings(app))[0].response == "coming"

    # Two hours before: within the lock window, "I can't come" tells Lina at once.
    app.clock.set(_at(date(2026, 11, 25), 8))
    await app.deliver()
    two_hours = reminders()[-1]
    assert two_hours is not day_before
    await amina.press_on(two_hours, "❌ Jag kan inte komma")
    assert _sent_to(app, AMINA)[-1] == "Din lots får veta det nu och hör av sig till dig."
    (meeting,) = await _meetings(app)
    assert (meeting.status, meeting.response) == ("booked", "cant")
    await app.deliver()
    assert _sent_to(app, LINA)[-1] == (
        "⚠️ Amina kan inte komma på mötet onsdag 25 november 2026 10:00. Hör av dig till hen."
    )


async def test_a_reminder_cancels_outside_the_lock_window_and_nobody_else_can_press_it(
    app: App,
) -> None:
    amina, _lina, _amina_id, lina_id = await _setup(app)
    await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=lina_id)
    await _book(amina, "25", "10:00")
    app.clock.set(_at(date(2026, 11, 24), 17))
    await app.deliver()
    day_before = [m for m in app.bot.sent(SendMessage) if (m.text or "").startswith("⏰")][-1]

    yusuf = app.client(YUSUF)
    await yusuf.press_on(day_before, "❌ Jag kan inte komma")
    assert yusuf.toasts()[-1] == "Den knappen fungerar inte här. Tryck på en av knapparna nedan."
    assert (await _meetings(app))[0].status == "booked"

    await amina.press_on(day_before, "❌ Jag kan inte komma")
    assert _sent_to(app, AMINA)[-1] == ("Mötet är avbokat. Du kan boka en ny tid under 📅 Möten.")
    assert (await _meetings(app))[0].status == "cancelled"


async def test_lina_books_for_amina_marks_a_no_show_and_amina_is_nudged_kindly(app: App) -> None:
    amina, lina, _amina_id, _lina_id = await _setup(app)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Amina.*")
    await lina.press("📅 Boka ett möte")
    await lina.press("Kartläggning · 60 min · På plats")
    await lina.press("24")
    await lina.press("10:00")
    await lina.press("✅ Boka")
    await app.deliver()
    assert _sent_to(app, AMINA)[-1] == (
        "📅 Din lots har bokat ett möte med dig: Kartläggning, "
        "tisdag 24 november 2026 10:00. Plats: På plats."
    )

    app.clock.set(_at(date(2026, 11, 24), 11, 30))
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    assert lina.screen_text().startswith("Idag:")
    await lina.press("2026-11-24 10:00 · Amina · Kartläggning")
    assert "Inget svar än" in lina.screen_text()
    await lina.press("❌ Kom inte")
    assert lina.screen_text().startswith("Sparat.")
    assert "Kom: nej" in lina.screen_text()
    await app.deliver()
    nudge = [m for m in app.bot.sent(SendMessage) if int(m.chat_id) == AMINA][-1]
    assert nudge.text == (
        "Vi saknade dig på mötet tisdag 24 november 2026 10:00. Det är okej. "
        "Vill du boka en ny tid?"
    )
    await amina.press_on(nudge, "📅 Boka en ny tid")
    assert amina.screen_text() == "Vilket slags möte?"


async def test_amina_may_also_book_with_another_staff_member_when_allowed(app: App) -> None:
    amina, _lina, amina_id, _lina_id = await _setup(app)
    omar = await add_member(app, 2002, role=Role.STAFF, name="Omar")
    assert omar.id is not None
    async with app.session() as session:
        await booking.add_window(
            session,
            actor=Actor(omar.id, 2002, Role.STAFF, True),
            weekday=4,
            start="13:00",
            end="15:00",
        )
        await booking.set_access(session, participant_id=amina_id, staff_id=omar.id, allowed=True)
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    assert amina.screen_text() == "Vem vill du träffa?"
    assert amina.buttons() == ["Lina", "Omar", "◀️ Tillbaka"]
    await amina.press("Omar")
    await amina.press(FOLLOW_UP)
    assert _days(amina) == ["27"]  # Omar works Fridays: the only one left in November
    await amina.press("27")
    await amina.press("13:30")
    assert "Med Omar" in amina.screen_text()
    await amina.press("✅ Boka")
    (meeting,) = await _meetings(app)
    assert meeting.staff_id == omar.id
