"""Delivery: check-ins leave the outbox in each reader's language, within Telegram's rules."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from aiogram.exceptions import TelegramNetworkError
from aiogram.methods import SendMessage
from sqlmodel import select

from rules.clock import FakeClock
from rules.config import Settings
from rules.i18n import Localization
from scheduler.pacing import LocalLimiter, Turn
from scheduler.sender import LATE_TURNS, Sender
from storage import checkins, outbox
from storage.alerts import Alert
from storage.checkins import Checkin
from storage.db import create_engine, create_session_factory
from storage.outbox import OutboxMessage
from storage.people import Person, Role
from tests.support.app import OUTGOING, App
from tests.support.personas import AMINA, LINA, add_member

# Monday 30 November 2026, 10:00 in Stockholm (UTC+1).
MONDAY_10 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
async def db_app(
    any_db_url: str, settings: Settings, l10n: Localization, clock: FakeClock
) -> AsyncIterator[App]:
    """The app on SQLite, and on PostgreSQL when TEST_POSTGRES_URL is set."""
    on_db = settings.model_copy(update={"database_url": any_db_url})
    engine = create_engine(any_db_url)
    the_app = App(
        settings=on_db, session_factory=create_session_factory(engine), l10n=l10n, clock=clock
    )
    yield the_app
    await the_app.close()
    await engine.dispose()


def sender_for(app: App, limiter: LocalLimiter | None = None) -> Sender:
    return Sender(
        purposes=OUTGOING.purposes,
        bot=app.bot,
        session_factory=app.session_factory,
        l10n=app.l10n,
        clock=app.clock,
        settings=app.settings,
        limiter=limiter,
    )


async def _amina_with_a_due_checkin(app: App, locale: str = "sv") -> Person:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(
        app, AMINA, role=Role.PARTICIPANT, name="Amina", locale=locale, staff_id=lina.id
    )
    async with app.session() as session:
        await checkins.ensure_plan(session, participant=amina, now=app.clock.now())
        await session.commit()
    app.clock.set(MONDAY_10)
    async with app.session() as session:
        assert await checkins.queue_due(session, now=app.clock.now()) == 1
    return amina


async def _rows(app: App) -> list[OutboxMessage]:
    async with app.session() as session:
        return list((await session.exec(select(OutboxMessage).order_by(OutboxMessage.id))).all())


def _sent_to(app: App, chat_id: int) -> list[SendMessage]:
    return [r for r in app.bot.sent(SendMessage) if r.chat_id == chat_id]


async def test_a_checkin_goes_out_once_in_the_readers_language(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    assert await sender_for(app).run_until_idle() == 1
    assert await sender_for(app).run_until_idle() == 0

    [message] = _sent_to(app, AMINA)
    assert message.text == "Hej Amina! Hur har veckan varit?"
    buttons = [row[0].text for row in message.reply_markup.inline_keyboard]  # type: ignore[union-attr]
    assert buttons == ["😄 Mycket bra", "🙂 Bra", "😐 Okej", "🙁 Dåligt", "😞 Mycket dåligt"]
    [row] = await _rows(app)
    assert (row.status, row.purpose, row.occurrence) == ("sent", "checkin", "2026-11-30")
    assert row.telegram_message_id is not None and row.sent_at == MONDAY_10


async def test_a_language_switch_before_sending_is_honoured(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    async with app.session() as session:
        person = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
        person.locale = "en"
        await session.commit()
    await sender_for(app).run_until_idle()
    assert _sent_to(app, AMINA)[0].text == "Hello Amina! How has your week been?"


async def test_one_persons_messages_go_in_order_across_claims(app: App) -> None:
    """The sender claims the next rows while the last are sent; a person's later message,
    claimed apart, still waits for the earlier one."""
    amina = await _amina_with_a_due_checkin(app)
    async with app.session() as session:
        [checkin] = (await session.exec(select(Checkin))).all()
        await outbox.enqueue(
            session,
            recipient_id=amina.id or 0,
            purpose=checkins.REMINDER_PURPOSE,
            occurrence=checkin.occurrence,
            subject_id=checkin.id,
            due_at=app.clock.now(),
            now=app.clock.now(),
        )
        await session.commit()
    sender = sender_for(app)
    sender.batch = 1  # each row a claim of its own
    assert await sender.run_until_idle() == 2
    assert [m.text for m in _sent_to(app, AMINA)] == [
        "Hej Amina! Hur har veckan varit?",
        "Vi hörde inget från dig. Hur har veckan varit? Tryck på en knapp.",
    ]
    assert [row.status for row in await _rows(app)] == ["sent", "sent"]


class _LateOnce(LocalLimiter):
    """A limiter whose first turn went by before the send got to its call."""

    def __init__(self) -> None:
        super().__init__(rate=10_000, per_chat=1.0)
        self.asked: list[Turn] = []
        self.held: list[Turn | None] = []

    async def _take(
        self, chat_id: int, *, held: Turn | None = None
    ) -> tuple[bool, float, bool, int]:
        self.held.append(held)
        return await super()._take(chat_id, held=held)

    def on_time(self, turn: Turn) -> bool:
        self.asked.append(turn)
        return len(self.asked) > 1


async def test_a_send_late_for_its_turn_takes_another_and_goes_once(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    limiter = _LateOnce()
    sender = sender_for(app, limiter)
    assert await sender.run_until_idle() == 1
    # Two turns; the second keeps the chat's turn: no wait for a message that never left.
    assert len(limiter.asked) == 2
    assert limiter.held[0] is None and limiter.held[-1] == limiter.asked[0]
    assert len(_sent_to(app, AMINA)) == 1
    [row] = await _rows(app)
    assert (row.status, row.attempts) == ("sent", 1)


class _NeverOnTime(_LateOnce):
    """A machine so busy that no send ever reaches its call within its turn."""

    def on_time(self, turn: Turn) -> bool:
        self.asked.append(turn)
        return False


async def test_a_send_late_turn_after_turn_still_goes_once(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    limiter = _NeverOnTime()
    sender = sender_for(app, limiter)
    assert await sender.run_until_idle() == 1
    # LATE_TURNS late turns, then it goes on the next however late: it is never stuck.
    assert len(limiter.asked) == LATE_TURNS
    assert len(limiter.held) == LATE_TURNS + 1
    assert len(_sent_to(app, AMINA)) == 1
    [row] = await _rows(app)
    assert (row.status, row.attempts) == ("sent", 1)


async def test_429_holds_the_sender_and_the_message_goes_once(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    app.bot.add_result_for(
        SendMessage,
        ok=False,
        error_code=429,
        description="Too Many Requests: retry after 1",
        parameters={"retry_after": 1},
    )
    started = time.monotonic()
    await sender_for(app).run_until_idle()
    assert time.monotonic() - started >= 1.0
    assert len(_sent_to(app, AMINA)) == 2  # the refused try and the delivered one
    [row] = await _rows(app)
    assert (row.status, row.attempts) == ("sent", 1)


async def test_403_marks_the_participant_unreachable_and_alerts_their_lots(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    app.bot.add_result_for(
        SendMessage, ok=False, error_code=403, description="Forbidden: bot was blocked by the user"
    )
    await sender_for(app).run_until_idle()
    rows = await _rows(app)
    assert (rows[0].status, rows[0].last_error) == ("failed", "blocked the bot")
    async with app.session() as session:
        amina = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
        alert = (await session.exec(select(Alert))).one()
    assert amina.unreachable_at == MONDAY_10
    assert alert.kind == "unreachable"
    assert [m.text for m in _sent_to(app, LINA)] == [
        "🔔 Amina: Har blockerat boten. Se /menu → Larm."
    ]
    # Nothing more is tried while she is unreachable.
    async with app.session() as session:
        await checkins.queue_reminders(session, now=MONDAY_10 + timedelta(days=1, minutes=1))
    app.clock.set(MONDAY_10 + timedelta(days=1, minutes=1))
    await sender_for(app).run_until_idle()
    assert len(_sent_to(app, AMINA)) == 1


@pytest.mark.parametrize(
    "failure",
    [
        TelegramNetworkError(method=SendMessage(chat_id=1, text="x"), message="timeout"),
        TimeoutError(),
        "502",
    ],
    ids=["network", "timeout", "5xx"],
)
async def test_network_errors_and_5xx_are_retried_with_backoff(app: App, failure: object) -> None:
    await _amina_with_a_due_checkin(app)
    if failure == "502":
        app.bot.add_result_for(SendMessage, ok=False, error_code=502, description="Bad Gateway")
    else:
        app.bot.session.add_result(failure)  # type: ignore[arg-type]
    sender = sender_for(app)
    await sender.run_until_idle()
    [row] = await _rows(app)
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.due_at == MONDAY_10 + timedelta(seconds=30)
    app.clock.advance(timedelta(seconds=30))
    await sender.run_until_idle()
    [row] = await _rows(app)
    assert row.status == "sent"


async def test_the_sender_gives_up_with_a_reason(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    sender = sender_for(app)
    for _ in range(app.settings.send_max_attempts):
        app.bot.add_result_for(
            SendMessage, ok=False, error_code=500, description="Internal Server Error"
        )
        await sender.run_until_idle()
        app.clock.advance(timedelta(hours=1))
    [row] = await _rows(app)
    assert (row.status, row.attempts) == ("failed", app.settings.send_max_attempts)
    assert row.last_error == "gave up: TelegramServerError"


async def test_rows_left_in_flight_by_a_crash_are_sent_after_the_lease(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    from storage import outbox

    async with app.session() as session:  # a sender claims the row, then dies
        claimed = await outbox.claim_due(
            session, now=MONDAY_10, limit=10, lease=timedelta(minutes=5)
        )
    assert len(claimed) == 1
    assert await sender_for(app).run_until_idle() == 0  # still leased: nobody else takes it
    app.clock.advance(timedelta(minutes=5, seconds=1))
    assert await sender_for(app).run_until_idle() == 1
    assert len(_sent_to(app, AMINA)) == 1


async def test_quiet_hours_hold_a_message_until_morning(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    async with app.session() as session:
        amina = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
        amina.quiet_start, amina.quiet_end = "09:00", "11:30"  # e.g. she works mornings
        await session.commit()
    await sender_for(app).run_until_idle()
    assert _sent_to(app, AMINA) == []
    [row] = await _rows(app)
    assert (row.status, row.due_at) == ("pending", datetime(2026, 11, 30, 10, 30, tzinfo=UTC))
    app.clock.set(row.due_at)
    await sender_for(app).run_until_idle()
    assert len(_sent_to(app, AMINA)) == 1


async def test_after_downtime_a_stale_checkin_is_skipped_not_sent(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    app.clock.advance(timedelta(hours=13))  # the bot was down all day
    await sender_for(app).run_until_idle()
    [row] = await _rows(app)
    assert (row.status, row.last_error) == ("skipped", "too late")
    assert _sent_to(app, AMINA) == []


async def test_an_answered_checkin_is_not_sent_again(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    async with app.session() as session:
        checkin = (await session.exec(select(Checkin))).one()
        checkin.answered_at = MONDAY_10
        await session.commit()
    await sender_for(app).run_until_idle()
    assert _sent_to(app, AMINA) == []


def test_fake_clock_rejects_naive_times() -> None:
    with pytest.raises(ValueError):
        FakeClock(datetime(2026, 1, 1))


async def test_stop_then_drain_hands_back_what_was_not_sent(app: App) -> None:
    await _amina_with_a_due_checkin(app)
    sender = sender_for(app)
    sender.stop()
    await sender.drain()
    assert await sender.run_once() == 0  # a stopped sender claims nothing
    [row] = await _rows(app)
    assert row.status == "pending"


# -- every answer Telegram can give has a decision ----------------------------------------

REFUSALS: dict[str, dict[str, Any]] = {
    "400": {"error_code": 400, "description": "Bad Request: chat not found"},
    "404": {"error_code": 404, "description": "Not Found"},
    "400-migrated": {
        "error_code": 400,
        "description": "Bad Request: group chat was upgraded to a supergroup chat",
        "parameters": {"migrate_to_chat_id": -100123},
    },
}


@pytest.mark.parametrize("answer", REFUSALS.values(), ids=REFUSALS.keys())
async def test_a_message_telegram_refuses_fails_once_with_the_reason(
    db_app: App, answer: dict[str, Any]
) -> None:
    await _amina_with_a_due_checkin(db_app)
    db_app.bot.add_result_for(SendMessage, ok=False, **answer)
    sender = sender_for(db_app)
    assert await sender.run_until_idle() == 1
    [row] = await _rows(db_app)
    assert row.status == "failed"
    assert row.last_error is not None and answer["description"] in row.last_error
    # Never tried again: not at the next tick, not after the lease would have run out.
    db_app.clock.advance(timedelta(hours=1))
    assert await sender.run_until_idle() == 0
    assert len(_sent_to(db_app, AMINA)) == 1


@pytest.mark.parametrize(
    "answer",
    [
        {"error_code": 409, "description": "Conflict: terminated by other getUpdates request"},
        {"error_code": 500, "description": "Internal Server Error"},
        {"error_code": 418, "description": "I'm a teapot"},  # a code nobody expects
    ],
    ids=["409", "500", "unknown-code"],
)
async def test_a_passing_trouble_is_retried_with_backoff(
    db_app: App, answer: dict[str, Any]
) -> None:
    await _amina_with_a_due_checkin(db_app)
    db_app.bot.add_result_for(SendMessage, ok=False, **answer)
    sender = sender_for(db_app)
    await sender.run_until_idle()
    [row] = await _rows(db_app)
    assert (row.status, row.attempts) == ("pending", 1)
    assert row.due_at == MONDAY_10 + timedelta(seconds=30)
    db_app.clock.advance(timedelta(seconds=30))
    await sender.run_until_idle()
    [row] = await _rows(db_app)
    assert row.status == "sent"
    assert len(_sent_to(db_app, AMINA)) == 2


async def test_a_wrong_token_stops_the_sender_and_keeps_the_whole_queue(
    db_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    lina = await add_member(db_app, LINA, role=Role.STAFF, name="Lina")
    for n in range(3):
        person = await add_member(
            db_app, AMINA + n, role=Role.PARTICIPANT, name=f"P{n}", staff_id=lina.id
        )
        async with db_app.session() as session:
            await checkins.ensure_plan(session, participant=person, now=db_app.clock.now())
            await session.commit()
    db_app.clock.set(MONDAY_10)
    async with db_app.session() as session:
        assert await checkins.queue_due(session, now=db_app.clock.now()) == 3
    for _ in range(3):  # every call is refused while the token is wrong
        db_app.bot.add_result_for(SendMessage, ok=False, error_code=401, description="Unauthorized")
    sender = sender_for(db_app)
    with caplog.at_level(logging.INFO, logger="scheduler.sender"):
        assert await sender.run_until_idle() == 0
    assert sender.token_refused and sender.stopping
    assert [r.getMessage() for r in caplog.records if "401" in r.getMessage()] == [
        "Telegram refused the bot token (401 Unauthorized): sending stopped, "
        "the outbox is kept as it is; check BOT_TOKEN and restart"
    ]
    rows = await _rows(db_app)
    assert [(r.status, r.attempts, r.due_at, r.last_error) for r in rows] == [
        ("pending", 0, MONDAY_10, None)
    ] * 3
    # The operator sets the right token and starts again: every message goes, once.
    db_app.bot.session.responses.clear()
    db_app.bot.reset()
    assert await sender_for(db_app).run_until_idle() == 3
    assert {r.status for r in await _rows(db_app)} == {"sent"}
    assert sorted(m.chat_id for m in db_app.bot.sent(SendMessage)) == [AMINA, AMINA + 1, AMINA + 2]


async def test_a_fault_with_one_message_does_not_stop_the_others(
    db_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    await _amina_with_a_due_checkin(db_app)
    await _another_with_a_due_checkin(db_app, 1002, "Bashir")
    db_app.bot.session.add_result(RuntimeError("could not send 'Hej Amina!'"))
    sender = sender_for(db_app)
    with caplog.at_level(logging.INFO, logger="scheduler.sender"):
        assert await sender.run_until_idle() == 2
    assert "RuntimeError at " in caplog.text
    assert "Amina" not in caplog.text  # the error's own words may quote a message: not logged
    rows = await _rows(db_app)
    assert sorted((r.status, r.attempts, r.last_error) for r in rows) == [
        ("pending", 1, "RuntimeError"),
        ("sent", 1, None),
    ]
    db_app.clock.advance(timedelta(seconds=30))
    assert await sender.run_until_idle() == 1
    assert {r.status for r in await _rows(db_app)} == {"sent"}


async def _another_with_a_due_checkin(app: App, telegram_id: int, name: str) -> None:
    async with app.session() as session:
        lina = (await session.exec(select(Person).where(Person.telegram_id == LINA))).one()
    person = await add_member(app, telegram_id, role=Role.PARTICIPANT, name=name, staff_id=lina.id)
    async with app.session() as session:
        await checkins.ensure_plan(session, participant=person, now=MONDAY_10 - timedelta(days=7))
        await session.commit()
    async with app.session() as session:
        assert await checkins.queue_due(session, now=app.clock.now()) == 1
