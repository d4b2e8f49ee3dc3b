"""Members using the bot as people do: menus, language, old buttons, restarts and odd input."""

from __future__ import annotations

import logging
import os

import pytest
from aiogram.methods import SendPhoto
from aiogram.types import CallbackQuery, Chat, Message, Update
from sqlmodel import select

from bot.logs import quiet_data_loggers
from storage.audit import AuditEntry
from storage.invites import Invite
from storage.people import Role
from tests.support.app import App, Person
from tests.support.personas import AMINA, LINA, add_member, invite_code, person_by_telegram_id

SOFIA_ADMIN = 2002


async def _amina(app: App, locale: str = "sv", name: str | None = "Amina"):  # type: ignore[no-untyped-def]
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    await add_member(app, AMINA, role=Role.PARTICIPANT, name=name, locale=locale, staff_id=lina.id)
    amina = app.client(AMINA, language_code="sv")
    await amina.send("/menu")
    return amina


async def test_amina_switches_to_english_with_the_language_command(app: App) -> None:
    amina = await _amina(app)
    await amina.send("/language")
    assert amina.screen_text() == "Välj språk."
    await amina.press("English")
    assert amina.screen_text() == "Now I write in English.\nHello Amina! What do you want to do?"
    assert "⚙️ Settings" in amina.buttons()
    stored = await person_by_telegram_id(app, AMINA)
    assert stored is not None and stored.locale == "en"
    # The notice shows once; the menu after that is just the menu.
    await amina.press("📞 My lots")
    await amina.press("◀️ Back")
    assert amina.screen_text() == "Hello Amina! What do you want to do?"


async def test_arabic_keeps_a_latin_name_from_flipping_the_sentence(app: App) -> None:
    amina = await _amina(app, locale="ar")
    assert "\u2068Amina\u2069" in amina.screen_text()


async def test_amina_changes_her_name(app: App) -> None:
    amina = await _amina(app)
    await amina.press("⚙️ Inställningar")
    await amina.press("✏️ Mitt namn")
    assert amina.screen_text().startswith("Nu kallar vi dig Amina.")
    await amina.send("A" * 65)
    assert amina.replies()[-1] == "Texten är för lång. Högst 64 tecken."
    await amina.send("🙂🙂")
    assert amina.replies()[-1] == "Skriv namnet med bokstäver."
    await amina.send_sticker()
    assert (
        amina.replies()[-1] == "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp."
    )
    stored = await person_by_telegram_id(app, AMINA)
    assert stored is not None and stored.display_name == "Amina"
    await amina.send("Ami")
    assert amina.screen_text().startswith("Tack! Nu kallar vi dig Ami.")
    stored = await person_by_telegram_id(app, AMINA)
    assert stored is not None and stored.display_name == "Ami"


async def test_help_and_privacy_work_from_anywhere(app: App) -> None:
    amina = await _amina(app)
    await amina.press("⚙️ Inställningar")
    await amina.press("✏️ Mitt namn")
    await amina.send("/privacy")
    assert amina.screen_text().startswith("Det här sparar vi om dig:")
    await amina.press("◀️ Tillbaka")
    assert "Hej Amina!" in amina.screen_text()
    await amina.send("/help")
    assert amina.screen_text().startswith("Så här använder du Lotsen:")


async def test_every_kind_of_unexpected_input_gets_a_kind_answer_and_changes_nothing(
    app: App,
) -> None:
    amina = await _amina(app)
    before = amina.screen_text()
    await amina.send("hej hej")
    await amina.send_sticker()
    await amina.send_photo()
    await amina.send_voice()
    await amina.send("x" * 4096)
    await amina.send("/doesnotexist")
    assert amina.replies() == [
        "Jag förstår inte det. Tryck på en knapp.",
        "Jag kan inte läsa det. Skriv med bokstäver eller tryck på en knapp.",
        # A photo or a voice note may go to her lots, with one tap (tests/test_lotsline.py).
        "Vill du skicka det här till din lots?",
        "Vill du skicka det här till din lots?",
        "Jag förstår inte det. Tryck på en knapp.",
        "Jag känner inte till det kommandot. Skriv /help för hjälp.",
    ]
    # The menu is shown again below the reply, unchanged.
    assert amina.screen_text() == before
    stored = await person_by_telegram_id(app, AMINA)
    assert stored is not None and stored.display_name == "Amina" and stored.locale == "sv"


async def test_a_flood_is_throttled_with_one_notice(app: App) -> None:
    amina = await _amina(app)
    for _ in range(30):
        await amina.send("spam")
    replies = amina.replies()
    assert replies.count("Du skickar många meddelanden. Vänta en liten stund.") == 1
    assert len(replies) == app.settings.throttle_messages  # /menu counted as the first


