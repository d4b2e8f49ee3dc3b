"""Group meetings as people meet them: Lina plans the information meeting and invites her
participants; Layla answers in Arabic, Yusuf cannot come; a full meeting offers a waiting
place that moves up; reminders fall due; a move or a cancellation reaches those who said yes;
Lina marks who came, Amina books her mapping talk and Yusuf is missed kindly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile
from icalendar import Calendar
from sqlmodel import select

from dialogs.groups.callbacks import GroupAnswer
from rules.config import Settings
from rules.ics import plain
from storage import groups
from storage.audit import AuditEntry
from storage.booking import Meeting
from storage.groups import GroupMeeting, GroupSeat
from storage.people import Actor, Person, Role
from tests.support.app import App
from tests.support.personas import AMINA, LINA, OMAR, add_member, add_weekday_hours

YUSUF, LAYLA, KARIM = 1002, 1003, 1004
STOCKHOLM = ZoneInfo("Europe/Stockholm")
# The clock starts on Monday 23 November 2026, 10:00 in Stockholm.
THURSDAY = date(2026, 11, 26)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=STOCKHOLM).astimezone(UTC)


async def _people(app: App) -> dict[str, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    ids = {"lina": lina.id or 0}
    for name, telegram_id, locale in (
        ("Amina", AMINA, "sv"),
        ("Yusuf", YUSUF, "sv"),
        ("Layla", LAYLA, "ar"),
    ):
        person = await add_member(
            app, telegram_id, role=Role.PARTICIPANT, name=name, locale=locale, staff_id=lina.id
        )
        ids[name.lower()] = person.id or 0
    return ids


async def _planned(
    app: App, lina_id: int, *, seats: int, starts_at: datetime, invite: list[int]
) -> int:
    """A meeting Lina planned and invited to (the screens for it are tested once, below)."""
    lina = Actor(lina_id, LINA, Role.STAFF, True)
    async with app.session() as session:
        meeting = await groups.create(
            session,
            actor=lina,
            kind="information",
            starts_at=starts_at,
            place="in-person",
            address="Storgatan 1",
            seats=seats,
            now=app.clock.now(),
        )
        assert meeting is not None and meeting.id is not None
        await groups.invite(
            session, actor=lina, meeting_id=meeting.id, participant_ids=invite, now=app.clock.now()
        )
        return meeting.id


def _sent_to(app: App, chat_id: int) -> list[SendMessage | SendDocument]:
    return [
        m
        for m in app.bot.session.requests
        if isinstance(m, SendMessage | SendDocument) and int(m.chat_id) == chat_id
    ]


def _texts(app: App, chat_id: int) -> list[str]:
    return [
        (m.text if isinstance(m, SendMessage) else m.caption) or "" for m in _sent_to(app, chat_id)
    ]


def _last_message(app: App, chat_id: int) -> SendMessage:
    return [m for m in _sent_to(app, chat_id) if isinstance(m, SendMessage)][-1]


async def _seats(app: App) -> dict[tuple[int, int], GroupSeat]:
    async with app.session() as session:
        found = (await session.exec(select(GroupSeat))).all()
    return {(seat.meeting_id, seat.participant_id): seat for seat in found}


async def test_lina_plans_and_invites_layla_says_yes_in_arabic_yusuf_cannot(app: App) -> None:
    ids = await _people(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("👥 Gruppmöten")
    assert lina.screen_text() == "Du har inga gruppmöten. Tryck på ➕ för att planera ett."
    await lina.press("➕ Nytt gruppmöte")
    assert lina.buttons()[:2] == ["Informationsmöte · 60 min", "Workshop · 90 min"]
    await lina.press("Informationsmöte · 60 min")
    await lina.press("26")
    assert lina.screen_text() == "Vilken tid torsdag 26 november 2026?"
    await lina.press("13:00")
    await lina.press("På plats")
    await lina.send("x" * 201)
    assert lina.replies()[-1].startswith("Texten är för lång")
    await lina.send("Storgatan 1, rum 3")
    await lina.press("40")
    assert lina.screen_text().splitlines() == [
        "Informationsmöte",
        "torsdag 26 november 2026 13:00",
        "Plats: På plats, Storgatan 1, rum 3",
        "Antal platser: 40",
    ]
    await lina.press("✅ Skapa")
    assert lina.screen_text().startswith("Gruppmötet är skapat. Nu kan du bjuda in.")
    await lina.press("✉️ Bjud in")
    assert lina.buttons()[:3] == ["⬜ Amina", "⬜ Layla", "⬜ Yusuf"]
    await lina.press("✉️ Bjud in alla")
    assert lina.screen_text().startswith(
        "3 personer är inbjudna. Alla får inbjudan på sitt eget språk."
    )
    (meeting_id,) = {key[0] for key in await _seats(app)}

    await app.deliver()
    invitation = _last_message(app, LAYLA)
    # Without the direction isolates Fluent puts around each value in a right-to-left text.
    lines = plain(invitation.text or "").splitlines()
    assert lines[0] == "👥 أنت مدعو إلى اجتماع جماعي: اجتماع معلومات"
    assert lines[-1] == "بقي 40 مقعدًا. هل ستحضر؟"
    layla = app.client(LAYLA)
    await layla.press_on(invitation, "👍 سأحضر")
    document = _sent_to(app, LAYLA)[-1]
    assert isinstance(document, SendDocument)
    assert plain(document.caption or "").startswith("✅ لديك مقعد. نراك هناك!")
    assert isinstance(document.document, BufferedInputFile)
    (event,) = Calendar.from_ical(document.document.data).walk("VEVENT")
    assert event.decoded("dtstart") == datetime(2026, 11, 26, 13, 0, tzinfo=STOCKHOLM)
    assert str(event["summary"]) == "اجتماع معلومات"

    yusuf = app.client(YUSUF)
    await yusuf.press_on(_last_message(app, YUSUF), "❌ Jag kan inte")
    assert _texts(app, YUSUF)[-1] == "Okej. Tack för att du sa till."
    seats = await _seats(app)
    assert seats[(meeting_id, ids["layla"])].status == "coming"
    assert seats[(meeting_id, ids["yusuf"])].status == "declined"
    assert seats[(meeting_id, ids["amina"])].status == "invited"

    # Amina says yes too, and finds the meeting among her own under 📅 Möten.
    amina = app.client(AMINA)
    await amina.press_on(_last_message(app, AMINA), "👍 Jag kommer")
    await amina.send("/menu")
    await amina.press("📅 Möten")
    assert amina.buttons()[0] == "26 nov. 2026 13:00 · 👥 Informationsmöte"
    await amina.press("26 nov. 2026 13:00 · 👥 Informationsmöte")
    assert amina.screen_text().splitlines() == [
        "👥 Informationsmöte",
        "torsdag 26 november 2026 13:00",
        "Plats: På plats, Storgatan 1, rum 3",
    ]
    async with app.session() as session:
        meeting = await session.get(GroupMeeting, meeting_id)
    assert meeting is not None and meeting.taken == 2


async def test_a_full_meeting_offers_a_waiting_place_that_moves_up(app: App) -> None:
    ids = await _people(app)
    meeting_id = await _planned(
        app,
        ids["lina"],
        seats=1,
        starts_at=_at(THURSDAY, 13),
        invite=[ids["amina"], ids["yusuf"]],
    )
    await app.deliver()
    amina, yusuf = app.client(AMINA), app.client(YUSUF)
    await amina.press_on(_last_message(app, AMINA), "👍 Jag kommer")
    await yusuf.press_on(_last_message(app, YUSUF), "👍 Jag kommer")
    full = _last_message(app, YUSUF)
    assert full.text == (
        "Alla platser är tagna. Vill du stå i kö? Du får ett meddelande om en plats blir ledig."
    )
    await yusuf.press_on(full, "⏳ Ja, ställ mig i kö")
    assert _texts(app, YUSUF)[-1].startswith("⏳ Du står i kö.")
    assert (await _seats(app))[(meeting_id, ids["yusuf"])].status == "waiting"

    # Amina gives her seat back from her own list; Yusuf moves up and is told.
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press(".*👥 Informationsmöte")
    await amina.press("❌ Jag kan inte komma")
    assert amina.screen_text() == "Vill du lämna din plats? Då kan någon annan få den."
    await amina.press("Ja, lämna platsen")
    assert amina.screen_text().splitlines()[0] == (
        "Du har lämnat din plats. Tack för att du sa till."
    )
    await app.deliver()
    told = _sent_to(app, YUSUF)[-1]
    assert isinstance(told, SendDocument)
    assert (told.caption or "").startswith("🎉 En plats blev ledig. Nu har du en plats:")
    seats = await _seats(app)
    assert seats[(meeting_id, ids["yusuf"])].status == "coming"
    assert seats[(meeting_id, ids["amina"])].status == "declined"


async def test_reminders_fall_due_and_a_move_and_a_cancellation_reach_those_who_said_yes(
    app: App,
) -> None:
    ids = await _people(app)
    await _planned(
        app,
        ids["lina"],
        seats=10,
        starts_at=_at(THURSDAY, 13),
        invite=[ids["amina"], ids["yusuf"]],
    )
    await app.deliver()
    await app.client(AMINA).press_on(_last_message(app, AMINA), "👍 Jag kommer")

    app.clock.set(_at(date(2026, 11, 25), 17))
    await app.deliver()
    assert _texts(app, AMINA)[-1] == (
        "⏰ Påminnelse: Informationsmöte\ntorsdag 26 november 2026 13:00\n"
        "Plats: På plats, Storgatan 1"
    )
    # Yusuf never answered: no reminder for him.
    assert not any(text.startswith("⏰") for text in _texts(app, YUSUF))

    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("👥 Gruppmöten")
    await lina.press(".*Informationsmöte · 1/10")
    await lina.press("🔁 Flytta")
    await lina.press("◀️ Tillbaka")  # changed her mind: back to the meeting
    assert lina.screen_text().startswith("Informationsmöte\ntorsdag 26 november 2026 13:00")
    await lina.press("🔁 Flytta")
    await lina.press("27")
    await lina.press("10:00")
    assert "Alla som har tackat ja får veta den nya tiden." in lina.screen_text()
    await lina.press("✅ Flytta hit")
    assert lina.screen_text().startswith("Mötet är flyttat.")
    await app.deliver()
    moved = _sent_to(app, AMINA)[-1]
    assert isinstance(moved, SendDocument) and isinstance(moved.document, BufferedInputFile)
    assert (moved.caption or "").startswith(
        "🔁 Gruppmötet har en ny tid: Informationsmöte\nfredag 27 november 2026 10:00"
    )
    (event,) = Calendar.from_ical(moved.document.data).walk("VEVENT")
    assert int(event["sequence"]) == 1

    # The old two-hours-before reminder is not sent; the new one is.
    app.clock.set(_at(THURSDAY, 11, 30))
    await app.deliver()
    assert not _texts(app, AMINA)[-1].startswith("⏰")
    app.clock.set(_at(date(2026, 11, 27), 8))
    await app.deliver()
    assert _texts(app, AMINA)[-1].startswith("⏰ Påminnelse: Informationsmöte\nfredag 27")

    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("👥 Gruppmöten")
    await lina.press(".*Informationsmöte · 1/10")
    await lina.press("❌ Ställ in")
    await lina.press("Ja, ställ in")
    assert lina.screen_text().splitlines() == [
        "Mötet är inställt. Alla som har tackat ja får veta det.",
        "Du har inga gruppmöten. Tryck på ➕ för att planera ett.",
    ]
    await app.deliver()
    cancelled = _sent_to(app, AMINA)[-1]
    assert (cancelled.caption or "").startswith("❌ Gruppmötet är inställt: Informationsmöte")
    assert not any("inställt" in text for text in _texts(app, YUSUF))


async def test_lina_marks_who_came_amina_books_her_mapping_talk_yusuf_is_missed_kindly(
    app: App,
) -> None:
    ids = await _people(app)
    async with app.session() as session:
        lina_person = await session.get(Person, ids["lina"])
    assert lina_person is not None
    await add_weekday_hours(app, lina_person)
    first = await _planned(
        app,
        ids["lina"],
        seats=10,
        starts_at=_at(date(2026, 11, 24), 9),
        invite=[ids["amina"], ids["yusuf"]],
    )
    following = await _planned(
        app, ids["lina"], seats=10, starts_at=_at(date(2026, 12, 3), 13), invite=[]
    )
    await app.deliver()
    for telegram_id in (AMINA, YUSUF):
        await app.client(telegram_id).press_on(_last_message(app, telegram_id), "👍 Jag kommer")

    app.clock.set(_at(date(2026, 11, 24), 10, 30))
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("👥 Gruppmöten")
    await lina.press("24 nov. 2026 09:00 · Informationsmöte · 2/10")
    await lina.press("✅ Närvaro")
    assert lina.buttons()[:2] == ["✅ Amina", "✅ Yusuf"]
    await lina.press("✅ Yusuf")
    await lina.press("💾 Spara")
    assert lina.screen_text().startswith("Sparat.")
    seats = await _seats(app)
    assert seats[(first, ids["amina"])].attended is True
    assert seats[(first, ids["yusuf"])].attended is False

    await app.deliver()
    thanks = _last_message(app, AMINA)
    assert (thanks.text or "").startswith("Tack för att du kom!")
    amina = app.client(AMINA)
    await amina.press_on(thanks, "📅 Välj en tid")
    # Straight to the days of Lina's mapping talk: an ordinary booking, with its daily cap.
    assert amina.screen_text() == "Välj en dag. Bara dagar med lediga tider visas."
    await amina.press("26")
    await amina.press("10:00")
    assert amina.screen_text().splitlines()[0] == "Kartläggning, 60 min"
    await amina.press("✅ Boka")
    async with app.session() as session:
        (talk,) = (await session.exec(select(Meeting))).all()
    assert (talk.kind, talk.participant_id) == ("mapping", ids["amina"])

    missed = _last_message(app, YUSUF)
    assert missed.text == (
        "Vi saknade dig på Informationsmöte tisdag 24 november 2026. Det är okej. "
        "Nästa gång är torsdag 3 december 2026 13:00. Vill du komma?"
    )
    await app.client(YUSUF).press_on(missed, "👍 Jag kommer")
    assert (await _seats(app))[(following, ids["yusuf"])].status == "coming"
    # Yusuf came to no meeting: the mapping-talk button is not his to press.
    await app.client(YUSUF).press_on(thanks, "📅 Välj en tid")
    assert app.client(YUSUF).toasts()[-1].startswith("Den knappen")

    # The card counts what Lina marked.
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Yusuf.*")
    assert "👥 Gruppmöten: kom 0, missade 1" in lina.screen_text()


async def test_forged_meeting_and_seat_ids_are_refused_and_audited(app: App) -> None:
    ids = await _people(app)
    meeting_id = await _planned(
        app, ids["lina"], seats=5, starts_at=_at(THURSDAY, 13), invite=[ids["amina"]]
    )
    omar = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    karim_member = await add_member(
        app, KARIM, role=Role.PARTICIPANT, name="Karim", staff_id=omar.id
    )
    await app.deliver()
    invitation = _last_message(app, AMINA)

    # Karim presses Amina's invitation: not his.
    karim = app.client(KARIM)
    await karim.press_on(invitation, "👍 Jag kommer")
    assert karim.toasts()[-1].startswith("Den knappen")
    await karim.send("/menu")
    await karim.press_data(GroupAnswer(meeting_id=meeting_id, answer="w").pack())
    assert karim.toasts()[-1].startswith("Den knappen")
    assert (await _seats(app))[(meeting_id, ids["amina"])].status == "invited"

    # Omar opens his own group meetings and asks for Lina's by its id.
    omar_client = app.client(OMAR)
    await omar_client.send("/menu")
    await omar_client.press("📅 Möten och tider")
    await omar_client.press("👥 Gruppmöten")
    intent = omar_client.intent()
    await omar_client.press_data(f"{intent}\x1dmeeting:{meeting_id}")
    assert omar_client.toasts()[-1] == "Det kan du inte göra här."
    assert "Storgatan" not in omar_client.screen_text()

    # Lina ticks Omar's Karim by his id on her invitation list: refused, nothing kept.
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("👥 Gruppmöten")
    await lina.press(".*Informationsmöte.*")
    await lina.press("✉️ Bjud in")
    await lina.press_data(f"{lina.intent()}\x1dinvite_pick:{karim_member.id}")
    assert lina.toasts()[-1] == "Det kan du inte göra här."
    await lina.press("✉️ Bjud in de valda")
    assert lina.toasts()[-1] == "Välj minst en person."
    assert (meeting_id, karim_member.id or 0) not in await _seats(app)

    async with app.session() as session:
        refusals = (
            await session.exec(select(AuditEntry).where(AuditEntry.allowed == False))  # noqa: E712
        ).all()
    assert {entry.action for entry in refusals} >= {"deny:button", "deny:open"}
    assert any(f"GroupsSG:list {meeting_id}" in (entry.detail or "") for entry in refusals)
    assert any(entry.subject_id == karim_member.id for entry in refusals)
