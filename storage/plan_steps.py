"""The steps of an action plan and the history of every change: staff add steps and set
their status, the participant ticks a step or asks about it, and the scheduler recalls
steps that fall due."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import audit, outbox
from storage.people import Actor, Person, Role, get_visible_participant
from storage.plan import (
    HISTORY_PAGE,
    ME,
    REMIND_FROM,
    RESPONSIBLE,
    STEP_MAX,
    STEP_QUESTION_PURPOSE,
    STEP_REMINDER_PURPOSE,
    PlanChange,
    PlanStep,
    StepStatus,
    clean_text,
    ensure_plan,
    notify_change,
    record_change,
)


async def new_step(
    session: AsyncSession, step: PlanStep, *, actor: Actor | None, now: datetime
) -> PlanStep:
    """Add a step, and its line in the plan's history (no commit)."""
    session.add(step)
    await session.flush()
    session.add(
        record_change(
            step.participant_id,
            now=now,
            actor=actor,
            field="step",
            step_id=step.id,
            old=None,
            new=step_text(step),
        )
    )
    return step


async def add_step(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    text: str,
    due_on: date | None,
    responsible: str,
    now: datetime,
) -> PlanStep | None:
    """Staff add a dated step. None when they may not (audited) or the values are wrong."""
    text = clean_text(text) or ""
    if not text or len(text) > STEP_MAX or responsible not in RESPONSIBLE:
        return None
    person = await audit.participant_for_staff(
        session, actor=actor, participant_id=participant_id, now=now, action="edit:plan"
    )
    if person is None:
        return None
    plan = await ensure_plan(session, participant_id=participant_id, now=now)
    step = await new_step(
        session,
        PlanStep(
            participant_id=participant_id,
            text=text,
            due_on=due_on,
            responsible=responsible,
            created_at=now,
        ),
        actor=actor,
        now=now,
    )
    plan.updated_at = now
    await notify_change(session, plan, now)
    await session.commit()
    return step


