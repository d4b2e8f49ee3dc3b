from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram_dialog import DialogManager
from babel.lists import format_list

from dialogs.common import actor_of, name_of, now_of, pop_notice, translator
from dialogs.context import session_of, settings_of
from rules.i18n import Translator, babel_locale
from rules.timing import local_to_utc
from storage import people, reminders
from storage.people import Person
from storage.reminders import Audience, Reminder

# dialog_data keys
IDS = "ids"
AUDIENCE = "audience"
TEMPLATE = "template"
TEXT = "text"
DUE = "due"
DAY = "day"
FROM_CARD = "from_card"
REMINDER_ID = "reminder_id"
# start data: the participant on the card
PARTICIPANT_ID = "participant_id"

PICK_ID = "pick"
QUICK_HOUR = time(8, 0)
HOURS = tuple(range(7, 21))
CALENDAR_DAYS = 60
NAMES_SHOWN = 20
SNIPPET = 30


def reminder_text(
    i18n: Translator, *, template: str | None, text: str | None, sender: Person | None
) -> str:
    """What a reader sees: a template in their language signed by the lots, or the text as written."""
    if template is None:
        return text or ""
    body = i18n(f"reminders-template-{template}")
    if sender is not None and sender.display_name:
        return i18n("reminders-signed", text=body, name=sender.display_name)
    return i18n("reminders-signed-unnamed", text=body)


