"""Alerts reach the lots as a notice naming the kind of concern, never the answers."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.common import alert_kind, name_or_skip
from rules.i18n import Translator
from scheduler.outgoing import Outgoing, Rendered, Skip
from storage.alerts import ALERT_PURPOSE, Alert
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person


async def _alert(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    alert = await load_subject(session, Alert, row.subject_id)
    if alert is None:
        raise Skip("alert gone")
    if alert.handled_at is not None:
        raise Skip("already handled")
    name = name_or_skip(await load_subject(session, Person, alert.participant_id), i18n)
    return Rendered(i18n("alert-notice", name=name, **alert_kind(alert, i18n)))


def register(outgoing: Outgoing) -> None:
    outgoing.message(ALERT_PURPOSE, _alert, max_age=timedelta(days=7), prompt=False)
