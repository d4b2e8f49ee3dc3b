"""While a file is made, the chat says so ("sending a photo…", "sending a file…"): the chart,
the report, the data export, the calendar file, the QR invite and the audit log."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from aiogram.enums import ChatAction
from aiogram.methods import SendChatAction, SendDocument, SendMessage, SendPhoto
from aiogram.methods.base import TelegramMethod

from rules.config import Settings
from storage import assessments, booking
from storage.people import Actor, Role
from tests.conftest import ADMIN_ID
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, add_member


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Tests tap faster than any thumb: no flood limit here."""
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


async def _people(app: App) -> tuple[Client, Client, int, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    assert lina.id is not None and amina.id is not None
    return app.client(AMINA), app.client(LINA), amina.id, lina.id


def _shown_before(app: App, method: type[TelegramMethod[Any]], chat_id: int) -> list[str]:
    """The chat actions `chat_id` was shown before the first `method` sent to them."""
    requests = app.bot.session.requests
    index = next(
        n
        for n, request in enumerate(requests)
        if isinstance(request, method) and int(request.chat_id) == chat_id  # type: ignore[attr-defined]
    )
    return [
        request.action
        for request in requests[:index]
        if isinstance(request, SendChatAction) and int(request.chat_id) == chat_id
    ]


async def test_lina_sees_sending_a_photo_while_her_invite_is_made(app: App) -> None:
    _amina, lina, _, _ = await _people(app)
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    await lina.press("➕ Bjud in en deltagare")
    assert _shown_before(app, SendPhoto, LINA) == [ChatAction.UPLOAD_PHOTO]


async def test_amina_sees_sending_a_file_while_her_data_is_gathered(app: App) -> None:
    amina, _lina, _, _ = await _people(app)
    await amina.send("/settings")
    await amina.press("🔒 Mina uppgifter")
    await amina.press("📦 Skicka mina uppgifter")
    assert _shown_before(app, SendDocument, AMINA) == [ChatAction.UPLOAD_DOCUMENT]


async def test_amina_sees_sending_a_file_before_her_calendar_file(app: App) -> None:
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
    await amina.press("✅ Boka")
    assert _shown_before(app, SendDocument, AMINA) == [ChatAction.UPLOAD_DOCUMENT]


async def test_amina_sees_sending_a_photo_while_her_chart_is_drawn(app: App) -> None:
    amina, _lina, amina_id, lina_id = await _people(app)
    async with app.session() as session:
        await assessments.request(
            session,
            actor=Actor(lina_id, LINA, Role.STAFF, True),
            participant_id=amina_id,
            instrument="vagen",
            form="short",
            now=app.clock.now(),
        )
    await app.deliver()
    (invitation,) = [m for m in app.bot.sent(SendMessage) if int(m.chat_id) == AMINA]
    await amina.press_on(invitation, "Börja nu")
    await amina.press(".*Börja.*")
    for _ in range(7):
        await amina.press("^Stämmer ganska bra$")
    assert amina.screen_text().startswith("Tack! Så här gick det i Vägen till jobb:")
    assert _shown_before(app, SendPhoto, AMINA) == [ChatAction.UPLOAD_PHOTO]


async def test_lina_sees_sending_a_file_while_the_report_is_made(app: App) -> None:
    _amina, lina, _, _ = await _people(app)
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    await lina.press("📊 Rapport")
    await lina.press("Gör rapporten")
    assert _shown_before(app, SendDocument, LINA) == [ChatAction.UPLOAD_DOCUMENT]


async def test_an_admin_sees_sending_a_file_before_the_audit_log(app: App) -> None:
    await add_member(app, ADMIN_ID, role=Role.STAFF, name="Sofia")
    sofia = app.client(ADMIN_ID)
    await sofia.send("/menu")
    await sofia.press("🗂 Mer")
    await sofia.press("🧾 Granskningslogg")
    assert _shown_before(app, SendDocument, ADMIN_ID) == [ChatAction.UPLOAD_DOCUMENT]


async def test_a_chat_action_telegram_refuses_does_not_stop_the_file(app: App) -> None:
    _amina, lina, _, _ = await _people(app)
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    app.bot.add_result_for(SendChatAction, ok=False, error_code=400, description="Bad Request")
    app.bot.reset()
    await lina.press("➕ Bjud in en deltagare")
    # The refusal went to the chat action, the first request of the press.
    assert isinstance(app.bot.session.requests[0], SendChatAction)
    (photo,) = app.bot.sent(SendPhoto)
    assert (photo.caption or "").startswith("Här är en inbjudan")
