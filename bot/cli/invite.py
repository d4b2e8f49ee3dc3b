"""`python -m bot invite`: a single-use invite link and its QR code."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.cli.common import Commands, database
from rules.clock import SystemClock
from rules.config import Settings


def add(commands: Commands) -> None:
    """The `invite` command and its options."""
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


async def run(settings: Settings, kind: str, admin: bool, staff_telegram_id: int | None) -> int:
    from rules.invites import deep_link, qr_png
    from storage import invites, people
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
        # aiogram only when Telegram must be asked: it takes seconds to import.
        from aiogram.exceptions import TelegramAPIError, TelegramNetworkError

        from bot.factory import create_bot
        from scheduler.outgoing import bot_username

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
    async with database(settings) as session:
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
        role = Role.PARTICIPANT if kind == "participant" else Role.ADMIN if admin else Role.STAFF
        invite = await invites.create_invite(
            session,
            role=role,
            staff_id=staff_id,
            now=SystemClock().now(),
            ttl=timedelta(days=settings.invite_ttl_days),
        )
    link = deep_link(username, invite.code)
    png = await asyncio.to_thread(qr_png, link)
    path = await asyncio.to_thread(_write_qr, Path(settings.invite_qr_dir), invite.invite_id, png)
    expires = invite.expires_at.astimezone(ZoneInfo(settings.timezone))
    print(f"Invite for a new {role.value}, works once, valid until {expires:%Y-%m-%d %H:%M}:")
    print(link)
    print(f"QR code: {path}")
    return 0


def _write_qr(folder: Path, invite_id: int, png: bytes) -> Path:
    """Only the operator may read it: the picture holds the code itself."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"invite-{invite_id}.png"
    path.write_bytes(png)
    os.chmod(path, 0o600)
    return path.resolve()
