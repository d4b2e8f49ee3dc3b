"""The operator's commands: `python -m bot run | migrate | invite`."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import create_engine, text

from storage.invites import hash_code
from storage.report import pseudonym

ROOT = Path(__file__).resolve().parents[2]


def _bot(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_run_without_a_token_says_how_to_get_one(tmp_path: Path) -> None:
    result = _bot("run", cwd=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "BOT_TOKEN" in lines[0] and "@BotFather" in lines[0]


def test_migrate_then_invite_staff_and_a_participant(tmp_path: Path) -> None:
    db = tmp_path / "lotsen.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}", "BOT_USERNAME": "kommun_lotsen_bot"}
    assert _bot("migrate", cwd=tmp_path, **env).returncode == 0

    staff = _bot("invite", "staff", "--admin", cwd=tmp_path, **env)
    assert staff.returncode == 0, staff.stderr
    link = staff.stdout.splitlines()[1]
    assert link.startswith("https://t.me/kommun_lotsen_bot?start=")
    png = Path(staff.stdout.splitlines()[2].removeprefix("QR code: "))
    assert png.read_bytes().startswith(b"\x89PNG")
    assert png.stat().st_mode & 0o077 == 0  # only the operator may read the code

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        row = connection.execute(text("select code_hash, role from invite")).one()
    assert row == (hash_code(link.split("start=")[1]), "admin")

    # No staff member with that Telegram id yet: a clear refusal, nothing made.
    missing = _bot("invite", "participant", "--staff", "777", cwd=tmp_path, **env)
    assert missing.returncode == 1
    assert "No active staff member has Telegram id 777." in missing.stderr
    with engine.connect() as connection:
        connection.execute(
            text(
                "insert into person (telegram_id, role, locale, timezone, created_at, active) "
                "values (777, 'staff', 'sv', 'Europe/Stockholm', '2026-11-23 09:00:00', 1)"
            )
        )
        connection.commit()
    made = _bot("invite", "participant", "--staff", "777", cwd=tmp_path, **env)
    assert made.returncode == 0, made.stderr
    with engine.connect() as connection:
        rows = connection.execute(text("select role, staff_id from invite order by id")).all()
    engine.dispose()
    assert rows[1][0] == "participant" and rows[1][1] is not None


@pytest.mark.parametrize("value", ["1,2, 3", "1;2;3"])
def test_admin_ids_are_read_from_a_list(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from rules.config import Settings

    monkeypatch.setenv("ADMIN_IDS", value)
    assert Settings(_env_file=None).admin_ids == frozenset({1, 2, 3})  # type: ignore[call-arg]


def test_the_token_never_shows_in_the_settings_repr() -> None:
    from rules.config import Settings

    settings = Settings(_env_file=None, bot_token="123:very-secret", webhook_secret="hush")  # type: ignore[call-arg]
    assert "very-secret" not in repr(settings) and "very-secret" not in str(settings.model_dump())
    assert "hush" not in repr(settings)


def test_a_participant_may_be_allowed_to_book_with_more_staff(tmp_path: Path) -> None:
    db = tmp_path / "lotsen.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    assert _bot("migrate", cwd=tmp_path, **env).returncode == 0
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        for telegram_id, role in ((11, "staff"), (12, "staff"), (21, "participant")):
            connection.execute(
                text(
                    "insert into person (telegram_id, role, locale, timezone, created_at, active) "
                    "values (:id, :role, 'sv', 'Europe/Stockholm', '2026-11-23 09:00:00', 1)"
                ),
                {"id": telegram_id, "role": role},
            )
    allowed = _bot("booking", "allow", "--participant", "21", "--staff", "12", cwd=tmp_path, **env)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.strip() == "Participant 21 may now book with staff member 12."
    with engine.connect() as connection:
        rows = connection.execute(text("select participant_id, staff_id from booking_access")).all()
    assert rows == [(3, 2)]
    wrong = _bot("booking", "allow", "--participant", "11", "--staff", "12", cwd=tmp_path, **env)
    assert wrong.returncode == 1
    assert "No participant has Telegram id 11." in wrong.stderr
    stopped = _bot("booking", "stop", "--participant", "21", "--staff", "12", cwd=tmp_path, **env)
    assert stopped.returncode == 0
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from booking_access")).scalar() == 0


def test_audit_with_a_wrong_date_is_a_one_line_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "lotsen.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    assert _bot("migrate", cwd=tmp_path, **env).returncode == 0
    wrong = _bot("audit", "--since", "23/11/2026", cwd=tmp_path, **env)
    assert wrong.returncode == 2
    assert "not a date (YYYY-MM-DD): '23/11/2026'" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    right = _bot("audit", "--since", "2026-11-23", cwd=tmp_path, **env)
    assert right.returncode == 0, right.stderr
    assert right.stdout.splitlines() == [
        "id,at,actor_id,actor_telegram_id,action,subject_id,allowed,detail"
    ]


def test_the_programme_report_for_one_staff_member_and_cohort(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = tmp_path / "lotsen.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}", "REPORT_KEY": "kept by the municipality"}
    assert _bot("migrate", cwd=tmp_path, **env).returncode == 0
    engine = create_engine(f"sqlite:///{db}")
    people = (
        (11, "staff", None, None),
        (12, "staff", None, None),
        (21, "participant", 1, "2026-03-02 09:00:00"),
        (22, "participant", 2, "2026-09-01 09:00:00"),
        (23, "participant", 1, "2025-05-05 09:00:00"),
    )
    with engine.begin() as connection:
        for telegram_id, role, staff, onboarded in people:
            connection.execute(
                text(
                    "insert into person (telegram_id, role, locale, timezone, created_at, active, "
                    "staff_id, onboarded_at) values (:id, :role, 'sv', 'Europe/Stockholm', "
                    "'2025-01-01 09:00:00', 1, :staff, :onboarded)"
                ),
                {"id": telegram_id, "role": role, "staff": staff, "onboarded": onboarded},
            )
    out = tmp_path / "report.xlsx"
    made = _bot(
        "report", "--out", str(out), "--staff", "11", "--cohort", "2026", cwd=tmp_path, **env
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"Wrote 1 participants to {out}."
    sheet = load_workbook(out)["Deltagare"]
    # The row's pseudonym is the record's number under the municipality's key, never the number.
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        pseudonym(3, b"kept by the municipality")
    ]
    with engine.connect() as connection:
        audited = connection.execute(
            text("select actor_id, action, allowed, detail from audit_entry")
        ).all()
    assert audited == [(None, "export:report", 1, "participants=1 cohort=2026 staff=1")]
    bad = _bot("report", "--out", str(out), "--cohort", "2026H3", cwd=tmp_path, **env)
    assert bad.returncode == 2 and "2026H1" in bad.stderr


def _insert_staff(db: Path, *rows: tuple[int, str | None]) -> None:
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        for telegram_id, name in rows:
            connection.execute(
                text(
                    "insert into person (telegram_id, role, locale, timezone, created_at, active,"
                    " display_name) values (:id, 'staff', 'sv', 'Europe/Stockholm',"
                    " '2026-11-23 09:00:00', 1, :name)"
                ),
                {"id": telegram_id, "name": name},
            )
    engine.dispose()


def test_audit_on_a_database_never_migrated_prints_the_empty_log(tmp_path: Path) -> None:
    db = tmp_path / "lotsen.db"
    result = _bot("audit", cwd=tmp_path, DATABASE_URL=f"sqlite+aiosqlite:///{db}")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == [
        "id,at,actor_id,actor_telegram_id,action,subject_id,allowed,detail"
    ]


def test_staff_list_with_no_staff_says_how_to_get_some(tmp_path: Path) -> None:
    db = tmp_path / "lotsen.db"
    listed = _bot("staff", "list", cwd=tmp_path, DATABASE_URL=f"sqlite+aiosqlite:///{db}")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "No active staff yet. Invite someone with `python -m bot invite staff`, or put your "
        "own Telegram user id in ADMIN_IDS and send /start to the bot."
    ]


def test_an_invite_without_the_bot_s_username_is_refused_and_nothing_is_stored(
    tmp_path: Path,
) -> None:
    db = tmp_path / "lotsen.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    assert _bot("migrate", cwd=tmp_path, **env).returncode == 0
    refused = _bot("invite", "staff", cwd=tmp_path, **env)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        "Set BOT_USERNAME (the bot's @username), or BOT_TOKEN so it can be looked up. "
        "No invite was made."
    ]
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from invite")).scalar() == 0
    engine.dispose()
    assert not (tmp_path / "invites").exists()


def test_admin_ids_given_as_a_username_says_what_an_id_is(tmp_path: Path) -> None:
    result = _bot("staff", "list", cwd=tmp_path, ADMIN_IDS="@lina_berg")
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line == (
        "Invalid settings: ADMIN_IDS must be numeric Telegram user ids separated by commas, "
        "not @usernames (in Telegram, ask @userinfobot for a person's id). See .env.example."
    )
    assert "@lina_berg" not in line


def test_staff_move_explains_each_id(tmp_path: Path) -> None:
    shown = _bot("staff", "move", "--help", cwd=tmp_path)
    assert shown.returncode == 0
    help_text = " ".join(shown.stdout.split())
    assert "--from ID the Telegram user id of the staff member the participants leave" in help_text
    assert "--to ID the Telegram user id of the staff member who takes them over" in help_text
    assert "only this participant, by Telegram user id" in help_text


def test_the_operator_renames_a_staff_member_and_it_is_audited(tmp_path: Path) -> None:
    db = tmp_path / "lotsen.db"
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{db}"}
    assert _bot("migrate", cwd=tmp_path, **env).returncode == 0
    _insert_staff(db, (777, None))

    renamed = _bot(
        "staff", "rename", "--staff", "777", "--name", "  Lina   Berg ", cwd=tmp_path, **env
    )
    assert renamed.returncode == 0, renamed.stderr
    assert renamed.stdout.strip() == "Staff member 777 is now called Lina Berg."
    assert _bot("staff", "list", cwd=tmp_path, **env).stdout.splitlines() == ["777\tLina Berg\t0"]

    empty = _bot("staff", "rename", "--staff", "777", "--name", "\u200b ", cwd=tmp_path, **env)
    assert empty.returncode == 1
    assert empty.stderr.strip() == "A name needs letters and at most 64 characters."
    nobody = _bot("staff", "rename", "--staff", "778", "--name", "Omar", cwd=tmp_path, **env)
    assert nobody.returncode == 1
    assert nobody.stderr.strip() == "No staff member has Telegram id 778."

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as connection:
        names = connection.execute(text("select display_name from person")).scalars().all()
        audited = connection.execute(
            text("select actor_id, action, subject_id, allowed, detail from audit_entry")
        ).all()
    engine.dispose()
    assert names == ["Lina Berg"]
    assert audited == [(None, "staff:rename", 1, 1, None)]


def test_audit_on_a_postgresql_database_never_migrated_says_to_migrate(tmp_path: Path) -> None:
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.skip("TEST_POSTGRES_URL is not set: PostgreSQL tests skipped (see README)")
    name = f"lotsen_empty_{uuid.uuid4().hex[:12]}"

    async def admin(sql: str) -> None:
        connection = await asyncpg.connect(base.replace("postgresql+asyncpg://", "postgresql://"))
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        result = _bot("audit", cwd=tmp_path, DATABASE_URL=base.rsplit("/", 1)[0] + "/" + name)
    finally:
        asyncio.run(admin(f'DROP DATABASE "{name}" WITH (FORCE)'))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "The database has no Lotsen tables yet, or an older schema: run `python -m bot migrate` "
        "once, then try again."
    ]
