"""`python -m bot audit`: the audit log as CSV."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime

from bot.cli.common import Commands, database, day
from rules.config import Settings


def add(commands: Commands) -> None:
    """The `audit` command and its options."""
    audit = commands.add_parser(
        "audit",
        help="export the audit log as CSV",
        description="Write the audit log (who read or exported whose data, and every refusal) "
        "as CSV to standard output. Ids only, never contents.",
    )
    audit.add_argument(
        "--since", metavar="YYYY-MM-DD", type=day, help="only entries from this day on"
    )


async def run(settings: Settings, since: date | None) -> int:
    from storage import audit

    start = None
    if since:
        start = datetime.combine(since, datetime.min.time(), UTC)
    async with database(settings) as session:
        entries = await audit.entries_since(session, since=start)
    sys.stdout.write(audit.as_csv(entries))
    return 0
