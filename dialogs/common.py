"""Widgets and helpers every feature's dialogs share."""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import date, datetime
from decimal import Decimal
from operator import itemgetter
from typing import Any, cast

from aiogram import Bot
from aiogram.enums import ChatAction, ContentType
from aiogram.exceptions import TelegramAPIError
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.state import State
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
)
from aiogram.utils.chat_action import DEFAULT_INTERVAL, ChatActionSender
from aiogram_dialog import DialogManager, ShowMode, StartMode, SubManager, Window
from aiogram_dialog.api.entities import MarkupVariant
from aiogram_dialog.api.internal import RawKeyboard
from aiogram_dialog.api.protocols import DialogProtocol
from aiogram_dialog.utils import CB_SEP, intent_callback_data
from aiogram_dialog.widgets.common import WhenCondition
from aiogram_dialog.widgets.common.when import Predicate
from aiogram_dialog.widgets.input import MessageInput
from aiogram_dialog.widgets.kbd import (
    Button,
    Group,
    Keyboard,
    Row,
    ScrollingGroup,
    Select,
    SwitchTo,
)
from aiogram_dialog.widgets.kbd.select import OnItemClick
from aiogram_dialog.widgets.markup.inline_keyboard import InlineKeyboardFactory
from aiogram_dialog.widgets.text import Format, Multi, Text
from pydantic import Field
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.context import actor_of, clock_of, session_of, translator, update_id_of
from dialogs.states import OnboardingSG, ParticipantMenuSG, StaffMenuSG
from rules.clock import Clock
from rules.i18n import Translator
from rules.instruments import catalogue
from rules.questions import question_in, questions
from scheduler.outgoing import Skip
from storage import audit, lotsline
from storage.alerts import Alert, Kind
from storage.lotsline import MessageKind
from storage.people import Actor, Person, Role

logger = logging.getLogger(__name__)

# A notice is one line shown above a menu once, e.g. after an old button or a saved change.
NOTICE = "notice"
# The one line every refusal shows.
NOT_ALLOWED = "core-not-allowed"
PREVIOUS_PAGE_ID = "previous_page"
NEXT_PAGE_ID = "next_page"
NOTICE_SHOWN_IN = "notice_shown_in"
BACK_ID = "back"
_FLUENT_TYPES = (str, int, float, Decimal, date, datetime)


def unless(*keys: str) -> Predicate:
    """A `when` for what shows while none of the getter's `keys` is set: `when="missing"`
    shows the refusal, `when=unless("missing")` the screen itself."""

    def condition(data: dict[str, Any], _widget: object, _manager: object) -> bool:
        return not any(data.get(key) for key in keys)

    return condition


def back_to(state: State, text: str = "core-button-back") -> SwitchTo:
    """The ◀️ Back button to `state` (its widget id "back" is the same on every screen)."""
    return SwitchTo(Tr(text), id=BACK_ID, state=state)


# Buttons are drawn on every render, several a screen, so how one is made shows. A new
# InlineKeyboardButton validates all of its fields; a copy of this one with the text and
# data put in (pydantic's model_copy) does not, and costs under half as much.
_BUTTON = InlineKeyboardButton(text="-", callback_data="-")


def inline_button(text: str, callback_data: str) -> InlineKeyboardButton:
    """An inline button with this text and data, as `InlineKeyboardButton(...)` makes it."""
    return _BUTTON.model_copy(update={"text": text, "callback_data": callback_data})


def intent_prefix(manager: DialogManager) -> str:
    """What the screen's keyboard puts before the data of every button (the dialog's intent
    id), for a widget to put there itself: a button that carries it is left as it is (see
    `_InlineKeyboard`). Nothing inside a ListGroup (its SubManager), which puts the item's
    id before each button's data: the keyboard adds the intent id after that."""
    if isinstance(manager, SubManager):
        return ""
    return f"{manager.current_context().id}{CB_SEP}"


