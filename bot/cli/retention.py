"""`python -m bot retention`: who is past the retention period, and erasing them."""

from __future__ import annotations

from bot.cli.common import Commands, database
from rules.clock import SystemClock
from rules.config import Settings


def add(commands: Commands) -> None:
    """The `retention` command and its options."""
    retention = commands.add_parser(
        "retention",
        help="show who is past the retention period, or erase them",
        description="Show the people whose retention period has run out (RETENTION_DAYS after "
        "their programme ended, or an archived record's date). With --apply, erase them.",
    )
    retention.add_argument("--apply", action="store_true", help="erase them now")


async def run(settings: Settings, apply: bool) -> int:
    from storage import fsm_storage, rights

    now = SystemClock().now()
    async with database(settings) as session:
        due = await rights.due_for_erasure(session, now=now, retention_days=settings.retention_days)
        for person in due:
            reason = "archived" if person.erase_after else "programme ended"
            print(f"person {person.id} ({person.role}, {reason})")
        if apply:
            erased = await rights.apply_retention(
                session, now=now, retention_days=settings.retention_days
            )
            if erased and settings.redis_url:
                await fsm_storage.erase_redis_users(settings.redis_url, erased)
            print(f"Erased {len(erased)}.")
        else:
            print(f"{len(due)} due. Run with --apply to erase them.")
    return 0
