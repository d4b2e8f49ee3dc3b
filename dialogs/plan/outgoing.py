"""The plan's notices: a change, a step due tomorrow, a participant's question about a step."""

from __future__ import annotations

from datetime import timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.common import name_or_skip
from dialogs.plan.callbacks import PlanOpen
from rules.i18n import Translator
from scheduler.outgoing import Due, Outgoing, Rendered, Skip, When
from storage import plan, plan_steps
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person
from storage.plan import ActionPlan, PlanStep, StepStatus


def _plan_keyboard(i18n: Translator) -> InlineKeyboardMarkup:
    button = InlineKeyboardButton(text=i18n("plan-menu-button"), callback_data=PlanOpen().pack())
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


async def _changed(
    session: AsyncSession, row: OutboxMessage, _reader: Person, i18n: Translator
) -> Rendered:
    """One notice for a burst of changes; the plan itself is shown when they open it."""
    if await load_subject(session, ActionPlan, row.subject_id) is None:
        raise Skip("plan gone")
    return Rendered(i18n("plan-notice-changed"), _plan_keyboard(i18n))


async def _step_reminder(
    session: AsyncSession, row: OutboxMessage, _reader: Person, i18n: Translator
) -> Rendered:
    step = await load_subject(session, PlanStep, row.subject_id)
    if step is None or step.status != StepStatus.PLANNED.value or step.due_on is None:
        raise Skip("step done, cancelled or gone")
    if not row.occurrence.endswith(step.due_on.isoformat()):
        raise Skip("moved since")
    return Rendered(
        i18n("plan-step-reminder", text=step.text, due=step.due_on), _plan_keyboard(i18n)
    )


async def _step_question(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    step = await load_subject(session, PlanStep, row.subject_id)
    if step is None:
        raise Skip("step gone")
    name = name_or_skip(await load_subject(session, Person, step.participant_id), i18n)
    return Rendered(i18n("plan-step-question-notice", name=name, text=step.text))


async def _queue_step_reminders(session: AsyncSession, due: Due) -> int:
    return await plan_steps.queue_step_reminders(session, now=due.now)


def register(outgoing: Outgoing) -> None:
    outgoing.message(plan.CHANGED_PURPOSE, _changed, max_age=timedelta(days=3), prompt=False)
    # Sent from 09:00 the day before; past the day itself it is pointless.
    outgoing.message(
        plan.STEP_REMINDER_PURPOSE, _step_reminder, max_age=timedelta(hours=20), prompt=True
    )
    outgoing.message(
        plan.STEP_QUESTION_PURPOSE, _step_question, max_age=timedelta(days=7), prompt=False
    )
    outgoing.due(When.ONCE, _queue_step_reminders)