class _InlineKeyboard(InlineKeyboardFactory):
    """aiogram-dialog's inline keyboard of a screen, the intent id put before each button's
    data only where it is not there yet. aiogram-dialog's own assigns it to every button
    (a validated assignment each, the value unchanged when a widget put it there)."""

    async def render_markup(
        self, data: dict[str, Any], manager: DialogManager, keyboard: RawKeyboard
    ) -> MarkupVariant:
        intent_id = manager.current_context().id
        for row in keyboard:
            for button in row:
                if not isinstance(button, InlineKeyboardButton):
                    continue
                # aiogram-dialog's own rule for the data, assigned only when it changes.
                data_with_id = intent_callback_data(intent_id, button.callback_data)
                if data_with_id != button.callback_data:
                    button.callback_data = data_with_id
        # Inline buttons only, as aiogram-dialog's own: pydantic refuses any other here.
        return InlineKeyboardMarkup(
            inline_keyboard=cast(list[list[InlineKeyboardButton]], keyboard)
        )


_INLINE_KEYBOARD = _InlineKeyboard()


class _Choices(Select[str]):
    """A Select whose items are (id, label) pairs, each shown as its label.

    Select renders every button through its text widget, style and emoji, one await each;
    with a plain label that is most of the cost of drawing a screen (a questionnaire item
    has seven buttons). The buttons and their data are the same as Select's.
    """

    async def _render_keyboard(self, data: dict[str, Any], manager: DialogManager) -> Any:
        prefix = f"{intent_prefix(manager)}{self.callback_prefix()}"
        return [
            [
                inline_button(str(label), f"{prefix}{item_id}")
                for item_id, label in self.items_getter(data)
            ]
        ]


def choices(widget_id: str, items: str, on_click: Any) -> Select[str]:
    """One button per (id, label) pair in the getter's `items`; the handler gets the id."""
    return _Choices(
        Format("{item[1]}"),
        id=widget_id,
        item_id_getter=itemgetter(0),
        items=items,
        on_click=on_click,
    )


# Buttons on one page of a list: enough to choose from, few enough to see on a phone.
PAGE_HEIGHT = 8


class Pages(ScrollingGroup):
    """aiogram-dialog's ScrollingGroup, whose pager takes only a page number: forged page
    data is a button this screen does not have (refused, audited), not a failed update."""

    async def _process_item_callback(
        self, callback: CallbackQuery, data: str, dialog: DialogProtocol, manager: DialogManager
    ) -> bool:
        if not (data.isascii() and data.isdigit() and len(data) <= 6):
            return False
        return await super()._process_item_callback(callback, data, dialog, manager)


def paged(widget: Any, pages_id: str) -> ScrollingGroup:
    """A list widget, one button a row, PAGE_HEIGHT a page (no pager for a single page)."""
    return Pages(widget, id=pages_id, width=1, height=PAGE_HEIGHT, hide_on_single_page=True)


def paged_choices(widget_id: str, pages_id: str, items: str, on_click: Any) -> ScrollingGroup:
    """`choices` in pages: for lists short enough to hold in the keyboard."""
    return paged(choices(widget_id, items, on_click), pages_id)


def page_buttons(on_previous: Any, on_next: Any) -> Row:
    """Previous and next, for lists paged in the database (the getter says which apply)."""
    return Row(
        Button(
            Tr("core-page-previous"),
            id=PREVIOUS_PAGE_ID,
            on_click=on_previous,
            when="has_previous",
        ),
        Button(Tr("core-page-next"), id=NEXT_PAGE_ID, on_click=on_next, when="has_next"),
    )


def turn_page(manager: DialogManager, key: str, step: int) -> None:
    """Move the page kept under `key` by `step`, never before the first; the getter keeps it
    within the list, however often next is pressed."""
    manager.dialog_data[key] = max(int(manager.dialog_data.get(key, 0)) + step, 0)


def as_id(text: str) -> int | None:
    """A database id from callback data, or None when it cannot be one (forged data)."""
    if not text.isascii() or not text.isdigit() or len(text) > 10:
        return None
    value = int(text)
    return value if 0 < value < 2**31 else None


