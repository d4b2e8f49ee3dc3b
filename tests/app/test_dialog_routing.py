"""An update goes straight to the dialog its context belongs to (dialogs.routing): the dialog
answers, a plain router among the dialogs still answers in its turn, no other dialog is asked,
a router with nothing for an event's kind is not asked, and a button the outbox sent still
reaches its handler while a dialog is open."""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram import Dispatcher, F, Router
from aiogram.filters import Command
from aiogram.fsm.state import State, StatesGroup
from aiogram.methods import SendMessage
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    TelegramObject,
)
from aiogram_dialog import Dialog, DialogManager, StartMode, Window, setup_dialogs
from aiogram_dialog.test_tools import BotClient, MockMessageManager
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from aiogram_dialog.test_tools.memory_storage import JsonMemoryStorage
from aiogram_dialog.widgets.kbd import Button
from aiogram_dialog.widgets.text import Const

from dialogs.routing import DialogRouter, RoutingDispatcher
from rules.config import Settings
from rules.instruments import SHORT
from storage import assessments
from storage.people import Actor, Role
from tests.support.app import App
from tests.support.mocked_bot import MockedBot
from tests.support.personas import AMINA, LINA, add_member


class ASG(StatesGroup):
    main = State()


class BSG(StatesGroup):
    main = State()


class CSG(StatesGroup):
    main = State()


class Wiring:
    """A dispatcher whose dialogs A, B and C count every event they are offered and every
    press they handle; a plain router between A and the others answers "ping" with "pong"."""

    def __init__(self) -> None:
        self.offered: Counter[str] = Counter()
        self.pressed: Counter[str] = Counter()
        self.bot = MockedBot()
        self.mm = MockMessageManager()
        dp = Dispatcher(storage=JsonMemoryStorage())

        commands = Router(name="commands")
        for name, group in (("a", ASG), ("b", BSG), ("c", CSG)):
            commands.message.register(_starter(group), Command(name))

        plain = Router(name="plain")

        @plain.message(F.text == "ping")
        async def pong(message: Message) -> None:
            await message.answer("pong")

        inner = DialogRouter(name="inner")
        inner.include_routers(self._dialog("B", BSG), self._dialog("C", CSG))
        root = DialogRouter(name="root")
        root.include_routers(self._dialog("A", ASG), plain, inner)
        dp.include_routers(commands, root)
        setup_dialogs(dp, message_manager=self.mm)
        self.client = BotClient(dp, user_id=1, chat_id=1, bot=self.bot)

    def _dialog(self, name: str, group: type[StatesGroup]) -> Dialog:
        async def on_click(_c: CallbackQuery, _b: Button, _m: DialogManager) -> None:
            self.pressed[name] += 1

        dialog = Dialog(
            Window(
                Const(f"dialog {name}"),
                Button(Const("press"), id="p", on_click=on_click),
                state=group.main,
            )
        )

        async def count(
            handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
            event: TelegramObject,
            data: dict[str, Any],
        ) -> Any:
            self.offered[name] += 1
            return await handler(event, data)

        # An outer middleware runs whenever the event is offered to the dialog at all.
        dialog.message.outer_middleware(count)
        dialog.callback_query.outer_middleware(count)
        return dialog

    def pongs(self) -> int:
        return sum(1 for m in self.bot.sent(SendMessage) if m.text == "pong")

    def screen(self) -> str:
        return self.mm.last_message().text or ""


def _starter(group: type[StatesGroup]) -> Callable[..., Awaitable[None]]:
    async def start(_message: Message, dialog_manager: DialogManager) -> None:
        await dialog_manager.start(group.main, mode=StartMode.RESET_STACK)

    return start


PRESS = InlineButtonTextLocator("^press$")


async def test_a_press_reaches_its_own_dialog_and_no_other_is_asked() -> None:
    wiring = Wiring()
    for command, name in (("/c", "C"), ("/a", "A"), ("/b", "B")):
        await wiring.client.send(command)
        assert wiring.screen() == f"dialog {name}"
        wiring.offered.clear()
        await wiring.client.click(wiring.mm.last_message(), PRESS)
        await wiring.client.click(wiring.mm.last_message(), PRESS)
        # Each press was offered to its dialog, and to no other.
        assert wiring.offered == Counter({name: 2})
    assert wiring.pressed == Counter({"A": 2, "B": 2, "C": 2})