async def _amina_reads_the_privacy_notice(app: App) -> tuple[Person, Message]:
    """Amina opens Lina's invite, picks Swedish, and has the privacy notice on screen."""
    lina = await add_member(app, LINA, role=Role.STAFF)
    code = await invite_code(app, staff_id=lina.id)
    amina = app.client(AMINA, language_code="sv")
    await amina.send(f"/start {code}")
    await amina.press("✓ Svenska")
    return amina, amina.screen()


async def test_a_dialog_survives_a_restart(any_app: App) -> None:
    amina, privacy_screen = await _amina_reads_the_privacy_notice(any_app)

    any_app.restart()
    await amina.press("✅ Jag förstår", privacy_screen)
    assert "Vad vill du att vi kallar dig?" in amina.screen_text()


async def test_an_old_button_after_a_restart_leads_home_with_one_line(any_app: App) -> None:
    amina, privacy_screen = await _amina_reads_the_privacy_notice(any_app)
    await amina.press("✅ Jag förstår")
    await amina.press("Hoppa över")

    any_app.restart()
    await amina.press("✅ Jag förstår", privacy_screen)
    assert amina.screen_text() == "Den knappen är gammal. Här är menyn.\nHej! Vad vill du göra?"
    stored = await person_by_telegram_id(any_app, AMINA)
    assert stored is not None and stored.onboarded_at is not None


async def _forge(person, data: str) -> None:  # type: ignore[no-untyped-def]
    callback = CallbackQuery(
        id="forged",
        data=data,
        chat_instance="--",
        from_user=person.user,
        message=person.screen(),
    )
    await person.dp.feed_update(
        person.bot, Update(update_id=person._new_update_id(), callback_query=callback)
    )


async def test_forged_callback_data_changes_nothing(app: App) -> None:
    amina = await _amina(app)
    # Data with no dialog id: the current screen does not know it.
    for data in ["nonsense", "x" * 64, "\x1d"]:
        await _forge(amina, data)
        assert (
            amina.replies()[-1] == "Den knappen fungerar inte här. Tryck på en av knapparna nedan."
        )
        assert amina.screen_text() == "Hej Amina! Vad vill du göra?"
    # Data naming a dialog Amina does not have: back to her menu with one line.
    for data in ["0000000000\x1dinvite_staff", "zzz\x1dname"]:
        await _forge(amina, data)
        assert (
            amina.screen_text()
            == "Den knappen är gammal. Här är menyn.\nHej Amina! Vad vill du göra?"
        )
    async with app.session() as session:
        assert (await session.exec(select(Invite))).all() == []


async def test_staff_who_is_not_admin_cannot_invite_staff_even_with_forged_data(app: App) -> None:
    await add_member(app, LINA, role=Role.STAFF, name="Lina")
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    assert lina.buttons() == ["➕ Bjud in en deltagare", "📊 Rapport", "◀️ Tillbaka"]
    button = lina.screen().reply_markup.inline_keyboard[0][0]  # type: ignore[union-attr]
    intent = (button.callback_data or "").split("\x1d")[0]

    await _forge(lina, f"{intent}\x1dinvite_staff")
    assert lina.toasts() == ["Det kan du inte göra här."]
    async with app.session() as session:
        assert (await session.exec(select(Invite))).all() == []
        denial = (await session.exec(select(AuditEntry))).one()
    assert (denial.action, denial.allowed, denial.actor_telegram_id) == (
        "deny:invite-staff",
        False,
        LINA,
    )


