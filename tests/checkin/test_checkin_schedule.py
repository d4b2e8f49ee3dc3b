"""Check-ins on the fake clock: the rhythm, one reminder, silence alerts, pauses, DST, downtime."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from aiogram.methods import SendMessage
from sqlmodel import select

from scheduler.runner import Ticks, catch_up
from scheduler.sender import Sender
from storage import checkins
from storage.alerts import Alert
from storage.checkins import CheckinPlan, PlanChoice
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role
from tests.support.app import OUTGOING, App
from tests.support.personas import AMINA, LINA, add_member

MONDAY_10 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # 10:00 in Stockholm


class Bot:
    """The time-driven half of Lotsen, as the scheduler runs it."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.ticks = Ticks(
            outgoing=OUTGOING,
            session_factory=app.session_factory,
            clock=app.clock,
            settings=app.settings,
        )
        self.sender = Sender(
            purposes=OUTGOING.purposes,
            bot=app.bot,
            session_factory=app.session_factory,
            l10n=app.l10n,
            clock=app.clock,
            settings=app.settings,
        )

    async def tick(self) -> None:
        await self.ticks.queue_due()
        await self.ticks.watch_silence()
        await self.sender.run_until_idle()

    async def run_until(self, end: datetime, step: timedelta = timedelta(minutes=30)) -> None:
        while self.app.clock.now() < end:
            self.app.clock.advance(step)
            await self.tick()

    def texts_to(self, chat_id: int) -> list[str]:
        return [r.text for r in self.app.bot.sent(SendMessage) if r.chat_id == chat_id]


async def _amina(app: App, choice: PlanChoice | None = None) -> Person:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    async with app.session() as session:
        await checkins.ensure_plan(session, participant=amina, now=app.clock.now())
        await session.commit()
        if choice is not None:
            await checkins.set_plan(
                session,
                actor=Actor.of(lina),
                participant_id=amina.id or 0,
                choice=choice,
                now=app.clock.now(),
            )
    return amina


async def _answer_all(app: App) -> None:
    async with app.session() as session:
        for checkin in (await session.exec(select(checkins.Checkin))).all():
            checkin.answered_at = checkin.answered_at or app.clock.now()
        person = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
        person.last_seen_at = app.clock.now()
        await session.commit()


async def test_the_weekly_checkin_comes_on_monday_at_ten_and_only_then(app: App) -> None:
    await _amina(app)
    bot = Bot(app)
    await bot.run_until(MONDAY_10 - timedelta(minutes=30))
    assert bot.texts_to(AMINA) == []
    await bot.run_until(MONDAY_10 + timedelta(hours=2))
    assert bot.texts_to(AMINA) == ["Hej Amina! Hur har veckan varit?"]
    await _answer_all(app)
    await bot.run_until(MONDAY_10 + timedelta(days=7, hours=2), step=timedelta(hours=1))
    assert bot.texts_to(AMINA) == ["Hej Amina! Hur har veckan varit?"] * 2


async def test_one_gentle_reminder_a_day_later_never_two(app: App) -> None:
    await _amina(app)
    bot = Bot(app)
    await bot.run_until(MONDAY_10 + timedelta(days=4), step=timedelta(hours=1))
    assert bot.texts_to(AMINA) == [
        "Hej Amina! Hur har veckan varit?",
        "Vi hörde inget från dig. Hur har veckan varit? Tryck på en knapp.",
    ]


async def test_two_unanswered_checkins_in_a_row_alert_the_lots_once(app: App) -> None:
    await _amina(app)
    bot = Bot(app)
    async with app.session() as session:  # she talks to the bot, but leaves the check-ins
        person = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
        person.last_seen_at = MONDAY_10 + timedelta(days=6)
        await session.commit()
    await bot.run_until(MONDAY_10 + timedelta(days=10), step=timedelta(hours=2))
    async with app.session() as session:
        alerts = (await session.exec(select(Alert))).all()
    assert [a.kind for a in alerts] == ["no-answer"]
    assert bot.texts_to(LINA) == ["🔔 Amina: Har inte svarat två gånger. Se /menu → Larm."]


async def test_fourteen_silent_days_alert_the_lots(app: App) -> None:
    await _amina(app, PlanChoice(every_days=7, weekday=0, at_time="10:00"))
    async with app.session() as session:
        plan = (await session.exec(select(CheckinPlan))).one()
        plan.active = False  # no check-ins: only her silence counts
        await session.commit()
    bot = Bot(app)
    await bot.run_until(app.clock.now() + timedelta(days=13), step=timedelta(hours=6))
    assert bot.texts_to(LINA) == []
    await bot.run_until(app.clock.now() + timedelta(days=2), step=timedelta(hours=6))
    assert bot.texts_to(LINA) == ["🔔 Amina: Har inte hörts av länge. Se /menu → Larm."]


async def test_a_pause_skips_checkins_until_it_ends(app: App) -> None:
    await _amina(app)
    async with app.session() as session:
        person = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
        person.paused_until = MONDAY_10 + timedelta(days=3)
        await session.commit()
    bot = Bot(app)
    await bot.run_until(MONDAY_10 + timedelta(days=6), step=timedelta(hours=1))
    assert bot.texts_to(AMINA) == []
    await bot.run_until(MONDAY_10 + timedelta(days=7, hours=1), step=timedelta(hours=1))
    assert bot.texts_to(AMINA) == ["Hej Amina! Hur har veckan varit?"]


