"""Sofia, an admin, manages the staff in the bot; the operator does it at the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlmodel import col, select

from rules.config import Settings
from storage import staffing
from storage.alerts import Alert, Kind
from storage.audit import AuditEntry
from storage.booking import Meeting, Status
from storage.people import Actor, Person, Role
from tests.conftest import ADMIN_ID
from tests.support.app import App
from tests.support.personas import AMINA, LINA, OMAR, YUSUF, add_member

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Managing a team is many taps: flood control is tested elsewhere."""
    return settings.model_copy(update={"throttle_messages": 1000, "throttle_presses": 1000})


async def _team(app: App) -> tuple[Person, Person, Person]:
    sofia = await add_member(app, ADMIN_ID, role=Role.STAFF, name="Sofia")
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    await add_member(app, OMAR, role=Role.STAFF, name="Omar")
    amina = await add_member(app, AMINA, role=Role.PARTICIPANT, name="Amina", staff_id=lina.id)
    await add_member(app, YUSUF, role=Role.PARTICIPANT, name="Yusuf", staff_id=lina.id)
    async with app.session() as session:
        session.add(
            Alert(
                participant_id=amina.id,
                staff_id=lina.id,
                kind=Kind.WANTS_CONTACT.value,
                cause="help",
                created_at=app.clock.now(),
            )
        )
        starts = app.clock.now() + timedelta(days=2)
        session.add(
            Meeting(
                participant_id=amina.id,
                staff_id=lina.id,
                kind="follow-up",
                starts_at=starts,
                ends_at=starts + timedelta(minutes=30),
                place="in-person",
                created_at=app.clock.now(),
            )
        )
        await session.commit()
    return sofia, lina, amina


async def test_sofia_moves_lina_s_participants_to_omar_and_deactivates_lina(app: App) -> None:
    sofia_row, lina_row, _ = await _team(app)
    sofia = app.client(ADMIN_ID)
    await sofia.send("/menu")
    await sofia.press("🗂 Mer")
    await sofia.press("👥 Personal")
    assert sofia.screen_text() == "Personal (3). Välj en person:"
    assert sofia.buttons() == [
        "Lina · 2 deltagare",
        "Omar · inga deltagare",
        "Sofia · inga deltagare",
        "◀️ Tillbaka",
    ]
    # A configured admin cannot be deactivated from the bot.
    await sofia.press("Sofia · inga deltagare")
    assert sofia.screen_text() == (
        "Sofia\nInga deltagare.\nAdministratör enligt inställningarna. Kan inte stängas av här."
    )
    assert "🚫 Stäng av" not in sofia.buttons()
    await sofia.press("◀️ Tillbaka")

    await sofia.press("Lina · 2 deltagare")
    assert sofia.screen_text() == "Lina\n2 deltagare."
    await sofia.press("🚫 Stäng av")
    assert sofia.screen_text() == "Vem ska ta över deltagarna från Lina?"
    assert sofia.buttons() == ["Omar · inga deltagare", "Sofia · inga deltagare", "◀️ Tillbaka"]
    await sofia.press("Omar · inga deltagare")
    assert sofia.screen_text() == "Flytta 2 deltagare från Lina till Omar och stäng av Lina?"
    await sofia.press("✅ Ja")
    assert sofia.screen_text().startswith(
        "Klart. Kollegan har inte tillgång längre.\nPersonal (2)."
    )
    assert "Omar · 2 deltagare" in sofia.buttons()

    async with app.session() as session:
        lina_now = await session.get(Person, lina_row.id)
        omar_now = (await session.exec(select(Person).where(Person.telegram_id == OMAR))).one()
        moved = (await session.exec(select(Person).where(Person.role == "participant"))).all()
        alert = (await session.exec(select(Alert))).one()
        meeting = (await session.exec(select(Meeting))).one()
        actions = [
            (e.action, e.actor_id, e.allowed)
            for e in (await session.exec(select(AuditEntry).order_by(col(AuditEntry.id)))).all()
        ]
    assert lina_now is not None and not lina_now.active
    assert {p.staff_id for p in moved} == {omar_now.id}
    assert alert.staff_id == omar_now.id and alert.handled_at is None
    assert meeting.status == Status.CANCELLED.value
    assert actions == [
        ("staff:move", sofia_row.id, True),
        ("staff:move", sofia_row.id, True),
        ("staff:deactivate", sofia_row.id, True),
    ]

    # Omar is told about each, in his language; Amina that her meeting is off.
    await app.deliver()
    omar, amina_client = app.client(OMAR), app.client(AMINA)
    assert sorted(omar.replies())[:2] == [
        "Amina är nu din deltagare.",
        "Yusuf är nu din deltagare.",
    ]
    assert amina_client.replies()[-1].startswith("❌ Ditt möte")

    # Lina has lost access at once: a kind answer to whatever she sends, and it is audited.
    lina = app.client(LINA)
    await lina.send("/menu")
    assert lina.replies()[-1] == (
        "Du har inte tillgång till Lotsen längre. "
        "Prata med en administratör om du tror att det är fel."
    )
    await lina.send("hej")
    async with app.session() as session:
        refused = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "deny:deactivated"))
        ).all()
    assert [(r.actor_telegram_id, r.allowed) for r in refused] == [(LINA, False), (LINA, False)]