# A scoped storage check: may the acting member open the record with this id (on this
# screen, with what the dialog already holds)? Each feature writes its own from storage
# queries that see only what the actor may see.
MayOpen = Callable[[DialogManager, int], Awaitable[bool]]


async def checked_id(
    callback: CallbackQuery,
    manager: DialogManager,
    item_id: str,
    *,
    may_open: MayOpen,
    person: bool = False,
) -> int | None:
    """The id a button carries, when this actor may open it; else None, and the refusal is
    audited (actor, screen, id asked for; `person`: the id is a person's, named as the
    subject when they exist) and told in one short line.

    Every id taken from callback data on a screen passes here before it is kept anywhere.
    """
    found = as_id(item_id)
    if found is not None and await may_open(manager, found):
        return found
    await refuse(callback, manager, asked=item_id, subject_id=found if person else None)
    return None


async def refuse(
    callback: CallbackQuery,
    manager: DialogManager,
    *,
    asked: str,
    subject_id: int | None = None,
    action: str = "deny:open",
) -> None:
    """Audit a refused press on this screen and answer it kindly; the screen stays."""
    await audit_refusal(manager, asked=asked, subject_id=subject_id, action=action)
    await callback.answer(translator(manager)(NOT_ALLOWED))


async def audit_refusal(
    manager: DialogManager,
    *,
    asked: str,
    subject_id: int | None = None,
    action: str = "deny:open",
) -> None:
    """The audit row of a refusal on this screen: the actor, the screen, and what was asked
    for. For handlers that tell the refusal their own way (a notice on the next screen)."""
    actor = actor_of(manager)
    state = manager.current_context().state.state
    await audit.record(
        session_of(manager),
        now=now_of(manager),
        action=action,
        allowed=False,
        actor_id=actor.person_id,
        actor_telegram_id=actor.telegram_id,
        subject_id=subject_id,
        detail=audit_detail(state, asked),
    )
    logger.warning("refused %s to user %s", state, actor.telegram_id)


async def refuse_button(
    callback: CallbackQuery,
    *,
    session: AsyncSession,
    actor: Actor,
    now: datetime,
    i18n: Translator,
    key: str = "core-stale-button",
) -> None:
    """A button on a message the outbox sent, refused to this member: audited with what it
    carried (a prefix and ids), answered with one short line (`key`)."""
    await audit.record(
        session,
        now=now,
        action="deny:button",
        allowed=False,
        actor_id=actor.person_id,
        actor_telegram_id=actor.telegram_id,
        detail=(callback.data or "")[: audit.DETAIL_MAX],
    )
    logger.warning("refused a message button to user %s", actor.telegram_id)
    await callback.answer(i18n(key))


async def participant_or_refuse(
    callback: CallbackQuery,
    *,
    session: AsyncSession,
    actor: Actor | None,
    now: datetime,
    i18n: Translator,
    onboarded: bool = False,
) -> Actor | None:
    """The participant pressing a button on a message the outbox sent; for anyone else
    (a stranger, staff, with `onboarded` someone who has not finished joining) None, the
    press answered with one short line and, for a known person, audited."""
    if actor is None:
        await callback.answer(i18n(NOT_ALLOWED))
        return None
    if actor.role is not Role.PARTICIPANT or (onboarded and not actor.onboarded):
        await refuse_button(
            callback, session=session, actor=actor, now=now, i18n=i18n, key=NOT_ALLOWED
        )
        return None
    return actor


MessageButton = Callable[..., Awaitable[None]]


def opens_on_menu(state: State) -> MessageButton:
    """The handler of a button on a message the outbox sent that opens `state` on top of the
    participant's menu; anyone else pressing it is refused (`participant_or_refuse`)."""

    async def on_press(
        callback: CallbackQuery,
        dialog_manager: DialogManager,
        session: AsyncSession,
        actor: Actor | None,
        i18n: Translator,
        clock: Clock,
    ) -> None:
        actor = await participant_or_refuse(
            callback, session=session, actor=actor, now=clock.now(), i18n=i18n, onboarded=True
        )
        if actor is None:
            return
        await callback.answer()
        await go_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
        await dialog_manager.start(state, show_mode=ShowMode.SEND)

    return on_press


