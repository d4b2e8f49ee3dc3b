"""Invite security: single use, expiring, unguessable, stored only as a hash, race-free."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import select

from rules.clock import FakeClock
from storage import invites
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.invites import Invite, InviteRejected
from storage.people import Person, Role
from tests.conftest import START
from tests.support.app import App
from tests.support.personas import add_member, invite_code, person_by_telegram_id

NOT_VALID = "Länken fungerar inte.\nDen kan vara för gammal eller redan använd.\nFråga din lots om en ny länk."


@pytest.fixture
async def factory(any_db_url: str) -> AsyncIterator[SessionFactory]:
    engine = create_engine(any_db_url)
    yield create_session_factory(engine)
    await engine.dispose()


async def _staff(factory: SessionFactory) -> int:
    async with factory() as session:
        person = Person(
            telegram_id=1,
            role="staff",
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            onboarded_at=START,
        )
        session.add(person)
        await session.commit()
        assert person.id is not None
        return person.id


async def _redeem(factory: SessionFactory, code: str, telegram_id: int, now=START) -> Person:  # type: ignore[no-untyped-def]
    async with factory() as session:
        return await invites.redeem_invite(
            session,
            code=code,
            telegram_id=telegram_id,
            locale="sv",
            timezone="Europe/Stockholm",
            now=now,
        )


async def test_codes_are_long_random_and_stored_only_as_a_hash(factory: SessionFactory) -> None:
    staff_id = await _staff(factory)
    async with factory() as session:
        made = [
            await invites.create_invite(
                session, role=Role.PARTICIPANT, staff_id=staff_id, now=START, ttl=timedelta(days=14)
            )
            for _ in range(20)
        ]
        rows = (await session.exec(select(Invite))).all()
    codes = {invite.code for invite in made}
    assert len(codes) == 20
    for code in codes:
        assert re.fullmatch(r"[A-Za-z0-9_-]{32}", code)  # 32 chars x 6 bits = 192 bits
    stored = {row.code_hash for row in rows}
    assert not codes & stored
    assert stored == {invites.hash_code(code) for code in codes}
    assert {row.expires_at for row in rows} == {START + timedelta(days=14)}


async def test_a_code_works_once(factory: SessionFactory) -> None:
    staff_id = await _staff(factory)
    async with factory() as session:
        invite = await invites.create_invite(
            session, role=Role.PARTICIPANT, staff_id=staff_id, now=START, ttl=timedelta(days=14)
        )
    person = await _redeem(factory, invite.code, 100)
    assert (person.role, person.staff_id) == ("participant", staff_id)
    with pytest.raises(InviteRejected):
        await _redeem(factory, invite.code, 101)
    with pytest.raises(InviteRejected):
        await _redeem(factory, invite.code, 100)


async def test_an_expired_code_fails(factory: SessionFactory) -> None:
    staff_id = await _staff(factory)
    async with factory() as session:
        invite = await invites.create_invite(
            session, role=Role.PARTICIPANT, staff_id=staff_id, now=START, ttl=timedelta(days=14)
        )
    with pytest.raises(InviteRejected):
        await _redeem(factory, invite.code, 100, now=START + timedelta(days=14))
    async with factory() as session:
        assert (await session.exec(select(Person).where(Person.telegram_id == 100))).first() is None


@pytest.mark.parametrize(
    "guess", ["", "x", "A" * 32, "A" * 65, "../../etc", "' OR 1=1 --", "Ω" * 32]
)
async def test_a_guessed_code_fails(factory: SessionFactory, guess: str) -> None:
    staff_id = await _staff(factory)
    async with factory() as session:
        await invites.create_invite(
            session, role=Role.PARTICIPANT, staff_id=staff_id, now=START, ttl=timedelta(days=14)
        )
    with pytest.raises(InviteRejected):
        await _redeem(factory, guess, 100)


async def test_two_users_racing_for_one_code_one_wins(factory: SessionFactory) -> None:
    staff_id = await _staff(factory)
    for round_ in range(10):
        async with factory() as session:
            invite = await invites.create_invite(
                session, role=Role.PARTICIPANT, staff_id=staff_id, now=START, ttl=timedelta(days=14)
            )
        first, second = 1000 + 2 * round_, 1001 + 2 * round_
        results = await asyncio.gather(
            _redeem(factory, invite.code, first),
            _redeem(factory, invite.code, second),
            return_exceptions=True,
        )
        winners = [r for r in results if isinstance(r, Person)]
        losers = [r for r in results if isinstance(r, InviteRejected)]
        assert len(winners) == 1 and len(losers) == 1, results
        async with factory() as session:
            joined = (
                await session.exec(
                    select(Person).where(Person.telegram_id.in_([first, second]))  # type: ignore[attr-defined]
                )
            ).all()
            row = (await session.exec(select(Invite).where(Invite.id == invite.invite_id))).one()
        assert len(joined) == 1
        assert row.redeemed_by_id == joined[0].id


# -- the same rules, as a person meets them in the chat ----------------------------------


async def test_used_expired_and_guessed_links_get_a_polite_answer(
    app: App, clock: FakeClock
) -> None:
    lina = await add_member(app, 2001, role=Role.STAFF)
    used = await invite_code(app, staff_id=lina.id)
    expiring = await invite_code(app, staff_id=lina.id, ttl=timedelta(days=1))
    first = app.client(1001, language_code="sv")
    await first.send(f"/start {used}")
    clock.advance(timedelta(days=2))

    for user_id, code in [
        (1002, used),
        (1003, expiring),
        (1004, "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4"),
    ]:
        someone = app.client(user_id, language_code="sv")
        await someone.send(f"/start {code}")
        assert someone.replies() == [NOT_VALID]
        assert await person_by_telegram_id(app, user_id) is None


async def test_start_without_a_code_says_who_the_bot_is_for_and_stores_nothing(app: App) -> None:
    stranger = app.client(1005, language_code="so")
    await stranger.send("/start")
    await stranger.send("hello?")
    await stranger.send_sticker()
    assert len(stranger.replies()) == 3
    assert all("Lotsen" in reply for reply in stranger.replies())
    assert await person_by_telegram_id(app, 1005) is None
    async with app.session() as session:
        from storage.fsm import FsmRecord

        assert (await session.exec(select(FsmRecord).where(FsmRecord.user_id == 1005))).all() == []


async def test_a_member_opening_another_link_does_not_use_it_up(app: App) -> None:
    lina = await add_member(app, 2001, role=Role.STAFF)
    await add_member(app, 1001, role=Role.PARTICIPANT, staff_id=lina.id, name="Amina")
    code = await invite_code(app, staff_id=lina.id)
    amina = app.client(1001, language_code="sv")
    await amina.send(f"/start {code}")
    assert amina.replies() == ["Du är redan med i Lotsen. Här är menyn."]
    assert "Hej Amina!" in amina.screen_text()
    # The link still works for the person it was meant for.
    newcomer = app.client(1002, language_code="sv")
    await newcomer.send(f"/start {code}")
    assert await person_by_telegram_id(app, 1002) is not None
