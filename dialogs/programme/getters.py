from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, name_of, pop_notice, translator
from dialogs.context import clock_of, session_of, settings_of
from dialogs.programme.handlers import FACT, STATUS, participant_id
from rules.clock import Clock
from rules.config import Settings
from rules.i18n import Translator
from rules.plan_kinds import outcomes
from storage import programme
from storage.programme import ProgrammeExit, ReportFacts


def fact_key(fact: str) -> str:
    """The kebab-case name of a fact in message ids: entry_status -> entry-status."""
    return fact.replace("_", "-")


def value_label(i18n: Translator, fact: str, value: str | int | None) -> str:
    if value is None:
        return i18n("programme-not-recorded")
    if fact == programme.BIRTH_YEAR:
        return str(value)  # a year, not a number to group
    return i18n(f"programme-{fact_key(fact)}-{value}")


def outcome_label(i18n: Translator, outcome: str) -> str:
    """An outcome at exit by its name in the reader's language (retired ones too); an id
    gone from content/plan/outcomes.toml shows as itself."""
    return outcomes().title(outcome, i18n.locale) or outcome


def _facts_shown(settings: Settings) -> tuple[str, ...]:
    if settings.report_sensitive:
        return programme.FACTS
    return tuple(f for f in programme.FACTS if f not in programme.SENSITIVE)


async def _found(
    manager: DialogManager,
) -> tuple[Any, ReportFacts | None, ProgrammeExit | None] | None:
    clock: Clock = clock_of(manager)
    return await programme.facts_of(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=participant_id(manager),
        now=clock.now(),
    )


async def facts(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """The facts the report counts, what the programme's end and the six-month answer were."""
    found = await _found(dialog_manager)
    if found is None:
        return {"missing": True}
    person, stored, ending = found
    i18n = translator(dialog_manager)
    settings: Settings = settings_of(dialog_manager)
    shown = _facts_shown(settings)
    values = {
        fact: value_label(i18n, fact, getattr(stored, fact) if stored else None)
        for fact in programme.FACTS
    }
    out: dict[str, Any] = {
        "missing": False,
        "notice": pop_notice(dialog_manager),
        "name": name_of(person, translator(dialog_manager)),
        "sensitive": settings.report_sensitive,
        "ended": ending is not None,
        "running": ending is None,
        "asked": ending is not None and ending.follow_up_asked_at is not None,
        "facts": [(fact, i18n(f"programme-fact-{fact_key(fact)}")) for fact in shown]
        + [(programme.JOB_STARTED, i18n("programme-fact-job-started"))],
        "job_started": stored.job_started_on if stored and stored.job_started_on else "",
        **values,
    }
    if ending is not None:
        out["at"] = ending.ended_at.astimezone(ZoneInfo(settings.timezone))
        out["exit_status"] = outcome_label(i18n, ending.status)
        out["follow_up"] = (
            i18n(f"programme-follow-up-{ending.follow_up}")
            if ending.follow_up
            else i18n("programme-follow-up-none")
        )
    return out


async def fact_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    fact = str(dialog_manager.dialog_data.get(FACT, "gender"))
    i18n = translator(dialog_manager)
    return {
        "ask": f"programme-ask-{fact_key(fact)}",
        "values": [(value, value_label(i18n, fact, value)) for value in programme.CHOICES[fact]],
    }


async def end(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """How the programme ends: the status at exit (or that it has ended already)."""
    found = await _found(dialog_manager)
    if found is None:
        return {"missing": True}
    person, _stored, ending = found
    i18n = translator(dialog_manager)
    settings: Settings = settings_of(dialog_manager)
    out: dict[str, Any] = {
        "missing": False,
        "name": name_of(person, translator(dialog_manager)),
        "ended": ending is not None,
        "running": ending is None,
        "statuses": [(s, outcome_label(i18n, s)) for s in programme.exit_statuses()],
    }
    if ending is not None:
        out["at"] = ending.ended_at.astimezone(ZoneInfo(settings.timezone))
    return out


async def confirm(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    out = await end(dialog_manager)
    status = str(dialog_manager.dialog_data.get(STATUS, ""))
    if status in programme.exit_statuses():
        out["status"] = outcome_label(translator(dialog_manager), status)
    else:
        # No status chosen yet (an old button, or a step skipped): ask for it again.
        out["no_status"] = True
    return out


async def job_start(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """The day a job started: any day storage accepts (`programme.job_start_bounds`)."""
    found = await _found(dialog_manager)
    if found is None:
        return {"missing": True}
    person, _stored, _ending = found
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    clock: Clock = clock_of(dialog_manager)
    today = clock.now().astimezone(zone).date()
    started = person.onboarded_at.astimezone(zone).date() if person.onboarded_at else None
    first, last = programme.job_start_bounds(started, today)
    return {
        "missing": False,
        "name": name_of(person, translator(dialog_manager)),
        "today": today.isoformat(),
        "free_days": [
            (first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)
        ],
    }
