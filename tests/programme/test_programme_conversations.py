"""The end of a programme as people meet it: Lina records Amina's facts and ends her programme,
Amina hears it in Arabic and gets the exit survey; six months later the bot asks what she does
now; Lina and the admin make the report in the chat; Omar can reach none of it for Amina."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiogram.methods import EditMessageText, SendDocument, SendMessage
from aiogram.types import BufferedInputFile, CallbackQuery, Update
from openpyxl import load_workbook
from pydantic import SecretStr
from sqlmodel import select

from dialogs.programme.callbacks import FollowUpAnswer, JobMonth
from rules.config import Settings
from scheduler.runner import Ticks
from storage import checkins, programme, report
from storage.assessments import AssessmentRound
from storage.audit import AuditEntry
from storage.checkins import Checkin
from storage.people import Actor, Person, Role
from storage.programme import ProgrammeExit, ReportFacts
from tests.conftest import ADMIN_ID, START
from tests.support.app import OUTGOING, App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, add_member

# Six months after 23 November 2026, at 10:00 in Stockholm (summer time).
SIX_MONTHS_LATER = datetime(2027, 5, 23, 8, 0, tzinfo=UTC)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """These conversations take more taps than the flood limit allows in the second a test
    runs (the limit itself is tested in test_conversations)."""
    return settings.model_copy(
        update={
            "throttle_messages": 100,
            "throttle_presses": 100,
            "report_key": SecretStr("kept by the municipality"),
        }
    )


async def _setup(app: App, locale: str = "ar") -> tuple[Client, Client, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", locale=locale, staff_id=lina.id
    )
    async with app.session() as session:
        await checkins.ensure_plan(session, participant=amina, now=app.clock.now())
        await session.commit()
    assert amina.id is not None
    return app.client(AMINA), app.client(LINA), amina.id


async def _open_card(lina: Client) -> None:
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Amina.*")


async def _row(app: App, model: type, key: int) -> object:
    async with app.session() as session:
        return await session.get(model, key)


async def _audit(app: App, action: str) -> list[tuple[bool, int | None]]:
    async with app.session() as session:
        rows = (await session.exec(select(AuditEntry).where(AuditEntry.action == action))).all()
    return [(r.allowed, r.actor_telegram_id) for r in rows]


async def _tick(app: App) -> None:
    await Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    ).queue_due()


def _to(app: App, chat: int) -> list[SendMessage]:
    return [m for m in app.bot.sent(SendMessage) if int(m.chat_id) == chat]


async def test_lina_records_the_facts_the_report_counts(app: App) -> None:
    _amina, lina, amina_id = await _setup(app)
    await _open_card(lina)
    assert "📊 Uppgifter för rapport" in lina.buttons()
    await lina.press("📊 Uppgifter för rapport")
    assert lina.screen_text() == (
        "Uppgifter för rapporten: Amina\nKön: –\nFödelseår: –\nStatus vid start: –\n"
        "Utbildning: –\nProgrammet pågår."
    )
    # Sensitive facts are not offered unless the municipality turns them on.
    assert lina.buttons() == [
        "Kön",
        "Födelseår",
        "Status vid start",
        "Utbildning",
        "Jobbet började",
        "◀️ Tillbaka",
    ]
    await lina.press("^Kön$")
    assert lina.screen_text() == "Vilket kön har deltagaren?"
    assert lina.buttons() == ["Kvinna", "Man", "Icke-binär", "Vill inte svara", "◀️ Tillbaka"]
    await lina.press("Kvinna")
    await lina.press("Födelseår")
    await lina.send("två tusen fyra")
    assert lina.replies()[-1] == "Skriv ett år med fyra siffror, till exempel 2004."
    await lina.send_sticker()
    await lina.send("1850")
    assert lina.replies()[-1] == "Skriv ett år med fyra siffror, till exempel 2004."
    await lina.send("2004")
    await lina.press("Status vid start")
    await lina.press("Arbetslös längre än ett år")
    await lina.press("Utbildning")
    await lina.press("Gymnasium")
    assert lina.screen_text() == (
        "Sparat.\nUppgifter för rapporten: Amina\nKön: Kvinna\nFödelseår: 2004\n"
        "Status vid start: Arbetslös längre än ett år\nUtbildning: Gymnasium\nProgrammet pågår."
    )
    # A job that started during the programme is recorded on the card, any time.
    await lina.press("Jobbet började")
    assert lina.screen_text() == "Vilken dag började Amina jobbet? Välj dagen."
    await lina.press("^2$")
    assert "Jobbet började: 2 november 2026\nProgrammet pågår." in lina.screen_text()
    facts = await _row(app, ReportFacts, amina_id)
    assert isinstance(facts, ReportFacts)
    assert (facts.gender, facts.birth_year, facts.entry_status, facts.education) == (
        "woman",
        2004,
        "long-term-unemployed",
        "isced-3-4",
    )
    async with app.session() as session:
        edits = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "edit:report-facts"))
        ).all()
    # Every change is audited with the fact's name, never its value.
    assert [(e.detail, e.subject_id, e.allowed) for e in edits] == [
        ("gender", amina_id, True),
        ("birth_year", amina_id, True),
        ("entry_status", amina_id, True),
        ("education", amina_id, True),
        ("job_started_on", amina_id, True),
    ]


async def test_lina_ends_aminas_programme_and_amina_hears_it_in_arabic(app: App) -> None:
    amina, lina, amina_id = await _setup(app)
    await _open_card(lina)
    await lina.press("🏁 Avsluta programmet")
    assert lina.screen_text() == "Hur går Amina vidare när programmet slutar?"
    await lina.press("Har ett jobb")
    assert lina.screen_text().startswith("Avsluta programmet för Amina?\nStatus vid avslut: Har")
    await lina.press("🏁 Ja, avsluta")
    # A job at exit: the day it started is what the job target counts from.
    assert lina.screen_text() == "Vilken dag började Amina jobbet? Välj dagen."
    assert lina.buttons()[-2:] == ["Vet inte", "◀️ Tillbaka"]
    await lina.send("16 november")
    assert lina.replies()[-1] == "Jag förstår inte det. Tryck på en knapp."
    await lina.press("^16$")
    assert lina.screen_text().startswith(
        "Programmet är avslutat. Den sista enkäten är skickad.\nAmina"
    )

    person = await _row(app, Person, amina_id)
    assert isinstance(person, Person) and person.ended_at == START
    ending = await _row(app, ProgrammeExit, amina_id)
    assert isinstance(ending, ProgrammeExit) and ending.status == "employed"
    assert ending.follow_up_due_at == SIX_MONTHS_LATER

    await app.deliver()
    ar = app.l10n("ar")
    notice, invitation = _to(app, AMINA)
    assert notice.text == ar("programme-ended-notice")
    assert invitation.text == ar("assessment-invite-exit", title=ar("avslut-title"), minutes=2)
    async with app.session() as session:
        (survey,) = (await session.exec(select(AssessmentRound))).all()
    assert (survey.instrument, survey.cause) == ("avslut", "exit")
    await amina.press_on(invitation, ar("assessment-invite-start"))

    # The weekly check-in and the self-assessment rhythm stop.
    app.clock.set(START + timedelta(days=60))
    await _tick(app)
    async with app.session() as session:
        assert (await session.exec(select(Checkin))).all() == []
        rounds = (await session.exec(select(AssessmentRound))).all()
    assert [r.instrument for r in rounds] == ["avslut"]

    # Ending again changes nothing: the screen says so and offers no button.
    await _open_card(lina)
    await lina.press("🏁 Avsluta programmet")
    assert lina.screen_text() == "Programmet för Amina avslutades 23 november 2026."
    assert lina.buttons() == ["◀️ Tillbaka"]
    async with app.session() as session:
        again = await programme.end_programme(
            session,
            actor=Actor(ending.ended_by_id or 0, LINA, Role.STAFF, True),
            participant_id=amina_id,
            status="job-seeking",
            now=app.clock.now(),
        )
    assert again is programme.Ending.ALREADY
    ending = await _row(app, ProgrammeExit, amina_id)
    assert isinstance(ending, ProgrammeExit) and (ending.status, ending.ended_at) == (
        "employed",
        START,
    )
    await lina.press("◀️ Tillbaka")
    await lina.press("📊 Uppgifter för rapport")
    assert lina.screen_text().endswith(
        "Jobbet började: 16 november 2026\nAvslutat 23 november 2026: Har ett jobb"
    )
    facts = await _row(app, ReportFacts, amina_id)
    assert isinstance(facts, ReportFacts) and facts.job_started_on == date(2026, 11, 16)


async def _end(app: App, amina_id: int) -> None:
    async with app.session() as session:
        lina = (await session.exec(select(Person).where(Person.telegram_id == LINA))).one()
        ending = await programme.end_programme(
            session,
            actor=Actor.of(lina),
            participant_id=amina_id,
            status="employed",
            now=app.clock.now(),
        )
    assert ending is programme.Ending.ENDED
    await app.deliver()
    app.bot.reset()


async def test_six_months_later_amina_is_asked_once_and_reminded_once(app: App) -> None:
    amina, _lina, amina_id = await _setup(app, locale="sv")
    await _end(app, amina_id)
    app.clock.set(SIX_MONTHS_LATER - timedelta(minutes=1))
    await _tick(app)
    await app.deliver()
    assert _to(app, AMINA) == []

    app.clock.set(SIX_MONTHS_LATER)
    await _tick(app)
    await _tick(app)  # a second tick queues nothing more
    await app.deliver()
    (question,) = _to(app, AMINA)
    assert question.text == (
        "Hej! Det har gått sex månader sedan ditt program slutade.\nVad gör du nu?"
    )
    assert question.reply_markup is not None
    labels = [b.text for row in question.reply_markup.inline_keyboard for b in row]
    assert labels == ["💼 Jag jobbar", "📚 Jag studerar", "🔎 Jag söker jobb", "Något annat"]

    # No answer for a week: one reminder; a week more: no second one.
    app.clock.set(SIX_MONTHS_LATER + timedelta(days=7))
    await _tick(app)
    await app.deliver()
    app.clock.set(SIX_MONTHS_LATER + timedelta(days=14))
    await _tick(app)
    await app.deliver()
    question_again, reminder = _to(app, AMINA)
    assert question_again is question
    assert reminder.text == "Vi vill gärna veta hur det går för dig. Vad gör du nu?"

    await amina.press_on(reminder, "💼 Jag jobbar")
    # Working, and Lina never recorded since when: Amina picks the month it started.
    months = _to(app, AMINA)[-1]
    assert months.text == "Tack! Vilken månad började du jobbet?"
    assert months.reply_markup is not None
    rows = [[b.text for b in row] for row in months.reply_markup.inline_keyboard]
    assert rows[0] == ["juni 2027", "maj 2027", "april 2027"]
    assert rows[-1] == ["Jag minns inte"]
    await amina.press_on(months, "mars 2027")
    assert amina.replies()[-1] == "Tack för ditt svar! Lycka till."
    facts = await _row(app, ReportFacts, amina_id)
    # Known only by its month: counted from the month's last day, never longer than it may be.
    assert isinstance(facts, ReportFacts) and facts.job_started_on == date(2027, 3, 31)
    await amina.press_on(months, "april 2027")
    assert amina.replies()[-1] == "Du har redan svarat. Tack!"
    # The first answer counts: the old question's button changes nothing.
    await amina.press_on(question, "📚 Jag studerar")
    assert amina.replies()[-1] == "Du har redan svarat. Tack!"
    ending = await _row(app, ProgrammeExit, amina_id)
    assert isinstance(ending, ProgrammeExit)
    assert (ending.follow_up, ending.follow_up_answered_at) == (
        "working",
        SIX_MONTHS_LATER + timedelta(days=14),
    )
    async with app.session() as session:
        (row,) = await report.rows(session, actor=None, zone=ZoneInfo("Europe/Stockholm"))
    assert (row.exit_status, row.follow_up) == ("employed", "working")


async def test_a_forged_or_unasked_follow_up_button_changes_nothing(app: App) -> None:
    amina, _lina, amina_id = await _setup(app, locale="sv")
    forged = SendMessage(
        chat_id=AMINA,
        text="?",
        reply_markup={
            "inline_keyboard": [
                [{"text": "💼", "callback_data": FollowUpAnswer(answer="w").pack()}],
                [{"text": "x", "callback_data": "fu:z"}],
                [{"text": "m", "callback_data": JobMonth(month="2026-11").pack()}],
                [{"text": "bad", "callback_data": "jm:2026-13"}],
            ]
        },
    )
    await amina.press_on(forged, "💼")  # she was never asked
    await amina.press_on(forged, "x")  # not an answer at all
    await amina.press_on(forged, "m")  # a job month, never asked for
    await amina.press_on(forged, "bad")  # no month at all
    assert await _row(app, ProgrammeExit, amina_id) is None
    assert await _row(app, ReportFacts, amina_id) is None
    assert [allowed for allowed, _ in await _audit(app, "deny:button")] == [False] * 3
    assert amina.toasts()[0] == "Den knappen fungerar inte här. Tryck på en av knapparna nedan."


async def test_lina_makes_the_report_in_the_chat(app: App) -> None:
    _amina, lina, amina_id = await _setup(app)
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    await lina.press("📊 Rapport")
    assert lina.screen_text() == "Rapporten gäller dina deltagare. Du får den som en Excel-fil."
    await lina.press("Gör rapporten")
    progress = [m for m in app.bot.sent(SendMessage) if m.text == "Jag gör rapporten …"]
    assert len(progress) == 1
    (done,) = app.bot.sent(EditMessageText)
    assert done.text == "Klart! Rapporten har 1 deltagare."
    (document,) = app.bot.sent(SendDocument)
    assert int(document.chat_id) == LINA
    assert isinstance(document.document, BufferedInputFile)
    assert document.document.filename == "lotsen-report-all.xlsx"
    book = load_workbook(io.BytesIO(document.document.data))
    rows = list(book["Deltagare"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows] == [report.pseudonym(amina_id, b"kept by the municipality")]
    assert lina.screen_text() == "Rapporten gäller dina deltagare. Du får den som en Excel-fil."
    async with app.session() as session:
        (export,) = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "export:report"))
        ).all()
    assert (export.actor_telegram_id, export.allowed, export.detail) == (
        LINA,
        True,
        "participants=1",
    )


async def test_the_admin_chooses_a_cohort(app: App) -> None:
    await _setup(app)
    await add_member(app, ADMIN_ID, role=Role.STAFF, name="Sofia")
    sofia = app.client(ADMIN_ID)
    await sofia.send("/menu")
    await sofia.press("🗂 Mer")
    await sofia.press("📊 Rapport")
    assert sofia.screen_text() == "Vilka deltagare ska rapporten gälla? Välj efter när de började."
    assert sofia.buttons()[:4] == [
        "Alla deltagare",
        "Började 2026",
        "Började 2026, januari–juni",
        "Började 2026, juli–december",
    ]
    await sofia.press("Började 2026, januari–juni")
    await sofia.press("Började 2026, juli–december")
    first, second = app.bot.sent(SendDocument)
    assert (first.document.filename, second.document.filename) == (
        "lotsen-report-2026H1.xlsx",
        "lotsen-report-2026H2.xlsx",
    )
    assert [m.text for m in app.bot.sent(EditMessageText)] == [
        "Klart! Rapporten har 0 deltagare.",
        "Klart! Rapporten har 1 deltagare.",
    ]


def _forge(client: Client, widget_data: str) -> CallbackQuery:
    """A button press with this widget's data on the client's current dialog."""
    markup = client.screen().reply_markup
    assert markup is not None
    intent = (markup.inline_keyboard[0][0].callback_data or "").split("\x1d")[0]
    return CallbackQuery(
        id="f",
        data=f"{intent}\x1d{widget_data}",
        chat_instance="-",
        from_user=client.user,
        message=client.screen(),
    )


async def _lots_of(app: App, participant_id: int, staff_id: int | None) -> int | None:
    """Give the participant another lots; the one they had."""
    async with app.session() as session:
        person = await session.get(Person, participant_id)
        assert person is not None
        before, person.staff_id = person.staff_id, staff_id
        await session.commit()
        return before


async def _press_forged(client: Client, widget_data: str) -> None:
    await client.dp.feed_update(
        client.bot,
        Update(update_id=client._new_update_id(), callback_query=_forge(client, widget_data)),
    )


async def test_omar_can_neither_end_nor_edit_nor_export_aminas_even_with_forged_data(
    app: App,
) -> None:
    amina, _lina, amina_id = await _setup(app, locale="sv")
    omar_row = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    omar = app.client(OMAR)
    await omar.send("/menu")
    await omar.press("👥 Mina deltagare")
    # Omar picks Amina from a forged list button: refused where he pressed it.
    await _press_forged(omar, f"participant:{amina_id}")
    assert omar.screen_text() == "Du har inga deltagare ännu. Bjud in någon från menyn."
    assert "📊 Uppgifter för rapport" not in omar.buttons()

    # Her card, open from a day she was his, after she went back to Lina.
    lina_id = await _lots_of(app, amina_id, omar_row.id)
    await _press_forged(omar, f"participant:{amina_id}")
    await _lots_of(app, amina_id, lina_id)
    # The hidden buttons, forged: the facts screen refuses, and so does saving a fact.
    await _press_forged(omar, "report_facts")
    assert omar.screen_text().startswith("Det kan du inte göra här.")
    await _press_forged(omar, "fact:gender")
    await _press_forged(omar, "value:man")
    await _press_forged(omar, "back")
    # And ending: the end screen refuses, and so does confirming.
    await omar.send("/menu")
    await omar.press("👥 Mina deltagare")
    await _lots_of(app, amina_id, omar_row.id)
    await _press_forged(omar, f"participant:{amina_id}")
    await _lots_of(app, amina_id, lina_id)
    await _press_forged(omar, "end_programme")
    assert omar.screen_text() == "Det kan du inte göra här."
    await _press_forged(omar, "status:employed")
    await _press_forged(omar, "confirm")
    # Omar's report holds none of Lina's participants.
    await omar.send("/menu")
    await omar.press("🗂 Mer")
    await omar.press("📊 Rapport")
    await omar.press("Gör rapporten")
    (document,) = app.bot.sent(SendDocument)
    assert isinstance(document.document, BufferedInputFile)
    book = load_workbook(io.BytesIO(document.document.data))
    assert list(book["Deltagare"].iter_rows(min_row=2, values_only=True)) == []
    # A cohort is only for admins: forged, it is refused.
    await _press_forged(omar, "cohort:2026")
    assert len(app.bot.sent(SendDocument)) == 1

    assert await _row(app, ReportFacts, amina_id) is None
    assert await _row(app, ProgrammeExit, amina_id) is None
    person = await _row(app, Person, amina_id)
    assert isinstance(person, Person) and person.ended_at is None
    assert (False, OMAR) in await _audit(app, "read:report-facts")
    assert await _audit(app, "edit:report-facts") == [(False, OMAR)]
    assert await _audit(app, "edit:programme-end") == [(False, OMAR)]
    assert await _audit(app, "export:report") == [(True, OMAR), (False, OMAR)]

    # Amina, a participant, sees none of these screens.
    await amina.send("/menu")
    assert not {"📊 Rapport", "📊 Uppgifter för rapport", "🏁 Avsluta programmet"} & set(
        amina.buttons()
    )
