"""`python -m bot`: run the bot, migrate the database, make invites, manage the staff, and move
plans."""

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
from rules.clock import SystemClock
from rules.config import Settings

NO_TOKEN = (
    "BOT_TOKEN is not set: in Telegram, talk to @BotFather, send /newbot, "
    "and put the token it gives you in .env as BOT_TOKEN=..."
)


NOT_MIGRATED = (
    "The database has no Lotsen tables yet, or an older schema: run `python -m bot migrate` "
    "once, then try again."
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
    commands.add_parser(
        "deliver",
        help="send what is due in the outbox now, then stop",
        description="Run only the outbox sender until nothing is due (SIGTERM finishes what is "
        "in flight and hands the rest back).",
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
    staff = commands.add_parser(
        "staff",
        help="list staff, deactivate or reactivate a staff member, move participants",
        description="Manage the staff: who works here with how many participants, move "
        "participants to another staff member, and take a staff member's access away. "
        "IDs are Telegram user ids, as in the other commands. Every change is audited.",
    )
    actions = staff.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser(
        "list",
        help="active staff with their number of participants",
        description="List active staff: Telegram id, name and number of participants.",
    )
    deactivate = actions.add_parser(
        "deactivate",
        help="take a staff member's access away",
        description="Take a staff member's access away at once. Refused while they still have "
        "participants (move them first, or give --move-to). Their future meetings are "
        "cancelled and each participant is told. Admins named in ADMIN_IDS are removed from "
        "that setting instead.",
    )
    deactivate.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram user id"
    )
    deactivate.add_argument(
        "--move-to",
        type=int,
        metavar="ID",
        help="move their participants to this staff member (Telegram user id)",
    )
    reactivate = actions.add_parser(
        "reactivate",
        help="give a deactivated staff member their access back",
        description="Give a deactivated staff member their access back. They start with no "
        "participants; move some to them with `staff move`.",
    )
    reactivate.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram user id"
    )
    rename = actions.add_parser(
        "rename",
        help="set the name participants see for a staff member",
        description="Set the name a staff member goes by: participants read it when they book "
        "a meeting, in calendar files, and under reminders. The change is audited.",
    )
    rename.add_argument(
        "--staff", type=int, required=True, metavar="ID", help="the staff member's Telegram user id"
    )
    rename.add_argument(
        "--name", required=True, help="the name, as participants should read it (quote it)"
    )
    move = actions.add_parser(
        "move",
        help="move participants to another staff member",
        description="Move all participants of one staff member (or only those named with "
        "--participant) to another active staff member. Open alerts move along; booked "
        "meetings stay with the staff member they were booked with. The new staff member is "
        "told in the bot.",
    )
    move.add_argument(
        "--from",
        dest="from_id",
        type=int,
        required=True,
        metavar="ID",
        help="the Telegram user id of the staff member the participants leave",
    )
    move.add_argument(
        "--to",
        dest="to_id",
        type=int,
        required=True,
        metavar="ID",
        help="the Telegram user id of the staff member who takes them over",
    )
    move.add_argument(
        "--participant",
        type=int,
        action="append",
        metavar="ID",
        help="only this participant, by Telegram user id (may be given more than once)",
    )
    report = commands.add_parser(
        "report",
        help="write the programme report as an Excel file",
        description="Write the programme report (participants, pseudonymous, and a summary with "
        "counts and the share meeting each target) as an .xlsx file. The export is audited.",
    )
    report.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    report.add_argument(
        "--staff",
        type=int,
        metavar="ID",
        help="only this staff member's participants (Telegram id)",
    )
    report.add_argument(
        "--cohort",
        metavar="2026|2026H1|2026H2",
        help="only participants who started in this year or half-year",
    )
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
    return parser


