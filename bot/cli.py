"""`python -m bot`: run the bot, migrate the database, and make invites."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from bot import logs
from bot.clock import SystemClock
from bot.config import Settings

NO_TOKEN = (
    "BOT_TOKEN is not set: in Telegram, talk to @BotFather, send /newbot, "
    "and put the token it gives you in .env as BOT_TOKEN=..."
)


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
    invite = commands.add_parser(
        "invite",
        help="make a single-use invite link and QR code",
        description="Make a single-use invite. Prints the deep link and the path of a QR code PNG. "
        "Hand it over, then delete the PNG: it holds the code.",
    )
    kinds = invite.add_subparsers(dest="kind", required=True, metavar="KIND")
    staff = kinds.add_parser(
        "staff", help="invite a staff member", description="Invite a staff member."
    )
    staff.add_argument("--admin", action="store_true", help="make them an administrator")
    participant = kinds.add_parser(
        "participant",
        help="invite a participant",
        description="Invite a participant to a staff member.",
    )
    participant.add_argument(
        "--staff",
        type=int,
        required=True,
        metavar="ID",
        help="the Telegram user id of the staff member the participant joins",
    )
    access = commands.add_parser(
        "booking",
        help="let a participant book with more staff than their own lots",
        description="By default a participant books meetings with their own lots only. "
        "Allow (or stop) booking with another staff member as well.",
    )
    access.add_argument("action", choices=["allow", "stop"], help="allow it, or stop it again")
    access.add_argument(
        "--participant", type=int, required=True, metavar="ID", help="the participant's Telegram id"
    )
    access.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram id"
    )
    retention = commands.add_parser(
        "retention",
        help="show who is past the retention period, or erase them",
        description="Show the people whose retention period has run out (RETENTION_DAYS after "
        "their programme ended, or an archived record's date). With --apply, erase them.",
    )
    retention.add_argument("--apply", action="store_true", help="erase them now")
    audit = commands.add_parser(
        "audit",
        help="export the audit log as CSV",
        description="Write the audit log (who read or exported whose data, and every refusal) "
        "as CSV to standard output. Ids only, never contents.",
    )
    audit.add_argument(
        "--since", metavar="YYYY-MM-DD", type=_day, help="only entries from this day on"
    )
    return parser


def _day(value: str) -> date:
    """A calendar day for argparse: a wrong one is a one-line usage error, not a traceback."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        # hide_input_in_errors keeps secrets out; the field names say what to fix.
        fields = ", ".join(str(e["loc"][0]).upper() for e in error.errors() if e["loc"])
        raise SystemExit(f"Invalid settings: {fields}. See .env.example.") from None


async def _invite(settings: Settings, kind: str, admin: bool, staff_telegram_id: int | None) -> int:
    from bot.factory import create_bot
    from bot.invites import bot_username, deep_link, qr_png
    from storage import invites, migrate, people
    from storage.db import create_engine, create_session_factory
    from storage.people import Role

    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        async with create_session_factory(engine)() as session:
            staff_id = None
            if kind == "participant":
                assert staff_telegram_id is not None
                staff = await people.get_by_telegram_id(session, telegram_id=staff_telegram_id)
                if staff is None or staff.role == Role.PARTICIPANT.value or not staff.active:
                    print(
                        f"No active staff member has Telegram id {staff_telegram_id}.",
                        file=sys.stderr,
                    )
                    return 1
                staff_id = staff.id
            role = (
                Role.PARTICIPANT if kind == "participant" else Role.ADMIN if admin else Role.STAFF
            )
            invite = await invites.create_invite(
                session,
                role=role,
                staff_id=staff_id,
                now=SystemClock().now(),
                ttl=timedelta(days=settings.invite_ttl_days),
            )
    finally:
        await engine.dispose()
    if settings.bot_username:
        username = settings.bot_username.lstrip("@")
    else:
        if settings.bot_token is None:
            print(
                "Set BOT_USERNAME, or BOT_TOKEN so the bot's username can be looked up.",
                file=sys.stderr,
            )
            return 2
        bot = create_bot(settings)
        try:
            username = await bot_username(bot, settings)
        finally:
            await bot.session.close()
    link = deep_link(username, invite.code)
    png = await asyncio.to_thread(qr_png, link)
    path = await asyncio.to_thread(_write_qr, Path(settings.invite_qr_dir), invite.invite_id, png)
    expires = invite.expires_at.astimezone(ZoneInfo(settings.timezone))
    print(f"Invite for a new {role.value}, works once, valid until {expires:%Y-%m-%d %H:%M}:")
    print(link)
    print(f"QR code: {path}")
    return 0