async def test_a_plain_router_among_the_dialogs_still_answers_in_its_turn() -> None:
    wiring = Wiring()
    # No dialog open: only the plain router can take the text, and does.
    await wiring.client.send("ping")
    assert wiring.pongs() == 1
    assert wiring.offered == Counter()

    # C (behind the plain router) is open: the plain router comes first, and answers.
    await wiring.client.send("/c")
    wiring.offered.clear()
    await wiring.client.send("ping")
    assert wiring.pongs() == 2
    assert wiring.offered == Counter()
    assert wiring.screen() == "dialog C"

    # A (before the plain router) is open: as in aiogram, A takes every text of its own.
    await wiring.client.send("/a")
    wiring.offered.clear()
    await wiring.client.send("ping")
    assert wiring.pongs() == 2
    assert wiring.offered == Counter({"A": 1})


# -- the whole app ----------------------------------------------------------------------


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


async def test_amina_goes_from_dialog_to_dialog_and_answers_an_invitation_with_one_open(
    app: App,
) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    member = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    assert lina.id is not None and member.id is not None
    amina = app.client(AMINA)

    # The menu is a participant's dialog, the settings and language dialogs are everyone's.
    await amina.send("/menu")
    assert amina.screen_text() == "Hej Amina! Vad vill du göra?"
    await amina.press("⚙️ Inställningar")
    assert amina.screen_text() == "Inställningar. Vad vill du ändra?"
    await amina.press("🌐 Språk")
    assert amina.screen_text() == "Välj språk."
    await amina.press("◀️ Tillbaka")
    assert amina.screen_text() == "Inställningar. Vad vill du ändra?"
    await amina.press("◀️ Tillbaka")
    assert amina.screen_text() == "Hej Amina! Vad vill du göra?"

    # With the menu open, a button on a message the outbox sent reaches its handler.
    async with app.session() as session:
        await assessments.request(
            session,
            actor=Actor(lina.id, LINA, Role.STAFF, True),
            participant_id=member.id,
            instrument="vagen",
            form=SHORT,
            now=app.clock.now(),
        )
    await app.deliver()
    invitation = [m for m in app.bot.sent(SendMessage) if m.chat_id == AMINA][-1]
    await amina.press_on(invitation, "Börja nu")
    assert amina.screen_text().startswith("Vägen till jobb\n7 frågor.")
    await amina.press(".*Börja.*")
    assert amina.screen_text().startswith("Hälsa och ork · fråga 1 av 7")
    await amina.press("^Stämmer helt$")
    assert "fråga 2 av 7" in amina.screen_text()


async def test_an_event_is_not_offered_to_a_router_with_nothing_for_its_kind() -> None:
    """The dispatcher skips a router with no handler and no outer middleware for presses;
    a router that watches presses with a middleware is still offered every one."""
    calls: Counter[str] = Counter()
    bot = MockedBot()
    dp = RoutingDispatcher(storage=JsonMemoryStorage())

    texts = Router(name="texts")

    @texts.message(F.text == "ping")
    async def pong(message: Message) -> None:
        await message.answer("pong")

    async def asked(_callback: CallbackQuery) -> bool:
        calls["texts asked about a press"] += 1
        return True

    # A router-wide filter is asked whenever its router is offered the event.
    texts.callback_query.filter(asked)

    watched = Router(name="watched")

    async def watch(
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        calls["watched"] += 1
        return await handler(event, data)

    watched.callback_query.outer_middleware(watch)

    presses = Router(name="presses")

    @presses.callback_query(F.data == "go")
    async def go(callback: CallbackQuery) -> None:
        calls["pressed"] += 1
        await callback.answer()

    dp.include_routers(texts, watched, presses)
    client = BotClient(dp, user_id=1, chat_id=1, bot=bot)
    message = Message(
        message_id=1,
        date=datetime.now(UTC),
        chat=Chat(id=1, type="private"),
        text="menu",
        reply_markup=InlineKeyboardMarkup(
            inline_keyboard=[[InlineKeyboardButton(text="Go", callback_data="go")]]
        ),
    )
    await client.click(message, InlineButtonTextLocator("^Go$"))
    await client.click(message, InlineButtonTextLocator("^Go$"))
    assert calls == Counter({"watched": 2, "pressed": 2})

    await client.send("ping")
    assert [m.text for m in bot.sent(SendMessage)] == ["pong"]
