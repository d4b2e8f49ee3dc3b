"""Data rights: the lots hears when a participant stops messages, is deleted or archived; and
every night, everyone past the retention period is erased."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.common import name_or_skip
from rules.i18n import Translator
from scheduler.outgoing import Due, Outgoing, Rendered, Skip, When
from storage import fsm_storage, rights
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person

logger = logging.getLogger(__name__)


async def _stopped(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    if participant is None or participant.stopped_at is None:
        raise Skip("started again, or gone")
    return Rendered(i18n("rights-notice-stopped", name=name_or_skip(participant, i18n)))


async def _deleted(
    _session: AsyncSession, _row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    """Nothing left to name: the notice carries no id of the person who is gone."""
    return Rendered(i18n("rights-notice-deleted"))


async def _archived(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    if participant is None:
        raise Skip("erased since")
    return Rendered(i18n("rights-notice-archived", name=name_or_skip(participant, i18n)))


async def _retention(session: AsyncSession, due: Due) -> int:
    """Erase everyone whose retention period has run out, and their dialog state in Redis."""
    erased = await rights.apply_retention(
        session, now=due.now, retention_days=due.settings.retention_days
    )
    if erased and due.settings.redis_url:
        await fsm_storage.erase_redis_users(due.settings.redis_url, erased)
    if erased:
        logger.info("erased %s people past their retention period", len(erased))
    return len(erased)


def register(outgoing: Outgoing) -> None:
    for purpose, render in (
        (rights.STOPPED_PURPOSE, _stopped),
        (rights.DELETED_PURPOSE, _deleted),
        (rights.ARCHIVED_PURPOSE, _archived),
    ):
        outgoing.message(purpose, render, max_age=timedelta(days=7), prompt=False)
    outgoing.due(When.DAILY, _retention)