async def _booking_access(
    settings: Settings, action: str, participant_telegram_id: int, staff_telegram_id: int
) -> int:
    from storage import booking, migrate, people
    from storage.db import create_engine, create_session_factory

    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        async with create_session_factory(engine)() as session:
            participant = await people.get_by_telegram_id(
                session, telegram_id=participant_telegram_id
            )
            staff = await people.get_by_telegram_id(session, telegram_id=staff_telegram_id)
            if participant is None or participant.role != people.Role.PARTICIPANT.value:
                print(f"No participant has Telegram id {participant_telegram_id}.", file=sys.stderr)
                return 1
            if staff is None or staff.role == people.Role.PARTICIPANT.value or not staff.active:
                print(
                    f"No active staff member has Telegram id {staff_telegram_id}.", file=sys.stderr
                )
                return 1
            assert participant.id is not None and staff.id is not None
            await booking.set_access(
                session, participant_id=participant.id, staff_id=staff.id, allowed=action == "allow"
            )
    finally:
        await engine.dispose()
    verb = "may now book" if action == "allow" else "no longer books"
    print(f"Participant {participant_telegram_id} {verb} with staff member {staff_telegram_id}.")
    return 0


async def _retention(settings: Settings, apply: bool) -> int:
    from storage import fsm, migrate, rights
    from storage.db import create_engine, create_session_factory

    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    now = SystemClock().now()
    try:
        async with create_session_factory(engine)() as session:
            due = await rights.due_for_erasure(
                session, now=now, retention_days=settings.retention_days
            )
            for person in due:
                reason = "archived" if person.erase_after else "programme ended"
                print(f"person {person.id} ({person.role}, {reason})")
            if apply:
                erased = await rights.apply_retention(
                    session, now=now, retention_days=settings.retention_days
                )
                if erased and settings.redis_url:
                    await fsm.erase_redis_users(settings.redis_url, erased)
                print(f"Erased {len(erased)}.")
            else:
                print(f"{len(due)} due. Run with --apply to erase them.")
    finally:
        await engine.dispose()
    return 0


async def _audit_csv(settings: Settings, since: date | None) -> int:
    from storage import audit
    from storage.db import create_engine, create_session_factory

    engine = create_engine(settings.database_url)
    start = None
    if since:
        start = datetime.combine(since, datetime.min.time(), UTC)
    try:
        async with create_session_factory(engine)() as session:
            entries = await audit.entries_since(session, since=start)
    finally:
        await engine.dispose()
    sys.stdout.write(audit.as_csv(entries))
    return 0


def _write_qr(folder: Path, invite_id: int, png: bytes) -> Path:
    """Only the operator may read it: the picture holds the code itself."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"invite-{invite_id}.png"
    path.write_bytes(png)
    os.chmod(path, 0o600)
    return path.resolve()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = _settings()
    logs.configure(settings.log_level)
    if args.command == "migrate":
        from storage.migrate import upgrade_sync

        upgrade_sync(settings.database_url)
        print("The database is up to date.")
        return 0
    if args.command == "invite":
        return asyncio.run(
            _invite(
                settings, args.kind, getattr(args, "admin", False), getattr(args, "staff", None)
            )
        )
    if args.command == "retention":
        return asyncio.run(_retention(settings, args.apply))
    if args.command == "audit":
        return asyncio.run(_audit_csv(settings, args.since))
    if args.command == "booking":
        return asyncio.run(_booking_access(settings, args.action, args.participant, args.staff))
    if settings.bot_token is None:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    from bot.runners import run_polling, run_webhook

    runner = run_webhook if settings.uses_webhook else run_polling
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(runner(settings))
    return 0
