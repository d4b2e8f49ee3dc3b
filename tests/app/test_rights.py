"""Data rights, checked against the whole schema: a table added later is covered by itself."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from aiogram.methods import SendDocument, SendMessage
from aiogram.types import BufferedInputFile
from sqlalchemy import select as core_select
from sqlalchemy import text
from sqlmodel import select

from rules.config import Settings
from rules.instruments import SHORT
from scheduler.runner import Ticks
from storage import (
    alerts,
    assessments,
    booking,
    checkins,
    groups,
    lotsline,
    outbox,
    people,
    plan_steps,
    practice,
    programme,
    rights,
)
from storage.checkins import Help
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role
from storage.schema import metadata
from tests.support.app import OUTGOING, App
from tests.support.personas import AMINA, LINA, YUSUF, add_member


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"throttle_messages": 10_000, "throttle_presses": 10_000})


def _person_columns() -> list[tuple[str, str]]:
    """(table, column) for every foreign key to person.id in the schema, as it is today."""
    return [
        (table.name, fk.parent.name)
        for table in metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "person"
    ]


async def _live(app: App, participant: Person, staff: Person) -> None:
    """A participant who has used every feature: the record their rights apply to."""
    assert participant.id is not None and staff.id is not None
    me = Actor(participant.id, participant.telegram_id, Role.PARTICIPANT, True)
    lina = Actor(staff.id, staff.telegram_id, Role.STAFF, True)
    now = app.clock.now()
    async with app.session() as session:
        person = await session.get(Person, participant.id)
        assert person is not None
        plan = await checkins.ensure_plan(session, participant=person, now=now)
        await session.commit()
        await checkins.queue_due(session, now=plan.next_due_at)
        found = (
            await session.exec(
                select(checkins.Checkin).where(checkins.Checkin.participant_id == participant.id)
            )
        ).first()
        assert found is not None and found.id is not None
        await checkins.answer_mood(session, actor=me, checkin_id=found.id, mood=1, now=now)
        await checkins.answer_help(
            session, actor=me, checkin_id=found.id, help_=Help.MESSAGE, now=now, message="Hej"
        )
        # A voice note to her lots and a written answer, kept by their Telegram ids.
        await lotsline.from_participant(
            session, actor=me, kind=lotsline.MessageKind.VOICE, message_id=77, now=now
        )
        await lotsline.to_participant(
            session,
            actor=lina,
            participant_id=participant.id,
            kind=lotsline.MessageKind.TEXT,
            message_id=78 + participant.telegram_id,
            text="Tack, vi ses.",
            now=now,
        )
        round_ = await assessments.request(
            session,
            actor=lina,
            participant_id=participant.id,
            instrument="vagen",
            form=SHORT,
            now=now,
        )
        assert round_ is not None and round_.id is not None
        for position in range(7):
            await assessments.answer(
                session,
                actor=me,
                round_id=round_.id,
                instrument="vagen",
                form=SHORT,
                position=position,
                value=3,
                now=now,
            )
        await booking.add_window(session, actor=lina, weekday=2, start="09:00", end="12:00")
        kinds = await booking.ensure_kinds(session, staff_id=staff.id)
        await session.commit()
        start = datetime(2026, 11, 25, 8, 0, tzinfo=UTC) + timedelta(
            hours=participant.telegram_id - AMINA
        )
        outcome = await booking.book(
            session,
            actor=me,
            participant_id=participant.id,
            kind_id=kinds[1].id or 0,
            starts_at=start,
            now=now,
            limits=booking.Limits(),
        )
        assert outcome.meeting is not None, outcome.refusal
        gathering = await groups.create(
            session,
            actor=lina,
            kind="information",
            starts_at=start + timedelta(days=1),
            place="in-person",
            address=None,
            seats=10,
            now=now,
        )
        assert gathering is not None and gathering.id is not None
        await groups.invite(
            session, actor=lina, meeting_id=gathering.id, participant_ids=[participant.id], now=now
        )
        seated = await groups.answer(
            session, actor=me, meeting_id=gathering.id, coming=True, now=now
        )
        assert seated is groups.Answer.COMING
        await practice.set_track(session, actor=me, participant_id=participant.id, track="care")
        opened = await practice.open_session(session, actor=me, now=now)
        assert opened is not None and opened.id is not None
        await practice.answer(
            session, actor=me, session_id=opened.id, position=0, correct=True, now=now
        )
    # Dialog state and an audited staff read, the way they really happen.
    client = app.client(participant.telegram_id)
    await client.send("/menu")
    staff_client = app.client(staff.telegram_id)
    await staff_client.send("/menu")
    await staff_client.press("👥 Mina deltagare")
    await staff_client.press(f".*{participant.display_name}.*")


async def _rows(app: App) -> dict[str, list[dict[str, Any]]]:
    async with app.session() as session:
        connection = await session.connection()
        return {
            table.name: [dict(r) for r in (await connection.execute(core_select(table))).mappings()]
            for table in metadata.sorted_tables
        }


async def _two_participants(app: App) -> tuple[Person, Person, Person]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    yusuf = await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=lina.id)
    await _live(app, amina, lina)
    await _live(app, yusuf, lina)
    return amina, yusuf, lina


async def test_the_export_holds_every_row_about_her_and_nothing_of_anyone_else(app: App) -> None:
    amina, yusuf, _lina = await _two_participants(app)
    async with app.session() as session:
        document = json.loads(
            await rights.export(session, actor=Actor(amina.id or 0, AMINA, Role.PARTICIPANT, True))
        )
    exported = document["tables"]
    everything = await _rows(app)
    # Every row that points at her, in every table that can, is in the export.
    for table, column in _person_columns():
        if (table, column) == ("person", "staff_id"):
            continue  # her lots' other participants point there, not at her
        mine = [r for r in everything[table] if r[column] == amina.id]
        in_export = [r for r in exported.get(table, []) if r[column] == amina.id]
        assert len(in_export) == len(mine), (table, column)
    # The rows that hang under hers (answers, scores, claims, reviews) are there too.
    for table in (
        "assessment_answer",
        "assessment_score",
        "group_seat",
        "meeting_claim",
        "practice_review",
    ):
        assert exported.get(table), table
    assert exported["fsm_state"] and all(r["user_id"] == AMINA for r in exported["fsm_state"])
    # Nothing about Yusuf: not his id in any person column, not his Telegram id anywhere.
    # (A column of the same name elsewhere, like an outbox row's subject, holds other ids.)
    person_columns = set(_person_columns()) | {("person", "id")}
    for table, rows in exported.items():
        for row in rows:
            for column, value in row.items():
                if (table, column) in person_columns:
                    assert value != yusuf.id, (table, column)
                assert value != YUSUF, (table, column)
    assert [r["id"] for r in exported["person"]] == [amina.id]
    # Nor who her lots is: Lina read her card (audited) and got notices about her, but
    # neither Lina's id nor her Telegram id is in Amina's copy.
    assert any(r["action"] == "read:card" for r in exported["audit_entry"])
    assert any(r["about_id"] == amina.id for r in exported["outbox"])
    pointing_at_people = set(_person_columns())
    for table, rows in exported.items():
        for row in rows:
            for column, value in row.items():
                assert value != LINA, (table, column)
                if (table, column) in pointing_at_people:
                    assert value != _lina.id, (table, column)


async def test_deleting_her_leaves_no_row_about_her_in_any_table(app: App) -> None:
    amina, yusuf, _lina = await _two_participants(app)
    before = await _rows(app)
    async with app.session() as session:
        yusuf_person = await session.get(Person, yusuf.id)
        assert yusuf_person is not None
        yusuf_rows = await rights.rows_about(session, yusuf_person)
        assert await rights.erase(session, person_id=amina.id or 0)
        await session.commit()
    after = await _rows(app)
    for table, column in _person_columns():
        assert not [r for r in after[table] if r[column] == amina.id], (table, column)
    for table, column in rights.TELEGRAM_ID_COLUMNS:
        assert not [r for r in after[table] if r[column] == AMINA], (table, column)
    # Messages queued about her for her lots went with her.
    assert not [r for r in after["outbox"] if r["about_id"] == amina.id]
    assert sum(len(rows) for rows in after.values()) < sum(len(rows) for rows in before.values())
    # Yusuf's record is untouched.
    async with app.session() as session:
        yusuf_person = await session.get(Person, yusuf.id)
        assert yusuf_person is not None
        assert await rights.rows_about(session, yusuf_person) == yusuf_rows


async def test_retention_erases_exactly_who_is_past_their_time(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    now = app.clock.now()
    people = {}
    for telegram_id, ended, erase_after in (
        (3001, now - timedelta(days=366), None),  # ended more than a year ago: erased
        (3002, now - timedelta(days=364), None),  # not yet
        (3003, None, None),  # still in the programme
        (3004, None, now - timedelta(hours=1)),  # archived, its date has passed: erased
        (3005, None, now + timedelta(days=1)),  # archived, not yet
    ):
        person = await add_member(
            app, telegram_id, role=Role.PARTICIPANT, name=str(telegram_id), staff_id=lina.id
        )
        async with app.session() as session:
            stored = await session.get(Person, person.id)
            assert stored is not None
            stored.ended_at, stored.erase_after = ended, erase_after
            await session.commit()
        people[telegram_id] = person.id
    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )
    await ticks.housekeeping()
    async with app.session() as session:
        left = {p.telegram_id for p in (await session.exec(select(Person))).all()}
    assert left == {LINA, 3002, 3003, 3005}


async def test_stop_stops_every_kind_of_message_and_her_lots_is_told(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    client = app.client(AMINA)
    await client.send("/menu")
    await client.press("⚙️ Inställningar")
    await client.press("🔒 Mina uppgifter")
    await client.press("⛔ Stoppa alla meddelanden")
    assert client.screen_text().startswith("Klart. Boten skickar inga meddelanden till dig.")
    assert "▶️ Starta meddelanden igen" in client.buttons()
    await app.deliver()
    assert [m.text for m in app.bot.sent(SendMessage) if m.chat_id == LINA] == [
        "⛔ Amina har stoppat alla meddelanden från boten. Hör av dig på annat sätt."
    ]
    # Every kind of message the bot can send her, queued now: none is sent.
    async with app.session() as session:
        for purpose in OUTGOING.purposes:
            await outbox.enqueue(
                session,
                recipient_id=amina.id or 0,
                purpose=purpose,
                occurrence="stop-test",
                subject_id=amina.id,
                due_at=app.clock.now(),
                now=app.clock.now(),
            )
        await session.commit()
    sent_before = len(app.bot.sent(SendMessage))
    await app.deliver()
    assert len(app.bot.sent(SendMessage)) == sent_before
    async with app.session() as session:
        rows = (
            await session.exec(select(OutboxMessage).where(OutboxMessage.occurrence == "stop-test"))
        ).all()
    assert len(rows) == len(OUTGOING.purposes)
    assert {(r.status, r.last_error) for r in rows} == {("skipped", "stopped")}

    await client.press("▶️ Starta meddelanden igen")
    assert client.screen_text().startswith("Klart. Boten skickar meddelanden igen.")


async def test_amina_takes_a_copy_and_then_is_deleted(app: App) -> None:
    amina, _yusuf, lina = await _two_participants(app)
    async with app.session() as session:  # what her lots keeps about her, she sees counted
        staff = Actor.of(lina)
        assert await plan_steps.add_step(
            session,
            actor=staff,
            participant_id=amina.id or 0,
            text="Ring arbetsplatsen",
            due_on=date(2026, 12, 1),
            responsible="me",
            now=app.clock.now(),
        )
        for fact, value in (("gender", "woman"), ("birth_year", "2006")):
            assert await programme.set_fact(
                session,
                actor=staff,
                participant_id=amina.id or 0,
                fact=fact,
                value=value,
                now=app.clock.now(),
            )
        stored_alerts = (
            await session.exec(select(alerts.Alert).where(alerts.Alert.participant_id == amina.id))
        ).all()
    client = app.client(AMINA)
    await client.send("/menu")
    await client.press("⚙️ Inställningar")
    await client.press("🔒 Mina uppgifter")
    assert "Sparat om dig nu: 1 avstämning, 1 självskattning, 1 möte" in client.screen_text()
    assert stored_alerts  # her lowest mood and her message raised them
    assert [
        "Också sparat:",
        "📋 Steg i din plan: 1",
        f"🔔 Larm till din lots: {len(stored_alerts)}",
        "📊 Uppgifter för kommunens rapport: 2",
        "💬 Meddelanden med din lots: 2",
    ] == client.screen_text().split("\n\n")[-1].splitlines()[-5:]
    await client.press("📦 Skicka mina uppgifter")
    (document,) = [d for d in app.bot.sent(SendDocument) if int(d.chat_id) == AMINA]
    assert isinstance(document.document, BufferedInputFile)
    exported = json.loads(document.document.data)
    assert exported["tables"]["person"][0]["display_name"] == "Amina"
    # Her messages with her lots: their kind and ids, the lots not named.
    line = exported["tables"]["lots_message"]
    assert [(row["kind"], row["from_lots"], row["staff_id"]) for row in line] == [
        ("voice", False, None),
        ("text", True, None),
    ]

    await client.press("🗑 Ta bort mina uppgifter")
    assert client.screen_text().startswith("Vill du att vi tar bort allt om dig?")
    await client.press("Ja, ta bort")
    assert client.replies()[-1].startswith("Allt om dig är borttaget.")
    async with app.session() as session:
        assert await session.get(Person, amina.id) is None
        rows = (
            await session.exec(
                text("select count(*) from fsm_state where user_id = :id"), params={"id": AMINA}
            )
        ).one()  # type: ignore[call-overload]
    assert rows[0] == 0
    # A newcomer may get her old id (SQLite reuses ids): the notice still names nobody.
    async with app.session() as session:
        session.add(
            Person(
                id=amina.id,
                telegram_id=1009,
                role=Role.PARTICIPANT.value,
                locale="sv",
                timezone="Europe/Stockholm",
                display_name="Nils",
                staff_id=lina.id,
                created_at=app.clock.now(),
                onboarded_at=app.clock.now(),
            )
        )
        await session.commit()
    await app.deliver()
    assert [m.text for m in app.bot.sent(SendMessage) if m.chat_id == LINA][-1] == (
        "🗑 En av dina deltagare har bett att bli borttagen. Allt om hen är borta."
    )
    # She is a stranger now: the bot says who it is for and keeps nothing.
    await client.send("/start")
    async with app.session() as session:
        assert (
            await session.exec(select(Person).where(Person.telegram_id == AMINA))
        ).first() is None
    assert lina.id is not None


async def test_under_archive_rules_the_record_is_locked_then_erased(app: App) -> None:
    app.settings = app.settings.model_copy(update={"archive_days": 30})
    app.restart()
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    client = app.client(AMINA)
    await client.send("/menu")
    await client.press("⚙️ Inställningar")
    await client.press("🔒 Mina uppgifter")
    await client.press("🗑 Ta bort mina uppgifter")
    assert "Efter 30 dagar tas allt bort." in client.screen_text()
    await client.press("Ja, ta bort")
    assert client.replies()[-1] == (
        "Dina uppgifter är låsta. De tas bort om 30 dagar. Boten skickar inga fler meddelanden."
    )
    async with app.session() as session:
        locked = await session.get(Person, amina.id)
        assert locked is not None and not locked.active
        assert locked.erase_after == app.clock.now() + timedelta(days=30)
    await app.deliver()
    assert [m.text for m in app.bot.sent(SendMessage) if m.chat_id == LINA][-1] == (
        "🗑 Amina har bett att bli borttagen. Uppgifterna är låsta och tas bort senare."
    )
    # Locked: whatever she sends or presses, she is told so and nothing runs.
    await client.send("/menu")
    assert client.replies()[-1] == (
        "🔒 Dina uppgifter är låsta och tas bort 23 december 2026. "
        "Du kan inte använda Lotsen längre."
    )
    await client.press("Ja, ta bort")  # an old button: the date it goes does not move
    assert client.toasts()[-1].startswith("🔒 Dina uppgifter är låsta")
    async with app.session() as session:
        locked = await session.get(Person, amina.id)
        assert locked is not None
        assert locked.erase_after == app.clock.now() + timedelta(days=30)
    # Hidden: not in Lina's list, not openable by id, her alerts not in the inbox.
    staff = app.client(LINA)
    await staff.send("/menu")
    await staff.press("👥 Mina deltagare")
    assert "Amina" not in staff.buttons()
    async with app.session() as session:
        lina_actor = Actor(lina.id or 0, LINA, Role.STAFF, True)
        assert await people.get_visible(session, actor=lina_actor, person_id=amina.id or 0) is None
        assert await alerts.open_alerts(session, actor=lina_actor) == []

    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )
    app.clock.advance(timedelta(days=31))
    await ticks.housekeeping()
    async with app.session() as session:
        assert await session.get(Person, amina.id) is None
    assert date.today()  # the real date plays no part


async def test_with_redis_her_dialog_state_goes_with_her(app: App) -> None:
    import os

    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.skip("TEST_REDIS_URL is not set: Redis tests skipped (see README)")
    import redis.asyncio as redis

    client = redis.from_url(url)
    await client.flushdb()
    app.settings = app.settings.model_copy(update={"redis_url": url})
    app.restart()
    try:
        lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
        await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
        await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=lina.id)
        amina, yusuf = app.client(AMINA), app.client(YUSUF)
        await yusuf.send("/menu")
        await amina.send("/menu")
        await amina.press("⚙️ Inställningar")
        await amina.press("🔒 Mina uppgifter")
        assert [k async for k in client.scan_iter(match=f"fsm:*:{AMINA}:{AMINA}:*")]
        await amina.press("🗑 Ta bort mina uppgifter")
        await amina.press("Ja, ta bort")
        assert [k async for k in client.scan_iter(match=f"fsm:*:{AMINA}:{AMINA}:*")] == []
        assert [k async for k in client.scan_iter(match=f"fsm:*:{YUSUF}:{YUSUF}:*")]
    finally:
        await client.flushdb()
        await client.aclose()


async def test_an_admin_exports_the_audit_log_and_the_export_is_audited(app: App) -> None:
    from tests.conftest import ADMIN_ID

    amina, _yusuf, _lina = await _two_participants(app)
    await add_member(app, ADMIN_ID, role=Role.STAFF, name="Admin")
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("🗂 Mer")
    assert "🧾 Granskningslogg" not in lina.buttons()  # staff who are not admins do not see it
    admin = app.client(ADMIN_ID)
    await admin.send("/menu")
    await admin.press("🗂 Mer")
    await admin.press("🧾 Granskningslogg")
    (document,) = [d for d in app.bot.sent(SendDocument) if int(d.chat_id) == ADMIN_ID]
    assert isinstance(document.document, BufferedInputFile)
    lines = document.document.data.decode("utf-8").splitlines()
    assert lines[0] == "id,at,actor_id,actor_telegram_id,action,subject_id,allowed,detail"
    assert any(f",read:card,{amina.id},True," in line for line in lines)
    assert lines[-1].split(",")[4] == "export:audit"


async def test_a_stopped_participant_gets_no_check_in_and_raises_no_silence_alert(app: App) -> None:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    client = app.client(AMINA)
    await client.send("/menu")
    await client.press("⚙️ Inställningar")
    await client.press("🔒 Mina uppgifter")
    await client.press("⛔ Stoppa alla meddelanden")
    async with app.session() as session:
        person = await session.get(Person, amina.id)
        assert person is not None
        plan = await checkins.ensure_plan(session, participant=person, now=app.clock.now())
        await session.commit()
        first_due = plan.next_due_at
    ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=app.session_factory,
        clock=app.clock,
        settings=app.settings,
    )
    # Five weeks of ticks: no check-in opened, no "no answer" or "inactive" alert.
    for _ in range(5):
        app.clock.advance(timedelta(days=7))
        await ticks.queue_due()
        await ticks.watch_silence()
    async with app.session() as session:
        assert (await session.exec(select(checkins.Checkin))).all() == []
        assert (await session.exec(select(alerts.Alert))).all() == []
        stored = await session.get(checkins.CheckinPlan, amina.id)
        assert stored is not None and stored.next_due_at > first_due  # skipped, not piled up


async def test_retention_goes_on_past_someone_who_cannot_go_yet(app: App) -> None:
    now = app.clock.now()
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    yusuf = await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=None)
    async with app.session() as session:
        for person_id, erase_after in ((lina.id, now), (yusuf.id, now)):
            stored = await session.get(Person, person_id)
            assert stored is not None
            stored.erase_after = erase_after
        await session.commit()
        # Lina still has Amina: she is kept (and logged); Yusuf goes all the same.
        assert await rights.apply_retention(session, now=now, retention_days=365) == [YUSUF]
    async with app.session() as session:
        left = {p.telegram_id for p in (await session.exec(select(Person))).all()}
    assert left == {LINA, AMINA}
    assert amina.id is not None


async def test_retention_also_clears_dialog_state_in_redis(app: App) -> None:
    import os

    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.skip("TEST_REDIS_URL is not set: Redis tests skipped (see README)")
    import redis.asyncio as redis

    client = redis.from_url(url)
    await client.flushdb()
    app.settings = app.settings.model_copy(update={"redis_url": url})
    app.restart()
    try:
        lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
        await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
        await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=lina.id)
        for telegram_id in (AMINA, YUSUF):
            await app.client(telegram_id).send("/menu")
        async with app.session() as session:
            amina = (await session.exec(select(Person).where(Person.telegram_id == AMINA))).one()
            amina.ended_at = app.clock.now() - timedelta(days=400)
            await session.commit()
        ticks = Ticks(
            outgoing=OUTGOING,
            session_factory=app.session_factory,
            clock=app.clock,
            settings=app.settings,
        )
        await ticks.housekeeping()
        assert [k async for k in client.scan_iter(match=f"fsm:*:{AMINA}:{AMINA}:*")] == []
        assert [k async for k in client.scan_iter(match=f"fsm:*:{YUSUF}:{YUSUF}:*")]
    finally:
        await client.flushdb()
        await client.aclose()
