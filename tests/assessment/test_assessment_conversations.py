"""Self-assessment as people meet it: Amina answers on her phone between shifts, stops and
comes back days later; Lina asks for a round, sets the rhythm and reads the trend."""

from __future__ import annotations

import re
import struct
from datetime import timedelta

import pytest
from aiogram.fsm.storage.base import StorageKey
from aiogram.methods import SendMessage, SendPhoto
from aiogram.types import BufferedInputFile
from sqlmodel import select

from dialogs.assessment.handlers import ROUND_KIND
from rules.config import Settings
from rules.instruments import FULL, SHORT
from storage import assessments
from storage.alerts import Alert
from storage.assessments import AssessmentAnswer, AssessmentRound, AssessmentScore
from storage.audit import AuditEntry
from storage.people import Actor, Person, Role
from tests.support.app import OUTGOING, App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """A test taps through a questionnaire faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


async def _setup(app: App, locale: str = "sv") -> tuple[Client, Client, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", locale=locale, staff_id=lina.id
    )
    assert amina.id is not None
    return app.client(AMINA), app.client(LINA), amina.id


async def _request(app: App, participant_id: int, instrument: str, form: str) -> SendMessage:
    """Lina's request through storage, delivered by the outbox: the invitation Amina gets."""
    async with app.session() as session:
        lina = Actor(1, LINA, Role.STAFF, True)
        found = await assessments.request(
            session,
            actor=lina,
            participant_id=participant_id,
            instrument=instrument,
            form=form,
            now=app.clock.now(),
        )
        assert found is not None
    await app.deliver()
    return [m for m in app.bot.sent(SendMessage) if m.chat_id == AMINA][-1]


async def _finish_onboarding(app: App, participant_id: int) -> None:
    """What onboarding does for self-assessment: the baseline round, and the rhythm."""
    async with app.session() as session:
        participant = await session.get(Person, participant_id)
        assert participant is not None
        await assessments.start_participant(session, participant=participant, now=app.clock.now())
        await session.commit()


async def _rounds(app: App) -> list[AssessmentRound]:
    async with app.session() as session:
        return list((await session.exec(select(AssessmentRound))).all())


async def _answers(app: App, round_id: int) -> dict[str, int | None]:
    async with app.session() as session:
        return await assessments.answers_of(session, round_id=round_id)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _charts(app: App, chat_id: int) -> list[SendPhoto]:
    return [p for p in app.bot.sent(SendPhoto) if int(p.chat_id) == chat_id]


