"""The line to the own lots: 📞 My lots, messages by text, voice, video note, audio or photo
to the lots, and the lots's answers by text or voice."""

from dialogs.lotsline.dialogs import participant_dialog, phone_dialog, thread_dialog
from dialogs.lotsline.handlers import (
    keep_for_lots,
    on_sticker,
    play_for_alert,
    router,
    start_thread,
)

__all__ = [
    "keep_for_lots",
    "on_sticker",
    "participant_dialog",
    "phone_dialog",
    "play_for_alert",
    "router",
    "start_thread",
    "thread_dialog",
]