async def test_a_daily_checkin_across_the_autumn_dst_night_comes_once_a_day(app: App) -> None:
    app.clock.set(datetime(2026, 10, 23, 12, tzinfo=UTC))
    await _amina(app, PlanChoice(every_days=1, weekday=None, at_time="09:00"))
    bot = Bot(app)
    sent_at: list[datetime] = []
    end = datetime(2026, 10, 27, 12, tzinfo=UTC)
    while app.clock.now() < end:
        app.clock.advance(timedelta(minutes=30))
        before = len(bot.texts_to(AMINA))
        await bot.tick()
        await _answer_all(app)
        if len(bot.texts_to(AMINA)) > before:
            sent_at.append(app.clock.now())
    assert [t.date().isoformat() for t in sent_at] == [
        "2026-10-24",
        "2026-10-25",
        "2026-10-26",
        "2026-10-27",
    ]
    assert [t.hour for t in sent_at] == [7, 8, 8, 8]  # 09:00 local: CEST, then CET


async def test_a_daily_checkin_across_the_spring_dst_night_comes_once_a_day(app: App) -> None:
    app.clock.set(datetime(2026, 3, 27, 12, tzinfo=UTC))
    await _amina(app, PlanChoice(every_days=1, weekday=None, at_time="09:00"))
    bot = Bot(app)
    end = datetime(2026, 3, 31, 12, tzinfo=UTC)
    while app.clock.now() < end:
        app.clock.advance(timedelta(minutes=30))
        await bot.tick()
        await _answer_all(app)
    async with app.session() as session:
        rows = (
            await session.exec(select(OutboxMessage).where(OutboxMessage.purpose == "checkin"))
        ).all()
    assert [row.occurrence for row in rows] == [
        "2026-03-28",
        "2026-03-29",
        "2026-03-30",
        "2026-03-31",
    ]
    assert all(row.status == "sent" for row in rows)


async def test_after_a_short_downtime_the_missed_checkin_is_sent_once(app: App) -> None:
    await _amina(app)
    bot = Bot(app)
    app.clock.set(MONDAY_10 + timedelta(hours=5))  # the server was down all morning
    await catch_up(bot.ticks, bot.sender)
    await bot.tick()
    assert bot.texts_to(AMINA) == ["Hej Amina! Hur har veckan varit?"]


async def test_after_a_long_downtime_stale_checkins_are_skipped(app: App) -> None:
    await _amina(app)
    bot = Bot(app)
    app.clock.set(MONDAY_10 + timedelta(days=15))  # two weeks down
    await catch_up(bot.ticks, bot.sender)
    await bot.tick()
    assert bot.texts_to(AMINA) == []
    async with app.session() as session:
        rows = (
            await session.exec(select(OutboxMessage).where(OutboxMessage.purpose == "checkin"))
        ).all()
        plan = (await session.exec(select(CheckinPlan))).one()
    assert [(row.occurrence, row.status) for row in rows] == [("2026-11-30", "skipped")]
    assert plan.next_occurrence == "2026-12-21"


async def test_a_crowded_minute_opens_each_checkin_once_and_queues_one_message_each(
    app: App,
) -> None:
    """Three participants due at once, one of whom already has this week's check-in open
    (a tick that died after opening it): two new check-ins, two messages, nothing twice."""
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    people = [
        await add_member(app, AMINA + n, role=Role.PARTICIPANT, name=name, staff_id=lina.id)
        for n, name in enumerate(("Amina", "Bashir", "Celine"))
    ]
    async with app.session() as session:
        for person in people:
            await checkins.ensure_plan(session, participant=person, now=app.clock.now())
        await session.commit()
        plan = await session.get(CheckinPlan, people[1].id)
        assert plan is not None
        session.add(
            checkins.Checkin(
                participant_id=plan.participant_id,
                occurrence=plan.next_occurrence,
                asked_at=plan.next_due_at,
            )
        )
        await session.commit()
    app.clock.set(MONDAY_10 + timedelta(minutes=1))
    async with app.session() as session:
        # Three plans came due and moved on; two check-ins were opened (counted below).
        assert await checkins.queue_due(session, now=app.clock.now(), limit=500) == 3
        assert await checkins.queue_due(session, now=app.clock.now(), limit=500) == 0
        opened = (await session.exec(select(checkins.Checkin))).all()
        queued = (await session.exec(select(OutboxMessage))).all()
        plans = (await session.exec(select(CheckinPlan))).all()
    assert sorted(c.participant_id for c in opened) == sorted(p.id for p in people)
    by_id = {c.id: c for c in opened}
    assert sorted((m.recipient_id, m.purpose) for m in queued) == sorted(
        (p.id, checkins.CHECKIN_PURPOSE) for p in (people[0], people[2])
    )
    for message in queued:  # each message points at its own participant's check-in
        assert by_id[message.subject_id].participant_id == message.recipient_id
        assert message.due_at == by_id[message.subject_id].asked_at == MONDAY_10
    assert all(p.next_due_at == MONDAY_10 + timedelta(days=7) for p in plans)
