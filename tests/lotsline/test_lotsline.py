"""The line to the own lots as people meet it: Amina records a voice note or sends a photo of
a letter, Lina plays it from her alerts and answers by voice, and the answer waits for the
morning; what must not pass (someone else's recording, a foreign caseload, a forged button)
does not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from aiogram.methods import CopyMessage, EditMessageText, SendContact, SendMessage
from aiogram.types import MessageOriginUser, PhotoSize, User
from aiogram_dialog.utils import CB_SEP
from sqlmodel import select

from dialogs.common import ToLots
from rules.config import Settings
from storage import checkins, rights
from storage.alerts import Alert
from storage.audit import AuditEntry
from storage.checkins import Checkin
from storage.lotsline import LotsMessage
from storage.people import Actor, Person, Role
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member, add_weekday_hours

# 22:30 in Stockholm: quiet hours (21:00-08:00 by default).
EVENING = datetime(2026, 11, 23, 21, 30, tzinfo=UTC)
NEXT_MORNING = datetime(2026, 11, 24, 7, 5, tzinfo=UTC)


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


async def _people(app: App) -> tuple[Client, Client, Person, Person]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    return app.client(AMINA), app.client(LINA), amina, lina


async def _messages(app: App) -> list[LotsMessage]:
    async with app.session() as session:
        return list((await session.exec(select(LotsMessage).order_by(LotsMessage.id))).all())


async def _audit(app: App, action: str) -> list[AuditEntry]:
    async with app.session() as session:
        return list(
            (await session.exec(select(AuditEntry).where(AuditEntry.action == action))).all()
        )


def _copies(app: App, chat_id: int) -> list[CopyMessage]:
    return [m for m in app.bot.sent(CopyMessage) if m.chat_id == chat_id]


async def test_a_voice_note_to_my_lots_reaches_lina_who_plays_it_from_the_alert(
    any_app: App,
) -> None:
    amina, lina, _, _ = await _people(any_app)
    await amina.send("/menu")
    await amina.press("📞 Min lots")
    assert amina.screen_text().startswith("📞 Din lots är Lina.")
    await amina.press("🎙 Skriv eller spela in")
    await amina.send_voice(seconds=40)
    voice_id = amina.last_sent_id()
    assert amina.screen_text().startswith("✅ Skickat. Din lots får ditt meddelande.")
    [kept] = await _messages(any_app)
    assert (kept.kind, kept.chat_id, kept.message_id, kept.from_lots) == (
        "voice",
        AMINA,
        voice_id,
        False,
    )
    assert kept.text is None  # only Telegram's ids: nothing of the recording itself
    await any_app.deliver()
    assert lina.replies() == ["🔔 Amina: Har skrivit ett meddelande. Se /menu → Larm."]

    await lina.send("/menu")
    await lina.press("🔔 Larm.*")
    await lina.press(".*Amina.*")
    await lina.press("▶️ Spela upp")
    [copy] = _copies(any_app, LINA)
    assert (copy.from_chat_id, copy.message_id) == (AMINA, voice_id)
    [read] = await _audit(any_app, "read:lots-message")
    assert read.allowed and read.subject_id == kept.participant_id


async def test_lina_answers_by_voice_and_amina_hears_it_after_her_quiet_hours(any_app: App) -> None:
    amina, lina, _, _ = await _people(any_app)
    await amina.send("/menu")
    await amina.press("📞 Min lots")
    await amina.press("🎙 Skriv eller spela in")
    await amina.send("Kan vi ses på torsdag?")
    any_app.clock.set(EVENING)
    await lina.send("/menu")
    await lina.press("🔔 Larm.*")
    await lina.press(".*Amina.*")
    await lina.press("↩️ Svara")
    assert lina.screen_text().startswith("Skriv ditt svar till Amina.")
    await lina.send_voice(seconds=20)
    answer_id = lina.last_sent_id()
    assert lina.screen_text().startswith("✅ Skickat. Amina får svaret snart.")
    assert [m.from_lots for m in await _messages(any_app)] == [False, True]

    await any_app.deliver()
    assert _copies(any_app, AMINA) == []  # 22:30 at Amina's: it waits
    any_app.clock.set(NEXT_MORNING)
    await any_app.deliver()
    [copy] = _copies(any_app, AMINA)
    assert (copy.from_chat_id, copy.message_id, copy.caption) == (
        LINA,
        answer_id,
        "🎙 Lina, din lots",
    )

    # From the card, by text.
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Amina.*")
    await lina.press("💬 Meddelanden \\(2\\)")
    assert lina.buttons()[:2] == [
        "↩️ Du · 🎙 · 23 nov. 2026 22:30",
        "Amina · 💬 · 23 nov. 2026 10:00",
    ]
    await lina.press("↩️ Svara")
    await lina.send("Ja, klockan tio.")
    await any_app.deliver()
    assert amina.replies()[-1] == "💬 Lina, din lots:\nJa, klockan tio."
    # She answers back with one tap.
    answer = [m for m in any_app.bot.sent(SendMessage) if m.chat_id == AMINA][-1]
    await amina.press_on(answer, "↩️ Svara")
    assert amina.screen_text().startswith("Skriv till Lina.")


async def test_a_photo_sent_from_the_main_menu_gets_one_button_and_reaches_lina(app: App) -> None:
    amina, _lina, _, _ = await _people(app)
    await amina.send("/menu")
    await amina.send_content(
        photo=[PhotoSize(file_id="p", file_unique_id="p", width=1, height=1)],
        caption="Vad betyder brevet?",
    )
    photo_id = amina.last_sent_id()
    offer = [m for m in app.bot.sent(SendMessage) if m.chat_id == AMINA][-1]
    assert offer.text == "Vill du skicka det här till din lots?"
    assert await _messages(app) == []  # nothing is kept until she says so
    await amina.press_on(offer, "📨 Skicka till min lots")
    [kept] = await _messages(app)
    assert (kept.kind, kept.message_id) == ("photo", photo_id)
    assert app.bot.sent(EditMessageText)[-1].text == "✅ Skickat. Din lots får ditt meddelande."
    # Pressed again: still one message, one alert.
    await amina.press_on(offer, "📨 Skicka till min lots")
    assert len(await _messages(app)) == 1
    async with app.session() as session:
        assert len((await session.exec(select(Alert))).all()) == 1


async def test_a_forged_send_button_or_someone_elses_press_is_refused_and_audited(
    app: App,
) -> None:
    amina, _lina, _, _ = await _people(app)
    await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    omar = app.client(OMAR)
    await amina.send("/menu")
    # A message id in her chat that is not hers (the bot's menu), forged into the button.
    await amina.press_data(ToLots(message_id=amina.screen().message_id).pack())
    await omar.send("/menu")
    await omar.press_data(ToLots(message_id=1).pack())
    stranger = app.client(9999)
    await stranger.press_data(ToLots(message_id=1).pack())
    assert await _messages(app) == []
    refused = await _audit(app, "deny:button")
    assert {entry.actor_telegram_id for entry in refused} == {AMINA, OMAR}


async def test_another_caseload_cannot_open_the_alert_or_play_the_message(any_app: App) -> None:
    amina, _lina, _, _ = await _people(any_app)
    omar_row = await add_member(any_app, OMAR, role=Role.STAFF, name="Omar")
    await add_member(any_app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=omar_row.id)
    await amina.send("/menu")
    await amina.press("📞 Min lots")
    await amina.press("🎙 Skriv eller spela in")
    await amina.send_voice()
    [kept] = await _messages(any_app)
    async with any_app.session() as session:
        [alert] = (await session.exec(select(Alert))).all()

    omar = any_app.client(OMAR)
    await omar.send("/menu")
    await omar.press("🔔 Larm.*")
    await omar.press_data(f"{omar.intent()}{CB_SEP}alert:{alert.id}")
    # His own participant's messages, with Amina's message id forged in.
    await omar.send("/menu")
    await omar.press("👥 Mina deltagare")
    await omar.press(".*Yusuf.*")
    await omar.press("💬 Meddelanden \\(0\\)")
    assert omar.screen_text() == "💬 Yusuf och du. Inga meddelanden ännu."
    await omar.press_data(f"{omar.intent()}{CB_SEP}play:{kept.id}")
    assert _copies(any_app, OMAR) == []
    refused = await _audit(any_app, "deny:open")
    assert [entry.actor_telegram_id for entry in refused] == [OMAR, OMAR]
    assert {entry.detail for entry in refused} == {
        f"AlertsSG:inbox {alert.id}",
        f"LotsThreadSG:list {kept.id}",
    }


async def test_a_long_or_forwarded_recording_and_a_sticker_get_a_kind_answer(app: App) -> None:
    amina, _lina, _, _ = await _people(app)
    await amina.send("/menu")
    await amina.press("📞 Min lots")
    await amina.press("🎙 Skriv eller spela in")
    await amina.send_voice(seconds=6 * 60)
    assert amina.replies()[-1] == "Inspelningen är för lång. Högst 5 minuter."
    someone = User(id=3003, is_bot=False, first_name="Someone")
    await amina.send_voice(
        forward_origin=MessageOriginUser(type="user", date=EVENING, sender_user=someone)
    )
    assert amina.replies()[-1] == "Det här kommer från någon annan. Skriv eller spela in själv."
    await amina.send_sticker()
    assert amina.replies()[-1] == "Ett klistermärke kan jag inte skicka. Skriv eller spela in."
    assert amina.screen_text().startswith("Skriv till Lina.")
    assert await _messages(app) == []
    async with app.session() as session:
        assert (await session.exec(select(Alert))).all() == []


async def test_my_lots_shows_her_hours_and_a_contact_card_only_once_lina_shares_it(
    app: App,
) -> None:
    amina, lina, _, lina_row = await _people(app)
    await add_weekday_hours(app, lina_row)
    await amina.send("/menu")
    await amina.press("📞 Min lots")
    assert "Lina arbetar:\nMåndag: 09:00–12:00\nTisdag: 09:00–12:00" in amina.screen_text()
    assert amina.buttons() == ["🎙 Skriv eller spela in", "📅 Boka ett möte", "◀️ Tillbaka"]

    await lina.send("/settings")
    await lina.press("📞 Mitt jobbnummer")
    await lina.send("12")
    assert lina.replies()[-1].startswith("Det ser inte ut som ett telefonnummer.")
    await lina.send("070-123 45 67")
    assert lina.screen_text().startswith("Sparat. Deltagarna kan ringa ditt jobbnummer.")

    await amina.send("/menu")
    await amina.press("📞 Min lots")
    await amina.press("📞 Ring Lina")
    [card] = app.bot.sent(SendContact)
    assert (card.chat_id, card.phone_number, card.first_name) == (AMINA, "+46701234567", "Lina")
    await amina.press("📅 Boka ett möte")
    assert amina.screen_text() == "Vilket slags möte?"


async def test_a_voice_note_answers_a_check_in_and_shows_in_her_data(app: App) -> None:
    amina, _lina, amina_row, _ = await _people(app)
    async with app.session() as session:
        await checkins.ensure_plan(session, participant=amina_row, now=app.clock.now())
        await session.commit()
    app.clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    async with app.session() as session:
        await checkins.queue_due(session, now=app.clock.now())
    await app.deliver()
    prompt = [m for m in app.bot.sent(SendMessage) if m.chat_id == AMINA][-1]
    await amina.press_on(prompt, "🙁 Dåligt")
    await amina.press("Skriv till min lots")
    await amina.send_voice()
    assert amina.screen_text().startswith("Tack! Din lots har fått ditt meddelande.")
    async with app.session() as session:
        checkin = (await session.exec(select(Checkin))).one()
        assert checkin.help == "message"
        assert len(await _messages(app)) == 1
        summary = await rights.summary(session, actor=Actor.of(amina_row))
    assert summary.lots_messages == 1
    await amina.send("/privacy")
    assert "💬 Meddelanden med din lots: 1" in amina.screen_text()


async def test_an_answer_waits_out_her_pause_and_is_not_sent_once_she_stopped(app: App) -> None:
    amina, lina, amina_row, _ = await _people(app)
    await amina.send("/settings")
    await amina.press("⏸ Pausa meddelanden")
    await amina.press("3 dagar")
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Amina.*")
    await lina.press("💬 Meddelanden \\(0\\)")
    await lina.press("↩️ Svara")
    await lina.send("Krya på dig!")
    assert lina.screen_text().startswith("⏸ Amina har pausat meddelanden.")
    await app.deliver()
    assert "💬 Lina, din lots:\nKrya på dig!" not in amina.replies()
    async with app.session() as session:
        stored = await session.get(Person, amina_row.id)
    assert stored is not None and stored.paused_until is not None
    # The pause ends at midnight, in her quiet hours: the morning after, it comes.
    app.clock.set(stored.paused_until + timedelta(hours=8))
    await app.deliver()
    assert amina.replies()[-1] == "💬 Lina, din lots:\nKrya på dig!"

    await amina.send("/privacy")
    await amina.press("⛔ Stoppa alla meddelanden")
    await lina.press("↩️ Svara")
    await lina.send("Hör av dig.")
    assert lina.screen_text().startswith("⛔ Amina har stoppat alla meddelanden.")
    assert [m.text for m in await _messages(app)] == ["Krya på dig!"]
