"""Check-ins as people meet them: Amina answers, asks for help, pauses; Lina handles alerts."""

from __future__ import annotations

from datetime import UTC, datetime

from aiogram.methods import EditMessageReplyMarkup, SendMessage
from aiogram.types import CallbackQuery, Message, Update
from sqlmodel import select

from dialogs.checkin.callbacks import CheckinMood
from storage import checkins
from storage.alerts import Alert
from storage.audit import AuditEntry
from storage.checkins import Checkin, CheckinPlan
from storage.people import Person, Role
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member

MONDAY_10 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


async def _setup(app: App, locale: str = "sv") -> tuple[Client, Client]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", locale=locale, staff_id=lina.id
    )
    async with app.session() as session:
        await checkins.ensure_plan(session, participant=amina, now=app.clock.now())
        await session.commit()
    return app.client(AMINA), app.client(LINA)


async def _checkin_arrives(app: App) -> SendMessage:
    app.clock.set(MONDAY_10)
    async with app.session() as session:
        await checkins.queue_due(session, now=app.clock.now())
    await app.deliver()
    return [m for m in app.bot.sent(SendMessage) if m.chat_id == AMINA][-1]


async def _alerts(app: App) -> list[Alert]:
    async with app.session() as session:
        return list((await session.exec(select(Alert))).all())


async def test_amina_answers_good_and_needs_no_help(app: App) -> None:
    amina, _ = await _setup(app)
    prompt = await _checkin_arrives(app)
    await amina.press_on(prompt, "🙂 Bra")
    assert app.bot.sent(EditMessageReplyMarkup)  # the old buttons go away
    assert amina.screen_text() == "Tack! Behöver du hjälp med något?"
    await amina.press("Nej, det är bra")
    assert amina.screen_text() == "Tack för ditt svar!\nHej Amina! Vad vill du göra?"
    async with app.session() as session:
        checkin = (await session.exec(select(Checkin))).one()
    assert (checkin.mood, checkin.help, checkin.answered_at) == (4, "no", MONDAY_10)
    assert await _alerts(app) == []


async def test_the_lowest_mood_alerts_the_lots_without_the_answer(app: App) -> None:
    amina, lina = await _setup(app)
    prompt = await _checkin_arrives(app)
    await amina.press_on(prompt, "😞 Mycket dåligt")
    [alert] = await _alerts(app)
    assert alert.kind == "low-mood"
    await app.deliver()
    assert lina.replies() == ["🔔 Amina: Mår mycket dåligt. Se /menu → Larm."]


async def test_amina_asks_to_be_contacted_in_arabic_and_lina_reads_swedish(app: App) -> None:
    amina, lina = await _setup(app, locale="ar")
    ar = app.l10n("ar")
    prompt = await _checkin_arrives(app)
    assert prompt.text == ar("checkin-prompt-named", name="Amina")
    await amina.press_on(prompt, ar("checkin-mood-3"))
    await amina.press(ar("checkin-help-contact"))
    assert amina.screen_text().startswith(ar("checkin-thanks-contact"))
    await app.deliver()
    assert lina.replies() == ["🔔 Amina: Vill bli kontaktad. Se /menu → Larm."]


async def test_a_written_message_reaches_the_lots_inside_the_bot(app: App) -> None:
    amina, lina = await _setup(app)
    prompt = await _checkin_arrives(app)
    await amina.press_on(prompt, "🙁 Dåligt")
    await amina.press("Skriv till min lots")
    await amina.send_sticker()
    assert amina.replies()[-1] == "Ett klistermärke kan jag inte skicka. Skriv eller spela in."
    await amina.send("x" * 1001)
    assert (
        amina.replies()[-1] == "Meddelandet är för långt. Högst 1\xa0000 tecken."
    )  # Swedish digit grouping
    await amina.send("Jag har ont i ryggen efter jobbet.")
    assert amina.screen_text().startswith("Tack! Din lots har fått ditt meddelande.")
    await app.deliver()
    assert lina.replies() == [
        "🔔 Amina: Har skrivit ett meddelande. Se /menu → Larm.",
        "💬 Meddelande från Amina:\nJag har ont i ryggen efter jobbet.",
    ]


