"""The individual action plan (individuell handlingsplan), mirrored: goal, occupations,
track, practice-ladder step, placement, dated steps, follow-up, programme dates, and the
history of every change (who, when, which field, old and new value)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)
from sqlalchemy import Column, Date, ForeignKey, Integer, String, Text, func, update
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.plan_kinds import KindId, Kinds, ladder, tracks
from storage import audit, outbox
from storage.db import upsert_insert
from storage.people import Actor, Person, Role, get_visible_participant
from storage.types import UTCDateTime

CHANGED_PURPOSE = "action-plan-changed"
STEP_REMINDER_PURPOSE = "action-plan-step-reminder"
STEP_QUESTION_PURPOSE = "action-plan-step-question"
GOAL_MAX = 300
OCCUPATION_MAX = 80
OCCUPATIONS_MAX = 10
WORKPLACE_MAX = 100
SUPERVISOR_MAX = 40
HOURS_MAX = 60
STEP_MAX = 200
HISTORY_PAGE = 8
# A staff member editing a plan changes several things in a row. The first change of a
# burst queues one notice, due NOTICE_DELAY later; changes until then add no message of
# their own, and the notice (rendered when sent) shows the plan as it is by then. So ten
# edits in a sitting send one message; an edit after the notice went starts a new burst.
NOTICE_DELAY = timedelta(minutes=10)
# A step due tomorrow is recalled from this local time on, the day before.
REMIND_FROM = time(9, 0)

# Who is responsible for a step, and the step's status: stored values.
ME = "me"
LOTS = "lots"
AGENCY = "agency"
RESPONSIBLE = (ME, LOTS, AGENCY)


class StepStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


# The history's `actor` column: who changed it, when there is no person row to name.
class By(StrEnum):
    STAFF = "staff"
    PARTICIPANT = "participant"
    IMPORT = "import"


class ActionPlan(SQLModel, table=True):
    """One plan per participant. Kinds (track, ladder) are ids from content/plan/."""

    __tablename__ = "action_plan"

    participant_id: int = SQLField(
        sa_column=Column(Integer, ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    )
    goal: str | None = SQLField(default=None, sa_column=Column(Text))
    # A JSON list of short free texts: occupations aimed for, where they can work.
    occupations: str | None = SQLField(default=None, sa_column=Column(Text))
    track: str | None = SQLField(default=None, sa_column=Column(String(40)))
    ladder: str | None = SQLField(default=None, sa_column=Column(String(40)))
    workplace: str | None = SQLField(default=None, sa_column=Column(String(WORKPLACE_MAX)))
    supervisor: str | None = SQLField(default=None, sa_column=Column(String(SUPERVISOR_MAX)))
    hours_per_week: int | None = SQLField(default=None)
    starts_on: date | None = SQLField(default=None, sa_column=Column(Date))
    ends_on: date | None = SQLField(default=None, sa_column=Column(Date))
    follow_up_on: date | None = SQLField(default=None, sa_column=Column(Date))
    updated_at: datetime = SQLField(sa_column=Column(UTCDateTime, nullable=False))
    # When the participant's pending change notice is due (see NOTICE_DELAY).
    notice_due_at: datetime | None = SQLField(default=None, sa_column=Column(UTCDateTime))

    def occupation_list(self) -> list[str]:
        return list(json.loads(self.occupations)) if self.occupations else []


class PlanStep(SQLModel, table=True):
    __tablename__ = "action_plan_step"

    id: int | None = SQLField(default=None, primary_key=True)
    participant_id: int = SQLField(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    text: str = SQLField(sa_column=Column(String(STEP_MAX), nullable=False))
    due_on: date | None = SQLField(default=None, sa_column=Column(Date, index=True))
    responsible: str = SQLField(sa_column=Column(String(16), nullable=False))
    status: str = SQLField(
        default=StepStatus.PLANNED.value, sa_column=Column(String(16), nullable=False)
    )
    created_at: datetime = SQLField(sa_column=Column(UTCDateTime, nullable=False))
    # The due date a reminder was queued for: the tick looks at each step once per date.
    reminded_for: date | None = SQLField(default=None, sa_column=Column(Date))


class PlanChange(SQLModel, table=True):
    """One changed field (or step) of a plan: who, when, old and new value as text."""

    __tablename__ = "action_plan_change"

    id: int | None = SQLField(default=None, primary_key=True)
    participant_id: int = SQLField(
        sa_column=Column(
            Integer, ForeignKey("person.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    at: datetime = SQLField(sa_column=Column(UTCDateTime, nullable=False))
    actor_id: int | None = SQLField(
        default=None, sa_column=Column(Integer, ForeignKey("person.id", ondelete="SET NULL"))
    )
    actor: str = SQLField(sa_column=Column(String(16), nullable=False))
    field: str = SQLField(sa_column=Column(String(32), nullable=False))
    step_id: int | None = SQLField(default=None)
    old: str | None = SQLField(default=None, sa_column=Column(Text))
    new: str | None = SQLField(default=None, sa_column=Column(Text))


# -- what may change -------------------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value is not None else None
    return value or None


Occupation = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=OCCUPATION_MAX)
]


class PlanFields(BaseModel):
    """Fields of a plan to set. Only the fields given are changed (None clears one)."""

    model_config = ConfigDict(extra="forbid")

    goal: str | None = Field(default=None, max_length=GOAL_MAX)
    occupations: list[Occupation] | None = Field(default=None, max_length=OCCUPATIONS_MAX)
    track: KindId | None = None
    ladder: KindId | None = None
    workplace: str | None = Field(default=None, max_length=WORKPLACE_MAX)
    supervisor: str | None = Field(default=None, max_length=SUPERVISOR_MAX)
    hours_per_week: int | None = Field(default=None, ge=1, le=HOURS_MAX)
    starts_on: date | None = None
    ends_on: date | None = None
    follow_up_on: date | None = None

    @field_validator("goal", "workplace", "supervisor")
    @classmethod
    def _one_line(cls, value: str | None) -> str | None:
        return _clean(value)


FIELDS = tuple(PlanFields.model_fields)


def as_text(field: str, value: Any) -> str | None:
    """How a value is kept in the history."""
    if value is None or value == []:
        return None
    if field == "occupations":
        return "\n".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _stored(field: str, value: Any) -> Any:
    if field == "occupations":
        return json.dumps(value, ensure_ascii=False) if value else None
    return value


def current_value(plan: ActionPlan, field: str) -> Any:
    return plan.occupation_list() if field == "occupations" else getattr(plan, field)


def _offered(kinds: Kinds, kind_id: str | None) -> bool:
    return kind_id is None or any(kind.id == kind_id for kind in kinds.offered())


async def ensure_plan(session: AsyncSession, *, participant_id: int, now: datetime) -> ActionPlan:
    """The participant's plan, created empty if they have none (no commit)."""
    plan = await session.get(ActionPlan, participant_id)
    if plan is None:
        # Two first changes at once (two workers) make one plan, not a conflict.
        insert = upsert_insert(session)
        await session.exec(
            insert(ActionPlan)
            .values(participant_id=participant_id, updated_at=now)
            .on_conflict_do_nothing(index_elements=["participant_id"])
        )
        plan = await session.get(ActionPlan, participant_id)
        assert plan is not None
    return plan


