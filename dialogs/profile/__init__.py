"""The reader's own settings: language and the name they want to be called."""

from dialogs.profile.dialogs import (
    language_dialog,
    name_dialog,
    pause_dialog,
    quiet_dialog,
    settings_dialog,
)
from dialogs.profile.getters import paused_until_day
from dialogs.profile.handlers import on_resume, save_locale
from dialogs.widgets.profile import name_input

__all__ = [
    "language_dialog",
    "name_dialog",
    "name_input",
    "on_resume",
    "pause_dialog",
    "paused_until_day",
    "quiet_dialog",
    "save_locale",
    "settings_dialog",
]