def _day(value: str) -> date:
    """A calendar day for argparse: a wrong one is a one-line usage error, not a traceback."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


# What a setting must look like, for those an operator most often gets wrong.
_SETTING_HINTS = {
    "ADMIN_IDS": "must be numeric Telegram user ids separated by commas, not @usernames "
    "(in Telegram, ask @userinfobot for a person's id)",
}


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        # hide_input_in_errors keeps secrets out; the field names say what to fix.
        fields = dict.fromkeys(str(e["loc"][0]).upper() for e in error.errors() if e["loc"])
        said = "; ".join(
            f"{field} {_SETTING_HINTS[field]}" if field in _SETTING_HINTS else field
            for field in fields
        )
        raise SystemExit(f"Invalid settings: {said}. See .env.example.") from None


async def _invite(settings: Settings, kind: str, admin: bool, staff_telegram_id: int | None) -> int:
    from aiogram.exceptions import TelegramAPIError, TelegramNetworkError

    from bot.factory import create_bot
    from dialogs.invites import deep_link, qr_png
    from scheduler.outgoing import bot_username
    from storage import invites, migrate, people
    from storage.db import create_engine, create_session_factory
    from storage.people import Role

    # The link needs the bot's username: find it before storing an invite nobody could use.
    if settings.bot_username:
        username = settings.bot_username.lstrip("@")
    else:
        if settings.bot_token is None:
            print(
                "Set BOT_USERNAME (the bot's @username), or BOT_TOKEN so it can be looked up. "
                "No invite was made.",
                file=sys.stderr,
            )
            return 2
        bot = create_bot(settings)
        try:
            username = await bot_username(bot, settings)
        except (TelegramAPIError, TelegramNetworkError):
            print(
                "Could not ask Telegram for the bot's username: check BOT_TOKEN and the "
                "network, or set BOT_USERNAME. No invite was made.",
                file=sys.stderr,
            )
            return 2
        finally:
            await bot.session.close()
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
    from storage import audit, migrate
    from storage.db import create_engine, create_session_factory

    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
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


async def _staff(settings: Settings, args: argparse.Namespace) -> int:
    from storage import migrate, people, staffing
    from storage.db import create_engine, create_session_factory

    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    now = SystemClock().now()
    try:
        async with create_session_factory(engine)() as session:

            async def person_id(telegram_id: int | None, what: str) -> int | None:
                if telegram_id is None:
                    return None
                found = await people.get_by_telegram_id(session, telegram_id=telegram_id)
                if found is None or found.id is None:
                    raise LookupError(f"No {what} has Telegram id {telegram_id}.")
                return found.id

            try:
                if args.action == "list":
                    members = await staffing.members(session, actor=None)
                    if not members:
                        print(
                            "No active staff yet. Invite someone with "
                            "`python -m bot invite staff`, or put your own Telegram user id "
                            "in ADMIN_IDS and send /start to the bot."
                        )
                    for member in members:
                        person = member.person
                        name = person.display_name or "-"
                        admin = " admin" if person.telegram_id in settings.admin_ids else ""
                        print(f"{person.telegram_id}\t{name}\t{member.participants}{admin}")
                    return 0
                if args.action == "rename":
                    staff_id = await person_id(args.staff, "staff member")
                    assert staff_id is not None
                    outcome = await staffing.rename(
                        session, actor=None, staff_id=staff_id, name=args.name, now=now
                    )
                    done = f"Staff member {args.staff} is now called {outcome.name}."
                elif args.action == "deactivate":
                    staff_id = await person_id(args.staff, "staff member")
                    assert staff_id is not None
                    outcome = await staffing.deactivate(
                        session,
                        actor=None,
                        staff_id=staff_id,
                        admin_ids=settings.admin_ids,
                        now=now,
                        move_to=await person_id(args.move_to, "staff member"),
                    )
                    done = f"Staff member {args.staff} no longer has access."
                elif args.action == "reactivate":
                    staff_id = await person_id(args.staff, "staff member")
                    assert staff_id is not None
                    outcome = await staffing.reactivate(
                        session, actor=None, staff_id=staff_id, now=now
                    )
                    done = f"Staff member {args.staff} has access again."
                else:
                    from_id = await person_id(args.from_id, "staff member")
                    to_id = await person_id(args.to_id, "staff member")
                    only = None
                    if args.participant:
                        only = [await person_id(p, "participant") for p in args.participant]
                    assert from_id is not None and to_id is not None
                    outcome = await staffing.move(
                        session,
                        actor=None,
                        from_id=from_id,
                        to_id=to_id,
                        now=now,
                        participant_ids=[i for i in only if i is not None] if only else None,
                    )
                    done = f"Moved {outcome.moved} participants to staff member {args.to_id}."
            except LookupError as missing:
                print(missing, file=sys.stderr)
                return 1
    finally:
        await engine.dispose()
    if outcome.refusal is not None:
        refusal = _STAFF_REFUSALS[outcome.refusal]
        if args.action == "rename" and outcome.refusal == "no-staff":
            refusal = f"No staff member has Telegram id {args.staff}."
        print(refusal, file=sys.stderr)
        return 1
    print(done)
    return 0


_STAFF_REFUSALS = {
    "not-allowed": "Not allowed.",
    "no-staff": "Both must be active staff members.",
    "same": "From and to are the same staff member.",
    "not-theirs": "A participant given is not this staff member's.",
    "has-participants": "They still have participants: move them first, or give --move-to.",
    "configured-admin": "An admin by ADMIN_IDS: remove them from that setting instead.",
    "self": "Not allowed on oneself.",
    "not-deactivated": "No deactivated staff member has that id.",
    "bad-name": "A name needs letters and at most 64 characters.",
}


async def _report(settings: Settings, out: str, staff: int | None, cohort_text: str | None) -> int:
    from dialogs.report import workbook
    from rules.i18n import Localization
    from storage import migrate, people, report
    from storage.db import create_engine, create_session_factory

    try:
        cohort = report.Cohort.parse(cohort_text) if cohort_text else None
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        async with create_session_factory(engine)() as session:
            staff_id = None
            if staff is not None:
                member = await people.get_by_telegram_id(session, telegram_id=staff)
                if member is None or member.role == people.Role.PARTICIPANT.value:
                    print(f"No staff member has Telegram id {staff}.", file=sys.stderr)
                    return 1
                staff_id = member.id
            rows = await report.export(
                session,
                actor=None,
                now=SystemClock().now(),
                zone=ZoneInfo(settings.timezone),
                cohort=cohort,
                staff_id=staff_id,
                sensitive=settings.report_sensitive,
            )
    finally:
        await engine.dispose()
    assert rows is not None  # the operator may export everything
    i18n = Localization()(settings.default_locale)
    scope = cohort.name if cohort else i18n("report-cohort-all")
    content = await asyncio.to_thread(
        workbook.build, rows, i18n, scope=scope, sensitive=settings.report_sensitive
    )
    await asyncio.to_thread(Path(out).write_bytes, content)
    print(f"Wrote {len(rows)} participants to {out}.")
    return 0


async def _plans(
    settings: Settings, action: str, participant: int | None, file: Path | None
) -> int:
    import json

    from storage import migrate, people, plan
    from storage.db import create_engine, create_session_factory

    if settings.is_sqlite:
        await migrate.upgrade(settings.database_url)
    raw = None
    if action == "import":
        assert file is not None
        try:
            raw = await asyncio.to_thread(file.read_bytes)
        except OSError as error:
            print(f"Cannot read {file}: {error.strerror}.", file=sys.stderr)
            return 1
    engine = create_engine(settings.database_url)
    try:
        async with create_session_factory(engine)() as session:
            if raw is None:
                participant_id = None
                if participant is not None:
                    found = await people.get_by_telegram_id(session, telegram_id=participant)
                    if found is None or found.role != people.Role.PARTICIPANT.value:
                        print(f"No participant has Telegram id {participant}.", file=sys.stderr)
                        return 1
                    participant_id = found.id
                document = await plan.export_plans(session, participant_id=participant_id)
                sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
                return 0
            try:
                changes = await plan.import_plans(session, raw=raw, now=SystemClock().now())
            except plan.PlanImportError as error:
                print(f"Not imported, nothing changed: {error}", file=sys.stderr)
                return 1
    finally:
        await engine.dispose()
    print(f"Imported. {changes} changes kept in the plans' history.")
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
            _invite(
                settings, args.kind, getattr(args, "admin", False), getattr(args, "staff", None)
            )
        )
    if args.command == "retention":
        return asyncio.run(_retention(settings, args.apply))
    if args.command == "audit":
        return asyncio.run(_audit_csv(settings, args.since))
    if args.command == "staff":
        return asyncio.run(_staff(settings, args))
    if args.command == "report":
        return asyncio.run(_report(settings, args.out, args.staff, args.cohort))
    if args.command == "plan":
        return asyncio.run(
            _plans(
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
        return asyncio.run(_booking_access(settings, args.action, args.participant, args.staff))
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
