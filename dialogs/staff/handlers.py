from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

import dialogs.booking
import dialogs.lotsline
import dialogs.plan
import dialogs.reminders
from dialogs.assessment import send_chart
from dialogs.common import (
    NOT_ALLOWED,
    actor_of,
    audit_refusal,
    chat_action,
    checked_id,
    now_of,
    open_by_id,
    refuse,
    set_notice,
    translator,
    turn_page,
)
from dialogs.context import bot_of, clock_of, session_of, settings_of
from dialogs.staff.getters import (
    ALERT_ID,
    NEW_LOTS_ID,
    PAGE,
    PARTICIPANT_ID,
    RHYTHM_HOURS,
    display_name,
)
from dialogs.states import AlertsSG, CaseloadSG
from dialogs.team import active_staff, refused_unless_admin
from rules.clock import Clock
from rules.config import Settings
from rules.instruments import EXIT, catalogue
from rules.invites import deep_link, qr_png
from scheduler.outgoing import bot_username
from storage import alerts, assessments, audit, checkins, invites, people, practice, staffing
from storage.assessments import Cause
from storage.checkins import PlanChoice
from storage.people import Role

_ROLE_OF_BUTTON = {
    "invite_participant": Role.PARTICIPANT,
    "invite_staff": Role.STAFF,
    "invite_admin": Role.ADMIN,
}
_READY_TEXT = {
    Role.PARTICIPANT: "staff-invite-participant-ready",
    Role.STAFF: "staff-invite-staff-ready",
    Role.ADMIN: "staff-invite-admin-ready",
}