async def drop_buttons(callback: CallbackQuery) -> None:
    """Take the buttons off an outbox message once it is answered: one answer a message."""
    if isinstance(callback.message, Message):
        await callback.message.edit_reply_markup(reply_markup=None)


def audit_detail(where: str | None, asked: str) -> str:
    """ "<screen> <id asked for>" for the audit log; forged data is cut to what fits."""
    return f"{where} {asked}"[: audit.DETAIL_MAX]


def open_by_id(
    key: str, state: State, *, may_open: MayOpen, person: bool = False
) -> OnItemClick[Any, str]:
    """A list handler: when `may_open` lets this actor open the picked id, remember it under
    `key` and show `state`; otherwise refuse (audited, see `checked_id`) and stay."""

    async def on_click(
        callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
    ) -> None:
        found = await checked_id(callback, manager, item_id, may_open=may_open, person=person)
        if found is not None:
            manager.dialog_data[key] = found
            await manager.switch_to(state)

    return on_click


def alert_kind(alert: Alert, i18n: Translator) -> dict[str, str]:
    """The values the `alert-kind` text needs: the kind; for a self-assessment its title; for
    a participant's question the question, in the reader's language (its number, should the
    municipality have taken it out of the list since)."""
    instrument = catalogue().get(alert.cause.partition(":")[0]) if ":" in alert.cause else None
    question = ""
    if alert.kind == Kind.QUESTION.value:
        number = question_in(alert.cause) or 0
        found = questions().get(number)
        question = found.title(i18n.locale) if found else i18n("questions-gone", number=number)
    return {
        "kind": alert.kind,
        "instrument": i18n(instrument.title_key) if instrument else "",
        "question": question,
    }


def now_of(manager: DialogManager) -> datetime:
    """The bot's clock now (the fake clock in tests)."""
    return clock_of(manager).now()


def name_of(person: Person | None, i18n: Translator) -> str:
    """A person's name; for someone who gave none a number that says what they are (a
    participant, or a lots: staff are never called participants); "" for nobody."""
    if person is None:
        return ""
    if person.display_name:
        return person.display_name
    if person.role == Role.PARTICIPANT.value:
        return i18n("alert-unnamed", number=person.id or 0)
    return i18n("core-staff-unnamed", number=person.id or 0)


def name_or_skip(person: Person | None, i18n: Translator) -> str:
    """`name_of` for an outgoing message: a message about nobody is not sent at all."""
    if person is None:
        raise Skip("person gone")
    return name_of(person, i18n)


def fluent_args(data: dict[str, Any]) -> dict[str, Any]:
    """The getter values Fluent can format; widgets and nested data stay out."""
    return {key: value for key, value in data.items() if isinstance(value, _FLUENT_TYPES)}


class Tr(Text):
    """A Fluent message, formatted in the reader's locale with the getter's values."""

    def __init__(self, key: str, when: WhenCondition = None) -> None:
        super().__init__(when=when)
        self.key = key

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        return translator(manager)(self.key, **fluent_args(data))


class TrFrom(Text):
    """A Fluent message whose id the getter chose (in `data[field]`); nothing when it is empty."""

    def __init__(self, field: str) -> None:
        super().__init__(when=field)
        self.field = field

    async def _render_text(self, data: dict[str, Any], manager: DialogManager) -> str:
        return translator(manager)(str(data[self.field]), **fluent_args(data))


# What a participant may send their own lots, by Telegram's content type, and how it is kept.
LINE_KINDS = {
    ContentType.TEXT: MessageKind.TEXT,
    ContentType.VOICE: MessageKind.VOICE,
    ContentType.VIDEO_NOTE: MessageKind.VIDEO_NOTE,
    ContentType.AUDIO: MessageKind.AUDIO,
    ContentType.PHOTO: MessageKind.PHOTO,
}


class ToLots(CallbackData, prefix="tl"):
    """ "Send it to my lots" under a voice note or photo sent outside "Write to my lots".
    The prefix is persisted in old messages."""

    message_id: int = Field(ge=1, le=2**31 - 1)