async def test_amina_answers_the_short_form_from_an_invitation(app: App) -> None:
    amina, _lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", SHORT)
    assert invitation.text == (
        "📝 Dags för några frågor om hur det går: Vägen till jobb. Det tar cirka 2 minuter."
    )

    await amina.press_on(invitation, "Börja nu")
    assert amina.screen_text().splitlines() == [
        "Vägen till jobb",
        "7 frågor. Det tar cirka 2 minuter.",
        "Det finns inga rätta eller fel svar.",
        "Din lots ser dina svar.",
    ]
    await amina.press(".*Börja.*")
    first = amina.screen_text().splitlines()
    assert first[0] == "Hälsa och ork · fråga 1 av 7"
    assert first[1].startswith("⬜⬜⬜")
    assert first[2] == "Min hälsa gör att jag kan arbeta."
    assert amina.buttons() == [
        "Stämmer helt",
        "Stämmer ganska bra",
        "Stämmer delvis",
        "Stämmer lite",
        "Stämmer inte alls",
        "Hoppa över ⏭",
        "⏸ Fortsätt senare",
    ]
    for label in ["Stämmer helt", "Stämmer ganska bra", "Stämmer delvis", "Stämmer helt"]:
        await amina.press(f"^{label}$")
    assert "fråga 5 av 7" in amina.screen_text()
    assert "🟩🟩🟩🟩🟩🟩⬜⬜⬜⬜" in amina.screen_text() and "57%" in amina.screen_text()
    for label in ["Stämmer lite", "Stämmer ganska bra", "Stämmer helt"]:
        await amina.press(f"^{label}$")

    assert amina.screen_text().splitlines() == [
        "Tack! Så här gick det i Vägen till jobb:",
        "1. Hälsa och ork: det går bra (5 av 5)",
        "2. Vardag och rutiner: det går bra (4 av 5)",
        "3. Språk och kontakt med andra: det går ganska bra (3 av 5)",
        "4. Kunskap och erfarenhet: det går bra (5 av 5)",
        "5. Stöd från andra: det är svårt just nu (2 av 5)",
        "6. Vilja och självförtroende: det går bra (4 av 5)",
        "7. Praktiska saker: det går bra (5 av 5)",
        "Totalt: det går bra (4 av 5)",
    ]
    assert amina.buttons() == ["💬 Jag vill prata med min lots om det", "🏠 Meny"]
    (chart,) = _charts(app, AMINA)
    assert chart.caption == "Vägen till jobb: dina svar över tid. Längre stapel är bättre."
    assert isinstance(chart.photo, BufferedInputFile)
    assert _png_size(chart.photo.data)[0] == 1080

    (found,) = await _rounds(app)
    assert found.completed_at == app.clock.now() and found.position == 7
    assert found.id is not None
    answers = await _answers(app, found.id)
    assert answers == {
        "health-1": 5,
        "routines-1": 4,
        "language-1": 3,
        "skills-1": 5,
        "social-1": 2,
        "motivation-1": 4,
        "practical-1": 5,
    }
    async with app.session() as session:
        scores = await assessments.scores_of(session, round_id=found.id)
    assert scores["total"] == 4.0 and scores["social"] == 2.0

    await amina.press(".*Jag vill prata med min lots.*")
    assert amina.screen_text().startswith("Din lots får veta att du vill prata.")
    async with app.session() as session:
        (alert,) = (await session.exec(select(Alert))).all()
    assert (alert.kind, alert.cause) == ("wants-contact", f"assessment-{found.id}")
    await amina.press(".*Meny.*")
    assert "Hej Amina!" in amina.screen_text()
    assert "📝 Självskattning" in amina.buttons()


async def _answer_all(amina: Client, count: int, label: str = "Stämmer ganska bra") -> None:
    for _ in range(count):
        await amina.press(f"^{label}$")


async def test_the_long_form_goes_theme_by_theme_and_resumes_after_a_restart(any_app: App) -> None:
    amina, _lina, amina_id = await _setup(any_app)
    await _finish_onboarding(any_app, amina_id)

    await amina.send("/menu")
    await amina.press(".*Självskattning \\(1 ny\\).*")
    assert amina.buttons()[0] == "▶️ Vägen till jobb (0/49)"
    await amina.press(".*Vägen till jobb \\(0/49\\).*")
    assert "49 frågor. Det tar cirka 15 minuter." in amina.screen_text()
    assert "Frågorna kommer i 7 delar. Du kan ta paus efter varje del." in amina.screen_text()
    await amina.press(".*Börja.*")
    await _answer_all(amina, 7)
    assert amina.screen_text() == "✅ Klart: Hälsa och ork. Du har gjort 1 av 7 delar."
    assert amina.buttons() == ["Nästa del: Vardag och rutiner", "⏸ Fortsätt senare"]
    await amina.press(".*Nästa del.*")
    assert "Vardag och rutiner · fråga 8 av 49" in amina.screen_text()
    await _answer_all(amina, 3)
    await amina.press(".*Fortsätt senare.*")
    assert amina.screen_text().startswith("Dina svar är sparade.")

    # Days later, after the bot restarted: exactly where she left.
    any_app.clock.advance(timedelta(days=3))
    any_app.restart()
    await amina.send("/menu")
    await amina.press(".*Självskattning.*")
    await amina.press(".*Vägen till jobb \\(10/49\\).*")
    assert "Vardag och rutiner · fråga 11 av 49" in amina.screen_text()
    assert "Jag planerar min vecka." in amina.screen_text()
    await _answer_all(amina, 4)
    for theme_number in range(2, 7):
        assert f"Du har gjort {theme_number} av 7 delar." in amina.screen_text()
        await amina.press(".*Nästa del.*")
        await _answer_all(amina, 7)
    assert amina.screen_text().startswith("Tack! Så här gick det i Vägen till jobb:")
    assert "Totalt: det går bra (4 av 5)" in amina.screen_text()

    (found,) = await _rounds(any_app)
    assert found.id is not None and found.completed_at == any_app.clock.now()
    answers = await _answers(any_app, found.id)
    assert len(answers) == 49 and set(answers.values()) == {4}
    async with any_app.session() as session:
        themes = (
            await session.exec(
                select(AssessmentScore.theme).where(AssessmentScore.round_id == found.id)
            )
        ).all()
    assert len(themes) == 8


