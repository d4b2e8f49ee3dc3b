"""The programme's targets, counted live from the record: the standing of each for the whole
programme, and, for one target, who counts and who could still count among those the
acting staff member may see (an audited read of participant data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlmodel.ext.asyncio.session import AsyncSession

from rules.programmes import Programme, Standing, Target, judge, standing
from storage import audit, report
from storage.people import Actor, Person


async def programme_standing(
    session: AsyncSession, *, actor: Actor, programme: Programme, zone: ZoneInfo, now: datetime
) -> Standing | None:
    """Every target over everyone in the programme (counts only, no person): for staff."""
    if not actor.is_staff:
        return None
    found = await report.rows(session, actor=None, zone=zone)
    return standing(programme, list(found), now.astimezone(zone).date())


@dataclass(frozen=True, slots=True)
class Members:
    """One target's people within what the actor may see: those who count, and those who
    could still count with the day they will (oldest first)."""

    target: Target
    counted: list[Person]
    pending: list[tuple[Person, date]]


async def members(
    session: AsyncSession,
    *,
    actor: Actor,
    programme: Programme,
    target_id: str,
    zone: ZoneInfo,
    now: datetime,
) -> Members | None:
    """Who counts towards `target_id`, and who could still count: staff see their own
    participants, admins everyone. Noted for the audit log as "read:target" (the target and
    how many were shown); an unknown target, or anyone but staff, is refused and noted too."""
    target = programme.target(target_id)
    if target is None or not actor.is_staff:
        audit.note_for(
            session,
            actor=actor,
            now=now,
            action="read:target",
            allowed=False,
            detail=target_id[: audit.DETAIL_MAX],
        )
        return None
    today = now.astimezone(zone).date()
    counted: list[Person] = []
    pending: list[tuple[Person, date]] = []
    for person, row in await report.participants(session, actor=actor, zone=zone):
        verdict = judge(target, row, today)
        if verdict.counts:
            counted.append(person)
        elif verdict.until is not None:
            pending.append((person, verdict.until))
    pending.sort(key=lambda found: found[1])
    audit.note_for(
        session,
        actor=actor,
        now=now,
        action="read:target",
        allowed=True,
        detail=f"{target.id} counted={len(counted)} pending={len(pending)}"[: audit.DETAIL_MAX],
    )
    return Members(target, counted, pending)
