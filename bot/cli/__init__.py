"""`python -m bot`: run the bot, migrate the database, make invites, manage the staff, and move
plans. One module per command group; `common` holds what they share."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys

from bot import logs
from bot.cli import audit, booking, invite, plan, report, retention, staff
from bot.cli.common import NO_TOKEN, NOT_MIGRATED, load_settings
from rules.config import Settings


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Lotsen: a Telegram bot for labour-market programmes. "
        "Settings come from the environment or a .env file (see .env.example).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "run",
        help="start the bot",
        description="Start the bot: long polling by default, a webhook server when WEBHOOK_URL is set. "
        "The embedded SQLite database is migrated on start.",
    )
    commands.add_parser(
        "migrate",
        help="bring the database schema up to date",
        description="Bring the database at DATABASE_URL up to date. Run once per deploy on PostgreSQL.",
    )
    commands.add_parser(
        "deliver",
        help="send what is due in the outbox now, then stop",
        description="Run only the outbox sender until nothing is due (SIGTERM finishes what is "
        "in flight and hands the rest back).",
    )
    for group in (invite, booking, retention, audit, staff, report, plan):
        group.add(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = load_settings()
    logs.configure(settings.log_level)
    from sqlalchemy.exc import ProgrammingError

    try:
        return _command(args, settings)
    except ProgrammingError:
        # SQLite migrates itself; PostgreSQL is migrated once per deploy, by the operator.
        print(NOT_MIGRATED, file=sys.stderr)
        return 1


def _command(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "migrate":
        from storage.migrate import upgrade_sync

        upgrade_sync(settings.database_url)
        print("The database is up to date.")
        return 0
    if args.command == "invite":
        return asyncio.run(
            invite.run(
                settings, args.kind, getattr(args, "admin", False), getattr(args, "staff", None)
            )
        )
    if args.command == "retention":
        return asyncio.run(retention.run(settings, args.apply))
    if args.command == "audit":
        return asyncio.run(audit.run(settings, args.since))
    if args.command == "staff":
        return asyncio.run(staff.run(settings, args))
    if args.command == "report":
        return asyncio.run(report.run(settings, args.out, args.staff, args.cohort))
    if args.command == "plan":
        return asyncio.run(
            plan.run(
                settings,
                args.action,
                getattr(args, "participant", None),
                getattr(args, "file", None),
            )
        )
    if args.command == "deliver":
        from bot.deliver import deliver

        return asyncio.run(deliver(settings))
    if args.command == "booking":
        return asyncio.run(booking.run(settings, args.action, args.participant, args.staff))
    if settings.bot_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    from bot.runners import CannotStart, run_polling, run_webhook

    runner = run_webhook if settings.uses_webhook else run_polling
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(runner(settings))
    except CannotStart as reason:
        print(reason, file=sys.stderr)
        return 1
    return 0
