from __future__ import annotations

import asyncio
import gc
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.types import BufferedInputFile, CallbackQuery
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

from dialogs.common import actor_of, chat_action, name_of, translator
from dialogs.context import bot_of, clock_of, session_of, settings_of
from rules.clock import Clock
from rules.config import Settings
from rules.i18n import Translator
from rules.programmes import Programme, programmes
from storage import audit, people, report
from storage.report import Cohort, Row

ALL = "all"


async def make_report(manager: DialogManager, cohort: Cohort | None) -> None:
    """Build the report and send it as a file, showing progress in one edited message.

    Storage scopes the rows (a staff member: their own participants) and audits the export;
    the workbook is built in a thread so other people's updates go on meanwhile.
    """
    actor = actor_of(manager)
    clock: Clock = clock_of(manager)
    settings: Settings = settings_of(manager)
    bot: Bot = bot_of(manager)
    i18n = translator(manager)
    progress = await bot.send_message(actor.telegram_id, i18n("report-progress"))
    session = session_of(manager)
    zone = ZoneInfo(settings.timezone)
    found = await report.export(
        session,
        actor=actor,
        now=clock.now(),
        zone=zone,
        key=settings.pseudonym_key,
        cohort=cohort,
        sensitive=settings.report_sensitive,
    )
    if found is None:
        await bot.edit_message_text(
            i18n("core-not-allowed"), chat_id=actor.telegram_id, message_id=progress.message_id
        )
        return
    if not actor.is_admin:
        scope = i18n("report-scope-own")
    elif cohort is None:
        scope = i18n("report-cohort-all")
    else:
        scope = cohort.name
    made_by = name_of(await people.own(session, actor), i18n)
    async with chat_action(bot, actor.telegram_id, ChatAction.UPLOAD_DOCUMENT):
        content = await asyncio.to_thread(
            _build,
            found,
            i18n,
            scope=scope,
            made_at=clock.now().astimezone(zone),
            made_by=made_by,
            municipality=settings.municipality,
            programme=programmes().get(settings.programme),
            sensitive=settings.report_sensitive,
        )
        await bot.edit_message_text(
            i18n("report-done", count=len(found)),
            chat_id=actor.telegram_id,
            message_id=progress.message_id,
        )
        name = f"lotsen-report-{cohort.name if cohort else ALL}.xlsx"
        await bot.send_document(
            actor.telegram_id,
            BufferedInputFile(content, filename=name),
            caption=i18n("report-caption"),
        )
    # The screen again below the file, so its buttons stay at hand.
    manager.show_mode = ShowMode.SEND


def _build(
    rows: list[Row],
    i18n: Translator,
    *,
    scope: str,
    made_at: datetime,
    made_by: str,
    municipality: str,
    programme: Programme | None,
    sensitive: bool,
) -> bytes:
    """The workbook, in a thread. openpyxl is imported here on a worker's first report: it
    takes about 18 MB, and importing it held the event loop for about 100 ms."""
    first = "dialogs.report.workbook" not in sys.modules
    from dialogs.report import workbook

    if first:
        # openpyxl's objects live as long as the process: kept from the garbage collector
        # (as matplotlib's, dialogs/assessment/chart.py), they lengthen no full collection.
        gc.freeze()
    title = workbook.Title(
        scope=scope,
        made_at=made_at,
        made_by=made_by,
        municipality=municipality,
        programme=programme,
    )
    return workbook.build(rows, i18n, title=title, sensitive=sensitive)


async def on_make(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """A staff member's report: their own participants, from the start."""
    await make_report(manager, None)


async def on_cohort(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    """Admins: the participants who started in a year or half-year, or everyone."""
    actor = actor_of(manager)
    if not actor.is_admin:  # the cohorts are not shown to them: forged data
        clock: Clock = clock_of(manager)
        await audit.record_for(
            session_of(manager),
            actor=actor,
            now=clock.now(),
            action="export:report",
            allowed=False,
        )
        await callback.answer(translator(manager)("core-not-allowed"))
        return
    if item_id == ALL:
        await make_report(manager, None)
        return
    try:
        cohort = Cohort.parse(item_id)
    except ValueError:
        await callback.answer(translator(manager)("core-stale-button"))
        return
    await make_report(manager, cohort)
