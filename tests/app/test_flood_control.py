"""Flood control meets people and scripts: Amina taps through a long questionnaire at her own
quick pace and loses nothing; a script sending hundreds of messages or presses is slowed.
Each test runs with the counter in memory, and in Redis when TEST_REDIS_URL is set."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlmodel import select

from rules.config import Settings
from storage import assessments
from storage.assessments import AssessmentRound
from storage.people import Person, Role
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import AMINA, LINA, add_member

THROTTLED = "Du skickar många meddelanden. Vänta en liten stund."
HUMAN_TAP = timedelta(seconds=0.5)  # two taps a second, every second
SCRIPT_STEP = timedelta(milliseconds=10)  # a script: a hundred a second


@pytest.fixture(params=["memory", "redis"])
async def settings(request: pytest.FixtureRequest, settings: Settings) -> AsyncIterator[Settings]:
    """The default limits (8 messages, 20 presses per 5 s), counted in memory or in Redis."""
    if request.param == "memory":
        yield settings
        return
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.skip("TEST_REDIS_URL is not set: Redis tests skipped (see README)")
    import redis.asyncio as redis

    client = redis.from_url(url)
    await client.flushdb()
    try:
        yield settings.model_copy(update={"redis_url": url})
    finally:
        await client.flushdb()
        await client.aclose()


async def _amina(app: App) -> tuple[Client, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    assert amina.id is not None
    return app.client(AMINA), amina.id


async def _tap(amina: Client, label: str) -> None:
    amina.app.clock.advance(HUMAN_TAP)
    await amina.press(label)


async def test_amina_taps_through_49_questions_at_two_taps_a_second_and_loses_none(
    app: App,
) -> None:
    assert app.settings.throttle_messages == 8 and app.settings.throttle_presses == 20
    amina, amina_id = await _amina(app)
    async with app.session() as session:
        participant = await session.get(Person, amina_id)
        assert participant is not None
        await assessments.start_participant(session, participant=participant, now=app.clock.now())
        await session.commit()

    await amina.send("/menu")
    await _tap(amina, ".*Självskattning.*")
    await _tap(amina, ".*Vägen till jobb \\(0/49\\).*")
    await _tap(amina, ".*Börja.*")
    for part in range(7):
        if part:
            await _tap(amina, ".*Nästa del.*")
        for _ in range(7):
            await _tap(amina, "^Stämmer ganska bra$")

    assert amina.screen_text().startswith("Tack! Så här gick det i Vägen till jobb:")
    assert THROTTLED not in amina.replies() + amina.toasts()
    async with app.session() as session:
        (found,) = (await session.exec(select(AssessmentRound))).all()
        assert found.id is not None and found.completed_at is not None
        answers = await assessments.answers_of(session, round_id=found.id)
    assert len(answers) == 49 and set(answers.values()) == {4}


async def test_a_script_sending_200_messages_is_slowed_and_told_once(app: App) -> None:
    amina, _ = await _amina(app)
    for _ in range(200):
        app.clock.advance(SCRIPT_STEP)
        await amina.send("spam")

    replies = amina.replies()
    assert replies.count(THROTTLED) == 1
    # A burst of 8, then 8 more each 5 seconds: two seconds of flood let about 11 through.
    answered = replies.count("Jag förstår inte det. Tryck på en knapp.")
    assert 8 <= answered <= 8 + 4
    # After a quiet moment she is heard again at once.
    app.clock.advance(timedelta(seconds=10))
    await amina.send("/menu")
    assert amina.screen_text() == "Hej Amina! Vad vill du göra?"


async def test_a_script_pressing_a_button_200_times_is_slowed_too(app: App) -> None:
    amina, _ = await _amina(app)
    await amina.send("/menu")
    forged = f"{amina.intent()}\x1dno-such-button"
    for _ in range(200):
        app.clock.advance(SCRIPT_STEP)
        await amina.press_data(forged)

    # A burst of 20, then 20 more each 5 seconds: two seconds of presses let about 28 through.
    answered = amina.replies().count(
        "Den knappen fungerar inte här. Tryck på en av knapparna nedan."
    )
    assert 20 <= answered <= 20 + 9
    assert amina.toasts().count(THROTTLED) == 1  # told once, on the button itself