def record_change(
    participant_id: int,
    *,
    now: datetime,
    actor: Actor | None,
    field: str,
    old: str | None,
    new: str | None,
    step_id: int | None = None,
) -> PlanChange:
    if actor is None:
        by = By.IMPORT
    else:
        by = By.PARTICIPANT if actor.role is Role.PARTICIPANT else By.STAFF
    return PlanChange(
        participant_id=participant_id,
        at=now,
        actor_id=actor.person_id if actor else None,
        actor=by.value,
        field=field,
        step_id=step_id,
        old=old,
        new=new,
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


async def _notify(session: AsyncSession, plan: ActionPlan, now: datetime) -> None:
    """Tell the participant their plan changed: one notice per burst (see NOTICE_DELAY)."""
    if plan.notice_due_at is not None and plan.notice_due_at > now:
        return  # a notice is waiting; it will show this change too
    plan.notice_due_at = now + NOTICE_DELAY
    await outbox.enqueue(
        session,
        recipient_id=plan.participant_id,
        purpose=CHANGED_PURPOSE,
        occurrence=f"changed-{plan.notice_due_at.isoformat()}",
        subject_id=plan.participant_id,
        due_at=plan.notice_due_at,
        now=now,
    )


async def apply_changes(
    session: AsyncSession,
    *,
    plan: ActionPlan,
    changes: PlanFields,
    now: datetime,
    actor: Actor | None,
) -> list[PlanChange]:
    """Set the given fields; one history row per field whose value really changed."""
    rows = []
    for field in FIELDS:
        if field not in changes.model_fields_set:
            continue
        new = getattr(changes, field)
        old = current_value(plan, field)
        if as_text(field, old) == as_text(field, new):
            continue
        setattr(plan, field, _stored(field, new))
        rows.append(
            record_change(
                plan.participant_id,
                now=now,
                actor=actor,
                field=field,
                old=as_text(field, old),
                new=as_text(field, new),
            )
        )
    if rows:
        plan.updated_at = now
        session.add_all(rows)
    return rows


# -- staff -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlanView:
    participant: Person
    plan: ActionPlan | None
    steps: list[PlanStep]


async def steps_of(session: AsyncSession, participant_id: int) -> list[PlanStep]:
    rows = await session.exec(
        select(PlanStep)
        .where(PlanStep.participant_id == participant_id)
        .order_by(col(PlanStep.due_on).is_(None), col(PlanStep.due_on), col(PlanStep.id))
    )
    return list(rows.all())


async def staff_view(
    session: AsyncSession, *, actor: Actor, participant_id: int, now: datetime
) -> PlanView | None:
    """A participant's plan for their lots (admins: anyone's). The read is audited."""
    person = await audit.read_participant(
        session, actor=actor, participant_id=participant_id, now=now, action="read:plan"
    )
    if person is None:
        return None
    return PlanView(
        person,
        await session.get(ActionPlan, participant_id),
        await steps_of(session, participant_id),
    )


async def edit(
    session: AsyncSession,
    *,
    actor: Actor,
    participant_id: int,
    changes: PlanFields,
    now: datetime,
) -> ActionPlan | None:
    """Staff change fields of a participant's plan. None when they may not (audited).

    A track or ladder step must be one offered now; the participant is told of the change.
    """
    person = await audit.participant_for_staff(
        session, actor=actor, participant_id=participant_id, now=now, action="edit:plan"
    )
    if person is None:
        return None
    plan = await ensure_plan(session, participant_id=participant_id, now=now)
    given = changes.model_fields_set
    if (
        "track" in given and changes.track != plan.track and not _offered(tracks(), changes.track)
    ) or (
        "ladder" in given
        and changes.ladder != plan.ladder
        and not _offered(ladder(), changes.ladder)
    ):
        await session.rollback()
        return None
    if await apply_changes(session, plan=plan, changes=changes, now=now, actor=actor):
        await _notify(session, plan, now)
    await session.commit()
    return plan


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
    text = _clean(text) or ""
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
    await _notify(session, plan, now)
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
        await _notify(session, plan, now)
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


# -- the participant ---------------------------------------------------------------------------


async def own_view(session: AsyncSession, *, actor: Actor) -> PlanView | None:
    """The acting participant's own plan (None for anyone else)."""
    if actor.role is not Role.PARTICIPANT:
        return None
    person = await session.get(Person, actor.person_id)
    if person is None:
        return None
    return PlanView(
        person,
        await session.get(ActionPlan, actor.person_id),
        await steps_of(session, actor.person_id),
    )


async def set_own_goal(
    session: AsyncSession, *, actor: Actor, goal: str, now: datetime
) -> ActionPlan | None:
    """The participant writes their goal in their own words."""
    if actor.role is not Role.PARTICIPANT:
        return None
    changes = PlanFields(goal=goal)
    plan = await ensure_plan(session, participant_id=actor.person_id, now=now)
    await apply_changes(session, plan=plan, changes=changes, now=now, actor=actor)
    await session.commit()
    return plan


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


# -- the scheduler -----------------------------------------------------------------------------


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
