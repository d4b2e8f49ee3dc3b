"""`python -m bot report`: the programme report as an Excel file."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.cli.common import Commands, database
from rules.clock import SystemClock
from rules.config import Settings


def add(commands: Commands) -> None:
    """The `report` command and its options."""
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


async def run(settings: Settings, out: str, staff: int | None, cohort_text: str | None) -> int:
    from dialogs.report import workbook
    from rules.i18n import Localization
    from rules.programmes import programmes
    from storage import people, report

    try:
        cohort = report.Cohort.parse(cohort_text) if cohort_text else None
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    async with database(settings) as session:
        staff_id = None
        if staff is not None:
            member = await people.get_by_telegram_id(session, telegram_id=staff)
            if member is None or member.role == people.Role.PARTICIPANT.value:
                print(f"No staff member has Telegram id {staff}.", file=sys.stderr)
                return 1
            staff_id = member.id
        now = SystemClock().now()
        rows = await report.export(
            session,
            actor=None,
            now=now,
            zone=ZoneInfo(settings.timezone),
            key=settings.pseudonym_key,
            cohort=cohort,
            staff_id=staff_id,
            sensitive=settings.report_sensitive,
        )
    assert rows is not None  # the operator may export everything
    i18n = Localization()(settings.default_locale)
    scope = cohort.name if cohort else i18n("report-cohort-all")
    title = workbook.Title(
        scope=scope,
        made_at=now.astimezone(ZoneInfo(settings.timezone)),
        made_by=i18n("report-made-by-operator"),
        municipality=settings.municipality,
        programme=programmes().get(settings.programme),
    )
    content = await asyncio.to_thread(
        workbook.build, rows, i18n, title=title, sensitive=settings.report_sensitive
    )
    await asyncio.to_thread(Path(out).write_bytes, content)
    print(f"Wrote {len(rows)} participants to {out}.")
    return 0