async def offer_to_lots(
    message: Message, *, session: AsyncSession, actor: Actor | None, i18n: Translator
) -> bool:
    """A voice note, video note, audio file or photo a participant with a lots sent where
    no screen takes it: one kind line, as a reply to it, with a button that sends it to
    their lots. False (nothing sent) for anything else, or anyone else."""
    kind = LINE_KINDS.get(ContentType(message.content_type))
    if (
        actor is None
        or actor.role is not Role.PARTICIPANT
        or not actor.onboarded
        or kind in (None, MessageKind.TEXT)
        or message.forward_origin is not None
        or await lotsline.lots_of(session, actor=actor) is None
    ):
        return False
    button = InlineKeyboardButton(
        text=i18n("lotsline-offer-button"),
        callback_data=ToLots(message_id=message.message_id).pack(),
    )
    await message.answer(
        i18n("lotsline-offer"),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=[[button]]),
        reply_parameters=ReplyParameters(message_id=message.message_id),
    )
    return True


async def on_unexpected_input(message: Message, _widget: Any, manager: DialogManager) -> None:
    """Free text, a sticker, a photo or voice where a button is expected: say so, show the
    screen again. A participant's voice note or photo may go to their lots with one tap."""
    offered = await offer_to_lots(
        message,
        session=session_of(manager),
        actor=actor_of(manager),
        i18n=translator(manager),
    )
    if not offered:
        key = (
            "core-unexpected-input"
            if message.content_type == ContentType.TEXT
            else "core-unexpected-input-type"
        )
        await message.answer(translator(manager)(key))
    # The screen is sent again below the reply, so its buttons are at hand.
    manager.show_mode = ShowMode.SEND


def unexpected_input() -> MessageInput:
    """Nothing a user sends is ever silently ignored or stored (every Screen has one)."""
    return MessageInput(on_unexpected_input, content_types=ContentType.ANY)


class Screen(Window):
    """A window that answers anything it did not expect, kindly, and changes nothing.

    Unexpected messages (after the window's own inputs) and buttons no widget of this
    window knows (an old keyboard, forged data) get one short line, then the window again.

    A screen about something the reader may not see, or that is gone, declares it once:
    `refused_when="missing"` names the getter's key, `refusal` the line shown then (the
    refusal by default), and `back` the button that stays. While the key is set, the
    line and `back` are all the screen shows.
    """

    def __init__(
        self,
        *widgets: Any,
        refused_when: str | None = None,
        refusal: str = NOT_ALLOWED,
        back: Keyboard | None = None,
        **kwargs: Any,
    ) -> None:
        if refused_when is not None:
            widgets = _refusable(widgets, refused_when, refusal)
        if back is not None:
            widgets = (*widgets, back)
        kwargs.setdefault("markup_factory", _INLINE_KEYBOARD)
        super().__init__(*widgets, unexpected_input(), **kwargs)

    async def process_callback(
        self, callback: CallbackQuery, dialog: DialogProtocol, manager: DialogManager
    ) -> bool:
        if await super().process_callback(callback, dialog, manager):
            return True
        await _audit_stale(callback, manager)
        if isinstance(callback.message, Message):
            await callback.message.answer(translator(manager)("core-stale-button"))
            manager.show_mode = ShowMode.SEND
        return False


def _refusable(widgets: tuple[Any, ...], key: str, refusal: str) -> tuple[Any, ...]:
    """The refusal line while `key` is set; the texts and buttons otherwise."""
    texts: list[Text] = []
    keyboards: list[Keyboard] = []
    others: list[Any] = []
    for widget in widgets:
        if isinstance(widget, (str, Text)):
            texts.append(Format(widget) if isinstance(widget, str) else widget)
        elif isinstance(widget, Keyboard):
            keyboards.append(widget)
        else:
            others.append(widget)
    shown = unless(key)
    return (
        Tr(refusal, when=key),
        Multi(*texts, when=shown),
        Group(*keyboards, when=shown),
        *others,
    )


