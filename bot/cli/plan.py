"""`python -m bot plan`: action plans out and in as JSON."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from bot.cli.common import Commands, database
from rules.clock import SystemClock
from rules.config import Settings


def add(commands: Commands) -> None:
    """The `plan` command and its options."""
    plans = commands.add_parser(
        "plan",
        help="export or import action plans as JSON",
        description="Export action plans as JSON to standard output, or import a JSON file "
        "of plans (the format is in docs/plan.md). An import changes only what differs, "
        "keeps every change in the plan's history, and writes nothing if the file is bad.",
    )
    plan_actions = plans.add_subparsers(dest="action", required=True, metavar="ACTION")
    plan_export = plan_actions.add_parser(
        "export",
        help="write plans as JSON to standard output",
        description="Write every plan (or one participant's) as JSON to standard output.",
    )
    plan_export.add_argument(
        "--participant",
        type=int,
        metavar="ID",
        help="only this participant (their Telegram user id)",
    )
    plan_import = plan_actions.add_parser(
        "import",
        help="read plans from a JSON file",
        description="Create or update plans from a JSON file, by participant id or Telegram id.",
    )
    plan_import.add_argument("file", type=Path, help="the JSON file, as `plan export` writes it")


async def run(settings: Settings, action: str, participant: int | None, file: Path | None) -> int:
    import json

    from storage import people, plan_io

    raw = None
    if action == "import":
        assert file is not None
        try:
            raw = await asyncio.to_thread(file.read_bytes)
        except OSError as error:
            print(f"Cannot read {file}: {error.strerror}.", file=sys.stderr)
            return 1
    async with database(settings) as session:
        if raw is None:
            participant_id = None
            if participant is not None:
                found = await people.get_by_telegram_id(session, telegram_id=participant)
                if found is None or found.role != people.Role.PARTICIPANT.value:
                    print(f"No participant has Telegram id {participant}.", file=sys.stderr)
                    return 1
                participant_id = found.id
            document = await plan_io.export_plans(session, participant_id=participant_id)
            sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
            return 0
        try:
            changes = await plan_io.import_plans(session, raw=raw, now=SystemClock().now())
        except plan_io.PlanImportError as error:
            print(f"Not imported, nothing changed: {error}", file=sys.stderr)
            return 1
    print(f"Imported. {changes} changes kept in the plans' history.")
    return 0