def label_of(i18n: Translator, reminder: Reminder) -> str:
    """A short name for a reminder in a list: the template's button, or the text's start."""
    if reminder.template is not None:
        return i18n(f"reminders-template-button-{reminder.template}")
    text = " ".join((reminder.text or "").split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def names(people_: list[Person], i18n: Translator) -> str:
    """Names as a list in the reader's language; past NAMES_SHOWN, how many more."""
    shown = [name_of(person, i18n) for person in people_[:NAMES_SHOWN]]
    listed = format_list(shown, locale=babel_locale(i18n.locale)) if shown else ""
    more = len(people_) - len(shown)
    return i18n("reminders-names-more", names=listed, more=more) if more > 0 else listed


async def staff_member(manager: DialogManager) -> Person | None:
    person: Person | None = await session_of(manager).get(Person, actor_of(manager).person_id)
    return person


async def zone_of(manager: DialogManager) -> ZoneInfo:
    """The staff member's own zone: times are chosen and shown in it."""
    person = await staff_member(manager)
    return ZoneInfo(person.timezone if person else settings_of(manager).timezone)


def hours_left(day: date, zone: ZoneInfo, now: datetime) -> list[int]:
    """The hours offered on `day` that are still ahead."""
    return [hour for hour in HOURS if local_to_utc(day, time(hour), zone) > now]


def days_ahead(zone: ZoneInfo, now: datetime) -> list[date]:
    today = now.astimezone(zone).date()
    days = [today + timedelta(days=n) for n in range(CALENDAR_DAYS + 1)]
    return [day for day in days if hours_left(day, zone, now)]


def quick_due(choice: str, zone: ZoneInfo, now: datetime) -> datetime:
    """'tomorrow' 08:00, or the next Monday 08:00 still ahead, in the staff member's zone."""
    today = now.astimezone(zone).date()
    if choice == "tomorrow":
        return local_to_utc(today + timedelta(days=1), QUICK_HOUR, zone)
    monday = today + timedelta(days=-today.weekday() % 7)
    due = local_to_utc(monday, QUICK_HOUR, zone)
    return due if due > now else local_to_utc(monday + timedelta(days=7), QUICK_HOUR, zone)


def due_of(manager: DialogManager) -> datetime | None:
    """The chosen time, or None for now."""
    due = manager.dialog_data.get(DUE)
    return datetime.fromisoformat(due) if due else None


async def chosen_people(manager: DialogManager) -> list[Person]:
    """The recipients chosen so far, re-checked: only participants the actor may reach."""
    data = manager.dialog_data
    session = session_of(manager)
    actor = actor_of(manager)
    if data.get(AUDIENCE) == Audience.ALL.value:
        return await people.caseload(session, actor=actor)
    ids = [int(i) for i in data.get(IDS, [])]
    return await reminders.recipients(
        session, actor=actor, participant_ids=ids, now=now_of(manager)
    )


async def audience(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await people.caseload(session_of(dialog_manager), actor=actor_of(dialog_manager))
    return {"notice": pop_notice(dialog_manager), "count": len(found), "some": bool(found)}


async def participants(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await people.caseload(session_of(dialog_manager), actor=actor_of(dialog_manager))
    i18n = translator(dialog_manager)
    picked = dialog_manager.find(PICK_ID)
    return {
        "participants": [(str(person.id), name_of(person, i18n)) for person in found],
        "picked": len(picked.get_checked()) if picked is not None else 0,
    }


async def content(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    i18n = translator(dialog_manager)
    return {
        "templates": [
            (code, i18n(f"reminders-template-button-{code}")) for code in reminders.TEMPLATES
        ],
        "max": reminders.TEXT_MAX,
    }


async def days(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    zone = await zone_of(dialog_manager)
    now = now_of(dialog_manager)
    return {
        "free_days": [day.isoformat() for day in days_ahead(zone, now)],
        "today": now.astimezone(zone).date().isoformat(),
    }


async def hours(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    zone = await zone_of(dialog_manager)
    day = date.fromisoformat(dialog_manager.dialog_data.get(DAY) or "2000-01-01")
    return {
        "day": datetime.combine(day, time(12), zone),
        "hours": [
            (str(hour), f"{hour:02d}:00") for hour in hours_left(day, zone, now_of(dialog_manager))
        ],
    }


async def preview(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """The text as the staff member reads it, who gets it, and when."""
    i18n = translator(dialog_manager)
    data = dialog_manager.dialog_data
    chosen = await chosen_people(dialog_manager)
    due = due_of(dialog_manager)
    zone = await zone_of(dialog_manager)
    return {
        "text": reminder_text(
            i18n,
            template=data.get(TEMPLATE),
            text=data.get(TEXT),
            sender=await staff_member(dialog_manager),
        ),
        "is_template": data.get(TEMPLATE) is not None,
        "count": len(chosen),
        "names": names(chosen, i18n),
        "someone": bool(chosen),
        "nobody": not chosen,
        "later": due is not None,
        "now": due is None,
        "at": due.astimezone(zone) if due else None,
    }


async def sent(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """The actor's reminders, newest first."""
    session = session_of(dialog_manager)
    found = await reminders.sent_by(
        session, actor=actor_of(dialog_manager), now=now_of(dialog_manager)
    )
    counts = await reminders.recipient_counts(
        session, reminder_ids=[r.id for r in found if r.id is not None]
    )
    i18n = translator(dialog_manager)
    zone = await zone_of(dialog_manager)
    items = [
        (
            str(reminder.id),
            i18n(
                "reminders-sent-item",
                at=reminder.due_at.astimezone(zone),
                what=label_of(i18n, reminder),
                count=counts.get(reminder.id or 0, 0),
            ),
        )
        for reminder in found
    ]
    return {"reminders": items, "count": len(items), "days": reminders.REPORT_DAYS}


async def report(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    found = await reminders.report(
        session_of(dialog_manager),
        actor=actor_of(dialog_manager),
        reminder_id=int(dialog_manager.dialog_data.get(REMINDER_ID, 0)),
    )
    notice = pop_notice(dialog_manager)
    if found is None:
        return {"missing": True, "notice": notice}
    i18n = translator(dialog_manager)
    zone = await zone_of(dialog_manager)
    reminder = found.reminder
    return {
        "missing": False,
        "at": reminder.due_at.astimezone(zone),
        "text": reminder_text(
            i18n,
            template=reminder.template,
            text=reminder.text,
            sender=await staff_member(dialog_manager),
        ),
        "count": found.recipients,
        "sent": found.sent,
        "waiting": found.waiting,
        "unreached": found.unreached,
        "names": names(found.unreached_people, i18n),
        "some_unreached": bool(found.unreached_people),
        "cancelled": found.cancelled,
        "some_cancelled": bool(found.cancelled),
        "notice": notice,
    }