async def test_old_and_forged_checkin_buttons_change_nothing(any_app: App) -> None:
    amina, _ = await _setup(any_app)
    yusuf_staff = await add_member(any_app, OMAR, role=Role.STAFF)
    yusuf = await add_member(
        any_app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=yusuf_staff.id
    )
    async with any_app.session() as session:
        await checkins.ensure_plan(session, participant=yusuf, now=any_app.clock.now())
        await session.commit()
    prompt = await _checkin_arrives(any_app)
    async with any_app.session() as session:
        yusufs = (
            await session.exec(select(Checkin).where(Checkin.participant_id == yusuf.id))
        ).one()
    # Amina forges a button for Yusuf's check-in, and one with a mood that does not exist.
    for data in [
        CheckinMood(checkin_id=yusufs.id or 0, mood=1),
        CheckinMood(checkin_id=999, mood=5),
    ]:
        callback = CallbackQuery(
            id="f",
            data=data.pack(),
            chat_instance="-",
            from_user=amina.user,
            message=Message(message_id=9, date=MONDAY_10, chat=amina.chat, text="x"),
        )
        await amina.dp.feed_update(
            amina.bot, Update(update_id=amina._new_update_id(), callback_query=callback)
        )
    assert amina.toasts() == ["Den knappen fungerar inte här. Tryck på en av knapparna nedan."] * 2
    await amina.press_on(prompt, "😄 Mycket bra")
    await amina.press("Nej, det är bra")
    await amina.press_on(prompt, "😞 Mycket dåligt")  # an old button, pressed again later
    assert amina.toasts()[-1] == "Du har redan svarat. Tack!"
    async with any_app.session() as session:
        rows = (await session.exec(select(Checkin))).all()
    assert [c.mood for c in rows if c.participant_id != yusuf.id] == [5]
    assert [c.mood for c in rows if c.participant_id == yusuf.id] == [None]
    assert await _alerts(any_app) == []


async def test_amina_pauses_for_a_week_and_starts_again(app: App) -> None:
    amina, _ = await _setup(app)
    await amina.send("/menu")
    await amina.press("⚙️ Inställningar")
    await amina.press("⏸ Pausa meddelanden")
    assert amina.buttons()[:4] == ["3 dagar", "7 dagar", "14 dagar", "28 dagar"]
    await amina.press("7 dagar")
    text = amina.screen_text()
    assert text.startswith("Pausat. Du får inga meddelanden till och med 30 november 2026.")
    assert "⏸ Meddelanden är pausade till och med 30 november 2026." in text
    async with app.session() as session:
        person = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
    assert person.paused_until == datetime(
        2026, 11, 30, 23, 0, tzinfo=UTC
    )  # Dec 1, 00:00 in Stockholm
    # The Monday check-in does not come while she is away.
    app.clock.set(MONDAY_10)
    async with app.session() as session:
        # Her plan moves on to the next Monday; no check-in is opened for this one.
        assert await checkins.queue_due(session, now=app.clock.now()) == 1
        assert (await session.exec(select(Checkin))).all() == []
    await app.deliver()
    assert [m for m in app.bot.sent(SendMessage) if m.chat_id == AMINA] == []
    await amina.press("▶️ Starta meddelanden igen")
    assert amina.screen_text().startswith("Välkommen tillbaka! Nu får du meddelanden igen.")


async def test_lina_opens_and_handles_an_alert_and_the_read_is_audited(app: App) -> None:
    amina, lina = await _setup(app)
    prompt = await _checkin_arrives(app)
    await amina.press_on(prompt, "😞 Mycket dåligt")
    await lina.send("/menu")
    assert "🔔 Larm (1)" in lina.buttons()
    await lina.press(r"🔔 Larm \(1\)")
    assert lina.screen_text() == "1 öppet larm:"
    await lina.press("Amina · Mår mycket dåligt · .*")
    assert lina.screen_text() == "Amina\nMår mycket dåligt\n30 november 2026"
    await lina.press("✅ Klart, jag har tagit kontakt")
    assert lina.screen_text() == "Larmet är klart.\nInga öppna larm."
    [alert] = await _alerts(app)
    assert alert.handled_at == MONDAY_10
    async with app.session() as session:
        reads = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "read:alert"))
        ).all()
    assert [(r.allowed, r.subject_id) for r in reads] == [(True, alert.participant_id)]


