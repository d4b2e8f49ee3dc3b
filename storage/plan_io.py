"""Action plans out and in as JSON (`python -m bot plan`, docs/plan.md): the file's format,
its checks, and an import that changes only what differs and keeps every change in the
plan's history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.people import Person, Role
from storage.plan import (
    FIELDS,
    STEP_MAX,
    ActionPlan,
    PlanFields,
    PlanStep,
    apply_changes,
    current_value,
    ensure_plan,
    record_change,
    steps_of,
)
from storage.plan_steps import new_step, step_text

FORMAT = "lotsen-plans-1"


class StepDoc(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: int | None = Field(default=None, ge=1)
    text: str = Field(min_length=1, max_length=STEP_MAX)
    due_on: date | None = None
    responsible: Literal["me", "lots", "agency"]
    status: Literal["planned", "done", "cancelled"] = "planned"


class PlanDoc(PlanFields):
    """One participant's plan in a file: who (participant id or Telegram id) and the fields."""

    participant_id: int | None = Field(default=None, ge=1)
    telegram_id: int | None = Field(default=None, ge=1)
    steps: list[StepDoc] = Field(default_factory=list)

    @model_validator(mode="after")
    def _names_someone(self) -> PlanDoc:
        if self.participant_id is None and self.telegram_id is None:
            raise ValueError("a plan needs participant_id or telegram_id")
        return self


class PlansDoc(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["lotsen-plans-1"]
    plans: list[PlanDoc]


class PlanImportError(ValueError):
    """A plans file that cannot be imported; the message says why. Nothing was written."""


def _step_doc(step: PlanStep) -> dict[str, Any]:
    return {
        "id": step.id,
        "text": step.text,
        "due_on": step.due_on.isoformat() if step.due_on else None,
        "responsible": step.responsible,
        "status": step.status,
    }


async def export_plans(
    session: AsyncSession, *, participant_id: int | None = None
) -> dict[str, Any]:
    """Every plan (or one participant's) as a JSON-ready document (docs/plan.md). For the
    operator's command line: no actor, so no scoping."""
    statement = select(ActionPlan, Person).join(Person, col(Person.id) == ActionPlan.participant_id)
    if participant_id is not None:
        statement = statement.where(ActionPlan.participant_id == participant_id)
    rows = (await session.exec(statement.order_by(col(ActionPlan.participant_id)))).all()
    plans = []
    for plan, person in rows:
        document: dict[str, Any] = {
            "participant_id": plan.participant_id,
            "telegram_id": person.telegram_id,
        }
        for field in FIELDS:
            value = current_value(plan, field)
            document[field] = value.isoformat() if isinstance(value, date) else value
        document["steps"] = [_step_doc(s) for s in await steps_of(session, plan.participant_id)]
        plans.append(document)
    return {"format": FORMAT, "plans": plans}


def parse_plans(raw: str | bytes) -> PlansDoc:
    """A plans file, validated; PlanImportError with the reason otherwise."""
    try:
        return PlansDoc.model_validate_json(raw)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        raise PlanImportError(f"{where}: {first['msg']}") from None


async def _participant_of(session: AsyncSession, doc: PlanDoc, number: int) -> int:
    found = None
    if doc.participant_id is not None:
        found = await session.get(Person, doc.participant_id)
    elif doc.telegram_id is not None:
        found = (
            await session.exec(select(Person).where(Person.telegram_id == doc.telegram_id))
        ).first()
    who = f"plans.{number}"
    if found is None or found.role != Role.PARTICIPANT.value or found.id is None:
        raise PlanImportError(f"{who}: no participant has that id")
    if doc.telegram_id is not None and found.telegram_id != doc.telegram_id:
        raise PlanImportError(f"{who}: participant_id and telegram_id name different people")
    return found.id


async def import_plans(session: AsyncSession, *, raw: str | bytes, now: datetime) -> int:
    """Upsert the plans of a file by participant; each change is kept in the history with the
    actor "import". All or nothing: a bad file raises PlanImportError and writes nothing.

    Participants get no change notice: an import is an operator moving records in, often
    many at once, not their lots changing their plan. Returns the number of history rows.
    """
    document = parse_plans(raw)
    written = 0
    seen: set[int] = set()
    try:
        for number, doc in enumerate(document.plans):
            participant_id = await _participant_of(session, doc, number)
            if participant_id in seen:
                raise PlanImportError(f"plans.{number}: that participant is in the file twice")
            seen.add(participant_id)
            plan = await ensure_plan(session, participant_id=participant_id, now=now)
            fields = PlanFields.model_validate(
                {f: getattr(doc, f) for f in FIELDS if f in doc.model_fields_set}
            )
            written += len(
                await apply_changes(session, plan=plan, changes=fields, now=now, actor=None)
            )
            for index, step_doc in enumerate(doc.steps):
                written += await _import_step(
                    session, participant_id, step_doc, now, f"plans.{number}.steps.{index}"
                )
    except PlanImportError:
        await session.rollback()
        raise
    await session.commit()
    return written


async def _import_step(
    session: AsyncSession, participant_id: int, doc: StepDoc, now: datetime, where: str
) -> int:
    if doc.id is None:
        step = PlanStep(
            participant_id=participant_id,
            text=doc.text,
            due_on=doc.due_on,
            responsible=doc.responsible,
            status=doc.status,
            created_at=now,
        )
        await new_step(session, step, actor=None, now=now)
        return 1
    found = await session.get(PlanStep, doc.id)
    if found is None or found.participant_id != participant_id:
        raise PlanImportError(f"{where}.id: no step {doc.id} in this participant's plan")
    step = found
    written = 0
    before = step_text(step)
    step.text, step.due_on, step.responsible = doc.text, doc.due_on, doc.responsible
    if step_text(step) != before:
        session.add(
            record_change(
                participant_id,
                now=now,
                actor=None,
                field="step",
                step_id=step.id,
                old=before,
                new=step_text(step),
            )
        )
        written += 1
    if step.status != doc.status:
        session.add(
            record_change(
                participant_id,
                now=now,
                actor=None,
                field="step-status",
                step_id=step.id,
                old=step.status,
                new=doc.status,
            )
        )
        step.status = doc.status
        written += 1
    return written
