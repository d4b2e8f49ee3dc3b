"""An id pressed on a screen is checked before anything is kept or written: Amina may book
with Lina and Omar, Omar keeps his own meeting kinds, and forged ids meet a kind refusal
that is in the audit log with the screen and the id asked for."""

from __future__ import annotations

import pytest
from aiogram.methods import SendDocument
from sqlmodel import col, select

from dialogs.assessment.callbacks import StartRound
from dialogs.booking.callbacks import MeetingAnswer
from dialogs.checkin.callbacks import CheckinMood
from dialogs.plan.callbacks import PlanOpen
from dialogs.practice.callbacks import PracticeNow
from dialogs.programme.callbacks import FollowUpAnswer
from rules.config import Settings
from storage import booking
from storage.audit import AuditEntry
from storage.booking import MeetingKind
from storage.people import Person, Role
from tests.support.app import App
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member

SEP = "\x1d"
NOT_ALLOWED = "Det kan du inte göra här."


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"throttle_messages": 10_000})


async def _people(app: App) -> tuple[Person, Person, Person, Person]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    omar = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    yusuf = await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=omar.id)
    assert amina.id is not None and omar.id is not None
    async with app.session() as session:
        await booking.set_access(session, participant_id=amina.id, staff_id=omar.id, allowed=True)
    return lina, omar, amina, yusuf


async def _kinds(app: App) -> list[MeetingKind]:
    async with app.session() as session:
        return list((await session.exec(select(MeetingKind).order_by(col(MeetingKind.id)))).all())


async def _refusals(app: App) -> list[tuple[str, int | None, str | None]]:
    async with app.session() as session:
        rows = await session.exec(
            select(AuditEntry).where(col(AuditEntry.allowed).is_(False)).order_by(AuditEntry.id)
        )
        return [(e.action, e.actor_id, e.detail) for e in rows.all()]


async def test_a_forged_staff_choice_in_booking_makes_no_kinds_and_is_audited(app: App) -> None:
    _lina, omar_row, amina_row, yusuf_row = await _people(app)
    amina = app.client(AMINA)
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    assert amina.screen_text() == "Vem vill du träffa?"
    assert await _kinds(app) == []  # showing whom she may meet writes nothing
    intent = amina.intent()

    # Yusuf's person id, and a number that is nobody, in place of a staff member's.
    await amina.press_data(f"{intent}{SEP}staff:{yusuf_row.id}")
    assert amina.toasts()[-1] == NOT_ALLOWED
    assert amina.screen_text() == "Vem vill du träffa?"
    await amina.press_data(f"{intent}{SEP}staff:999999")
    assert amina.toasts()[-1] == NOT_ALLOWED
    assert amina.screen_text() == "Vem vill du träffa?"

    assert await _kinds(app) == []
    assert await _refusals(app) == [
        ("deny:open", amina_row.id, f"BookingSG:staff {yusuf_row.id}"),
        ("deny:open", amina_row.id, "BookingSG:staff 999999"),
    ]

    # Her real choice still works, and Omar's kinds are made then, once.
    await amina.press("Omar")
    assert amina.screen_text() == "Vilket slags möte?"
    assert {kind.staff_id for kind in await _kinds(app)} == {omar_row.id}
    assert len(await _kinds(app)) == 3


async def test_a_kind_of_another_staff_member_cannot_be_booked(app: App) -> None:
    _lina, _omar, amina_row, _yusuf = await _people(app)
    stranger = await add_member(app, 2003, role=Role.STAFF, name="Kim")
    assert stranger.id is not None
    async with app.session() as session:
        (foreign, *_rest) = await booking.ensure_kinds(session, staff_id=stranger.id)
        await session.commit()
    amina = app.client(AMINA)
    await amina.send("/menu")
    await amina.press("📅 Möten")
    await amina.press("➕ Boka ett möte")
    await amina.press("Lina")
    await amina.press_data(f"{amina.intent()}{SEP}kind:{foreign.id}")
    assert amina.toasts()[-1] == NOT_ALLOWED
    assert amina.screen_text() == "Vilket slags möte?"
    assert await _refusals(app) == [("deny:open", amina_row.id, f"BookingSG:kind {foreign.id}")]


