"""The individual action plan (individuell handlingsplan), mirrored: goal, occupations,
track, practice-ladder step, placement, dated steps, follow-up, programme dates, and the
history of every change (who, when, which field, old and new value)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)
from sqlalchemy import Column, Date, ForeignKey, Integer, String, Text
from sqlmodel import Field as SQLField
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.plan_kinds import KindId, Kinds, ladder, tracks
from storage import audit, outbox
from storage.db import upsert_insert
from storage.people import Actor, Person, Role
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


def clean_text(value: str | None) -> str | None:
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
        return clean_text(value)


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


async def notify_change(session: AsyncSession, plan: ActionPlan, now: datetime) -> None:
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
        await notify_change(session, plan, now)
    await session.commit()
    return plan


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