async def on_invite(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    """Make a single-use invite and send its link and QR code as a photo.

    The plain code goes only into this message: the database keeps its hash, and the
    dialog's stored state never sees it.
    """
    actor = actor_of(manager)
    settings: Settings = settings_of(manager)
    clock: Clock = clock_of(manager)
    role = _ROLE_OF_BUTTON[button.widget_id or ""]
    if role is not Role.PARTICIPANT and not actor.is_admin:
        await audit.record_for(
            session_of(manager),
            actor=actor,
            now=clock.now(),
            action="deny:invite-staff",
            allowed=False,
        )
        await callback.answer(translator(manager)("core-not-allowed"))
        return
    bot: Bot = bot_of(manager)
    invite = await invites.create_invite(
        session_of(manager),
        role=role,
        now=clock.now(),
        ttl=timedelta(days=settings.invite_ttl_days),
        staff_id=actor.person_id if role is Role.PARTICIPANT else None,
        created_by_id=actor.person_id,
    )
    link = deep_link(await bot_username(bot, settings), invite.code)
    expires = invite.expires_at.astimezone(ZoneInfo(settings.timezone))
    caption = translator(manager)(_READY_TEXT[role], expires=expires, link=link)
    async with chat_action(bot, actor.telegram_id, ChatAction.UPLOAD_PHOTO):
        png = await asyncio.to_thread(qr_png, link)
        await bot.send_photo(
            actor.telegram_id, BufferedInputFile(png, filename="invite.png"), caption=caption
        )
    # Show the menu again below the invite, so the buttons stay at hand.
    manager.show_mode = ShowMode.SEND


async def _may_see_alert(manager: DialogManager, alert_id: int) -> bool:
    found = await alerts.get_alert(session_of(manager), actor=actor_of(manager), alert_id=alert_id)
    return found is not None


async def _may_see_participant(manager: DialogManager, participant_id: int) -> bool:
    found = await people.get_visible_participant(
        session_of(manager), actor=actor_of(manager), participant_id=participant_id
    )
    return found is not None


on_alert_selected = open_by_id(ALERT_ID, AlertsSG.view, may_open=_may_see_alert)
on_participant_selected = open_by_id(PARTICIPANT_ID, CaseloadSG.card, may_open=_may_see_participant)


async def on_alert_handled(
    callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    await _handle_alert(manager, None)


async def _handle_alert(manager: DialogManager, note: str | None) -> None:
    clock: Clock = clock_of(manager)
    actor = actor_of(manager)
    done = await alerts.mark_handled(
        session_of(manager),
        actor=actor,
        alert_id=int(manager.dialog_data.get(ALERT_ID, 0)),
        now=clock.now(),
        note=note,
    )
    if not done:  # someone else's alert, or one that is gone: refused, and audited
        await audit.record_for(
            session_of(manager), actor=actor, now=clock.now(), action="handle:alert", allowed=False
        )
    set_notice(manager, "alerts-handled" if done else "alerts-gone")
    await manager.switch_to(AlertsSG.inbox)


def clean_note(text: str) -> str:
    """A note as typed, trimmed; empty or too long is refused (the reply says the limit)."""
    text = text.strip()
    if not text or len(text) > alerts.NOTE_MAX:
        raise ValueError("empty or too long")
    return text


async def on_alert_note(message: Message, _widget: Any, manager: DialogManager, note: str) -> None:
    await _handle_alert(manager, note)


async def on_bad_note(
    message: Message, _widget: Any, manager: DialogManager, _error: ValueError
) -> None:
    await message.answer(translator(manager)("core-text-too-long", max=alerts.NOTE_MAX))
    manager.show_mode = ShowMode.SEND


async def on_previous_page(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    turn_page(manager, PAGE, -1)


async def on_next_page(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    turn_page(manager, PAGE, 1)


_EVERY = {"daily": 1, "weekly": 7, "fortnightly": 14}


async def on_every(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    every = _EVERY.get(button.widget_id or "")
    if every is None:  # "no check-in"
        await _save_rhythm(manager, None)
        return
    manager.dialog_data["every"] = every
    await manager.switch_to(CaseloadSG.time if every == 1 else CaseloadSG.weekday)


async def on_weekday(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, day: str
) -> None:
    if day.isdigit() and 0 <= int(day) <= 6:
        manager.dialog_data["weekday"] = int(day)
        await manager.switch_to(CaseloadSG.time)


async def on_time(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, at: str
) -> None:
    if at not in {f"{hour:02d}:00" for hour in RHYTHM_HOURS}:
        return
    every = int(manager.dialog_data.get("every", 7))
    weekday = manager.dialog_data.get("weekday") if every > 1 else None
    await _save_rhythm(manager, PlanChoice(every_days=every, weekday=weekday, at_time=at))


async def _save_rhythm(manager: DialogManager, choice: PlanChoice | None) -> None:
    clock: Clock = clock_of(manager)
    plan = await checkins.set_plan(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
        choice=choice,
        now=clock.now(),
    )
    if plan is None:
        await audit_refusal(manager, asked="rhythm", action="deny:value")
        set_notice(manager, NOT_ALLOWED)
    else:
        set_notice(manager, "staff-rhythm-saved" if plan.active else "staff-rhythm-stopped")
    await manager.switch_to(CaseloadSG.card)


async def on_assessment_chart(
    callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    """Send the trend chart of each instrument the participant has answered (an audited read)."""
    actor = actor_of(manager)
    clock: Clock = clock_of(manager)
    participant_id = int(manager.dialog_data.get(PARTICIPANT_ID, 0))
    person = await people.get_visible_participant(
        session_of(manager), actor=actor, participant_id=participant_id
    )
    await audit.record_for(
        session_of(manager),
        actor=actor,
        now=clock.now(),
        action="read:assessment-chart",
        allowed=person is not None,
        subject_id=person.id if person else None,
    )
    if person is None or person.id is None:
        await callback.answer(translator(manager)("core-not-allowed"))
        return
    i18n = translator(manager)
    sent = False
    for instrument_id in await assessments.completed_instruments(
        session_of(manager), participant_id=person.id
    ):
        instrument = catalogue().get(instrument_id)
        assert instrument is not None
        caption = i18n(
            "staff-assessment-chart-caption",
            name=display_name(person, manager),
            title=i18n(instrument.title_key),
        )
        sent |= await send_chart(
            manager, actor.telegram_id, instrument_id, person.id, caption=caption
        )
    if not sent:
        await callback.answer(i18n("staff-assessment-no-chart"))
        return
    manager.show_mode = ShowMode.SEND


async def on_assessment_request(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    clock: Clock = clock_of(manager)
    instrument, _, form = item_id.partition(":")
    found = await assessments.request(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
        instrument=instrument,
        form=form,
        now=clock.now(),
        cause=Cause.EXIT if (instrument, form) == EXIT else Cause.STAFF,
    )
    if not found:
        await audit_refusal(manager, asked=item_id, action="deny:value")
    set_notice(manager, "staff-assessment-requested" if found else NOT_ALLOWED)
    await manager.switch_to(CaseloadSG.assessment)


async def on_assessment_rhythm(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    clock: Clock = clock_of(manager)
    weeks = int(item_id) if item_id.isascii() and item_id.isdigit() and len(item_id) < 3 else -1
    plan = await assessments.set_rhythm(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
        weeks=weeks or None,
        now=clock.now(),
    )
    if not plan:
        await audit_refusal(manager, asked=item_id, action="deny:value")
    set_notice(manager, "staff-assessment-rhythm-saved" if plan else NOT_ALLOWED)
    await manager.switch_to(CaseloadSG.assessment)


async def on_book_for(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Book a meeting on the participant's behalf (storage checks they are the actor's)."""
    participant_id = int(manager.dialog_data.get(PARTICIPANT_ID, 0))
    await dialogs.booking.start_for(manager, participant_id=participant_id)


async def on_thread(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """The participant's messages with their lots, to play and answer (checked there too)."""
    participant_id = int(manager.dialog_data.get(PARTICIPANT_ID, 0))
    await dialogs.lotsline.start_thread(manager, participant_id=participant_id)


async def on_alert_play(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Play the message this alert is about in the lots's chat (an audited read)."""
    await dialogs.lotsline.play_for_alert(
        callback, manager, int(manager.dialog_data.get(ALERT_ID, 0))
    )


async def on_alert_reply(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Answer the participant whose message this alert is about, by text or voice."""
    found = await alerts.get_alert(
        session_of(manager),
        actor=actor_of(manager),
        alert_id=int(manager.dialog_data.get(ALERT_ID, 0)),
    )
    if found is None or found[1].id is None:
        await refuse(callback, manager, asked="reply")
        return
    await dialogs.lotsline.start_thread(manager, participant_id=found[1].id, reply=True)


async def on_message_to(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """A reminder or message to this one participant (storage checks they are the actor's)."""
    participant_id = int(manager.dialog_data.get(PARTICIPANT_ID, 0))
    await dialogs.reminders.start_for(manager, participant_id=participant_id)


async def on_plan(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """The participant's action plan (its storage checks they are the actor's)."""
    participant_id = int(manager.dialog_data.get(PARTICIPANT_ID, 0))
    await dialogs.plan.start_for(manager, participant_id=participant_id)


async def on_practice_track(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, track: str
) -> None:
    chosen = await practice.set_track(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
        track=track,
    )
    if not chosen:
        await audit_refusal(manager, asked=track, action="deny:value")
    set_notice(manager, "staff-practice-saved" if chosen else NOT_ALLOWED)
    await manager.switch_to(CaseloadSG.card)


async def on_audit_export(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Admins: the audit log as a CSV file in the chat. The export is itself audited."""
    actor = actor_of(manager)
    clock: Clock = clock_of(manager)
    if not actor.is_admin:
        await audit.record_for(
            session_of(manager),
            actor=actor,
            now=clock.now(),
            action="deny:export-audit",
            allowed=False,
        )
        await callback.answer(translator(manager)("core-not-allowed"))
        return
    await audit.record_for(
        session_of(manager), actor=actor, now=clock.now(), action="export:audit", allowed=True
    )
    bot: Bot = bot_of(manager)
    async with chat_action(bot, actor.telegram_id, ChatAction.UPLOAD_DOCUMENT):
        entries = await audit.entries_since(session_of(manager), since=None)
        await bot.send_document(
            actor.telegram_id,
            BufferedInputFile(audit.as_csv(entries).encode("utf-8"), filename="audit.csv"),
            caption=translator(manager)("staff-audit-caption"),
        )
    manager.show_mode = ShowMode.SEND


async def on_lots_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if await refused_unless_admin(callback, manager):
        return
    found = await checked_id(callback, manager, item_id, may_open=active_staff, person=True)
    if found is not None:
        manager.dialog_data[NEW_LOTS_ID] = found
        await manager.switch_to(CaseloadSG.lots_confirm)


async def on_lots_confirm(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Move this one participant to the chosen lots; the new lots is told (storage.staffing)."""
    if await refused_unless_admin(callback, manager):
        return
    session = session_of(manager)
    person = await people.get_visible_participant(
        session,
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
    )
    refused = person is None or person.id is None or person.staff_id is None
    if not refused:
        assert person is not None and person.id is not None and person.staff_id is not None
        outcome = await staffing.move(
            session,
            actor=actor_of(manager),
            from_id=person.staff_id,
            to_id=int(manager.dialog_data.get(NEW_LOTS_ID, 0)),
            now=now_of(manager),
            participant_ids=[person.id],
        )
        refused = outcome.refusal is not None
    set_notice(manager, "team-refused" if refused else "staff-lots-moved")
    await manager.switch_to(CaseloadSG.card)
