from aiogram.enums import ContentType
from aiogram_dialog import Dialog
from aiogram_dialog.widgets.input import MessageInput, TextInput
from aiogram_dialog.widgets.kbd import Button, Cancel, Group, SwitchTo

from dialogs.common import LINE_KINDS, Screen, Tr, TrFrom, back_to, choices, unless
from dialogs.lotsline import getters, handlers
from dialogs.states import LotsLineSG, LotsThreadSG, PhoneSG
from rules.phone import clean_phone

BACK_ID = "back"
WRITE_ID = "write"
BOOK_ID = "book"
CALL_ID = "call"
MESSAGE_ID = "message"
STICKER_ID = "sticker"
PLAY_ID = "play"
REPLY_ID = "reply"
PHONE_ID = "phone"
HIDE_ID = "hide"


def participant_dialog() -> Dialog:
    """📞 My lots, and "write to my lots" with text, voice, a video note, audio or a photo."""
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("lotsline-home"),
            Tr("lotsline-hours", when="schedule"),
            SwitchTo(
                Tr("lotsline-write-button"),
                id=WRITE_ID,
                state=LotsLineSG.write,
            ),
            Button(
                Tr("lotsline-book-button"),
                id=BOOK_ID,
                on_click=handlers.on_book,
            ),
            Button(Tr("lotsline-call-button"), id=CALL_ID, on_click=handlers.on_call, when="phone"),
            refused_when="none",
            refusal="lotsline-none",
            back=Cancel(Tr("core-button-back"), id=BACK_ID),
            state=LotsLineSG.home,
            getter=getters.home,
        ),
        Screen(
            Tr("lotsline-write"),
            MessageInput(handlers.on_to_lots, content_types=list(LINE_KINDS), id=MESSAGE_ID),
            MessageInput(handlers.on_sticker, content_types=[ContentType.STICKER], id=STICKER_ID),
            refused_when="none",
            refusal="lotsline-none",
            back=back_to(LotsLineSG.home),
            state=LotsLineSG.write,
            getter=getters.write,
        ),
    )


def thread_dialog() -> Dialog:
    """A lots and one participant's messages: play one, answer by text or voice."""
    return Dialog(
        Screen(
            TrFrom("notice"),
            Tr("lotsline-thread", when="count"),
            Tr("lotsline-thread-empty", when=unless("count")),
            Group(choices(PLAY_ID, "messages", handlers.on_play_selected), width=1),
            SwitchTo(
                Tr("lotsline-reply-button"),
                id=REPLY_ID,
                state=LotsThreadSG.reply,
            ),
            refused_when="missing",
            back=Cancel(Tr("core-button-back"), id=BACK_ID),
            state=LotsThreadSG.list,
            getter=getters.thread,
        ),
        Screen(
            Tr("lotsline-reply"),
            MessageInput(
                handlers.on_answer,
                content_types=[ContentType.TEXT, ContentType.VOICE],
                id=MESSAGE_ID,
            ),
            refused_when="missing",
            back=back_to(LotsThreadSG.list),
            state=LotsThreadSG.reply,
            getter=getters.reply,
        ),
        on_start=handlers.on_thread_start,
    )


def phone_dialog() -> Dialog:
    """A lots's work number: shared with their participants to call, or not."""
    return Dialog(
        Screen(
            Tr("lotsline-phone-now", when="shared"),
            Tr("lotsline-phone-none", when=unless("shared")),
            Tr("lotsline-phone-ask"),
            TextInput(
                id=PHONE_ID,
                type_factory=clean_phone,
                on_success=handlers.on_phone,
                on_error=handlers.on_bad_phone,
            ),
            Button(
                Tr("lotsline-phone-hide"),
                id=HIDE_ID,
                on_click=handlers.on_phone_hidden,
                when="shared",
            ),
            Cancel(Tr("core-button-back"), id=BACK_ID),
            state=PhoneSG.ask,
            getter=getters.phone,
        ),
    )
