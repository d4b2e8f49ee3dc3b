from operator import itemgetter

from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import TextInput
from aiogram_dialog.widgets.kbd import (
    Button,
    Cancel,
    Group,
    Multiselect,
    SwitchTo,
)
from aiogram_dialog.widgets.text import Format

from dialogs.common import Screen, Tr, TrFrom, back_to, choices, paged, paged_choices
from dialogs.reminders import getters, handlers
from dialogs.reminders.getters import PICK_ID
from dialogs.states import RemindersSG
from dialogs.widgets.calendar import free_days_calendar

BACK_ID = "back"
ONE_ID = "one"
SEVERAL_ID = "several"
ALL_ID = "all"
SENT_ID = "sent"
PARTICIPANT_ID = "participant"
PAGES_ID = "pages"
PICK_PAGES_ID = "pick_pages"
DONE_ID = "done"
TEMPLATE_ID = "template"
WRITE_ID = "write"
TEXT_ID = "text"
NOW_ID = "now"
TOMORROW_ID = "tomorrow"
MONDAY_ID = "monday"
PICK_DAY_ID = "pick_day"
DAY_ID = "day"
HOUR_ID = "hour"
SEND_ID = "send"
REMINDER_ID = "reminder"
CANCEL_ID = "cancel"
CANCEL_YES_ID = "cancel_yes"


def _none(data: dict[str, object], _widget: object, _manager: object) -> bool:
    return not data.get("count")


def _audience() -> list[Screen]:
    """Whom to: one, several or all of the caseload; and the reminders sent before."""
    return [
        Screen(
            TrFrom("notice"),
            Tr("reminders-ask-audience", when="some"),
            Tr("reminders-no-participants", when=_none),
            SwitchTo(Tr("reminders-audience-one"), id=ONE_ID, state=RemindersSG.one, when="some"),
            Button(
                Tr("reminders-audience-several"),
                id=SEVERAL_ID,
                on_click=handlers.on_several,
                when="some",
            ),
            Button(Tr("reminders-audience-all"), id=ALL_ID, on_click=handlers.on_all, when="some"),
            SwitchTo(Tr("reminders-sent-button"), id=SENT_ID, state=RemindersSG.sent),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=RemindersSG.audience,
            getter=getters.audience,
        ),
        Screen(
            Tr("reminders-ask-one"),
            paged_choices(PARTICIPANT_ID, PAGES_ID, "participants", handlers.on_one),
            back_to(RemindersSG.audience),
            state=RemindersSG.one,
            getter=getters.participants,
        ),
        Screen(
            Tr("reminders-ask-several"),
            paged(
                Multiselect(
                    Format("✅ {item[1]}"),
                    Format("⬜ {item[1]}"),
                    id=PICK_ID,
                    item_id_getter=itemgetter(0),
                    items="participants",
                    on_state_changed=handlers.on_pick_changed,
                ),
                PICK_PAGES_ID,
            ),
            Button(Tr("reminders-picked-done"), id=DONE_ID, on_click=handlers.on_several_done),
            back_to(RemindersSG.audience),
            state=RemindersSG.several,
            getter=getters.participants,
        ),
    ]


def _content() -> list[Screen]:
    """What: a ready text in every reader's language, or the staff member's own words."""
    return [
        Screen(
            Tr("reminders-ask-content"),
            Group(choices(TEMPLATE_ID, "templates", handlers.on_template), width=1),
            SwitchTo(Tr("reminders-write"), id=WRITE_ID, state=RemindersSG.text),
            Button(Tr("core-button-back"), id=BACK_ID, on_click=handlers.on_content_back),
            state=RemindersSG.content,
            getter=getters.content,
        ),
        Screen(
            Tr("reminders-ask-text"),
            TextInput(
                id=TEXT_ID,
                type_factory=handlers.clean_text,
                on_success=handlers.on_text,
                on_error=handlers.on_bad_text,
            ),
            back_to(RemindersSG.content),
            state=RemindersSG.text,
            getter=getters.content,
        ),
    ]


def _timing() -> list[Screen]:
    """When: now, tomorrow, Monday, or a day and an hour."""
    return [
        Screen(
            Tr("reminders-ask-when"),
            Button(Tr("reminders-when-now"), id=NOW_ID, on_click=handlers.on_now),
            Button(Tr("reminders-when-tomorrow"), id=TOMORROW_ID, on_click=handlers.on_quick),
            Button(Tr("reminders-when-monday"), id=MONDAY_ID, on_click=handlers.on_quick),
            SwitchTo(Tr("reminders-when-pick"), id=PICK_DAY_ID, state=RemindersSG.day),
            back_to(RemindersSG.content),
            state=RemindersSG.when,
        ),
        Screen(
            Tr("reminders-ask-day"),
            free_days_calendar(DAY_ID, handlers.on_day),
            back_to(RemindersSG.when),
            state=RemindersSG.day,
            getter=getters.days,
        ),
        Screen(
            Tr("reminders-ask-hour"),
            Group(choices(HOUR_ID, "hours", handlers.on_hour), width=4),
            back_to(RemindersSG.day),
            state=RemindersSG.hour,
            getter=getters.hours,
        ),
    ]


def _sending() -> list[Screen]:
    """The text as it will go out, and the button that sends it."""
    return [
        Screen(
            Tr("reminders-preview"),
            Tr("reminders-preview-own-language", when="is_template"),
            Tr("reminders-preview-to", when="someone"),
            Tr("reminders-nobody", when="nobody"),
            Tr("reminders-preview-now", when="now"),
            Tr("reminders-preview-at", when="later"),
            Button(Tr("reminders-send"), id=SEND_ID, on_click=handlers.on_send, when="someone"),
            back_to(RemindersSG.when),
            state=RemindersSG.preview,
            getter=getters.preview,
        ),
    ]


def _sent() -> list[Screen]:
    """What was sent: each reminder's delivery, and stopping what has not gone yet."""
    return [
        Screen(
            Tr("reminders-sent-title"),
            paged_choices(REMINDER_ID, PAGES_ID, "reminders", handlers.on_reminder_selected),
            back_to(RemindersSG.audience),
            state=RemindersSG.sent,
            getter=getters.sent,
        ),
        Screen(
            TrFrom("notice"),
            Tr("reminders-report"),
            Tr("reminders-report-cancelled", when="some_cancelled"),
            Tr("reminders-report-unreached", when="some_unreached"),
            SwitchTo(
                Tr("reminders-cancel-button"),
                id=CANCEL_ID,
                state=RemindersSG.cancel,
                when="waiting",
            ),
            refused_when="missing",
            refusal="reminders-gone",
            back=back_to(RemindersSG.sent),
            state=RemindersSG.report,
            getter=getters.report,
        ),
        Screen(
            Tr("reminders-cancel-ask"),
            Button(Tr("reminders-cancel-yes"), id=CANCEL_YES_ID, on_click=handlers.on_cancel),
            back_to(RemindersSG.report, "reminders-cancel-no"),
            state=RemindersSG.cancel,
        ),
    ]


def dialog() -> Dialog:
    """Reminders and messages to one, several or all of the staff member's participants."""
    return Dialog(
        *_audience(),
        *_content(),
        *_timing(),
        *_sending(),
        *_sent(),
        on_start=handlers.on_start,
    )
