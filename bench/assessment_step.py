"""Cost of one questionnaire step, as a ratio to a bare aiogram echo handler in the same run.

A step is what a tap on an answer sets off: the callback goes through Lotsen's middlewares
(database session, identity, throttling, role gate) into the dialog, the answer is saved in
its own transaction, and the next item is rendered in the participant's language. The
baseline is a bare aiogram Dispatcher whose one handler answers the callback and edits the
message. Both run against the same in-process Bot double, on a real SQLite file (or the
database given), interleaved round by round so machine noise hits both alike. The
dialog's screens go through aiogram-dialog's production MessageManager and the Bot, as the
echo's edit does (`bench.in_process.TelegramMessageManager`), not through the test double.

A third bot shows the frameworks' own floor: a bare aiogram-dialog dialog (aiogram's memory
storage, no database, no middleware of Lotsen's) whose one window looks like an item (a
line of progress, the item, five answers, two more buttons) and whose answer button only
counts on. Its ratio to the echo is what aiogram-dialog itself costs for a step; Lotsen's
ratio cannot go below it.

Each timed press arrives as long polling hands it to the dispatcher: the update's JSON, read
and validated once, already bound to the Bot (`_Presses`). Fed as aiogram-dialog's BotClient
builds it, an update is not bound to the Bot, and aiogram dumps it and validates it again
before anything else (0.16 ms for the echo's press, 0.18 ms for the step's): the same cost on
both sides of the ratio, paid by neither bot in production, which flattered the ratio
(before 2026-12-06 noon the figures here included it).

    .venv/bin/python -m bench.assessment_step --rounds 20
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid
from datetime import UTC, datetime, timedelta
from operator import itemgetter
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.filters import CommandStart
from aiogram.fsm.state import State, StatesGroup
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.methods import SendMessage
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)
from aiogram_dialog import Dialog, DialogManager, StartMode, Window, setup_dialogs
from aiogram_dialog.test_tools import BotClient
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from aiogram_dialog.widgets.kbd import Button, Row, Select
from aiogram_dialog.widgets.text import Const, Format
from sqlalchemy import event

from bench.in_process import TelegramBot, TelegramMessageManager, in_process_app
from rules.instruments import FULL
from storage import assessments
from storage.people import Actor, Role
from tests.support.personas import add_member

AMINA = 1001
LINA = 2001
ECHO_USER = 3001
FLOOR_USER = 4001
ANSWER = InlineButtonTextLocator("^Stämmer ganska bra$")


async def _echo(callback: CallbackQuery) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.edit_text(
            f"echo {callback.data}", reply_markup=callback.message.reply_markup
        )


def _echo_message() -> Message:
    markup = InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text="Stämmer ganska bra", callback_data="4")]]
    )
    return Message(
        message_id=1,
        date=datetime.now(UTC),
        chat=Chat(id=ECHO_USER, type="private"),
        text="echo",
        reply_markup=markup,
    )


class _FloorSG(StatesGroup):
    item = State()


_FLOOR_SCALE = [
    ("5", "Stämmer helt"),
    ("4", "Stämmer ganska bra"),
    ("3", "Stämmer delvis"),
    ("2", "Stämmer ganska dåligt"),
    ("1", "Stämmer inte alls"),
]


async def _floor_item(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    number = dialog_manager.dialog_data.get("number", 1)
    return {"number": number, "item": f"Påstående nummer {number}.", "scale": _FLOOR_SCALE}


async def _floor_answer(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, _item_id: str
) -> None:
    manager.dialog_data["number"] = manager.dialog_data.get("number", 1) + 1


async def _floor_start(_message: Message, dialog_manager: DialogManager) -> None:
    await dialog_manager.start(_FloorSG.item, mode=StartMode.RESET_STACK)


async def _floor_bot(bot: Bot) -> tuple[Dispatcher, TelegramMessageManager]:
    """The bare aiogram-dialog bot (see the module's docstring), its item on screen."""
    dp = Dispatcher(storage=MemoryStorage())
    dp.message.register(_floor_start, CommandStart())
    dp.include_router(
        Dialog(
            Window(
                # The count goes on past 49: the floor's item never ends.
                Format("Tema · fråga {number} av 49\n⬜⬜⬜⬜⬜⬜⬜⬜⬜⬜  0%\n\n{item}"),
                Select(
                    Format("{item[1]}"),
                    id="scale",
                    item_id_getter=itemgetter(0),
                    items="scale",
                    on_click=_floor_answer,
                ),
                Row(Button(Const("◀️ Tillbaka"), id="back"), Button(Const("🏠 Meny"), id="menu")),
                state=_FloorSG.item,
                getter=_floor_item,
            )
        )
    )
    mm = TelegramMessageManager()
    setup_dialogs(dp, message_manager=mm)
    await BotClient(dp, user_id=FLOOR_USER, chat_id=FLOOR_USER, bot=bot).send("/start")
    return dp, mm


class _Presses:
    """Presses as Telegram sends them: the update's JSON, made outside the timing; within it,
    read and validated once with the Bot attached, as long polling does, then dispatched."""

    def __init__(self, dp: Dispatcher, bot: Bot, user_id: int, first_update_id: int) -> None:
        self.dp, self.bot = dp, bot
        self.user = User(id=user_id, is_bot=False, first_name=f"User_{user_id}")
        self.update_id = first_update_id  # apart from the BotClients', as Telegram's are

    def json_of(self, message: Message, locator: InlineButtonTextLocator) -> str:
        button = locator.find_button(message)
        assert button is not None and button.callback_data, locator
        self.update_id += 1
        update = Update(
            update_id=self.update_id,
            callback_query=CallbackQuery(
                id=str(uuid.uuid4()),
                data=button.callback_data,
                chat_instance="--",
                from_user=self.user,
                message=message,
            ),
        )
        return update.model_dump_json(exclude_none=True)

    async def press(self, raw: str) -> None:
        update = Update.model_validate(json.loads(raw), context={"bot": self.bot})
        await self.dp.feed_update(self.bot, update)


async def _timed(action) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall time and CPU time (every thread of the process, SQLite's worker included)."""
    wall, cpu = time.perf_counter(), time.process_time()
    await action()
    return time.perf_counter() - wall, time.process_time() - cpu


async def run(rounds: int, url: str | None = None, echo_statements: bool = False) -> None:
    app, engine = await in_process_app(url, mm=TelegramMessageManager(), bot=TelegramBot())
    statements = [0]
    show_statements = False

    @event.listens_for(engine.sync_engine, "before_cursor_execute")
    def _count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements[0] += 1
        if show_statements:
            print("   ", " ".join(statement.split())[:150])

    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    participant = await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id
    )
    amina = app.client(AMINA)
    assert lina.id is not None and participant.id is not None

    echo_dp = Dispatcher()
    echo_dp.callback_query.register(_echo)
    echo_presses = _Presses(echo_dp, app.bot, ECHO_USER, first_update_id=2_000_000)
    echo_message = _echo_message()
    amina_presses = _Presses(app.dp, app.bot, AMINA, first_update_id=1_000_000)
    floor_dp, floor_mm = await _floor_bot(app.bot)
    floor_presses = _Presses(floor_dp, app.bot, FLOOR_USER, first_update_id=3_000_000)

    step_times: list[tuple[float, float]] = []
    echo_times: list[tuple[float, float]] = []
    floor_times: list[tuple[float, float]] = []
    completion_times: list[tuple[float, float]] = []
    step_statements: list[int] = []
    for _ in range(rounds):
        async with app.session() as session:
            await assessments.request(
                session,
                actor=Actor(lina.id, LINA, Role.STAFF, True),
                participant_id=participant.id,
                instrument="vagen",
                form=FULL,
                now=app.clock.now(),
            )
        await app.deliver()
        invitation = [m for m in app.bot.sent(SendMessage) if m.chat_id == AMINA][-1]
        await amina.press_on(invitation, "Börja nu")
        await amina.press("^Börja$")
        for number in range(1, 50):
            if amina.screen_text().startswith("✅"):
                await amina.press("^Nästa del.*")  # between themes: not a step
            assert f"fråga {number} av 49" in amina.screen_text(), amina.screen_text()
            before = statements[0]
            show_statements = echo_statements and number == 10
            raw = amina_presses.json_of(amina.screen(), ANSWER)
            elapsed = await _timed(lambda raw=raw: amina_presses.press(raw))
            if number < 49:
                step_statements.append(statements[0] - before)
            (completion_times if number == 49 else step_times).append(elapsed)
            echo_raw = echo_presses.json_of(echo_message, ANSWER)
            echo_times.append(await _timed(lambda raw=echo_raw: echo_presses.press(raw)))
            floor_raw = floor_presses.json_of(floor_mm.sent_messages[-1], ANSWER)
            floor_times.append(await _timed(lambda raw=floor_raw: floor_presses.press(raw)))
            floor_shown = floor_mm.sent_messages[-1].text or ""
            assert f"fråga {len(floor_times) + 1} av 49" in floor_shown, floor_shown
        assert amina.screen_text().startswith("Tack!")
        await amina.press("🏠 Meny")
        # Keep the recorded requests from growing without bound over many rounds.
        app.bot.session.requests.clear()
        app.mm.reset_history()
        del floor_mm.sent_messages[:-1]
        app.clock.advance(timedelta(minutes=5))
    await app.close()
    await engine.dispose()

    def median(times: list[tuple[float, float]], which: int) -> float:
        return statistics.median(t[which] for t in times) * 1000

    url = app.settings.database_url
    print(f"rounds: {rounds} x 49 items, {url.split(':')[0]}, {len(step_times)} steps timed")
    print(f"SQL statements a step, median: {statistics.median(step_statements):g}")
    print("                                     wall ms   CPU ms (medians)")
    for label, times in [
        ("bare aiogram echo handler", echo_times),
        ("bare aiogram-dialog step (the floor)", floor_times),
        ("questionnaire step", step_times),
        ("last step (score, chart, result)", completion_times),
    ]:
        print(f"{label:<36} {median(times, 0):7.2f}  {median(times, 1):7.2f}")
    for which, name in [(0, "wall"), (1, "CPU")]:
        ratio = median(step_times, which) / median(echo_times, which)
        print(
            f"cost ratio, step / echo ({name}): {ratio:.2f}  (goal <= 4 on SQLite, <= 6 on PostgreSQL)"
        )
    floor = median(floor_times, 1) / median(echo_times, 1)
    print(f"the floor, bare aiogram-dialog step / echo (CPU): {floor:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else "")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument(
        "--database-url", help="an empty database to use instead of a new SQLite file"
    )
    parser.add_argument(
        "--statements", action="store_true", help="print the SQL of one step (the tenth)"
    )
    args = parser.parse_args()
    asyncio.run(run(args.rounds, args.database_url, args.statements))


if __name__ == "__main__":
    main()
