"""The commands and menus as people meet them: short menus with the weekly things first,
/cancel leaves any screen for the menu, /settings opens the settings, and a Dari reader gets
the command list in Dari."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from aiogram.methods import DeleteMyCommands, SendMessage, SetMyCommands
from aiogram.types import BotCommandScopeChat
from sqlmodel import select

from dialogs.command_lists import set_commands
from rules.config import Settings
from storage import assessments, booking, people
from storage.assessments import AssessmentRound
from storage.audit import AuditEntry
from storage.booking import Meeting, MeetingClaim
from storage.people import Actor, Person, Role
from storage.reminders import Reminder
from tests.conftest import ADMIN_ID
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, add_member

SOFIA = ADMIN_ID


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


async def _people(app: App, locale: str = "sv") -> tuple[Client, Client, int, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", locale=locale, staff_id=lina.id
    )
    assert lina.id is not None and amina.id is not None
    return app.client(AMINA), app.client(LINA), amina.id, lina.id


def _rows(client: Client) -> list[list[str]]:
    markup = client.screen().reply_markup
    assert markup is not None
    return [[button.text for button in row] for row in markup.inline_keyboard]


async def test_amina_sees_her_weekly_things_first_and_the_rest_under_settings(app: App) -> None:
    amina, _lina, _, _ = await _people(app)
    await amina.send("/menu")
    assert _rows(amina) == [
        ["🗣 Öva svenska"],
        ["📅 Möten"],
        ["📞 Min lots"],
        ["📋 Min plan"],
        ["📝 Självskattning"],
        ["⚙️ Inställningar"],
    ]
    await amina.press("⚙️ Inställningar")
    assert amina.screen_text() == "Inställningar. Vad vill du ändra?"
    assert amina.buttons() == [
        "🌐 Språk",
        "✏️ Mitt namn",
        "⏸ Pausa meddelanden",
        "🌙 Tysta timmar",
        "🔒 Mina uppgifter",
        "❓ Hjälp",
        "◀️ Tillbaka",
    ]
    # A change made here is confirmed here, and Back leads to the menu.
    await amina.press("🌙 Tysta timmar")
    await amina.press("22:00")
    await amina.press("07:00")
    assert amina.screen_text() == (
        "Sparat. Jag skickar inget mellan 22:00 och 07:00.\nInställningar. Vad vill du ändra?"
    )
    await amina.press("◀️ Tillbaka")
    assert amina.screen_text() == "Hej Amina! Vad vill du göra?"


async def test_a_paused_participant_starts_messages_again_from_the_menu(app: App) -> None:
    amina, _lina, _, _ = await _people(app)
    await amina.send("/settings")
    await amina.press("⏸ Pausa meddelanden")
    await amina.press("3 dagar")
    await amina.send("/menu")
    assert "⏸ Meddelanden är pausade till och med 26 november 2026." in amina.screen_text()
    assert amina.buttons()[5] == "▶️ Starta meddelanden igen"
    assert len(amina.buttons()) == 7
    await amina.press("▶️ Starta meddelanden igen")
    assert amina.screen_text().startswith("Välkommen tillbaka! Nu får du meddelanden igen.")
    async with app.session() as session:
        stored = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
    assert stored.paused_until is None


async def test_staff_see_caseload_reminders_and_agenda_first_and_admin_tools_under_more(
    app: App,
) -> None:
    _amina, lina, _, _ = await _people(app)
    await add_member(app, SOFIA, role=Role.STAFF, name="Sofia")
    sofia = app.client(SOFIA)
    staff_menu = [
        ["🔔 Larm"],
        ["👥 Mina deltagare"],
        ["📅 Möten och tider"],
        ["📣 Skicka påminnelse"],
        ["📈 Mål"],
        ["⚙️ Inställningar", "🗂 Mer"],
    ]
    for person in (lina, sofia):
        await person.send("/menu")
        assert _rows(person) == staff_menu
    # Help says where the invites are.
    await lina.send("/help")
    assert "Under /menu och 🗂 Mer bjuder du in deltagare." in lina.screen_text()
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    assert lina.screen_text() == "Mer. Vad vill du göra?"
    assert lina.buttons() == ["➕ Bjud in en deltagare", "📊 Rapport", "◀️ Tillbaka"]
    await sofia.press("🗂 Mer")
    assert sofia.buttons() == [
        "➕ Bjud in en deltagare",
        "📊 Rapport",
        "➕ Bjud in personal",
        "➕ Bjud in en administratör",
        "👥 Personal",
        "🧾 Granskningslogg",
        "◀️ Tillbaka",
    ]
    await sofia.press("◀️ Tillbaka")
    assert _rows(sofia) == staff_menu
    await lina.press("◀️ Tillbaka")
    await lina.press("⚙️ Inställningar")
    assert lina.buttons() == [
        "🌐 Språk",
        "✏️ Mitt namn",
        "📞 Mitt jobbnummer",
        "🔒 Mina uppgifter",
        "❓ Hjälp",
        "◀️ Tillbaka",
    ]


async def test_settings_opens_the_settings_from_any_screen(app: App) -> None:
    amina, lina, _, _ = await _people(app)
    await amina.send("/menu")
    await amina.press("📋 Min plan")
    await amina.send("/settings")
    assert amina.screen_text() == "Inställningar. Vad vill du ändra?"
    # Back from settings opened by the command leads to her menu.
    await amina.press("◀️ Tillbaka")
    assert amina.screen_text() == "Hej Amina! Vad vill du göra?"
    await lina.send("/settings")
    assert lina.screen_text() == "Inställningar. Vad vill du ändra?"
    assert "❓ Hjälp" in lina.buttons()


async def test_staff_forging_the_pause_button_are_refused_and_audited(app: App) -> None:
    _amina, lina, _, lina_id = await _people(app)
    await lina.send("/settings")
    for widget in ("pause", "quiet", "resume"):
        await lina.press_data(f"{lina.intent()}\x1d{widget}")
        assert lina.toasts()[-1] == "Det kan du inte göra här."
        assert lina.screen_text() == "Inställningar. Vad vill du ändra?"
    async with app.session() as session:
        denied = (await session.exec(select(AuditEntry))).all()
    assert [(e.action, e.actor_id, e.allowed) for e in denied] == [
        ("deny:participant-settings", lina_id, False)
    ] * 3


async def test_cancel_in_the_middle_of_a_questionnaire_keeps_what_was_answered(app: App) -> None:
    amina, _lina, amina_id, _ = await _people(app)
    async with app.session() as session:
        participant = await session.get(Person, amina_id)
        assert participant is not None
        await assessments.start_participant(session, participant=participant, now=app.clock.now())
        await session.commit()
    await amina.send("/menu")
    await amina.press(".*Självskattning.*")
    await amina.press(".*Vägen till jobb \\(0/49\\).*")
    await amina.press(".*Börja.*")
    for _ in range(3):
        await amina.press("^Stämmer ganska bra$")

    await amina.send("/cancel")
    assert amina.screen_text() == "Okej. Du är tillbaka i menyn.\nHej Amina! Vad vill du göra?"
    async with app.session() as session:
        (found,) = (await session.exec(select(AssessmentRound))).all()
        assert found.id is not None
        answers = await assessments.answers_of(session, round_id=found.id)
    assert found.completed_at is None
    assert answers == {"health-1": 4, "health-2": 4, "health-3": 4}
    # Days later she goes on from the fourth question.
    app.clock.advance(timedelta(days=2))
    await amina.press(".*Självskattning.*")
    await amina.press(".*Vägen till jobb \\(3/49\\).*")
    assert "fråga 4 av 49" in amina.screen_text()


async def test_cancel_before_confirming_a_booking_books_nothing(app: App) -> None:
    amina, _lina, _, lina_id = await _people(app)
    async with app.session() as session:
        await booking.add_window(
            session,
            actor=Actor(lina_id, LINA, Role.STAFF, True),
            weekday=date(2026, 11, 25).weekday(),
            start="09:00",
            end="12:00",
        )
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    await amina.press("Uppföljning · 30 min · På plats")
    await amina.press("25")
    await amina.press("10:00")
    assert "✅ Boka" in amina.buttons()

    await amina.send("/cancel")
    assert amina.screen_text() == "Okej. Du är tillbaka i menyn.\nHej Amina! Vad vill du göra?"
    async with app.session() as session:
        assert (await session.exec(select(Meeting))).all() == []
        assert (await session.exec(select(MeetingClaim))).all() == []
    # Nothing is held either: the time is still free when she books again.
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    await amina.press("Uppföljning · 30 min · På plats")
    await amina.press("25")
    assert "10:00" in amina.buttons()


async def test_cancel_while_typing_a_message_sends_nothing(app: App) -> None:
    _amina, lina, _, _ = await _people(app)
    await lina.send("/menu")
    await lina.press("📣 Skicka påminnelse")
    await lina.press("📣 Alla mina deltagare")
    await lina.press("✏️ Skriv ett eget meddelande")
    await lina.send("/cancel")
    assert lina.screen_text() == "Okej. Du är tillbaka i menyn.\nHej Lina! Vad vill du göra?"
    await app.deliver()
    assert [m for m in app.bot.sent(SendMessage) if int(m.chat_id) == AMINA] == []
    async with app.session() as session:
        assert (await session.exec(select(Reminder))).all() == []


async def test_a_dari_reader_gets_the_commands_in_dari(app: App) -> None:
    amina, _lina, _, _ = await _people(app)
    dari = app.l10n("prs")
    await amina.send("/language")
    await amina.press(dari("language-name"))

    (chosen,) = app.bot.sent(SetMyCommands)
    assert chosen.scope == BotCommandScopeChat(chat_id=AMINA)
    assert [(c.command, c.description) for c in chosen.commands] == [
        ("menu", dari("command-menu")),
        ("cancel", dari("command-cancel")),
        ("settings", dari("command-settings")),
        ("language", dari("command-language")),
        ("help", dari("command-help")),
        ("privacy", dari("command-privacy")),
    ]
    # Back to Swedish: her own list goes, and Telegram shows the list for her phone's language.
    await amina.send("/language")
    await amina.press("Svenska")
    (removed,) = app.bot.sent(DeleteMyCommands)
    assert removed.scope == BotCommandScopeChat(chat_id=AMINA)
    # Another language than Dari needs no list of her own.
    await amina.send("/language")
    await amina.press("English")
    assert len(app.bot.sent(SetMyCommands)) == 1 and len(app.bot.sent(DeleteMyCommands)) == 1


async def test_at_start_every_language_gets_its_list_and_dari_readers_their_own(
    app: App,
) -> None:
    await _people(app, locale="prs")
    await add_member(app, 1002, role=Role.PARTICIPANT, name="Yusuf", locale="ar")
    async with app.session() as session:
        own_lists = await people.readers_of(session, locales=["prs"])
    assert own_lists == {AMINA: "prs"}

    await set_commands(app.bot, app.l10n, own_lists)
    sent = app.bot.sent(SetMyCommands)
    by_language = {request.language_code: request for request in sent if request.scope is None}
    assert set(by_language) == {None, "sv", "en", "ar", "so", "ti", "fa", "uk"}
    for code, request in by_language.items():
        i18n = app.l10n(code or "sv")
        assert [c.command for c in request.commands] == [
            "menu",
            "cancel",
            "settings",
            "language",
            "help",
            "privacy",
        ]
        assert request.commands[1].description == i18n("command-cancel")
    (dari,) = [request for request in sent if request.scope is not None]
    assert dari.scope == BotCommandScopeChat(chat_id=AMINA)
    assert dari.commands[2].description == app.l10n("prs")("command-settings")