async def _audit_stale(callback: CallbackQuery, manager: DialogManager) -> None:
    """A button this screen does not have (an old keyboard, or forged data) is a refusal."""
    actor = actor_of(manager)
    widget = (callback.data or "").rpartition(CB_SEP)[2]
    await audit.record(
        session_of(manager),
        now=now_of(manager),
        action="deny:stale-button",
        allowed=False,
        actor_id=actor.person_id,
        actor_telegram_id=actor.telegram_id,
        detail=audit_detail(manager.current_context().state.state, widget),
    )


def set_notice(manager: DialogManager, key: str) -> None:
    """Show the message `key` once, above the next screen of this dialog."""
    manager.dialog_data[NOTICE] = key
    manager.dialog_data.pop(NOTICE_SHOWN_IN, None)


def pop_notice(manager: DialogManager) -> str:
    """The notice to show on this screen (a message id), or an empty string.

    A notice belongs to the update that set it: every render of that update shows it (a
    screen may be drawn twice in one update), and the first render of a later one drops it.
    """
    notice = manager.dialog_data.get(NOTICE)
    if not notice:
        return ""
    current = update_id_of(manager)
    shown_in = manager.dialog_data.setdefault(NOTICE_SHOWN_IN, current)
    if shown_in != current:
        manager.dialog_data.pop(NOTICE, None)
        manager.dialog_data.pop(NOTICE_SHOWN_IN, None)
        return ""
    return str(notice)


async def take_notice(start_data: Any, manager: DialogManager) -> None:
    """on_start for menus: a notice passed when the menu was started shows once."""
    if isinstance(start_data, dict) and start_data.get(NOTICE):
        set_notice(manager, start_data[NOTICE])


async def keep_notice(_start_data: Any, result: Any, manager: DialogManager) -> None:
    """on_process_result for menus: a child dialog may return a notice to show."""
    if isinstance(result, dict) and result.get(NOTICE):
        set_notice(manager, result[NOTICE])


async def go_home(
    manager: DialogManager,
    actor: Actor,
    *,
    notice: str | None = None,
    show_mode: ShowMode | None = None,
) -> None:
    """Reset the stack to where this member belongs: onboarding, or their role's menu."""
    data = {NOTICE: notice} if notice else None
    if not actor.onboarded:
        state = OnboardingSG.language
    elif actor.is_staff and not actor.named:
        # Participants read a lots' name when they book and under messages: staff who joined
        # before names were asked for give one first.
        state = OnboardingSG.staff_name
    elif actor.role is Role.PARTICIPANT:
        state = ParticipantMenuSG.main
    else:
        state = StaffMenuSG.main
    await manager.start(state, data=data, mode=StartMode.RESET_STACK, show_mode=show_mode)


@asynccontextmanager
async def chat_action(bot: Bot, chat_id: int, action: ChatAction) -> AsyncIterator[None]:
    """Telegram's "sending a photo…" line while a file is made and sent.

    Shown at once (ChatActionSender's own first action could come after a quick file), then
    every five seconds by aiogram's ChatActionSender until the block ends. A failure to show
    it is only logged: the file matters, the line does not.
    """
    try:
        await bot.send_chat_action(chat_id, action)
    except TelegramAPIError as error:
        logger.info("chat action for %s not shown: %s", chat_id, type(error).__name__)
    async with ChatActionSender(
        bot=bot, chat_id=chat_id, action=action, initial_sleep=DEFAULT_INTERVAL
    ):
        yield


_FILE_NAME_MAX = 60


def file_name(i18n: Translator, key: str, extension: str) -> str:
    """A file's name in the reader's language ("möte-lotsen.ics", "зустріч-lotsen.ics"):
    letters, digits and hyphens only, so no client or folder trips over it. Telegram takes
    the name as UTF-8 in the upload, so it need not be ASCII."""
    words = "".join(
        char if char.isalnum() or unicodedata.category(char) == "Mn" or char == "\u200c" else " "
        for char in unicodedata.normalize("NFC", i18n(key))
    ).split()
    stem = "-".join(words)[:_FILE_NAME_MAX].strip("-") or "lotsen"
    return f"{stem}.{extension}"
