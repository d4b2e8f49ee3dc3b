"""Joining Lotsen through an invite, as a participant and as staff."""

from __future__ import annotations

import pytest
from sqlmodel import select

from storage import fsm
from storage.fsm import FsmRecord
from storage.people import Role
from tests.support.app import App
from tests.support.personas import AMINA, add_member, invite_code, person_by_telegram_id

LINA_STAFF = 2001


async def test_amina_joins_in_swedish_and_her_lots_is_told(app: App) -> None:
    lina = await add_member(app, LINA_STAFF, role=Role.STAFF, name="Lina")
    code = await invite_code(app, staff_id=lina.id)
    amina = app.client(AMINA, language_code="sv")

    await amina.send(f"/start {code}")
    assert amina.screen_text() == "Välj ditt språk."
    assert "✓ Svenska" in amina.buttons()
    assert {"English", "العربية", "Soomaali", "ትግርኛ", "فارسی", "دری", "Українська"} <= set(
        amina.buttons()
    )

    await amina.press("✓ Svenska")
    assert "Välkommen till Lotsen!" in amina.screen_text()
    assert "Din lots och kommunens personal" in amina.screen_text()

    await amina.press("✅ Jag förstår")
    assert "Vad vill du att vi kallar dig?" in amina.screen_text()

    await amina.send("  Amina   ")
    assert amina.screen_text().splitlines()[0] == "Klart! Nu kan du börja."
    assert "Hej Amina! Vad vill du göra?" in amina.screen_text()
    assert "⚙️ Inställningar" in amina.buttons()

    stored = await person_by_telegram_id(app, AMINA)
    assert stored is not None
    assert (stored.role, stored.locale, stored.display_name, stored.staff_id) == (
        "participant",
        "sv",
        "Amina",
        lina.id,
    )
    assert stored.onboarded_at == app.clock.now()
    lina_client = app.client(LINA_STAFF)
    assert lina_client.replies() == []  # the notice goes through the outbox
    # Lina hears that Amina joined; Amina is invited to her first self-assessment.
    assert await app.deliver() == 2
    assert lina_client.replies() == ["Amina har börjat använda Lotsen."]
    assert amina.replies()[-1].startswith("📝 Välkommen! Börja gärna med några frågor")


async def test_amina_joins_in_arabic_from_a_swedish_phone(app: App) -> None:
    ar = app.l10n("ar")
    lina = await add_member(app, LINA_STAFF, role=Role.STAFF, name="Lina", locale="en")
    code = await invite_code(app, staff_id=lina.id)
    amina = app.client(AMINA, language_code="sv")

    await amina.send(f"/start {code}")
    await amina.press("العربية")
    assert amina.screen_text() == ar("onboarding-welcome") + "\n" + ar("onboarding-privacy")
    assert amina.buttons() == [ar("onboarding-accept"), ar("onboarding-decline")]
    await amina.press(ar("onboarding-accept"))
    assert amina.screen_text() == ar("onboarding-ask-name")
    await amina.press(ar("onboarding-skip-name"))

    assert amina.screen_text() == ar("onboarding-done") + "\n" + ar("menu-greeting")
    assert ar("menu-settings") in amina.buttons()
    stored = await person_by_telegram_id(app, AMINA)
    assert stored is not None and stored.locale == "ar" and stored.display_name is None
    # Lina reads the notice in her own language, not in Amina's.
    await app.deliver()
    assert app.client(LINA_STAFF).replies() == ["A new participant has started using Lotsen."]


async def test_declining_the_privacy_notice_removes_everything(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    erased: list[int] = []
    real_erase = fsm.erase_user_state

    async def spy(session: object, *, telegram_id: int) -> int:
        erased.append(telegram_id)
        return await real_erase(session, telegram_id=telegram_id)  # type: ignore[arg-type]

    monkeypatch.setattr(fsm, "erase_user_state", spy)
    lina = await add_member(app, LINA_STAFF, role=Role.STAFF)
    code = await invite_code(app, staff_id=lina.id)
    amina = app.client(AMINA, language_code="en")

    await amina.send(f"/start {code}")
    await amina.press("✓ English")
    await amina.press("No, thanks")

    assert await person_by_telegram_id(app, AMINA) is None
    assert amina.replies()[-1].startswith("Okay. We have removed your details.")
    async with app.session() as session:
        left = (await session.exec(select(FsmRecord).where(FsmRecord.user_id == AMINA))).all()
    assert left == []
    assert erased == [AMINA]  # erased after the update, whatever the dialog saved last


async def test_staff_joins_with_a_staff_invite_and_lands_in_the_staff_menu(app: App) -> None:
    code = await invite_code(app, role=Role.STAFF)
    lina = app.client(LINA_STAFF, language_code="uk")

    await lina.send(f"/start {code}")
    assert "✓ Українська" in lina.buttons()
    await lina.press("English")
    assert lina.screen_text().startswith("What is your name?")
    await lina.send("Lina Berg")
    assert lina.screen_text().startswith("Welcome to Lotsen!\nYou are here as staff.")
    assert "📈 Goals" in lina.buttons()
    await lina.press("🗂 More")
    assert "➕ Invite a participant" in lina.buttons()
    assert "➕ Invite staff" not in lina.buttons()  # only admins invite staff
    stored = await person_by_telegram_id(app, LINA_STAFF)
    assert stored is not None and stored.role == "staff" and stored.onboarded_at is not None