async def test_forged_kind_ids_on_the_staff_kind_screens_are_refused_and_audited(
    app: App,
) -> None:
    lina_row, omar_row, _amina, _yusuf = await _people(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    await lina.press("🧾 Mötestyper")
    lina_kinds = await _kinds(app)
    assert [kind.staff_id for kind in lina_kinds] == [lina_row.id] * 3

    omar = app.client(OMAR)
    await omar.send("/menu")
    await omar.press("📅 Möten och tider")
    await omar.press("🧾 Mötestyper")
    intent = omar.intent()
    before = omar.screen_text()
    await omar.press_data(f"{intent}{SEP}kinds:{lina_kinds[0].id}")
    assert omar.toasts()[-1] == NOT_ALLOWED
    assert omar.screen_text() == before
    # The length and place screens, pressed by their data without a kind of his open.
    for data in ("length", "length:90", "place", "place:video", "address"):
        await omar.press_data(f"{intent}{SEP}{data}")
    await omar.send("Storgatan 1")
    assert "Något gick fel" not in " ".join(omar.replies())

    assert [
        (k.id, k.minutes, k.place, k.address)
        for k in await _kinds(app)
        if k.staff_id == lina_row.id
    ] == [(k.id, k.minutes, k.place, k.address) for k in lina_kinds]
    refusals = await _refusals(app)
    assert ("deny:open", omar_row.id, f"StaffBookingSG:kinds {lina_kinds[0].id}") in refusals


async def test_staff_without_meeting_kinds_get_the_defaults_on_their_first_kinds_screen(
    app: App,
) -> None:
    lina_row, _omar, _amina, _yusuf = await _people(app)
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("📅 Möten och tider")
    assert await _kinds(app) == []
    await lina.press("🧾 Mötestyper")
    assert lina.buttons()[:3] == [
        "Kartläggning · 60 min · På plats",
        "Uppföljning · 30 min · På plats",
        "Vägledning · 45 min · På plats",
    ]
    await lina.press("◀️ Tillbaka")
    await lina.press("🧾 Mötestyper")
    assert [kind.staff_id for kind in await _kinds(app)] == [lina_row.id] * 3


async def _refused_buttons(app: App) -> list[tuple[int | None, str | None]]:
    return [
        (actor, detail) for action, actor, detail in await _refusals(app) if action == "deny:button"
    ]


async def test_refused_presses_on_message_buttons_are_audited(app: App) -> None:
    """Buttons on messages the outbox sends (check-in, round, meeting, plan, practice, the
    six-month question): Amina presses them with ids that are not hers, Lina presses them at
    all. Each is answered with one line and written to the audit log."""
    lina_row, _omar, amina_row, _yusuf = await _people(app)
    amina, lina = app.client(AMINA), app.client(LINA)
    await amina.send("/menu")
    await lina.send("/menu")
    participant_only = [
        CheckinMood(checkin_id=424242, mood=1).pack(),
        StartRound(round_id=424242).pack(),
        MeetingAnswer(meeting_id=424242, answer="x").pack(),
        FollowUpAnswer(answer="w").pack(),
    ]
    for data in participant_only:
        await amina.press_data(data)
        assert (
            amina.toasts()[-1] == "Den knappen fungerar inte här. Tryck på en av knapparna nedan."
        )
    for data in [*participant_only, PlanOpen().pack(), PracticeNow().pack()]:
        await lina.press_data(data)
        assert lina.toasts()[-1] == NOT_ALLOWED
    assert await _refused_buttons(app) == [
        *[(amina_row.id, data) for data in participant_only],
        *[(lina_row.id, data) for data in [*participant_only, "pl", "pr"]],
    ]
    assert amina.screen_text() == "Hej Amina! Vad vill du göra?"


async def test_staff_pressing_the_participant_s_data_buttons_is_refused_and_audited(
    app: App,
) -> None:
    lina_row, _omar, _amina, _yusuf = await _people(app)
    lina = app.client(LINA)
    await lina.send("/privacy")
    intent = lina.intent()
    for widget in ("export", "stop", "start"):
        await lina.press_data(f"{intent}{SEP}{widget}")
    assert not app.bot.sent(SendDocument)
    actions = [(action, actor) for action, actor, _detail in await _refusals(app)]
    assert actions == [
        ("deny:export-data", lina_row.id),
        ("deny:stop-messages", lina_row.id),
        ("deny:restart-messages", lina_row.id),
    ]


async def test_a_participant_pressing_data_from_a_staff_screen_is_refused_and_audited(
    app: App,
) -> None:
    _lina, _omar, amina_row, _yusuf = await _people(app)
    lina, amina = app.client(LINA), app.client(AMINA)
    await lina.send("/menu")
    caseload = lina.screen().reply_markup.inline_keyboard[0][0].callback_data  # type: ignore[union-attr]
    await amina.send("/menu")
    await amina.press_data(caseload or "")
    assert (
        amina.screen_text() == "Den knappen är gammal. Här är menyn.\nHej Amina! Vad vill du göra?"
    )
    assert [(a, actor) for a, actor, _d in await _refusals(app)] == [
        ("deny:old-button", amina_row.id)
    ]