async def test_back_and_skip_keep_the_right_answers(app: App) -> None:
    amina, _lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    await amina.press("^Stämmer lite$")
    await amina.press(".*Tillbaka.*")
    assert "fråga 1 av 7" in amina.screen_text()
    assert "Ditt svar: Stämmer lite" in amina.screen_text()
    await amina.press("^Stämmer helt$")
    await amina.press(".*Hoppa över.*")
    assert "fråga 3 av 7" in amina.screen_text()
    (found,) = await _rounds(app)
    assert found.id is not None
    assert await _answers(app, found.id) == {"health-1": 5, "routines-1": None}


async def test_a_question_shows_each_answer_back_skip_and_later_once(app: App) -> None:
    """Amina on question 2 sees the scale, back, skip and later, each button carrying its
    text and its data alone, the data led by her dialog's id once: what Telegram gets is
    the keyboard aiogram-dialog's own widgets would draw."""
    amina, _lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    await amina.press("^Stämmer helt$")
    markup = amina.screen().reply_markup
    assert markup is not None
    intent = amina.intent()
    shown = [
        [button.model_dump(exclude_none=True) for button in row] for row in markup.inline_keyboard
    ]
    scale = [
        "Stämmer helt",
        "Stämmer ganska bra",
        "Stämmer delvis",
        "Stämmer lite",
        "Stämmer inte alls",
    ]
    assert shown == [
        *(
            [{"text": text, "callback_data": f"{intent}\x1dvalue:1.{5 - row}"}]
            for row, text in enumerate(scale)
        ),
        [
            {"text": "◀️ Tillbaka", "callback_data": f"{intent}\x1dback:1"},
            {"text": "Hoppa över ⏭", "callback_data": f"{intent}\x1dskip:1"},
        ],
        [{"text": "⏸ Fortsätt senare", "callback_data": f"{intent}\x1dlater"}],
    ]


