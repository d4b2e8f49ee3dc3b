"""The lots hears when one of their participants has joined."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from rules.i18n import Translator
from scheduler.outgoing import Outgoing, Rendered, Skip
from storage.outbox import OutboxMessage, load_subject
from storage.people import JOINED_PURPOSE, Person


async def _joined(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    if participant is None:
        raise Skip("participant gone")
    if participant.display_name:
        return Rendered(i18n("staff-participant-joined", name=participant.display_name))
    return Rendered(i18n("staff-participant-joined-noname"))


def register(outgoing: Outgoing) -> None:
    outgoing.message(JOINED_PURPOSE, _joined, max_age=timedelta(days=3), prompt=False)