async def test_sofia_gives_lina_her_access_back(app: App) -> None:
    _sofia_row, lina_row, _ = await _team(app)
    sofia = app.client(ADMIN_ID)
    await sofia.send("/menu")
    await sofia.press("🗂 Mer")
    await sofia.press("👥 Personal")
    assert "🔁 Avstängda (0)" not in sofia.buttons() and not any(
        b.startswith("🔁") for b in sofia.buttons()
    )  # nobody is away: no such list
    await sofia.press("Lina · 2 deltagare")
    await sofia.press("🚫 Stäng av")
    await sofia.press("Omar · inga deltagare")
    await sofia.press("✅ Ja")
    await sofia.press("🔁 Avstängda \\(1\\)")
    assert sofia.screen_text() == "Avstängda. Tryck på en person för att ge tillgång igen."
    assert sofia.buttons() == ["Lina", "◀️ Tillbaka"]
    await sofia.press("Lina")
    assert sofia.screen_text() == (
        "Ge Lina tillgång igen? Hen får inga deltagare förrän du flyttar några till hen."
    )
    await sofia.press("Avbryt")  # not yet: nothing changes
    async with app.session() as session:
        still_away = await session.get(Person, lina_row.id)
    assert still_away is not None and not still_away.active
    await sofia.press("Lina")
    await sofia.press("✅ Ja")
    assert sofia.screen_text().startswith("Klart. Kollegan har tillgång igen.\nPersonal (3).")
    assert "Lina · inga deltagare" in sofia.buttons()
    assert not any(b.startswith("🔁") for b in sofia.buttons())
    # Lina is back in at once.
    lina = app.client(LINA)
    await lina.send("/menu")
    assert "👥 Mina deltagare" in lina.buttons()
    async with app.session() as session:
        back = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "staff:reactivate"))
        ).all()
    assert [(e.subject_id, e.allowed) for e in back] == [(lina_row.id, True)]


async def test_sofia_gives_amina_another_lots_from_her_card(app: App) -> None:
    _sofia_row, lina_row, amina_row = await _team(app)
    sofia = app.client(ADMIN_ID)
    await sofia.send("/menu")
    await sofia.press("👥 Mina deltagare")
    await sofia.press(".*Amina.*")
    await sofia.press("🔁 Byt lots")
    assert sofia.screen_text() == "Vem ska bli ny lots för Amina? Nu: Lina."
    assert sofia.buttons() == ["Omar · inga deltagare", "Sofia · inga deltagare", "◀️ Tillbaka"]
    await sofia.press("Omar · inga deltagare")
    assert sofia.screen_text() == "Flytta Amina från Lina till Omar?"
    await sofia.press("✅ Ja")
    assert sofia.screen_text().startswith("Klart. Den nya lotsen har fått ett meddelande.")
    async with app.session() as session:
        amina = await session.get(Person, amina_row.id)
        omar = (await session.exec(select(Person).where(Person.telegram_id == OMAR))).one()
        yusuf = (await session.exec(select(Person).where(Person.telegram_id == YUSUF))).one()
        alert = (await session.exec(select(Alert))).one()
    assert amina is not None and amina.staff_id == omar.id
    assert yusuf.staff_id == lina_row.id  # only Amina moved
    assert alert.staff_id == omar.id  # her open alert goes with her
    await app.deliver()
    assert app.client(OMAR).replies() == ["Amina är nu din deltagare."]

    # Lina, not an admin, has no such button on her cards, and a forged press changes nothing.
    lina = app.client(LINA)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    await lina.press(".*Yusuf.*")
    assert "🔁 Byt lots" not in lina.buttons()
    intent = lina.intent()
    # The card's button, then a pick on the list it opens (the confirmation is only reached
    # through a pick an admin made).
    for forged in ("lots", f"lots:{omar.id}"):
        await lina.press_data(f"{intent}\x1d{forged}")
        assert lina.screen_text().startswith("Det kan du inte göra här.")
    async with app.session() as session:
        yusuf_now = await session.get(Person, yusuf.id)
        denied = (
            await session.exec(
                select(AuditEntry).where(
                    AuditEntry.action == "deny:staff-admin", AuditEntry.actor_id == lina_row.id
                )
            )
        ).all()
    assert yusuf_now is not None and yusuf_now.staff_id == lina_row.id
    assert len(denied) >= 2  # the list refused, and the pick