async def test_an_old_button_or_forged_value_changes_nothing(any_app: App) -> None:
    amina, _lina, amina_id = await _setup(any_app)
    invitation = await _request(any_app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    first_item = amina.screen()
    await amina.press("^Stämmer helt$")
    await amina.press("^Stämmer lite$")
    assert "fråga 3 av 7" in amina.screen_text()

    # The keyboard of question 1, pressed again from an old message.
    await amina.press("^Stämmer inte alls$", message=first_item)
    assert amina.toasts()[-1] == "Den frågan är redan besvarad. Här är frågan du är på nu."
    assert "fråga 3 av 7" in amina.screen_text()
    (found,) = await _rounds(any_app)
    assert found.id is not None and found.position == 2
    assert await _answers(any_app, found.id) == {"health-1": 5, "routines-1": 2}

    # A value that is not on the scale, in otherwise well-formed data.
    screen = amina.screen()
    markup = screen.reply_markup
    assert markup is not None
    button = markup.inline_keyboard[0][0]
    assert button.callback_data is not None
    forged = button.model_copy(update={"callback_data": button.callback_data[:-1] + "9"})
    forged_markup = markup.model_copy(update={"inline_keyboard": [[forged]]})
    await amina.press(".*", message=screen.model_copy(update={"reply_markup": forged_markup}))
    assert amina.toasts()[-1] == "Den frågan är redan besvarad. Här är frågan du är på nu."
    assert await _answers(any_app, found.id) == {"health-1": 5, "routines-1": 2}


async def test_a_round_opened_before_its_form_was_kept_goes_on(any_app: App) -> None:
    """A dialog saved by an earlier version knows its round by id alone: the round's
    instrument and form are read once, and the answers go on where they were."""
    amina, _lina, amina_id = await _setup(any_app)
    invitation = await _request(any_app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    await amina.press("^Stämmer helt$")
    storage = any_app.dp.storage
    key = StorageKey(
        bot_id=any_app.bot.id,
        chat_id=AMINA,
        user_id=AMINA,
        destiny=f"aiogd:context:{amina.intent()}",
    )
    saved = await storage.get_data(key)
    assert saved["dialog_data"].pop(ROUND_KIND)[1:] == ["vagen", SHORT]
    await storage.set_data(key, saved)

    any_app.restart()
    await amina.press("^Stämmer lite$")
    assert "fråga 3 av 7" in amina.screen_text()
    await amina.press("^Stämmer lite$")
    (found,) = await _rounds(any_app)
    assert found.id is not None and found.position == 3
    assert await _answers(any_app, found.id) == {
        "health-1": 5,
        "routines-1": 2,
        "language-1": 2,
    }


async def test_text_a_sticker_or_voice_instead_of_a_button(app: App) -> None:
    amina, _lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    await amina.send("Stämmer helt")
    assert amina.replies()[-1] == "Jag förstår inte det. Tryck på en knapp."
    await amina.send_sticker()
    assert amina.replies()[-1] == (
        "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp."
    )
    # A voice note is no answer here; it may go to her lots with one tap.
    await amina.send_voice()
    assert amina.replies()[-1] == "Vill du skicka det här till din lots?"
    assert "fråga 1 av 7" in amina.screen_text()
    (found,) = await _rounds(app)
    assert found.id is not None and found.position == 0
    assert await _answers(app, found.id) == {}


async def test_low_well_being_alerts_lina_without_the_answers(app: App) -> None:
    amina, lina, _amina_id = await _setup(app, locale="en")
    await amina.send("/menu")
    await amina.press(".*Self-assessment.*")
    await amina.press(".*Well-being.*")
    intro = amina.screen_text()
    assert "Think about the last 14 days." in intro
    assert "You choose if you want to answer." in intro
    await amina.press("^Start$")
    assert "Skip" not in " ".join(amina.buttons())  # every well-being item needs an answer
    await _answer_all(amina, 5, label="Rarely")
    assert "Total: it is hard right now (20 of 100)" in amina.screen_text()

    async with app.session() as session:
        (alert,) = (await session.exec(select(Alert))).all()
    (found,) = await _rounds(app)
    assert (alert.kind, alert.cause) == ("assessment", f"maende:{found.id}")
    await app.deliver()
    notice = lina.replies()[-1]
    assert notice == "🔔 Amina: Självskattning under gränsen: Mående. Se /menu → Larm."


async def test_the_optional_well_being_form_can_be_declined(app: App) -> None:
    amina, _lina, _amina_id = await _setup(app)
    await amina.send("/menu")
    await amina.press(".*Självskattning.*")
    await amina.press(".*Mående.*")
    await amina.press("Nej tack")
    assert amina.screen_text().startswith("Okej. Du kan svara senare om du vill.")
    (declined,) = await _rounds(app)
    assert declined.declined_at is not None and declined.id is not None
    assert await _answers(app, declined.id) == {}

    # Begun, it resumes at the item she was on: the intro (and its "no") does not come back.
    await amina.press(".*Självskattning.*")
    await amina.press(".*Mående.*")
    await amina.press("Börja")
    await amina.press("^Ibland$")
    await amina.press(".*Fortsätt senare.*")
    await amina.press(".*Självskattning.*")
    await amina.press(".*Mående \\(1/5\\).*")
    assert "fråga 2 av 5" in amina.screen_text()
    assert "Nej tack" not in amina.buttons()
    await amina.press("◀️ Tillbaka")
    assert "fråga 1 av 5" in amina.screen_text()
    await amina.press(".*Fortsätt senare.*")
    await amina.press(".*Självskattning.*")
    await amina.press(".*Mående \\(0/5\\).*")
    assert "fråga 1 av 5" in amina.screen_text()  # went back, but had begun: no intro
    rounds = await _rounds(app)
    assert rounds[1].id is not None
    assert await _answers(app, rounds[1].id) == {"energy": 2}


async def test_two_rounds_give_a_trend_for_amina_and_for_lina(app: App) -> None:
    amina, lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    await _answer_all(amina, 7, label="Stämmer lite")
    first_chart = _charts(app, AMINA)[-1]

    app.clock.advance(timedelta(days=28))
    invitation = await _request(app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    await _answer_all(amina, 7, label="Stämmer ganska bra")
    second_chart = _charts(app, AMINA)[-1]
    assert isinstance(first_chart.photo, BufferedInputFile)
    assert isinstance(second_chart.photo, BufferedInputFile)
    assert _png_size(second_chart.photo.data)[0] == 1080
    assert second_chart.photo.data != first_chart.photo.data  # two rounds drawn, not one

    # Amina finds her results again from the menu.
    await amina.press(".*Meny.*")
    await amina.press(".*Självskattning.*")
    await amina.press(".*Mina resultat.*")
    await amina.press(".*Vägen till jobb.*")
    assert len(_charts(app, AMINA)) == 3
    assert "Totalt: det går bra (4 av 5)" in amina.screen_text()

    # Lina reads the trend on Amina's card; the read is audited.
    await lina.send("/menu")
    await lina.press(".*Mina deltagare.*")
    await lina.press(".*Amina.*")
    await lina.press(".*Självskattning.*")
    text = lina.screen_text()
    assert "Självskattning för Amina" in text
    assert "Totalt: det går bra (4 av 5)" in text
    assert "Förra gången: 2 av 5" in text
    assert "Korta frågor: av" in text  # no rhythm was set for her
    await lina.press(".*Visa diagram.*")
    (staff_chart,) = _charts(app, LINA)
    assert staff_chart.caption == "Amina: Vägen till jobb över tid."
    async with app.session() as session:
        actions = (
            await session.exec(select(AuditEntry.action).where(AuditEntry.subject_id == amina_id))
        ).all()
    assert {"read:assessment", "read:assessment-chart"} <= set(actions)


async def test_lina_sets_the_rhythm_and_the_clock_brings_invitations_and_one_reminder(
    app: App,
) -> None:
    _amina, lina, amina_id = await _setup(app)
    await _finish_onboarding(app, amina_id)
    await lina.send("/menu")
    await lina.press(".*Mina deltagare.*")
    await lina.press(".*Amina.*")
    await lina.press(".*Självskattning.*")
    await lina.press(".*Hur ofta.*")
    await lina.press(".*Varannan vecka.*")
    assert lina.screen_text().startswith("Sparat.")
    assert "Korta frågor: var 2:e vecka" in lina.screen_text()

    def invitations() -> list[str]:
        return [m.text or "" for m in app.bot.sent(SendMessage) if m.chat_id == AMINA]

    def reminders() -> list[str]:
        return [t for t in invitations() if t.startswith("Påminnelse")]

    from scheduler.runner import Ticks

    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )
    await app.deliver()
    assert invitations()[-1].startswith("📝 Välkommen!")  # the baseline, after onboarding

    # Three days without an answer: one reminder. Never a second one.
    for _ in range(3):
        app.clock.advance(timedelta(days=3))
        await ticks.queue_due()
        await app.deliver()
    assert reminders() == ["Påminnelse: du har frågor kvar att svara på: Vägen till jobb."]

    # Two weeks after Lina set the rhythm: the baseline is still open, so it waits.
    app.clock.advance(timedelta(days=5, hours=2))
    await ticks.queue_due()
    rounds = await _rounds(app)
    assert [(r.cause, r.form) for r in rounds] == [("baseline", FULL)]

    # Amina finishes the baseline; two weeks on, the short form comes.
    baseline = rounds[0]
    assert baseline.id is not None
    async with app.session() as session:
        actor = Actor(amina_id, AMINA, Role.PARTICIPANT, True)
        for position in range(49):
            await assessments.answer(
                session,
                actor=actor,
                round_id=baseline.id,
                instrument=baseline.instrument,
                form=baseline.form,
                position=position,
                value=3,
                now=app.clock.now(),
            )
    app.clock.advance(timedelta(days=14))
    await ticks.queue_due()
    await app.deliver()
    assert invitations()[-1] == (
        "📝 Dags för några frågor om hur det går: Vägen till jobb. Det tar cirka 2 minuter."
    )
    rounds = await _rounds(app)
    assert [(r.cause, r.form) for r in rounds] == [("baseline", FULL), ("rhythm", SHORT)]
    app.clock.advance(timedelta(days=3))
    await ticks.queue_due()
    await app.deliver()
    assert len(reminders()) == 2  # one for each round

    # Lina turns it off: no more rounds come.
    await lina.press(".*Hur ofta.*")
    await lina.press(".*Inga automatiska frågor.*")
    assert "Korta frågor: av" in lina.screen_text()
    app.clock.advance(timedelta(days=60))
    await ticks.queue_due()
    assert len(await _rounds(app)) == 2


async def test_nobody_reaches_another_persons_round(app: App) -> None:
    _amina, lina, amina_id = await _setup(app)
    omar = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=omar.id)
    invitation = await _request(app, amina_id, "vagen", SHORT)

    # Yusuf presses Amina's invitation (forwarded, or forged data): nothing opens.
    yusuf = app.client(YUSUF)
    await yusuf.press_on(invitation, "Börja nu")
    assert yusuf.toasts()[-1] == "Den knappen fungerar inte här. Tryck på en av knapparna nedan."

    # Omar cannot ask Lina's participant for a round.
    async with app.session() as session:
        refused = await assessments.request(
            session,
            actor=Actor(omar.id or 0, OMAR, Role.STAFF, True),
            participant_id=amina_id,
            instrument="vagen",
            form=FULL,
            now=app.clock.now(),
        )
    assert refused is None
    assert len(await _rounds(app)) == 1

    # Lina, a staff member, pressing the participant's button is refused too.
    await lina.press_on(invitation, "Börja nu")
    assert lina.toasts()[-1] == "Det kan du inte göra här."
    async with app.session() as session:
        answers = (await session.exec(select(AssessmentAnswer))).all()
    assert answers == []


async def test_a_double_tap_on_skip_or_back_acts_once(app: App) -> None:
    amina, _lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "Börja nu")
    await amina.press("Börja")
    first = amina.screen()
    await amina.press(".*Hoppa över.*", message=first)
    await amina.press(".*Hoppa över.*", message=first)  # the same button, tapped twice
    assert "fråga 2 av 7" in amina.screen_text()
    assert amina.toasts()[-1] == "Den frågan är redan besvarad. Här är frågan du är på nu."
    await amina.press("^Stämmer helt$")
    await amina.press("^Stämmer helt$")
    fourth = amina.screen()
    await amina.press("◀️ Tillbaka", message=fourth)
    await amina.press("◀️ Tillbaka", message=fourth)
    assert "fråga 3 av 7" in amina.screen_text()
    (found,) = await _rounds(app)
    assert found.id is not None
    assert await _answers(app, found.id) == {"health-1": None, "routines-1": 5, "language-1": 5}


