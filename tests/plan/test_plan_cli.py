"""`python -m bot plan export | import`: plans out as JSON and back, and a bad file refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[2]


def _bot(*args: str, cwd: Path, db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"BOT_TOKEN", "DATABASE_URL"}}
    env.update(PYTHONPATH=str(ROOT), DATABASE_URL=f"sqlite+aiosqlite:///{db}")
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_plans_go_out_as_json_and_come_back_and_a_bad_file_changes_nothing(
    tmp_path: Path,
) -> None:
    db = tmp_path / "lotsen.db"
    assert _bot("migrate", cwd=tmp_path, db=db).returncode == 0
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        connection.execute(
            text(
                "insert into person (id, telegram_id, role, locale, timezone, created_at, active)"
                " values (7, 1001, 'participant', 'sv', 'Europe/Stockholm',"
                " '2026-11-23 09:00:00', 1)"
            )
        )
    document = {
        "format": "lotsen-plans-1",
        "plans": [
            {
                "telegram_id": 1001,
                "goal": "Jobba i ett lager",
                "occupations": ["Lagerarbetare", "Truckförare"],
                "track": "arbetstraning",
                "ladder": "halvskyddad",
                "follow_up_on": "2026-12-14",
                "steps": [
                    {"text": "Ta truckkort", "due_on": "2027-01-15", "responsible": "agency"}
                ],
            }
        ],
    }
    incoming = tmp_path / "plans.json"
    incoming.write_text(json.dumps(document), encoding="utf-8")
    imported = _bot("plan", "import", str(incoming), cwd=tmp_path, db=db)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "Imported. 6 changes kept in the plans' history.\n"

    # The operator names the participant by Telegram user id, as in every other command.
    exported = _bot("plan", "export", "--participant", "1001", cwd=tmp_path, db=db)
    assert exported.returncode == 0, exported.stderr
    [plan] = json.loads(exported.stdout)["plans"]
    assert (plan["participant_id"], plan["telegram_id"], plan["goal"]) == (
        7,
        1001,
        "Jobba i ett lager",
    )
    assert plan["steps"][0]["text"] == "Ta truckkort" and plan["steps"][0]["status"] == "planned"
    # The export imported again changes nothing.
    again = tmp_path / "again.json"
    again.write_text(exported.stdout, encoding="utf-8")
    assert _bot("plan", "import", str(again), cwd=tmp_path, db=db).stdout.startswith("Imported. 0")

    unknown = _bot("plan", "export", "--participant", "7", cwd=tmp_path, db=db)
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "No participant has Telegram id 7."

    plan["hours_per_week"] = 200
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "lotsen-plans-1", "plans": [plan]}), encoding="utf-8")
    refused = _bot("plan", "import", str(bad), cwd=tmp_path, db=db)
    assert refused.returncode == 1
    assert refused.stderr.startswith("Not imported, nothing changed: plans.0.hours_per_week:")
    with engine.connect() as connection:
        assert connection.execute(text("select count(*) from action_plan_change")).scalar() == 6
        assert connection.execute(text("select hours_per_week from action_plan")).scalar() is None