def step_text(step: PlanStep) -> str:
    """A step as its history keeps it: JSON, so each reader sees it in their own language."""
    return json.dumps(
        {
            "text": step.text,
            "due_on": step.due_on.isoformat() if step.due_on else None,
            "responsible": step.responsible,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


@dataclass(frozen=True, slots=True)
class StepRecord:
    """A step as a history row remembers it."""

    text: str
    due_on: date | None
    responsible: str


def read_step(value: str) -> StepRecord | None:
    """A history row's step; None for a value not written by `step_text`."""
    try:
        found = json.loads(value)
        return StepRecord(
            text=str(found["text"]),
            due_on=date.fromisoformat(found["due_on"]) if found["due_on"] else None,
            responsible=str(found["responsible"]),
        )
    except (ValueError, TypeError, KeyError):
        return None


async def get_step(
    session: AsyncSession, *, actor: Actor, participant_id: int, step_id: int
) -> PlanStep | None:
    """One step of a plan `actor` may see (their own, or a participant of theirs)."""
    if actor.role is Role.PARTICIPANT and participant_id != actor.person_id:
        return None
    if actor.is_staff and (
        await get_visible_participant(session, actor=actor, participant_id=participant_id) is None
    ):
        return None
    step = await session.get(PlanStep, step_id)
    if step is None or step.participant_id != participant_id:
        return None
    return step


async def set_step_status(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    step_id: int,
    status: str,
    now: datetime,
) -> bool:
    """Staff mark a step planned, done or cancelled. False when nothing changed or not allowed."""
    if status not in {s.value for s in StepStatus}:
        return False
    person = await audit.participant_for_staff(
        session, actor=actor, participant_id=participant_id, now=now, action="edit:plan"
    )
    if person is None:
        return False
    return await _swap_status(
        session, actor=actor, participant_id=participant_id, step_id=step_id, new=status, now=now
    )


async def _swap_status(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    step_id: int,
    new: str,
    now: datetime,
    only_from: str | None = None,
    only_responsible: str | None = None,
) -> bool:
    """Compare and set: the status changes only from what the caller saw, and once."""
    step = await session.get(PlanStep, step_id)
    if step is None or step.participant_id != participant_id:
        return False
    old = only_from or step.status
    if old == new:
        return False
    statement = update(PlanStep).where(
        col(PlanStep.id) == step_id,
        col(PlanStep.participant_id) == participant_id,
        col(PlanStep.status) == old,
    )
    if only_responsible is not None:
        statement = statement.where(col(PlanStep.responsible) == only_responsible)
    result = await session.exec(statement.values(status=new))
    if not result.rowcount:
        await session.rollback()
        return False
    session.add(
        record_change(
            participant_id,
            now=now,
            actor=actor,
            field="step-status",
            step_id=step_id,
            old=old,
            new=new,
        )
    )
    plan = await ensure_plan(session, participant_id=participant_id, now=now)
    plan.updated_at = now
    if actor.is_staff:
        await notify_change(session, plan, now)
    await session.commit()
    return True


async def history(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    now: datetime,
    page: int = 0,
    size: int = HISTORY_PAGE,
) -> tuple[list[tuple[PlanChange, Person | None]], int] | None:
    """A page of a plan's changes, newest first, with who made them, and the count of all.

    None when `actor` may not see the participant; every read (and refusal) is audited.
    """
    person = await audit.read_participant(
        session, actor=actor, participant_id=participant_id, now=now, action="read:plan-history"
    )
    if person is None:
        return None
    total = (
        await session.exec(
            select(func.count())
            .select_from(PlanChange)
            .where(PlanChange.participant_id == participant_id)
        )
    ).one()
    rows = await session.exec(
        select(PlanChange, Person)
        .join(Person, col(Person.id) == PlanChange.actor_id, isouter=True)
        .where(PlanChange.participant_id == participant_id)
        .order_by(col(PlanChange.at).desc(), col(PlanChange.id).desc())
        .offset(max(page, 0) * size)
        .limit(size)
    )
    return list(rows.all()), int(total)


async def tick_step(session: AsyncSession, *, actor: Actor, step_id: int, now: datetime) -> bool:
    """The participant marks one of their own steps done. True only for the tap that did it:
    a double tap, an old button or someone else's step changes nothing."""
    if actor.role is not Role.PARTICIPANT:
        return False
    return await _swap_status(
        session,
        actor=actor,
        participant_id=actor.person_id,
        step_id=step_id,
        new=StepStatus.DONE.value,
        now=now,
        only_from=StepStatus.PLANNED.value,
        only_responsible=ME,
    )


async def ask_about_step(
    session: AsyncSession, *, actor: Actor, step_id: int, now: datetime
) -> bool:
    """ "Ask my lots about this step": one message to their lots (once a step a day)."""
    if actor.role is not Role.PARTICIPANT:
        return False
    person = await session.get(Person, actor.person_id)
    step = await session.get(PlanStep, step_id)
    if person is None or person.staff_id is None or step is None:
        return False
    if step.participant_id != actor.person_id:
        return False
    zone = ZoneInfo(person.timezone)
    await outbox.enqueue(
        session,
        recipient_id=person.staff_id,
        purpose=STEP_QUESTION_PURPOSE,
        occurrence=f"step-{step_id}-{now.astimezone(zone).date().isoformat()}",
        subject_id=step_id,
        about_id=person.id,
        due_at=now,
        now=now,
    )
    await session.commit()
    return True


async def queue_step_reminders(session: AsyncSession, *, now: datetime, limit: int = 500) -> int:
    """A reminder for each planned step due tomorrow (the participant's tomorrow), from
    REMIND_FROM local time. Each step and due date once: `reminded_for` keeps the tick from
    looking again, the outbox occurrence keeps two workers from sending twice."""
    today = now.date()
    rows = (
        await session.exec(
            select(PlanStep, Person)
            .join(Person, col(Person.id) == PlanStep.participant_id)
            .where(
                PlanStep.status == StepStatus.PLANNED.value,
                col(PlanStep.due_on).is_not(None),
                col(PlanStep.due_on) >= today,
                col(PlanStep.due_on) <= today + timedelta(days=2),
                col(PlanStep.reminded_for).is_(None) | (PlanStep.reminded_for != PlanStep.due_on),
                col(Person.active).is_(True),
                col(Person.onboarded_at).is_not(None),
                # Stopped ("no messages at all"): nothing is queued for them.
                col(Person.stopped_at).is_(None),
            )
            .order_by(col(PlanStep.id))
            .limit(limit)
        )
    ).all()
    queued = []
    for step, person in rows:
        local = now.astimezone(ZoneInfo(person.timezone))
        if step.due_on != local.date() + timedelta(days=1) or local.time() < REMIND_FROM:
            continue
        assert step.due_on is not None and person.id is not None
        step.reminded_for = step.due_on
        queued.append(
            outbox.Queued(
                recipient_id=person.id,
                purpose=STEP_REMINDER_PURPOSE,
                occurrence=f"step-{step.id}-{step.due_on.isoformat()}",
                subject_id=step.id,
                due_at=now,
            )
        )
    await outbox.enqueue_many(session, queued, now=now)
    await session.commit()
    return len(queued)