async def test_an_old_button_of_a_deactivated_lots_opens_nothing(any_app: App) -> None:
    await _team(any_app)
    lina = any_app.client(LINA)
    await lina.send("/menu")
    await lina.press("👥 Mina deltagare")
    caseload = lina.screen()
    sofia = any_app.client(ADMIN_ID)
    await sofia.send("/menu")
    await sofia.press("🗂 Mer")
    await sofia.press("👥 Personal")
    await sofia.press("Lina · 2 deltagare")
    await sofia.press("➡️ Flytta alla deltagare")
    await sofia.press("Omar · inga deltagare")
    assert sofia.screen_text() == "Flytta 2 deltagare från Lina till Omar?"
    await sofia.press("✅ Ja")
    assert sofia.screen_text().startswith("Deltagarna är flyttade.")
    await sofia.press("Lina · inga deltagare")
    await sofia.press("🚫 Stäng av")
    assert sofia.screen_text() == "Stäng av Lina? Hen kan inte använda Lotsen efter det."
    await sofia.press("✅ Ja")

    await lina.press(".*Amina.*", caseload)
    assert lina.replies()[-1].startswith("Du har inte tillgång till Lotsen längre.")
    async with any_app.session() as session:
        reads = (
            await session.exec(select(AuditEntry).where(AuditEntry.action == "read:card"))
        ).all()
    assert reads == []


def _bot(*args: str, db: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=db.parent,
        env={**clean, "DATABASE_URL": f"sqlite+aiosqlite:///{db}", "ADMIN_IDS": "9000", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_operator_lists_moves_and_deactivates_staff(tmp_path: Path) -> None:
    db = tmp_path / "lotsen.db"
    assert _bot("migrate", db=db).returncode == 0
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        for telegram_id, role, name, staff in (
            (777, "staff", "Lina", None),
            (778, "staff", "Omar", None),
            (9000, "staff", "Sofia", None),
            (501, "participant", "Amina", 777),
            (502, "participant", "Yusuf", 777),
        ):
            connection.execute(
                text(
                    "insert into person (telegram_id, role, locale, timezone, display_name, "
                    "staff_id, created_at, active) values (:t, :r, 'sv', 'Europe/Stockholm', "
                    ":n, (select id from person where telegram_id = :s), "
                    "'2026-11-23 09:00:00', 1)"
                ),
                {"t": telegram_id, "r": role, "n": name, "s": staff},
            )
        connection.commit()

    listed = _bot("staff", "list", db=db)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "777\tLina\t2",
        "778\tOmar\t0",
        "9000\tSofia\t0 admin",
    ]

    refused = _bot("staff", "deactivate", "--staff", "777", db=db)
    assert refused.returncode == 1
    assert "still have participants" in refused.stderr

    one = _bot("staff", "move", "--from", "777", "--to", "778", "--participant", "501", db=db)
    assert one.returncode == 0, one.stderr
    assert one.stdout.strip() == "Moved 1 participants to staff member 778."

    done = _bot("staff", "deactivate", "--staff", "777", "--move-to", "778", db=db)
    assert done.returncode == 0, done.stderr
    assert _bot("staff", "list", db=db).stdout.splitlines() == [
        "778\tOmar\t2",
        "9000\tSofia\t0 admin",
    ]
    with engine.connect() as connection:
        active = connection.execute(
            text("select active from person where telegram_id = 777")
        ).scalar()
        actions = connection.execute(
            text("select action, actor_id from audit_entry order by id")
        ).all()
    assert active == 0
    assert [a for a, _ in actions] == ["staff:move", "staff:move", "staff:deactivate"]
    assert {actor for _, actor in actions} == {None}

    # Lina comes back: her access, no participants until some are moved to her.
    back = _bot("staff", "reactivate", "--staff", "777", db=db)
    assert back.returncode == 0, back.stderr
    assert back.stdout.strip() == "Staff member 777 has access again."
    assert _bot("staff", "list", db=db).stdout.splitlines() == [
        "777\tLina\t0",
        "778\tOmar\t2",
        "9000\tSofia\t0 admin",
    ]
    again = _bot("staff", "reactivate", "--staff", "778", db=db)  # Omar was never away
    assert again.returncode == 1
    assert again.stderr.strip() == "No deactivated staff member has that id."
    with engine.connect() as connection:
        last = connection.execute(
            text("select action from audit_entry order by id desc limit 1")
        ).scalar()
    engine.dispose()
    assert last == "staff:reactivate"


async def test_only_an_admin_gives_access_back(app: App) -> None:
    sofia, lina, _amina = await _team(app)
    async with app.session() as session:
        omar = (await session.exec(select(Person).where(Person.telegram_id == OMAR))).one()
        omar.active = False
        await session.commit()
        assert omar.id is not None and lina.id is not None
        refused = await staffing.reactivate(
            session, actor=Actor.of(lina), staff_id=omar.id, now=app.clock.now()
        )
        assert refused.refusal is staffing.Refusal.NOT_ALLOWED
        await session.refresh(omar)
        assert omar.active is False
        done = await staffing.reactivate(
            session,
            actor=Actor(sofia.id or 0, ADMIN_ID, Role.ADMIN, True),
            staff_id=omar.id,
            now=app.clock.now(),
        )
        assert done.refusal is None
        await session.refresh(omar)
        assert omar.active is True
        entries = (
            await session.exec(select(AuditEntry).where(col(AuditEntry.subject_id) == omar.id))
        ).all()
    assert [(e.action, e.allowed, e.actor_id) for e in entries] == [
        ("deny:staff-admin", False, lina.id),
        ("staff:reactivate", True, sofia.id),
    ]
