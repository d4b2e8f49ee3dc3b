"""The action plan as people meet it: Lina writes Amina’s plan from her card, Amina reads it
in her own words and ticks her step off, Yusuf reads his in Arabic; Omar, another lots,
gets nowhere with forged buttons; Amina never reaches the editing screens."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from aiogram.methods import SendMessage
from aiogram.types import CallbackQuery, Update
from sqlmodel import col, select

from rules.config import Settings
from scheduler.runner import Ticks
from storage import plan, plan_io
from storage.audit import AuditEntry
from storage.people import Person, Role
from storage.plan import ActionPlan, PlanChange, PlanStep
from tests.support.app import OUTGOING, App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member

# The clock starts on Monday 23 November 2026, 10:00 in Stockholm.


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


async def _setup(app: App) -> tuple[Client, Client, Client]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", locale="ar", staff_id=lina.id)
    return app.client(AMINA), app.client(YUSUF), app.client(LINA)


async def _open_plan(lina: Client, name: str) -> None:
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(f".*{name}.*")
    await lina.press("📋 Plan")


def _sent_to(app: App, chat_id: int) -> list[SendMessage]:
    return [m for m in app.bot.sent(SendMessage) if int(m.chat_id) == chat_id]


async def _forge(person: Client, data: str) -> None:
    callback = CallbackQuery(
        id="forged", data=data, chat_instance="-", from_user=person.user, message=person.screen()
    )
    await person.dp.feed_update(
        person.bot, Update(update_id=person._new_update_id(), callback_query=callback)
    )


def _intent(client: Client) -> str:
    markup = client.screen().reply_markup
    assert markup is not None
    return (markup.inline_keyboard[-1][0].callback_data or "").split("\x1d")[0]


async def test_lina_writes_amina_s_plan_and_amina_reads_it_and_ticks_her_step(app: App) -> None:
    amina, _yusuf, lina = await _setup(app)
    await _open_plan(lina, "Amina")
    assert lina.screen_text().startswith("📋 Plan för Amina\n🎯 Mål: inte skrivet än")

    await lina.press("🎯 Mål")
    await lina.send_sticker()
    assert (
        lina.replies()[-1] == "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp."
    )
    await lina.send("x" * 301)
    assert lina.replies()[-1] == "Texten är för lång. Högst 300 tecken."
    await lina.send("Jobba som undersköterska")
    assert lina.screen_text().startswith("Sparat. Deltagaren får veta att planen har ändrats.")

    await lina.press("💼 Yrken")
    await lina.send("Undersköterska, vårdbiträde\nHemtjänsten i Ekby")
    await lina.press("🛤 Spår")
    await lina.press("Arbetspraktik")
    await lina.press("🪜 Praktiksteg")
    await lina.press("Skyddad praktik")
    await lina.press("🏢 Praktikplats")
    await lina.send("Solgårdens äldreboende")
    await lina.send("Eva")
    await lina.press("20")
    await lina.press("➕ Nytt steg")
    await lina.send("Hämta arbetskläder")
    await lina.press("Om en vecka")
    await lina.press("Deltagaren")
    assert lina.screen_text().startswith("Steget är sparat.")
    await lina.press("➕ Nytt steg")
    await lina.send("Ringa praktikplatsen")
    await lina.press("Inget datum")
    await lina.press("Lotsen")
    await lina.press("🔁 Uppföljning")
    await lina.press("December ▶️")
    await lina.press("15")
    await lina.press("🏁 Slut")
    await lina.press("Om 6 månader")

    await amina.send("/menu")
    await amina.press("📋 Min plan")
    assert amina.screen_text() == (
        "📋 Din plan\n"
        "🎯 Mål: Jobba som undersköterska\n"
        "💼 Yrken och arbetsplatser: Undersköterska, vårdbiträde, Hemtjänsten i Ekby\n"
        "🛤 Nu: Arbetspraktik\n"
        "🪜 Praktiksteg: Skyddad praktik\n"
        "🏢 Praktikplats: Solgårdens äldreboende\n"
        "👤 Handledare: Eva\n"
        "⏱ 20 timmar i veckan\n"
        "🏁 Slut: 23 maj 2027\n"
        "🔁 Nästa uppföljning: 15 december 2026\n"
        "\n"
        "Steg:\n"
        "⬜ Hämta arbetskläder · 30 nov. 2026 · du\n"
        "⬜ Ringa praktikplatsen · din lots\n"
        "Tryck på ett steg för att se det."
    )
    await amina.press("⬜ Hämta arbetskläder")
    step_screen = amina.screen()
    assert amina.screen_text() == ("Hämta arbetskläder\n📅 måndag 30 november 2026\n👤 Ansvar: du")
    await amina.press("✅ Jag har gjort det")
    assert amina.screen_text().startswith("Bra jobbat! Steget är klart.\n📋 Din plan")
    assert "✅ Hämta arbetskläder · 30 nov. 2026 · du" in amina.screen_text()
    # The same button again, on the old message: nothing changes.
    await amina.press("✅ Jag har gjort det", message=step_screen)
    # Her lots’s step has no tick for her, only a question.
    await amina.press("⬜ Ringa praktikplatsen")
    assert "✅ Jag har gjort det" not in amina.buttons()
    await amina.press("❓ Fråga min lots om det här")
    assert amina.screen_text().startswith("Din lots får din fråga om steget.")
    async with app.session() as session:
        ticks = (
            await session.exec(select(PlanChange).where(PlanChange.field == "step-status"))
        ).all()
        steps = (await session.exec(select(PlanStep).order_by(col(PlanStep.id)))).all()
    assert [(t.actor, t.new) for t in ticks] == [("participant", "done")]
    assert [s.status for s in steps] == ["done", "planned"]
    await app.deliver()
    assert [m.text for m in _sent_to(app, LINA)][-1:] == [
        "❓ Amina har en fråga om ett steg i planen: “Ringa praktikplatsen”. Kontakta gärna Amina."
    ]

    # Her own goal, in her own words; a sticker is kindly refused.
    await amina.press("✏️ Skriv mitt mål")
    await amina.send_sticker()
    assert amina.replies()[-1].startswith("Jag kan inte läsa det.")
    await amina.send("Jag vill jobba på ett äldreboende")
    assert amina.screen_text().startswith(
        "Sparat. Det är ditt mål nu.\n📋 Din plan\n🎯 Mål: Jag vill jobba på ett äldreboende"
    )


async def test_each_participant_is_told_once_in_their_own_language(app: App) -> None:
    amina, yusuf, lina = await _setup(app)
    ar = app.l10n("ar")
    for name in ("Amina", "Yusuf"):
        await _open_plan(lina, name)
        await lina.press("🎯 Mål")
        await lina.send("Ett jobb inom vården")
        await lina.press("🛤 Spår")
        await lina.press("SFI kurs C")
        await lina.press("🚩 Start")
        await lina.press("I dag")
    await app.deliver()
    assert _sent_to(app, AMINA) == [] and _sent_to(app, YUSUF) == []  # the burst is still open
    app.clock.advance(plan.NOTICE_DELAY)
    await app.deliver()
    [to_amina] = _sent_to(app, AMINA)
    [to_yusuf] = _sent_to(app, YUSUF)
    assert to_amina.text == "📋 Din plan har ändrats. Tryck för att se den."
    assert to_yusuf.text == ar("plan-notice-changed")
    await yusuf.press_on(to_yusuf, ar("plan-menu-button"))
    text = yusuf.screen_text()
    assert text.startswith(ar("plan-title") + "\n" + ar("plan-goal", goal="Ett jobb inom vården"))
    assert ar("plan-track", track="SFI المستوى C") in text
    assert ar("plan-starts", date=date(2026, 11, 23)) in text
    assert "23" in text and "2026" in text
    await amina.press_on(to_amina, "📋 Min plan")
    assert "🛤 Nu: SFI kurs C" in amina.screen_text()


async def test_a_step_due_tomorrow_is_recalled_once(app: App) -> None:
    amina, _yusuf, lina = await _setup(app)
    await _open_plan(lina, "Amina")
    await lina.press("➕ Nytt steg")
    await lina.send("Besöka Solgården")
    await lina.press("Om en vecka")
    await lina.press("Deltagaren")
    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )
    app.clock.advance(plan.NOTICE_DELAY)
    await ticks.queue_due()
    await app.deliver()
    assert [m.text for m in _sent_to(app, AMINA)] == [
        "📋 Din plan har ändrats. Tryck för att se den."
    ]
    # Sunday 29 November at 09:00 in Stockholm, and twice more that day.
    for hour in (8, 12, 20):
        app.clock.set(datetime(2026, 11, 29, hour, 0, tzinfo=UTC))
        await ticks.queue_due()
        await app.deliver()
    reminders = _sent_to(app, AMINA)[1:]
    assert [m.text for m in reminders] == ["⏰ I morgon, måndag 30 november 2026: Besöka Solgården"]
    await amina.press_on(reminders[0], "📋 Min plan")
    assert "⬜ Besöka Solgården · 30 nov. 2026 · du" in amina.screen_text()


async def test_lina_reads_the_history_page_by_page(app: App) -> None:
    _amina, _yusuf, lina = await _setup(app)
    await _open_plan(lina, "Amina")
    for hours in ("10", "15", "20", "25", "30"):
        await lina.press("🏢 Praktikplats")
        await lina.send(f"Butik {hours}")
        await lina.press("Hoppa över")
        await lina.press(hours)
    await lina.press("🕘 Historik")
    text = lina.screen_text()
    assert text.startswith("🕘 Ändringar i planen (10), de senaste först:\n")
    assert "· Lina · Timmar i veckan: 25 → 30" in text
    assert "· Lina · Praktikplats: Butik 25 → Butik 30" in text
    assert len(text.splitlines()) == 1 + plan.HISTORY_PAGE
    await lina.press("⬇️ Äldre")
    older = lina.screen_text().splitlines()[1:]
    assert older[-1].endswith("· Lina · Praktikplats: (tomt) → Butik 10")
    assert len(older) == 2
    assert "⬇️ Äldre" not in lina.buttons()
    async with app.session() as session:
        reads = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "read:plan-history"))
        ).all()
    assert reads and all(r.allowed and r.actor_telegram_id == LINA for r in reads)


async def test_the_history_shows_a_step_in_words(app: App) -> None:
    _amina, _yusuf, lina = await _setup(app)
    await _open_plan(lina, "Amina")
    await lina.press("➕ Nytt steg")
    await lina.send("Hämta arbetskläder")
    await lina.press("Om en vecka")
    await lina.press("Deltagaren")
    await lina.press("➕ Nytt steg")
    await lina.send("Ringa praktikplatsen")
    await lina.press("Inget datum")
    await lina.press("Lotsen")
    await lina.press("🕘 Historik")
    lines = lina.screen_text().splitlines()[1:]
    assert [line.split(" · ", 2)[2] for line in lines] == [
        "Steg: (tomt) → • Ringa praktikplatsen · Lotsen",
        "Steg: (tomt) → • Hämta arbetskläder · 30 nov. 2026 · Deltagaren",
    ]


async def test_another_lots_cannot_open_or_change_amina_s_plan_even_with_forged_data(
    app: App,
) -> None:
    _amina, _yusuf, lina = await _setup(app)
    omar_row = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    omar = app.client(OMAR)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    amina_button = lina.screen().reply_markup.inline_keyboard[0][0]  # type: ignore[union-attr]
    participant_part = (amina_button.callback_data or "").split("\x1d", 1)[1]
    await omar.send("/menu")
    await omar.press("👥 Mina deltagare")
    # Omar forges the button of Amina on his own list: refused where he pressed it.
    await _forge(omar, f"{_intent(omar)}\x1d{participant_part}")
    assert omar.toasts()[-1] == "Det kan du inte göra här."
    assert "Amina" not in omar.screen_text()
    await _forge(omar, f"{_intent(omar)}\x1dplan")
    assert "🎯 Mål" not in omar.buttons()

    # Her plan screen, open from the days she was his, after she has gone back to Lina.
    lina_id = await _lots_of(app, AMINA, omar_row.id)
    await _forge(omar, f"{_intent(omar)}\x1d{participant_part}")
    await _forge(omar, f"{_intent(omar)}\x1dplan")
    assert "🎯 Mål" in omar.buttons()
    await _lots_of(app, AMINA, lina_id)
    # Inside that plan screen, he forges a track and a new goal.
    plan_intent = _intent(omar)
    await _forge(omar, f"{plan_intent}\x1dtrack")
    assert "Amina" not in omar.screen_text()
    await _forge(omar, f"{plan_intent}\x1dtrack:annat")
    await _forge(omar, f"{plan_intent}\x1dgoal")
    await omar.send("Ett annat mål")
    async with app.session() as session:
        assert (await session.exec(select(ActionPlan))).all() == []
        denied = (
            await session.exec(select(AuditEntry).where(col(AuditEntry.allowed).is_(False)))
        ).all()
    actions = [(d.action, d.actor_telegram_id) for d in denied]
    assert ("deny:open", OMAR) in actions
    assert ("read:plan", OMAR) in actions
    assert actions.count(("edit:plan", OMAR)) == 2
    assert {telegram_id for _action, telegram_id in actions} == {OMAR}


async def _lots_of(app: App, telegram_id: int, staff_id: int | None) -> int | None:
    """Give the participant another lots; the one they had."""
    async with app.session() as session:
        person = (await session.exec(select(Person).where(Person.telegram_id == telegram_id))).one()
        before, person.staff_id = person.staff_id, staff_id
        await session.commit()
        return before


async def test_a_participant_never_reaches_the_editing_screens(app: App) -> None:
    amina, _yusuf, lina = await _setup(app)
    await _open_plan(lina, "Amina")
    staff_intent = _intent(lina)
    await amina.send("/menu")
    for data in (f"{staff_intent}\x1dgoal", f"{staff_intent}\x1dtrack:annat"):
        await _forge(amina, data)
        assert "Plan för" not in amina.screen_text()
        assert not any("Spår" in b or "Historik" in b for b in amina.buttons())
    await amina.send("Ett mål jag hittar på")
    async with app.session() as session:
        assert (await session.exec(select(ActionPlan))).all() == []
        assert (await session.exec(select(PlanChange))).all() == []


def test_dates_follow_the_readers_locale(app: App) -> None:
    """The same day reads as each locale writes it (Fluent DATETIME with Babel’s data)."""
    day = date(2026, 11, 30)
    sv = app.l10n("sv")("plan-follow-up", date=day)
    en = app.l10n("en")("plan-follow-up", date=day)
    assert sv == "🔁 Nästa uppföljning: 30 november 2026"
    assert en == "🔁 Next follow-up: November 30, 2026"


async def test_a_kind_removed_from_the_file_shows_its_id_kindly(app: App) -> None:
    amina, _yusuf, _lina = await _setup(app)
    async with app.session() as session:
        document = {
            "format": "lotsen-plans-1",
            "plans": [{"telegram_id": AMINA, "track": "jobbtorget-2019", "ladder": "verklig"}],
        }
        await plan_io.import_plans(session, raw=json.dumps(document), now=app.clock.now())
    await amina.send("/menu")
    await amina.press("📋 Min plan")
    assert "🛤 Nu: jobbtorget-2019 (finns inte längre i listan)" in amina.screen_text()
    assert "🪜 Praktiksteg: Verklig praktik" in amina.screen_text()
