from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, name_of, now_of, pop_notice, translator
from dialogs.context import session_of, settings_of
from rules.i18n import Translator
from rules.plan_kinds import Kinds, ladder, tracks
from storage import plan, plan_steps
from storage.people import Person
from storage.plan import ActionPlan, PlanStep, PlanView, StepStatus

PARTICIPANT_ID = "participant_id"
STEP_ID = "step_id"
PAGE = "page"
# Which date the date screen sets: a plan field, or the new step's due date.
DATE_FOR = "date_for"
STEP_DATE = "step"
STEP_TEXT = "step_text"
STEP_DUE = "step_due"
WORKPLACE = "workplace"
SUPERVISOR = "supervisor"
HOURS_CHOICES = (8, 10, 15, 20, 25, 30, 35, 40)
MARKS = {
    StepStatus.PLANNED.value: "⬜",
    StepStatus.DONE.value: "✅",
    StepStatus.CANCELLED.value: "✖️",
}


def today_of(manager: DialogManager) -> date:
    zone = ZoneInfo(settings_of(manager).timezone)
    return now_of(manager).astimezone(zone).date()


def participant_id_of(manager: DialogManager) -> int:
    return int(manager.dialog_data.get(PARTICIPANT_ID, 0))


def kind_title(kinds: Kinds, kind_id: str, i18n: Translator) -> str:
    """A kind's name in the reader's language; a retired kind too; an unknown id as itself."""
    return kinds.title(kind_id, i18n.locale) or i18n("plan-kind-unknown", id=kind_id)


def step_line(step: PlanStep, i18n: Translator, *, staff: bool) -> str:
    who = i18n(
        "plan-staff-responsible" if staff else "plan-responsible", responsible=step.responsible
    )
    mark = MARKS.get(step.status, "⬜")
    if step.due_on is None:
        return i18n("plan-step-line-undated", mark=mark, text=step.text, who=who)
    return i18n("plan-step-line", mark=mark, text=step.text, due=step.due_on, who=who)


def plan_lines(view: PlanView, i18n: Translator, *, staff: bool) -> str:
    """The plan in plain words, one fact a line, in the reader's language."""
    found: ActionPlan | None = view.plan
    lines = []
    if found is not None and found.goal:
        lines.append(i18n("plan-goal", goal=found.goal))
    else:
        lines.append(i18n("plan-goal-empty"))
    if found is not None:
        if occupations := found.occupation_list():
            lines.append(i18n("plan-occupations", occupations=", ".join(occupations)))
        if found.track:
            lines.append(i18n("plan-track", track=kind_title(tracks(), found.track, i18n)))
        if found.ladder:
            lines.append(i18n("plan-ladder", ladder=kind_title(ladder(), found.ladder, i18n)))
        if found.workplace:
            lines.append(i18n("plan-placement", workplace=found.workplace))
        if found.supervisor:
            lines.append(i18n("plan-supervisor", supervisor=found.supervisor))
        if found.hours_per_week:
            lines.append(i18n("plan-hours", hours=found.hours_per_week))
        if found.starts_on:
            lines.append(i18n("plan-starts", date=found.starts_on))
        if found.ends_on:
            lines.append(i18n("plan-ends", date=found.ends_on))
        if found.follow_up_on:
            lines.append(i18n("plan-follow-up", date=found.follow_up_on))
    lines.append("")
    if view.steps:
        lines.append(i18n("plan-steps-title"))
        lines.extend(step_line(step, i18n, staff=staff) for step in view.steps)
    else:
        lines.append(i18n("plan-steps-none"))
    return "\n".join(lines)


# -- the participant ---------------------------------------------------------------------------


