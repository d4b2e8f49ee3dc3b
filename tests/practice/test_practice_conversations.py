"""Practice as Amina meets it between shifts: a track, sessions of five words in every kind of
exercise, typed answers, a pause and a restart, the daily prompt and the streak."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from aiogram.methods import SendMessage
from sqlmodel import select

from rules.vocabulary import Item, vocabulary
from scheduler.runner import Ticks
from storage import practice
from storage.people import Role
from storage.practice import PracticeCard, PracticeProfile, PracticeReview, PracticeSession
from tests.support.app import OUTGOING, App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, add_member, person_by_telegram_id

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _care() -> list[Item]:
    track = vocabulary().get("care")
    assert track is not None
    return list(track.items)


async def _setup(app: App, locale: str = "sv") -> Client:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id, locale=locale
    )
    return app.client(AMINA)


async def _choose_care(amina: Client) -> None:
    await amina.send("/menu")
    await amina.press("🗣 Öva svenska")
    await amina.press("▶️ Öva nu")
    assert amina.screen_text() == "Vilket yrke vill du öva svenska för?"
    await amina.press("Vård och omsorg")
    assert amina.screen_text().startswith("Sparat. Tryck på Öva nu när du vill.")
    # She reads the bot in Swedish: the meanings come in a language she picks, here English.
    await amina.press("🌍 Språk för orden")
    await amina.press("English")
    assert amina.screen_text().startswith("Sparat. Orden förklaras på English.")


async def _current_item(app: App) -> Item:
    async with app.session() as session:
        found = (
            await session.exec(
                select(PracticeSession).order_by(PracticeSession.id.desc())  # type: ignore[union-attr]
            )
        ).first()
    assert found is not None
    item_id = json.loads(found.items)[found.position]
    return next(item for item in _care() if item.id == item_id)


async def _answer(app: App, amina: Client, *, right: bool) -> Item:
    """Answer the question on screen, right or wrong, whatever kind it is."""
    item = await _current_item(app)
    text = amina.screen_text()
    if "Skriv på svenska:" in text:
        if right:
            await amina.send(item.sv)
        else:
            await amina.press("🤷 Jag vet inte")
        return item
    if "Vad betyder det?" in text:
        right_label = item.meaning["en"] if "(en)" in text else _meaning_sv(item, text)
    else:
        right_label = item.sv
    labels = [b for b in amina.buttons() if b != "⏸ Sluta för nu" and not b.startswith("🔊")]
    choice = right_label if right else next(label for label in labels if label != right_label)
    await amina.press(_exact(choice))
    return item


def _meaning_sv(item: Item, _text: str) -> str:
    # A Swedish reader has no meaning of their own: the English one is shown.
    return item.meaning["en"]


def _exact(label: str) -> str:
    import re

    return re.escape(label)


async def _session(app: App, amina: Client, rights: list[bool]) -> list[Item]:
    seen = []
    for right in rights:
        seen.append(await _answer(app, amina, right=right))
        assert amina.screen_text().startswith("✅ Rätt!" if right else "Inte riktigt.")
        await amina.press("Nästa ▶️")
    return seen


async def test_a_whole_session_of_five_new_words(app: App) -> None:
    amina = await _setup(app)
    await _choose_care(amina)
    await amina.press("▶️ Öva nu")
    first = _care()[0]
    assert amina.screen_text().splitlines() == ["Ord 1 av 5", "Vad betyder det?", first.sv]
    assert first.meaning["en"] in amina.buttons()
    assert len(amina.buttons()) == 6  # listen, four options and "stop for now"

    seen = await _session(app, amina, [True, True, False, True, True])
    assert [item.id for item in seen] == [item.id for item in _care()[:5]]
    assert amina.screen_text().splitlines()[:2] == ["Bra jobbat! 4 av 5 rätt.", "🔥 1 dag i rad"]

    async with app.session() as session:
        cards = {c.item_id: c for c in (await session.exec(select(PracticeCard))).all()}
        reviews = (await session.exec(select(PracticeReview))).all()
    assert len(cards) == 5 and len(reviews) == 5
    wrong = seen[2].id
    right = seen[0].id
    # FSRS: the word she missed comes back sooner than one she knew.
    assert cards[wrong].due_at < cards[right].due_at
    assert [r.kind for r in reviews] == ["recognise"] * 5


async def test_every_kind_of_exercise_and_typed_answers_with_and_without_a_ring(app: App) -> None:
    amina = await _setup(app)
    await _choose_care(amina)
    words = _care()[:5]
    # Missing every word keeps the same five due, so each day brings the next kind.
    expected = {
        0: "Vad betyder det?",
        1: "Hur säger man det på svenska?",
        2: "Vilket ord passar?",
        3: "Skriv på svenska:",
    }
    for day, question in expected.items():
        app.clock.set(datetime(2026, 11, 23 + day, 9, 0, tzinfo=UTC))
        await amina.send("/menu")
        await amina.press("🗣 Öva svenska")
        await amina.press("▶️ Öva nu")
        assert question in amina.screen_text(), (day, amina.screen_text())
        if day == 2:
            assert words[0].gap() in amina.screen_text()
            # "Han har ont i ___." offers single words like "huvudet", never a whole phrase.
            options = [b for b in amina.buttons() if b != "⏸ Sluta för nu"]
            assert words[0].sv in options and len(options) == 4
            assert all(len(option.split()) == 1 for option in options), options
        if day < 3:
            await _session(app, amina, [False] * 5)
            continue
        # Typed: exact, in capitals with å/ä/ö as a/o, and wrong.
        first = await _current_item(app)
        await amina.send(first.sv.upper().replace("Ä", "A").replace("Å", "A").replace("Ö", "O"))
        assert amina.screen_text().startswith("✅ Rätt!")
        await amina.press("Nästa ▶️")
        second = await _current_item(app)
        await amina.send(second.sv)
        assert amina.screen_text().startswith("✅ Rätt!")
        await amina.press("Nästa ▶️")
        await amina.send("fel ord")
        assert amina.screen_text().startswith("Inte riktigt.")
        await amina.press("Nästa ▶️")
        await amina.send_sticker()
        assert amina.replies()[-1].startswith("Jag kan inte läsa det.")
    async with app.session() as session:
        kinds = [r.kind for r in (await session.exec(select(PracticeReview))).all()]
    assert kinds[:15] == ["recognise"] * 5 + ["recall"] * 5 + ["gap"] * 5
    assert kinds[15:] == ["type"] * 3


async def test_she_grades_a_card_herself(app: App) -> None:
    amina = await _setup(app)
    await _choose_care(amina)
    await amina.press("▶️ Öva nu")
    item = await _answer(app, amina, right=True)
    assert amina.buttons()[4:8] == ["Igen", "Svår", "✓ Bra", "Lätt"]
    async with app.session() as session:
        before = await session.get(PracticeCard, (2, item.id))
        assert before is not None
        good_due = before.due_at
    await amina.press("Lätt")
    assert amina.toasts()[-1] == "Sparat. Ordet kommer tillbaka efter det."
    async with app.session() as session:
        after = await session.get(PracticeCard, (2, item.id))
    assert after is not None and after.due_at > good_due
    assert "✓ Lätt" in amina.buttons()


async def test_a_session_stopped_midway_goes_on_after_a_restart(any_app: App) -> None:
    amina = await _setup(any_app)
    await _choose_care(amina)
    await amina.press("▶️ Öva nu")
    await _session(any_app, amina, [True, True])
    await amina.press("⏸ Sluta för nu")
    assert amina.screen_text().startswith("Sparat. Fortsätt när du vill under Öva svenska.")

    any_app.clock.advance(timedelta(hours=3))
    any_app.restart()
    await amina.send("/menu")
    await amina.press("🗣 Öva svenska")
    await amina.press("▶️ Öva nu")
    assert amina.screen_text().splitlines()[0] == "Ord 3 av 5"
    assert (await _current_item(any_app)).id == _care()[2].id


async def test_the_daily_prompt_comes_at_her_time_and_starts_a_session(app: App) -> None:
    amina = await _setup(app)
    await _choose_care(amina)
    await amina.press("⏰ Påminnelse")
    await amina.press("13:00")
    await amina.press("17:00")
    await amina.press("09:00")
    assert amina.screen_text().startswith("Du kan välja högst två tider.")
    assert amina.buttons()[:6] == ["09:00", "11:00", "✓ 13:00", "15:00", "✓ 17:00", "19:00"]
    await amina.press("✅ Klar")

    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )

    def prompts() -> list[SendMessage]:
        return [m for m in app.bot.sent(SendMessage) if (m.text or "").startswith("🗣")]

    app.clock.set(datetime(2026, 11, 23, 11, 59, tzinfo=UTC))  # 12:59 in Stockholm
    await ticks.queue_due()
    await app.deliver()
    assert prompts() == []
    app.clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    await ticks.queue_due()
    await app.deliver()
    (prompt,) = prompts()
    assert prompt.text == "🗣 Har du två minuter? Öva lite svenska för jobbet."
    await amina.press_on(prompt, "▶️ Öva nu")
    assert amina.screen_text().startswith("Ord 1 av 5")
    await _session(app, amina, [True] * 5)

    # She practised: the 17:00 prompt is not sent. Tomorrow at 13:00 it is.
    app.clock.set(datetime(2026, 11, 23, 16, 0, tzinfo=UTC))
    await ticks.queue_due()
    await app.deliver()
    assert len(prompts()) == 1
    app.clock.set(datetime(2026, 11, 24, 12, 0, tzinfo=UTC))
    await ticks.queue_due()
    await app.deliver()
    assert len(prompts()) == 2


async def test_the_streak_follows_midnight_in_stockholm_not_utc(app: App) -> None:
    amina = await _setup(app)
    await _choose_care(amina)
    # 23:30 on Monday and 00:30 on Tuesday in Stockholm: one UTC day, two local days.
    for moment in (
        datetime(2026, 11, 23, 22, 30, tzinfo=UTC),
        datetime(2026, 11, 23, 23, 30, tzinfo=UTC),
    ):
        app.clock.set(moment)
        await amina.send("/menu")
        await amina.press("🗣 Öva svenska")
        await amina.press("▶️ Öva nu")
        await _session(app, amina, [True] * 5)
    assert "🔥 2 dagar i rad" in amina.screen_text()
    async with app.session() as session:
        days = sorted(s.day for s in (await session.exec(select(PracticeSession))).all() if s.day)
    assert days == ["2026-11-23", "2026-11-24"]
    assert datetime(2026, 11, 23, 23, 30, tzinfo=UTC).astimezone(STOCKHOLM).day == 24

    # A day without practice: no scolding, the streak just starts again.
    app.clock.set(datetime(2026, 11, 26, 8, 0, tzinfo=UTC))
    await amina.send("/menu")
    await amina.press("🗣 Öva svenska")
    assert "🔥" not in amina.screen_text()
    assert "Du övar: Vård och omsorg" in amina.screen_text()


async def test_lina_sets_the_track_and_a_week_ends_with_a_kind_summary(app: App) -> None:
    amina = await _setup(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Amina.*")
    await lina.press("🗣 Övningsyrke")
    await lina.press("Lager och logistik")
    assert lina.screen_text().startswith("Sparat.")

    await amina.send("/menu")
    await amina.press("🗣 Öva svenska")
    assert "Du övar: Lager och logistik" in amina.screen_text()
    await amina.press("▶️ Öva nu")
    assert amina.screen_text().startswith("På vilket språk vill du se vad orden betyder?")
    await amina.press("English")
    for _ in range(5):
        text = amina.screen_text()
        assert "Ord" in text
        option = next(b for b in amina.buttons() if not b.startswith("🔊"))
        await amina.press(option.replace("(", "\\(").replace(")", "\\)"))
        await amina.press("Nästa ▶️")
    assert amina.screen_text().startswith("Bra jobbat!")

    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )
    app.clock.set(datetime(2026, 11, 29, 17, 0, tzinfo=UTC))  # Sunday 18:00 in Stockholm
    await ticks.queue_due()
    await app.deliver()
    summary = [m.text for m in app.bot.sent(SendMessage) if (m.text or "").startswith("🗓")]
    assert summary == [
        "🗓 Din vecka med svenska:\nM🟩 T⬜ O⬜ T⬜ F⬜ L⬜ 📍S⬜\n1 dag, 5 svar. Du har övat på 5 ord."
    ]


async def test_the_week_shows_each_day_by_name_and_where_today_is(app: App) -> None:
    amina = await _setup(app)
    await _choose_care(amina)
    await amina.press("▶️ Öva nu")
    await _session(app, amina, [True] * 5)  # Monday
    app.clock.set(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))  # Wednesday, nothing yet
    await amina.send("/menu")
    await amina.press("🗣 Öva svenska")
    assert "Den här veckan:\nM🟩 T⬜ 📍O⬜ T▫️ F▫️ L▫️ S▫️" in amina.screen_text()
    await amina.press("▶️ Öva nu")
    await _session(app, amina, [True] * 5)
    assert "M🟩 T⬜ 📍O🟩 T▫️ F▫️ L▫️ S▫️" in amina.screen_text().splitlines()


async def test_an_arabic_reader_sees_the_days_in_arabic_from_the_right(app: App) -> None:
    await _setup(app, locale="ar")
    amina = app.client(AMINA)
    found = await person_by_telegram_id(app, AMINA)
    assert found is not None and found.id is not None
    async with app.session() as session:  # her lots chose the track
        profile = await practice.profile_of(session, participant_id=found.id)
        profile.track = "care"
        await session.commit()
    app.clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # Tuesday
    await amina.send("/menu")
    await amina.press("🗣 .*")
    text = amina.screen_text()
    # Monday first in the text, so a right-to-left reader meets it at the right.
    assert "ن⬜ 📍ث⬜ ر▫️ خ▫️ ج▫️ س▫️ ح▫️" in text


async def _meanings_of(app: App) -> str | None:
    async with app.session() as session:
        profile = (await session.exec(select(PracticeProfile))).one()
    return profile.meaning_locale


async def test_a_swedish_reader_picks_arabic_meanings_and_practises_with_them(app: App) -> None:
    amina = await _setup(app)
    await amina.send("/menu")
    await amina.press("🗣 Öva svenska")
    await amina.press("▶️ Öva nu")
    await amina.press("Vård och omsorg")
    await amina.press("▶️ Öva nu")
    assert amina.screen_text() == (
        "På vilket språk vill du se vad orden betyder?\nVälj det språk du kan bäst."
    )
    assert amina.buttons() == [
        "English",
        "العربية",
        "Soomaali",
        "ትግርኛ",
        "فارسی",
        "دری",
        "Українська",
        "◀️ Tillbaka",
    ]
    await amina.press("العربية")
    # Straight on into the session she asked for, the Swedish word with Arabic meanings.
    first = _care()[0]
    assert amina.screen_text().splitlines() == ["Ord 1 av 5", "Vad betyder det?", first.sv]
    assert first.meaning["ar"] in amina.buttons()
    assert not any(item.meaning["en"] in amina.buttons() for item in _care())
    assert await _meanings_of(app) == "ar"
    await amina.press(_exact(first.meaning["ar"]))
    assert f"{first.sv} = {first.meaning['ar']}" in amina.screen_text()

    # Next time she is not asked again; home says which language, and she can change it.
    await amina.press("⏸ Sluta för nu")
    await amina.send("/menu")
    await amina.press("🗣 Öva svenska")
    assert "🌍 Orden förklaras på العربية." in amina.screen_text()
    await amina.press("🌍 Språk för orden")
    assert "✓ العربية" in amina.buttons()
    await amina.press("◀️ Tillbaka")
    await amina.press("▶️ Öva nu")
    # Back where she stopped: the answer to the first word, still in Arabic.
    assert amina.screen_text().startswith(f"✅ Rätt!\n{first.sv} = {first.meaning['ar']}")


async def test_an_arabic_reader_gets_arabic_meanings_and_may_choose_tigrinya(app: App) -> None:
    amina = await _setup(app, locale="ar")
    found = await person_by_telegram_id(app, AMINA)
    assert found is not None and found.id is not None
    async with app.session() as session:  # her lots chose the track
        profile = await practice.profile_of(session, participant_id=found.id)
        profile.track = "care"
        await session.commit()
    await amina.send("/menu")
    await amina.press("🗣 .*")
    assert "العربية" in amina.screen_text()  # the language she reads the bot in, unasked
    await amina.press("🌍 .*")
    await amina.press("ትግርኛ")
    assert await _meanings_of(app) == "ti"
    assert "ትግርኛ" in amina.screen_text().splitlines()[0]
    await amina.press("▶️ .*")
    first = _care()[0]
    assert first.meaning["ti"] in amina.buttons()
    assert first.meaning["ar"] not in amina.buttons()


async def test_a_forged_language_for_the_meanings_is_refused_and_nothing_stored(
    app: App,
) -> None:
    amina = await _setup(app)
    await _choose_care(amina)
    await amina.press("🌍 Språk för orden")
    await amina.press_data(f"{amina.intent()}\x1dmeanings:sv")
    await amina.press_data(f"{amina.intent()}\x1dmeanings:xx")
    assert amina.screen_text().startswith("Det kan du inte göra här.")
    assert await _meanings_of(app) == "en"
    await amina.send_sticker()
    assert amina.replies()[-1].startswith("Jag kan inte läsa det.")
