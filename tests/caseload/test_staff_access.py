"""Staff screens are for staff, and a lots sees only their own: forged presses change nothing.

Omar is a lots with his own participant; Amina is Lina's. Omar forges the buttons of his own
screens with Amina's ids, and Amina forges staff buttons. Each refusal is in the audit log.
"""

from __future__ import annotations

import pytest
from aiogram.methods import SendPhoto
from sqlmodel import col, select

from rules.config import Settings
from storage.alerts import Alert, Kind
from storage.assessments import AssessmentRound
from storage.audit import AuditEntry
from storage.booking import Meeting
from storage.checkins import CheckinPlan
from storage.invites import Invite
from storage.people import Person, Role
from storage.practice import PracticeProfile
from tests.support.app import App
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member

NOT_ALLOWED = "Det kan du inte göra här."
SEP = "\x1d"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Forging takes many presses in a row: flood control is tested elsewhere."""
    return settings.model_copy(update={"throttle_messages": 1000, "throttle_presses": 1000})


async def _people(app: App) -> tuple[Person, Person, int]:
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    omar = await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=omar.id)
    async with app.session() as session:
        alert = Alert(
            participant_id=amina.id,
            staff_id=lina.id,
            kind=Kind.WANTS_CONTACT.value,
            cause="help",
            created_at=app.clock.now(),
        )
        session.add(alert)
        await session.commit()
        assert alert.id is not None
        return amina, omar, alert.id


async def _give(app: App, participant_id: int | None, staff_id: int | None) -> None:
    async with app.session() as session:
        person = await session.get(Person, participant_id)
        assert person is not None
        person.staff_id = staff_id
        await session.commit()


async def _audit(app: App) -> list[AuditEntry]:
    async with app.session() as session:
        return list((await session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))).all())


async def test_omar_cannot_open_change_book_or_export_amina_even_with_forged_data(
    app: App,
) -> None:
    amina, omar_row, _ = await _people(app)
    omar = app.client(OMAR)
    await omar.send("/menu")
    await omar.press("👥 Mina deltagare")
    assert [b for b in omar.buttons() if "Amina" in b] == []
    intent = omar.intent()

    # The caseload list item, with Amina's id instead of Yusuf's: refused where it is pressed.
    await omar.press_data(f"{intent}{SEP}participant:{amina.id}")
    assert omar.toasts()[-1] == NOT_ALLOWED
    assert omar.screen_text() == "Du har 1 deltagare:"
    assert ("deny:open", f"CaseloadSG:list {amina.id}") in [
        (e.action, e.detail) for e in await _audit(app) if not e.allowed
    ]

    # A card that was his, kept open after Amina moved back to Lina: every action of the
    # card, pressed by its data although the card now shows none of them.
    await _give(app, amina.id, omar_row.id)
    await omar.press_data(f"{intent}{SEP}participant:{amina.id}")
    assert "Amina" in omar.screen_text()
    await _give(app, amina.id, amina.staff_id)
    await omar.press_data(f"{intent}{SEP}assessment")
    assert omar.screen_text().startswith(NOT_ALLOWED)
    await omar.press_data(f"{intent}{SEP}chart")
    assert omar.toasts()[-1] == NOT_ALLOWED
    await omar.press_data(f"{intent}{SEP}request")
    await omar.press_data(f"{intent}{SEP}form:vagen:short")
    assert omar.screen_text().startswith(NOT_ALLOWED)
    await omar.press_data(f"{intent}{SEP}back")
    await omar.press_data(f"{intent}{SEP}rhythm")
    await omar.press_data(f"{intent}{SEP}weekly")
    await omar.press_data(f"{intent}{SEP}weekday:2")
    await omar.press_data(f"{intent}{SEP}hour:14:00")
    assert omar.screen_text().startswith(NOT_ALLOWED)
    await omar.press_data(f"{intent}{SEP}practice")
    await omar.press_data(f"{intent}{SEP}practice:warehouse")
    assert omar.screen_text().startswith(NOT_ALLOWED)
    await omar.press_data(f"{intent}{SEP}book")
    assert "Amina" not in omar.screen_text()

    assert not [r for r in app.bot.session.requests if isinstance(r, SendPhoto)]
    async with app.session() as session:
        assert (
            await session.exec(select(CheckinPlan).where(CheckinPlan.participant_id == amina.id))
        ).first() is None
        profile = await session.get(PracticeProfile, amina.id)
        assert profile is None or profile.track != "warehouse"
        assert (await session.exec(select(Meeting))).all() == []
        assert (await session.exec(select(AssessmentRound))).all() == []
    entries = await _audit(app)
    # Only the read while she was his.
    assert [e.action for e in entries if e.allowed and e.subject_id == amina.id] == ["read:card"]
    denied = {(e.action, e.actor_id) for e in entries if not e.allowed}
    assert {
        ("read:card", omar_row.id),
        ("read:assessment", omar_row.id),
        ("read:assessment-chart", omar_row.id),
    } <= denied


async def test_omar_cannot_read_or_close_lina_s_alert_with_its_id(app: App) -> None:
    _, omar_row, alert_id = await _people(app)
    omar = app.client(OMAR)
    await omar.send("/menu")
    await omar.press("🔔 Larm")
    assert omar.screen_text() == "Inga öppna larm."
    intent = omar.intent()

    await omar.press_data(f"{intent}{SEP}alert:{alert_id}")
    assert omar.toasts()[-1] == NOT_ALLOWED
    assert omar.screen_text() == "Inga öppna larm."
    # The alert screen's buttons, pressed by their data from the inbox: not buttons here.
    await omar.press_data(f"{intent}{SEP}handled")
    await omar.press_data(f"{intent}{SEP}alert:{alert_id}")
    await omar.press_data(f"{intent}{SEP}note")
    await omar.send("Klart, ringde henne.")
    assert omar.screen_text() == "Inga öppna larm."

    async with app.session() as session:
        alert = await session.get(Alert, alert_id)
    assert alert is not None and alert.handled_at is None and alert.note is None
    denied = [(e.action, e.actor_id, e.detail) for e in await _audit(app) if not e.allowed]
    assert denied == [
        ("deny:open", omar_row.id, f"AlertsSG:inbox {alert_id}"),
        ("deny:stale-button", omar_row.id, "AlertsSG:inbox handled"),
        ("deny:open", omar_row.id, f"AlertsSG:inbox {alert_id}"),
        ("deny:stale-button", omar_row.id, "AlertsSG:inbox note"),
    ]


async def test_a_participant_forging_staff_buttons_reaches_no_staff_screen(app: App) -> None:
    await _people(app)
    lina, amina = app.client(LINA), app.client(AMINA)
    await lina.send("/menu")
    staff_buttons = [
        button.callback_data or ""
        for row in lina.screen().reply_markup.inline_keyboard  # type: ignore[union-attr]
        for button in row
    ]
    await amina.send("/menu")
    home = "Hej Amina! Vad vill du göra?"
    for data in staff_buttons:
        await amina.press_data(data)
        assert amina.screen_text().endswith(home)
    # Her own menu with the ids of staff widgets (the state-group starts of the staff menu).
    own = amina.intent()
    for widget in ("caseload", "alerts", "team", "audit", "invite_staff", "invite_participant"):
        await amina.press_data(f"{own}{SEP}{widget}")
        assert amina.screen_text().endswith(home)
        assert not any("deltagare" in b or "Larm" in b for b in amina.buttons())
    async with app.session() as session:
        assert (await session.exec(select(Invite))).all() == []
    assert not [e for e in await _audit(app) if e.allowed]


async def test_a_participant_pressing_an_old_staff_button_is_refused_and_audited(
    any_app: App,
) -> None:
    """Someone who was staff and is now a participant: the old staff menu opens nothing."""
    await _people(any_app)
    former = await add_member(any_app, 3001, role=Role.STAFF, name="Kim")
    kim = any_app.client(3001)
    await kim.send("/menu")
    old_menu = kim.screen()
    async with any_app.session() as session:
        row = await session.get(Person, former.id)
        assert row is not None
        row.role = Role.PARTICIPANT.value
        await session.commit()

    await kim.press("👥 Mina deltagare", old_menu)
    assert kim.toasts()[-1] == NOT_ALLOWED
    assert "Mina deltagare" not in kim.screen_text()
    denied = [(e.action, e.actor_id, e.allowed) for e in await _audit(any_app)]
    assert denied == [("deny:staff", former.id, False)]


async def test_staff_who_is_not_admin_cannot_open_staff_management(app: App) -> None:
    _, omar_row, _ = await _people(app)
    omar = app.client(OMAR)
    await omar.send("/menu")
    await omar.press("🗂 Mer")
    assert "👥 Personal" not in omar.buttons()
    await omar.press_data(f"{omar.intent()}{SEP}team")
    assert omar.toasts()[-1] == NOT_ALLOWED
    assert "Personal" not in omar.screen_text()
    denied = [(e.action, e.actor_id, e.allowed) for e in await _audit(app)]
    assert denied == [("deny:staff-admin", omar_row.id, False)]