async def own(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    view = await plan.own_view(session_of(dialog_manager), actor=actor_of(dialog_manager))
    i18n = translator(dialog_manager)
    has_plan = view is not None and (view.plan is not None or bool(view.steps))
    steps = [
        (str(step.id), f"{MARKS[step.status]} {step.text}")
        for step in (view.steps if view else [])
        if step.status == StepStatus.PLANNED.value
    ]
    return {
        "notice": pop_notice(dialog_manager),
        "has_plan": has_plan,
        "no_plan": not has_plan,
        "summary": plan_lines(view, i18n, staff=False) if view and has_plan else "",
        "steps": steps,
        "max": plan.GOAL_MAX,
    }


async def own_step(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    session = session_of(dialog_manager)
    step = await plan_steps.get_step(
        session,
        actor=actor,
        participant_id=actor.person_id,
        step_id=int(dialog_manager.dialog_data.get(STEP_ID, 0)),
    )
    if step is None:
        return {"gone": True}
    person = await session.get(Person, actor.person_id)
    i18n = translator(dialog_manager)
    return {
        "gone": False,
        "notice": pop_notice(dialog_manager),
        "text": step.text,
        "due": step.due_on,
        "status": step.status,
        "who": i18n("plan-responsible", responsible=step.responsible),
        "can_tick": step.responsible == plan.ME and step.status == StepStatus.PLANNED.value,
        "can_ask": person is not None and person.staff_id is not None,
    }


# -- staff -------------------------------------------------------------------------------------


async def staff_home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    view = await plan.staff_view(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        participant_id=participant_id_of(dialog_manager),
        now=now_of(dialog_manager),
    )
    if view is None:
        return {"missing": True}
    i18n = translator(dialog_manager)
    track = tracks().get(view.plan.track if view.plan else None)
    return {
        "missing": False,
        "notice": pop_notice(dialog_manager),
        "name": name_of(view.participant, i18n),
        "summary": plan_lines(view, i18n, staff=True),
        "has_steps": bool(view.steps),
        "ladder_applies": bool(track and track.ladder) or bool(view.plan and view.plan.ladder),
    }


async def text_limits(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {
        "max": plan.GOAL_MAX,
        "step_max": plan.STEP_MAX,
        "count": plan.OCCUPATIONS_MAX,
        "item_max": plan.OCCUPATION_MAX,
        "hours_max": plan.HOURS_MAX,
        "hours": [(str(h), str(h)) for h in HOURS_CHOICES],
    }


async def track_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    locale = translator(dialog_manager).locale
    return {
        "kinds": [(kind.id, kind.title(locale)) for kind in tracks().offered()],
    }


async def ladder_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    locale = translator(dialog_manager).locale
    return {
        "kinds": [(kind.id, kind.title(locale)) for kind in ladder().offered()],
    }


# Quick date choices: (id, message, count).
QUICK_DATES = (
    ("d0", "plan-staff-date-today", 0),
    ("w1", "plan-staff-date-weeks", 1),
    ("w2", "plan-staff-date-weeks", 2),
    ("m1", "plan-staff-date-months", 1),
    ("m3", "plan-staff-date-months", 3),
    ("m6", "plan-staff-date-months", 6),
)
CALENDAR_BEFORE = timedelta(days=400)
CALENDAR_AFTER = timedelta(days=800)


def quick_date(today: date, choice: str) -> date | None:
    """The day a quick choice means, counted from `today`; None for anything else."""
    for choice_id, _key, count in QUICK_DATES:
        if choice_id != choice:
            continue
        if choice_id[0] == "m":
            month = today.month - 1 + count
            year, month = today.year + month // 12, month % 12 + 1
            for day in (today.day, 30, 29, 28):
                try:
                    return date(year, month, day)
                except ValueError:
                    continue
        return today + timedelta(weeks=count) if choice_id[0] == "w" else today
    return None


async def date_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    today = today_of(dialog_manager)
    first, last = today - CALENDAR_BEFORE, today + CALENDAR_AFTER
    days = (last - first).days + 1
    return {
        "quick": [
            (
                choice_id,
                i18n(key, weeks=count, months=count) if count else i18n(key),
            )
            for choice_id, key, count in QUICK_DATES
        ],
        # Every day in a long window may be picked: plans look back (start) and ahead.
        "free_days": [(first + timedelta(days=n)).isoformat() for n in range(days)],
        "today": today.isoformat(),
        "for_step": dialog_manager.dialog_data.get(DATE_FOR) == STEP_DATE,
    }


async def responsible_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    return {
        "who": [
            (value, i18n("plan-staff-responsible", responsible=value)) for value in plan.RESPONSIBLE
        ]
    }


async def step_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    view = await plan.staff_view(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        participant_id=participant_id_of(dialog_manager),
        now=now_of(dialog_manager),
    )
    steps = view.steps if view else []
    return {
        "missing": view is None,
        "steps": [(str(s.id), f"{MARKS.get(s.status, '⬜')} {s.text}") for s in steps],
    }


async def staff_step(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    step = await plan_steps.get_step(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        participant_id=participant_id_of(dialog_manager),
        step_id=int(dialog_manager.dialog_data.get(STEP_ID, 0)),
    )
    if step is None:
        return {"gone": True}
    i18n = translator(dialog_manager)
    return {
        "gone": False,
        "line": step_line(step, i18n, staff=True),
        "statuses": [
            (status.value, i18n("plan-staff-status-button", status=status.value))
            for status in StepStatus
            if status.value != step.status
        ],
    }


def _value(field: str, value: str | None, i18n: Translator) -> str:
    if value is None:
        return i18n("plan-history-nothing")
    if field == "track":
        return kind_title(tracks(), value, i18n)
    if field == "ladder":
        return kind_title(ladder(), value, i18n)
    if field == "step-status":
        return i18n("plan-status-name", status=value)
    if field == "step" and (step := plan_steps.read_step(value)) is not None:
        who = i18n("plan-staff-responsible", responsible=step.responsible)
        if step.due_on is None:
            return i18n("plan-step-line-undated", mark="•", text=step.text, who=who)
        return i18n("plan-step-line", mark="•", text=step.text, due=step.due_on, who=who)
    return value.replace("\n", ", ")


async def history(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    page = int(dialog_manager.dialog_data.get(PAGE, 0))
    found = await plan_steps.history(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        participant_id=participant_id_of(dialog_manager),
        now=now_of(dialog_manager),
        page=page,
    )
    if found is None:
        return {"missing": True}
    rows, total = found
    i18n = translator(dialog_manager)
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    lines = []
    for change, person in rows:
        if person is not None:
            who = name_of(person, i18n)
        else:
            who = i18n("plan-history-by", actor=change.actor)
        lines.append(
            i18n(
                "plan-history-line",
                at=change.at.astimezone(zone),
                who=who,
                field=change.field,
                old=_value(change.field, change.old, i18n),
                new=_value(change.field, change.new, i18n),
            )
        )
    return {
        "missing": False,
        "total": total,
        "lines": "\n".join(lines),
        "newer": page > 0,
        "older": (page + 1) * plan.HISTORY_PAGE < total,
    }