async def test_a_participant_never_reaches_a_staff_screen(app: App) -> None:
    amina = await _amina(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    staff_button = lina.screen().reply_markup.inline_keyboard[0][0]  # type: ignore[union-attr]
    await _forge(amina, staff_button.callback_data or "")
    assert "Bjud in" not in amina.screen_text()
    assert not any("Bjud in" in b for b in amina.buttons())
    async with app.session() as session:
        assert (await session.exec(select(Invite))).all() == []


async def test_staff_invites_a_participant_and_sees_the_qr_code(app: App) -> None:
    await add_member(app, LINA, role=Role.STAFF, name="Lina")
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    await lina.press("➕ Bjud in en deltagare")
    photo = app.bot.sent(SendPhoto)[-1]
    assert photo.chat_id == LINA
    assert photo.photo.data.startswith(b"\x89PNG")  # type: ignore[union-attr]
    caption = photo.caption or ""
    assert "gäller till 7 december 2026" in caption
    link = caption.splitlines()[-1]
    assert link.startswith("https://t.me/lotsen_test_bot?start=")
    # The screen comes back below the invite, and the link lets a participant in to Lina.
    assert lina.screen_text() == "Mer. Vad vill du göra?"
    amina = app.client(AMINA, language_code="sv")
    await amina.send("/start " + link.split("start=")[1])
    joined = await person_by_telegram_id(app, AMINA)
    lina_row = await person_by_telegram_id(app, LINA)
    assert joined is not None and lina_row is not None and joined.staff_id == lina_row.id


async def test_a_configured_admin_starts_without_an_invite_and_can_invite_staff(app: App) -> None:
    sofia = app.client(9000, language_code="en")
    await sofia.send("/start")
    await sofia.press("✓ English")
    await sofia.press("✅ My name is User")
    assert "➕ Invite staff" not in sofia.buttons()  # an admin tool: one tap away
    await sofia.press("🗂 More")
    assert "➕ Invite staff" in sofia.buttons()
    await sofia.press("➕ Invite staff")
    caption = app.bot.sent(SendPhoto)[-1].caption or ""
    assert caption.startswith("Here is an invite for a new colleague.")
    stored = await person_by_telegram_id(app, 9000)
    # Stored as staff: the admin right comes from ADMIN_IDS alone.
    assert stored is not None and stored.role == "staff"


async def test_an_admin_opening_an_invite_stays_admin_and_leaves_the_code_unused(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF)
    code = await invite_code(app, staff_id=lina.id)
    sofia = app.client(9000, language_code="en")
    await sofia.send(f"/start {code}")
    await sofia.press("✓ English")
    await sofia.press("✅ My name is User")
    await sofia.press("🗂 More")
    assert "➕ Invite staff" in sofia.buttons()
    sofia_row = await person_by_telegram_id(app, 9000)
    assert sofia_row is not None and sofia_row.staff_id is None
    amina = app.client(AMINA, language_code="sv")
    await amina.send(f"/start {code}")
    joined = await person_by_telegram_id(app, AMINA)
    assert joined is not None and joined.staff_id == lina.id


async def test_removing_an_id_from_admin_ids_takes_the_admin_right_away(app: App) -> None:
    sofia = app.client(9000, language_code="en")
    await sofia.send("/start")
    await sofia.press("✓ English")
    await sofia.press("✅ My name is User")
    app.settings = app.settings.model_copy(update={"admin_ids": frozenset()})
    app.restart()
    await sofia.send("/menu")
    await sofia.press("🗂 More")
    assert "➕ Invite a participant" in sofia.buttons()
    assert "➕ Invite staff" not in sofia.buttons()


async def test_an_error_gets_a_kind_word_and_a_log_without_names_or_texts(
    app: App, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    amina = await _amina(app)
    await amina.press("⚙️ Inställningar")
    await amina.press("✏️ Mitt namn")

    async def broken(*_args: object, name: str, **_kwargs: object) -> None:
        raise ValueError(f"could not save {name}")  # an exception text quoting the user

    monkeypatch.setattr("storage.people.set_display_name", broken)
    quiet_data_loggers()  # as `python -m bot` configures logging, even at DEBUG
    caplog.set_level(logging.DEBUG)
    await amina.send("Zainab Secretname")
    assert amina.replies()[-1] == "Något gick fel. Försök igen om en stund."
    assert "ValueError" in caplog.text and str(AMINA) in caplog.text
    assert "Zainab" not in caplog.text and "Secretname" not in caplog.text


async def test_group_chats_are_ignored(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF)
    code = await invite_code(app, staff_id=lina.id)
    someone = app.client(3001, language_code="sv")
    someone.chat = Chat(id=-100123, type="supergroup")
    await someone.send(f"/start {code}")
    await someone.send("hello")
    assert app.bot.session.requests == []
    assert await person_by_telegram_id(app, 3001) is None


async def test_a_dialog_survives_a_restart_with_state_in_redis(app: App) -> None:
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.skip("TEST_REDIS_URL is not set: Redis tests skipped (see README)")
    import redis.asyncio as redis

    client = redis.from_url(url)
    await client.flushdb()
    app.settings = app.settings.model_copy(update={"redis_url": url})
    app.restart()
    try:
        amina, privacy_screen = await _amina_reads_the_privacy_notice(app)
        assert await client.dbsize() > 0  # the stack lives in Redis now

        app.restart()
        await amina.press("✅ Jag förstår", privacy_screen)
        assert "Vad vill du att vi kallar dig?" in amina.screen_text()
    finally:
        await client.flushdb()
        await client.aclose()


async def test_a_member_whose_dialog_state_is_gone_gets_the_menu_back(app: App) -> None:
    amina = await _amina(app)
    async with app.session() as session:
        from storage.fsm import erase_user_state

        await erase_user_state(session, telegram_id=AMINA)  # e.g. Redis was flushed
    screens_before = len(app.mm.sent_messages)
    await amina.send("hej?")
    assert len(app.mm.sent_messages) > screens_before  # a fresh menu, not silence
    assert amina.replies()[-1] == "Jag förstår inte det. Tryck på en knapp."
    assert amina.screen_text() == "Hej Amina! Vad vill du göra?"