async def test_nothing_is_asked_before_onboarding_and_no_lots_means_no_talk_offer(
    app: App,
) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    async with app.session() as session:
        newcomer = Person(
            telegram_id=YUSUF,
            role="participant",
            locale="sv",
            timezone="Europe/Stockholm",
            staff_id=lina.id,
            created_at=app.clock.now(),
        )
        session.add(newcomer)
        await session.commit()
        assert newcomer.id is not None and lina.id is not None
        refused = await assessments.request(
            session,
            actor=Actor(lina.id, LINA, Role.STAFF, True),
            participant_id=newcomer.id,
            instrument="vagen",
            form=SHORT,
            now=app.clock.now(),
        )
    assert refused is None  # not before the privacy text is accepted

    alone = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina")
    amina = app.client(AMINA)
    await amina.send("/menu")
    await amina.press(".*Självskattning.*")
    await amina.press(".*Mående.*")
    await amina.press("Börja")
    await _answer_all(amina, 5, label="Ofta|Oftast")
    assert amina.screen_text().startswith("Tack!")
    assert amina.buttons() == ["🏠 Meny"]  # nobody to talk to: no promise of it
    assert alone.staff_id is None


# The chart is drawn in a worker thread; a missing glyph (a box in the picture) fails there,
# and no chart is sent.
@pytest.mark.filterwarnings("error:Glyph:UserWarning")
async def test_a_tigrinya_reader_gets_her_chart_drawn_in_her_script(app: App) -> None:
    amina, _lina, amina_id = await _setup(app, locale="ti")
    invitation = await _request(app, amina_id, "vagen", SHORT)
    await amina.press_on(invitation, "ሕጂ ጀምሩ")
    await amina.press(re.escape(amina.buttons()[0]))  # begin
    for _ in range(7):
        await amina.press(f"^{re.escape(amina.buttons()[0])}$")  # the scale's first answer
    (chart,) = _charts(app, AMINA)
    assert chart.caption is not None and chart.caption.startswith("መገዲ ናብ ስራሕ: ")
    assert isinstance(chart.photo, BufferedInputFile)
    assert _png_size(chart.photo.data)[0] == 1080