async def test_another_lots_cannot_see_or_handle_the_alert(app: App) -> None:
    amina, _ = await _setup(app)
    await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    prompt = await _checkin_arrives(app)
    await amina.press_on(prompt, "😞 Mycket dåligt")
    omar = app.client(OMAR)
    await omar.send("/menu")
    assert "🔔 Larm" in omar.buttons()
    await omar.press("🔔 Larm")
    assert omar.screen_text() == "Inga öppna larm."
    [alert] = await _alerts(app)
    assert alert.handled_at is None


async def test_lina_sets_amina_to_wednesdays_at_two(app: App) -> None:
    await _setup(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    assert lina.screen_text() == "Du har 1 deltagare:"
    await lina.press(".*Amina.*")
    assert lina.screen_text() == "Amina\nSpråk: Svenska\nAvstämning: varje vecka kl. 10:00"
    await lina.press("🗓 Ändra avstämning")
    await lina.press("Varje vecka")
    assert "Onsdag" in lina.buttons()
    await lina.press("Onsdag")
    await lina.press("14:00")
    assert lina.screen_text().startswith("Sparat. Nästa avstämning: 25 november 2026 14:00.")
    async with app.session() as session:
        plan = (await session.exec(select(CheckinPlan))).one()
        reads = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "read:card"))
        ).all()
    assert (plan.weekday, plan.at_time, plan.every_days) == (2, "14:00", 7)
    assert plan.next_due_at == datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    assert reads and all(r.allowed for r in reads)


async def test_another_lots_cannot_open_amina_even_with_forged_data(app: App) -> None:
    await _setup(app)
    await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    lina, omar = app.client(LINA), app.client(OMAR)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    amina_button = lina.screen().reply_markup.inline_keyboard[0][0]  # type: ignore[union-attr]
    participant_part = (amina_button.callback_data or "").split("\x1d", 1)[1]
    await omar.send("/menu")
    await omar.press("👥 Mina deltagare")
    assert omar.screen_text() == "Du har inga deltagare ännu. Bjud in någon från menyn."
    omar_intent = (omar.screen().reply_markup.inline_keyboard[0][0].callback_data or "").split(
        "\x1d"
    )[0]  # type: ignore[union-attr]
    callback = CallbackQuery(
        id="f",
        data=f"{omar_intent}\x1d{participant_part}",
        chat_instance="-",
        from_user=omar.user,
        message=omar.screen(),
    )
    await omar.dp.feed_update(
        omar.bot, Update(update_id=omar._new_update_id(), callback_query=callback)
    )
    assert "Amina" not in omar.screen_text()
    assert omar.toasts()[-1] == "Det kan du inte göra här."
    assert omar.screen_text() == "Du har inga deltagare ännu. Bjud in någon från menyn."
    async with app.session() as session:
        denied = (await session.exec(select(AuditEntry).where(AuditEntry.allowed == False))).all()  # noqa: E712
    assert [(d.action, d.actor_telegram_id) for d in denied] == [("deny:open", OMAR)]


async def test_amina_sets_her_quiet_hours_and_the_checkin_waits_for_them(app: App) -> None:
    amina, _ = await _setup(app)
    await amina.send("/menu")
    await amina.press("⚙️ Inställningar")
    await amina.press("🌙 Tysta timmar")
    assert amina.screen_text() == "När ska jag sluta skicka meddelanden på kvällen?"
    await amina.press("22:00")
    assert amina.screen_text() == "När får jag skicka igen på morgonen?"
    await amina.press("10:00")
    assert amina.screen_text().startswith("Sparat. Jag skickar inget mellan 22:00 och 10:00.")
    # Monday's 10:00 check-in is due exactly as her quiet hours end: it goes out.
    prompt = await _checkin_arrives(app)
    assert prompt.text == "Hej Amina! Hur har veckan varit?"
