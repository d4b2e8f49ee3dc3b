from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from babel.dates import get_day_names

from dialogs.assessment import result_lines, score_values
from dialogs.common import actor_of, alert_kind, name_of, pop_notice, translator
from dialogs.context import clock_of, l10n_of, session_of, settings_of
from dialogs.team import DENIED as TEAM_DENIED
from dialogs.team import admin_or_denied
from dialogs.team import name_of as team_name
from rules.clock import Clock
from rules.i18n import Localization, babel_locale
from rules.instruments import FULL, SHORT, TOTAL, Instrument, catalogue
from storage import (
    alerts,
    assessments,
    audit,
    checkins,
    groups,
    lotsline,
    people,
    practice,
    staffing,
)
from storage import caseload as cases
from storage.people import Person

ALERT_ID = "alert_id"
PARTICIPANT_ID = "participant_id"
NEW_LOTS_ID = "new_lots_id"
PAGE = "page"
PAGE_SIZE = 8
RHYTHM_HOURS = tuple(range(7, 21))


def display_name(person: Person, manager: DialogManager) -> str:
    return name_of(person, translator(manager))


async def inbox(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    found = await alerts.open_alerts(session_of(dialog_manager), actor=actor)
    translate = translator(dialog_manager)
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    items = [
        (
            str(alert.id),
            translate(
                "alerts-item",
                name=display_name(person, dialog_manager),
                at=alert.created_at.astimezone(zone),
                **alert_kind(alert, translate),
            ),
        )
        for alert, person in found
    ]
    return {"alerts": items, "count": len(items), "notice": pop_notice(dialog_manager)}


async def alert_view(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    found = await alerts.get_alert(
        session_of(dialog_manager),
        actor=actor,
        alert_id=int(dialog_manager.dialog_data.get(ALERT_ID, 0)),
    )
    clock: Clock = clock_of(dialog_manager)
    audit.note_for(
        session_of(dialog_manager),
        actor=actor,
        now=clock.now(),
        action="read:alert",
        allowed=found is not None,
        subject_id=found[1].id if found else None,
    )
    if found is None:
        return {"missing": True}
    alert, person = found
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    assert alert.id is not None
    message = await lotsline.for_alert(session_of(dialog_manager), actor=actor, alert_id=alert.id)
    return {
        "missing": False,
        # A message on the line to the lots: play it here, and answer it.
        "line": message is not None,
        "name": display_name(person, dialog_manager),
        "at": alert.created_at.astimezone(zone),
        **alert_kind(alert, translator(dialog_manager)),
    }


def seen_values(last_seen_at: datetime | None, now: datetime, zone: ZoneInfo) -> dict[str, Any]:
    """`seen` ("never" or "seen") and `days` since, in whole local days, for a status line."""
    if last_seen_at is None:
        return {"seen": "never", "days": 0}
    days = (now.astimezone(zone).date() - last_seen_at.astimezone(zone).date()).days
    return {"seen": "seen", "days": max(days, 0)}


async def note_limit(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {"max": alerts.NOTE_MAX}


async def caseload(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """One page of the caseload, who needs contact first, each with a one-line status."""
    session, actor = session_of(dialog_manager), actor_of(dialog_manager)
    now = clock_of(dialog_manager).now()
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    total = await cases.count(session, actor=actor)
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(int(dialog_manager.dialog_data.get(PAGE, 0)), 0), pages - 1)
    dialog_manager.dialog_data[PAGE] = page
    rows = await cases.page(session, actor=actor, now=now, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
    translate = translator(dialog_manager)
    items = [
        (
            str(row.person.id),
            translate(
                "caseload-row",
                name=display_name(row.person, dialog_manager),
                reason=row.reason.value,
                alerts=row.open_alerts,
                **seen_values(row.person.last_seen_at, now, zone),
            ),
        )
        for row in rows
    ]
    return {
        "participants": items,
        "count": total,
        "page": page + 1,
        "pages": pages,
        "paged": pages > 1,
        "has_previous": page > 0,
        "has_next": page + 1 < pages,
    }


async def card(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    actor = actor_of(dialog_manager)
    participant_id = int(dialog_manager.dialog_data.get(PARTICIPANT_ID, 0))
    session = session_of(dialog_manager)
    person = await people.get_visible_participant(
        session, actor=actor, participant_id=participant_id
    )
    clock: Clock = clock_of(dialog_manager)
    audit.note_for(
        session,
        actor=actor,
        now=clock.now(),
        action="read:card",
        allowed=person is not None,
        subject_id=person.id if person else None,
    )
    if person is None:
        return {"missing": True}
    plan = await checkins.get_plan(session, actor=actor, participant_id=participant_id)
    l10n: Localization = l10n_of(dialog_manager)
    return {
        "missing": False,
        "notice": pop_notice(dialog_manager),
        "name": display_name(person, dialog_manager),
        # Admins give a participant another lots from here (storage.staffing.move).
        "can_change_lots": actor.is_admin and person.staff_id is not None,
        "line": await lotsline.count(session, actor=actor, participant_id=participant_id),
        "language": l10n(person.locale)("language-name"),
        "rhythm_on": plan is not None and plan.active,
        "every": plan.every_days if plan else 7,
        "time": plan.at_time if plan else "",
        "next": plan.next_due_at.astimezone(ZoneInfo(person.timezone)) if plan else None,
        "details": await _card_details(dialog_manager, person, clock.now()),
    }


async def _card_details(manager: DialogManager, person: Person, now: datetime) -> str:
    """The card below the rhythm: answers, self-assessment, meetings, practice, alerts."""
    assert person.id is not None
    session, i18n = session_of(manager), translator(manager)
    zone = ZoneInfo(settings_of(manager).timezone)
    facts = await cases.card(session, actor=actor_of(manager), participant_id=person.id, now=now)
    if facts is None:
        return ""
    lines: list[str] = []
    if facts.checkins:
        lines.append(i18n("caseload-card-checkins"))
        for asked in facts.checkins:
            answer = (
                i18n(f"checkin-mood-{asked.mood}")
                if asked.mood is not None
                else i18n("caseload-card-no-answer")
            )
            lines.append(
                i18n(
                    "caseload-card-checkin",
                    at=asked.asked_at.astimezone(zone),
                    answer=answer,
                    help=asked.help or "none",
                )
            )
    if trend := await _assessment_trend(manager, person.id):
        lines.append(trend)
    if facts.next_meeting is not None:
        lines.append(
            i18n("caseload-card-next-meeting", at=facts.next_meeting.starts_at.astimezone(zone))
        )
    if facts.last_missed is not None:
        lines.append(i18n("caseload-card-missed", at=facts.last_missed.starts_at.astimezone(zone)))
    came = (await groups.attendance(session, participant_ids=[person.id])).get(person.id)
    if came is not None:
        lines.append(i18n("groups-card", attended=came.attended, missed=came.missed))
    done = await practice.progress(
        session, participant_id=person.id, zone=ZoneInfo(person.timezone), now=now
    )
    if done.streak:
        lines.append(i18n("caseload-card-practice", streak=done.streak))
    if facts.open_alerts:
        lines.append(i18n("caseload-card-alerts", count=facts.open_alerts))
    if facts.handled:
        lines.append(i18n("caseload-card-handled"))
        for alert in facts.handled:
            assert alert.handled_at is not None
            key = "caseload-card-handled-note" if alert.note else "caseload-card-handled-item"
            lines.append(
                i18n(
                    key,
                    at=alert.handled_at.astimezone(zone),
                    note=alert.note or "",
                    **alert_kind(alert, i18n),
                )
            )
    return "\n".join(lines)


async def _assessment_trend(manager: DialogManager, participant_id: int) -> str:
    """One line: the latest total of the most recently answered instrument, and the one before."""
    session, i18n = session_of(manager), translator(manager)
    latest: tuple[datetime, Instrument, list[assessments.Result]] | None = None
    for instrument_id in await assessments.completed_instruments(
        session, participant_id=participant_id
    ):
        instrument = catalogue().get(instrument_id)
        found = await assessments.results(
            session, participant_id=participant_id, instrument=instrument_id, limit=2
        )
        completed_at = found[-1].round.completed_at if found else None
        if instrument is None or completed_at is None:
            continue
        if latest is None or completed_at > latest[0]:
            latest = (completed_at, instrument, found)
    if latest is None:
        return ""
    _, instrument, found = latest
    total, previous = assessments.latest_total(found)
    if total is None:
        return ""
    values = score_values(instrument, TOTAL, total, found[-1].round.form)
    title = i18n(instrument.title_key)
    if previous is None:
        return i18n("caseload-card-assessment", title=title, **values)
    before = score_values(instrument, TOTAL, previous, found[-2].round.form)["score"]
    return i18n("caseload-card-assessment-trend", title=title, previous=before, **values)


async def weekdays(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    names = get_day_names("wide", locale=babel_locale(translator(dialog_manager).locale))
    return {"weekdays": [(str(day), names[day].capitalize()) for day in range(7)]}


async def hours(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {"hours": [(f"{hour:02d}:00", f"{hour:02d}:00") for hour in RHYTHM_HOURS]}


async def _visible_participant(manager: DialogManager, action: str) -> Person | None:
    """The participant on the card, if the actor may see them; the read is audited either way."""
    actor = actor_of(manager)
    person = await people.get_visible_participant(
        session_of(manager),
        actor=actor,
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
    )
    clock: Clock = clock_of(manager)
    audit.note_for(
        session_of(manager),
        actor=actor,
        now=clock.now(),
        action=action,
        allowed=person is not None,
        subject_id=person.id if person else None,
    )
    return person


async def assessment(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """The participant's self-assessments: the latest scores per theme, the trend, what waits."""
    person = await _visible_participant(dialog_manager, "read:assessment")
    if person is None or person.id is None:
        return {"missing": True}
    session = session_of(dialog_manager)
    i18n = translator(dialog_manager)
    zone = ZoneInfo(settings_of(dialog_manager).timezone)
    blocks: list[str] = []
    done = await assessments.completed_instruments(session, participant_id=person.id)
    for instrument_id in done:
        instrument = catalogue().get(instrument_id)
        found = await assessments.results(
            session, participant_id=person.id, instrument=instrument_id
        )
        completed_at = found[-1].round.completed_at if found else None
        if instrument is None or completed_at is None:
            continue
        latest = found[-1]
        lines = [
            i18n(
                "staff-assessment-latest",
                title=i18n(instrument.title_key),
                at=completed_at.astimezone(zone),
            ),
            result_lines(instrument, latest.round.form, latest.scores, i18n),
        ]
        _, previous = assessments.latest_total(found)
        if previous is not None:
            lines.append(
                i18n(
                    "staff-assessment-previous",
                    **score_values(instrument, TOTAL, previous, found[-2].round.form),
                )
            )
        blocks.append("\n".join(lines))
    for open_round in await assessments.rounds_of(
        session, participant_id=person.id, open_only=True
    ):
        instrument = catalogue().get(open_round.instrument)
        if instrument is not None:
            blocks.append(
                i18n(
                    "staff-assessment-open",
                    title=i18n(instrument.title_key),
                    done=open_round.position,
                    total=len(instrument.form_items(open_round.form)),
                )
            )
    plan = await assessments.get_plan(
        session, actor=actor_of(dialog_manager), participant_id=person.id
    )
    return {
        "missing": False,
        "notice": pop_notice(dialog_manager),
        "name": display_name(person, dialog_manager),
        "summary": "\n\n".join(blocks) or i18n("staff-assessment-none"),
        "has_results": bool(done),
        "weeks": plan.every_days // 7 if plan is not None and plan.active else 0,
    }


async def assessment_forms(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    forms = []
    for instrument in catalogue():
        title = i18n(instrument.title_key)
        forms.append((f"{instrument.id}:{FULL}", i18n("staff-assessment-form-full", title=title)))
        if SHORT in instrument.forms:
            forms.append(
                (f"{instrument.id}:{SHORT}", i18n("staff-assessment-form-short", title=title))
            )
    return {"forms": forms}


async def assessment_weeks(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    weeks = [
        (str(w), i18n("staff-assessment-every", weeks=w)) for w in assessments.EVERY_WEEKS_CHOICES
    ]
    return {"weeks": [*weeks, ("0", i18n("staff-assessment-every-off"))]}


async def _lots_change(
    dialog_manager: DialogManager,
) -> tuple[Person, Person, list[staffing.Member]] | None:
    """For an admin: the participant, their lots now, and the active staff who could take
    over; None for anyone else (audited) or when the participant is gone."""
    if not await admin_or_denied(dialog_manager, TEAM_DENIED):
        return None
    session, actor = session_of(dialog_manager), actor_of(dialog_manager)
    person = await people.get_visible_participant(
        session,
        actor=actor,
        participant_id=int(dialog_manager.dialog_data.get(PARTICIPANT_ID, 0)),
    )
    if person is None or person.staff_id is None:
        return None
    current = await staffing.member(session, actor=actor, staff_id=person.staff_id)
    if current is None:
        return None
    others = [
        m for m in await staffing.members(session, actor=actor) if m.person.id != person.staff_id
    ]
    return person, current.person, others


async def lots_choices(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await _lots_change(dialog_manager)
    if found is None:
        return {"missing": True, "staff": [], "none": False}
    person, current, others = found
    translate = translator(dialog_manager)
    return {
        "missing": False,
        "name": display_name(person, dialog_manager),
        "current": team_name(current, dialog_manager),
        "none": not others,
        "staff": [
            (
                str(m.person.id),
                translate(
                    "team-row", name=team_name(m.person, dialog_manager), count=m.participants
                ),
            )
            for m in others
        ],
    }


async def lots_confirm(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await _lots_change(dialog_manager)
    chosen = int(dialog_manager.dialog_data.get(NEW_LOTS_ID, 0))
    target = next((m for m in found[2] if m.person.id == chosen), None) if found else None
    if found is None or target is None:
        return {"missing": True}
    person, current, _others = found
    return {
        "missing": False,
        "name": display_name(person, dialog_manager),
        "current": team_name(current, dialog_manager),
        "target": team_name(target.person, dialog_manager),
    }
