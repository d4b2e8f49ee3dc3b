"""A lots hears when a participant has been moved to them."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.common import name_or_skip
from rules.i18n import Translator
from scheduler.outgoing import Outgoing, Rendered
from storage import staffing
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person


async def _moved(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    return Rendered(i18n("team-participant-moved", name=name_or_skip(participant, i18n)))


def register(outgoing: Outgoing) -> None:
    outgoing.message(staffing.MOVED_PURPOSE, _moved, max_age=timedelta(days=7), prompt=False)
